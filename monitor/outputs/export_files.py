"""Export files: rows written to CSV, XLSX or JSONL, formula-safe, appearing only when complete.
Shared by the one-process export (bulk_export) and the split one (parallel_export).

Spreadsheet cells that a spreadsheet program would run as a formula (text starting with = + - @,
tab or CR, and their full-width forms) get a leading apostrophe in CSV and XLSX. JSONL is data for
programs and keeps values as they are. Times are UTC (ISO 8601 in CSV/JSONL, Excel dates in XLSX).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from monitor.errors import MonitorError
from monitor.storage import schema

FORMATS = ("csv", "xlsx", "jsonl")
XLSX_MAX_ROWS = 1_048_575  # Excel's 1,048,576 rows per sheet, less the header row
XLSX_MAX_CELL = 32_767
BOM = "\ufeff".encode()
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_FORMULA_CHARS = frozenset(_FORMULA_START)

COLUMNS: dict[str, tuple[str, ...]] = {
    "items": (
        "id",
        "published_at",
        "fetched_at",
        "source_name",
        "kind",
        "lang",
        "title",
        "url",
        "text",
        "narrative",
        "score",
        "status",
        "model_version",
        "matched_message_key",
        "match_score",
        "evidence",
        "findings",
        "cluster_key",
        "review_count",
        "last_decision",
        "last_reviewer",
        "last_reviewed_at",
        "last_note",
        "case_sets",
    ),
    "reviews": (
        "id",
        "created_at",
        "username",
        "decision",
        "decided_narrative",
        "note",
        "item_id",
        "title",
        "url",
        "source_name",
        "published_at",
        "current_narrative",
        "item_status",
    ),
    "cases": (
        "id",
        "case_set",
        "item_id",
        "title",
        "url",
        "source_name",
        "published_at",
        "narrative",
        "teaching_note",
        "added_by",
        "added_at",
    ),
    "alerts": tuple(c.name for c in schema.alerts.columns),
}

Progress = Callable[[int, int | None], None]  # (rows written so far, total rows or None)


class ExportError(MonitorError):
    """An export cannot be made as asked (format, destination, filters)."""


@dataclass
class ExportResult:
    rows: int
    bytes: int
    path: Path
    sheets: int = 1


# --- cells -----------------------------------------------------------------------------------
_PLAIN = (int, float, bool, type(None))


def safe_text(value: Any) -> Any:
    """A cell value a spreadsheet shows as text, never runs: formula-looking text gets an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_START) else value
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, dict | list):
        return safe_text(json.dumps(value, ensure_ascii=False))
    return safe_text(str(value))


def csv_safe_rows(rows: Iterable[Sequence[Any]]) -> Iterator[Sequence[Any]]:
    """Rows as they are, except those holding a formula-looking or non-plain cell, which are
    rewritten through `safe_text`. The hot loop of a million-row export: no call per cell."""
    starts = _FORMULA_CHARS
    for r in rows:
        for v in r:
            cls = v.__class__
            if cls is str:
                if v and v[0] in starts:
                    break
            elif cls not in _PLAIN:
                break
        else:
            yield r
            continue
        yield ["" if v is None else safe_text(v) for v in r]


def _xlsx_cell(value: Any, is_time: bool, illegal: Callable[[str, str], str]) -> Any:
    cls = value.__class__
    if cls is str:
        if is_time and value:
            try:  # Excel has no time zones: a naive UTC datetime shows as a real date
                return dt.datetime.fromisoformat(value).astimezone(dt.UTC).replace(tzinfo=None)
            except ValueError:
                pass
        if value and value[0] in _FORMULA_CHARS:
            value = "'" + value
        return illegal("", value)[:XLSX_MAX_CELL]
    if value is None or cls in (int, float, bool):
        return value
    if cls is dt.datetime:
        return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value
    return _xlsx_cell(str(safe_text(value)), False, illegal)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


# --- writers: each takes batches of (column names, rows) -------------------------------------
Batches = Iterable[tuple[Sequence[str], Sequence[Sequence[Any]]]]


