"""Bulk exports: CSV / XLSX / JSONL round trips, formula neutralizing, sheet splitting, keyset
batches, progress, background jobs. Store-backed tests run on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import json
import threading

import pytest
from openpyxl import load_workbook

from monitor.outputs.bulk_export import ExportRunner, export, prefetch
from monitor.outputs.export_files import COLUMNS, ExportError, csv_safe_rows, safe_text, write_rows
from monitor.storage.filters import FilterError, ItemFilters

from .conftest import make_item, seed

DANGEROUS = ["=1+2", "+33 6", "-2+3", "@SUM(A1)", "\tx", "\rx", "＝1+1"]


@pytest.fixture
def exported(store):
    info = seed(store)
    set_id = store.create_case_set("Lớp tập huấn", "", by="tr")
    store.add_cases(set_id, info["item_ids"][:2], by="tr", teaching_note="@dạy")
    return store, info


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_round_trip_with_classification_reviews_and_cases(exported, tmp_path):
    store, info = exported
    progress = []
    res = export(
        store, "items", "csv", tmp_path / "items.csv", progress=lambda n, t: progress.append((n, t)), batch_size=7
    )
    rows = read_csv(tmp_path / "items.csv")
    assert res.rows == len(rows) == 30 and res.bytes == (tmp_path / "items.csv").stat().st_size
    assert list(rows[0]) == list(COLUMNS["items"])
    assert [int(r["id"]) for r in rows] == sorted(info["item_ids"])
    first = rows[0]
    assert first["title"] == "Tin bầu cử số 0" and first["source_name"] == "Mạng XH"
    assert dt.datetime.fromisoformat(first["published_at"]) == dt.datetime(2021, 5, 15, 8, 0, tzinfo=dt.UTC)
    assert first["evidence"] == "gian lận" and first["findings"] == "says 30/5; approved: 23/5/2021"
    assert first["review_count"] == "1" and first["last_decision"] == "confirm" and first["last_reviewer"] == "lan"
    assert first["last_note"] == "'=cmd|' /C calc'!A0"  # neutralized
    assert first["case_sets"] == "Lớp tập huấn" and rows[2]["case_sets"] == "" and rows[2]["review_count"] == "0"
    assert [n for n, _ in progress] == [7, 14, 21, 28, 30] and {t for _, t in progress} == {30}
    assert not list(tmp_path.glob("*.part"))


def test_jsonl_round_trip_keeps_values_as_they_are(exported, tmp_path):
    store, info = exported
    export(store, "items", "jsonl", tmp_path / "items.jsonl", ItemFilters(narratives=["procedure_false"]))
    rows = [json.loads(line) for line in (tmp_path / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 10 and {r["narrative"] for r in rows} == {"procedure_false"}
    assert set(rows[0]) == set(COLUMNS["items"]) and isinstance(rows[0]["score"], float)
    first = next(r for r in rows if r["id"] == info["item_ids"][0])
    assert first["last_note"] == "=cmd|' /C calc'!A0"  # data for programs: not rewritten


def test_xlsx_round_trip_with_real_dates_and_text_not_formulas(exported, tmp_path):
    store, _info = exported
    export(store, "items", "xlsx", tmp_path / "items.xlsx")
    wb = load_workbook(tmp_path / "items.xlsx", read_only=True)
    assert wb.sheetnames == ["items"]
    rows = list(wb["items"].iter_rows(values_only=True))
    assert list(rows[0]) == list(COLUMNS["items"]) and len(rows) == 31
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert first["published_at"] == dt.datetime(2021, 5, 15, 8, 0)  # naive UTC: Excel has no zones
    assert first["last_note"] == "'=cmd|' /C calc'!A0"
    wb.close()
    wb = load_workbook(tmp_path / "items.xlsx")  # full mode shows cell types
    assert all(c.data_type != "f" for row in wb["items"].iter_rows() for c in row)


def test_reviews_cases_and_alerts_exports(exported, tmp_path):
    store, _info = exported
    for what, n in (("reviews", 1), ("cases", 2), ("alerts", 1)):
        res = export(store, what, "csv", tmp_path / f"{what}.csv")
        rows = read_csv(tmp_path / f"{what}.csv")
        assert res.rows == len(rows) == n and list(rows[0]) == list(COLUMNS[what])
    assert read_csv(tmp_path / "cases.csv")[0]["teaching_note"] == "'@dạy"
    assert read_csv(tmp_path / "alerts.csv")[0]["kind"] == "spike"
    assert export(store, "alerts", "csv", tmp_path / "a.csv", ItemFilters(statuses=["closed"])).rows == 0
    with pytest.raises(FilterError):
        export(store, "alerts", "csv", tmp_path / "a.csv", ItemFilters(sources=["Báo Demo"]))


def test_keyset_batches_cover_every_match_once(exported):
    store, info = exported
    batches = list(store.iter_export_rows("items", batch_size=7))
    assert [len(rows) for _cols, rows in batches] == [7, 7, 7, 7, 2]
    ids = [r[0] for _cols, rows in batches for r in rows]
    assert ids == sorted(info["item_ids"])
    fraud = [
        r["id"]
        for r in store.iter_items(ItemFilters(narratives=["procedure_false"], statuses=["flagged"]), batch_size=3)
    ]
    assert len(fraud) == 9 and fraud == sorted(fraud)  # one of ten was confirmed
    assert store.count_export_rows("items", ItemFilters(narratives=["fraud_claim"])) == 10


def test_new_items_arriving_during_an_export_do_not_break_it(exported, tmp_path):
    store, info = exported
    gen = store.iter_export_rows("items", batch_size=10)
    first = next(gen)
    store.save_items([make_item(info["news"], 900 + k) for k in range(3)])
    rest = [r[0] for _c, rows in gen for r in rows]
    ids = [r[0] for r in first[1]] + rest
    assert len(ids) == len(set(ids)) == 33


def test_every_formula_start_is_neutralized():
    for text in DANGEROUS:
        assert safe_text(text) == "'" + text
    rows = [(1, text, None, 2.5) for text in DANGEROUS] + [(2, "bình thường", None, 1.0)]
    out = list(csv_safe_rows(rows))
    assert [r[1] for r in out[:-1]] == ["'" + t for t in DANGEROUS]
    assert out[-1] == (2, "bình thường", None, 1.0)
    assert safe_text("") == "" and safe_text(None) == "" and safe_text(-3) == -3


def test_formulas_in_items_are_neutralized_in_csv_and_xlsx(store, tmp_path):
    info = seed(store, n=3)
    store.save_items([make_item(info["news"], 100 + k, title=t) for k, t in enumerate(DANGEROUS)])
    export(store, "items", "csv", tmp_path / "f.csv", ItemFilters(since="2021-05-19"))
    titles = [r["title"] for r in read_csv(tmp_path / "f.csv")]
    assert titles == ["'" + t for t in DANGEROUS]
    export(store, "items", "xlsx", tmp_path / "f.xlsx", ItemFilters(since="2021-05-19"))
    ws = load_workbook(tmp_path / "f.xlsx")["items"]
    col = list(COLUMNS["items"]).index("title") + 1
    cells = [ws.cell(row=i, column=col) for i in range(2, 2 + len(DANGEROUS))]
    assert all(c.data_type == "s" and c.value.startswith("'") for c in cells)


def _batches(n: int, per: int = 3):
    cols = ("id", "title", "published_at")
    rows = [(i, f"=t{i}", f"2021-05-15T08:00:{i:02d}+00:00") for i in range(1, n + 1)]
    for k in range(0, n, per):
        yield cols, rows[k : k + per]


def test_xlsx_splits_across_sheets_past_the_row_limit(tmp_path):
    res = write_rows(
        _batches(10), ("id", "title", "published_at"), "xlsx", tmp_path / "s.xlsx", sheet_rows=4, title="items"
    )
    assert res.rows == 10 and res.sheets == 3
    wb = load_workbook(tmp_path / "s.xlsx", read_only=True)
    assert wb.sheetnames == ["items", "items (2)", "items (3)"]
    sheets = [list(wb[name].iter_rows(values_only=True)) for name in wb.sheetnames]
    assert [len(s) - 1 for s in sheets] == [4, 4, 2]
    assert all(s[0] == ("id", "title", "published_at") for s in sheets)
    assert [r[0] for s in sheets for r in s[1:]] == list(range(1, 11))
    assert sheets[0][1][1] == "'=t1" and sheets[0][1][2] == dt.datetime(2021, 5, 15, 8, 0, 1)
    wb.close()
    exact = write_rows(_batches(8), ("id", "title", "published_at"), "xlsx", tmp_path / "e.xlsx", sheet_rows=4)
    assert exact.sheets == 2  # exactly full sheets: no empty extra sheet
    empty = write_rows(iter(()), ("id",), "xlsx", tmp_path / "z.xlsx")
    assert empty.rows == 0 and empty.sheets == 1


def test_failed_export_leaves_no_file(tmp_path):
    def boom():
        yield from _batches(3)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_rows(boom(), ("id", "title", "published_at"), "csv", tmp_path / "x.csv")
    assert not list(tmp_path.iterdir())
    with pytest.raises(ExportError):
        write_rows(_batches(1), ("id",), "pdf", tmp_path / "x.pdf")
    with pytest.raises(ExportError):
        write_rows(_batches(1), ("id",), "csv", tmp_path / "missing" / "x.csv")


def test_prefetch_keeps_order_raises_reader_errors_and_stops_when_closed():
    assert list(prefetch(iter(range(100)))) == list(range(100))

    def bad():
        yield 1
        raise ValueError("reader failed")

    with pytest.raises(ValueError, match="reader failed"):
        list(prefetch(bad()))
    produced = []

    def endless():
        i = 0
        while True:
            produced.append(i)
            yield i
            i += 1

    gen = prefetch(endless(), depth=2)
    assert next(gen) == 0
    gen.close()
    n = len(produced)
    threading.Event().wait(0.3)
    assert len(produced) == n and not any(t.name == "export-reader" for t in threading.enumerate())


def test_background_runner_records_jobs_for_a_downloads_panel(exported, tmp_path):
    store, _info = exported
    runner = ExportRunner(store, tmp_path / "exports")
    try:
        ok = runner.submit("lan", "items", "csv", ItemFilters(narratives=["fraud_claim"]))
        bad = runner.submit("lan", "alerts", "jsonl", ItemFilters(q="gian lan"))
        done, failed = runner.wait(ok, timeout=60), runner.wait(bad, timeout=60)
    finally:
        runner.shutdown()
    assert done["status"] == "done" and done["rows"] == 10 and done["finished_at"] is not None
    assert done["bytes"] == (tmp_path / "exports" / f"{ok:06d}-items.csv").stat().st_size
    assert done["path"].endswith(f"{ok:06d}-items.csv") and done["filters"] == {"narratives": ["fraud_claim"]}
    assert failed["status"] == "failed" and "alert exports take only" in failed["error"]
    listed = store.list_export_jobs("lan")
    assert [j["id"] for j in listed] == [bad, ok]
    assert store.list_export_jobs("someone-else") == []
    with pytest.raises(ExportError):
        ExportRunner(store, tmp_path / "x").submit("lan", "everything", "csv")


def test_jobs_left_running_by_a_stopped_process_are_marked_failed(store):
    job = store.create_export_job("lan", "items", "csv", {})
    store.update_export_job(job, status="running")
    assert store.fail_interrupted_export_jobs() == 0  # young: maybe another process is running it
    assert store.fail_interrupted_export_jobs(older_than=dt.timedelta(0)) == 1
    rec = store.get_export_job(job)
    assert rec["status"] == "failed" and "interrupted" in rec["error"]
