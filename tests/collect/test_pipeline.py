"""collect_once end to end: a real server, a real database, failures recorded, nothing lost."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest
import sqlalchemy as sa

from monitor.config import load_config
from monitor.ingest.schedule import collect_once


def _config(tmp_path, feeds: dict[str, str], extra: str = "", settings: str = ""):
    lines = "\n".join(f"  - name: {name!r}\n    url: {url!r}{extra}" for name, url in feeds.items())
    text = (
        textwrap.dedent(f"""\
        settings:
          demo: false
          connect_timeout: 2
          read_timeout: 2
          total_timeout: 3
          max_bytes: 2000000
          per_host_concurrency: 8
          per_host_min_gap: 0
        {settings}
        feeds:
        """)
        + lines
        + "\n"
    )
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def _items(store):
    from monitor.storage.schema import items

    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.select(items).order_by(items.c.id))]


def test_collect_records_every_status_and_keeps_going(feed_server, refused_url, tmp_path, store):
    feeds = {
        "Tuổi Trẻ": feed_server.url("/f/wellformed/rss20.xml"),
        "Gone": feed_server.url("/status/410"),
        "Busy": feed_server.url("/status/429"),
        "Broken": feed_server.url("/f/illformed/malformed_no_entries.xml"),
        "Refused": refused_url,
        "Drip": feed_server.url("/drip"),
        "Cached": feed_server.url("/etag"),
    }
    cfg = _config(tmp_path, feeds)
    now = dt.datetime.now(dt.UTC)
    s1 = collect_once(cfg, store, now=now, classify=False)
    assert s1.feeds == 7 and s1.ok == 2 and s1.failed == 5
    assert s1.items_new == 6 and s1.items_duplicate == 0
    assert s1.seconds < 10
    health = {h["name"]: h for h in store.source_health(now)}
    assert health["Tuổi Trẻ"]["last_status"] == "ok" and health["Tuổi Trẻ"]["items_total"] == 3
    assert health["Gone"]["last_status"] == "hard_error" and "HTTP 410 Gone" in health["Gone"]["last_error"]
    assert health["Busy"]["last_status"] == "temporary" and health["Busy"]["consecutive_failures"] == 1
    assert health["Broken"]["last_status"] == "soft_error"
    assert "feed 'Drip'" in health["Drip"]["last_error"]
    busy = store.get_source(name="Busy")
    assert busy.next_fetch_at >= now + dt.timedelta(seconds=119)  # Retry-After: 120 respected
    log = store.fetch_log_entries(limit=50)
    assert len(log) == 7 and {e["source_name"] for e in log} == set(feeds)
    stored = _items(store)
    vi = [i for i in stored if i["title"].startswith("Bầu cử")][0]
    assert vi["lang"] == "vi" and vi["published_at"] == dt.datetime(2021, 5, 16, 0, 0, tzinfo=dt.UTC)
    assert vi["canonical_url"] == "https://baotinh.example/tin/a1" and vi["search_text"].startswith("bau cu")

    # Second pass, everything fetched again: duplicates only, the ETag feed answers 304,
    # nothing stored earlier is lost or doubled.
    s2 = collect_once(cfg, store, sources=store.list_sources(), classify=False)
    assert s2.items_new == 0 and s2.items_duplicate == 3 and s2.not_modified == 1
    assert len(_items(store)) == 6
    assert store.get_source(name="Busy").consecutive_failures == 2
    assert store.get_source(name="Cached").last_status == "not_modified"
    assert store.get_source(name="Cached").etag == '"v1"'


def test_only_due_feeds_are_fetched(feed_server, tmp_path, store):
    cfg = _config(tmp_path, {"A": feed_server.url("/feed/due-a?n=2")})
    now = dt.datetime.now(dt.UTC)
    assert collect_once(cfg, store, now=now, classify=False).feeds == 1
    assert collect_once(cfg, store, now=now + dt.timedelta(minutes=1), classify=False).feeds == 0
    assert collect_once(cfg, store, now=now + dt.timedelta(hours=1), classify=False).feeds == 1


def test_clusters_span_sources_and_runs(feed_server, tmp_path, store):
    cfg = _config(tmp_path, {"A": feed_server.url("/f/wellformed/rss20.xml")})
    collect_once(cfg, store, classify=False)
    cfg = _config(
        tmp_path, {"A": feed_server.url("/f/wellformed/rss20.xml"), "B": feed_server.url("/f/wellformed/bom_utf8.xml")}
    )
    collect_once(cfg, store, classify=False, sources=["B"])  # a new run: the index is rebuilt from storage
    rows = _items(store)
    assert len(rows) == 6
    by_title: dict[str, set] = {}
    for r in rows:
        by_title.setdefault(r["title"], set()).add(r["cluster_key"])
    assert all(len(keys) == 1 for keys in by_title.values())
    assert len({r["cluster_key"] for r in rows}) == 3


def test_full_text(feed_server, tmp_path, store):
    cfg = _config(tmp_path, {"FT": feed_server.url("/ftfeed")}, extra="\n    full_text: true")
    s = collect_once(cfg, store, classify=False)
    assert s.items_new == 3
    texts = [r["text"] for r in _items(store)]
    assert all("Đoạn văn đầy đủ số 7" in t for t in texts)


def test_unknown_feed_name(feed_server, tmp_path, store):
    from monitor.errors import ConfigError

    cfg = _config(tmp_path, {"A": feed_server.url("/feed/x")})
    store.sync_sources(cfg.sources())
    with pytest.raises(ConfigError, match="no feed named 'Nope'"):
        collect_once(cfg, store, sources=["Nope"], classify=False)


def test_feeds_that_finish_together_are_committed_together(feed_server, tmp_path, store):
    """Group commit: 40 feeds answering at once need far fewer than 40 transactions, and every
    feed still gets its items, its ETag and its fetch-log row."""
    feeds = {f"grp{i}": feed_server.url(f"/feed/grp{i}?n=4&delay=0.05") for i in range(40)}
    cfg = _config(tmp_path, feeds, settings="  concurrency: 40")
    commits = []

    def count(conn) -> None:
        commits.append(1)

    sa.event.listen(store.engine, "commit", count)
    try:
        s1 = collect_once(cfg, store, classify=False)
    finally:
        sa.event.remove(store.engine, "commit", count)
    assert s1.ok == 40 and s1.items_new == 160
    assert len(commits) < 40, len(commits)
    health = {h["name"]: h for h in store.source_health()}
    assert all(health[n]["items_total"] == 4 and health[n]["last_status"] == "ok" for n in feeds)
    assert {s.name: s.etag for s in store.list_sources()} == {n: f'"{n}"' for n in feeds}
    assert len(store.fetch_log_entries(limit=100)) == 40


def test_save_fetches_writes_each_feed_in_one_transaction(store):
    from monitor.models import FetchResult, FetchStatus, Source

    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    ids = [store.upsert_source(Source(name=f"s{i}", url=f"https://s{i}.example/rss")) for i in range(2)]
    ok = FetchResult(source_id=ids[0], status=FetchStatus.OK, started_at=now, finished_at=now, etag='"a"')
    bad = FetchResult(
        source_id=ids[1], status=FetchStatus.HARD_ERROR, started_at=now, finished_at=now, error="HTTP 410"
    )
    out = store.save_fetches([(ok, [], now), (bad, [], now)])
    assert out == [(0, 0), (0, 0)]
    got = {s.name: s for s in store.list_sources()}
    assert got["s0"].etag == '"a"' and got["s0"].last_status == "ok"
    assert got["s1"].last_status == "hard_error" and got["s1"].consecutive_failures == 1


def test_staggered_304s_share_transactions_and_each_is_recorded(feed_server, tmp_path, store):
    """Feeds that finish one after another (two at a time here) still share transactions: a
    finished fetch lingers a moment for others. Each 304 still gets its own log row and health."""
    feeds = {f"stag{i}": feed_server.url(f"/feed/stag{i}?delay=0.01") for i in range(30)}
    cfg = _config(tmp_path, feeds, settings="  per_host_concurrency: 2")
    assert collect_once(cfg, store, classify=False).ok == 30
    commits = []

    def count(conn) -> None:
        commits.append(1)

    sa.event.listen(store.engine, "commit", count)
    try:
        s2 = collect_once(cfg, store, sources=store.list_sources(), classify=False)
    finally:
        sa.event.remove(store.engine, "commit", count)
    assert s2.not_modified == 30
    assert len(commits) <= 10, len(commits)
    assert sum(1 for e in store.fetch_log_entries(limit=100) if e["status"] == "not_modified") == 30
    assert all(s.last_status == "not_modified" and s.etag == f'"{s.name}"' for s in store.list_sources())
