"""Streamlit entry: `streamlit run dashboard.py`.

Page config, language switch, login with idle timeout, first-run demo loading, and
st.navigation over only the pages the user's role may open (pages live in app_pages/, never
pages/, which Streamlit would serve to anyone without asking who they are).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path

import streamlit as st

from monitor.auth import ROLE_PAGES, authenticate
from monitor.demo.bootstrap import demo_accounts_notice, prepare
from monitor.demo.first_run import demo_wanted, load_demo_once
from monitor.errors import AuthError, DemoAccountError, MonitorError
from monitor.i18n import t
from monitor.interfaces import dashboard_data as dd
from monitor.models import Role

HERE = Path(__file__).resolve().parent
DEMO_WAIT_SECONDS = 2  # how often a session waiting for another one's demo load looks again
PAGE_FILES = {
    "queue": ("app_pages/queue.py", ":material/fact_check:"),
    "trends": ("app_pages/trends.py", ":material/monitoring:"),
    "cases": ("app_pages/cases.py", ":material/school:"),
    "messages": ("app_pages/messages.py", ":material/campaign:"),
    "sources": ("app_pages/sources.py", ":material/rss_feed:"),
    "model": ("app_pages/model.py", ":material/model_training:"),
    "admin": ("app_pages/admin.py", ":material/admin_panel_settings:"),
    "emerging": ("app_pages/emerging.py", ":material/trending_up:"),
}

st.set_page_config(page_title="Election monitor", page_icon=":material/how_to_vote:", layout="wide")
# Streamlit writes "Press Enter to submit form" / "Press Enter to apply" under text fields in English
# only; the interface has one language at a time, so the hint is not shown (Enter still works).
st.html("<style>[data-testid='InputInstructions']{display:none}</style>")


def _language_switch() -> str:
    default = dd.lang()
    st.sidebar.selectbox(
        t("app.language", default),
        ["vi", "en"],
        index=["vi", "en"].index(default),
        key=dd.LANG_KEY,
        format_func=lambda c: {"vi": "Tiếng Việt", "en": "English"}[c],
        placeholder=t("common.choose", default),
    )
    return dd.lang()


def _load_demo_once(config, store, lang: str) -> None:
    """First run: fill an empty database with the bundled demo (monitor.demo.first_run holds the
    lock; another session loading it now shows a wait message)."""
    bar = st.progress(0.0, text=t("app.demo_loading", lang))

    def progress(fraction: float, label: str) -> None:
        bar.progress(min(max(fraction, 0.0), 1.0), text=f"{t('app.demo_loading', lang)} {label}")

    try:
        loaded = load_demo_once(config, store, progress=progress)
    except MonitorError as exc:
        bar.empty()
        st.error(t("app.demo_failed", lang, error=exc))
        return
    except Exception as exc:  # noqa: BLE001 - a half-built demo must not take the login page down
        bar.empty()
        st.error(t("app.demo_failed", lang, error=f"{type(exc).__name__}: {exc}"))
        return
    finally:
        dd.invalidate()
    bar.empty()
    if loaded is None:
        # another session is loading it: look again in a moment, and go on by ourselves when it is done
        st.info(t("app.demo_busy", lang))
        time.sleep(DEMO_WAIT_SECONDS)
        st.rerun()
    if loaded:
        st.toast(t("app.demo_done", lang))


@st.cache_resource(show_spinner=False)
def _prepared(url: str) -> bool:
    """Taxonomy, approved messages and configured feeds, once per server process."""
    config = dd.get_config()
    store = dd.get_store(url)
    prepare(config, store)
    notice = demo_accounts_notice(store, config.demo_enabled)
    if notice:  # start-up: the operator reading the server's output learns which remain
        logging.getLogger("monitor.dashboard").warning(notice)
    return True


def _login(store, config, lang: str) -> None:
    st.title(t("app.title", lang))
    st.subheader(t("login.title", lang))
    if notice := st.session_state.pop(dd.NOTICE_KEY, None):
        st.warning(t(notice, lang))
    if not dd.users(config.database_url):
        st.info(t("login.no_users", lang))
    with st.columns([2, 3])[0], st.form("login_form"):
        username = st.text_input(t("login.username", lang), key="login_username", autocomplete="username")
        password = st.text_input(
            t("login.password", lang), type="password", key="login_password", autocomplete="current-password"
        )
        submitted = st.form_submit_button(t("login.submit", lang), type="primary")
    if submitted:
        s = config.settings
        try:
            user = authenticate(
                store,
                username.strip(),
                password,
                dt.datetime.now(dt.UTC),
                lock_after=s.login_lock_after,
                lock_seconds=s.login_lock_seconds,
                demo_mode=config.demo_enabled,
            )
        except DemoAccountError:
            st.error(t("login.demo_locked", lang))
            return
        except AuthError as exc:
            key = "login.locked" if "too many" in str(exc) else "login.failed"
            st.error(t(key, lang))
            return
        dd.sign_out()  # a fresh session: nothing from before the sign-in carries over
        st.session_state[dd.USER_KEY] = {"username": user["username"], "role": Role(user["role"]).value}
        st.session_state[dd.LAST_SEEN_KEY] = time.time()
        dd.invalidate()
        st.rerun()


def _check_idle(config) -> None:
    """Sign out a session idle for longer than session_timeout_minutes."""
    if dd.USER_KEY not in st.session_state:
        return
    now = time.time()
    last = st.session_state.get(dd.LAST_SEEN_KEY, now)
    if now - last > config.settings.session_timeout_minutes * 60:
        dd.sign_out("login.expired")
    else:
        st.session_state[dd.LAST_SEEN_KEY] = now


def main() -> None:
    lang = _language_switch()
    try:
        config = dd.get_config()
    except MonitorError as exc:
        st.error(t("app.config_error", lang, error=exc))
        st.stop()
    try:
        store = dd.get_store(config.database_url)
        _prepared(config.database_url)
    except MonitorError as exc:
        st.error(t("app.storage_error", lang, error=exc))
        st.stop()

    if demo_wanted(config, store):
        _load_demo_once(config, store, lang)
    elif not store.has_items():
        st.sidebar.info(t("app.empty_db", lang))

    # The published passwords are shown only in demo mode, and only while such accounts remain.
    demo_accounts = dd.demo_accounts(config.database_url)
    if config.demo_enabled and demo_accounts:
        st.sidebar.info(t("app.demo_banner", lang))

    _check_idle(config)
    user = dd.current_user()
    if user is None:
        nav = st.navigation(
            [
                st.Page(
                    lambda: _login(store, config, lang),
                    title=t("nav.login", lang),
                    icon=":material/login:",
                    url_path="login",
                    default=True,
                )
            ],
            position="hidden",
        )
        nav.run()
        return

    role = Role(user["role"])
    st.sidebar.caption(t("app.signed_in_as", lang, user=user["username"], role=t(f"role.{role.value}", lang)))
    st.sidebar.caption(t("app.time_zone", lang, zone=dd.zone_label()))
    alerts = dd.open_alert_count(config.database_url, user)
    if alerts:
        st.sidebar.warning(t("app.alerts_badge", lang, n=alerts))
    if role == Role.ADMIN and demo_accounts:
        key = "app.demo_accounts_on" if config.demo_enabled else "app.demo_accounts_off"
        st.sidebar.warning(t(key, lang, users=", ".join(demo_accounts)))
    if st.sidebar.button(t("app.logout", lang), key="logout"):
        store.audit(user["username"], "logout", f"user:{user['username']}")
        dd.sign_out()
        st.rerun()

    pages = [
        st.Page(
            str(HERE / PAGE_FILES[name][0]),
            title=t(f"nav.{name}", lang),
            icon=PAGE_FILES[name][1],
            url_path=name,
            default=(i == 0),
        )
        for i, name in enumerate(ROLE_PAGES[role])
    ]
    st.navigation(pages).run()


main()
