"""Saved views of the review queue and Trends: each page's filter widgets ↔ the `ItemFilters`
JSON stored in `saved_views.filters` (the same filters the API, exports and view alerts use). Pure."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from monitor.storage.filters import parse_when

# Queue widget keys (session_state) and the ItemFilters field each maps to.
WIDGETS = {
    "queue_f_search": "q",
    "queue_f_exact": "q_exact",
    "queue_f_status": "statuses",
    "queue_f_narr": "narratives",
    "queue_f_src": "sources",
    "queue_f_kind": "kinds",
    "queue_f_lang": "langs",
    "queue_f_from": "since",
    "queue_f_to": "until",
    "queue_f_min": "min_score",
}


def widgets_to_filters(state: dict[str, Any], source_names: dict[int, str]) -> dict[str, Any]:
    """The queue's widget values → ItemFilters JSON (sources by name, dates as ISO days; `until`
    is exclusive, so the last chosen day is included)."""
    out: dict[str, Any] = {}
    for key, name in WIDGETS.items():
        value = state.get(key)
        if value in (None, "", [], 0, 0.0):
            continue
        if name == "sources":
            value = [source_names[i] for i in value if i in source_names]
        elif name == "since":
            value = value.isoformat()
        elif name == "until":
            value = (value + dt.timedelta(days=1)).isoformat()
        elif name == "q":
            value = value.strip()
        elif isinstance(value, tuple):
            value = list(value)
        if value not in ("", []):
            out[name] = value
    out.setdefault("statuses", ["flagged"])  # the queue shows flagged items when no status is chosen
    return out


def filters_to_widgets(filters: dict[str, Any], source_ids: dict[str, int]) -> dict[str, Any]:
    """ItemFilters JSON → values for the queue's widgets (unknown sources are dropped; relative
    ages like '7d' become the day they point at today)."""
    by_name = {v: k for k, v in WIDGETS.items()}
    state: dict[str, Any] = {"queue_f_search": "", "queue_f_exact": False, "queue_f_status": ["flagged"], "queue_f_narr": [],
                             "queue_f_src": [], "queue_f_kind": [], "queue_f_lang": [], "queue_f_from": None,
                             "queue_f_to": None, "queue_f_min": 0.0}
    for name, value in filters.items():
        key = by_name.get(name)
        if key is None or value in (None, "", []):
            continue
        if name == "sources":
            value = [source_ids[s] for s in value if s in source_ids]
        elif name in ("since", "until"):
            day = parse_when(value).date()
            value = day - dt.timedelta(days=1) if name == "until" else day
        elif name == "min_score":
            value = float(value)
        state[key] = value
    return state


# --- Trends ----------------------------------------------------------------------------------
TRENDS_STATUSES = ["flagged", "confirmed"]  # what the Trends chart counts as distorted
_AGE_DAYS = {"d": 1, "w": 7}


def trends_to_filters(start: dt.date, end: dt.date, latest: dt.date, granularity: str,
                      chosen: list[str], all_keys: list[str]) -> dict[str, Any]:
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


def filters_to_trends(filters: dict[str, Any], first: dt.date, latest: dt.date,
                      all_keys: list[str]) -> dict[str, Any]:
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
