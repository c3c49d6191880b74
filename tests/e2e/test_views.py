"""Panels and choices that stay put in a real browser: the queue's filter panel stays open after
"apply", the search can require exact accents and marks the words it found, a background
export says "done" by itself, and Trends keeps its choices when you leave and come back."""

from __future__ import annotations

from monitor.i18n import t
from monitor.storage import Store
from monitor.storage.filters import ItemFilters
from tests.browser_support import BROWSER_MARKS, settle
from tests.e2e.conftest import LANG, login

pytestmark = BROWSER_MARKS


def test_filter_panel_stays_open_after_apply_and_a_decision(server, browser):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    login(page, server["base"], "off")
    page.get_by_text(t("queue.filters", LANG), exact=True).click()
    search = page.get_by_label(t("queue.search", LANG))
    search.fill("bau cu")
    page.get_by_role("button", name=t("queue.filters", LANG) + " ✓").click()
    settle(page)
    assert search.is_visible() and search.input_value() == "bau cu"
    # a decision puts a message above the panel: the panel stays open all the same
    page.get_by_role("button", name=t("queue.dismiss", LANG)).click()
    page.get_by_test_id("stAlert").first.wait_for(timeout=45_000)
    settle(page)
    assert search.is_visible() and search.input_value() == "bau cu"
    page.close()


def test_exact_accents_search_marks_the_words(server, browser):
    store = Store(f"sqlite:///{server['db']}")
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    login(page, server["base"], "off")
    page.get_by_text(t("queue.filters", LANG), exact=True).click()
    search = page.get_by_label(t("queue.search", LANG))
    search.fill("phạt")
    page.get_by_text(t("queue.search_exact", LANG), exact=True).click()
    page.get_by_role("button", name=t("queue.filters", LANG) + " ✓").click()
    settle(page)
    n = store.count_flagged(ItemFilters(q="phạt", q_exact=True), grouped=True)  # one row per story
    items = store.count_flagged(ItemFilters(q="phạt", q_exact=True))
    count = t("queue.count", LANG, n=n) if n == items else t("queue.count_grouped", LANG, n=n, items=items)
    assert n
    page.get_by_text(count).wait_for(timeout=30_000)  # the rerun can outlast settle on a busy machine
    assert page.get_by_text(count).count() == 1
    marks = page.locator("mark.search")
    marks.first.wait_for(timeout=30_000)
    assert all("phạt" in m.casefold() for m in marks.all_inner_texts())
    store.dispose()
    page.close()


def test_background_export_says_done_without_a_click(server, browser):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    login(page, server["base"], "off")
    page.get_by_text(t("views.save_and_export", LANG), exact=True).click()
    page.get_by_role("button", name=t("downloads.start", LANG, n=1)[: -len(" 1 tin (chạy nền)")]).first.wait_for()
    settle(page)  # a click while the page is still rerunning can be lost
    page.get_by_role("button").filter(has_text="(chạy nền)").first.click()
    # no click after this one: the list must turn to "done" and offer the file by itself
    page.get_by_role("button", name=t("downloads.get", LANG)).first.wait_for(timeout=90_000)
    assert page.get_by_text(f"· {t('downloads.status.done', LANG)} ·").count() >= 1
    page.close()


def test_trends_keeps_its_choices_when_you_come_back(server, browser):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    login(page, server["base"], "adm")
    page.get_by_role("link", name=t("nav.trends", LANG)).click()
    page.get_by_role("heading", name=t("trends.title", LANG)).wait_for(timeout=60_000)
    settle(page)
    narr = page.get_by_test_id("stMultiSelect").filter(has_text=t("queue.narratives", LANG))
    chips = narr.get_by_role("button", name="Remove")  # each chosen narrative has its remove control
    before = chips.count()
    assert before >= 2
    chips.first.click()
    settle(page)
    page.get_by_text(t("trends.week", LANG), exact=True).click()
    settle(page)
    rng = page.get_by_test_id("stDateInput").filter(has_text=t("trends.range", LANG)).locator("input")
    range_before = [i.input_value() for i in rng.all()]
    page.get_by_role("link", name=t("nav.queue", LANG)).click()
    page.get_by_role("heading", name=t("queue.title", LANG)).wait_for(timeout=60_000)
    settle(page)
    page.get_by_role("link", name=t("nav.trends", LANG)).click()
    page.get_by_role("heading", name=t("trends.title", LANG)).wait_for(timeout=60_000)
    settle(page)
    narr = page.get_by_test_id("stMultiSelect").filter(has_text=t("queue.narratives", LANG))
    assert narr.get_by_role("button", name="Remove").count() == before - 1
    week = page.get_by_test_id("stRadio").locator("input[type=radio]").nth(1)
    assert week.is_checked()
    assert [i.input_value() for i in rng.all()] == range_before
    page.close()


def test_evidence_on_screen_names_content_never_people(server, browser):
    import datetime as dt

    from classifiers.results import Evidence
    from monitor.models import Classification
    from tests.dashboard.conftest import _item

    store = Store(f"sqlite:///{server['db']}")
    source = store.list_sources()[0].id
    title = "Ông Trần Văn Hùng: không đi bầu sẽ bị phạt"
    text = "Theo ông Trần Văn Hùng, ai không đi bầu cử sẽ bị phạt tiền."
    store.save_items([_item(source, 9001, title, text, dt.datetime(2021, 5, 20, tzinfo=dt.UTC))])
    item_id = store.search_items("Tran Van Hung", limit=1)[0]["id"]
    terms = ["ông", "hùng", "trần văn", "example", "của", "bị phạt", "phạt tiền"]
    store.save_classifications(
        [
            Classification(
                item_id=item_id,
                model_version="test-1",
                narrative="participation_deterrence",
                score=0.99,
                flagged=True,
                evidence=[Evidence(term=x, weight=0.5) for x in terms],
            )
        ]
    )
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    login(page, server["base"], "off")
    assert page.get_by_role("heading", level=3).first.inner_text().strip() == title
    page.locator("mark.evidence").first.wait_for(timeout=30_000)
    marked = {m.strip().casefold() for m in page.locator("mark.evidence").all_inner_texts()}
    assert marked and marked <= {"bị phạt", "bị phạt tiền"}, marked  # overlapping terms make one mark
    line = page.get_by_text(t("queue.evidence", LANG) + ":").first.inner_text()
    for hidden in ("ông", "hùng", "trần", "example", "của"):
        assert hidden not in line.split(":", 1)[1].casefold(), line
    store.dispose()
    page.close()


def test_a_vietnamese_username_is_created_and_logs_in(server, browser):
    from tests.dashboard.conftest import PASSWORD

    page = browser.new_page(viewport={"width": 1366, "height": 900})
    login(page, server["base"], "adm")
    page.get_by_role("link", name=t("nav.admin", LANG)).click()
    page.get_by_role("heading", name=t("admin.title", LANG)).wait_for(timeout=60_000)
    settle(page)
    page.get_by_label(t("admin.username", LANG), exact=True).first.fill("lê.thị.hoa")
    page.get_by_label(t("admin.password", LANG), exact=True).fill(PASSWORD)
    page.get_by_role("button", name=t("admin.create", LANG)).click()
    page.get_by_text(t("admin.created", LANG, user="lê.thị.hoa")).wait_for(timeout=45_000)
    page.get_by_role("button", name=t("app.logout", LANG)).click()
    settle(page)
    login(page, server["base"], "lê.thị.hoa")
    assert page.get_by_text("lê.thị.hoa").count() >= 1
    page.close()
