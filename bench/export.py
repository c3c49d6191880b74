"""Bulk export speed: N items (each with a current classification) exported from SQLite.

    python -m bench.export                 # 1,000,000 items, CSV
    python -m bench.export --n 200000 --formats csv,jsonl,xlsx

The database is generated once with plain bulk inserts (sqlite3 executemany, in the formats the
storage layer writes) and reused while N is the same (--fresh rebuilds it). Each export runs in
a fresh child process, so its peak memory (ru_maxrss) is the export's, not the generator's.
Targets: CSV ≥ 50,000 rows/s and ≤ 300 MB peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TARGET_ROWS_PER_S = 50_000
TARGET_PEAK_MB = 300
NARRATIVES = [
    "procedure_false",
    "fraud_claim",
    "participation_deterrence",
    "fabricated_results",
    "impersonation",
    "candidate_fabrication",
    "none",
]
WORDS = (
    "bầu cử đại biểu quốc hội hội đồng nhân dân cử tri phiếu bầu tổ bầu cử khu vực bỏ phiếu ngày "
    "thông báo kết quả kiểm phiếu ứng cử viên danh sách gian lận giả mạo"
).split()


def _ts(epoch: float) -> str:
    t = time.gmtime(epoch)
    return time.strftime("%Y-%m-%d %H:%M:%S", t) + ".000000"  # how the storage layer writes SQLite times


def generate(path: Path, n: int, seed: int = 0) -> float:
    """A migrated database with n items, a classification per item, some reviews; returns seconds."""
    from monitor.storage import Store

    started = time.perf_counter()
    path.unlink(missing_ok=True)
    store = Store(f"sqlite:///{path}")
    store.migrate()
    store.dispose()
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous = OFF")
    con.execute("PRAGMA journal_mode = MEMORY")
    now = _ts(time.time())
    con.executemany(
        "INSERT INTO sources (id, name, url, kind, lang, interval_seconds, enabled, tags, full_text, origin, "
        "consecutive_failures, created_at) VALUES (?, ?, ?, ?, 'vi', 1800, 1, '[]', 0, 'config', 0, ?)",
        [
            (i, f"Nguồn {i}", f"https://nguon{i}.example.vn/rss", rng.choice(["news", "social", "official"]), now)
            for i in range(1, 51)
        ],
    )
    t0 = 1_620_000_000.0  # May 2021
    texts = [" ".join(rng.choices(WORDS, k=30)) for _ in range(997)]  # a prime: titles and texts pair up variously
    stamps = [_ts(t0 + i * 3.0) for i in range(0, 86_400, 3)]  # one day's times, reused with the date changed

    def item_rows():
        for i in range(1, n + 1):
            text = texts[i % 997]
            title = text[: 30 + i % 40].capitalize()
            if i % 1000 == 0:
                title = '=HYPERLINK("http://x")' + title  # a formula now and then, as in the wild
            nar = NARRATIVES[i % 7]
            day, k = divmod(i, len(stamps))
            pub = f"2021-{5 + day // 28:02d}-{1 + day % 28:02d}" + stamps[k][10:]
            yield (
                i,
                1 + i % 50,
                f"k{i}",
                f"g{i}",
                f"https://tin.example.vn/{i}",
                f"https://tin.example.vn/{i}",
                title,
                text,
                text,
                "vi",
                "news",
                pub,
                pub,
                f"{i:064x}",
                None,
                nar,
                (i * 7919 % 1000) / 1000,
                "bench-1",
                "flagged" if nar != "none" else "unflagged",
            )

    # Loading into a table without its secondary indexes and building them after is several times
    # faster than keeping six indexes up to date row by row.
    indexes = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN "
        "('items', 'classifications') AND sql IS NOT NULL"
    ).fetchall()
    for name, _sql in indexes:
        con.execute(f'DROP INDEX "{name}"')
    con.executemany(
        "INSERT INTO items (id, source_id, dedupe_key, guid, url, canonical_url, title, text, search_text, lang, "
        "kind, published_at, fetched_at, content_hash, cluster_key, narrative, score, model_version, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        item_rows(),
    )
    evidence = json.dumps([{"term": "gian lận", "weight": 1.2, "start": 3, "end": 11}], ensure_ascii=False)
    con.execute(
        "INSERT INTO classifications (item_id, model_version, narrative, score, flagged, probabilities, evidence, "
        "matched_message_key, match_score, findings, created_at) "
        "SELECT id, model_version, narrative, score, status = 'flagged', '{}', ?, NULL, NULL, '[]', fetched_at "
        "FROM items",
        (evidence,),
    )
    con.executemany(
        "INSERT INTO reviews (item_id, username, decision, narrative, note, created_at) VALUES (?, 'lan', ?, NULL, ?, ?)",
        [(rng.randint(1, n), rng.choice(["confirm", "dismiss"]), "ghi chú", now) for _ in range(max(1, n // 100))],
    )
    for _name, sql in indexes:
        con.execute(sql)
    con.commit()
    con.close()
    return time.perf_counter() - started


def run_one(db: Path, fmt: str, out: Path, workers: int = 1) -> dict:
    """One export in this process (and its worker processes); prints nothing, returns the figures."""
    from monitor.outputs.bulk_export import export
    from monitor.storage import Store

    store = Store(f"sqlite:///{db}")
    started, t0 = time.perf_counter(), os.times()
    res = export(store, "items", fmt, out, workers=workers)
    seconds, t1 = time.perf_counter() - started, os.times()
    cpu = sum(b - a for a, b in zip(t0[:4], t1[:4], strict=True))  # user + system, self and children
    store.dispose()
    # KiB on Linux: this process, plus the largest worker (they run side by side: their sum bounds it)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if workers > 1:
        peak_kb += workers * resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "format": fmt,
        "rows": res.rows,
        "seconds": round(seconds, 2),
        "rows_per_s": int(res.rows / seconds),
        "cpu_seconds": round(cpu, 2),
        "bytes": res.bytes,
        "peak_mb": round(peak_kb / 1024, 1),
        "sheets": res.sheets,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="items in the generated database")
    ap.add_argument("--formats", default="csv", help="comma-separated: csv,jsonl,xlsx")
    ap.add_argument("--db", type=Path, default=None, help="where to keep the generated database")
    ap.add_argument("--fresh", action="store_true", help="rebuild the database even if one with N items exists")
    ap.add_argument("--workers", type=int, default=1, help="worker processes for CSV/JSONL (default 1)")
    ap.add_argument("--child", nargs=4, metavar=("DB", "FORMAT", "OUT", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        db, fmt, out, workers = args.child
        print(json.dumps(run_one(Path(db), fmt, Path(out), int(workers))))
        return

    db = args.db or Path(tempfile.gettempdir()) / f"monitor-bench-export-{args.n}.db"
    have = None
    if db.exists() and not args.fresh:
        try:
            with sqlite3.connect(db) as con:
                have = con.execute("SELECT count(*) FROM items").fetchone()[0]
        except sqlite3.Error:
            have = None
    if have != args.n:
        secs = generate(db, args.n)
        print(f"generated {args.n:,} items in {secs:.1f} s ({int(args.n / secs):,} rows/s) → {db}")
    else:
        print(f"reusing {db} ({args.n:,} items)")

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"python {platform.python_version()}, {os.cpu_count()} cores, sqlite {sqlite3.sqlite_version}, "
        f"load average {load:.1f} at start"
    )
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in [f.strip() for f in args.formats.split(",") if f.strip()]:
            out = Path(tmp) / f"items.{fmt}"
            proc = subprocess.run(
                [sys.executable, "-m", "bench.export", "--child", str(db), fmt, str(out), str(args.workers)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            results.append(r)
            verdict = ""
            if fmt == "csv":
                ok = r["rows_per_s"] >= TARGET_ROWS_PER_S and r["peak_mb"] <= TARGET_PEAK_MB
                verdict = "  (target ≥50,000 rows/s, ≤300 MB: " + ("met" if ok else "NOT met") + ")"
            print(
                f"{fmt:<6} workers {args.workers}  {r['rows']:>10,} rows  {r['seconds']:>7.2f} s  {r['rows_per_s']:>8,} rows/s  "
                f"{r['bytes'] / 1e6:>8.1f} MB file  peak {r['peak_mb']:>6.1f} MB RSS  cpu {r['cpu_seconds']:.1f} s"
                + (f"  {r['sheets']} sheets" if fmt == "xlsx" else "")
                + verdict
            )


if __name__ == "__main__":
    main()
