"""Accounts and sessions in a real browser (demo mode off): demo accounts cannot sign in and the
published passwords are not shown; an administrator is told which demo accounts remain; an
officer disabled while signed in is signed out at the next action (no decision recorded); a
manager demoted while signed in loses the Trends page; and a URL inside an item's title is
shown as text, never as a link (only the item's own checked link is)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from monitor.i18n import t
from tests.browser_support import BROWSER_MARKS, settle, streamlit_server
from tests.dashboard.conftest import PASSWORD, build_db

LANG = "en"
EVIL_TITLE = (
    "Xem https://evil.example/login và www.evil.example, [bấm](https://evil.example/md) "
    "<https://evil.example/angle> hoặc admin@evil.example"
)
OWN_URL = "https://news.example.org/own-item"

pytestmark = BROWSER_MARKS


def _db(path: Path) -> None:
    from classifiers.text import fold_strip
    from monitor.auth import hash_password
    from monitor.demo.bootstrap import ensure_demo_users
    from monitor.models import Classification, FeedKind, Item, Source
    from monitor.storage import Store

    url = f"sqlite:///{path}"
    build_db(url)
    store = Store(url)
    ensure_demo_users(store)
    store.add_user("off2", hash_password(PASSWORD), "officer")
    src = store.upsert_source(Source(name="Báo Link", url="https://news.example.org/rss", kind=FeedKind.NEWS))
    when = dt.datetime(2021, 5, 22, 8, tzinfo=dt.UTC)
    h = hashlib.sha256(EVIL_TITLE.encode()).hexdigest()
    store.save_items(
        [
            Item(
                source_id=src,
                title=EVIL_TITLE,
                text="Nội dung.",
                url=OWN_URL,
                canonical_url=None,
                guid="evil-title",
                lang="vi",
                published_at=when,
                fetched_at=when,
                content_hash=h,
                dedupe_key=h[:40],
                search_text=fold_strip(EVIL_TITLE),
            )
        ]
    )
    with store.read() as conn:
        item_id = conn.exec_driver_sql("SELECT id FROM items WHERE guid = 'evil-title'").scalar_one()
    store.save_classifications(
        [Classification(item_id=item_id, model_version="test-1", narrative="fraud_claim", score=0.999, flagged=True)]
    )
    store.dispose()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("accounts")
    db = tmp / "monitor.db"
    _db(db)
    with streamlit_server(tmp, db, LANG) as base:
        yield {"base": base, "url": f"sqlite:///{db}", "log": tmp / "streamlit.log"}


@pytest.fixture
def store(server):
    from monitor.storage import Store

    s = Store(server["url"])
    yield s
    s.dispose()


def _page(browser):
    return browser.new_context(viewport={"width": 1400, "height": 1100}).new_page()


def _submit_login(page, base: str, user: str, password: str) -> None:
    page.goto(base)
    page.get_by_role("button", name=t("login.submit", LANG)).wait_for(timeout=60_000)
    settle(page)
    page.get_by_label(t("login.username", LANG), exact=True).fill(user)
    page.get_by_label(t("login.password", LANG), exact=True).fill(password)
    page.get_by_role("button", name=t("login.submit", LANG)).click()
    settle(page)


def _body(page) -> str:
    return page.locator("body").inner_text()


# first: the disabled officer's test below acts on the top item (and, before the fix, decided it)
def test_a_url_in_an_item_title_is_not_a_link(server, browser):
    page = _page(browser)
    _submit_login(page, server["base"], "off2", PASSWORD)
    page.get_by_role("heading", name=t("queue.title", LANG)).wait_for(timeout=60_000)
    page.wait_for_selector("div.item-text", timeout=60_000)
    settle(page)
    # the item is on the page (as the open item or a row of the list, whichever order other tests
    # left the queue in), shown as text
    page.get_by_text(EVIL_TITLE, exact=True).first.wait_for(timeout=60_000)
    page.locator(f'a[href="{OWN_URL}"]').first.wait_for(timeout=60_000)  # (the open item's part may come later)
    links = page.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.href)")
    assert not [h for h in links if "evil.example" in h], links
    assert OWN_URL in links  # the item's own, checked link stays clickable
    assert "Traceback" not in server["log"].read_text(errors="replace")
    page.context.close()


def test_demo_accounts_are_refused_and_their_passwords_not_shown(server, browser):
    page = _page(browser)
    _submit_login(page, server["base"], "admin", "admin-demo")
    page.get_by_text("This demo account has a published password").wait_for(timeout=30_000)
    assert page.get_by_role("heading", name=t("queue.title", LANG)).count() == 0
    assert "admin-demo" not in _body(page) and "officer-demo" not in _body(page)  # no banner
    page.context.close()

    # a real administrator is told which demo accounts remain
    page = _page(browser)
    _submit_login(page, server["base"], "adm", PASSWORD)
    page.get_by_role("heading", name=t("queue.title", LANG)).wait_for(timeout=60_000)
    expected = t("app.demo_accounts_off", LANG, users="admin, manager, officer, trainer")
    page.get_by_text(expected).wait_for(timeout=30_000)
    assert "admin-demo" not in _body(page)
    page.context.close()


def test_disabled_officer_is_signed_out_at_the_next_action(server, browser, store):
    page = _page(browser)
    _submit_login(page, server["base"], "off", PASSWORD)
    page.get_by_role("heading", name=t("queue.title", LANG)).wait_for(timeout=60_000)
    page.wait_for_selector("div.item-text", timeout=60_000)
    settle(page)
    before = len(store.audit_entries(limit=1000, username="off", action_prefix="review."))
    store.update_user("off", by="test", active=False)  # as `monitor users disable off` does
    page.get_by_role("button", name=t("queue.confirm", LANG)).click()
    page.get_by_role("button", name=t("login.submit", LANG)).wait_for(timeout=60_000)
    settle(page)
    assert t("login.signed_out", LANG) in _body(page)
    assert page.get_by_role("heading", name=t("queue.title", LANG)).count() == 0
    assert len(store.audit_entries(limit=1000, username="off", action_prefix="review.")) == before
    page.context.close()


def test_demoted_manager_loses_trends_in_the_open_session(server, browser, store):
    page = _page(browser)
    _submit_login(page, server["base"], "man", PASSWORD)
    page.get_by_role("heading", name=t("trends.title", LANG)).wait_for(timeout=60_000)
    settle(page)
    assert page.get_by_role("link", name=t("nav.trends", LANG)).count() == 1
    store.update_user("man", by="test", role="officer")
    page.get_by_role("link", name=t("nav.sources", LANG)).click()
    page.get_by_role("heading", name=t("sources.title", LANG)).wait_for(timeout=60_000)
    settle(page)
    assert page.get_by_role("link", name=t("nav.trends", LANG)).count() == 0
    assert t("role.officer", LANG) in _body(page)
    page.context.close()
