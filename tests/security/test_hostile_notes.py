"""Hostile reviewer and teaching notes (control characters, NUL, ANSI escapes, lone surrogates,
noncharacters, formula starts, very long notes) are cleaned when stored, and every handout format
(CSV, XLSX, DOCX, PDF) is still written, and readable, from them and from notes stored before
the cleaning existed. Both engines."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re

import pytest
import sqlalchemy as sa

from monitor.models import FeedKind, Item, Review, ReviewDecision, Source
from monitor.outputs import exports
from monitor.textsafe import NOTE_MAX, clean_note, clean_text

BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
LONG = "dài\x0b" * 40_000  # 160,000 characters, a control character every four
HOSTILE = [
    "vertical\x0btab",
    "nul\x00byte",
    "ansi \x1b[31mred\x1b[0m",
    "bell\x07 backspace\x08 formfeed\x0c",
    "del\x7f nel\x85 csi\x9b",
    "nonchar\ufffe\uffff end",
    "lone \udc80 low and \ud800 high surrogate",
    "crlf\r\nline and cr\rline",
    '\x00=HYPERLINK("http://evil.example","x")',
    "\x0b+cmd|' /C calc'!A0",
    "tab\tkept\nnewline kept 😀 Việt Nam ĐẠI BIỂU",
    LONG,
]
# What the notes that do not shrink must still read like after cleaning (a marker word each).
MARKERS = ["verticaltab", "nulbyte", "ansi [31mred[0m", "del nel csi", "tab\tkept"]


def _set_with_cases(store, n: int) -> tuple[int, list[int]]:
    src = store.upsert_source(Source(name="Nhóm X", url="https://social.example.org/x", kind=FeedKind.SOCIAL))
    when = dt.datetime(2021, 5, 20, 8, tzinfo=dt.UTC)
    rows = []
    for k in range(n):
        h = hashlib.sha256(f"note-{k}".encode()).hexdigest()
        rows.append(
            Item(
                source_id=src,
                title=f"Tin {k}",
                text=f"Nội dung {k}",
                url=f"https://x.example/{k}",
                canonical_url=None,
                guid=f"n-{k}",
                lang="vi",
                published_at=when,
                fetched_at=when,
                content_hash=h,
                dedupe_key=h[:40],
                search_text=f"tin {k}",
            )
        )
    store.save_items(rows)
    with store.read() as conn:
        ids = [r[0] for r in conn.execute(sa.text("SELECT id FROM items WHERE guid LIKE :p ORDER BY id"), {"p": "n-%"})]
    set_id = store.create_case_set("Bộ \x0bghi chú\x00", "mô tả \x1b[1m đậm \x0c", by="tra")
    return set_id, ids


def _handouts(store, set_id: int) -> dict[str, bytes]:
    """The four handouts exactly as the Cases page builds them."""
    current = next(s for s in store.list_case_sets() if s["id"] == set_id)
    records = exports.case_records(store.case_rows(set_id), store.approved_messages(), {}, "vi")
    labels = {c: c for c in exports.CASE_COLUMNS}
    headers = list(exports.CASE_COLUMNS)
    name, desc = current["name"], current["description"]
    return {
        "docx": exports.case_set_docx(name, desc, records, labels),
        "pdf": exports.case_set_pdf(name, desc, records, labels),
        "csv": exports.to_csv(records, exports.CASE_COLUMNS, headers),
        "xlsx": exports.to_xlsx(records, exports.CASE_COLUMNS, headers, title=name),
    }


def _texts(files: dict[str, bytes]) -> dict[str, str]:
    """Each handout read back by a real reader of its format."""
    from docx import Document
    from openpyxl import load_workbook
    from pypdf import PdfReader

    doc = Document(io.BytesIO(files["docx"]))
    wb = load_workbook(io.BytesIO(files["xlsx"]))
    cells = [str(c.value) for row in wb.active.iter_rows() for c in row if c.value is not None]
    table = list(csv.reader(io.StringIO(files["csv"].decode("utf-8-sig"))))
    pdf = PdfReader(io.BytesIO(files["pdf"]))
    return {
        "docx": "\n".join(p.text for p in doc.paragraphs),
        "xlsx": "\n".join(cells),
        "csv": "\n".join("\n".join(r) for r in table),
        "pdf": "\n".join(page.extract_text() for page in pdf.pages),
    }


def _check(files: dict[str, bytes], markers: list[str]) -> None:
    texts = _texts(files)
    for fmt in ("docx", "xlsx", "csv"):
        assert not BAD.search(texts[fmt]), (fmt, BAD.search(texts[fmt]))
        for m in markers:
            assert m in texts[fmt], (fmt, m)
        # a formula hidden behind a control character still gets its apostrophe in spreadsheets
        if fmt != "docx":
            assert "\n=HYPERLINK" not in "\n" + texts[fmt], fmt
            assert "HYPERLINK" not in texts[fmt] or "'=HYPERLINK" in texts[fmt], fmt
    flat = re.sub(r"\s+", "", texts["pdf"])
    for m in markers[:1]:
        assert m.replace(" ", "") in flat, ("pdf", m)
    assert "delnelcsi" in flat


def test_clean_note_keeps_tab_newline_and_text():
    assert clean_note(" a\x0bb\x00c\x1b[0m\r\nd\te 😀 \udc80\ufffe ") == "abc[0m\nd\te 😀"
    assert len(clean_note(LONG)) == NOTE_MAX and not BAD.search(clean_note(LONG))
    assert clean_text(None) == "" and clean_note("\x00\x0b") == ""


def test_notes_are_cleaned_when_stored(store):
    set_id, ids = _set_with_cases(store, len(HOSTILE))
    for item_id, note in zip(ids, HOSTILE, strict=True):
        store.save_review(Review(item_id=item_id, username="off", decision=ReviewDecision.NOTE, note=note))
        store.add_cases(set_id, [item_id], by="tra", teaching_note=note)
    rows = store.case_rows(set_id)
    assert len(rows) == len(HOSTILE)
    for r in rows:
        for value in (r["reviewer_note"], r["teaching_note"]):
            assert not BAD.search(value or "") and len(value or "") <= NOTE_MAX
    case_id = rows[0]["case_id"]
    store.update_case_note(case_id, "tra", "sửa\x0b lại\x00")
    assert next(r for r in store.case_rows(set_id) if r["case_id"] == case_id)["teaching_note"] == "sửa lại"
    assert all(not BAD.search(str(e["detail"])) for e in store.audit_entries(limit=100))
    current = next(s for s in store.list_case_sets() if s["id"] == set_id)
    assert current["name"] == "Bộ ghi chú" and not BAD.search(current["description"])
    _check(_handouts(store, set_id), MARKERS)


def test_every_handout_survives_notes_stored_before_the_cleaning(store):
    """Rows written raw (an older version, another tool): the exports clean them on the way out.
    PostgreSQL cannot hold NUL or a lone surrogate at all; SQLite's driver cannot encode the latter."""
    set_id, ids = _set_with_cases(store, len(HOSTILE))
    store.add_cases(set_id, ids, by="tra")
    storable = [n for n in HOSTILE if "\udc80" not in n and (store.dialect == "sqlite" or "\x00" not in n)]
    with store.tx() as conn:
        case_ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM cases ORDER BY id")]
        for case_id, item_id, note in zip(case_ids, ids, storable, strict=False):
            conn.execute(sa.text("UPDATE cases SET teaching_note = :n WHERE id = :i"), {"n": note, "i": case_id})
            conn.execute(
                sa.text(
                    "INSERT INTO reviews (item_id, username, decision, note, created_at) "
                    "VALUES (:i, 'off', 'note', :n, :t)"
                ),
                {"i": item_id, "n": note, "t": dt.datetime(2021, 5, 21, tzinfo=dt.UTC)},
            )
        conn.execute(
            sa.text("UPDATE case_sets SET name = :n, description = :d WHERE id = :i"),
            {"n": "Bộ\x0b cũ", "d": "mô tả\x00\x1b cũ" if store.dialect == "sqlite" else "mô tả\x1b cũ", "i": set_id},
        )
    markers = [m for m in MARKERS if store.dialect == "sqlite" or m != "nulbyte"]
    files = _handouts(store, set_id)
    _check(files, markers)
    assert "'+cmd" in _texts(files)["xlsx"]


