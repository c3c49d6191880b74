"""What the dashboard pages read, cached; plus the small pure helpers they share.

Pages never write SQL: reads go through the cached functions here (``st.cache_data`` keyed by
the database URL and the arguments), writes through ``Store`` verbs followed by
:func:`invalidate`. The ``Store`` and the configuration are ``st.cache_resource`` singletons.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import shutil
import time
import unicodedata
import warnings
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

import streamlit as st

from monitor import urlguard
from monitor.auth import require, session_allowed
from monitor.config import Config, load_config
from monitor.errors import AuthError
from monitor.storage import Store

READ_TTL = 30  # seconds a cached read may lag behind another session's writes
QUEUE_COUNT_CAP = 1_000  # the queue counts this far, then says "more than" (exact on request)
SLOW_TTL = 300

# Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact.
LOCAL_TZ = dt.timezone(dt.timedelta(hours=7), "ICT")
MAX_SHOWN_CHARS = 20_000

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
    from monitor.i18n import t

    user = current_user()
    try:
        require(user["role"] if user else None, page)
    except AuthError:
        st.error(t("auth.not_allowed", lang()))
        st.stop()
    return user


def allowed(page: str) -> bool:
    """The server-side check before each action (buttons are not the only door)."""
    from monitor.i18n import t

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
def queue_page(url: str, order: str, limit: int, offset: int, filters: tuple) -> list[dict]:
    return get_store(url).flagged_items(limit=limit, offset=offset, order=order, **dict(filters))


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def queue_count(url: str, filters: tuple, cap: int | None) -> int:
    """Items matching the queue's filters, counted up to cap + 1 (None: exactly)."""
    return get_store(url).count_flagged(cap=cap, **dict(filters))


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
        "narratives": s.narrative_counts(start, end, granularity),
        "official": s.official_counts(start, end, granularity),
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


def open_alert_count(url: str) -> int | None:
    """Unacknowledged open alerts, for the sidebar badge."""
    found = open_alerts(url)
    if found is None:
        return None
    return sum(1 for a in found if not a.get("acknowledged_at"))


# --- the model registry (written by the classifiers package; optional here) ----------------
def model_registry(config: Config):
    """The model registry, or None when this build has none yet."""
    try:
        from classifiers.registry import Registry
    except ImportError:
        return None
    try:
        return Registry(config.models_dir)
    except Exception:  # noqa: BLE001 - an unreadable registry shows as "no model yet"
        return None


def retrain_model(config: Config, store: Store, progress: Callable[[str], None] | None = None) -> dict:
    """Seed labels + officers' decisions + official and low-scored stream items → a new model
    version, promoted when not worse on the active model's hold-out (the same steps as
    `python -m monitor train`; rows and weights from `monitor.retraining`)."""
    from classifiers.registry import Registry
    from monitor import retraining
    from monitor.classify import read_seed_rows
    from monitor.pipeline import seed_label_files

    say = progress or (lambda _msg: None)
    files = seed_label_files(config)
    reg = Registry(config.models_dir)
    tset = retraining.gather(read_seed_rows(files) if files else [], store, retraining.current_model(reg))
    counts = tset.counts()
    say(f"{len(tset.texts)} rows (" + ", ".join(f"{k} {n}" for k, n in counts.items()) + ")")
    model, metrics = retraining.train(
        tset, config, store, target_precision=config.settings.target_precision, progress=say
    )
    rows = tset.rows()
    path = reg.save(model, metrics, training_rows=rows)
    say("saved")
    promotion = reg.promote(path.name)
    return {
        "version": path.name,
        "promoted": promotion.promoted,
        "reason": promotion.reason,
        "macro_f1": metrics.get("macro_f1"),
        "training_counts": counts,
    }


# --- safe rendering of feed content --------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^&])")


def md_escape(text: str | None) -> str:
    """Text that Markdown shows literally (no links, emphasis, HTML or Streamlit directives)."""
    text = unicodedata.normalize("NFC", text or "")
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


def heading_html(text: str | None, level: int = 3) -> str:
    """A heading for feed text (an item's title) as escaped HTML for st.html. Not Markdown: GFM
    turns a bare URL, www.-name or e-mail address into a link even when every Markdown character
    is escaped, and only the item's own checked link may be clickable."""
    text = unicodedata.normalize("NFC", text or "")
    return f'<h{level} class="item-title" style="margin:0.25rem 0">{html.escape(text)}</h{level}>'


