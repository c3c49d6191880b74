"""Feeds removed from feeds.yaml: kept with their items for history, never fetched again, and
back to normal when feeds.yaml lists them again."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from monitor.config import load_config
from monitor.errors import ConfigError
from monitor.ingest.schedule import collect_once, run_forever
from monitor.interfaces.cli import main
from monitor.models import Source

NOW = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)


def _feeds_yaml(path, feed_server, names):
    path.write_text(
        "settings:\n  demo: false\n  per_host_min_gap: 0\nfeeds:\n"
        + "".join(f"  - name: {n}\n    url: {feed_server.url('/feed/' + n)}\n" for n in names),
        encoding="utf-8",
    )
    return load_config(path)


def _hits(feed_server, name: str) -> int:
    return sum(1 for p, _t, _h in feed_server.log if p == f"/feed/{name}")


def test_sync_marks_removed_feeds_and_brings_them_back(store):
    store.sync_sources([Source(name="a", url="https://a.example/rss"), Source(name="b", url="https://b.example/rss")])
    ui = store.upsert_source(Source(name="ui", url="https://c.example/rss"), origin="ui")
    store.sync_sources([Source(name="a", url="https://a.example/rss")])
    b = store.get_source(name="b")
    assert b.removed_at is not None and store.get_source(name="a").removed_at is None
    assert store.get_source(source_id=ui).removed_at is None  # dashboard feeds are not feeds.yaml's to remove
    assert {s.name for s in store.due_sources(NOW)} == {"a", "ui"}
    assert {s.name for s in store.lease_due_sources("w", NOW, 60, 10)} == {"a", "ui"}
    assert {s.name for s in store.list_sources(enabled_only=True)} == {"a", "ui"}
    assert {s.name for s in store.list_sources()} == {"a", "b", "ui"}  # kept for history
    health = {h["name"]: h for h in store.source_health(NOW)}
    assert health["b"]["removed_at"] is not None and health["a"]["removed_at"] is None
    first = b.removed_at
    store.sync_sources([Source(name="a", url="https://a.example/rss")])
    assert store.get_source(name="b").removed_at == first  # the first removal time is kept
    store.sync_sources([Source(name="a", url="https://a.example/rss"), Source(name="b", url="https://b.example/rss")])
    assert store.get_source(name="b").removed_at is None
    assert "b" in {s.name for s in store.due_sources(NOW)}


def test_collect_and_run_do_not_fetch_a_removed_feed(tmp_path, store, feed_server):
    cfg = tmp_path / "feeds.yaml"
    config = _feeds_yaml(cfg, feed_server, ["keep1", "gone1"])
    assert collect_once(config, store, classify=False).items_new == 6
    before = _hits(feed_server, "gone1")
    config = _feeds_yaml(cfg, feed_server, ["keep1"])
    collect_once(config, store, now=NOW, classify=False)
    run_forever(config, store, worker_id="w1", once=True, classify=False)
    assert _hits(feed_server, "gone1") == before
    gone = store.get_source(name="gone1")
    assert gone.removed_at is not None
    assert store.source_health(NOW)[0]["items_total"] == 3  # its items stay
    # asked for by name, it is refused with one line; the dashboard's "fetch now" skips it
    with pytest.raises(ConfigError, match="'gone1' was removed from feeds.yaml"):
        collect_once(config, store, sources=["gone1"], classify=False)
    assert collect_once(config, store, sources=[gone], classify=False).feeds == 0
    assert _hits(feed_server, "gone1") == before


def test_collect_feed_option_names_a_removed_feed(tmp_path, feed_server):
    cfg = tmp_path / "feeds.yaml"
    _feeds_yaml(cfg, feed_server, ["keep2", "gone2"])
    db = f"sqlite:///{tmp_path / 'm.db'}"
    runner = CliRunner()
    assert runner.invoke(main, ["--config", str(cfg), "--db", db, "collect", "-q", "--no-classify"]).exit_code == 0
    _feeds_yaml(cfg, feed_server, ["keep2"])
    r = runner.invoke(main, ["--config", str(cfg), "--db", db, "collect", "--feed", "gone2", "--no-classify"])
    assert r.exit_code == 2
    assert "feed 'gone2' was removed from feeds.yaml" in r.output and "Traceback" not in r.output
