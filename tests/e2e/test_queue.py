"""The review queue in a real browser: decisions land on the item the officer sees (bulk ticks
carry item ids and are cleared after the action, the review form belongs to its item, a decision
on an item someone else decided meanwhile is refused), and a laptop screen shows the item, its
evidence, the approved answer and the buttons without scrolling, with keyboard shortcuts."""

from __future__ import annotations

import pytest

from monitor.i18n import t
from monitor.storage import Store
from tests.browser_support import BROWSER_MARKS, settle, text_becomes
from tests.e2e.conftest import LANG, login

pytestmark = BROWSER_MARKS


@pytest.fixture
def store(server):
    s = Store(f"sqlite:///{server['db']}")
    yield s
    s.dispose()


def _queue(store) -> list[dict]:
    return store.flagged_items(limit=50, grouped=True)  # what the page lists


def _heading_becomes(page, title: str) -> str:
    """The item heading once it shows ``title``; the last heading seen when it never does."""
    return text_becomes(page.get_by_role("heading", level=3).first, title)


def _decision_form(page):
    return page.get_by_test_id("stForm").filter(has=page.get_by_role("button", name=t("queue.confirm", LANG)))


def _tick_box(page, item_id: int):
    return page.locator(f".st-key-queue_sel_{item_id}")


def _relabel_value(page) -> str:
    box = _decision_form(page).get_by_test_id("stSelectbox").filter(has_text=t("queue.relabel_to", LANG))
    return box.get_by_role("combobox").input_value()


def _wait_status(page, store, item_id: int, status: str) -> None:
    for _ in range(90):
        if store.item_detail(item_id)["status"] == status:
            break
        page.wait_for_timeout(500)
    settle(page)
    assert store.item_detail(item_id)["status"] == status


def _lands(page, store, ids, status: str, seconds: float) -> bool:
    """Whether every item of ``ids`` reaches ``status`` within ``seconds``."""
    for _ in range(int(seconds * 2)):
        if all(store.item_detail(i)["status"] == status for i in ids):
            return True
        page.wait_for_timeout(500)
    return False


def _open_by_picker(page, item_id: int) -> None:
    box = page.get_by_test_id("stSelectbox").filter(has_text=t("queue.open_item", LANG))
    box.get_by_role("combobox").click()
    page.keyboard.type(f"#{item_id} ")
    page.get_by_role("option").filter(has_text=f"#{item_id} ").first.click()
    settle(page)


def test_bulk_applies_to_the_ticked_ids_and_clears_the_selection(server, browser, store):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    login(page, server["base"], "off")
    ids = [r["id"] for r in _queue(store)]
    ticked = [ids[1], ids[2], ids[4]]
    for i in ticked:
        _tick_box(page, i).locator("label").click()
        settle(page)
    bulk = t("queue.bulk", LANG)
    page.get_by_text(f"{bulk} (3)").click()
    applies = page.get_by_text(t("queue.bulk_applies", LANG, n=3, items="")[:-1].strip())
    assert all(f"#{i}" in applies.inner_text() for i in ticked)
    # another officer dismisses the top row meanwhile: every row below moves up by one
    store.decide([ids[0]], "man", "dismiss")
    apply = page.get_by_role("button", name=t("queue.bulk_apply", LANG))
    apply.click()
    if not _lands(page, store, ticked, "confirmed", seconds=30):
        # On a loaded CI machine the first click has been seen to decide nothing within 45 s (not
        # reproduced elsewhere); an officer would click again, and with nothing decided the ticks
        # are still there to apply.
        settle(page)
        apply.click()
    assert _lands(page, store, ticked, "confirmed", seconds=60)
    done = page.get_by_test_id("stAlert").filter(has_text=t("decision.confirm", LANG)).first
    done.wait_for(timeout=45_000)
    settle(page)
    assert "3" in done.inner_text() and all(f"#{i}" in done.inner_text() for i in ticked)
    assert [store.item_detail(i)["status"] for i in ticked] == ["confirmed"] * 3
    untouched = [i for i in ids[1:8] if i not in ticked]
    assert [store.item_detail(i)["status"] for i in untouched] == ["flagged"] * len(untouched)
    # nothing stays ticked, and the label counts nothing
    boxes = page.locator("[class*='st-key-queue_sel_'] input[type=checkbox]")
    assert boxes.count() > 5 and not any(boxes.nth(k).is_checked() for k in range(boxes.count()))
    assert page.get_by_text(f"{bulk} (").count() == 0
    # applying again decides nothing
    before = len(store.audit_entries(limit=500))
    apply = page.get_by_role("button", name=t("queue.bulk_apply", LANG))
    if not apply.is_visible():
        page.get_by_text(bulk, exact=True).click()
    apply.click()
    page.get_by_text(t("common.nothing_selected", LANG)).wait_for(timeout=45_000)
    assert len(store.audit_entries(limit=500)) == before
    page.close()


