"""The collect / import commands through click."""

from __future__ import annotations

from click.testing import CliRunner

from monitor.cli import main


def test_collect_and_import_commands(feed_server, tmp_path):
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(
        "settings:\n  demo: false\n  per_host_min_gap: 0\nfeeds:\n"
        f"  - name: Báo\n    url: {feed_server.url('/f/wellformed/rss20.xml')}\n"
        f"  - name: Hỏng\n    url: {feed_server.url('/status/404')}\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'm.db'}"
    runner = CliRunner()
    r = runner.invoke(main, ["--config", str(cfg), "--db", db, "collect", "--no-classify"])
    assert r.exit_code == 0, r.output
    assert "2 feeds: 1 ok, 0 not modified, 1 failed; 3 new items" in r.output
    assert "[hard_error] feed 'Hỏng'" in r.output and "HTTP 404 Not Found" in r.output
    r = runner.invoke(main, ["--config", str(cfg), "--db", db, "collect", "--feed", "Báo", "--no-classify", "-q"])
    assert r.exit_code == 0 and "1 feeds: 1 ok" in r.output and "3 duplicates" in r.output

    posts = tmp_path / "posts.csv"
    posts.write_text("message,link\nBài một,https://x.example/1\nthiếu\"\"\",\n", encoding="utf-8")
    r = runner.invoke(main, ["--config", str(cfg), "--db", db, "import", str(posts), "--source", "Nhóm",
                             "--map", "text=message,url=link", "--no-classify"])
    assert r.exit_code == 0, r.output
    assert "2 new" in r.output
    r = runner.invoke(main, ["--config", str(cfg), "--db", db, "import", str(posts), "--source", "Nhóm",
                             "--map", "text=nope"])
    assert r.exit_code == 2 and "error: posts.csv: column 'nope' (mapped to text) not found" in r.output
    r = runner.invoke(main, ["--config", str(cfg), "--db", db, "import", str(posts), "--source", "Nhóm", "--map", "oops"])
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
        encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'm.db'}"
    r = CliRunner().invoke(main, ["--config", str(cfg), "--db", db, "run", "--once", "--no-classify"])
    assert r.exit_code == 0, r.output
    batches = [int(line.split()[0]) for line in r.output.splitlines() if line.split()[1:2] == ["feeds:"]]
    assert batches == [16, 16, 8]  # three leases, each with its own summary
    from monitor.storage import Store

    store = Store(db)
    assert store.count_items() == 80
    store.dispose()
