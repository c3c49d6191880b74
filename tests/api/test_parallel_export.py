"""Parallel CSV/JSONL exports (worker processes over id ranges) write exactly what a single
writer writes, on SQLite and PostgreSQL; a failing worker fails the export and leaves no file."""

from __future__ import annotations

import pytest

from monitor.outputs.bulk_export import ExportError, export
from monitor.outputs.parallel_export import split_range
from monitor.storage.filters import ItemFilters

from .test_bulk_export import exported  # noqa: F401 - the shared fixture


def test_split_range_covers_everything_once():
    assert split_range(1, 10, 3) == [(1, 4), (5, 7), (8, 10)]
    assert split_range(5, 6, 4) == [(5, 5), (6, 6)]
    assert split_range(7, 7, 2) == [(7, 7)]
    for lo, hi, n in [(1, 1000, 7), (3, 99, 2), (10, 11, 16)]:
        ids = [i for a, b in split_range(lo, hi, n) for i in range(a, b + 1)]
        assert ids == list(range(lo, hi + 1))


# Each format with and without a filter, and each kind of filter once (the formats are written by
# the same code whatever the filter, and each case starts three worker processes, ~2 s each).
@pytest.mark.parametrize(
    "fmt,filters",
    [
        ("csv", None),
        ("jsonl", None),
        ("csv", ItemFilters(narratives=["procedure_false"])),
        ("jsonl", ItemFilters(q="bầu cử")),
    ],
)
def test_parallel_export_equals_a_single_writer(exported, tmp_path, fmt, filters):  # noqa: F811
    store, _info = exported
    tmp_path = tmp_path / "out"  # beside the test database otherwise
    tmp_path.mkdir()
    single = export(store, "items", fmt, tmp_path / f"one.{fmt}", filters)
    progress = []
    both = export(
        store,
        "items",
        fmt,
        tmp_path / f"two.{fmt}",
        filters,
        workers=3,
        parallel_min_rows=1,
        batch_size=4,
        progress=lambda n, t: progress.append((n, t)),
    )
    assert (tmp_path / f"two.{fmt}").read_bytes() == (tmp_path / f"one.{fmt}").read_bytes()
    assert both.rows == single.rows and both.bytes == single.bytes
    assert progress[-1] == (single.rows, single.rows)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"one.{fmt}", f"two.{fmt}"]  # no parts left


def test_small_exports_stay_in_one_process(exported, tmp_path):  # noqa: F811
    store, _info = exported
    res = export(store, "items", "csv", tmp_path / "x.csv", workers=4)  # 30 items, below the minimum
    assert res.rows == 30


def test_a_failing_worker_fails_the_export_and_leaves_nothing(exported, tmp_path):  # noqa: F811
    store, _info = exported
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    (tmp_path / "y.csv.part1").mkdir()  # worker 1 cannot create its part file
    with pytest.raises(ExportError, match="export failed: .*y.csv.part1"):
        export(store, "items", "csv", tmp_path / "y.csv", workers=2, parallel_min_rows=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["y.csv.part1"]  # only what was there before


def test_a_narrow_filter_over_a_wide_id_range_stays_in_one_process(exported, tmp_path, monkeypatch):  # noqa: F811
    """The id range spans all 30 items, but only 10 match: fewer than the minimum, no workers."""
    import monitor.outputs.parallel_export as pe

    store, _info = exported
    started = []
    monkeypatch.setattr(pe.mp, "get_context", lambda *a: started.append(a) or pytest.fail("workers started"))
    filters = ItemFilters(narratives=["procedure_false"])
    assert store.count_export_rows("items", filters) == 10
    res = export(store, "items", "csv", tmp_path / "n.csv", filters, workers=2, parallel_min_rows=11)
    assert res.rows == 10 and started == []
    assert store.count_export_rows("items", None, cap=7) == 7
