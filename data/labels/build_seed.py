"""Write ``data/labels/seed.jsonl`` from the templates in ``seedgen/`` (see its docstring).

Run from the repository root::

    .venv/bin/python data/labels/build_seed.py            # writes data/labels/seed.jsonl
    .venv/bin/python data/labels/build_seed.py OUT.jsonl  # writes elsewhere
    .venv/bin/python data/labels/build_seed.py --counts   # prints the count tables only

The output is byte-identical on every run (fixed seeds, no clock, no set iteration).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the product's text functions (classifiers.text)
sys.path.insert(0, str(HERE))  # the seedgen package beside this script

from seedgen import build_rows, counts_table, public, write  # noqa: E402

OUT = HERE / "seed.jsonl"
__all__ = ["OUT", "build_rows", "counts_table", "public", "write"]


def main(argv: list[str]) -> int:
    rows = build_rows()
    if "--counts" in argv:
        print(counts_table(rows))
        return 0
    out = Path(argv[0]) if argv else OUT
    write(out, rows)
    print(f"wrote {len(rows)} rows to {out}")
    print(counts_table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
