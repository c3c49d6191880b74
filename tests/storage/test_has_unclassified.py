"""The cheap check every collection pass makes before loading a model: does any item wait for the
active model version (never classified, or classified by an older or newer version)?"""

from __future__ import annotations

import datetime as dt
import hashlib

from monitor.models import Classification, Item, Source


def _items(sid: int, n: int) -> list[Item]:
    when = dt.datetime(2021, 5, 1, tzinfo=dt.UTC)
    out = []
    for i in range(n):
        h = hashlib.sha256(str(i).encode()).hexdigest()
        out.append(
            Item(
                source_id=sid,
                title=f"t{i}",
                text=f"x{i}",
                url=None,
                canonical_url=None,
                guid=f"g{i}",
                lang="vi",
                published_at=when,
                fetched_at=when,
                content_hash=h,
                dedupe_key=h[:40],
                search_text=f"x{i}",
            )
        )
    return out


def test_has_unclassified_follows_the_model_version(store):
    assert not store.has_unclassified("v2")
    sid = store.upsert_source(Source(name="s", url="https://s.example/rss"))
    store.save_items(_items(sid, 3))
    assert store.has_unclassified("v2")
    ids = [row[0] for row in store.items_to_classify("v2", 10)]

    def classify(version: str, which: list[int]) -> None:
        store.save_classifications(
            [
                Classification(item_id=i, model_version=version, narrative="none", score=0.1, flagged=False)
                for i in which
            ]
        )

    classify("v2", ids[:2])
    assert store.has_unclassified("v2")  # one never classified
    classify("v1", ids[2:])
    assert store.has_unclassified("v2")  # one by an older version
    classify("v3", ids[2:])
    assert store.has_unclassified("v2")  # one by a newer version (after a rollback)
    classify("v2", ids[2:])
    assert not store.has_unclassified("v2")
    assert store.has_unclassified("v1")
