"""Several writers on one database at once.

* SQLite: two `monitor collect` processes (overlapping feed subsets, classifying what they store)
  and a thread doing what the dashboard writes (reviews and audit rows) on the same file: nobody
  fails, nobody reports "database is locked", and every served entry is stored exactly once.
* PostgreSQL: four `monitor run --once` workers sharing 40 feeds: every entry stored once and
  every feed fetched exactly once (one fetch_log row each).
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.conftest import PG_URL, _drop_pg_db, _fresh_pg_db
from tests.reliability.conftest import subprocess_env

ROOT = Path(__file__).resolve().parents[2]


def _config(
    path: Path, server, names: list[str], per_feed: int, models: Path, data: Path, concurrency: int = 8
) -> Path:
    feeds = "".join(
        f"  - name: {name}\n    url: {server.url(f'/feed/{name}?n={per_feed}&delay={0.02 * (i % 4)}')}\n"
        for i, name in enumerate(names)
    )
    path.write_text(
        "settings:\n"
        f"  data_dir: {data}\n"
        f"  models_dir: {models}\n"
        "  demo: false\n"
        f"  concurrency: {concurrency}\n"
        "  per_host_concurrency: 8\n"
        "  per_host_min_gap: 0\n"
        "  total_timeout: 20\n"
        "feeds:\n" + feeds,
        encoding="utf-8",
    )
    return path


def _start(args: list[str], cfg: Path, db: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "monitor", "--config", str(cfg), "--db", db, *args],
        cwd=ROOT,
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _finish(procs: list[subprocess.Popen]) -> list[str]:
    outputs = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        text = out.decode(errors="replace") + err.decode(errors="replace")
        assert p.returncode == 0, text
        assert "locked" not in text.lower(), text
        assert "Traceback" not in text, text
        outputs.append(text)
    return outputs


def _stored(db: str) -> tuple[list[tuple[str, str]], int, int]:
    engine = sa.create_engine(db)
    with engine.connect() as conn:
        rows = [
            tuple(r)
            for r in conn.execute(sa.text("SELECT s.name, i.guid FROM items i JOIN sources s ON s.id = i.source_id"))
        ]
        unique = conn.execute(
            sa.text("SELECT count(*) FROM (SELECT DISTINCT source_id, dedupe_key FROM items) k")
        ).scalar()
        by_hash = conn.execute(
            sa.text("SELECT count(*) FROM (SELECT DISTINCT source_id, content_hash FROM items) k")
        ).scalar()
    engine.dispose()
    return rows, unique, by_hash


def test_two_collectors_and_dashboard_writes_on_one_sqlite_file(
    feed_server, small_models_dir, small_data_dir, tmp_path
):
    from monitor.models import Review, ReviewDecision
    from monitor.storage import Store
    from tests.dashboard.conftest import build_db

    models, version = small_models_dir
    per_feed = 60
    names = [f"sq{i}" for i in range(12)]
    db_path = tmp_path / "shared.db"
    db = f"sqlite:///{db_path}"
    build_db(db)  # a few reviewable items and users, as the dashboard would have
    # process A fetches sq0..sq7, process B sq4..sq11: four feeds are fetched by both
    cfg = _config(tmp_path / "feeds.yaml", feed_server, names, per_feed, models, small_data_dir)
    subset_a = [a for n in names[:8] for a in ("--feed", n)]
    subset_b = [a for n in names[4:] for a in ("--feed", n)]

    store = Store(db)
    existing = [r["id"] for r in store.flagged_items(limit=20)]
    stop = threading.Event()
    errors: list[BaseException] = []
    writes = [0]

    def dashboard() -> None:
        decisions = [ReviewDecision.NOTE, ReviewDecision.CASE, ReviewDecision.CONFIRM, ReviewDecision.DISMISS]
        i = 0
        while not stop.is_set():
            try:
                store.save_review(
                    Review(
                        item_id=existing[i % len(existing)],
                        username="off",
                        decision=decisions[i % len(decisions)],
                        note=f"n{i}",
                    )
                )
                store.audit("adm", "export.csv", "queue", {"rows": i})
                store.flagged_items(limit=5)
                writes[0] += 2
            except BaseException as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)
                return
            i += 1
            time.sleep(0.005)

    thread = threading.Thread(target=dashboard, daemon=True)
    thread.start()
    # A also classifies what it stores (more write transactions in the mix); B only stores
    procs = [
        _start(["collect", *subset_a, "-q"], cfg, db),
        _start(["collect", *subset_b, "--no-classify", "-q"], cfg, db),
    ]
    try:
        _finish(procs)
    finally:
        stop.set()
        thread.join(30)
    assert not errors, repr(errors[0])
    assert writes[0] > 20  # the dashboard really wrote while the collectors ran

    rows, unique, by_hash = _stored(db)
    served = {(n, f"{n}-{j}") for n in names for j in range(per_feed)}
    collected = [r for r in rows if r[0].startswith("sq")]
    assert len(collected) == len(served), "an item was stored twice (or lost)"
    assert set(collected) == served
    assert len(rows) == unique == by_hash
    with store.read() as conn:
        classified = conn.execute(
            sa.text(
                "SELECT count(*) FROM items i JOIN sources s ON s.id = i.source_id "
                "WHERE s.name LIKE 'sq%' AND i.model_version = :v"
            ),
            {"v": version},
        ).scalar()
        doubled = conn.execute(
            sa.text(
                "SELECT count(*) FROM (SELECT item_id, model_version FROM classifications "
                "GROUP BY item_id, model_version HAVING count(*) > 1) d"
            )
        ).scalar()
        integrity = conn.execute(sa.text("PRAGMA integrity_check")).scalar()
        reviews = conn.execute(sa.text("SELECT count(*) FROM reviews")).scalar()
        audits = conn.execute(sa.text("SELECT count(*) FROM audit_log WHERE action LIKE 'review.%'")).scalar()
    assert classified >= 8 * per_feed and doubled == 0  # at least A's own items were classified
    assert integrity == "ok"
    assert reviews == audits
    store.dispose()


@pytest.mark.postgres
def test_four_run_once_workers_share_forty_feeds_on_postgresql(feed_server, small_models_dir, small_data_dir, tmp_path):
    if not PG_URL:
        pytest.skip("MONITOR_TEST_POSTGRES_URL is not set")
    from monitor.storage import Store

    models, _version = small_models_dir
    per_feed = 15
    names = [f"pg{i}" for i in range(40)]
    # concurrency 4 → each worker leases at most 16 feeds per pass (max(4 * 4, 16)): no single worker can
    # take them all, at least three of the four must fetch
    cfg = _config(tmp_path / "feeds.yaml", feed_server, names, per_feed, models, small_data_dir, concurrency=4)
    url, dbname = _fresh_pg_db()
    try:
        store = Store(url)
        store.migrate()
        procs = [_start(["run", "--once", "--no-classify", "--worker-id", f"w{n}"], cfg, url) for n in range(4)]
        outputs = _finish(procs)
        fetched_by = [int(m.group(1)) for o in outputs for m in re.finditer(r"^(\d+) feeds:", o, re.M)]
        assert sum(fetched_by) == len(names) and len(fetched_by) >= 3, outputs
        rows, unique, by_hash = _stored(url)
        served = {(n, f"{n}-{j}") for n in names for j in range(per_feed)}
        assert len(rows) == len(served), "an item was stored twice (or lost)"
        assert set(rows) == served
        assert unique == by_hash == len(rows)
        with store.read() as conn:
            per_source = dict(
                conn.execute(
                    sa.text(
                        "SELECT s.name, count(f.id) FROM sources s LEFT JOIN fetch_log f ON f.source_id = s.id "
                        "GROUP BY s.name"
                    )
                ).all()
            )
            leases = conn.execute(sa.text("SELECT count(*) FROM sources WHERE lease_owner IS NOT NULL")).scalar()
        assert per_source == {n: 1 for n in names}, (per_source, outputs)
        assert leases == 0
        store.dispose()
    finally:
        _drop_pg_db(dbname)