def evidence_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Where the evidence terms occur in ``text``, accent- and case-insensitively, merged."""
    from classifiers.text import fold_strip_aligned

    folded = fold_strip_aligned(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle = fold_strip_aligned(" ".join((term or "").split()))
        if len(needle.strip()) < 2:
            continue
        for m in re.finditer(re.escape(needle), folded):
            a, b = m.start(), m.end()
            # whole words only: "bau" must not light up inside "bauxit"
            if (a > 0 and folded[a - 1].isalnum()) or (b < len(folded) and folded[b].isalnum()):
                continue
            spans.append((a, b))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def highlight_html(text: str, terms: Iterable[str]) -> str:
    """HTML of ``text`` with evidence in <mark>; every piece of the text goes through html.escape."""
    text = unicodedata.normalize("NFC", text or "")
    out, pos = [], 0
    for a, b in evidence_spans(text, terms):
        out.append(html.escape(text[pos:a]))
        out.append('<mark class="evidence">' + html.escape(text[a:b]) + "</mark>")
        pos = b
    out.append(html.escape(text[pos:]))
    return "".join(out)


def evidence_block(title: str | None, text: str | None, terms: Iterable[str]) -> str:
    """The item's title and text as HTML for st.html, evidence marked, content escaped."""
    terms = list(terms)
    body = (text or "")[:MAX_SHOWN_CHARS]
    mark_css = "background:#ffe08a;color:inherit;padding:0 2px;border-radius:3px"
    return (
        '<div class="item-text" style="line-height:1.6;border:1px solid #ddd;border-radius:6px;padding:0.75rem">'
        f'<div style="font-weight:600;margin-bottom:0.5rem">{highlight_html(title or "", terms)}</div>'
        f'<div style="white-space:pre-wrap">{highlight_html(body, terms)}</div></div>'
    ).replace('<mark class="evidence">', f'<mark class="evidence" style="{mark_css}">')


def local_time(value: dt.datetime | None) -> str:
    """A stored UTC time as Vietnam local time, for display."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")


def safe_link(url: str | None) -> str | None:
    """The URL when it is plain http(s), else None (javascript:, data:, file: are never links)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(c in url for c in "\r\n\t "):
        return url.strip()
    return None


# --- feeds added from the dashboard: see monitor.urlguard ------------------------------------
check_feed_url = urlguard.check_feed_url


# --- trends arithmetic -------------------------------------------------------------------------
def spikes(values: list[float], window: int = 14, sigmas: float = 3.0, min_count: float = 3) -> list[int]:
    """Indexes of buckets above mean + sigmas·sd of the previous ``window`` buckets."""
    out = []
    for i, v in enumerate(values):
        prev = values[max(0, i - window) : i]
        if len(prev) < 3 or v < min_count:
            continue
        mean = sum(prev) / len(prev)
        sd = (sum((p - mean) ** 2 for p in prev) / len(prev)) ** 0.5
        if v > mean + sigmas * max(sd, 0.5):
            out.append(i)
    return out


def outage_intervals(outages: list[dict], bucket: dt.timedelta, limit: int = 40) -> list[dict]:
    """Failed fetches merged into shaded gaps: {start, end, sources}; overlapping gaps join."""
    spans = sorted(
        ((o["started_at"].astimezone(dt.UTC).replace(tzinfo=None), o["source_name"]) for o in outages),
        key=lambda x: x[0],
    )
    merged: list[dict] = []
    for start, name in spans:
        end = start + bucket
        if merged and start <= merged[-1]["end"]:
            merged[-1]["end"] = max(end, merged[-1]["end"])
            merged[-1]["sources"].add(name)
        else:
            merged.append({"start": start, "end": end, "sources": {name}})
    return merged[-limit:]


