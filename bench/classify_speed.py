"""Classifier speed: items/s (300-char items, batches, explanations for flagged items), training
time on 50,000 items (wall and CPU, with and without the flag decision's combination), model
file size; and the pipeline's whole flag decision (relevance, evidence of falsity, explanations)
on on-topic and on off-topic items.

    python -m bench.classify_speed [--train-size 50000] [--items 20000] [--batch 500]

Run on one core: ``OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1`` (set below before numpy loads).
Classification speed is this process's CPU time over several passes: on a shared machine the wall
time of one pass mostly measures the neighbours; the best pass is the code's own cost.
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import resource  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from pathlib import Path  # noqa: E402

from bench._data import perturb, seed_rows  # noqa: E402
from classifiers import training  # noqa: E402
from classifiers.decision import Decider  # noqa: E402
from classifiers.narrative import NarrativeClassifier  # noqa: E402
from classifiers.registry import Registry  # noqa: E402
from monitor.ingest.pipeline import load_relevance  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train-size", type=int, default=50_000)
    ap.add_argument("--items", type=int, default=20_000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--passes", type=int, default=5, help="timed passes over the items (best, median, worst)")
    a = ap.parse_args()

    rows, where = seed_rows()
    print(f"data: {where}, {len(rows)} rows, {len({lab for _, lab in rows})} labels")
    big = perturb(rows, a.train_size, seed=1)
    texts, labels = [t for t, _ in big], [lab for _, lab in big]
    print(f"training rows: {len(big)} (perturbed), mean {sum(map(len, texts)) / len(texts):.0f} chars")

    print(f"load average at start: {os.getloadavg()[0]:.2f} (2 cores shared: wall time includes the neighbours)")
    with timed(f"fit on {len(big)} items"):
        NarrativeClassifier().fit(texts, labels)
    with timed("training.train (hold-out fit + thresholds + refit on all)"):
        model2, metrics = training.train(texts, labels)
    decision = {"messages": _messages(), "data": load_relevance(None)}
    with timed("training.train with the flag decision (as `monitor train`: + combiner)"):
        training.train(texts, labels, decision=decision)

    with tempfile.TemporaryDirectory() as d:
        reg = Registry(Path(d))
        vdir = reg.save(model2, metrics, training_rows=big)
        size = (vdir / "model.skops").stat().st_size
        t0 = time.perf_counter()
        reg.load(vdir)
        load_s = time.perf_counter() - t0
    print(f"model.skops: {size / 1e6:.1f} MB; load {load_s:.2f} s")

    items = [t for t, _ in perturb(rows, a.items, seed=2, length=300)]
    model2.predict_batch(items[: a.batch], explain=True)  # warm the caches
    rates = []
    for _ in range(a.passes):
        t0 = time.process_time()
        flagged = 0
        for i in range(0, len(items), a.batch):
            preds = model2.predict_batch(items[i : i + a.batch], explain=True)
            flagged += sum(p.flagged for p in preds)
        rates.append(len(items) / (time.process_time() - t0))
    rates.sort()
    print(
        f"predict+explain: best {rates[-1]:,.0f} items/s, median {rates[len(rates) // 2]:,.0f}, worst {rates[0]:,.0f} "
        f"over {a.passes} passes (CPU time of this process; 300-char items, batch {a.batch}, "
        f"{flagged / len(items):.0%} flagged and explained, 1 thread)"
    )
    t0 = time.process_time()
    for i in range(0, len(items), a.batch):
        model2.predict_batch(items[i : i + a.batch])
    print(f"predict without explanations: {len(items) / (time.process_time() - t0):,.0f} items/s")

    # The pipeline's whole decision (relevance, topic, evidence of falsity, explanations), as
    # `monitor classify` and `monitor predict` make it, with the shipped relevance data,
    # approved messages and the seed labels as known claims.
    decider = Decider(model2, _messages(), load_relevance(None), rows)
    decide_rates(decider, items, a, "on-topic election items")
    off = [t for t, _ in perturb(OFF_TOPIC, a.items, seed=3, length=300)]
    decide_rates(decider, off, a, "off-topic items (stop after relevance)")


# General-news sentences written for this benchmark (no election words): the cheap path.
OFF_TOPIC = [
    (t, "none")
    for t in (
        "Giá xăng dầu tăng nhẹ từ chiều nay theo điều hành của liên bộ Công Thương và Tài chính",
        "Đội tuyển bóng đá thắng hai bàn trong trận giao hữu tối qua trên sân nhà",
        "Mưa lớn kéo dài ở các tỉnh miền Trung, nhiều tuyến đường bị ngập sâu",
        "Công ty công nghệ ra mắt điện thoại mới với pin lớn và camera tốt hơn",
        "Quarterly profits at the retailer rose as online sales kept growing",
        "The city opens a new bus line linking the airport with the old quarter",
        "Gia vang hom nay giam manh sau phien tang nong cuoi tuan",
        "A new film festival brings independent directors to the capital this week",
    )
]


@contextmanager
def timed(what: str):
    """Print the wall and CPU time of the block (this process's and that of the processes it
    started, e.g. the flag decision's fit beside the model's), and the load average at its end."""

    def children() -> float:
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime

    t0, c0, k0 = time.perf_counter(), time.process_time(), children()
    yield
    print(
        f"{what}: {time.perf_counter() - t0:.1f} s wall, {time.process_time() - c0:.1f} s CPU "
        f"+ {children() - k0:.1f} s in a second process (load {os.getloadavg()[0]:.2f})",
        flush=True,
    )


def _messages():
    import yaml

    return yaml.safe_load(
        (Path(__file__).resolve().parents[1] / "data" / "approved_messages.yaml").read_text(encoding="utf-8")
    )["messages"]


def decide_rates(decider, items, a, what) -> None:
    decider.decide(items[: a.batch])  # warm
    rates, flagged, off = [], 0, 0
    for _ in range(a.passes):
        t0 = time.process_time()
        flagged = off = 0
        for i in range(0, len(items), a.batch):
            out = decider.decide(items[i : i + a.batch])
            flagged += sum(d.flagged for d in out)
            off += sum(d.band == "off_topic" for d in out)
        rates.append(len(items) / (time.process_time() - t0))
    rates.sort()
    print(
        f"decision ({what}): best {rates[-1]:,.0f} items/s, median {rates[len(rates) // 2]:,.0f}, "
        f"worst {rates[0]:,.0f}; {flagged / len(items):.0%} flagged, {off / len(items):.0%} off topic"
    )


if __name__ == "__main__":
    main()
