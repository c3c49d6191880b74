"""Item filters shared by the review queue, the API, exports and saved views, and API cursors.

Filters (`ItemFilters`, also the JSON stored in `saved_views.filters`):
``narratives, sources (names), kinds, langs, since, until, min_score, statuses, q``.
``since``/``until`` are ISO dates/times (UTC when no zone) or relative ages like ``7d`` / ``24h``,
resolved when used, so a saved view "last 7 days" stays current. No status filter means every status.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import json
import re
from typing import Any

import sqlalchemy as sa

from monitor.errors import MonitorError
from monitor.storage.core import utcnow
from monitor.storage.schema import items, sources
from monitor.storage.search import search_condition

MAX_INT = 2**31 - 1  # INTEGER columns on PostgreSQL


class FilterError(MonitorError):
    """A filter value (date, score, status, view filters) cannot be used."""


class CursorError(MonitorError):
    """A pagination cursor is not one this API handed out."""


# --- filters ---------------------------------------------------------------------------------
_AGE = re.compile(r"^\s*(\d{1,6})\s*([hdw])\s*$")
_AGE_UNIT = {"h": dt.timedelta(hours=1), "d": dt.timedelta(days=1), "w": dt.timedelta(weeks=1)}


# The dates filters, alerts, Emerging and the digest accept. Week and window arithmetic near
# year 1 or 9999 overflows Python's dates, and no item is from before 1900.
EARLIEST = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(9000, 1, 1, tzinfo=dt.UTC)
OUT_OF_RANGE = "is outside the supported range (1900-01-01 to 9000-01-01)"


def parse_moment(text: str) -> dt.datetime:
    """'2021-05-20' or '2021-05-20T14:00[+07:00]' → an aware UTC datetime within EARLIEST..LATEST
    (UTC when no zone is given). Raises FilterError naming the value."""
    try:
        moment = dt.datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
    except ValueError:
        raise FilterError(f"must be a time like 2021-05-20T14:00 (UTC) (got {text!r})") from None
    return _in_range(moment, text)


def _in_range(moment: dt.datetime, value: Any) -> dt.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    try:
        moment = moment.astimezone(dt.UTC)
    except OverflowError:
        raise FilterError(f"{value!r} {OUT_OF_RANGE}") from None
    if not EARLIEST <= moment <= LATEST:
        raise FilterError(f"{value!r} {OUT_OF_RANGE}")
    return moment


def parse_when(value: str | dt.datetime | dt.date | None, now: dt.datetime | None = None) -> dt.datetime | None:
    """'2021-05-01', '2021-05-01T08:00+07:00' or an age like '7d' / '24h' → an aware UTC datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    else:
        m = _AGE.match(str(value))
        if m:  # an age: it must land in the supported range too (999999w is before year 1)
            try:
                return _in_range((now or utcnow()) - int(m.group(1)) * _AGE_UNIT[m.group(2)], value)
            except (OverflowError, FilterError):
                raise FilterError(f"date {value!r} {OUT_OF_RANGE}") from None
        try:
            moment = dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
        except ValueError:
            raise FilterError(f"date {value!r}: use YYYY-MM-DD, an ISO time, or an age like 7d or 24h") from None
    try:
        return _in_range(moment, value)
    except FilterError as exc:
        raise FilterError(f"date {exc}") from None


def _clean_list(values: Any, what: str) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    out = []
    for v in values:
        v = str(v).strip()
        if "\x00" in v:  # PostgreSQL refuses NUL in text; no real value contains one
            raise FilterError(f"{what}: contains a NUL character")
        if v:
            out.append(v)
    return out