def test_review_form_belongs_to_the_item_shown(server, browser, store):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    login(page, server["base"], "off")
    rows = _queue(store)
    names = {n["key"]: n["name_vi"] for n in store.list_narratives()}
    a = rows[0]
    b = next(r for r in rows[1:] if r["narrative"] != a["narrative"])
    assert _heading_becomes(page, a["title"]) == a["title"]
    form = _decision_form(page)
    assert _relabel_value(page) == names[a["narrative"]]
    form.get_by_label(t("queue.note", LANG), exact=True).fill("đã đối chiếu")
    form.get_by_role("button", name=t("queue.confirm", LANG)).click()
    _wait_status(page, store, a["id"], "confirmed")
    _open_by_picker(page, b["id"])
    assert _heading_becomes(page, b["title"]) == b["title"]
    form = _decision_form(page)
    assert _relabel_value(page) == names[b["narrative"]]
    assert form.get_by_label(t("queue.note", LANG), exact=True).input_value() == ""
    page.close()


def test_a_decision_on_an_item_decided_meanwhile_is_refused(server, browser, store):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    login(page, server["base"], "off")
    first = _queue(store)[0]
    assert _heading_becomes(page, first["title"]) == first["title"]
    store.decide([first["id"]], "man", "dismiss")  # another officer, after the page was drawn
    _decision_form(page).get_by_role("button", name=t("queue.confirm", LANG)).click()
    refused = page.get_by_test_id("stAlert").filter(has_text=f"#{first['id']}").first
    refused.wait_for(timeout=45_000)
    assert t("status.dismissed", LANG) in refused.inner_text()
    assert store.item_detail(first["id"])["status"] == "dismissed"
    actions = [
        (a["username"], a["action"]) for a in store.audit_entries(limit=100) if a["target"] == f"item:{first['id']}"
    ]
    assert actions == [("off", "review.refused"), ("man", "review.dismiss")]
    page.close()


def test_laptop_screen_shows_item_evidence_answer_and_buttons_and_shortcuts_work(server, browser, store):
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    login(page, server["base"], "off")
    rows = _queue(store)
    page.wait_for_selector("mark.evidence", timeout=45_000)
    settle(page)
    form = _decision_form(page)
    parts = {
        "item": page.get_by_role("heading", level=3).first,
        "evidence": page.locator("mark.evidence").first,
        "answer": page.get_by_text(t("queue.matched", LANG), exact=True),
        "confirm": form.get_by_role("button", name=t("queue.confirm", LANG)),
        "dismiss": form.get_by_role("button", name=t("queue.dismiss", LANG)),
        "relabel": form.get_by_role("button", name=t("queue.relabel", LANG)),
        "first row": _tick_box(page, rows[0]["id"]),
    }
    for name, loc in parts.items():
        box = loc.bounding_box()
        assert box and box["y"] >= 0 and box["y"] + box["height"] <= 768, (name, box)
    # the list shows narrative and score on the row, no sideways scrolling; a big hit area
    row = _tick_box(page, rows[0]["id"])
    names = {n["key"]: n["name_vi"] for n in store.list_narratives()}
    row.get_by_text(names[rows[0]["narrative"]], exact=False).wait_for(timeout=30_000)  # (a re-run may redraw it)
    assert names[rows[0]["narrative"]] in row.inner_text() and f"{rows[0]['score']:.2f}" in row.inner_text()
    assert row.bounding_box()["height"] >= 20 and row.bounding_box()["width"] >= 200
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    # typing a note never fires a shortcut ("y" confirms, "x" dismisses elsewhere)
    note = form.get_by_label(t("queue.note", LANG), exact=True)
    note.click()
    page.keyboard.type("xy jk")
    settle(page)
    assert store.reviews_for_item(rows[0]["id"]) == [] and note.input_value() == "xy jk"
    note.fill("")
    # keyboard: next, previous, confirm
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.keyboard.press("j")
    settle(page)
    assert _heading_becomes(page, rows[1]["title"]) == rows[1]["title"]
    page.keyboard.press("k")
    settle(page)
    assert _heading_becomes(page, rows[0]["title"]) == rows[0]["title"]
    page.evaluate("document.activeElement && document.activeElement.blur()")  # (a redraw may focus a field)
    page.keyboard.press("y")
    page.get_by_test_id("stAlert").filter(has_text=f"#{rows[0]['id']}").first.wait_for(timeout=45_000)
    settle(page)
    assert store.item_detail(rows[0]["id"])["status"] == "confirmed"
    page.close()


def test_one_row_per_story_and_a_decision_for_the_whole_story(server, browser, store):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    login(page, server["base"], "off")
    # a story with two or more copies still open (tests before this one may have decided a copy)
    stories = [r for r in _queue(store) if r["cluster_size"] > 1]
    open_copies = {r["id"]: [m["id"] for m in store.cluster_members(r["cluster_key"])] for r in stories}
    story = next(r for r in stories if len(open_copies[r["id"]]) > 1)
    members = open_copies[story["id"]]
    row = _tick_box(page, story["id"])
    label = t("queue.story", LANG, copies=story["cluster_size"], sources=story["cluster_sources"])
    row.get_by_text(label, exact=False).wait_for(state="attached", timeout=30_000)
    assert all(_tick_box(page, i).count() == 0 for i in members if i != story["id"])  # copies have no rows
    _open_by_picker(page, story["id"])
    whole = page.get_by_text(t("queue.whole_story", LANG, n=len(members), items="")[:-2].strip())
    assert all(f"#{i}" in whole.inner_text() for i in members)  # count and ids before applying
    whole.click()
    settle(page)
    _decision_form(page).get_by_role("button", name=t("queue.dismiss", LANG)).click()
    for i in members:
        _wait_status(page, store, i, "dismissed")
    page.close()
