"""Several collector workers on PostgreSQL: N workers (default 4) share F feeds (default 2,000).

    python -m bench.workers --db postgresql+psycopg://postgres@127.0.0.1:55432/postgres [--feeds 2000] [--workers 4]

A local server (bench/_feedserver.py, its own process on 127.0.0.1) answers /feed/<name> with 3
entries after 20 ms.
A fresh database is created next to the given one (and dropped afterwards); each worker runs
`python -m monitor run --once --no-classify --worker-id wN`, all started together. Prints the wall
time, how many feeds each worker fetched, and the checks: every served entry stored exactly once,
every feed fetched exactly once (one fetch-log row each), no lease left behind.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

import sqlalchemy as sa  # noqa: E402

from bench import _feedserver  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a PostgreSQL URL; a fresh database is made beside it")
    ap.add_argument("--feeds", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--delay", type=float, default=0.02)
    args = ap.parse_args()

    server, port = _feedserver.start(args.delay)

    from monitor.storage import Store

    name = f"bench_workers_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(args.db, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.make_url(args.db).set(database=name).render_as_string(hide_password=False)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            feeds = "".join(f"  - name: w{i}\n    url: http://127.0.0.1:{port}/feed/w{i}\n" for i in range(args.feeds))
            cfg = Path(tmp) / "feeds.yaml"
            cfg.write_text(
                f"settings:\n  data_dir: {ROOT / 'data'}\n  demo: false\n  concurrency: 32\n"
                "  per_host_concurrency: 16\n  per_host_min_gap: 0\n  total_timeout: 30\nfeeds:\n" + feeds,
                encoding="utf-8",
            )
            store = Store(url)
            store.migrate()
            t0 = time.perf_counter()
            procs = [
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "monitor",
                        "--config",
                        str(cfg),
                        "--db",
                        url,
                        "run",
                        "--once",
                        "--no-classify",
                        "--worker-id",
                        f"w{n}",
                    ],
                    cwd=ROOT,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                )
                for n in range(args.workers)
            ]
            outputs = [p.communicate(timeout=1800)[0].decode(errors="replace") for p in procs]
            wall = time.perf_counter() - t0
            codes = [p.returncode for p in procs]
            per_worker = [sum(int(m.group(1)) for m in re.finditer(r"^(\d+) feeds:", o, re.M)) for o in outputs]
            with store.read() as conn:
                n_items = conn.exec_driver_sql("SELECT count(*) FROM items").scalar()
                unique = conn.exec_driver_sql("SELECT count(DISTINCT (source_id, dedupe_key)) FROM items").scalar()
                fetches = dict(
                    conn.exec_driver_sql(
                        "SELECT n, count(*) FROM (SELECT s.id, count(f.id) AS n FROM sources s "
                        "LEFT JOIN fetch_log f ON f.source_id = s.id GROUP BY s.id) k GROUP BY n"
                    ).all()
                )
                leases = conn.exec_driver_sql("SELECT count(*) FROM sources WHERE lease_owner IS NOT NULL").scalar()
            store.dispose()
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
        server.terminate()
    expected = args.feeds * 3
    print(f"{args.workers} workers, {args.feeds:,} feeds on one local server ({args.delay * 1000:.0f} ms per answer)")
    print(f"wall time (start of the workers → all exited): {wall:.1f} s; exit codes {codes}")
    print(f"feeds fetched per worker: {per_worker} (sum {sum(per_worker):,})")
    print(f"items stored: {n_items:,} of {expected:,} served; distinct (source, key): {unique:,}")
    print(f"feeds by number of fetches: {fetches}  (all should be fetched exactly once)")
    print(f"leases left: {leases}")
    ok = (
        codes == [0] * args.workers
        and n_items == unique == expected
        and fetches == {1: args.feeds}
        and leases == 0
        and sum(per_worker) == args.feeds
    )
    print("checks:", "all passed" if ok else "FAILED")
    if not ok:
        for o in outputs:
            print(o[-2000:])
        sys.exit(1)


if __name__ == "__main__":
    main()
