"""Social posts from exports: CSV, JSONL (with a column mapping) and Telegram Desktop's result.json.

A row that cannot be read is reported with its file and line and the reason; the good rows are
imported all the same. Only the channel or page is kept (it becomes the source): author names,
user ids and phone numbers in an export are never read into an item.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from monitor.errors import DataFileError
from monitor.ingest.dedupe import ClusterIndex
from monitor.ingest.normalize import normalize_entry, parse_date
from monitor.ingest.schedule import CLUSTER_WINDOW, NOT_FETCHED_FOR
from monitor.models import FeedKind, Item, RawEntry, Source, utcnow

Progress = Callable[[float, str], None]

FIELDS = ("text", "title", "url", "published", "id", "lang")
# Column names tried, in order, when no mapping is given for a field.
GUESSES: dict[str, tuple[str, ...]] = {
    "text": ("text", "message", "content", "body", "post", "post_text", "caption", "description"),
    "title": ("title", "headline", "subject"),
    "url": ("url", "link", "permalink", "post_url", "href"),
    "published": ("published", "published_at", "posted_at", "date", "created_at", "created_time", "timestamp", "time"),
    "id": ("id", "post_id", "guid", "message_id"),
    "lang": ("lang", "language"),
}
PERSONAL = ("author", "user", "username", "from", "from_id", "name", "phone", "email", "sender")
MAX_ERRORS_SHOWN = 20


@dataclass
class RowError:
    file: str
    line: int | str
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}" if isinstance(self.line, int) else self.line
        return f"{self.file} {where}: {self.reason}"


@dataclass
class ImportReport:
    source: str
    rows: int = 0
    new: int = 0
    duplicate: int = 0
    empty: int = 0
    errors: list[RowError] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"{self.rows} rows from {self.source!r}: {self.new} new, {self.duplicate} duplicate, "
                f"{self.empty} without text, {len(self.errors)} errors")

    def details(self) -> str:
        lines = [str(self)] + [f"  {e}" for e in self.errors[:MAX_ERRORS_SHOWN]]
        if len(self.errors) > MAX_ERRORS_SHOWN:
            lines.append(f"  … and {len(self.errors) - MAX_ERRORS_SHOWN} more")
        return "\n".join(lines)


# --- format detection and mapping ------------------------------------------------------------

def guess_format(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".csv") or name.endswith(".tsv"):
        return "csv"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".json"):
        return "telegram"
    raise DataFileError(f"{path.name}: cannot tell the format from the name; pass --format csv|jsonl|telegram")


def resolve_mapping(columns: list[str], mapping: dict[str, str] | None, shown: str) -> dict[str, str]:
    """field → column for this file; explicit mappings must name existing columns."""
    mapping = dict(mapping or {})
    for key in mapping:
        if key not in FIELDS:
            extra = " (author and user names are never imported)" if key in PERSONAL else ""
            raise DataFileError(f"{shown}: --map {key}=…: unknown field {key!r}; fields are {', '.join(FIELDS)}{extra}")
    lower = {c.strip().lower(): c for c in columns if c is not None}
    out: dict[str, str] = {}
    for key in FIELDS:
        if key in mapping:
            col = mapping[key]
            if col not in columns and col.lower() not in lower:
                raise DataFileError(f"{shown}: column {col!r} (mapped to {key}) not found; columns are: {', '.join(columns)}")
            out[key] = col if col in columns else lower[col.lower()]
            continue
        for guess in GUESSES[key]:
            if guess in lower:
                out[key] = lower[guess]
                break
    if "text" not in out and "title" not in out:
        raise DataFileError(
            f"{shown}: no text column found (columns are: {', '.join(c for c in columns if c)}); "
            f"say which with --map text=COLUMN")
    return out


def _entry_from_record(record: dict, cols: dict[str, str], shown: str, line: int) -> RawEntry | RowError:
    def get(key: str) -> str | None:
        col = cols.get(key)
        if col is None:
            return None
        value = record.get(col)
        if value is None:
            return None
        if isinstance(value, (dict, list)):
            raise ValueError(f"column {col!r} holds a {type(value).__name__}, expected text")
        return str(value)

    try:
        text, title = get("text"), get("title")
        published = get("published")
    except ValueError as exc:
        return RowError(shown, line, str(exc))
    for name, value in (("text", text), ("title", title)):
        if value and any("\udc80" <= c <= "\udcff" for c in value):
            return RowError(shown, line, f"{name} is not UTF-8 text")
    when = None
    if published and published.strip():
        when = _parse_published(published)
        if when is None:
            return RowError(shown, line, f"cannot read the date {published.strip()[:40]!r} in column {cols['published']!r}")
    return RawEntry(title=title, link=get("url"), guid=get("id"), summary=text, published=when,
                    lang_hint=get("lang"), line=line)


def _parse_published(value: str) -> dt.datetime | None:
    value = value.strip()
    if value.isdigit() and len(value) in (10, 13):  # Unix seconds or milliseconds
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return dt.datetime.fromtimestamp(seconds, dt.UTC)
    # far-future dates are kept as written here; normalize clamps them against the import time
    return parse_date(value, dt.datetime(9000, 1, 1, tzinfo=dt.UTC))


# --- readers ---------------------------------------------------------------------------------

def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataFileError(f"{path}: file not found") from None
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read ({exc.strerror})") from None
    # Undecodable bytes become surrogates, so only the rows holding them are reported.
    return data.decode("utf-8-sig", errors="surrogateescape")


def read_csv(path: Path, mapping: dict[str, str] | None = None) -> Iterator[RawEntry | RowError]:
    shown = path.name
    text = _decode(path)
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample else csv.excel
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(min(sys.maxsize, 50_000_000))
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise DataFileError(f"{shown}: the file is empty") from None
    except csv.Error as exc:
        raise DataFileError(f"{shown} line 1: cannot read the header ({exc})") from None
    header = [h.strip() for h in header]
    cols = resolve_mapping(header, mapping, shown)
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RowError(shown, start, f"cannot read the row ({exc})")
            start = reader.line_num + 1
            continue
        line, start = start, reader.line_num + 1
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(header):
            yield RowError(shown, line, f"expected {len(header)} columns, found {len(row)}")
            continue
        yield _entry_from_record(dict(zip(header, row, strict=True)), cols, shown, line)


def read_jsonl(path: Path, mapping: dict[str, str] | None = None) -> Iterator[RawEntry | RowError]:
    shown = path.name
    cols: dict[str, str] | None = None
    for number, raw in enumerate(_decode(path).splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield RowError(shown, number, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield RowError(shown, number, f"expected a JSON object, found {type(record).__name__}")
            continue
        if cols is None:  # the first good record decides the mapping
            cols = resolve_mapping(list(record.keys()), mapping, shown)
        yield _entry_from_record(record, cols, shown, number)


def telegram_text(value) -> str:
    """`text` of a Telegram export message: a string, or a list of strings and entities."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for part in value:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict):
                parts.append(str(part.get("text", "")))
        return "".join(parts)
    if isinstance(value, dict):
        return str(value.get("text", ""))
    raise ValueError(f"text is a {type(value).__name__}")