def time_to_response(
    first_seen: dict[str, dt.datetime],
    official_items: list[dict],
    messages: list[dict],
    min_score: float = 0.45,
) -> dict[str, dict]:
    """Per narrative: the first official item after its first distorted item that answers it.

    "Answers" is decided as the alerts decide it (monitor.alerts.match_official): the official
    item's best approved-message match scores at least ``min_score`` and that message is linked
    to the narrative. A narrative no approved message is linked to takes the first official item after.
    """
    from monitor.alerts import answering_times, first_answer, match_official

    linked_any = {n for m in messages for n in (m.get("narratives") or [])}
    dated = sorted((o for o in official_items if o.get("published_at") is not None), key=lambda o: o["published_at"])
    by_time = {o["published_at"]: o for o in dated}
    all_times = sorted(by_time)
    # Match official items oldest first, in growing chunks, and stop once every linked narrative
    # has an answer after its first sighting: later items cannot answer earlier. (At 1M items,
    # two months hold ~4,000 official items; the answers are usually among the first few dozen.)
    times: dict[str, list[dt.datetime]] = {}

    def unanswered() -> bool:
        return any(
            seen is not None and n in linked_any and first_answer(seen, times.get(n, [])) is None
            for n, seen in first_seen.items()
        )

    done, size = 0, 200
    while done < len(dated) and unanswered():
        chunk = match_official([dict(o) for o in dated[done : done + size]], messages, min_score)
        for n, ts in answering_times(chunk, messages).items():
            times[n] = sorted(times.get(n, []) + ts)
        done, size = done + size, size * 2
    out: dict[str, dict] = {}
    for narrative, seen in first_seen.items():
        if seen is None:
            continue
        when = first_answer(seen, times.get(narrative, []) if narrative in linked_any else all_times)
        hit = by_time.get(when) if when else None
        out[narrative] = {
            "first_seen": seen,
            "answered_at": when,
            "answer_title": hit["title"] if hit else None,
            "hours": round((when - seen).total_seconds() / 3600, 1) if when else None,
            "matched": narrative in linked_any,
        }
    return out


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def response_times(url: str, start: dt.datetime, end: dt.datetime) -> dict[str, dict]:
    """time_to_response over the range, cached (fitting the matcher is the slow part)."""
    data = trend_data(url, start, end, "day")
    min_score = get_config().alerts.response_match_min_score
    return time_to_response(data["first_seen"], data["official_items"], approved_messages(url), min_score)


# --- background exports (one runner per server process) -------------------------------------
@st.cache_resource(show_spinner=False)
def export_runner(url: str, directory: str):
    """Exports of any size run on a worker thread and are listed on the Downloads panel."""
    from monitor.bulk_export import ExportRunner

    store = get_store(url)
    store.fail_interrupted_export_jobs()  # jobs of a server process that stopped
    return ExportRunner(store, directory, export_workers=get_config().settings.export_workers)


@st.cache_data(ttl=3, show_spinner=False)
def export_jobs(url: str, owner: str) -> list[dict]:
    return get_store(url).list_export_jobs(owner, limit=20)


# --- chart images ------------------------------------------------------------------------------
@st.cache_resource(show_spinner=False)
def _kaleido_server() -> bool:
    """One headless browser for every PNG export of this process (2.5 s → 0.15 s per image)."""
    import kaleido

    try:
        kaleido.start_sync_server(silence_warnings=True)
    except Exception:  # noqa: BLE001 - an already running server is fine
        pass
    return True


def figure_png(fig) -> bytes:
    """The figure as PNG (needs a Chromium on PATH; raises RuntimeError with advice otherwise)."""
    if not any(shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome", "chrome")):
        raise RuntimeError("PNG export needs Chromium on PATH (apt-get install chromium)")
    _kaleido_server()
    started = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "kopts ignored when using a server": expected
        png = fig.to_image(format="png", width=1200, height=600, scale=1)
    if time.perf_counter() - started > 60:
        raise RuntimeError("PNG export took too long")
    return png


# --- emerging narratives -------------------------------------------------------------------
@st.cache_data(ttl=READ_TTL, show_spinner=False)
def emerging_clusters(url: str, days: int, min_size: int, weak_score: float, limit: int = 20) -> list[dict]:
    """The Emerging page's ranked clusters (as `Cluster.to_dict()`), window ending now."""
    from monitor.emerging import emerging

    return [c.to_dict() for c in emerging(get_store(url), None, days=days, min_size=min_size, limit=limit,
                                          weak_score=weak_score)]


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def dashboard_narratives(url: str) -> list[dict]:
    return get_store(url).dashboard_narratives()
