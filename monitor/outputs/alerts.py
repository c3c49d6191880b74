"""Early warning: spikes in a narrative's volume, new multi-source clusters, unanswered narratives.

The detection is pure (counts and `now` in, decisions out); `check_alerts` reads the counts
through storage verbs, applies the decisions and returns the alerts it opened. The collector calls
`monitor.outputs.notify.after_collect` after every collection (detect, then notify).

Rules (the README's "Alerts" section repeats them for operators):

* **spike** — per narrative (and per near-duplicate cluster) over two rolling windows, the last
  hour and the last 24 hours, counting distorted items (status flagged or confirmed) by
  `published_at`. The baseline is an exponentially weighted mean of the same window's counts over
  the previous `baseline_days` (half-life `baseline_half_life_days`), so it follows the
  narrative's own history (only the part after data begins: before the first collection the
  counts are unknown, not zero). Counts are treated as Poisson: the window fires when
  ``count >= max(min_count, ceil(baseline + sensitivity * sqrt(max(baseline, 1))))``.
  Time-of-day cycles are not modelled: a narrative that is always busy at 20:00 looks the same
  as one that is busy all day.
* **new_cluster** — a cluster_key carried by distorted items from at least
  `new_cluster_min_sources` distinct sources within the last hour. Alerted once per cluster.
* **response_gap** — a narrative whose first distorted item in the last
  `response_lookback_days` was published more than `response_gap_hours` ago, and no official
  item published since answers it. An official item answers a narrative when it is matched to
  an approved message whose `narratives` list holds that narrative: the classifier's match
  (`classifications.matched_message_key`, current model version) when it made one — it does so
  for flagged items only — else `monitor.analysis.classify`'s matcher (TF-IDF cosine against the approved
  messages) with a similarity of at least `response_match_min_score`.
* **emerging** — a cluster of on-topic items no narrative claims (`monitor.analysis.emerging`) whose growth
  over its own history passes `emerging_growth` with at least `emerging_min_recent` items in the
  last 24 hours. Alerted once per cluster.
* **view** — a saved view that carries a threshold ("tell me when more than N new items match in
  an hour/day"): more than N items fetched in the last hour/day match the view's filters.

No alert storms: at most one open alert per (kind, narrative) — per cluster for cluster alerts;
a cluster spike is not raised when its narrative is spiking anyway, nor for a cluster that has
a new-cluster alert open.
While it is open, repeated checks only raise its recorded peak count; it closes by itself once
every window is back under its threshold (or the gap is answered), and only then can the same
narrative alert again.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from monitor.config import ALERT_KINDS, AlertSettings, Config

log = logging.getLogger(__name__)

HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)
WINDOWS = {"hour": HOUR, "day": DAY}
KINDS = ALERT_KINDS


def settings_for(config: Config | None) -> AlertSettings:
    """The alert settings of a loaded config (defaults until feeds.yaml has an `alerts:` section)."""
    found = getattr(config, "alerts", None) if config is not None else None
    return found if isinstance(found, AlertSettings) else AlertSettings()


@dataclass
class Alert:
    """One alert as stored in the `alerts` table."""

    kind: str  # spike | new_cluster | response_gap | view
    narrative: str | None
    cluster_key: str | None
    window: str  # hour | day
    window_start: dt.datetime | None
    count: int
    baseline: float | None
    why: str
    created_at: dt.datetime
    status: str = "open"
    acknowledged_by: str | None = None
    acknowledged_at: dt.datetime | None = None
    id: int | None = None
    facts: dict | None = None  # what the reader's detail is written from: monitor/outputs/alert_text.py

    @property
    def key(self) -> tuple[str, str, str]:
        return alert_key(self.kind, self.narrative, self.cluster_key)

    @classmethod
    def from_row(cls, row: dict) -> Alert:
        return cls(**{k: row.get(k) for k in cls.__dataclass_fields__})


def seen_by(alert: Alert | dict, username: str | None, role: str | None) -> bool:
    """Whether a reader may see `alert`. A private saved view's alert (its name, owner and counts)
    belongs to the view's owner and to administrators; every other alert is the office's.
    ``username=None`` is an office-wide channel (notifications, the digest): no private view's
    alert goes there. A view alert stored before views said whether they were shared counts as
    private."""
    kind = alert.kind if isinstance(alert, Alert) else alert.get("kind")
    if kind != "view":
        return True
    facts = (alert.facts if isinstance(alert, Alert) else alert.get("facts")) or {}
    if facts.get("shared") or role == "admin":
        return True
    return username is not None and facts.get("owner") == username


def alert_key(kind: str, narrative: str | None, cluster_key: str | None) -> tuple[str, str, str]:
    """What 'the same alert' means: per cluster for cluster alerts, else per narrative."""
    if cluster_key:
        return (kind, cluster_key, "")
    return (kind, "", narrative or "")


# --- pure detection ------------------------------------------------------------------------
def ewma(counts: Sequence[float], half_life: float) -> float:
    """Exponentially weighted mean of counts ordered oldest → newest (half-life in buckets)."""
    if not counts:
        return 0.0
    n = len(counts)
    weights = [0.5 ** ((n - 1 - i) / half_life) for i in range(n)]
    return sum(w * c for w, c in zip(weights, counts, strict=True)) / sum(weights)


def spike_threshold(baseline: float, sensitivity: float, min_count: int) -> int:
    """Smallest count that is a spike: `sensitivity` Poisson deviations above the baseline.

    The deviation is floored at 1 so a narrative that is usually silent needs a real burst
    (and at least `min_count`), not a single item, to alert.
    """
    lam = max(baseline, 0.0)
    return max(min_count, math.ceil(lam + sensitivity * math.sqrt(max(lam, 1.0)) - 1e-9), 1)


def spike_points(values: Sequence[float], settings: AlertSettings, bucket_days: float = 1.0) -> list[int]:
    """Indexes of the buckets of a count series (daily by default) that are spikes by the same rule
    as spike alerts: count >= spike_threshold(EWMA of the previous `baseline_days`, `sensitivity`,
    `min_count_day`). The Trends page marks these, so its markers and the alerts agree."""
    window = max(1, round(settings.baseline_days / bucket_days))
    half_life = settings.baseline_half_life_days / bucket_days
    min_count = math.ceil(settings.min_count_day * bucket_days)
    out = []
    for i, v in enumerate(values):
        prev = values[max(0, i - window) : i]
        if prev and v >= spike_threshold(ewma(prev, half_life), settings.sensitivity, min_count):
            out.append(i)
    return out


@dataclass
class WindowCheck:
    window: str
    count: int
    baseline: float
    threshold: int

    @property
    def fires(self) -> bool:
        return self.count >= self.threshold


def floor_hour(t: dt.datetime) -> dt.datetime:
    return t.replace(minute=0, second=0, microsecond=0)


def history_series(
    hourly: dict[dt.datetime, int], now: dt.datetime, window: str, days: int, since: dt.datetime | None = None
) -> list[int]:
    """Counts of the rolling `window` over the `days` before the current window, oldest first.

    `hourly` maps the start of a calendar hour (aware UTC) to a count. The current window is
    (now - window, now]; history buckets are built from whole calendar hours ending before it.
    Buckets starting before `since` (when data begins) are left out: they are unknown, not zero.
    """
    end = floor_hour(now - WINDOWS[window])  # hours starting before this are history
    first = floor_hour(since) if since is not None else None
    if window == "hour":
        hours = [end - HOUR * i for i in range(days * 24, 0, -1)]
        return [hourly.get(h, 0) for h in hours if first is None or h >= first]
    blocks = []
    for j in range(days, 0, -1):  # block j covers [end - j days, end - (j - 1) days)
        start = end - DAY * j
        if first is None or start >= first:
            blocks.append(sum(hourly.get(start + HOUR * i, 0) for i in range(24)))
    return blocks


def check_windows(
    current: dict[str, int],
    hourly: dict[dt.datetime, int],
    now: dt.datetime,
    settings: AlertSettings,
    since: dt.datetime | None = None,
) -> list[WindowCheck]:
    """Hour and day windows of one series (a narrative or a cluster) against its own baseline."""
    out = []
    for window, min_count in (("hour", settings.min_count_hour), ("day", settings.min_count_day)):
        series = history_series(hourly, now, window, settings.baseline_days, since)
        per_bucket_half_life = settings.baseline_half_life_days * (24 if window == "hour" else 1)
        base = ewma(series, per_bucket_half_life)
        out.append(
            WindowCheck(window, current.get(window, 0), base, spike_threshold(base, settings.sensitivity, min_count))
        )
    return out


def spike_alert(
    checks: list[WindowCheck], now: dt.datetime, narrative: str | None, cluster_key: str | None = None
) -> Alert | None:
    """The alert for the first firing window (hour before day), or None when all are calm."""
    fired = next((c for c in checks if c.fires), None)
    if fired is None:
        return None
    what = f"cluster {cluster_key} ({narrative})" if cluster_key else narrative
    span = "hour" if fired.window == "hour" else "24 hours"
    why = (
        f"{fired.count} distorted items of {what} in the last {span}; usual is "
        f"{fired.baseline:.1f} per {fired.window} over its history (alert at {fired.threshold})."
    )
    return Alert(
        "spike",
        narrative,
        cluster_key,
        fired.window,
        now - WINDOWS[fired.window],
        fired.count,
        round(fired.baseline, 3),
        why,
        now,
        facts={"threshold": int(fired.threshold)},
    )


@dataclass
class Decisions:
    """What a check does to the alerts table."""

    new: list[Alert] = field(default_factory=list)
    close: list[int] = field(default_factory=list)
    raise_count: dict[int, int] = field(default_factory=dict)  # alert id → new peak count


def decide(
    firing: Iterable[Alert],
    evaluated: set[tuple[str, str, str]],
    open_alerts: Iterable[Alert],
    once_only: set[tuple[str, str, str]] = frozenset(),
) -> Decisions:
    """Merge this check's firing alerts with the open ones: open new, keep, or close.

    `evaluated` are the keys this check looked at; an open alert whose key was evaluated and is
    not firing any more has calmed down and closes. An open alert whose key was not evaluated
    (e.g. its kind is switched off) is left alone. Keys in `once_only` never open again.
    """
    out = Decisions()
    by_key = {a.key: a for a in open_alerts}
    firing_keys = set()
    for a in firing:
        if a.key in firing_keys:
            continue
        firing_keys.add(a.key)
        existing = by_key.get(a.key)
        if existing is None:
            if a.key not in once_only:
                out.new.append(a)
        elif a.count > (existing.count or 0) and existing.id is not None:
            out.raise_count[existing.id] = a.count
    for key, a in by_key.items():
        if key in evaluated and key not in firing_keys and a.id is not None:
            out.close.append(a.id)
    return out


def new_cluster_alert(row: dict, now: dt.datetime, min_sources: int) -> Alert | None:
    """row: cluster_key, sources, items, narrative (dominant)."""
    if row["sources"] < min_sources:
        return None
    why = (
        f"The same {row['narrative']} story appeared from {row['sources']} different sources "
        f"({row['items']} items) within the last hour."
    )
    return Alert(
        "new_cluster",
        row["narrative"],
        row["cluster_key"],
        "hour",
        now - HOUR,
        row["items"],
        None,
        why,
        now,
        facts={"sources": int(row["sources"])},
    )


def answering_times(responses: Iterable[dict], messages: Iterable[dict]) -> dict[str, list[dt.datetime]]:
    """Narrative → times of official items that answer it, oldest first.

    responses: official items with `published_at` and `matched_message_key`;
    messages: approved messages with `key` and `narratives`.
    """
    answers: dict[str, set[str]] = {}
    for m in messages:
        for n in m.get("narratives") or []:
            answers.setdefault(m["key"], set()).add(n)
    out: dict[str, list[dt.datetime]] = {}
    for r in responses:
        for n in answers.get(r.get("matched_message_key") or "", ()):
            out.setdefault(n, []).append(r["published_at"])
    return {n: sorted(ts) for n, ts in out.items()}


def match_official(responses: list[dict], messages: list[dict], min_score: float) -> list[dict]:
    """Fill in `matched_message_key` for official items the classifier did not match, with the
    approved-message matcher (a best match under min_score is no match)."""
    missing = [r for r in responses if not r.get("matched_message_key")]
    if not missing or not messages:
        return responses
    from classifiers.matcher import Matcher  # at call time: it loads scikit-learn

    texts = [f"{r.get('title') or ''}. {r.get('text') or ''}".strip(". ") for r in missing]
    for r, best in zip(missing, Matcher(list(messages)).match_batch(texts, k=1), strict=True):
        if best and best[0].score >= min_score:
            r["matched_message_key"] = best[0].key
    return responses


def first_answer(first_flag: dt.datetime, times: Sequence[dt.datetime]) -> dt.datetime | None:
    return next((t for t in times if t >= first_flag), None)


def response_gap_alert(
    narrative: str,
    first_flag: dt.datetime,
    count: int,
    answered_at: dt.datetime | None,
    now: dt.datetime,
    gap_hours: float,
) -> Alert | None:
    if answered_at is not None:
        return None
    waited = (now - first_flag).total_seconds() / 3600
    if waited <= gap_hours:
        return None
    why = (
        f"{narrative} has been flagged for {waited:.0f} hours ({count} distorted items since "
        f"{first_flag:%Y-%m-%d %H:%M} UTC) and no official item answering it has been published."
    )
    return Alert(
        "response_gap", narrative, None, "day", first_flag, count, None, why, now, facts={"gap_hours": float(gap_hours)}
    )


# --- the check -----------------------------------------------------------------------------
def data_since(store, now: dt.datetime) -> dt.datetime | None:
    """Where the history begins: when collecting started (the earliest fetched_at), or, when
    replaying older data (now before collecting started), the earliest published item."""
    since = store.watching_since()
    if since is not None and now < since:
        since = store.date_range()[0]
    return since


def _warming_up(store, now: dt.datetime, settings: AlertSettings) -> bool:
    """True during the first hours of collecting: the first fetches backfill older items and
    the history is too thin for a baseline. Replays of older data are never warming up."""
    since = store.watching_since()
    if since is None or now < since:
        return False
    return now - since < dt.timedelta(hours=settings.min_history_hours)


def _spikes(store, settings: AlertSettings, now: dt.datetime, open_alerts: list[Alert]) -> tuple[list[Alert], set]:
    since = data_since(store, now)
    firing: list[Alert] = []
    evaluated: set = set()
    hist_start = floor_hour(now - DAY) - DAY * settings.baseline_days
    current = {w: store.narrative_window_counts(now - WINDOWS[w], now) for w in WINDOWS}
    hourly = store.narrative_hourly_counts(hist_start, now)
    names = set(current["hour"]) | set(current["day"]) | set(hourly)
    names |= {a.narrative for a in open_alerts if a.kind == "spike" and not a.cluster_key and a.narrative}
    for n in sorted(names):
        evaluated.add(alert_key("spike", n, None))
        checks = check_windows({w: current[w].get(n, 0) for w in WINDOWS}, hourly.get(n, {}), now, settings, since)
        a = spike_alert(checks, now, n)
        if a:
            firing.append(a)
    if not settings.cluster_spikes:
        return firing, evaluated
    floor = min(settings.min_count_hour, settings.min_count_day)
    cur = {w: store.cluster_window_counts(now - WINDOWS[w], now, min_count=floor) for w in WINDOWS}
    keys = set(cur["hour"]) | set(cur["day"])
    open_clusters = {a.cluster_key for a in open_alerts if a.kind == "spike" and a.cluster_key}
    keys |= open_clusters
    # A cluster that already has an open new-cluster alert is covered by it.
    covered = {a.cluster_key for a in open_alerts if a.kind == "new_cluster" and a.cluster_key}
    # A narrative spike already tells the story of its clusters: cluster spikes are for one
    # story growing inside a narrative that is busy anyway.
    loud = {a.narrative for a in firing} | {a.narrative for a in open_alerts if a.kind == "spike" and not a.cluster_key}
    c_hourly = store.cluster_hourly_counts(sorted(keys), hist_start, now) if keys else {}
    for ck in sorted(keys):
        evaluated.add(alert_key("spike", None, ck))
        counts = {w: cur[w].get(ck, (0, None))[0] for w in WINDOWS}
        narrative = cur["hour"].get(ck, cur["day"].get(ck, (0, None)))[1]
        a = spike_alert(check_windows(counts, c_hourly.get(ck, {}), now, settings, since), now, narrative, ck)
        if a and (ck in open_clusters or (ck not in covered and narrative not in loud)):
            firing.append(a)
    return firing, evaluated


def _new_clusters(
    store, settings: AlertSettings, now: dt.datetime, open_alerts: list[Alert]
) -> tuple[list[Alert], set, set]:
    rows = store.cluster_source_counts(now - HOUR, now, min_sources=settings.new_cluster_min_sources)
    firing = [a for r in rows if (a := new_cluster_alert(r, now, settings.new_cluster_min_sources))]
    evaluated = {alert_key("new_cluster", None, a.cluster_key) for a in open_alerts if a.kind == "new_cluster"}
    evaluated |= {a.key for a in firing}
    seen_before = store.alerted_cluster_keys("new_cluster", [a.cluster_key for a in firing])
    once = {alert_key("new_cluster", None, ck) for ck in seen_before}
    return firing, evaluated, once


def _response_gaps(
    store, settings: AlertSettings, now: dt.datetime, open_alerts: list[Alert]
) -> tuple[list[Alert], set]:
    lookback = now - DAY * settings.response_lookback_days
    first = store.first_seen(lookback, now)
    counts = store.narrative_window_counts(lookback, now)
    messages = store.approved_messages()
    responses = match_official(store.official_responses(lookback, now), messages, settings.response_match_min_score)
    times = answering_times(responses, messages)
    firing, evaluated = [], set()
    names = set(first) | {a.narrative for a in open_alerts if a.kind == "response_gap" and a.narrative}
    for n in sorted(names):
        if not n or n == "none":
            continue
        evaluated.add(alert_key("response_gap", n, None))
        if n not in first:
            continue  # no longer flagged in the lookback: the open alert closes
        a = response_gap_alert(
            n, first[n], counts.get(n, 0), first_answer(first[n], times.get(n, [])), now, settings.response_gap_hours
        )
        if a:
            firing.append(a)
    return firing, evaluated


def view_alert(view: dict, count: int, now: dt.datetime) -> Alert | None:
    """A saved view's own alert: more than `alert_threshold` new matching items in its window."""
    threshold, window = view.get("alert_threshold"), view.get("alert_window") or "hour"
    if threshold is None or count <= threshold:
        return None
    why = (
        f"Saved view '{view['name']}' ({view['owner']}): {count} new matching items in the last {window} "
        f"(more than {threshold})."
    )
    facts = {"view": view["name"], "owner": view["owner"], "threshold": threshold, "shared": bool(view.get("shared"))}
    return Alert(
        "view",
        None,
        f"view:{view['id']}",
        window,
        now - WINDOWS[window],
        count,
        float(threshold),
        why,
        now,
        facts=facts,
    )


