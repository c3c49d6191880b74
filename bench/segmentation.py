"""Word segmentation for the classifier: underthesea ``word_tokenize`` vs pyvi vs plain syllables.

Prints, for each: segmentation speed (texts/s, one core) and 5-fold CV macro-F1 of the default
pipeline when its word features see the segmented text (compound words joined with "_").

    python -m bench.segmentation

underthesea and pyvi are optional (not in requirements.txt); install them to compare, e.g.
``pip install underthesea==9.5.0 pyvi==0.1.1``. Missing ones are reported and skipped.
Never calls anything that downloads (``word_tokenize`` and ``ViTokenizer`` are offline).
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import time  # noqa: E402

from bench._data import seed_rows  # noqa: E402
from classifiers.training import cross_validate  # noqa: E402


def segmenters():
    yield "syllables (no segmentation)", None
    try:
        from underthesea import word_tokenize

        yield "underthesea word_tokenize", lambda s: " ".join(w.replace(" ", "_") for w in word_tokenize(s))
    except ImportError as exc:
        print(f"underthesea: not installed ({exc})")
    try:
        from pyvi import ViTokenizer

        yield "pyvi ViTokenizer", ViTokenizer.tokenize
    except ImportError as exc:
        print(f"pyvi: not installed ({exc})")


def main() -> None:
    rows, where = seed_rows()
    texts, labels = [t for t, _ in rows], [lab for _, lab in rows]
    print(f"data: {where}, {len(rows)} rows; 5-fold CV macro-F1 of the default pipeline")
    for name, seg in segmenters():
        if seg is None:
            seg_texts, rate = texts, float("inf")
        else:
            seg(texts[0])  # load models once
            t0 = time.perf_counter()
            seg_texts = [seg(t) for t in texts]
            rate = len(texts) / (time.perf_counter() - t0)
        cv = cross_validate(seg_texts, labels, folds=5)
        speed = "n/a (no extra step)" if seg is None else f"{rate:,.0f} texts/s"
        print(f"{name:30s} segmentation {speed:>22s}   CV macro-F1 {cv['macro_f1']:.4f} ± {cv['macro_f1_std']:.4f}")


if __name__ == "__main__":
    main()
