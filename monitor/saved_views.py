"""Saved views of the review queue: the queue's filter widgets ↔ the `ItemFilters` JSON stored
in `saved_views.filters` (the same filters the API, exports and view alerts use). Pure."""

from __future__ import annotations

import datetime as dt
from typing import Any

# Queue widget keys (session_state) and the ItemFilters field each maps to.
WIDGETS = {
    "queue_f_search": "q",
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
    state: dict[str, Any] = {"queue_f_search": "", "queue_f_status": ["flagged"], "queue_f_narr": [],
                             "queue_f_src": [], "queue_f_kind": [], "queue_f_lang": [], "queue_f_from": None,
                             "queue_f_to": None, "queue_f_min": 0.0}
    for name, value in filters.items():
        key = by_name.get(name)
        if key is None or value in (None, "", []):
            continue
        if name == "sources":
            value = [source_ids[s] for s in value if s in source_ids]
        elif name in ("since", "until"):
            from monitor.storage.filters import parse_when

            day = parse_when(value).date()
            value = day - dt.timedelta(days=1) if name == "until" else day
        elif name == "min_score":
            value = float(value)
        state[key] = value
    return state
