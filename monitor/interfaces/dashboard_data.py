"""What the dashboard pages read, cached; plus the small pure helpers they share.

Pages never write SQL: reads go through the cached functions here (``st.cache_data`` keyed by
the database URL and the arguments), writes through ``Store`` verbs followed by
:func:`invalidate`. The ``Store`` and the configuration are ``st.cache_resource`` singletons.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from typing import Any, NamedTuple

import streamlit as st

from monitor import localtime
from monitor.analysis.emerging import emerging
from monitor.analysis.trends import answering_counts, outage_intervals, time_to_response
from monitor.auth import require, session_allowed
from monitor.config import AlertSettings, Config, load_config
from monitor.errors import AuthError
from monitor.i18n import t
from monitor.ingest import urlguard
from monitor.ingest.pipeline import retargeted, seed_label_files, seed_retarget
from monitor.outputs import alert_text
from monitor.outputs.alerts import settings_for, spike_points
from monitor.outputs.bulk_export import ExportRunner
from monitor.outputs.figures import (
    OFFICIAL_COLOUR,
    figure_png,
    integer_dtick,
    narrative_colours,
    png_available,
    trends_figure,
)
from monitor.outputs.render import (  # noqa: F401 - the pages' rendering helpers, re-exported
    MAX_SHOWN_CHARS,
    evidence_block,
    evidence_spans,
    heading_html,
    highlight_html,
    md_escape,
    safe_link,
    search_words,
)
from monitor.storage import Store
from monitor.storage.filters import ItemFilters  # the pages' filter value type

__all__ = [  # service functions the pages reach through this module
    "MAX_SHOWN_CHARS",
    "OFFICIAL_COLOUR",
    "evidence_block",
    "evidence_spans",
    "figure_png",
    "highlight_html",
    "integer_dtick",
    "md_escape",
    "narrative_colours",
    "outage_intervals",
    "png_available",
    "safe_link",
    "time_to_response",
    "trends_figure",
]

READ_TTL = 30  # seconds a cached read may lag behind another session's writes
QUEUE_COUNT_CAP = 1_000  # the queue counts this far, then says "more than" (exact on request)
SLOW_TTL = 300


def office_tz() -> dt.tzinfo:
    """The office's time zone (the `time_zone` setting); every time a page shows is in it."""
    try:
        return get_config().tz
    except Exception:  # noqa: BLE001 - a broken config is reported by the entry script
        return localtime.zone()


def zone_name() -> str:
    """'Asia/Ho_Chi_Minh': the office's zone (the chart axes name it)."""
    return localtime.zone_name(office_tz())


def zone_label() -> str:
    """'Asia/Ho_Chi_Minh (UTC+07:00)': the zone the page's times are in, named."""
    return localtime.zone_label(office_tz())


def __getattr__(name: str):  # `dd.LOCAL_TZ` for pages written before the setting: the office's zone
    if name == "LOCAL_TZ":
        return office_tz()
    raise AttributeError(name)


# session_state keys shared by the entry script and the pages
USER_KEY = "auth_user"
LAST_SEEN_KEY = "auth_last_seen"
LANG_KEY = "ui_lang"
NOTICE_KEY = "auth_notice"  # an i18n key shown above the login form after a sign-out


# --- configuration and the store -----------------------------------------------------------
@st.cache_resource(show_spinner=False)
def _config(path: str | None, db_url: str | None, data_dir: str | None) -> Config:
    return load_config(path)


def get_config() -> Config:
    """The configuration, re-read when the environment points somewhere else (tests do)."""
    return _config(
        os.environ.get("MONITOR_CONFIG"), os.environ.get("MONITOR_DATABASE_URL"), os.environ.get("MONITOR_DATA_DIR")
    )


@st.cache_resource(show_spinner=False)
def get_store(url: str) -> Store:
    store = Store(url)
    store.migrate()
    return store


def store() -> Store:
    return get_store(get_config().database_url)


def db_url() -> str:
    return get_config().database_url


def invalidate() -> None:
    """Drop cached reads after a write so this session sees it at once."""
    st.cache_data.clear()


# --- who is using the page -----------------------------------------------------------------
def lang() -> str:
    value = st.session_state.get(LANG_KEY)
    if value in ("vi", "en"):
        return value
    try:
        return get_config().settings.ui_language
    except Exception:  # noqa: BLE001 - a broken config is reported by the entry script
        return "vi"


