"""The collect / import commands through click."""

from __future__ import annotations

from click.testing import CliRunner

from monitor.interfaces.cli import main


def test_collect_and_import_commands(feed_server, tmp_path):
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(
        "settings:\n  demo: false\n  per_host_min_gap: 0\nfeeds:\n"
        f"  - name: Báo\n    url: {feed_server.url('/f/wellformed/rss20.xml')}\n"
        f"  - name: Hỏng\n    url: {feed_server.url('/status/404')}\n",
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'm.db'}"
    runner = CliRunner()
    r = runner.invoke(main, ["--config", str(cfg), "--db", db, "collect", "--no-classify"])
    assert r.exit_code == 0, r.output
    assert "2 feeds: 1 ok, 0 not modified, 1 failed; 3 new items" in r.output
    assert "[hard_error] feed 'Hỏng'" in r.output and "HTTP 404 Not Found" in r.output
    r = runner.invoke(main, ["--config", str(cfg), "--db", db, "collect", "--feed", "Báo", "--no-classify", "-q"])
    assert r.exit_code == 0 and "1 feeds: 1 ok" in r.output and "3 duplicates" in r.output

    posts = tmp_path / "posts.csv"
    posts.write_text('message,link\nBài một,https://x.example/1\nthiếu""",\n', encoding="utf-8")
    r = runner.invoke(
        main,
        [
            "--config",
            str(cfg),
            "--db",
            db,
            "import",
            str(posts),
            "--source",
            "Nhóm",
            "--map",
            "text=message,url=link",
            "--no-classify",
        ],
    )
    assert r.exit_code == 0, r.output
    assert "2 new" in r.output
    r = runner.invoke(
        main, ["--config", str(cfg), "--db", db, "import", str(posts), "--source", "Nhóm", "--map", "text=nope"]
    )
    assert r.exit_code == 2 and "error: posts.csv: column 'nope' (mapped to text) not found" in r.output
    r = runner.invoke(
        main, ["--config", str(cfg), "--db", db, "import", str(posts), "--source", "Nhóm", "--map", "oops"]
    )
    assert r.exit_code == 2 and "expected FIELD=COLUMN" in r.output
    # the import channel is never fetched as a feed
    r = runner.invoke(main, ["--config", str(cfg), "--db", db, "run", "--once", "--no-classify"])
    assert r.exit_code == 0, r.output
    assert "stopped" in r.output


def test_run_once_fetches_everything_due_even_past_one_lease_batch(feed_server, tmp_path):
    """A worker leases feeds in batches (16 at concurrency 1); --once goes on until none is due."""
    names = [f"once{i}" for i in range(40)]
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(
        "settings:\n  demo: false\n  per_host_min_gap: 0\n  per_host_concurrency: 8\n  concurrency: 1\nfeeds:\n"
        + "".join(f"  - name: {n}\n    url: {feed_server.url(f'/feed/{n}?n=2')}\n" for n in names),
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'm.db'}"
    r = CliRunner().invoke(main, ["--config", str(cfg), "--db", db, "run", "--once", "--no-classify"])
    assert r.exit_code == 0, r.output
    batches = [int(line.split()[0]) for line in r.output.splitlines() if line.split()[1:2] == ["feeds:"]]
    assert batches == [16, 16, 8]  # three leases, each with its own summary
    from monitor.storage import Store

    store = Store(db)
    assert store.count_items() == 80
    store.dispose()


def test_run_once_takes_each_feed_once_even_if_it_is_due_again(feed_server, tmp_path):
    """A pass longer than a feed's interval makes it due again: --once must still end, each feed
    fetched exactly once (here every feed counts as due whenever the worker asks)."""
    import datetime as dt
    import threading

    import sqlalchemy as sa

    from monitor.config import load_config
    from monitor.ingest.schedule import run_forever
    from monitor.storage import Store

    class AlwaysDue(Store):
        def lease_due_sources(self, worker, now, lease_seconds, limit):
            return super().lease_due_sources(worker, now + dt.timedelta(days=30), lease_seconds, limit)

    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(
        "settings:\n  demo: false\n  per_host_min_gap: 0\n  per_host_concurrency: 8\n  concurrency: 1\nfeeds:\n"
        + "".join(f"  - name: again{i}\n    url: {feed_server.url(f'/feed/again{i}?n=1')}\n" for i in range(20)),
        encoding="utf-8",
    )
    store = AlwaysDue(f"sqlite:///{tmp_path / 'm.db'}")
    store.migrate()
    stop = threading.Event()
    worker = threading.Thread(
        target=run_forever, args=(load_config(cfg), store), kwargs={"stop": stop, "once": True, "classify": False}
    )
    worker.start()
    worker.join(60)
    stopped_by_itself = not worker.is_alive()
    stop.set()
    worker.join(30)
    assert stopped_by_itself
    with store.read() as conn:
        per_feed = conn.execute(sa.text("SELECT count(*) FROM fetch_log GROUP BY source_id")).scalars().all()
        leases = conn.execute(sa.text("SELECT count(*) FROM sources WHERE lease_owner IS NOT NULL")).scalar()
    assert per_feed == [1] * 20 and leases == 0
    store.dispose()