def read_telegram(path: Path, mapping: dict[str, str] | None = None) -> Iterator[RawEntry | RowError]:
    """Telegram Desktop's JSON export of one channel (result.json)."""
    shown = path.name
    try:
        doc = json.loads(_decode(path))
    except json.JSONDecodeError as exc:
        raise DataFileError(f"{shown} line {exc.lineno}: not valid JSON ({exc.msg})") from None
    if isinstance(doc, dict) and "messages" not in doc and isinstance(doc.get("chats"), dict):
        raise DataFileError(f"{shown}: a full-account export; export one channel instead (Export chat history)")
    if not isinstance(doc, dict) or not isinstance(doc.get("messages"), list):
        raise DataFileError(f"{shown}: not a Telegram channel export (no 'messages' list)")
    channel = doc.get("id")
    username = doc.get("username") or doc.get("link") or None
    for index, msg in enumerate(doc["messages"], start=1):
        where = f"message #{index}"
        if not isinstance(msg, dict):
            yield RowError(shown, where, "not an object")
            continue
        if msg.get("type", "message") != "message":
            continue  # service messages: joins, pins, title changes
        mid = msg.get("id")
        where = f"message id {mid}" if mid is not None else where
        try:
            text = telegram_text(msg.get("text"))
        except ValueError as exc:
            yield RowError(shown, where, str(exc))
            continue
        when = None
        if msg.get("date_unixtime"):
            try:
                when = dt.datetime.fromtimestamp(int(msg["date_unixtime"]), dt.UTC)
            except (TypeError, ValueError, OverflowError):
                when = None
        if when is None and msg.get("date"):
            # Telegram writes the exporting computer's local time without a zone: Vietnam time.
            when = parse_date(str(msg["date"]), dt.datetime(9000, 1, 1, tzinfo=dt.UTC))
            if when is None:
                yield RowError(shown, where, f"cannot read the date {msg['date']!r}")
                continue
        url = f"https://t.me/{str(username).lstrip('@').rsplit('/', 1)[-1]}/{mid}" if username and mid is not None else None
        guid = f"tg:{channel}:{mid}" if mid is not None else None
        yield RawEntry(summary=text, link=url, guid=guid, published=when, line=index)