def current_user() -> dict | None:
    """The signed-in user as the database says now. Every call re-reads the account (one indexed
    read, no cache: a change made by `monitor users` in another process must count at the next
    action): a disabled account, or a demo account while demo mode is off, is signed out; a
    changed role replaces the one in the session."""
    user = st.session_state.get(USER_KEY)
    if user is None:
        return None
    account = store().account_state(user["username"])
    if not session_allowed(account, get_config().demo_enabled):
        sign_out("login.signed_out")
        return None
    if account["role"] != user["role"]:
        user = {**user, "role": account["role"]}
        st.session_state[USER_KEY] = user
    return user


def sign_out(notice: str | None = None) -> None:
    """Forget everything the session holds but its language (also used at sign-in, so nothing
    from before it carries over)."""
    for key in list(st.session_state.keys()):
        if key != LANG_KEY:
            del st.session_state[key]
    if notice:
        st.session_state[NOTICE_KEY] = notice


def guard(page: str) -> dict:
    """Stop the page unless the signed-in user's role may open it; returns the user."""
    user = current_user()
    try:
        require(user["role"] if user else None, page)
    except AuthError:
        st.error(t("auth.not_allowed", lang()))
        st.stop()
    return user


def acting_user(page: str) -> dict | None:
    """For a button callback: the user when the account (re-read now) may still use ``page``,
    else None. No st.stop here: a callback that stops keeps the script from running at all, so
    a signed-out user would see a blank page instead of the login form."""
    user = current_user()
    if user is None:
        return None
    try:
        require(user["role"], page)
    except AuthError:
        return None
    return user


class PageContext(NamedTuple):
    user: dict
    lang: str
    url: str
    store: Store
    config: Config
    names: dict[str, str]  # narrative key -> name in the page's language
    ss: Any  # st.session_state


def page(name: str) -> PageContext:
    """The preamble every page shares: the role check (stops the page when not allowed), the
    language, the database, the config, narrative names and the session state."""
    user = guard(name)
    language = lang()
    config = get_config()
    url = config.database_url
    return PageContext(user, language, url, get_store(url), config, narrative_names(url, language), st.session_state)


def allowed(page: str) -> bool:
    """The server-side check before each action (buttons are not the only door)."""
    user = current_user()
    try:
        require(user["role"] if user else None, page)
    except AuthError:
        st.error(t("auth.not_allowed", lang()))
        return False
    return True


# --- cached reads --------------------------------------------------------------------------
@st.cache_data(ttl=SLOW_TTL, show_spinner=False)
def narratives(url: str) -> list[dict]:
    return get_store(url).list_narratives()


def narrative_names(url: str, language: str) -> dict[str, str]:
    return {n["key"]: n[f"name_{language}"] or n["key"] for n in narratives(url)}


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def queue_page(
    url: str, order: str, limit: int, offset: int, filters: ItemFilters, grouped: bool = False
) -> list[dict]:
    return get_store(url).flagged_items(filters, limit=limit, offset=offset, order=order, grouped=grouped)


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def cluster_members(url: str, cluster_key: str) -> list[dict]:
    """The flagged copies of a story (near-duplicate cluster)."""
    return get_store(url).cluster_members(cluster_key)


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def queue_count(url: str, filters: ItemFilters, cap: int | None, grouped: bool = False) -> int:
    """Rows the queue lists for these filters (stories when grouped), counted up to cap + 1
    (None: exactly)."""
    return get_store(url).count_flagged(filters, cap=cap, grouped=grouped)


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def item_detail(url: str, item_id: int) -> dict | None:
    return get_store(url).item_detail(item_id)


@st.cache_data(ttl=SLOW_TTL, show_spinner=False)
def approved_messages(url: str, include_history: bool = False) -> list[dict]:
    return get_store(url).approved_messages(include_history=include_history)


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def sources_list(url: str) -> list[dict]:
    return [
        {
            "id": s.id,
            "name": s.name,
            "url": s.url,
            "kind": s.kind.value,
            "lang": s.lang,
            "interval_seconds": s.interval_seconds,
            "enabled": s.enabled,
        }
        for s in get_store(url).list_sources()
    ]


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def source_health(url: str) -> list[dict]:
    return get_store(url).source_health()


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def on_topic_share(url: str) -> dict[int, dict]:
    return get_store(url).on_topic_share()


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def fetch_log(url: str, source_id: int | None, limit: int = 50) -> list[dict]:
    return get_store(url).fetch_log_entries(source_id=source_id, limit=limit)


