"""`monitor check-config` names the election the office watches, and warns when live feeds are
enabled for an election two or more years from today: items they publish now are read as another
election's (``other_year``) and never flagged, which an office would otherwise find out only from an
empty queue."""

from __future__ import annotations

import datetime as dt
import re

from monitor.config import PROJECT_ROOT
from tests.test_config import check_config

LIVE = "feeds:\n  - {name: Báo A, url: 'https://a.example.vn/rss', kind: news}\n"
FILES = f"feeds:\n  - {{name: Demo, url: 'file:{PROJECT_ROOT / 'data' / 'demo' / 'tintuc_demo.xml'}', kind: news}}\n"


def _config(tmp_path, feeds: str, data_dir=None):
    settings = f"settings:\n  data_dir: {data_dir}\n" if data_dir else ""
    path = tmp_path / "feeds.yaml"
    path.write_text(settings + feeds, encoding="utf-8")
    return path


def test_live_feeds_for_a_past_election_are_warned_about(tmp_path):
    proc = check_config(_config(tmp_path, LIVE))
    assert proc.returncode == 0, proc.stderr
    assert "election: 23/05/2021 (year 2021, term XV)" in proc.stdout
    (warning,) = [line for line in proc.stderr.splitlines() if line.startswith("warning:")]
    years = dt.date.today().year - 2021
    assert f"the configured election (23/05/2021) is {years} years from today" in warning
    assert "approved_messages.yaml" in warning and "relevance.yaml" in warning
    assert "Traceback" not in proc.stderr


def test_demo_files_for_a_past_election_are_not_warned_about(tmp_path):
    proc = check_config(_config(tmp_path, FILES))
    assert proc.returncode == 0, proc.stderr
    assert "election: 23/05/2021" in proc.stdout
    assert "warning:" not in proc.stderr


def test_live_feeds_for_this_years_election_are_not_warned_about(tmp_path):
    today = dt.date.today()
    data = tmp_path / "data"
    data.mkdir()
    messages = (PROJECT_ROOT / "data" / "approved_messages.yaml").read_text(encoding="utf-8")
    (data / "approved_messages.yaml").write_text(
        messages.replace('election_date: "2021-05-23"', f'election_date: "{today.year}-03-15"'), encoding="utf-8"
    )
    relevance = (PROJECT_ROOT / "data" / "relevance.yaml").read_text(encoding="utf-8")
    (data / "relevance.yaml").write_text(
        re.sub(r"year: 2021", f"year: {today.year}", relevance, count=1), encoding="utf-8"
    )
    proc = check_config(_config(tmp_path, LIVE, data_dir=data))
    assert proc.returncode == 0, proc.stderr
    assert f"election: 15/03/{today.year} (year {today.year}" in proc.stdout
    assert "warning:" not in proc.stderr


def test_a_broken_approved_messages_file_is_named_before_any_ok(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "approved_messages.yaml").write_text("messages:\n  - key: [broken\n", encoding="utf-8")
    proc = check_config(_config(tmp_path, LIVE, data_dir=data))
    assert proc.returncode == 2
    assert "OK" not in proc.stdout
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("error: ") and "approved_messages.yaml" in line


def test_run_says_the_same_warning_when_it_starts(tmp_path):
    import os
    import socket
    import subprocess
    import sys

    with socket.socket() as s:  # a port nobody listens on: the fetch fails at once, the run ends
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    path = _config(tmp_path, f"feeds:\n  - {{name: Báo A, url: 'http://127.0.0.1:{port}/rss', kind: news}}\n")
    proc = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(path), "--db", f"sqlite:///{tmp_path / 'm.db'}", "run", "--once",
         "--no-classify"],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env={**os.environ, "MONITOR_DEMO": "0"},
        timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "warning: the configured election (23/05/2021)" in proc.stderr


def test_an_election_year_that_is_no_year_is_one_line_naming_the_file_and_line(tmp_path):
    """(before, `check-config`, `predict`, `collect` and `classify` ended in a traceback)"""
    data = tmp_path / "data"
    data.mkdir()
    relevance = (PROJECT_ROOT / "data" / "relevance.yaml").read_text(encoding="utf-8")
    (data / "relevance.yaml").write_text(relevance.replace("year: 2021", "year: twenty", 1), encoding="utf-8")
    line = 1 + relevance.split("year: 2021")[0].count("\n")
    proc = check_config(_config(tmp_path, LIVE, data_dir=data))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    (msg,) = proc.stderr.strip().splitlines()
    assert msg.startswith("error: ") and f"relevance.yaml line {line}: election.year" in msg and "'twenty'" in msg
