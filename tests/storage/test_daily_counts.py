"""The pre-aggregated daily counts behind narrative_counts stay exact when items are inserted,
classified, reviewed, relabelled and deleted (triggers from migration 0003), on both engines."""

from __future__ import annotations

import datetime as dt
import random

import sqlalchemy as sa

from monitor.models import Classification, FeedKind, Item, Review, ReviewDecision, Source
from monitor.storage.schema import item_daily_counts, items

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


def _recounted(store) -> tuple[dict, dict]:
    """(the maintained table, the same counts recomputed from the items), zero rows left out."""
    day = (
        sa.func.date(items.c.published_at)
        if store.dialect == "sqlite"
        else sa.cast(sa.func.timezone("UTC", items.c.published_at), sa.Date)
    )
    with store.read() as conn:
        kept = {
            (str(d), narrative, status): n
            for d, narrative, status, n in conn.execute(
                sa.select(
                    item_daily_counts.c.day,
                    item_daily_counts.c.narrative,
                    item_daily_counts.c.status,
                    item_daily_counts.c.n,
                )
            )
            if n != 0
        }
        fresh = {
            (str(d), narrative, status): n
            for d, narrative, status, n in conn.execute(
                sa.select(day, items.c.narrative, items.c.status, sa.func.count())
                .where(items.c.narrative.is_not(None), items.c.published_at.is_not(None))
                .group_by(day, items.c.narrative, items.c.status)
            )
        }
    return kept, fresh


def test_batched_classification_writes_keep_the_counts_equal_to_a_recount(store):
    """save_classifications updates a batch's items in one statement; the daily counts must
    equal a count from scratch after every batch: new items, items a person decided, items moved
    between narratives and statuses, items without a time, an item twice in one batch."""
    rng = random.Random(11)
    sid = store.upsert_source(Source(name="Báo Lô", url="https://lo.example.vn/rss", kind=FeedKind.NEWS))
    times = [T0 + dt.timedelta(minutes=rng.randrange(9 * 24 * 60)) for _ in range(700)]
    store.save_items([_item(sid, n, t if n % 29 else None) for n, t in enumerate(times)])
    ids = [r[0] for r in store.items_to_classify("v1", limit=1000)]

    def batch(version: str, chosen: list[int]) -> list[Classification]:
        rows = []
        for i in chosen:
            band = rng.choice(["flag", "look", "clear", "off_topic"])
            rows.append(
                Classification(
                    item_id=i,
                    model_version=version,
                    narrative="none" if band in ("clear", "off_topic") else rng.choice(NARRATIVES[:3]),
                    score=rng.random(),
                    flagged=band == "flag",
                    band=band,
                )
            )
        return rows

    for start in range(0, len(ids), 250):  # batches as classify_pending writes them
        store.save_classifications(batch("v1", ids[start : start + 250]))
        kept, fresh = _recounted(store)
        assert kept == fresh
    for i in rng.sample(ids, 80):
        decision = rng.choice([ReviewDecision.CONFIRM, ReviewDecision.DISMISS, ReviewDecision.RELABEL])
        narrative = "candidate_fabrication" if decision == ReviewDecision.RELABEL else None
        store.save_review(Review(item_id=i, username="can_bo", decision=decision, narrative=narrative))
    some = rng.sample(ids, 400)
    store.save_classifications(batch("v2", some) + batch("v3", some[:50]))  # the later one wins
    kept, fresh = _recounted(store)
    assert kept == fresh and sum(fresh.values()) == len(ids) - len(ids[::29])
    with store.read() as conn:
        assert conn.execute(sa.select(sa.func.min(item_daily_counts.c.n))).scalar() >= 0
        assert conn.execute(sa.select(sa.func.count()).where(items.c.model_version == "v3")).scalar() == 50
