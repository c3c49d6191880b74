"""Flag rate of the production decision on real text nobody on the team wrote.

The evaluation set lives outside the repository (third-party text is never committed): a folder
of ``*.jsonl`` files, one object per line with ``text`` and ``category`` (``general_news``,
``election_benign``, ``opinion`` or ``rumour``) and optionally ``source`` (URL or
``owner/repo:path``), ``lang`` (``vi``/``en``) and ``kind`` and ``topic`` (a sub-group worth its own figure, e.g. other countries' elections).

    python bench/real_eval.py /work/eval/real            # or MONITOR_EVAL_DIR=/work/eval/real
    python bench/real_eval.py DIR --model data/models/v… # an existing model version instead
    python bench/real_eval.py DIR --show 5               # also print flagged examples
    python bench/real_eval.py DIR --save preds.jsonl     # keep rows with their predictions (outside the repo!)

Without ``--model`` the default model is trained exactly as a user would: ``python -m monitor
train --no-db --out TMP`` in the repository (seed labels from ``data/labels/``). Every row is
then classified by ``python -m monitor predict`` run as a subprocess, so the figures measure
whatever decision ``predict`` makes (thresholds, relevance, evidence, as they evolve). A
``flagged`` value of true counts as a flag; any relevance column ``predict`` writes is
tabulated too.

Targets (issue 17): flag rate ≤ 2% on general news, ≤ 5% on on-topic benign election text
(results, turnout, procedure, notices, debunks), ≤ 10% on opinion; rumour rows report recall.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
CATEGORIES = ("general_news", "election_benign", "opinion", "rumour")
TARGETS = {"general_news": 0.02, "election_benign": 0.05, "opinion": 0.10}


def fail(msg: str):
    """Bad input: one line naming the culprit, exit code 2 (as the CLI does)."""
    print(f"error: {msg}", file=sys.stderr)
    raise SystemExit(2)


def load_rows(folder: Path) -> list[dict]:
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        fail(f"{folder}: no *.jsonl evaluation files")
    rows = []
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as exc:
                fail(f"{f}: line {n}: not JSON ({exc.msg})")
            if not str(r.get("text") or "").strip():
                continue
            if r.get("category") not in CATEGORIES:
                fail(f"{f}: line {n}: category {r.get('category')!r} is not one of {', '.join(CATEGORIES)}")
            rows.append(r)
    return rows


def source_kind(source: str) -> str:
    """Feed capture, government page, press page, or dataset, from the ``source`` field."""
    s = source or ""
    if s.startswith("http"):
        host = urlparse(s).hostname or ""
        gov = host.endswith(".gov.vn") or ".dcs.vn" in host or host.endswith("quochoi.vn")
        return "government page" if gov else "press/web page"
    if ":" in s and "/" in s.split(":", 1)[0]:
        return "dataset" if "dataset" in s.lower() else "feed capture (repo)"
    return "other"


def run(cmd: list[str], what: str, repo: Path = ROOT) -> None:
    t0 = time.perf_counter()
    res = subprocess.run(cmd, cwd=repo, capture_output=True, text=True)
    if res.returncode != 0:
        sys.stderr.write(res.stdout + res.stderr)
        fail(f"{what} failed (exit {res.returncode}): {' '.join(cmd)}")
    print(f"{what}: {time.perf_counter() - t0:.1f} s", file=sys.stderr)


def classify(rows: list[dict], model: Path | None, tmp: Path, repo: Path = ROOT) -> list[dict]:
    cli = [sys.executable, "-m", "monitor"]
    if model is None:
        model = tmp / "model"
        run([*cli, "train", "--no-db", "--out", str(model)], "monitor train", repo)
    data, out = tmp / "eval.jsonl", tmp / "predictions.jsonl"
    with open(data, "w", encoding="utf-8") as f:
        for r in rows:
            # (a row's date, when it has one, is its publication date: ``predict --date-col``)
            row = {"text": r["text"], "published": str(r.get("date") or r.get("published") or "")[:10]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    run([*cli, "predict", "--model", str(model), "--data", str(data), "--out", str(out)], "monitor predict", repo)
    preds = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    if len(preds) != len(rows):
        fail(f"predict wrote {len(preds)} rows for {len(rows)} inputs")
    return preds


def flagged(p: dict) -> bool:
    v = p.get("flagged")
    return v is True or str(v).strip().lower() in ("1", "true", "yes")


def pct(k: int, n: int) -> str:
    return f"{100 * k / n:5.1f}%" if n else "    –"


SECTIONS = ("category", "category × lang", "category × source kind", "source kind", "category × topic")


def group_rows(rows: list[dict]) -> dict[tuple, list[int]]:
    """(section, key) → indices of the rows in that group, for every section of the report."""
    groups: dict[tuple, list[int]] = collections.defaultdict(list)
    for i, r in enumerate(rows):
        groups[("category", r["category"])].append(i)
        groups[("category × lang", f"{r['category']} / {r.get('lang', '?')}")].append(i)
        groups[("category × source kind", f"{r['category']} / {source_kind(r.get('source', ''))}")].append(i)
        groups[("source kind", source_kind(r.get("source", "")))].append(i)
        if r.get("topic"):
            groups[("category × topic", f"{r['category']} / {r['topic']}")].append(i)
    return groups


def target_note(cat: str, k: int, n: int) -> str:
    """The category row's verdict: its flag-rate target met or not, or the rumours' recall."""
    if cat in TARGETS:
        ok = k / n <= TARGETS[cat]
        return f"≤ {100 * TARGETS[cat]:.0f}%: {'met' if ok else 'NOT met'}"
    if cat == "rumour":
        return f"recall {pct(k, n).strip()}"
    return ""


def print_section(section: str, groups: dict[tuple, list[int]], preds: list[dict]) -> None:
    print(f"\n{section:48s} {'rows':>5s} {'flagged':>7s} {'rate':>6s}  target / result")
    for (sec, key), idx in sorted(groups.items()):
        if sec != section:
            continue
        k = sum(flagged(preds[i]) for i in idx)
        note = target_note(key.split(" / ")[0], k, len(idx)) if section == "category" else ""
        print(f"{key:48s} {len(idx):5d} {k:7d} {pct(k, len(idx))}  {note}")


def print_examples(rows: list[dict], preds: list[dict], groups: dict[tuple, list[int]], show: int) -> None:
    """Up to ``show`` wrong rows per category: flagged ones, or for rumours the missed ones."""
    for c in CATEGORIES:
        idx = [i for i in groups.get(("category", c), []) if flagged(preds[i]) != (c == "rumour")]
        if not idx:
            continue
        what = "missed" if c == "rumour" else "flagged"
        print(f"\n{what} {c} rows (first {min(show, len(idx))} of {len(idx)}):")
        for i in idx[:show]:
            p = preds[i]
            print(f"  [{p.get('label')} {float(p.get('score') or 0):.2f}] {rows[i]['text'][:160]}")


def report(rows: list[dict], preds: list[dict], show: int) -> None:
    groups = group_rows(rows)
    n_sources = {c: len({rows[i].get("source") for i in groups.get(("category", c), [])}) for c in CATEGORIES}
    print(f"\n{len(rows)} rows; sources per category: " + ", ".join(f"{c} {n_sources[c]}" for c in CATEGORIES))
    for section in SECTIONS:
        if any(sec == section for sec, _ in groups):
            print_section(section, groups, preds)
    print("\nflagged rows by predicted label, per category")
    for c in CATEGORIES:
        labels = collections.Counter(
            preds[i].get("label") for i in groups.get(("category", c), []) if flagged(preds[i])
        )
        print(f"  {c:16s} " + (", ".join(f"{lab} {n}" for lab, n in labels.most_common()) or "–"))
    extra = [k for k in preds[0] if "relevan" in k.lower()] if preds else []
    for col in extra:
        print(f"\n'{col}' (written by predict), per category")
        for c in CATEGORIES:
            vals = collections.Counter(str(preds[i].get(col)) for i in groups.get(("category", c), []))
            print(f"  {c:16s} " + ", ".join(f"{v} {n}" for v, n in vals.most_common()))
    if show:
        print_examples(rows, preds, groups, show)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=os.environ.get("MONITOR_EVAL_DIR"),
        help="folder of *.jsonl evaluation files (default: $MONITOR_EVAL_DIR)",
    )
    ap.add_argument("--model", type=Path, help="an existing model version directory (default: train one)")
    ap.add_argument("--show", type=int, default=0, help="print up to N flagged (or missed) rows per category")
    ap.add_argument(
        "--repo",
        type=Path,
        default=ROOT,
        help="checkout whose `monitor` to run (default: this one), e.g. an export of another commit",
    )
    ap.add_argument("--save", type=Path, help="also write each row with its prediction to this JSONL file")
    args = ap.parse_args()
    if args.folder is None:
        fail("give the evaluation folder or set MONITOR_EVAL_DIR")
    rows = load_rows(Path(args.folder))
    with tempfile.TemporaryDirectory() as tmp:
        preds = classify(rows, args.model.resolve() if args.model else None, Path(tmp), args.repo.resolve())
    report(rows, preds, args.show)
    if args.save:
        with open(args.save, "w", encoding="utf-8") as f:
            for r, p in zip(rows, preds, strict=True):
                f.write(json.dumps({**r, "prediction": p}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
