"""Dashboard timings through Streamlit's AppTest: each page's first render and a review action.

    python -m bench.dashboard_pages --db data/monitor.db [--repeat 3]

A SQLite file is copied to a temporary folder first (the review action writes). Prints one table:
per page, the script run when its cached reads are cold (a new session after the cache TTL) and
when they are warm (the same user clicking around), median of --repeat runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("queue", "trends", "cases", "messages", "sources", "model", "admin")


def _url(db: str, tmp: Path) -> str:
    if "://" in db and not db.startswith("sqlite"):
        return db  # a server database: used as is (the review action adds one review)
    path = Path(db.removeprefix("sqlite:///"))
    copy = tmp / "bench.db"
    shutil.copy(path, copy)
    return f"sqlite:///{copy}"


def _app(user: str):
    from streamlit.testing.v1 import AppTest

    from monitor.interfaces import dashboard_data as dd

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
    at.session_state[dd.USER_KEY] = {"username": user, "role": "admin"}
    at.session_state[dd.LAST_SEEN_KEY] = time.time()
    return at


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=str(ROOT / "data" / "monitor.db"), help="SQLite file or database URL")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    os.environ["MONITOR_DATABASE_URL"] = _url(args.db, tmp)
    os.environ["MONITOR_DEMO"] = "0"

    import streamlit as st

    from monitor.storage import Store

    store = Store(os.environ["MONITOR_DATABASE_URL"])
    print(f"database: {store.count_items()} items, {store.count_flagged()} flagged")

    t0 = time.perf_counter()
    at = _app("bench")
    at.run()
    print(f"cold process, first script run (imports, migrate check, queue): {time.perf_counter() - t0:.2f} s")

    rows = []
    for page in PAGES:
        cold, warm = [], []
        for _ in range(args.repeat):
            at = _app("bench")
            at.run()  # the role's default page (the queue)
            st.cache_data.clear()  # as for a new session once the cached reads' TTL ran out
            at.switch_page(f"app_pages/{page}.py")
            t = time.perf_counter()
            at.run()
            cold.append(time.perf_counter() - t)
            assert not at.exception, at.exception
            t = time.perf_counter()
            at.run()
            warm.append(time.perf_counter() - t)
        rows.append((page, statistics.median(cold), statistics.median(warm)))

    actions = []
    for _ in range(args.repeat):
        at = _app("bench")
        at.run()
        confirm = next(
            b
            for b in at.button
            if b.key and b.key.startswith("FormSubmitter:queue_action-") and b.label in ("Xác nhận", "Confirm")
        )
        confirm.click()
        t = time.perf_counter()
        at.run()
        actions.append(time.perf_counter() - t)
        assert not at.exception, at.exception

    print("\n| page | first render, cold cache (s) | rerun, warm cache (s) |\n| --- | --- | --- |")
    for page, c, w in rows:
        print(f"| {page} | {c:.2f} | {w:.2f} |")
    print(f"| review action (confirm → next item shown) | {statistics.median(actions):.2f} | |")
    # AppTest runs the app in this process: its peak RSS is one dashboard server with a session.
    print(
        f"\npeak RSS of this process (one dashboard server): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
