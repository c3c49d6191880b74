"""In a real browser: a visitor who opens the dashboard while another session loads the
first-run demo sees a wait message, then the login page, without reloading."""

from __future__ import annotations

from monitor.demo.first_run import demo_lock
from monitor.i18n import t
from tests.browser_support import BROWSER_MARKS, settle, streamlit_server
from tests.dashboard.conftest import build_db
from tests.dashboard.test_demo_wait import demo_config
from tests.e2e.conftest import LANG

pytestmark = BROWSER_MARKS


def test_the_waiting_visitor_reaches_the_login_page_by_itself(tmp_path, browser):
    cfg, data, db = demo_config(tmp_path, LANG)
    with streamlit_server(tmp_path, db, LANG, config=cfg) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        with demo_lock(data) as held:  # this test is the other session, loading the demo
            assert held
            page.goto(base)
            page.get_by_text(t("app.demo_busy", LANG)).wait_for(timeout=60_000)
            build_db(f"sqlite:///{db}")  # the load writes its items ...
            page.wait_for_timeout(3_000)
            assert page.get_by_label(t("login.username", LANG)).count() == 0  # ... and is not done yet
        # the load is done: the page goes on by itself (before: "reload the page", and it stayed)
        page.get_by_label(t("login.username", LANG)).wait_for(timeout=30_000)
        settle(page)
        assert page.get_by_text(t("app.demo_busy", LANG)).count() == 0
        page.close()
