"""One Streamlit server over one small database for every real-browser test (starting one
costs seconds); the tests read the database to know which items are still open."""

from __future__ import annotations

import pytest

from monitor.i18n import t
from tests.browser_support import settle, streamlit_server
from tests.dashboard.conftest import PASSWORD, build_db

LANG = "vi"
__all__ = ["LANG", "PASSWORD", "login"]


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e")
    db = tmp / "monitor.db"
    build_db(f"sqlite:///{db}")
    with streamlit_server(tmp, db, LANG) as base:
        yield {"base": base, "db": db}


def login(page, base: str, user: str) -> None:
    """Log in through the form (fields found by their labels) and wait for the queue."""
    page.goto(base)
    page.get_by_label(t("login.username", LANG)).fill(user)
    page.get_by_label(t("login.password", LANG)).fill(PASSWORD)
    page.get_by_role("button", name=t("login.submit", LANG)).click()
    page.get_by_role("heading", name=t("queue.title", LANG)).wait_for(timeout=60_000)
    settle(page)