READERS = {"csv": read_csv, "jsonl": read_jsonl, "telegram": read_telegram}


def read_entries(path: Path, fmt: str | None = None, mapping: dict[str, str] | None = None):
    fmt = fmt or guess_format(path)
    if fmt not in READERS:
        raise DataFileError(f"{path.name}: unknown format {fmt!r}; use csv, jsonl or telegram")
    return READERS[fmt](path, mapping)


# --- the whole import --------------------------------------------------------------------------

def import_file(
    store, path: str | Path, source_name: str, *, fmt: str | None = None, mapping: dict[str, str] | None = None,
    kind: str = "social", lang: str = "auto", progress: Progress | None = None, now: dt.datetime | None = None,
    batch: int = 500,
) -> ImportReport:
    """Import one export file into the source `source_name` (created if new); idempotent."""
    path = Path(path)
    now = now or utcnow()
    if not path.is_file():
        raise DataFileError(f"{path}: file not found")
    source = store.get_source(name=source_name)
    if source is None:
        sid = store.upsert_source(
            Source(name=source_name, url=f"import:{path.name}", kind=FeedKind(kind), lang=lang), origin="import")
        store.postpone_source(sid, now + NOT_FETCHED_FOR)
        source = store.get_source(source_id=sid)
    report = ImportReport(source=source_name)
    index = ClusterIndex.from_rows(store.recent_items_for_clustering(now - CLUSTER_WINDOW))
    size = max(path.stat().st_size, 1)
    pending: list[Item] = []
    seen: set[str] = set()

    def flush() -> None:
        if pending:
            new, dup = store.save_items(pending)
            report.new += new
            report.duplicate += dup
            pending.clear()

    for record in read_entries(path, fmt, mapping):
        report.rows += 1
        if isinstance(record, RowError):
            report.errors.append(record)
            continue
        item = normalize_entry(record, source, now)
        if item is None:
            report.empty += 1
            continue
        if item.dedupe_key in seen:
            report.duplicate += 1
            continue
        seen.add(item.dedupe_key)
        item.cluster_key = index.assign(item.content_hash, item.title, item.text)
        pending.append(item)
        if len(pending) >= batch:
            flush()
            if progress:
                progress(min(0.99, report.rows / max(size / 200, report.rows + 1)), source_name)
    flush()
    if progress:
        progress(1.0, source_name)
    return report
