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
