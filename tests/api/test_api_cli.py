"""`api`, `tokens`, `export` and `views` on the command line."""

from __future__ import annotations

import csv
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from monitor.interfaces.cli import main
from monitor.storage import Store

from .conftest import seed

ROOT = Path(__file__).resolve().parents[2]


def run(db: str, *args: str):
    return CliRunner().invoke(main, ["--db", db, *args])


def test_tokens_views_and_export_commands(tmp_path):
    db = f"sqlite:///{tmp_path / 'm.db'}"
    store = Store(db)
    store.migrate()
    seed(store)
    assert run(db, "users", "add", "lan", "--role", "officer", "--password", "mat-khau-dai").exit_code == 0
    assert run(db, "users", "add", "khoa", "--role", "officer", "--password", "mat-khau-dai").exit_code == 0

    res = run(db, "tokens", "add", "lan")
    assert res.exit_code == 0, res.output
    secret = res.output.split(": ", 1)[1].split()[0]
    assert store.verify_api_token(secret)["username"] == "lan"
    listed = run(db, "tokens", "list").output
    assert secret[:8] in listed and secret not in listed and "active" in listed
    assert run(db, "tokens", "revoke", "1").exit_code == 0
    res = run(db, "tokens", "revoke", "1")
    assert res.exit_code == 2 and "already revoked" in res.output
    res = run(db, "tokens", "add", "ghost")
    assert res.exit_code == 2 and "no user named 'ghost'" in res.output

    res = run(
        db,
        "views",
        "add",
        "Gian lận",
        "--user",
        "lan",
        "--narrative",
        "fraud_claim",
        "--shared",
        "--alert-threshold",
        "5",
        "--alert-window",
        "hour",
    )
    assert res.exit_code == 0, res.output
    assert "lan/Gian lận" in run(db, "views", "list", "--user", "khoa").output
    res = run(db, "views", "add", "Gian lận", "--user", "lan")
    assert res.exit_code == 2 and "already have" in res.output

    out = tmp_path / "fraud.csv"
    res = run(db, "export", "--view", "Gian lận", "--out", str(out))
    assert res.exit_code == 0, res.output
    with open(out, encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 10 and {r["narrative"] for r in rows} == {"fraud_claim"}
    # options override the view; the format follows the extension
    res = run(
        db,
        "export",
        "--view",
        "Gian lận",
        "--status",
        "flagged",
        "--source",
        "Báo Demo",
        "--out",
        str(tmp_path / "f.jsonl"),
        "-q",
    )
    assert res.exit_code == 0 and (tmp_path / "f.jsonl").read_text(encoding="utf-8").count("\n") == 5
    assert run(db, "export", "--what", "alerts", "--out", str(tmp_path / "a.xlsx"), "-q").exit_code == 0
    jobs = store.list_export_jobs("cli")
    assert [j["status"] for j in jobs] == ["done", "done", "done"] and jobs[-1]["rows"] == 10

    for args, message in [
        (("--since", "someday"), "date 'someday'"),
        (("--view", "Không có"), "no view named"),
        (("--what", "alerts", "--search", "x"), "alert exports take only"),
    ]:
        res = run(db, "export", *args, "--out", str(tmp_path / "x.csv"))
        assert res.exit_code == 2 and message in res.output and "Traceback" not in res.output, res.output
    res = run(db, "export", "--out", str(tmp_path / "nowhere" / "x.csv"), "-q")
    assert res.exit_code == 2 and "does not exist" in res.output
    assert store.list_export_jobs("cli")[0]["status"] == "failed"

    res = run(db, "views", "delete", "Gian lận", "--user", "khoa")
    assert res.exit_code == 2 and "belongs to lan" in res.output
    assert run(db, "views", "delete", "Gian lận", "--user", "lan").exit_code == 0
    assert run(db, "views", "list").output.strip() == "no views"


def test_api_command_serves_on_127_0_0_1(tmp_path):
    db = f"sqlite:///{tmp_path / 'm.db'}"
    Store(db).migrate()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "MONITOR_DEMO": "0"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor", "--db", db, "api", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stdout.read().decode()
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["status"] == "ok"
        assert httpx.get(f"http://127.0.0.1:{port}/api/items").status_code == 401
        assert "server" not in r.headers
    finally:
        proc.terminate()
        proc.wait(timeout=10)
