"""The main path in a real browser: log in, review an item and see it leave the queue, open
Trends, export a case set. Its screenshots go to the test's own folder (the README's come from
the shipped demo: tests/e2e/test_readme_screenshots.py)."""

from __future__ import annotations

import io

from monitor.i18n import t
from tests.browser_support import BROWSER_MARKS, settle, text_becomes
from tests.e2e.conftest import LANG, login

pytestmark = BROWSER_MARKS


def test_main_path(server, browser, tmp_path):
    from docx import Document

    from monitor.storage import Store

    IMG = tmp_path  # noqa: N806 - the README's images are the demo's, not this test database's
    page = browser.new_page(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    page.goto(server["base"])
    page.get_by_role("button", name=t("login.submit", LANG)).wait_for(timeout=60_000)
    settle(page)
    page.screenshot(path=str(IMG / "login.png"))

    # a page's address without a session shows the login form, never the page
    page.goto(server["base"] + "/admin")
    page.get_by_role("button", name=t("login.submit", LANG)).wait_for(timeout=60_000)
    settle(page)
    assert page.get_by_role("heading", name=t("admin.title", LANG)).count() == 0
    page.goto(server["base"])  # (Streamlit also opens a "page not found" dialog there)
    page.get_by_role("button", name=t("login.submit", LANG)).wait_for(timeout=60_000)
    settle(page)

    # a wrong password is refused
    page.get_by_label(t("login.username", LANG)).fill("adm")
    page.get_by_label(t("login.password", LANG)).fill("wrong-password")
    page.get_by_role("button", name=t("login.submit", LANG)).click()
    page.get_by_text(t("login.failed", LANG)).wait_for(timeout=45_000)

    login(page, server["base"], "adm")
    store = Store(f"sqlite:///{server['db']}")
    first = store.flagged_items(limit=1)[0]
    second = store.flagged_items(limit=2)[1]
    page.wait_for_selector("mark.evidence", timeout=45_000)
    page.set_viewport_size({"width": 1440, "height": 2000})  # Streamlit scrolls inside: grow the window instead
    settle(page)
    page.screenshot(path=str(IMG / "queue.png"))
    page.set_viewport_size({"width": 1440, "height": 1000})
    heading = page.get_by_role("heading", level=3)
    assert heading.first.inner_text().strip() == first["title"]

    # confirm it: stored, audited, and gone from the queue
    page.get_by_label(t("queue.note", LANG), exact=True).fill("đã đối chiếu văn bản")
    page.get_by_role("button", name=t("queue.confirm", LANG)).click()
    page.get_by_test_id("stAlert").filter(has_text=t("decision.confirm", LANG)).filter(
        has_text=f"#{first['id']}"
    ).wait_for(timeout=45_000)
    settle(page)
    assert store.item_detail(first["id"])["status"] == "confirmed"
    assert store.audit_entries(limit=1)[0]["action"] == "review.confirm"
    assert text_becomes(heading.first, second["title"]) == second["title"]  # the next item is open
    assert first["id"] not in [r["id"] for r in store.flagged_items(limit=100)]

    # mark the next one as a training case: it lands in the queue's case set
    page.get_by_role("button", name=t("queue.mark_case", LANG)).click()
    page.get_by_text(t("decision.case", LANG), exact=False).first.wait_for(timeout=45_000)
    settle(page)

    # Trends
    page.get_by_role("link", name=t("nav.trends", LANG)).click()
    page.get_by_role("heading", name=t("trends.title", LANG)).wait_for(timeout=60_000)
    page.wait_for_selector(".js-plotly-plot", timeout=60_000)
    settle(page)
    page.set_viewport_size({"width": 1440, "height": 1700})
    settle(page)
    page.wait_for_timeout(800)  # plotly animates its first draw
    page.screenshot(path=str(IMG / "trends.png"))
    page.set_viewport_size({"width": 1440, "height": 1000})

    # Cases: the set made from the queue, exported as DOCX
    page.get_by_role("link", name=t("nav.cases", LANG)).click()
    page.get_by_role("heading", name=t("cases.title", LANG)).wait_for(timeout=60_000)
    settle(page)
    page.screenshot(path=str(IMG / "cases.png"))
    with page.expect_download(timeout=60_000) as dl:
        page.get_by_role("button", name=t("common.download_docx", LANG)).click()
    out = tmp_path / "cases.docx"
    dl.value.save_as(out)
    text = "\n".join(p.text for p in Document(io.BytesIO(out.read_bytes())).paragraphs)
    case = store.case_rows(store.list_case_sets()[0]["id"])[0]
    assert case["title"] in text
    store.dispose()
    page.close()