@pytest.mark.parametrize("fmt", ["docx", "pdf", "csv", "xlsx"])
def test_each_format_from_hostile_records_directly(fmt):
    """Records straight from rows nobody cleaned (lone surrogates included) → every format."""
    rows = [
        {
            "title": f"Tin {k}\x0b",
            "text": note,
            "reviewer_note": note,
            "teaching_note": note,
            "source_name": "Nguồn\x00",
            "url": "https://x.example/\x1b",
        }
        for k, note in enumerate(HOSTILE)
    ]
    records = exports.case_records(rows, [], {}, "vi")
    labels = {c: c for c in exports.CASE_COLUMNS}
    build = {
        "docx": lambda: exports.case_set_docx("Bộ\x0b", "mô tả\udc80", records, labels),
        "pdf": lambda: exports.case_set_pdf("Bộ\x0b", "mô tả\udc80", records, labels),
        "csv": lambda: exports.to_csv(records, exports.CASE_COLUMNS),
        "xlsx": lambda: exports.to_xlsx(records, exports.CASE_COLUMNS, title="Bộ\x0b"),
    }[fmt]
    data = build()
    assert data[:4] in (b"PK\x03\x04", b"%PDF") or fmt == "csv"
    if fmt == "csv":
        text = data.decode("utf-8-sig")
        assert not BAD.search(text.replace("\r\n", "\n"))
        assert "'=HYPERLINK" in text
