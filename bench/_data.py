"""Shared data for the classifier benchmarks: the seed labels when present, else the synthetic
test fixture; and a perturbation that grows a small set to any size."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "labels" / "seed.jsonl"
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "classifiers"))
if str(ROOT) not in sys.path:  # run as a script (python bench/x.py), not with -m from the repository
    sys.path.insert(0, str(ROOT))

from classifiers.text import strip_accents  # noqa: E402


def seed_rows() -> tuple[list[tuple[str, str]], str]:
    """(rows, where they came from)."""
    if SEED.exists():
        rows = []
        for line in SEED.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                rows.append((d["text"], d["label"]))
        if len({lab for _, lab in rows}) >= 2:
            return rows, str(SEED.relative_to(ROOT))
    from synth import make_rows

    return make_rows(60), "synthetic fixture (tests/fixtures/classifiers/synth.py)"


def perturb(rows, n: int, seed: int = 0, length: int | None = None) -> list[tuple[str, str]]:
    """``n`` rows made from ``rows`` by dropping/swapping words, stripping accents, appending
    words borrowed from other rows of the same label; optionally padded/cut to ``length`` chars."""
    rng = random.Random(seed)
    by_label: dict[str, list[str]] = {}
    for t, lab in rows:
        by_label.setdefault(lab, []).append(t)
    out = []
    for _ in range(n):
        t, lab = rng.choice(rows)
        words = t.split()
        for _ in range(rng.randint(0, 3)):
            if len(words) > 3:
                i = rng.randrange(len(words) - 1)
                words[i], words[i + 1] = words[i + 1], words[i]
        if len(words) > 5 and rng.random() < 0.5:
            del words[rng.randrange(len(words))]
        s = " ".join(words)
        if length:
            while len(s) < length:
                s += " " + rng.choice(by_label[lab])
            s = s[:length]
        if rng.random() < 0.3:
            s = strip_accents(s)
        out.append((s, lab))
    return out


def seed_rows_by_template(v2: bool = True) -> list[dict]:
    """The generator's rows with their internal ``template`` id and ``style`` (``v2=False``:
    the first seed only, exactly as it was shipped before seed v2)."""
    sys.path.insert(0, str(ROOT / "data" / "labels"))
    from seedgen import build_rows

    return build_rows(v2=v2)
