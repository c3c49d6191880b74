"""An alert's detail for a reader: written at display time from the alert's stored facts, in the
reader's language, with narrative names instead of keys and times in the office's time zone.

The detectors also store a `why` line of their own, in English; it is what alerts stored before
their facts were kept (migration 0011) still show, and what the audit trail and logs read.
"""

from __future__ import annotations

import datetime as dt

from monitor import localtime
from monitor.i18n import t
from monitor.outputs.alerts import Alert

__all__ = ["detail", "number"]


def number(x: float | int | None, lang: str) -> str:
    """`x` with at most one decimal, a decimal comma in Vietnamese: 1.25 → '1,2' / '1.2'."""
    if x is None:
        return "?"
    text = f"{float(x):.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "vi" else text


def _time(value, tz: dt.tzinfo, named: bool) -> str:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return localtime.fmt(value, tz, named=named) if value else "?"


def detail(
    alert: Alert | dict,
    lang: str = "vi",
    names: dict[str, str] | None = None,
    tz: dt.tzinfo | None = None,
    named: bool = False,
) -> str:
    """The alert's detail in `lang`; `names` maps narrative keys to the reader's names; times in
    zone `tz` (default the office's), followed by their UTC offset with `named` (for text read
    away from the dashboard, whose sidebar names the zone)."""
    a = alert if isinstance(alert, Alert) else Alert.from_row(alert)
    facts = a.facts
    if not isinstance(facts, dict) or a.kind not in _WRITERS:
        return a.why or ""
    tz = tz or localtime.zone()
    narrative = (names or {}).get(a.narrative or "", a.narrative or "")
    return _WRITERS[a.kind](a, facts, lang, narrative, tz, named)


def _span(window: str, lang: str) -> dict[str, str]:
    hour = window == "hour"
    return {
        "span": t("alert.last_hour" if hour else "alert.last_day", lang),
        "unit": t("alert.per_hour" if hour else "alert.per_day", lang),
    }


def _spike(a: Alert, facts: dict, lang: str, narrative: str, tz, named: bool) -> str:
    what = t("alert.cluster_of", lang, cluster=a.cluster_key, narrative=narrative) if a.cluster_key else narrative
    return t(
        "alert.spike",
        lang,
        count=a.count,
        what=what,
        baseline=number(a.baseline, lang),
        threshold=facts.get("threshold", "?"),
        **_span(a.window, lang),
    )


def _new_cluster(a: Alert, facts: dict, lang: str, narrative: str, tz, named: bool) -> str:
    return t("alert.new_cluster", lang, narrative=narrative, sources=facts.get("sources", "?"), count=a.count)


def _response_gap(a: Alert, facts: dict, lang: str, narrative: str, tz, named: bool) -> str:
    return t(
        "alert.response_gap",
        lang,
        narrative=narrative,
        since=_time(a.window_start, tz, named),
        count=a.count,
        gap=number(facts.get("gap_hours"), lang),
    )


def _view(a: Alert, facts: dict, lang: str, narrative: str, tz, named: bool) -> str:
    return t(
        "alert.view",
        lang,
        view=facts.get("view", a.cluster_key),
        owner=facts.get("owner", "?"),
        count=a.count,
        threshold=number(facts.get("threshold", a.baseline), lang),
        **_span(a.window, lang),
    )


def _emerging(a: Alert, facts: dict, lang: str, narrative: str, tz, named: bool) -> str:
    return t(
        "alert.emerging",
        lang,
        label=facts.get("label", a.cluster_key),
        count=a.count,
        sources=facts.get("sources", "?"),
        growth=number(facts.get("growth"), lang),
        size=facts.get("size", "?"),
        first_seen=_time(facts.get("first_seen"), tz, named),
    )


_WRITERS = {
    "spike": _spike,
    "new_cluster": _new_cluster,
    "response_gap": _response_gap,
    "view": _view,
    "emerging": _emerging,
}
