"""The review queue's rules, free of Streamlit: which items a decision applies to, what the page
showed of them (so a decision on an item someone else decided since is refused), which item
opens next, and how a decision is reported back to the officer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence

from monitor.i18n import t
from monitor.models import ReviewDecision
from monitor.storage.filters import ItemFilters
from monitor.storage.reviews import Decided, Seen

SELECT_KEY = "queue_sel_{}"
"""Session-state key of an item's tick box: keyed by the item id, never by its row position,
so a tick stays on its item however the list changes."""

FILTER_KEY = "queue_f_{}"
"""Session-state key of the queue's filter widget for an `ItemFilters` field: each widget is
named after the field it sets, so the page, saved views, exports and the API name a filter alike."""
FILTER_FIELDS = ("q", "q_exact", "statuses", "narratives", "sources", "kinds", "langs", "since", "until", "min_score")
DEFAULT_STATUSES = ("flagged",)  # the queue lists flagged items when no status is chosen

# decisions that change an item's status: the ones a whole story can take at once
STATUS_DECISIONS = (ReviewDecision.CONFIRM, ReviewDecision.DISMISS, ReviewDecision.RELABEL)

# keyboard shortcuts of the queue (Streamlit reserves C and R)
SHORTCUTS = {"previous": "K", "next": "J", "confirm": "Y", "dismiss": "X"}


def seen(row: Mapping) -> Seen:
    """What the page shows of an item (a queue row or the item detail)."""
    return Seen(row["status"], row["narrative"])


def ticked(drawn: Sequence[int], state: Mapping) -> list[int]:
    """The ids of the drawn rows whose tick box is on, in the order shown."""
    return [i for i in drawn if state.get(SELECT_KEY.format(i))]


def next_after(ids: Sequence[int], item_id: int, step: int = 1) -> int | None:
    """The item to open after ``item_id``: a decided item leaves the flagged list, so the one
    after it moves into its place (the one before it at the end of the page)."""
    if item_id not in ids:
        return ids[0] if ids else None
    pos = ids.index(item_id) + step
    if 0 <= pos < len(ids):
        return ids[pos]
    if step > 0 and len(ids) > 1:
        return ids[-2]
    return None


def neighbour(ids: Sequence[int], item_id: int, step: int) -> int:
    """The previous (step -1) or next (+1) item of the page, staying put at either end."""
    if item_id not in ids:
        return ids[0]
    return ids[min(max(ids.index(item_id) + step, 0), len(ids) - 1)]


def names_of(ids: Iterable[int], titles: Mapping[int, str], shown: int = 5, width: int = 40) -> str:
    """ "#12 Title…, #15 Other…" for a confirmation, the first ``shown`` of them and "+N"."""
    ids = list(ids)
    parts = []
    for i in ids[:shown]:
        title = " ".join((titles.get(i) or "").split())
        parts.append(f"#{i} {title[:width]}{'…' if len(title) > width else ''}".strip())
    if len(ids) > shown:
        parts.append(f"+{len(ids) - shown}")
    return ", ".join(parts)


def report(outcome: Decided, decision: ReviewDecision, titles: Mapping[int, str], lang: str) -> tuple[str, str]:
    """(kind, message) for the officer after `Store.decide`: success naming how many and which,
    or an error naming the items someone else changed (nothing was saved then)."""
    label = t(f"decision.{ReviewDecision(decision).value}", lang)
    if outcome.refused:
        states = ", ".join(f"#{i}: {t(f'status.{s.status}', lang)}" for i, s in outcome.refused.items())
        return "error", t("queue.refused", lang, decision=label, items=states)
    return "success", t(
        "queue.decided", lang, decision=label, n=len(outcome.applied), items=names_of(outcome.applied, titles)
    )


# --- filters ---------------------------------------------------------------------------------
def _day_start(day: dt.date, tz: dt.tzinfo) -> str:
    return dt.datetime.combine(day, dt.time.min, tz).isoformat()


def queue_filters(state: Mapping, tz: dt.tzinfo) -> ItemFilters:
    """The queue's filter widgets → the one `ItemFilters` its list, counts, exports and saved
    views use. Days are the officer's (``tz``); ``until`` is exclusive, so the last chosen day is
    included; no status chosen = flagged items."""
    value = {name: state.get(FILTER_KEY.format(name)) for name in FILTER_FIELDS}
    q = (value["q"] or "").strip() or None
    since, until = value["since"], value["until"]
    return ItemFilters(
        q=q,
        q_exact=bool(value["q_exact"] and q),
        statuses=list(value["statuses"] or DEFAULT_STATUSES),
        narratives=list(value["narratives"] or []),
        sources=list(value["sources"] or []),
        kinds=list(value["kinds"] or []),
        langs=list(value["langs"] or []),
        since=_day_start(since, tz) if since else None,
        until=_day_start(until + dt.timedelta(days=1), tz) if until else None,
        min_score=value["min_score"] or None,
    )


def filter_widgets(filters: Mapping, sources: Collection[str], tz: dt.tzinfo, now: dt.datetime | None = None) -> dict:
    """A saved view's filters → values for the queue's filter widgets (sources no longer known
    are dropped; a relative age like '7d' becomes the day it points at ``now``)."""
    f = ItemFilters.from_dict(dict(filters), strict=False)
    since, until = f.window(now)
    state = {
        "q": f.q or "",
        "q_exact": f.q_exact,
        "statuses": f.statuses or list(DEFAULT_STATUSES),
        "narratives": f.narratives,
        "sources": [s for s in f.sources if s in sources],
        "kinds": f.kinds,
        "langs": f.langs,
        "since": since.astimezone(tz).date() if since else None,
        "until": (until.astimezone(tz) - dt.timedelta(days=1)).date() if until else None,
        "min_score": f.min_score or 0.0,
    }
    return {FILTER_KEY.format(name): state[name] for name in FILTER_FIELDS}
