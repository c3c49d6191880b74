"""SQLite query plans at scale, checked without a big database: the planner is given the
statistics of a 1M-item database (as `ANALYZE` wrote them for bench/make_big_db.py) and must keep
walking the queue's own index for a queue page, never the sources table first (4 s at 1M).

The dangerous case is a database analyzed before migration 0005 added the per-source indexes:
SQLite then guesses that an index without statistics is very selective."""

from __future__ import annotations

import sqlite3

import pytest
import sqlalchemy as sa

from monitor.storage.filters import ItemFilters

STATS_1M = [
    ("items", "ix_items_queue", "1000000 200000 38462 15 1"),
    ("items", "ix_items_status_score", "1000000 200000 64"),
    ("items", "ix_items_published", "1000000 1"),
    ("items", "ix_items_narrative_published", "1000000 125000 1"),
    ("items", "ix_items_model_version", "1000000 500000"),
    ("items", "ix_items_content_hash", "1000000 1"),
    ("items", "ix_items_cluster", "1000000 2"),
    ("items", "ix_items_source_fetched", "1000000 2000 1"),
    ("items", "ix_items_source_published", "1000000 2000 1"),
    ("items", "sqlite_autoindex_items_1", "1000000 2000 1"),
    ("sources", "ix_sources_next_fetch", "500 500 500"),
    ("sources", "sqlite_autoindex_sources_1", "500 1"),
]


BEFORE_0005 = [row for row in STATS_1M if not row[1].startswith("ix_items_source_")]


@pytest.fixture(params=["analyzed before 0005", "analyzed after 0005"])
def planned(sqlite_store, request):
    stats = BEFORE_0005 if request.param == "analyzed before 0005" else STATS_1M
    path = sqlite_store.engine.url.database
    con = sqlite3.connect(path)
    con.execute("ANALYZE")
    con.execute("DELETE FROM sqlite_stat1")
    con.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", stats)
    con.commit()
    con.close()
    sqlite_store.engine.dispose()  # statistics are read when a connection opens
    captured: list[tuple[str, tuple]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            captured.append((statement, parameters))

    sa.event.listen(sqlite_store.engine, "before_cursor_execute", capture)
    yield sqlite_store, captured
    sa.event.remove(sqlite_store.engine, "before_cursor_execute", capture)


def _plan(store, statement: str, parameters) -> list[str]:
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    return [r[-1] for r in rows]


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.flagged_items(limit=50),
        lambda s: s.flagged_items(ItemFilters(narratives=["fraud_claim"]), limit=50),
        lambda s: s.flagged_items(limit=50, order="recent"),
        lambda s: s.search_items("bau cu"),
    ],
)
def test_queue_pages_are_not_driven_from_sources(planned, call):
    store, captured = planned
    call(store)
    statement, parameters = captured[-1]
    plan = _plan(store, statement, parameters)
    assert not plan[0].startswith("SCAN sources"), plan
    assert not any("ix_items_source" in step for step in plan), plan


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.official_counts(),
        lambda s: s.official_items(),
        lambda s: s.official_responses(),
    ],
)
def test_official_messaging_reads_only_official_items(planned, call):
    """The approved-messaging bars and time to response read the official items (about 5%) from
    their own partial index: through the time index alone, two years took 0.3–0.6 s at 1M items."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    store, captured = planned
    call(store)
    statement, parameters = captured[-1]
    plan = _plan(store, statement, parameters)
    assert any("ix_items_official_published" in step for step in plan), plan
    captured.clear()
    store.official_counts(
        dt.datetime(2021, 1, 1, tzinfo=dt.UTC), dt.datetime(2023, 1, 1, tzinfo=dt.UTC), tz=ZoneInfo("Asia/Ho_Chi_Minh")
    )
    plan = _plan(store, *captured[-1])
    assert any("ix_items_official_published" in step for step in plan), plan
