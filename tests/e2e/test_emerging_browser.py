"""Naming an emerging cluster in a real browser: a trainer opens Emerging, names the rumour, and
the new narrative and its labelled items are in the database (audited)."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.i18n import t
from tests.browser_support import BROWSER_MARKS, settle, streamlit_server
from tests.dashboard.conftest import PASSWORD, build_db
from tests.emerging.world import across_utc_midnight, rumour, rumour_at

LANG = "en"
pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from monitor.storage import Store

    tmp = tmp_path_factory.mktemp("e2e_emerging")
    db = tmp / "monitor.db"
    build_db(f"sqlite:///{db}")
    store = Store(f"sqlite:///{db}")
    # five copies in the last 20 hours, four more across a UTC midnight (one day in Hà Nội)
    ids = rumour(store, now=dt.datetime.now(dt.UTC), n=5, sources=2)
    ids += rumour_at(store, across_utc_midnight(dt.datetime.now(dt.UTC)))
    store.dispose()
    with streamlit_server(tmp, db, LANG) as base:
        yield {"base": base, "db": db, "ids": ids}


def test_trainer_names_a_cluster(server, browser):
    from monitor.storage import Store

    page = browser.new_page(viewport={"width": 1440, "height": 2200})
    page.goto(server["base"])
    page.get_by_label(t("login.username", LANG), exact=True).fill("tra")
    page.get_by_label(t("login.password", LANG), exact=True).fill(PASSWORD)
    page.get_by_role("button", name=t("login.submit", LANG)).click()
    page.get_by_role("link", name=t("nav.emerging", LANG)).click()
    page.get_by_role("heading", name=t("emerging.title", LANG)).wait_for(timeout=60_000)
    settle(page)
    n = len(server["ids"])
    assert "mã QR" in page.get_by_text(f"{n} items, 2 sources").first.inner_text()
    # the story's history counts the office's days (was UTC days)
    from collections import Counter
    from zoneinfo import ZoneInfo

    plot = page.locator(".js-plotly-plot").first
    plot.wait_for(timeout=30_000)
    xs, ys = plot.evaluate("el => [Array.from(el._fullData[0].x), Array.from(el._fullData[0].y)]")
    reader = Store(f"sqlite:///{server['db']}")
    hanoi = ZoneInfo("Asia/Ho_Chi_Minh")
    times = [reader.item_detail(i)["published_at"] for i in server["ids"]]
    reader.dispose()
    expected = Counter(w.astimezone(hanoi).date().isoformat() for w in times)
    assert expected != Counter(w.date().isoformat() for w in times)  # UTC days would draw other bars
    assert {str(x)[:10]: y for x, y in zip(xs, ys, strict=True) if y} == dict(expected)
    page.get_by_label(t("emerging.key", LANG)).first.fill("ballot_tracking")
    page.get_by_label(t("emerging.name_vi", LANG)).first.fill("Phiếu bầu bị theo dõi")
    page.get_by_label(t("emerging.name_en", LANG)).first.fill("Ballots are tracked")
    page.get_by_role("button", name=t("emerging.name_it", LANG)).first.click()
    page.get_by_text(f"Narrative ballot_tracking created and {n} items labelled").wait_for(timeout=60_000)

    store = Store(f"sqlite:///{server['db']}")
    assert "ballot_tracking" in [n["key"] for n in store.list_narratives()]
    assert {store.item_detail(i)["narrative"] for i in server["ids"]} == {"ballot_tracking"}
    audit = store.audit_entries(limit=20, username="tra")
    assert {"emerging.name", "narrative.save", "review.relabel"} <= {e["action"] for e in audit}
    store.dispose()
