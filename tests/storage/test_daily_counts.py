"""The pre-aggregated hourly counts behind narrative_counts stay exact when items are inserted,
classified, reviewed, relabelled and deleted (triggers from migrations 0003 and 0012), on both
engines; and days and weeks in the office's time zone add up from them."""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from monitor.models import Classification, FeedKind, Item, Review, ReviewDecision, Source
from monitor.storage.schema import item_hourly_counts, items

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


def _local_bucket(t: dt.datetime, tz, granularity: str) -> dt.datetime:
    local = t.astimezone(tz).replace(tzinfo=None)
    day = dt.datetime(local.year, local.month, local.day)
    return day - dt.timedelta(days=day.weekday()) if granularity == "week" else day


def _reference(store, start, end, granularity, statuses, tz) -> list[dict]:
    """The counts from the items, bucketed here (not by the database)."""
    totals: dict = {}
    with store.read() as conn:
        rows = conn.execute(sa.select(items.c.published_at, items.c.narrative, items.c.status)).all()
    for published_at, narrative, status in rows:
        if published_at is None or status not in statuses:
            continue
        if (start is not None and published_at < start) or (end is not None and published_at >= end):
            continue
        key = (_local_bucket(published_at, tz or dt.UTC, granularity), narrative)
        totals[key] = totals.get(key, 0) + 1
    return [{"bucket": b, "narrative": n, "count": c} for (b, n), c in sorted(totals.items())]


def _both(store, **kw) -> tuple[list[dict], list[dict]]:
    fast = store.narrative_counts(**kw)
    slow = _reference(
        store,
        kw.get("start"),
        kw.get("end"),
        kw.get("granularity", "day"),
        kw.get("statuses", ("flagged", "confirmed")),
        kw.get("tz"),
    )
    key = lambda r: (r["bucket"], r["narrative"])  # noqa: E731
    return sorted(fast, key=key), sorted(slow, key=key)


# Hà Nội (+7), a zone changing its offset within the items (Casablanca, 16 May 2021), a half-hour zone
ZONES = [None, ZoneInfo("Asia/Ho_Chi_Minh"), ZoneInfo("Africa/Casablanca"), ZoneInfo("Asia/Kolkata")]


RANGES = [
    {},
    {"start": T0 + dt.timedelta(days=3, hours=5), "end": T0 + dt.timedelta(days=17, hours=13, minutes=7)},
    {"start": T0 + dt.timedelta(days=2), "end": T0 + dt.timedelta(days=9)},
    {"start": T0 + dt.timedelta(days=4, hours=1), "end": T0 + dt.timedelta(days=4, hours=20)},  # within one day
    {"start": T0 + dt.timedelta(days=10, hours=6)},
    {"end": T0 + dt.timedelta(days=6, hours=23, minutes=59)},
]