@dataclasses.dataclass
class ItemFilters:
    """Which items a list, an export or a saved view covers (empty = no restriction)."""

    narratives: list[str] = dataclasses.field(default_factory=list)
    sources: list[str] = dataclasses.field(default_factory=list)  # source names
    kinds: list[str] = dataclasses.field(default_factory=list)
    langs: list[str] = dataclasses.field(default_factory=list)
    since: str | None = None
    until: str | None = None
    min_score: float | None = None
    statuses: list[str] = dataclasses.field(default_factory=list)
    q: str | None = None
    q_exact: bool = False  # the search's accents count ("phạt" does not find "phát")

    def __post_init__(self) -> None:
        for name in ("narratives", "sources", "kinds", "langs", "statuses"):
            setattr(self, name, _clean_list(getattr(self, name), name))
        for name in ("since", "until"):
            value = getattr(self, name)
            if isinstance(value, dt.date):
                value = value.isoformat()
            if value is not None:
                value = str(value)
                try:
                    parse_when(value)  # validate now; resolve relative ages when used
                except FilterError as exc:  # say which of the two it was
                    raise FilterError(f"{name}: {exc}") from None
            setattr(self, name, value or None)
        if self.min_score is not None:
            try:
                self.min_score = float(self.min_score)
            except (TypeError, ValueError):
                raise FilterError(f"min_score {self.min_score!r}: must be a number from 0 to 1") from None
            if not 0.0 <= self.min_score <= 1.0:
                raise FilterError(f"min_score {self.min_score!r}: must be a number from 0 to 1")
        if self.q is not None:
            self.q = _clean_list([self.q], "q")[0] if self.q.strip() else None

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None, strict: bool = True) -> ItemFilters:
        """From stored JSON. Unknown keys are an error when strict (a view may carry page extras)."""
        data = dict(data or {})
        names = {f.name for f in dataclasses.fields(cls)}
        aliases = {
            "narrative": "narratives",
            "source": "sources",
            "kind": "kinds",
            "lang": "langs",
            "status": "statuses",
            "search": "q",
        }
        clean: dict[str, Any] = {}
        for key, value in data.items():
            key = aliases.get(key, key)
            if key in names:
                clean[key] = value
            elif strict:
                raise FilterError(f"unknown filter {key!r} (known: {', '.join(sorted(names))})")
        return cls(**clean)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, without empty entries."""
        return {
            k: v
            for k, v in dataclasses.asdict(self).items()
            if v not in (None, [], "") and not (k == "q_exact" and not v)
        }

    def window(self, now: dt.datetime | None = None) -> tuple[dt.datetime | None, dt.datetime | None]:
        now = now or utcnow()
        out = []
        for name, value in (("since", self.since), ("until", self.until)):
            try:
                out.append(parse_when(value, now))
            except FilterError as exc:  # say which of the two it was
                raise FilterError(f"{name}: {exc}") from None
        return out[0], out[1]


def item_conditions(
    f: ItemFilters, now: dt.datetime | None = None, time_col: sa.ColumnElement | None = None, search_probe: bool = False
) -> list[sa.ColumnElement[bool]]:
    """WHERE conditions on `items` for an `ItemFilters`: the one place the queue, counts, the API,
    exports and saved views filter (sources by name, relative dates resolved at `now`)."""
    conds: list[sa.ColumnElement[bool]] = []
    if f.statuses:
        conds.append(items.c.status.in_(f.statuses))
    if f.narratives:
        conds.append(items.c.narrative.in_(f.narratives))
    if f.sources:
        conds.append(items.c.source_id.in_(sa.select(sources.c.id).where(sources.c.name.in_(f.sources))))
    if f.kinds:
        conds.append(items.c.kind.in_(f.kinds))
    if f.langs:
        conds.append(items.c.lang.in_(f.langs))
    start, end = f.window(now)
    col = items.c.published_at if time_col is None else time_col
    if start is not None:
        conds.append(col >= start)
    if end is not None:
        conds.append(col < end)
    if f.min_score is not None:
        conds.append(items.c.score >= f.min_score)
    if f.q:
        conds.append(search_condition(f.q, search_probe, exact=bool(f.q_exact)))
    return conds


# --- cursors ---------------------------------------------------------------------------------
def encode_cursor(published_at: dt.datetime | None, item_id: int) -> str:
    """Opaque to clients: base64 of the last row's (published_at, id)."""
    stamp = published_at.astimezone(dt.UTC).isoformat() if published_at else None
    raw = json.dumps([stamp, item_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.datetime | None, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        stamp, item_id = json.loads(raw)
        if not isinstance(item_id, int) or isinstance(item_id, bool) or not 0 <= item_id <= MAX_INT:
            raise ValueError
        moment = None if stamp is None else dt.datetime.fromisoformat(stamp).astimezone(dt.UTC)
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError, OverflowError):
        raise CursorError("cursor is not valid; start again without one") from None
    return moment, item_id


def after_cursor(moment: dt.datetime | None, item_id: int) -> sa.ColumnElement[bool]:
    """Rows after (moment, id) in the order published_at DESC NULLS LAST, id DESC."""
    pub, iid = items.c.published_at, items.c.id
    if moment is None:
        return sa.and_(pub.is_(None), iid < item_id)
    return sa.or_(pub < moment, sa.and_(pub == moment, iid < item_id), pub.is_(None))
