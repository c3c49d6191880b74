"""Emerging-narrative discovery over 100,000 on-topic items in the window: time and peak memory.

    python bench/emerging.py [--items 100000] [--days 7] [--store]

The items are the demo's ordinary news and posts (templates filled at random, with borrowed
words so few are identical), about one in eight a near copy of another (as feeds repost), plus
the demo's QR-code rumour growing over the last two days. One core (BLAS threads set to 1).
`--store` also writes them to a fresh SQLite file and times `monitor.analysis.emerging.emerging`, the
read included. Peak memory is the process's maximum resident set (ru_maxrss), so it includes
Python, numpy and scikit-learn themselves (printed before discovery starts too).
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.analysis.emerging import discover, emerging  # noqa: E402
from monitor.demo.demo_phrases import NEWS_VI, OFFICIAL, RUMOUR_POSTS, SOCIAL_NONE, P  # noqa: E402

NOW = dt.datetime(2021, 5, 20, 12, 0, tzinfo=dt.UTC)


def _fill(text: str, rng: random.Random) -> str:
    for key, values in P.items():
        while "{" + key + "}" in text:
            text = text.replace("{" + key + "}", rng.choice(values), 1)
    return text


def make_rows(n: int, days: int, seed: int = 19) -> list[dict]:
    rng = random.Random(seed)
    pool = [(_fill(t, rng), _fill(b, rng)) for t, b in NEWS_VI + OFFICIAL for _ in range(3)]
    words = " ".join(b for _, b in pool).split()
    rows: list[dict] = []
    span = days * 86400
    for i in range(n):
        if i % 50 == 0:  # the rumour: 2% of the window, all in its last two days
            text = rng.choice(RUMOUR_POSTS)
            when = NOW - dt.timedelta(seconds=rng.uniform(0, 2 * 86400))
            title = ""
        elif rng.random() < 0.12 and rows:  # a repost of an earlier item
            src = rng.choice(rows)
            title, text = src["title"], src["text"]
            when = NOW - dt.timedelta(seconds=rng.uniform(0, span))
        else:
            if rng.random() < 0.5:
                title, text = rng.choice(pool)
            else:
                title, text = "", _fill(rng.choice(SOCIAL_NONE), rng)
            text = text + " " + " ".join(rng.choice(words) for _ in range(rng.randint(3, 25)))
            when = NOW - dt.timedelta(seconds=rng.uniform(0, span))
        rows.append(
            {
                "id": i + 1,
                "source_id": i % 40,
                "source": f"source {i % 40}",
                "when": when,
                "title": title,
                "text": text,
                "cluster_key": None,
                "content_hash": str(hash((title, text))),
            }
        )
    return rows


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--store", action="store_true", help="Also time discovery through a SQLite store.")
    args = ap.parse_args()
    rows = make_rows(args.items, args.days)
    print(
        f"{len(rows):,} on-topic items over {args.days} days; mean {sum(len(r['text']) for r in rows) / len(rows):.0f} chars"
    )
    print(f"peak memory before discovery: {peak_mb():.0f} MB")
    cpu, wall = time.process_time(), time.perf_counter()
    clusters = discover(rows, NOW, days=args.days, limit=None)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    top = clusters[0]
    rumour = sum(1 for i in top.item_ids if rows[i - 1]["title"] == "" and rows[i - 1]["text"] in RUMOUR_POSTS)
    print(
        f"discover: {wall:.1f} s wall, {cpu:.1f} s CPU; peak memory {peak_mb():.0f} MB; {len(clusters):,} clusters "
        f"of 3+ items"
    )
    print(f"first: {top.label!r}, {top.size} items ({rumour} rumour posts), growth {top.growth}")
    if args.store:
        from monitor.models import Item, Source
        from monitor.storage import Store

        with tempfile.TemporaryDirectory() as tmp:
            store = Store(f"sqlite:///{tmp}/bench.db")
            store.migrate()
            sids = {
                s: store.upsert_source(Source(name=f"source {s}", url=f"https://s{s}.example/rss")) for s in range(40)
            }
            items = [
                Item(
                    source_id=sids[r["source_id"]],
                    title=r["title"],
                    text=r["text"],
                    url=None,
                    canonical_url=None,
                    guid=f"g{r['id']}",
                    lang="vi",
                    published_at=r["when"],
                    fetched_at=r["when"],
                    content_hash=r["content_hash"][:64],
                    dedupe_key=f"g{r['id']}",
                    cluster_key=None,
                    search_text="",
                )
                for r in rows
            ]
            for k in range(0, len(items), 5000):
                store.save_items(items[k : k + 5000])
            with store.tx() as conn:  # unflagged, as after classification
                conn.exec_driver_sql("UPDATE items SET status = 'unflagged', narrative = 'none', score = 0.1")
            cpu, wall = time.process_time(), time.perf_counter()
            found = emerging(store, NOW, days=args.days, limit=20)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            print(
                f"emerging (SQLite read + discover): {wall:.1f} s wall, {cpu:.1f} s CPU; peak memory "
                f"{peak_mb():.0f} MB; first {found[0].label!r}"
            )
            store.dispose()


if __name__ == "__main__":
    main()
