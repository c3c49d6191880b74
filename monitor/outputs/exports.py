"""CSV / XLSX / DOCX / PDF writers for case sets and filtered item lists.

Every writer takes plain rows (dicts) and returns bytes. Text is NFC-normalized and loses its
control characters but tab and newline (XML, so DOCX and XLSX, cannot hold them; see
monitor/textsafe.py); spreadsheet cells that a spreadsheet would run as a formula get a leading
apostrophe; DOCX and PDF get text only (python-docx and fpdf2 escape it), never markup built from
feed content.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from monitor import localtime
from monitor.outputs.evidence_terms import shown_evidence
from monitor.outputs.findings import render as render_finding
from monitor.textsafe import clean_text

# Cells a spreadsheet may treat as a formula or a command (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
MAX_CELL = 32_000  # Excel's limit is 32,767 characters per cell

# Columns of a case handout / case table, in order. Labels are looked up in monitor.i18n.
CASE_COLUMNS = (
    "title",
    "source_name",
    "published_at",
    "narrative",
    "claim",
    "evidence",
    "findings",
    "approved_rebuttal",
    "reviewer_note",
    "teaching_note",
    "url",
)
ITEM_COLUMNS = ("id", "title", "source_name", "kind", "lang", "published_at", "narrative", "score", "status", "url")


def nfc(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return (
            value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
            if value.tzinfo
            else value.strftime("%Y-%m-%d %H:%M")
        )
    if isinstance(value, float):
        return f"{value:.3f}"
    return clean_text(str(value))


def safe_cell(value: Any) -> Any:
    """A value a spreadsheet shows as text: formula-looking strings get a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float) and not isinstance(value, bool):
        return value
    text = nfc(value)[:MAX_CELL]
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _table(rows: Iterable[dict], columns: Sequence[str]) -> list[list[Any]]:
    return [[safe_cell(r.get(c)) for c in columns] for r in rows]


