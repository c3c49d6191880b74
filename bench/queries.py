"""Time the dashboard's heavy reads against a big database (see bench/make_big_db.py).

    python -m bench.queries --db sqlite:////tmp/big.db
    python -m bench.queries --db postgresql+psycopg://postgres@127.0.0.1:55432/bench_1m --repeat 30

Each query runs once to warm up, then --repeat times; p50 and p95 are printed next to the target
for 1M items (trends ≤200 ms, queue page ≤100 ms, search ≤300 ms), then the peak RSS of this
process. With --dashboard-imports it first imports what the dashboard process holds (streamlit,
pandas, altair when installed), so the RSS figure approximates one dashboard process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]

from monitor.storage import Store  # noqa: E402
from monitor.storage.filters import ItemFilters  # noqa: E402

TARGET_MS = {"trends": 200, "queue": 100, "search": 300}


def cases(store: Store) -> list[tuple[str, str, object]]:
    """(group, label, zero-argument callable) for every timed query."""
    _lo, hi = store.date_range()
    if hi is None:
        sys.exit("the database holds no items: run bench/make_big_db.py first")
    end = hi + dt.timedelta(seconds=1)  # not on a day boundary: the partial days are scanned too
    out: list[tuple[str, str, object]] = []
    office = ZoneInfo("Asia/Ho_Chi_Minh")  # the Trends page counts the office's days
    for label, days in (("30 days", 30), ("6 months", 182), ("2 years", 730)):
        start = end - dt.timedelta(days=days)
        for gran in ("day", "week"):
            out.append(
                (
                    "trends",
                    f"narrative_counts {label}, {gran}",
                    lambda s=start, g=gran: store.narrative_counts(s, end, granularity=g),
                )
            )
            out.append(
                (
                    "trends",
                    f"narrative_counts {label}, {gran}, Hà Nội days",
                    lambda s=start, g=gran: store.narrative_counts(s, end, granularity=g, tz=office),
                )
            )
        out.append(
            (
                "trends",
                f"official_counts {label}, day, Hà Nội days",
                lambda s=start: store.official_counts(s, end, granularity="day", tz=office),
            )
        )
    out += [
        ("queue", "flagged_items (priority, page 1)", lambda: store.flagged_items(limit=50)),
        ("queue", "flagged_items (priority, page 5)", lambda: store.flagged_items(limit=50, offset=200)),
        (
            "queue",
            "flagged_items narrative=fraud_claim",
            lambda: store.flagged_items(ItemFilters(narratives=["fraud_claim"])),
        ),
        (
            "queue",
            "flagged_items recent, 2 narratives",
            lambda: store.flagged_items(
                ItemFilters(narratives=["impersonation", "fabricated_results"]), order="recent"
            ),
        ),
        ("queue", "count_flagged", lambda: store.count_flagged()),
        (
            "queue",
            "count_flagged narrative=fraud_claim",
            lambda: store.count_flagged(ItemFilters(narratives=["fraud_claim"])),
        ),
        ("search", 'search_items "bau cu"', lambda: store.search_items("bau cu")),
        ("search", 'search_items "gian lận"', lambda: store.search_items("gian lận")),
        ("search", 'search_items "ma otp" (rare)', lambda: store.search_items("ma otp")),
        ("search", 'flagged_items search "bầu cử"', lambda: store.flagged_items(ItemFilters(q="bầu cử"))),
        ("search", 'flagged_items search "gian lan"', lambda: store.flagged_items(ItemFilters(q="gian lan"))),
        (
            "search",
            'count_flagged search "gian lan", capped (queue)',
            lambda: store.count_flagged(ItemFilters(q="gian lan"), cap=1000),
        ),
        (
            "search",
            'count_flagged search "bau cu", capped (queue)',
            lambda: store.count_flagged(ItemFilters(q="bau cu"), cap=1000),
        ),
        # Only when an officer clicks "Count exactly": not part of a page load, no target.
        (
            "on request",
            'count_flagged search "gian lan", exact',
            lambda: store.count_flagged(ItemFilters(q="gian lan")),
        ),
    ]
    return out


def percentile(values: list[float], p: float) -> float:
    v = sorted(values)
    k = (len(v) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", required=True, help="database URL (made by bench/make_big_db.py)")
    p.add_argument("--repeat", type=int, default=20, help="timed runs per query (default 20)")
    p.add_argument(
        "--dashboard-imports",
        action="store_true",
        help="import streamlit/pandas/altair first, so the RSS approximates a dashboard process",
    )
    a = p.parse_args(argv)
    if a.dashboard_imports:
        for mod in ("streamlit", "pandas", "altair", "plotly"):
            try:
                __import__(mod)
            except ImportError:
                pass
    store = Store(a.db)
    if not store.schema_is_current():
        print("warning: the schema is not at the newest migration; run `python -m monitor init --db ...`")
    n = store.count_items()
    print(
        f"{store.safe_url} ({store.dialect}): {n:,} items, {store.count_flagged():,} flagged; "
        f"{a.repeat} runs per query\n"
    )
    print(f"{'query':<52} {'rows':>6} {'p50 ms':>8} {'p95 ms':>8} {'target':>7}")
    worst: dict[str, float] = {}
    for group, label, fn in cases(store):
        result = fn()  # warm-up (and the row count)
        times = []
        for _ in range(a.repeat):
            t = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t) * 1000)
        p50, p95 = percentile(times, 0.5), percentile(times, 0.95)
        rows = len(result) if isinstance(result, list) else result
        if group not in TARGET_MS:
            print(f"{label:<52} {rows:>6} {p50:>8.1f} {p95:>8.1f}   ({group})")
            continue
        worst[group] = max(worst.get(group, 0.0), p95)
        flag = "" if p95 <= TARGET_MS[group] else "  over"
        print(f"{label:<52} {rows:>6} {p50:>8.1f} {p95:>8.1f} {TARGET_MS[group]:>5} ms{flag}")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    for group, ms in worst.items():
        print(f"worst p95 {group:<7} {ms:7.1f} ms (target ≤{TARGET_MS[group]} ms)")
    print(f"peak RSS of this process: {rss_mb:.0f} MB" + (" (with dashboard imports)" if a.dashboard_imports else ""))
    store.dispose()
    return 0 if all(ms <= TARGET_MS[g] for g, ms in worst.items()) else 1


if __name__ == "__main__":
    sys.exit(main())