@st.cache_data(ttl=SLOW_TTL, show_spinner=False)
def date_range(url: str) -> tuple[dt.datetime | None, dt.datetime | None]:
    return get_store(url).date_range()


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def trend_data(url: str, start: dt.datetime, end: dt.datetime, granularity: str) -> dict[str, Any]:
    """Everything the Trends page draws, in one cached call."""
    s = get_store(url)
    return {
        "narratives": s.narrative_counts(start, end, granularity, tz=office_tz()),  # the office's days
        "official": s.official_counts(start, end, granularity, tz=office_tz()),
        "outages": s.feed_outages(start, end),
        "top_sources": s.top_sources(start, end),
        "first_seen": s.first_seen(start, end),
        "official_items": s.official_items(start, end),
    }


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def review_stats(url: str) -> list[dict]:
    return get_store(url).review_stats()


@st.cache_data(ttl=10, show_spinner=False)
def users(url: str) -> list[dict]:
    return get_store(url).list_users()


@st.cache_data(ttl=10, show_spinner=False)
def audit_entries(url: str, limit: int, username: str | None, action_prefix: str | None) -> list[dict]:
    return get_store(url).audit_entries(limit=limit, username=username or None, action_prefix=action_prefix or None)


@st.cache_data(ttl=10, show_spinner=False)
def case_sets(url: str) -> list[dict]:
    return get_store(url).list_case_sets()


@st.cache_data(ttl=10, show_spinner=False)
def case_rows(url: str, set_id: int) -> list[dict]:
    return get_store(url).case_rows(set_id)


@st.cache_data(ttl=10, show_spinner=False)
def demo_accounts(url: str) -> list[str]:
    """Accounts that still have their published demo password."""
    return get_store(url).demo_accounts()


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def open_alerts(url: str) -> list[dict] | None:
    """Open alerts, when this build's store has the alerts verbs; None otherwise."""
    s = get_store(url)
    if not hasattr(s, "open_alerts"):
        return None
    try:
        return s.open_alerts()
    except Exception:  # noqa: BLE001 - a badge must never break the page
        return None


def alert_detail(alert: dict, lang: str, names: dict[str, str]) -> str:
    """An alert's detail in the reader's language, times in the office's zone."""
    return alert_text.detail(alert, lang, names, office_tz())


def visible_alerts(url: str, user: dict) -> list[dict] | None:
    """The open alerts `user` may see (a private saved view's alert is its owner's)."""
    from monitor.outputs.alerts import seen_by  # at call time: the alert detectors, only with alerts

    found = open_alerts(url)
    return None if found is None else [a for a in found if seen_by(a, user["username"], user["role"])]


def open_alert_count(url: str, user: dict) -> int | None:
    """Unacknowledged open alerts `user` may see, for the sidebar badge."""
    found = visible_alerts(url, user)
    if found is None:
        return None
    return sum(1 for a in found if not a.get("acknowledged_at"))


# --- the model registry ------------------------------------------------------------------
def model_registry(config: Config):
    """The model registry, or None when it cannot be read."""
    from classifiers.registry import Registry  # at call time: loads scikit-learn and skops

    try:
        return Registry(config.models_dir)
    except Exception:  # noqa: BLE001 - an unreadable registry shows as "no model yet"
        return None


def retrain_model(config: Config, store: Store, progress: Callable[[str], None] | None = None) -> dict:
    """Seed labels + officers' decisions + official and low-scored stream items → a new model
    version, promoted when not worse on the active model's hold-out (the same steps as
    `python -m monitor train`; rows and weights from `monitor.analysis.retraining`)."""
    from monitor.analysis import retrain as rt  # at call time: loads scikit-learn

    say = progress or (lambda _msg: None)
    files = seed_label_files(config)
    # checked as `monitor train` checks them: a label outside the taxonomy names its file and line;
    # the size with the officers' decisions added
    limit = config.settings.import_max_line_chars
    known = rt.taxonomy_labels(config, store)
    seed = rt.load_label_files(files, known, max_field_chars=limit, trainable=False) if files else []
    retarget = seed_retarget(config, store, files)  # rows written for another election (labels/election.yaml)
    tset = rt.gather(retargeted(seed, retarget), store, config.models_dir)
    tset.off_topic = rt.retraining.off_topic_rows(files, retarget)
    rt.check_gathered(tset, files)
    counts = tset.counts()
    say(f"{len(tset.texts)} rows (" + ", ".join(f"{k} {n}" for k, n in counts.items()) + ")")
    done = rt.retrain(
        tset, config.models_dir, config.settings.target_precision, progress=say, config=config, store=store
    )
    say("saved")
    return {
        "version": done.version,
        "promoted": done.promotion.promoted,
        "reason": done.promotion.reason,
        "macro_f1": done.metrics.get("macro_f1"),
        "training_counts": counts,
    }