def csv_header(columns: Sequence[str]) -> bytes:
    # A BOM makes spreadsheet programs read Vietnamese as UTF-8. It is written by hand: the
    # utf-8-sig codec runs Python code on every write, and each batch is encoded once.
    head = io.StringIO()
    csv.writer(head).writerow(columns)
    return BOM + head.getvalue().encode("utf-8")


def _write_csv(
    batches: Batches, columns: Sequence[str], path: Path, tick: Callable[[int], None], header: bool = True
) -> int:
    with open(path, "wb") as fh:
        if header:  # the parts written by parallel workers have none: the parent writes it once
            fh.write(csv_header(columns))
        for _cols, rows in batches:
            buf = io.StringIO()
            csv.writer(buf).writerows(csv_safe_rows(rows))
            fh.write(buf.getvalue().encode("utf-8", "replace"))
            tick(len(rows))
    return 1


def _write_jsonl(
    batches: Batches, columns: Sequence[str], path: Path, tick: Callable[[int], None], header: bool = True
) -> int:  # `header` only mirrors _write_csv: JSONL has none
    dumps = json.JSONEncoder(ensure_ascii=False, default=_json_default).encode
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for cols, rows in batches:
            fh.write("".join(dumps(dict(zip(cols, r, strict=True))) + "\n" for r in rows))
            tick(len(rows))
    return 1


def sheet_title(base: str, index: int) -> str:
    """'items', 'items (2)', ... within Excel's 31 characters and allowed letters."""
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in base)[:24] or "export"
    return clean if index == 1 else f"{clean} ({index})"


def _write_xlsx(
    batches: Batches,
    columns: Sequence[str],
    path: Path,
    tick: Callable[[int], None],
    sheet_rows: int = XLSX_MAX_ROWS,
    title: str = "export",
) -> int:
    """Write-only workbook (rows go straight to disk); a new sheet every `sheet_rows` rows."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    illegal = ILLEGAL_CHARACTERS_RE.sub  # control characters openpyxl refuses to write
    if sheet_rows < 1:
        raise ExportError("sheet_rows must be at least 1")
    is_time = [c.endswith("_at") for c in columns]
    wb = Workbook(write_only=True)
    sheets, in_sheet, ws = 0, sheet_rows, None
    for _cols, rows in batches:
        for r in rows:
            if in_sheet >= sheet_rows:
                sheets += 1
                ws = wb.create_sheet(sheet_title(title, sheets))
                ws.append(list(columns))
                in_sheet = 0
            ws.append([_xlsx_cell(v, t, illegal) for v, t in zip(r, is_time, strict=True)])
            in_sheet += 1
        tick(len(rows))
    if ws is None:  # no rows: still a valid workbook with the header
        sheets = 1
        wb.create_sheet(sheet_title(title, 1)).append(list(columns))
    wb.save(path)
    return sheets


def _checked(batches: Batches, columns: Sequence[str]) -> Batches:
    for cols, rows in batches:
        if tuple(cols) != tuple(columns):  # a writer pairs cells with the header by position
            raise AssertionError(f"export columns changed: {list(cols)} != {list(columns)}")
        yield cols, rows


def write_rows(
    batches: Batches,
    columns: Sequence[str],
    fmt: str,
    out: str | Path,
    progress: Progress | None = None,
    total: int | None = None,
    sheet_rows: int = XLSX_MAX_ROWS,
    title: str = "export",
) -> ExportResult:
    """Write batches of (columns, rows) to `out` in a format. The file appears only when complete
    (written to `out.part`, then renamed), so a reader never picks up half an export."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    out = Path(out)
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give a file name")
    if not out.parent.exists():
        raise ExportError(f"folder {out.parent} does not exist")
    part = out.with_name(out.name + ".part")
    done = [0]

    def tick(n: int) -> None:
        done[0] += n
        if progress is not None:
            progress(done[0], total)

    batches = _checked(batches, columns)
    try:
        if fmt == "csv":
            sheets = _write_csv(batches, columns, part, tick)
        elif fmt == "jsonl":
            sheets = _write_jsonl(batches, columns, part, tick)
        else:
            sheets = _write_xlsx(batches, columns, part, tick, sheet_rows=sheet_rows, title=title)
        os.replace(part, out)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return ExportResult(rows=done[0], bytes=out.stat().st_size, path=out, sheets=sheets)
