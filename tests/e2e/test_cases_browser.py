"""The trainer's Cases page in a real browser: the teaching-note box opens on the picked case's
own note (saving it untouched keeps the note), and a taken set name is refused in Vietnamese
with what was typed left in the form."""

from __future__ import annotations

from monitor.i18n import t
from monitor.models import Review, ReviewDecision
from monitor.storage import Store
from monitor.storage.filters import ItemFilters
from tests.browser_support import BROWSER_MARKS, settle
from tests.e2e.conftest import LANG, login

pytestmark = BROWSER_MARKS


def pick(page, label: str, option: str) -> None:
    """Choose `option` in the Streamlit selectbox labelled `label`."""
    page.get_by_label(label, exact=True).click()
    page.get_by_role("option", name=option).click()
    settle(page)


def wait_for_refusal(page, text: str) -> None:
    """Wait for the refusal ``text``; when it does not show, fail saying what the page showed
    instead (its messages and whether the new-set panel is still open), not only a timeout."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.get_by_text(text).wait_for(timeout=90_000)
    except PlaywrightTimeout:
        alerts = page.locator('[data-testid="stAlert"], [data-testid="stException"]').all_inner_texts()
        panel_open = page.get_by_label(t("cases.name", LANG), exact=True).is_visible()
        raise AssertionError(
            f"no refusal {text!r}; messages shown: {alerts}; new-set panel open: {panel_open}"
        ) from None


def test_teaching_note_is_kept_and_a_taken_set_name_is_refused_in_vietnamese(server, browser):
    store = Store(f"sqlite:///{server['db']}")
    set_id = store.create_case_set("Bộ kiểm tra ghi chú", "", "tra")
    item = store.flagged_items(ItemFilters(narratives=["procedure_false"]), limit=1)[0]
    store.save_review(Review(item_id=item["id"], username="off", decision=ReviewDecision.CONFIRM))
    store.add_cases(set_id, [item["id"]], "tra", teaching_note="Chỉ ra ngày sai")

    page = browser.new_page(viewport={"width": 1440, "height": 1400})
    login(page, server["base"], "adm")  # an admin has the trainer's Cases page too
    page.get_by_role("link", name=t("nav.cases", LANG)).click()
    page.get_by_role("heading", name=t("cases.title", LANG)).wait_for(timeout=60_000)
    settle(page)
    pick(page, t("cases.pick_set", LANG), "Bộ kiểm tra ghi chú (1)")

    box = page.get_by_label(t("cases.edit_note", LANG), exact=True)
    assert box.input_value() == "Chỉ ra ngày sai"  # before: an empty box
    page.get_by_role("button", name=t("common.save", LANG), exact=True).click()
    page.get_by_text(t("common.saved", LANG)).wait_for(timeout=45_000)
    settle(page)
    assert store.case_rows(set_id)[0]["teaching_note"] == "Chỉ ra ngày sai"  # before: erased

    page.get_by_text(t("cases.new_set", LANG), exact=True).click()
    name = page.get_by_label(t("cases.name", LANG), exact=True)
    name.fill("Bộ kiểm tra ghi chú")
    page.get_by_label(t("cases.description", LANG), exact=True).fill("Mô tả đã gõ")
    page.get_by_role("button", name=t("cases.create", LANG), exact=True).click()
    wait_for_refusal(page, "Lỗi: đã có bộ tình huống tên «Bộ kiểm tra ghi chú»")
    settle(page)
    assert name.is_visible()  # the panel stays open after the note's "saved" message went away
    assert name.input_value() == "Bộ kiểm tra ghi chú"  # before: the form was wiped
    assert page.get_by_label(t("cases.description", LANG), exact=True).input_value() == "Mô tả đã gõ"
    assert page.get_by_text("already exists").count() == 0
    store.dispose()
    page.close()
