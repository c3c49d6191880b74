"""Fan-out: 1,000 feeds on a local server that answers each request after 50 ms.

    python -m bench.fanout [--feeds 1000] [--delay 0.05]

First pass: every feed returns 3 entries with an ETag. Second pass: every feed answers 304.
Targets: first pass <= 15 s, second pass <= 5 s, peak memory of the collector <= 400 MB.
The server runs in its own process so the memory figure is the collector's alone. All feeds sit on
127.0.0.1, so per-host politeness is set to the most a single host allows (16 at once, no gap).
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import tempfile
import time
from pathlib import Path

from bench import _feedserver  # noqa: E402 - bench/, beside this script


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--delay", type=float, default=0.05)
    args = ap.parse_args()
    server, port = _feedserver.start(args.delay)

    from monitor.config import Config, FeedConfig, Settings
    from monitor.ingest.schedule import collect_once
    from monitor.storage import Store

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            demo=False,
            concurrency=64,
            per_host_concurrency=16,
            per_host_min_gap=0,
            connect_timeout=10,
            read_timeout=10,
            total_timeout=30,
        )
        feeds = [FeedConfig(name=f"feed-{i}", url=f"http://127.0.0.1:{port}/feed/{i}") for i in range(args.feeds)]
        cfg = Config(path=Path(tmp) / "feeds.yaml", settings=settings, feeds=feeds)
        store = Store(f"sqlite:///{tmp}/fanout.db")
        store.migrate()
        store.sync_sources(cfg.sources())
        everything = store.list_sources()
        t0 = time.perf_counter()
        s1 = collect_once(cfg, store, sources=everything, classify=False)
        first = time.perf_counter() - t0
        everything = store.list_sources()
        t0 = time.perf_counter()
        s2 = collect_once(cfg, store, sources=everything, classify=False, now=dt.datetime.now(dt.UTC))
        second = time.perf_counter() - t0
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"first pass   {first:6.2f} s  ({s1})  target <= 15 s")
        print(f"second pass  {second:6.2f} s  ({s2})  target <= 5 s")
        print(f"peak memory  {peak_mb:6.0f} MB (collector process, max RSS)  target <= 400 MB")
        assert s1.ok == args.feeds and s2.not_modified == args.feeds, (s1.details()[:2000], s2.details()[:2000])
        store.dispose()
    server.terminate()


if __name__ == "__main__":
    main()
