"""Trends for a manager in a real browser, interface in Vietnamese: no English on the screen
(widget placeholders, Enter hints, chart axes), the PNG download in the screen's colours, and
the weekly digest made and downloaded from the page."""

from __future__ import annotations

import io

from monitor.i18n import t
from monitor.outputs.figures import OFFICIAL_COLOUR, narrative_colours
from tests.browser_support import BROWSER_MARKS, settle
from tests.e2e.conftest import LANG, PASSWORD, login

pytestmark = BROWSER_MARKS

ENGLISH = ("Choose options", "Choose an option", "Press Enter", "Distorted", "Official items", "Spike", "Count")


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


def _pixels(image, colour) -> int:
    return sum(
        n
        for n, px in image.getcolors(maxcolors=1 << 20)
        if all(abs(a - b) <= 6 for a, b in zip(px, colour, strict=True))
    )


def test_open_alert_details_read_in_vietnamese(server, browser):
    """The detail of an open alert was the detector's English sentence on the Vietnamese screen."""
    from monitor.storage import Store
    from tests.dashboard.test_trends_page import _raised_alerts

    store = Store(f"sqlite:///{server['db']}")
    raised = _raised_alerts(store)
    names = {n["key"]: n["name_vi"] for n in store.list_narratives()}
    try:
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        page.goto(server["base"])  # a manager starts on Trends
        page.get_by_label(t("login.username", LANG)).fill("man")
        page.get_by_label(t("login.password", LANG)).fill(PASSWORD)
        page.get_by_role("button", name=t("login.submit", LANG)).click()
        page.get_by_role("heading", name=t("trends.title", LANG)).wait_for(timeout=60_000)
        settle(page)
        expander = page.locator(
            "[data-testid='stExpander'] summary",
            has_text=t("trends.alerts_panel", LANG, n=len(raised), unseen=len(raised)),
        )
        expander.click()
        settle(page)
        grid = page.locator("[data-testid='stDataFrame']").first
        grid.wait_for(timeout=30_000)
        for _ in range(150):  # the grid fills its accessible cells after drawing (slower on a busy machine)
            shown = grid.text_content() or ""
            if names["fraud_claim"] in shown:
                break
            page.wait_for_timeout(200)
        for key in ("fraud_claim", "procedure_false", "participation_deterrence"):
            assert names[key] in shown, (key, shown)
        for english in ("distorted items", "usual is", "has been flagged", "different sources", "UTC"):
            assert english not in shown, english

        # the manager acknowledges the spike on the page (it could only be done on the command line)
        spike = next(a for a in raised if a.kind == "spike")
        option = t(
            "trends.alert_option", LANG, id=spike.id, kind=t("trends.alert_spike", LANG), what=names["fraud_claim"]
        )
        page.get_by_role("combobox", name=t("trends.alert_pick", LANG)).click()
        page.get_by_role("option", name=option).click()
        page.keyboard.press("Escape")
        settle(page)
        page.get_by_role("button", name=t("trends.alert_ack", LANG)).click()
        page.get_by_text(t("trends.alert_acked", LANG, n=1)).wait_for(timeout=30_000)
        assert store.get_alert(spike.id)["acknowledged_by"] == "man"
        sidebar = page.locator("[data-testid='stSidebar']")
        assert t("app.alerts_badge", LANG, n=len(raised) - 1) in sidebar.inner_text()
        # the panel counts every open alert and names the unseen ones apart (both read "đang mở: n")
        assert (
            page.locator(
                "[data-testid='stExpander'] summary",
                has_text=t("trends.alerts_panel", LANG, n=len(raised), unseen=len(raised) - 1),
            ).count()
            == 1
        )
        page.close()
    finally:
        for a in raised:
            store.close_alert(a.id)
        store.dispose()


