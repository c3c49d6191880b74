"""Storage verbs on a real SQLite file and a real PostgreSQL database (the `store` fixture)."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from classifiers.results import Evidence, Finding
from monitor.models import Classification, FeedKind, FetchResult, FetchStatus, Item, Review, ReviewDecision, Source
from monitor.storage.filters import ItemFilters

T0 = dt.datetime(2021, 5, 15, 8, 0, tzinfo=dt.UTC)


def make_item(source_id: int, n: int, **kw) -> Item:
    base = dict(
        source_id=source_id,
        title=f"Tin bầu cử số {n}",
        text=f"Nội dung về bầu cử đại biểu Quốc hội {n}",
        url=f"https://tin.example.vn/{n}",
        canonical_url=f"https://tin.example.vn/{n}",
        guid=f"g{n}",
        lang="vi",
        published_at=T0 + dt.timedelta(hours=n),
        fetched_at=T0 + dt.timedelta(hours=n, minutes=5),
        content_hash=f"{n:064d}",
        dedupe_key=f"g{n}",
        cluster_key=None,
        search_text=f"tin bau cu so {n} noi dung ve bau cu dai bieu quoc hoi {n}",
    )
    base.update(kw)
    return Item(**base)


def add_source(store, name="Báo Demo", kind=FeedKind.NEWS) -> int:
    return store.upsert_source(Source(name=name, url=f"https://{abs(hash(name))}.example.vn/rss", kind=kind))


def test_migrate_is_idempotent_and_current(store):
    store.migrate()
    assert store.schema_is_current()
    assert store.table_counts()["items"] == 0


def test_upsert_source_keeps_state_and_resets_validators_on_new_url(store):
    sid = store.upsert_source(Source(name="A", url="https://a.example/rss"))
    now = T0
    res = FetchResult(source_id=sid, status=FetchStatus.OK, started_at=now, finished_at=now, etag='"v1"')
    store.save_fetch(res, [], next_fetch_at=now + dt.timedelta(minutes=30))
    assert store.upsert_source(Source(name="A", url="https://a.example/rss", interval_seconds=600)) == sid
    src = store.get_source(sid)
    assert src.etag == '"v1"' and src.interval_seconds == 600
    store.upsert_source(Source(name="A", url="https://a.example/feed"))
    assert store.get_source(name="A").etag is None


def test_items_are_stored_once(store):
    sid = add_source(store)
    items = [make_item(sid, n) for n in range(5)]
    assert not store.has_items()
    assert store.save_items(items) == (5, 0)
    assert store.has_items()
    assert store.save_items(items + [make_item(sid, 5)]) == (1, 5)
    assert store.save_items([make_item(sid, 6), make_item(sid, 6)]) == (1, 1)
    assert store.count_items() == 7


def test_save_fetch_commits_items_state_and_log_together(store):
    sid = add_source(store)
    ok = FetchResult(
        source_id=sid,
        status=FetchStatus.OK,
        started_at=T0,
        finished_at=T0,
        http_status=200,
        etag='"e1"',
        last_modified="Sat, 15 May 2021 08:00:00 GMT",
        bytes_read=1234,
    )
    assert store.save_fetch(ok, [make_item(sid, 1), make_item(sid, 2)], next_fetch_at=T0) == (2, 0)
    bad = FetchResult(
        source_id=sid, status=FetchStatus.TEMPORARY, started_at=T0, finished_at=T0, error="feed 'x': HTTP 503"
    )
    store.save_fetch(bad, [], next_fetch_at=T0 + dt.timedelta(minutes=5))
    store.save_fetch(bad, [], next_fetch_at=T0 + dt.timedelta(minutes=10))
    src = store.get_source(sid)
    assert src.etag == '"e1"' and src.consecutive_failures == 2 and src.last_error == "feed 'x': HTTP 503"
    assert src.last_success_at == T0
    log = store.fetch_log_entries(sid)
    assert [e["status"] for e in log] == ["temporary", "temporary", "ok"]
    health = {h["name"]: h for h in store.source_health(now=T0 + dt.timedelta(hours=1))}
    assert health["Báo Demo"]["items_total"] == 2


def test_due_sources_and_leases(store):
    a = store.upsert_source(Source(name="A", url="https://a.example/rss"))
    b = store.upsert_source(Source(name="B", url="https://b.example/rss"))
    store.upsert_source(Source(name="C", url="https://c.example/rss", enabled=False))
    assert {s.name for s in store.due_sources(T0)} == {"A", "B"}
    got1 = store.lease_due_sources("w1", T0, lease_seconds=60, limit=1)
    got2 = store.lease_due_sources("w2", T0, lease_seconds=60, limit=5)
    assert len(got1) == 1 and {s.id for s in got1} | {s.id for s in got2} == {a, b}
    assert not {s.id for s in got1} & {s.id for s in got2}
    assert store.lease_due_sources("w3", T0, 60, 5) == []
    # an expired lease can be taken over
    assert len(store.lease_due_sources("w3", T0 + dt.timedelta(minutes=2), 60, 5)) == 2


def classify(store, item_id, narrative="procedure_false", score=0.9, flagged=True, version="v1"):
    store.save_classifications(
        [
            Classification(
                item_id=item_id,
                model_version=version,
                narrative=narrative,
                score=score,
                flagged=flagged,
                probabilities={narrative: score},
                evidence=[Evidence("hoãn", 0.8, 3, 7)],
                matched_message_key="election-date-2021",
                match_score=0.5,
                findings=[Finding("election_date", "30/5/2021", "2021-05-23", "says 30/5/2021; approved: 23/5/2021")],
            )
        ]
    )


def test_classify_queue_review_cycle(store):
    sid = add_source(store)
    store.save_items([make_item(sid, n) for n in range(4)])
    pending = store.items_to_classify("v1", limit=10)
    assert len(pending) == 4
    ids = [p[0] for p in pending]
    classify(store, ids[0], score=0.95)
    classify(store, ids[1], score=0.7)
    classify(store, ids[2], narrative="none", score=0.9, flagged=False)
    assert [p[0] for p in store.items_to_classify("v1", limit=10)] == [ids[3]]
    queue = store.flagged_items()
    assert [q["id"] for q in queue] == [ids[0], ids[1]]
    assert store.count_flagged() == 2
    detail = store.item_detail(ids[0])
    assert detail["classification"]["evidence"][0]["term"] == "hoãn"
    assert detail["classification"]["findings"][0]["fact"] == "election_date"

    store.save_review(Review(item_id=ids[0], username="officer", decision=ReviewDecision.CONFIRM, note="rõ ràng"))
    store.save_review(
        Review(item_id=ids[1], username="officer", decision=ReviewDecision.RELABEL, narrative="fraud_claim")
    )
    assert store.flagged_items() == []
    audit = store.audit_entries()
    assert {a["action"] for a in audit} == {"review.confirm", "review.relabel"}
    rows = dict((label, text) for text, label in store.review_training_rows())
    assert set(rows) == {"procedure_false", "fraud_claim"}
    # a new model version never overwrites a human decision
    classify(store, ids[0], narrative="none", score=0.99, flagged=False, version="v2")
    assert store.item_detail(ids[0])["status"] == "confirmed"
    store.save_review(Review(item_id=ids[0], username="officer", decision=ReviewDecision.DISMISS))
    assert "none" in {label for _, label in store.review_training_rows()}


def test_relabel_needs_a_narrative(store):
    sid = add_source(store)
    store.save_items([make_item(sid, 1)])
    with pytest.raises(ValueError):
        store.save_review(Review(item_id=1, username="u", decision=ReviewDecision.RELABEL))


def test_search_ignores_accents(store):
    sid = add_source(store)
    store.save_items([make_item(sid, 1), make_item(sid, 2, title="Thời tiết", search_text="thoi tiet hom nay")])
    for n in (1, 2):
        classify(store, n)
    found = store.flagged_items(ItemFilters(q="bầu cử"))
    assert [r["id"] for r in found] == [1]
    assert [r["id"] for r in store.flagged_items(ItemFilters(q="BAU CU"))] == [1]
    assert store.flagged_items(ItemFilters(q="100%_")) == []


def test_trends_counts(store):
    sid = add_source(store)
    off = add_source(store, "Cổng thông tin", FeedKind.OFFICIAL)
    store.save_items(
        [make_item(sid, n) for n in range(30)] + [make_item(off, 100 + n, dedupe_key=f"o{n}") for n in range(3)]
    )
    for n in range(1, 31):
        classify(store, n)
    rows = store.narrative_counts(granularity="day")
    assert sum(r["count"] for r in rows) == 30
    assert {r["narrative"] for r in rows} == {"procedure_false"}
    assert all(isinstance(r["bucket"], dt.datetime) for r in rows)
    weeks = store.narrative_counts(granularity="week")
    assert sum(r["count"] for r in weeks) == 30
    assert all(r["bucket"].weekday() == 0 for r in weeks)
    assert sum(r["count"] for r in store.official_counts()) == 3
    lo, hi = store.date_range()
    assert lo == T0
    assert store.first_seen()["procedure_false"] == T0
    assert store.top_sources()[0]["count"] == 30


def test_approved_messages_are_versioned(store):
    msg = {
        "key": "m1",
        "version": 1,
        "title": {"vi": "Ngày bầu cử", "en": "Election day"},
        "text": {"vi": "Ngày 23/5/2021", "en": "23 May 2021"},
        "narratives": ["procedure_false"],
        "key_facts": {"election_date": "2021-05-23"},
        "source": {"title": "NQ 133/2020/QH14"},
    }
    assert store.seed_approved_messages([msg]) == 1
    assert store.seed_approved_messages([msg]) == 0
    assert store.save_approved_message("m1", by="admin", text_vi="Chủ nhật 23/5/2021") == 2
    current = store.approved_messages()
    assert len(current) == 1 and current[0]["version"] == 2 and current[0]["text_vi"] == "Chủ nhật 23/5/2021"
    assert current[0]["key_facts"] == {"election_date": "2021-05-23"}
    assert len(store.approved_messages(include_history=True)) == 2
    assert store.audit_entries(action_prefix="message.")[0]["detail"]["version"] == 2


def test_users_and_login_lock(store):
    from monitor.auth import authenticate, hash_password
    from monitor.errors import AuthError

    store.add_user("lan", hash_password("mat-khau-dai"), "officer")
    assert authenticate(store, "lan", "mat-khau-dai", T0)["role"] == "officer"
    for _ in range(3):
        with pytest.raises(AuthError):
            authenticate(store, "lan", "sai", T0, lock_after=3, lock_seconds=60)
    with pytest.raises(AuthError, match="too many"):
        authenticate(store, "lan", "mat-khau-dai", T0, lock_after=3, lock_seconds=60)
    assert authenticate(store, "lan", "mat-khau-dai", T0 + dt.timedelta(minutes=2))
    store.update_user("lan", by="admin", active=False)
    with pytest.raises(AuthError):
        authenticate(store, "lan", "mat-khau-dai", T0 + dt.timedelta(minutes=3))
    actions = [a["action"] for a in store.audit_entries()]
    assert "login.failed" in actions and "user.update" in actions
    assert all("mat-khau" not in str(a["detail"]) for a in store.audit_entries())


def test_sqlite_pragmas(sqlite_store):
    with sqlite_store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10000


def test_timestamps_are_aware_utc(store):
    sid = add_source(store)
    local = dt.datetime(2021, 5, 23, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    store.save_items([make_item(sid, 1, published_at=local)])
    with store.read() as conn:
        from monitor.storage.schema import items

        got = conn.execute(sa.select(items.c.published_at)).scalar_one()
    assert got == local and got.tzinfo is not None and got.utcoffset() == dt.timedelta(0)


def test_config_sync_keeps_a_dashboard_switch_until_the_file_changes(store):
    sid = store.upsert_source(Source(name="A", url="https://a.example/rss", enabled=True))
    store.set_source_enabled(sid, False)  # an admin switched it off in the dashboard
    store.sync_sources([Source(name="A", url="https://a.example/rss", enabled=True)])
    assert store.get_source(sid).enabled is False
    store.sync_sources([Source(name="A", url="https://a.example/rss", enabled=False)])  # the file changes
    store.sync_sources([Source(name="A", url="https://a.example/rss", enabled=True)])  # and back on
    assert store.get_source(sid).enabled is True
