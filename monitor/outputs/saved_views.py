"""Saved views of the Trends page: its widgets ↔ the `ItemFilters` JSON stored in
`saved_views.filters` (the same filters the API, exports and view alerts use). Pure. The review
queue's widgets are named after the ItemFilters fields (`review_queue.queue_filters`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from monitor.storage.filters import parse_when

# --- Trends ----------------------------------------------------------------------------------
TRENDS_STATUSES = ["flagged", "confirmed"]  # what the Trends chart counts as distorted
_AGE_DAYS = {"d": 1, "w": 7}


def trends_to_filters(
    start: dt.date, end: dt.date, latest: dt.date, granularity: str, chosen: list[str], all_keys: list[str]
) -> dict[str, Any]:
    """Trends widgets → view JSON. A range that reaches the latest data day is saved as an age
    ("the last 30 days"), so the view keeps moving; any other range is saved as fixed dates.
    All narratives chosen = no narrative filter (new narratives show up too)."""
    out: dict[str, Any] = {"statuses": list(TRENDS_STATUSES), "display": {"granularity": granularity}}
    if chosen and set(chosen) != set(all_keys):
        out["narratives"] = list(chosen)
    if end >= latest:
        out["since"] = f"{(end - start).days + 1}d"
    else:
        out["since"] = start.isoformat()
        out["until"] = (end + dt.timedelta(days=1)).isoformat()
    return out


def filters_to_trends(filters: dict[str, Any], first: dt.date, latest: dt.date, all_keys: list[str]) -> dict[str, Any]:
    """View JSON → Trends widget values. An age counts back from the latest data day (today on a
    live system); dates are clamped to the data's range; unknown narratives are dropped."""
    start, end = max(first, latest - dt.timedelta(days=59)), latest
    since, until = filters.get("since"), filters.get("until")
    age = re.fullmatch(r"\s*(\d{1,6})\s*([hdw])\s*", str(since or ""))
    if age:
        n, unit = int(age.group(1)), age.group(2)
        days = -(-n // 24) if unit == "h" else n * _AGE_DAYS[unit]
        start = latest - dt.timedelta(days=max(days, 1) - 1)
    elif since:
        start = parse_when(since).date()
    if until and not age:
        end = parse_when(until).date() - dt.timedelta(days=1)
    start, end = min(max(start, first), latest), min(max(end, first), latest)
    if start > end:
        start = end
    wanted = [k for k in filters.get("narratives") or [] if k in all_keys]
    granularity = (filters.get("display") or {}).get("granularity")
    return {
        "trends_range": (start, end),
        "trends_gran": granularity if granularity in ("day", "week") else "day",
        "trends_narr": wanted or list(all_keys),
    }
