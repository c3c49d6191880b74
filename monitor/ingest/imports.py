"""Social posts from exports: CSV, JSONL (with a column mapping) and Telegram Desktop's result.json.

A row that cannot be read is reported with its file and line and the reason; the good rows are
imported all the same. A file the reader cannot go on with (a line over the cap, a Telegram export
cut off) stops the import at that line, and every row before it is stored first. Only the channel
or page is kept (it becomes the source): author names, user ids and phone numbers in an export are
never read into an item.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from monitor.errors import DataFileError, MonitorError
from monitor.ingest.dedupe import ClusterIndex
from monitor.ingest.import_text import Limits, ReadStopped, capped_lines, open_text, shown_text
from monitor.ingest.json_stream import ARRAY_START, JSONStreamError, top_level_members
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
# Fields that may hold a JSON number: numeric ids and Unix times are common in exports. Text,
# titles, links and languages must be strings: 5 or NaN stored as the text "5" or "nan" is not a post.
NUMBERS_ALLOWED = ("id", "published")
PERSONAL = ("author", "user", "username", "from", "from_id", "name", "phone", "email", "sender")
MAX_ERRORS_SHOWN = 20
_SURROGATES = re.compile("[\ud800-\udfff]")


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
        return (
            f"{self.rows} rows from {self.source!r}: {self.new} new, {self.duplicate} duplicate, "
            f"{self.empty} without text, {len(self.errors)} errors"
        )

    def details(self) -> str:
        lines = [str(self)] + [f"  {e}" for e in self.errors[:MAX_ERRORS_SHOWN]]
        if len(self.errors) > MAX_ERRORS_SHOWN:
            lines.append(f"  … and {len(self.errors) - MAX_ERRORS_SHOWN} more")
        return "\n".join(lines)


class ImportOptionError(MonitorError):
    """An import asked for with an option that cannot be used (an empty source name)."""


class ImportStopped(DataFileError):
    """An import that stopped at a culprit after storing every row before it; ``report`` counts them."""

    def __init__(self, stop: ReadStopped, report: ImportReport):
        super().__init__(f"{stop}; the import stopped there, {_before(report)}")
        self.stop, self.report = stop, report


def _before(report: ImportReport) -> str:
    if not report.rows:
        return "nothing was read before it"
    counts = [f"{report.new} new item{'' if report.new == 1 else 's'} stored"]
    for n, what in (
        (report.duplicate, "duplicate"),
        (report.empty, "without text"),
        (len(report.errors), "with errors"),
    ):
        if n:
            counts.append(f"{n} {what}")
    return f"after {report.rows} rows: {', '.join(counts)}"


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


def check_mapping(mapping: dict[str, str] | None, shown: str) -> None:
    """An explicit mapping may only name our fields."""
    for key in mapping or {}:
        if key not in FIELDS:
            extra = " (author and user names are never imported)" if key in PERSONAL else ""
            raise DataFileError(f"{shown}: --map {key}=…: unknown field {key!r}; fields are {', '.join(FIELDS)}{extra}")


def find_columns(columns: list[str], mapping: dict[str, str] | None) -> dict[str, str]:
    """field → column among ``columns``: the mapped column when one is given, else the first guess
    present; fields with neither are left out."""
    mapping = mapping or {}
    lower = {c.strip().lower(): c for c in columns if c is not None}
    out: dict[str, str] = {}
    for key in FIELDS:
        if key in mapping:
            col = mapping[key]
            if col in columns or col.lower() in lower:
                out[key] = col if col in columns else lower[col.lower()]
            continue
        for guess in GUESSES[key]:
            if guess in lower:
                out[key] = lower[guess]
                break
    return out


def resolve_mapping(columns: list[str], mapping: dict[str, str] | None, shown: str) -> dict[str, str]:
    """field → column for this file; explicit mappings must name existing columns."""
    check_mapping(mapping, shown)
    out = find_columns(columns, mapping)
    for key, col in (mapping or {}).items():
        if key not in out:
            raise DataFileError(
                f"{shown}: column {shown_text(col)!r} (mapped to {key}) not found; columns are: {_columns(columns)}"
            )
    if "text" not in out and "title" not in out:
        raise DataFileError(
            f"{shown}: no text column found (columns are: {_columns(columns)}); say which with --map text=COLUMN"
        )
    return out


def _columns(columns: list[str]) -> str:
    """Column names for a message: escaped, each and all cut short (a header is file content)."""
    text = ", ".join(shown_text(str(c), 60) for c in columns[:30] if c)
    return text + (f" … ({len(columns)} in all)" if len(columns) > 30 else "")


def _entry_from_record(record: dict, cols: dict[str, str], shown: str, line: int) -> RawEntry | RowError:
    def get(key: str) -> str | None:
        col = cols.get(key)
        if col is None:
            return None
        value = record.get(col)
        if value is None or isinstance(value, str):
            return value
        if key in NUMBERS_ALLOWED and _finite_number(value):
            return str(value)
        expected = "text or a number" if key in NUMBERS_ALLOWED else "text"
        raise ValueError(f"column {shown_text(col, 60)!r} holds {_json_kind(value)}, expected {expected}")

    try:
        values = {key: get(key) for key in FIELDS}
    except ValueError as exc:
        return RowError(shown, line, str(exc))
    for name, value in values.items():
        if problem := _unicode_problem(value):
            return RowError(shown, line, f"{name} {problem}")
    text, title, published = values["text"], values["title"], values["published"]
    when = None
    if published and published.strip():
        when = parse_published(published)
        if when is None:
            return RowError(
                shown, line, f"cannot read the date {published.strip()[:40]!r} in column {cols['published']!r}"
            )
    return RawEntry(
        title=title,
        link=values["url"],
        guid=values["id"],
        summary=text,
        published=when,
        lang_hint=values["lang"],
        line=line,
    )


def _finite_number(value) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))


def _json_kind(value) -> str:
    """What a JSON value is, for a message: NaN and Infinity (which Python's json reads) by name."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, (int, float)):
        return "a number"
    return {dict: "an object", list: "a list"}.get(type(value), f"a {type(value).__name__}")


def _unicode_problem(value: str | None) -> str | None:
    """Why a value cannot be stored as text: undecodable bytes, or a lone surrogate (a JSON
    escape such as \\ud800 that no database accepts)."""
    if not value or not _SURROGATES.search(value):
        return None
    if any("\udc80" <= c <= "\udcff" for c in value):
        return "is not UTF-8 text"
    return "holds a lone surrogate (\\ud800-\\udfff), not text"


def parse_published(value: str) -> dt.datetime | None:
    """A publication date as imports read it (ISO, RFC 822, day-first dates, Unix seconds or
    milliseconds); None when it cannot be read."""
    value = value.strip()
    if value.isdigit() and len(value) in (10, 13):  # Unix seconds or milliseconds
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return dt.datetime.fromtimestamp(seconds, dt.UTC)
    # far-future dates are kept as written here; normalize clamps them against the import time
    return parse_date(value, dt.datetime(9000, 1, 1, tzinfo=dt.UTC))


# --- readers ---------------------------------------------------------------------------------


def read_csv(
    path: Path, mapping: dict[str, str] | None = None, limits: Limits = Limits()
) -> Iterator[RawEntry | RowError]:
    shown = path.name
    with open_text(path, limits) as fh:
        lines: Iterator[str] = capped_lines(fh, shown, limits)
        first: list[str] = []
        try:
            for line in lines:  # a sample for the dialect sniffer
                first.append(line)
                if sum(map(len, first)) >= 8192:
                    break
        except ReadStopped as stop:  # the rows before the culprit are still read, then the stop
            lines = _raising(stop)
        sample = "".join(first)[:8192]
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample else csv.excel
        except csv.Error:
            dialect = csv.excel
        csv.field_size_limit(limits.max_line_chars)
        reader = csv.reader(itertools.chain(first, lines), dialect)
        yield from _csv_rows(reader, shown, mapping, limits)


def _refuse_duplicate_names(header: list[str], shown: str) -> None:
    """Two columns of one name: a row keeps only one of them, so which text is meant is unknown."""
    first: dict[str, int] = {}
    for number, name in enumerate(header, start=1):
        if not name:  # unnamed columns (a trailing delimiter) are never read
            continue
        if (seen := first.setdefault(name.lower(), number)) != number:
            a, b = shown_text(header[seen - 1], 60), shown_text(name, 60)
            named = f"both named {a!r}" if a == b else f"named {a!r} and {b!r}, one name when case is ignored"
            raise DataFileError(f"{shown} line 1: columns {seen} and {number} are {named}; rename one")


def _raising(exc: Exception) -> Iterator[str]:
    raise exc
    yield  # a generator: raises when read, not when made


def _csv_rows(reader, shown: str, mapping: dict[str, str] | None, limits: Limits) -> Iterator[RawEntry | RowError]:
    try:
        header = next(reader)
    except StopIteration:
        raise DataFileError(f"{shown}: the file is empty") from None
    except csv.Error as exc:
        raise DataFileError(f"{shown} line 1: cannot read the header ({_csv_problem(exc, limits)})") from None
    header = [h.strip() for h in header]
    _refuse_duplicate_names(header, shown)
    cols = resolve_mapping(header, mapping, shown)
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RowError(shown, start, f"cannot read the row ({_csv_problem(exc, limits)})")
            start = reader.line_num + 1
            continue
        line, start = start, reader.line_num + 1
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(header):
            yield RowError(shown, line, f"expected {len(header)} columns, found {len(row)}")
            continue
        yield _entry_from_record(dict(zip(header, row, strict=True)), cols, shown, line)


def _csv_problem(exc: csv.Error, limits: Limits) -> str:
    if "field larger than field limit" in str(exc):
        return f"a field longer than {limits.max_line_chars:,} characters (import_max_line_chars)"
    return shown_text(str(exc), 200)


def _json_problem(exc: Exception) -> str:
    """One line for why json.loads refused a text (syntax, nesting, a number too long)."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at column {exc.colno}"
    return shown_text(str(exc), 120)


def read_jsonl(
    path: Path, mapping: dict[str, str] | None = None, limits: Limits = Limits()
) -> Iterator[RawEntry | RowError]:
    shown = path.name
    check_mapping(mapping, shown)
    cols: dict[str, str] | None = None
    first: tuple[int, list[str]] | None = None  # line and columns of the first record, for a message
    with open_text(path, limits) as fh:
        for number, raw in enumerate(capped_lines(fh, shown, limits), start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
                yield RowError(shown, number, f"not valid JSON ({_json_problem(exc)})")
                continue
            if not isinstance(record, dict):
                yield RowError(shown, number, f"expected a JSON object, found {type(record).__name__}")
                continue
            first = first or (number, list(record))
            # Each record has its own keys (a url or date only some records carry): its columns
            # are found in it; the first record with a text column checks an explicit --map once.
            found = find_columns(list(record), mapping)
            if "text" not in found and "title" not in found:
                yield RowError(shown, number, _no_text_column(record, mapping))
                continue
            if cols is None:
                cols = resolve_mapping(list(record), mapping, shown)  # nothing is stored yet: may refuse
            yield _entry_from_record(record, found, shown, number)
    if cols is None and first is not None:
        if mapped := (mapping or {}).get("text"):
            raise DataFileError(f"{shown}: no record has the column {shown_text(mapped)!r} (mapped to text)")
        raise DataFileError(
            f"{shown}: no record has a text column (columns of line {first[0]} are: {_columns(first[1])}); "
            f"say which with --map text=COLUMN"
        )


def _no_text_column(record: dict, mapping: dict[str, str] | None) -> str:
    if mapped := (mapping or {}).get("text"):
        return f"no column {shown_text(mapped)!r} (mapped to text); columns are: {_columns(list(record))}"
    return f"no text column (columns are: {_columns(list(record))})"


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


def read_telegram(
    path: Path, mapping: dict[str, str] | None = None, limits: Limits = Limits()
) -> Iterator[RawEntry | RowError]:
    """Telegram Desktop's JSON export of one channel (result.json), read message by message."""
    shown = path.name
    with open_text(path, limits) as fh:
        try:
            yield from _telegram_messages(top_level_members(fh, "messages", limits.max_line_chars), shown)
        except JSONStreamError as exc:
            raise ReadStopped(shown, exc.line, f"not valid JSON ({exc})") from None
        except OSError as exc:  # only the reading raises it: nothing here writes
            raise ReadStopped(shown, None, f"cannot read ({exc.strerror})") from None


def _telegram_messages(members, shown: str) -> Iterator[RawEntry | RowError]:
    doc: dict = {}
    in_list, index = False, 0
    for key, value in members:
        if key == "messages" and value is ARRAY_START:
            doc["messages"], in_list = [], True  # the header members before the list are known now
        elif key == "messages" and in_list:
            index += 1
            yield from _telegram_message(doc, value, index, shown)
        else:
            in_list = False
            doc.setdefault(key, value)
    if "messages" not in doc and isinstance(doc.get("chats"), dict):
        raise DataFileError(f"{shown}: a full-account export; export one channel instead (Export chat history)")
    if not isinstance(doc.get("messages"), list):
        raise DataFileError(f"{shown}: not a Telegram channel export (no 'messages' list)")


def _telegram_message(doc: dict, msg, index: int, shown: str) -> Iterator[RawEntry | RowError]:
    """The entry of one message (nothing for service messages), or its error."""
    where = f"message #{index}"
    if not isinstance(msg, dict):
        yield RowError(shown, where, "not an object")
        return
    if msg.get("type", "message") != "message":
        return  # service messages: joins, pins, title changes
    mid = msg.get("id")
    where = f"message id {shown_text(str(mid), 40)}" if mid is not None else where
    try:
        text = telegram_text(msg.get("text"))
    except ValueError as exc:
        yield RowError(shown, where, str(exc))
        return
    if problem := _unicode_problem(text):
        yield RowError(shown, where, f"text {problem}")
        return
    when = None
    if msg.get("date_unixtime"):
        try:
            when = dt.datetime.fromtimestamp(int(msg["date_unixtime"]), dt.UTC)
        except (TypeError, ValueError, OverflowError, OSError):
            when = None
    if when is None and msg.get("date"):
        # Telegram writes the exporting computer's local time without a zone: Vietnam time.
        when = parse_date(str(msg["date"]), dt.datetime(9000, 1, 1, tzinfo=dt.UTC))
        if when is None:
            yield RowError(shown, where, f"cannot read the date {shown_text(str(msg['date']), 40)!r}")
            return
    channel, username = doc.get("id"), doc.get("username") or doc.get("link") or None
    url = f"https://t.me/{str(username).lstrip('@').rsplit('/', 1)[-1]}/{mid}" if username and mid is not None else None
    guid = f"tg:{channel}:{mid}" if mid is not None else None
    if problem := _unicode_problem(url) or _unicode_problem(guid):
        yield RowError(shown, where, f"id or channel name {problem}")
        return
    yield RawEntry(summary=text, link=url, guid=guid, published=when, line=index)


READERS = {"csv": read_csv, "jsonl": read_jsonl, "telegram": read_telegram}


def read_entries(path: Path, fmt: str | None = None, mapping: dict[str, str] | None = None, limits: Limits = Limits()):
    fmt = fmt or guess_format(path)
    if fmt not in READERS:
        raise DataFileError(f"{path.name}: unknown format {fmt!r}; use csv, jsonl or telegram")
    return READERS[fmt](path, mapping, limits)


# --- the whole import --------------------------------------------------------------------------


def import_file(
    store,
    path: str | Path,
    source_name: str,
    *,
    fmt: str | None = None,
    mapping: dict[str, str] | None = None,
    kind: str = "social",
    lang: str = "auto",
    progress: Progress | None = None,
    now: dt.datetime | None = None,
    batch: int = 500,
    limits: Limits = Limits(),
) -> ImportReport:
    """Import one export file into the source `source_name` (created if new); idempotent.
    The file is read as it is stored, within ``limits`` (file size, line length). A file that
    cannot be read to its end raises ImportStopped once every row before the culprit is stored."""
    if not source_name.strip():
        raise ImportOptionError("--source: the source name is empty; give the channel or page the posts come from")
    path = Path(path)
    now = now or utcnow()
    if not path.is_file():
        raise DataFileError(f"{path}: file not found")
    source = store.get_source(name=source_name)

    def new_source() -> Source:  # made at the first row to store: a refused file leaves no empty source
        sid = store.upsert_source(
            Source(name=source_name, url=f"import:{path.name}", kind=FeedKind(kind), lang=lang), origin="import"
        )
        store.postpone_source(sid, now + NOT_FETCHED_FOR)
        return store.get_source(source_id=sid)

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

    try:
        for record in read_entries(path, fmt, mapping, limits):
            report.rows += 1
            if isinstance(record, RowError):
                report.errors.append(record)
                continue
            source = source or new_source()
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
    except ReadStopped as stop:
        flush()  # the batch in progress holds rows read before the culprit: they are kept
        raise ImportStopped(stop, report) from None
    flush()
    if progress:
        progress(1.0, source_name)
    return report