def to_csv(rows: Iterable[dict], columns: Sequence[str], headers: Sequence[str] | None = None) -> bytes:
    """UTF-8 CSV with a BOM so spreadsheet programs read Vietnamese correctly."""
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL)
    w.writerow([safe_cell(h) for h in (headers or columns)])
    w.writerows(_table(rows, columns))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx(
    rows: Iterable[dict], columns: Sequence[str], headers: Sequence[str] | None = None, title: str = "export"
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = (nfc(title)[:31] or "export").translate(str.maketrans({c: " " for c in "[]:*?/\\"}))
    ws.append([safe_cell(h) for h in (headers or columns)])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in _table(rows, columns):
        # Strings are written as data_type "s": openpyxl would otherwise treat "=..." as a formula.
        ws.append(row)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, _ in enumerate(columns, start=1):
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = 28
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# --- case handouts -----------------------------------------------------------------------------
def case_records(
    rows: list[dict],
    messages: list[dict],
    narrative_names: dict[str, str],
    lang: str = "vi",
    claim_chars: int = 1200,
    tz: dt.tzinfo | None = None,
) -> list[dict]:
    """Storage case rows → what a handout prints (claim, evidence, rebuttal, notes), as text.
    Publication times are in `tz` (default the office's zone, Asia/Ho_Chi_Minh), the offset named."""
    tz = tz or localtime.zone()
    by_key = {m["key"]: m for m in messages}
    out = []
    for r in rows:
        msg = by_key.get(r.get("matched_message_key") or "")
        rebuttal = ""
        if msg:
            title = msg.get(f"title_{lang}") or msg.get("title_vi") or ""
            text = msg.get(f"text_{lang}") or msg.get("text_vi") or ""
            rebuttal = f"{title}\n{text}".strip()
        claim = nfc(r.get("text"))
        if len(claim) > claim_chars:
            claim = claim[:claim_chars].rsplit(" ", 1)[0] + " …"
        shown = shown_evidence(r.get("evidence"), r.get("title"), r.get("text"), r.get("url"))
        evidence = ", ".join(nfc(e.get("term")) for e in shown)
        findings = "\n".join(
            nfc(render_finding(f, lang) if f.get("fact") else f.get("message"))
            for f in (r.get("findings") or [])
            if f.get("fact") or f.get("message")
        )
        out.append(
            {
                "title": nfc(r.get("title")),
                "source_name": nfc(r.get("source_name")),
                "published_at": localtime.fmt(r.get("published_at"), tz, named=True),
                "narrative": narrative_names.get(r.get("narrative") or "", nfc(r.get("narrative"))),
                "claim": claim,
                "evidence": evidence,
                "findings": findings,
                "approved_rebuttal": nfc(rebuttal),
                "reviewer_note": nfc(r.get("reviewer_note")),
                "teaching_note": nfc(r.get("teaching_note")),
                "url": nfc(r.get("url")),
            }
        )
    return out


def case_set_docx(name: str, description: str, records: list[dict], labels: dict[str, str]) -> bytes:
    """A Word handout: one section per case with its claim, evidence and the approved answer."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    doc.add_heading(nfc(name), level=0)
    if description:
        doc.add_paragraph(nfc(description))
    for i, rec in enumerate(records, start=1):
        rec = {k: nfc(v) for k, v in rec.items()}
        doc.add_heading(f"{i}. {rec['title']}", level=1)
        meta = doc.add_paragraph()
        meta.add_run(f"{labels['source_name']}: ").bold = True
        meta.add_run(rec["source_name"])
        meta.add_run(f"    {labels['published_at']}: ").bold = True
        meta.add_run(rec["published_at"])
        meta.add_run(f"    {labels['narrative']}: ").bold = True
        meta.add_run(rec["narrative"])
        for key in ("claim", "evidence", "findings", "approved_rebuttal", "reviewer_note", "teaching_note", "url"):
            if not rec.get(key):
                continue
            p = doc.add_paragraph()
            p.add_run(f"{nfc(labels[key])}: ").bold = True
            p.add_run(rec[key])
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def unicode_font() -> Path:
    """A TTF with every Vietnamese letter: matplotlib's bundled DejaVuSans, else the system's.

    (Liberation and the PDF core fonts drop letters like ữ and ẫ without an error.)
    """
    candidates = []
    try:
        import matplotlib

        candidates.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")
    except ImportError:
        pass
    candidates += [
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    ]
    for c in candidates:
        if c.exists():
            return c
    raise RuntimeError("PDF export needs the DejaVuSans font: pip install matplotlib (it bundles it)")


def _bold_font(regular: Path) -> Path:
    bold = regular.with_name("DejaVuSans-Bold.ttf")
    return bold if bold.exists() else regular


def case_set_pdf(name: str, description: str, records: list[dict], labels: dict[str, str]) -> bytes:
    """A PDF handout with the same content as the DOCX one."""
    from fpdf import FPDF

    font = unicode_font()
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_font("DejaVu", "", str(font))
    pdf.add_font("DejaVu", "B", str(_bold_font(font)))
    pdf.set_title(nfc(name))
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text: str, size: int = 10, bold: bool = False, gap: float = 1.5) -> None:
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.set_x(pdf.l_margin)
        # markdown=False: feed text is printed as is, never read as formatting
        # (DejaVu has no glyph for a tab)
        pdf.multi_cell(
            width, size * 0.5, nfc(text).replace("\t", "    "), markdown=False, new_x="LMARGIN", new_y="NEXT"
        )
        pdf.ln(gap)

    para(name, 16, bold=True, gap=3)
    if description:
        para(description, 10, gap=4)
    for i, rec in enumerate(records, start=1):
        para(f"{i}. {rec['title']}", 12, bold=True)
        para(
            f"{labels['source_name']}: {rec['source_name']}  ·  {labels['published_at']}: {rec['published_at']}"
            f"  ·  {labels['narrative']}: {rec['narrative']}",
            9,
        )
        for key in ("claim", "evidence", "findings", "approved_rebuttal", "reviewer_note", "teaching_note", "url"):
            if rec.get(key):
                para(labels[key], 9, bold=True, gap=0.5)
                para(rec[key], 10)
        pdf.ln(3)
    return bytes(pdf.output())