def _check(store, zones=(None,)) -> None:
    for r in RANGES:
        for granularity in ("day", "week"):
            for statuses in (("flagged", "confirmed"), ("confirmed",), ("unflagged", "dismissed")):
                for tz in zones:
                    fast, slow = _both(store, granularity=granularity, statuses=statuses, tz=tz, **r)
                    assert fast == slow, (r, granularity, statuses, tz)


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
    _check(store, ZONES)
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
    _check(store, ZONES)
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
    day = (  # whole hours since the epoch, as the triggers keep them
        sa.cast(sa.func.strftime("%s", items.c.published_at), sa.Integer).op("/")(3600)
        if store.dialect == "sqlite"
        else sa.cast(sa.func.floor(sa.extract("epoch", items.c.published_at) / 3600), sa.BigInteger)
    )
    with store.read() as conn:
        kept = {
            (str(d), narrative, status): n
            for d, narrative, status, n in conn.execute(
                sa.select(
                    item_hourly_counts.c.hour,
                    item_hourly_counts.c.narrative,
                    item_hourly_counts.c.status,
                    item_hourly_counts.c.n,
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
        assert conn.execute(sa.select(sa.func.min(item_hourly_counts.c.n))).scalar() >= 0
        assert conn.execute(sa.select(sa.func.count()).where(items.c.model_version == "v3")).scalar() == 50


def _alembic(store, action: str, revision: str) -> None:
    from alembic import command
    from alembic.config import Config as AlembicConfig

    from monitor.storage.core import MIGRATIONS_DIR

    with store.engine.begin() as conn:
        cfg = AlembicConfig()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, revision)


def test_migration_0012_moves_existing_counts_to_hours_and_back(store):
    """A database with classified items under the daily table (0011) gets hourly counts equal to a
    recount on upgrade, keeps them exact afterwards, and gets its daily table back on downgrade."""
    rng = random.Random(5)
    sid = store.upsert_source(Source(name="Báo Cũ", url="https://cu.example.vn/rss", kind=FeedKind.NEWS))
    store.save_items([_item(sid, n, T0 + dt.timedelta(minutes=rng.randrange(5 * 24 * 60))) for n in range(120)])
    ids = [r[0] for r in store.items_to_classify("v1", limit=1000)]
    _alembic(store, "downgrade", "0011")
    store.save_classifications(
        [Classification(item_id=i, model_version="v1", narrative="fraud_claim", score=0.9, flagged=True) for i in ids]
    )
    with store.read() as conn:
        daily = dict(conn.execute(sa.text("SELECT day, n FROM item_daily_counts WHERE status = 'flagged'")).all())
    assert sum(daily.values()) == 120

    _alembic(store, "upgrade", "head")
    kept, fresh = _recounted(store)
    assert kept == fresh and sum(fresh.values()) == 120
    store.save_review(Review(item_id=ids[0], username="can_bo", decision=ReviewDecision.DISMISS))
    kept, fresh = _recounted(store)
    assert kept == fresh
    hanoi = ZoneInfo("Asia/Ho_Chi_Minh")
    assert _both(store, tz=hanoi)[0] == _both(store, tz=hanoi)[1]

    _alembic(store, "downgrade", "0011")
    with store.read() as conn:
        back = dict(conn.execute(sa.text("SELECT day, n FROM item_daily_counts WHERE status = 'flagged'")).all())
    assert sum(back.values()) == 119
    _alembic(store, "upgrade", "head")


def test_official_counts_and_hours_in_the_offices_zone(store):
    """Official messaging per local day and week (the bars beside each narrative's), and narrative
    counts per local hour, equal a count made here from the items' times, in every kind of zone."""
    rng = random.Random(3)
    gov = store.upsert_source(Source(name="Cổng tỉnh", url="https://gov.example.vn/rss", kind=FeedKind.OFFICIAL))
    news = store.upsert_source(Source(name="Báo Giờ", url="https://gio.example.vn/rss", kind=FeedKind.NEWS))
    times = [T0 + dt.timedelta(minutes=rng.randrange(21 * 24 * 60)) for _ in range(240)]
    store.save_items([_item(gov if n % 3 else news, n, t) for n, t in enumerate(times)])
    official = [t for n, t in enumerate(times) if n % 3]
    for tz in ZONES:
        zone = tz or dt.UTC
        for r in RANGES:
            start, end = r.get("start"), r.get("end")
            chosen = [t for t in official if (start is None or t >= start) and (end is None or t < end)]
            for granularity in ("day", "week"):
                expected: dict = {}
                for t in chosen:
                    b = _local_bucket(t, zone, granularity)
                    expected[b] = expected.get(b, 0) + 1
                got = {x["bucket"]: x["count"] for x in store.official_counts(start, end, granularity, tz=tz)}
                assert got == expected, (tz, r, granularity)
    ids = [r[0] for r in store.items_to_classify("v1", limit=1000)]
    store.save_classifications(
        [Classification(item_id=i, model_version="v1", narrative="fraud_claim", score=0.9, flagged=True) for i in ids]
    )
    for tz in ZONES:
        hours: dict = {}
        for t in times:
            local = t.astimezone(tz or dt.UTC).replace(tzinfo=None, minute=0, second=0, microsecond=0)
            hours[local] = hours.get(local, 0) + 1
        got = {x["bucket"]: x["count"] for x in store.narrative_counts(granularity="hour", tz=tz)}
        assert got == hours, tz