# --- safe rendering of feed content: monitor.outputs.render --------------------------------
def local_time(value: dt.datetime | None) -> str:
    """A stored UTC time in the office's time zone, for display (the sidebar names the zone)."""
    return localtime.fmt(value, office_tz())


# --- feeds added from the dashboard: see monitor.ingest.urlguard ------------------------------------
check_feed_url = urlguard.check_feed_url


# --- trends arithmetic -------------------------------------------------------------------------
def spikes(values: list[float], settings: AlertSettings, bucket_days: float = 1.0) -> list[int]:
    """Indexes of spike buckets, by the alerts' rule (monitor.outputs.alerts.spike_points)."""
    return spike_points(values, settings, bucket_days)


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def response_times(url: str, start: dt.datetime, end: dt.datetime) -> dict[str, dict]:
    """time_to_response over the range, cached (fitting the matcher is the slow part)."""
    data = trend_data(url, start, end, "day")
    min_score = get_config().alerts.response_match_min_score
    return time_to_response(data["first_seen"], data["official_items"], approved_messages(url), min_score)


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def answer_counts(
    url: str, start: dt.datetime, end: dt.datetime, buckets: tuple[dt.datetime, ...], step_days: int
) -> dict[str, list[int]]:
    """Per narrative, the official items answering it in each bucket (the Trends small multiples)."""
    data = trend_data(url, start, end, "day")
    min_score = get_config().alerts.response_match_min_score
    return answering_counts(
        data["official_items"],
        approved_messages(url),
        list(buckets),
        dt.timedelta(days=step_days),
        min_score,
        tz=office_tz(),
    )


def weekly_digest(lang: str, day: dt.date | None = None) -> tuple[str, bytes, bytes]:
    """The weekly manager digest for the dashboard: (file stem, HTML, PDF), as `monitor digest`
    writes it, in the office's zone. Not cached: a manager asks for it, it is made then."""
    from monitor.outputs import digest as dg  # at call time: only this button needs it

    config = get_config()
    made = dg.make(store(), settings_for(config), day=day, lang=lang, tz=config.tz)
    return f"digest-{made.data.day.isoformat()}", made.html_text.encode("utf-8"), made.pdf_bytes


# --- background exports (one runner per server process) -------------------------------------
@st.cache_resource(show_spinner=False)
def export_runner(url: str, directory: str):
    """Exports of any size run on a worker thread and are listed on the Downloads panel."""
    store = get_store(url)
    store.fail_interrupted_export_jobs()  # jobs of a server process that stopped
    return ExportRunner(store, directory, export_workers=get_config().settings.export_workers)


@st.cache_data(ttl=3, show_spinner=False)
def export_jobs(url: str, owner: str) -> list[dict]:
    return get_store(url).list_export_jobs(owner, limit=20)


# --- emerging narratives -------------------------------------------------------------------
@st.cache_data(ttl=READ_TTL, show_spinner=False)
def emerging_clusters(url: str, days: int, min_size: int, weak_score: float, limit: int = 20) -> list[dict]:
    """The Emerging page's ranked clusters (as `Cluster.to_dict()`), window ending now."""
    return [
        c.to_dict()
        for c in emerging(
            get_store(url), None, days=days, min_size=min_size, limit=limit, weak_score=weak_score, tz=office_tz()
        )
    ]


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def dashboard_narratives(url: str) -> list[dict]:
    return get_store(url).dashboard_narratives()


def audit_detail(detail: dict | None, limit: int = 500) -> str:
    """An audit entry's detail as a person reads it: `key=value` pairs without the empty ones
    (a decision without a note or label), lists and mappings as compact JSON, not Python's repr."""
    parts = []
    for key, value in (detail or {}).items():
        if value is None or value == "" or value == [] or value == {}:
            continue
        if isinstance(value, dict | list):
            value = json.dumps(value, ensure_ascii=False, separators=(", ", ": "), default=str)
        parts.append(f"{key}={value}")
    text = ", ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"