def test_trends_in_vietnamese_png_in_colour_and_the_digest(server, browser, tmp_path):
    from PIL import Image

    from monitor.storage import Store

    page = browser.new_page(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    page.goto(server["base"])  # a manager starts on Trends
    page.get_by_label(t("login.username", LANG)).fill("man")
    page.get_by_label(t("login.password", LANG)).fill(PASSWORD)
    page.get_by_role("button", name=t("login.submit", LANG)).click()
    page.get_by_role("heading", name=t("trends.title", LANG)).wait_for(timeout=60_000)
    page.wait_for_selector(".js-plotly-plot", timeout=60_000)
    settle(page)
    assert page.get_by_text(t("app.time_zone", LANG, zone="Asia/Ho_Chi_Minh (UTC+07:00)")).count() == 1

    body = page.inner_text("body")
    svg_text = " ".join(
        x or "" for x in page.locator(".js-plotly-plot text").evaluate_all("els => els.map(e => e.textContent)")
    )
    for english in ENGLISH:
        assert english not in body, english
        assert english not in svg_text, english
    assert t("trends.official_answers", LANG) in svg_text and t("trends.count", LANG) in svg_text
    # days are the office's, and the axis says so (was "Ngày (UTC)")
    assert t("trends.axis_date", LANG, zone="Asia/Ho_Chi_Minh") in svg_text and "(UTC)" not in svg_text

    # the PNG download has the narrative colours of the screen (was: every bar black)
    with page.expect_download(timeout=90_000) as dl:
        page.get_by_role("button", name=t("common.download_png", LANG)).click()
    image = Image.open(io.BytesIO(open(dl.value.path(), "rb").read())).convert("RGB")
    store = Store(f"sqlite:///{server['db']}")
    keys = [n["key"] for n in store.list_narratives()]
    colours = narrative_colours(keys)
    shown = {r["narrative"] for r in store.narrative_counts()}
    drawn = [k for k in keys if k in shown and k in colours and _pixels(image, _rgb(colours[k])) >= 150]
    assert len(drawn) >= 3, (drawn, shown)
    assert _pixels(image, _rgb(OFFICIAL_COLOUR)) >= 50
    assert sum(n for n, px in image.getcolors(maxcolors=1 << 20) if max(px) < 40) < image.width * image.height * 0.02

    # the weekly digest: made on the page, shown, downloaded as PDF
    page.get_by_role("button", name=t("digest.make", LANG)).click()
    page.get_by_role("button", name=t("digest.download_html", LANG)).wait_for(timeout=120_000)
    settle(page)
    with page.expect_download(timeout=60_000) as dl:
        page.get_by_role("button", name=t("common.download_pdf", LANG)).click()
    assert dl.value.suggested_filename.startswith("digest-") and dl.value.suggested_filename.endswith(".pdf")
    assert open(dl.value.path(), "rb").read(4) == b"%PDF"
    frame = page.frame_locator("iframe[title='st.iframe'], iframe").first
    assert "Asia/Ho_Chi_Minh" in frame.locator("body").inner_text(timeout=30_000)
    store.dispose()
    page.close()


def test_no_english_enter_hint_or_placeholder_on_forms(server, browser):
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    login(page, server["base"], "adm")
    # the new approved message form: its narratives picker starts empty, so its placeholder shows
    page.get_by_role("link", name=t("nav.messages", LANG)).click()
    page.get_by_role("heading", name=t("messages.title", LANG)).wait_for(timeout=60_000)
    settle(page)
    for tab in page.get_by_role("tab").all():
        tab.click()
        page.wait_for_timeout(300)
        assert "Choose" not in page.inner_text("body")

    page.get_by_role("link", name=t("nav.sources", LANG)).click()
    page.get_by_role("heading", name=t("sources.title", LANG)).wait_for(timeout=60_000)
    settle(page)
    field = page.get_by_label(t("sources.url", LANG), exact=True)
    field.fill("https://tin.example.org/rss")  # a dirty field in a form: Streamlit's hint would show here
    page.wait_for_timeout(500)
    body = page.inner_text("body")
    assert "Press Enter" not in body and "Choose" not in body
    page.close()


def test_no_narrative_chosen_asks_for_one_instead_of_an_empty_chart(server, browser):
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    login(page, server["base"], "adm")
    page.get_by_role("link", name=t("nav.trends", LANG)).click()
    page.get_by_role("heading", name=t("trends.title", LANG)).wait_for(timeout=60_000)
    page.wait_for_selector(".js-plotly-plot", timeout=60_000)
    settle(page)
    picker = page.locator("[data-testid='stMultiSelect']").filter(has_text=t("queue.narratives", LANG))
    picker.get_by_role("button", name="Clear all").first.click()
    page.keyboard.press("Escape")
    page.get_by_text(t("trends.pick_narrative", LANG)).wait_for(timeout=45_000)
    settle(page)
    assert page.locator(".js-plotly-plot").count() == 0  # before: an empty chart and a 100% official share
    assert t("trends.share_metric", LANG) not in page.inner_text("body")
    page.close()
