"""Times for people: a stored (aware UTC) time shown in the office's time zone, the zone named.

The zone is the `time_zone` setting (default Asia/Ho_Chi_Minh); the dashboard, the case handouts
and the digest all format through here, so a time reads the same everywhere.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Asia/Ho_Chi_Minh"
STAMP = "%Y-%m-%d %H:%M"


def zone(name: str | None = None) -> ZoneInfo:
    """The IANA zone `name` (default the office's); ValueError with advice for an unknown name."""
    name = (name or DEFAULT_ZONE).strip()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (an IANA name like Asia/Ho_Chi_Minh)") from None


def as_local(value: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """`value` in `tz`; a naive time is taken as UTC (as storage keeps it)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(tz)


def offset(tz: dt.tzinfo, at: dt.datetime | None = None) -> str:
    """'UTC+07:00' (the offset in force at `at`, default now)."""
    delta = as_local(at or dt.datetime.now(dt.UTC), tz).utcoffset() or dt.timedelta(0)
    sign = "-" if delta < dt.timedelta(0) else "+"
    minutes = abs(int(delta.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_name(tz: dt.tzinfo) -> str:
    """'Asia/Ho_Chi_Minh': the zone's IANA name (or what the tzinfo calls itself)."""
    return getattr(tz, "key", None) or str(tz)


def zone_label(tz: dt.tzinfo, at: dt.datetime | None = None) -> str:
    """'Asia/Ho_Chi_Minh (UTC+07:00)': the zone named, for captions and handout headers."""
    return f"{zone_name(tz)} ({offset(tz, at)})"


def fmt(value: dt.datetime | str | None, tz: dt.tzinfo, pattern: str = STAMP, named: bool = False) -> str:
    """`value` in `tz` as `pattern`; with named=True the UTC offset follows ('… UTC+07:00')."""
    if value is None:
        return ""
    if not isinstance(value, dt.datetime):  # already text (e.g. a row read back from a file)
        return str(value)
    local = as_local(value, tz)
    text = local.strftime(pattern)
    return f"{text} {offset(tz, local)}" if named else text
