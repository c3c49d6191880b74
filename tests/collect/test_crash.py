"""Crash safety: `monitor collect` killed with SIGKILL at random moments, then rerun, stores
every served item exactly once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[2]
FEEDS, PER_FEED = 12, 40


def _run(cfg: Path, db: str, kill_after: float | None) -> int | None:
    env = {**os.environ, "MONITOR_DEMO": "0", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor", "collect", "--config", str(cfg), "--db", db, "--all", "--no-classify", "-q"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    if kill_after is None:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err.decode()
        return proc.returncode
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    return proc.returncode


def test_sigkill_and_rerun_stores_each_item_once(feed_server, tmp_path):
    feeds = "\n".join(
        f"  - name: crash-{i}\n    url: {feed_server.url(f'/feed/crash{i}?n={PER_FEED}&delay={0.05 * (i % 5)}')}"
        for i in range(FEEDS)
    )
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(
        textwrap.dedent("""\
        settings:
          demo: false
          per_host_concurrency: 4
          per_host_min_gap: 0.02
          total_timeout: 10
        feeds:
        """)
        + feeds
        + "\n",
        encoding="utf-8",
    )
    db_path = tmp_path / "crash.db"
    db = f"sqlite:///{db_path}"
    rng = random.Random(1234)
    kills = 0
    for _ in range(5):
        if _run(cfg, db, kill_after=rng.uniform(0.3, 1.6)) == -signal.SIGKILL:
            kills += 1
    assert kills >= 3  # most runs were really cut short
    _run(cfg, db, kill_after=None)
    _run(cfg, db, kill_after=None)  # and once more: still nothing doubled
    engine = sa.create_engine(db)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT s.name, i.guid FROM items i JOIN sources s ON s.id = i.source_id")).all()
        integrity = conn.execute(sa.text("PRAGMA integrity_check")).scalar()
    engine.dispose()
    assert integrity == "ok"
    served = {(f"crash-{i}", f"crash{i}-{j}") for i in range(FEEDS) for j in range(PER_FEED)}
    assert len(rows) == len(served)
    assert set(map(tuple, rows)) == served
