"""The pre-aggregated daily counts behind narrative_counts stay exact when items are inserted,
classified, reviewed, relabelled and deleted (triggers from migration 0003), on both engines."""

from __future__ import annotations

import datetime as dt
import random

import sqlalchemy as sa

from monitor.models import Classification, FeedKind, Item, Review, ReviewDecision, Source
from monitor.storage.schema import items

T0 = dt.datetime(2021, 4, 26, 0, 0, tzinfo=dt.UTC)  # a Monday
NARRATIVES = ["procedure_false", "fraud_claim", "impersonation", "none"]


def _item(source_id: int, n: int, published_at: dt.datetime | None) -> Item:
    return Item(
        source_id=source_id,
        title=f"Tin {n}",
        text=f"bầu cử {n}",
        url=None,
        canonical_url=None,
        guid=f"g{n}",
        lang="vi",
        published_at=published_at,
        fetched_at=T0,
        content_hash=f"{n:064d}",
        dedupe_key=f"g{n}",
        search_text=f"tin {n} bau cu {n}",
    )


def _both(store, **kw) -> tuple[list[dict], list[dict]]:
    fast = store.narrative_counts(**kw)
    slow = store._scan_narrative_counts(
        kw.get("start"), kw.get("end"), kw.get("granularity", "day"), kw.get("statuses", ("flagged", "confirmed"))
    )
    key = lambda r: (r["bucket"], r["narrative"])  # noqa: E731
    return sorted(fast, key=key), sorted(slow, key=key)


RANGES = [
    {},
    {"start": T0 + dt.timedelta(days=3, hours=5), "end": T0 + dt.timedelta(days=17, hours=13, minutes=7)},
    {"start": T0 + dt.timedelta(days=2), "end": T0 + dt.timedelta(days=9)},
    {"start": T0 + dt.timedelta(days=4, hours=1), "end": T0 + dt.timedelta(days=4, hours=20)},  # within one day
    {"start": T0 + dt.timedelta(days=10, hours=6)},
    {"end": T0 + dt.timedelta(days=6, hours=23, minutes=59)},
]


def _check(store) -> None:
    for r in RANGES:
        for granularity in ("day", "week"):
            for statuses in (("flagged", "confirmed"), ("confirmed",), ("unflagged", "dismissed")):
                fast, slow = _both(store, granularity=granularity, statuses=statuses, **r)
                assert fast == slow, (r, granularity, statuses)


def test_daily_counts_follow_every_change(store):
    rng = random.Random(7)
    sid = store.upsert_source(Source(name="Báo Đếm", url="https://dem.example.vn/rss", kind=FeedKind.NEWS))
    times = [T0 + dt.timedelta(minutes=rng.randrange(21 * 24 * 60)) for _ in range(300)]
    store.save_items([_item(sid, n, t if n % 37 else None) for n, t in enumerate(times)])
    ids = [r[0] for r in store.items_to_classify("v1", limit=1000)]
    assert store.narrative_counts() == []  # nothing classified yet

    def classify(version: str) -> None:
        store.save_classifications(
            [
                Classification(
                    item_id=i,
                    model_version=version,
                    narrative=(n := rng.choice(NARRATIVES)),
                    score=rng.random(),
                    flagged=n != "none",
                )
                for i in ids
            ]
        )

    classify("v1")
    _check(store)
    for i in rng.sample(ids, 60):
        decision = rng.choice([ReviewDecision.CONFIRM, ReviewDecision.DISMISS, ReviewDecision.RELABEL])
        store.save_review(
            Review(
                item_id=i,
                username="can_bo",
                decision=decision,
                narrative="candidate_fabrication" if decision == ReviewDecision.RELABEL else None,
            )
        )
    _check(store)
    classify("v2")  # a new model moves unreviewed items between narratives
    _check(store)
    with store.tx() as conn:
        conn.execute(
            items.update().where(items.c.id.in_(ids[:20])).values(published_at=T0 + dt.timedelta(days=15, hours=3))
        )
        conn.execute(items.update().where(items.c.id.in_(ids[20:25])).values(published_at=None))
        conn.execute(items.delete().where(items.c.id.in_(ids[25:60])))
    _check(store)
    total = sum(r["count"] for r in store.narrative_counts(statuses=("flagged", "confirmed", "unflagged", "dismissed")))
    with store.read() as conn:
        expected = conn.execute(
            sa.select(sa.func.count())
            .select_from(items)
            .where(items.c.published_at.is_not(None), items.c.narrative.is_not(None))
        ).scalar_one()
    assert total == expected
