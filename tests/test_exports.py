"""Exports: spreadsheet formulas neutralized, Vietnamese text intact in every format."""

from __future__ import annotations

import csv
import io
import unicodedata

import pytest
from docx import Document
from openpyxl import load_workbook

from monitor.outputs import exports

VI = "Cuộc bầu cử đại biểu Quốc hội khóa XV diễn ra ngày 23/5/2021; cử tri được nhận phiếu bầu, chữ ữ ẫ ỡ ỵ Đ"
DANGEROUS = ['=HYPERLINK("http://evil","x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝1+1"]


def _rows():
    rows = [{"title": d, "source_name": "nguồn", "claim": VI} for d in DANGEROUS]
    rows.append({"title": "bình thường", "source_name": "=evil()", "claim": "-"})
    return rows


@pytest.mark.parametrize("value", DANGEROUS)
def test_safe_cell_prefixes_formula_starts(value):
    assert exports.safe_cell(value).startswith("'")


def test_safe_cell_keeps_plain_text_and_numbers():
    assert exports.safe_cell("bầu cử") == "bầu cử"
    assert exports.safe_cell(3) == 3 and exports.safe_cell(0.5) == 0.5
    assert exports.safe_cell(None) == ""


def test_csv_cells_never_start_a_formula():
    data = exports.to_csv(_rows(), ["title", "source_name", "claim"]).decode("utf-8-sig")
    for row in list(csv.reader(io.StringIO(data)))[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "＝")), cell
    assert VI in data


def test_xlsx_holds_text_not_formulas():
    wb = load_workbook(io.BytesIO(exports.to_xlsx(_rows(), ["title", "source_name", "claim"], title="Tập [1]")))
    ws = wb.active
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type == "s", (cell.coordinate, cell.value)
            assert not str(cell.value).startswith(("=", "+", "-", "@")), cell.value
    assert ws.cell(row=2, column=3).value == VI


def _records():
    return [
        {
            "title": "Ngày bầu cử dời sang 30/5 **đậm** <b>x</b>",
            "source_name": "Nhóm Facebook",
            "published_at": "2021-05-01",
            "narrative": "Sai quy trình",
            "claim": unicodedata.normalize("NFD", VI),
            "evidence": "dời sang, 30/5",
            "findings": "nói ngày 30/5/2021; chính thức: 23/5/2021",
            "approved_rebuttal": "Ngày bầu cử là Chủ nhật, 23/5/2021",
            "reviewer_note": "đã đối chiếu",
            "teaching_note": "chỉ ra ngày sai",
            "url": "https://example.org/a",
        }
    ]


LABELS = {c: c for c in exports.CASE_COLUMNS}


def test_vietnamese_text_survives_in_pdf():
    PdfReader = pytest.importorskip("pypdf", reason="pypdf is in requirements-dev.txt").PdfReader
    data = exports.case_set_pdf("Bộ tình huống tháng 5", "Mô tả ữ ẫ", _records(), LABELS)
    reader = PdfReader(io.BytesIO(data))
    text = unicodedata.normalize("NFC", "".join(p.extract_text() for p in reader.pages))
    assert "Bộ tình huống tháng 5" in text
    for word in ("Cuộc", "bầu", "cử", "đại", "biểu", "Quốc", "khóa", "ữ", "ẫ", "ỡ", "ỵ", "Đ", "đã đối chiếu"):
        assert word in text, word
    assert "**đậm** <b>x</b>" in text  # printed as written, not read as markup


def test_docx_is_text_and_nfc():
    doc = Document(io.BytesIO(exports.case_set_docx("Bộ tình huống", "", _records(), LABELS)))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert VI in text  # NFD input comes out NFC
    assert "<b>x</b>" in text


def test_case_records_pick_the_rebuttal_in_the_language():
    rows = [
        {
            "title": "t",
            "text": "x" * 5000,
            "matched_message_key": "k",
            "evidence": [{"term": "dời"}],
            "findings": [{"message": "sai ngày"}],
            "narrative": "procedure_false",
        }
    ]
    msgs = [{"key": "k", "title_vi": "Tiêu đề", "text_vi": "Nội dung", "title_en": "Title", "text_en": "Body"}]
    vi = exports.case_records(rows, msgs, {"procedure_false": "Sai quy trình"}, "vi")[0]
    en = exports.case_records(rows, msgs, {}, "en")[0]
    assert vi["approved_rebuttal"] == "Tiêu đề\nNội dung" and en["approved_rebuttal"] == "Title\nBody"
    assert vi["narrative"] == "Sai quy trình" and len(vi["claim"]) < 1300