def _views(store, now: dt.datetime) -> tuple[list[Alert], set]:
    firing, evaluated = [], set()
    for view in store.list_views():
        if view.get("alert_threshold") is None:
            continue
        key = f"view:{view['id']}"
        evaluated.add(alert_key("view", None, key))
        count = store.count_new_matching(view["filters"], now - WINDOWS[view.get("alert_window") or "hour"], now)
        if a := view_alert(view, count, now):
            firing.append(a)
    return firing, evaluated


def check_alerts(store, settings: AlertSettings, now: dt.datetime) -> list[Alert]:
    """Run every detector at `now`, store the decisions and return the newly opened alerts."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    now = now.astimezone(dt.UTC)
    open_alerts = [Alert.from_row(r) for r in store.open_alerts()]
    firing: list[Alert] = []
    evaluated: set = set()
    once: set = set()
    if "spike" in settings.kinds and not _warming_up(store, now, settings):
        f, e = _spikes(store, settings, now, open_alerts)
        firing += f
        evaluated |= e
    if "new_cluster" in settings.kinds:
        f, e, once = _new_clusters(store, settings, now, open_alerts)
        firing += f
        evaluated |= e
    if "response_gap" in settings.kinds:
        f, e = _response_gaps(store, settings, now, open_alerts)
        firing += f
        evaluated |= e
    if "view" in settings.kinds:
        f, e = _views(store, now)
        firing += f
        evaluated |= e
    if "emerging" in settings.kinds:
        from monitor.analysis.emerging import emerging_alerts  # at call time: emerging imports this module (Alert)

        f, e, o = emerging_alerts(store, settings, now, open_alerts)
        firing += f
        evaluated |= e
        once |= o
    decisions = decide(firing, evaluated, open_alerts, once_only=once)
    for alert_id in decisions.close:
        store.close_alert(alert_id)
    for alert_id, count in decisions.raise_count.items():
        store.raise_alert_count(alert_id, count)
    for a in decisions.new:
        a.id = store.save_alert(a)
    if decisions.new:
        log.info(
            "alerts: %d new (%s)",
            len(decisions.new),
            ", ".join(f"{a.kind}:{a.narrative or a.cluster_key}" for a in decisions.new),
        )
    return decisions.new


def describe(alert: Alert | dict, names: dict[str, str] | None = None, tz: dt.tzinfo | None = None) -> str:
    """One line for the CLI and notifications: '#12 spike fraud_claim (hour) 23 items — detail', the
    detail in English from the alert's facts (its `why` line for alerts stored without them)."""
    a = alert if isinstance(alert, Alert) else Alert.from_row(alert)
    label = (names or {}).get(a.narrative or "", a.narrative or "")
    target = f"{label} [cluster {a.cluster_key}]" if a.cluster_key else label
    state = a.status + (f", acknowledged by {a.acknowledged_by}" if a.acknowledged_by else "")
    from monitor.outputs.alert_text import detail  # at call time: alert_text imports this module (Alert)

    return f"#{a.id} {a.kind} {target} ({a.window}, {state}) {a.count} items — {detail(a, 'en', names, tz, True)}"
