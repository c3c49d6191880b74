"""Hostile content in a real browser: items, a source name, an approved message, a case set and
review notes carrying script tags, event handlers, javascript: links, Markdown/HTML/Streamlit
directives, a 20,000-character line and control characters. Logged in as admin, every page that
shows them (queue with such an item open, trends, cases, messages, sources, admin) must run none
of it: ``window.__pwned`` stays undefined, no ``javascript:`` link, no ``<script>`` element made
from content, and the literal text ``<script>`` is shown as text."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from pathlib import Path

import pytest

from monitor.i18n import t
from tests.browser_support import BROWSER_MARKS, settle, streamlit_server
from tests.dashboard.conftest import PASSWORD, build_db

ROOT = Path(__file__).resolve().parents[2]
LANG = "en"

pytestmark = BROWSER_MARKS

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
JS_LINK = "[click](javascript:window.__pwned=1)"
HOSTILE = [
    SCRIPT,
    IMG,
    JS_LINK,
    "**bold** <b>bold</b> :red[x] <u>u</u> # heading",
    '<a href="javascript:window.__pwned=1">link</a>',
    '<svg onload="window.__pwned=1"></svg>',
    '<iframe src="javascript:window.__pwned=1"></iframe>',
    "$$\\href{javascript:window.__pwned=1}{x}$$",
    "](javascript:window.__pwned=1) <javascript:window.__pwned=1>",
    "x" * 20_000,
    "ctl\x00\x01\x07\x08\x0b\x0c\x1b[31m\x7f\u200b\u202e\ufeffend",
    '=HYPERLINK("javascript:window.__pwned=1")',
]
COMBINED = " ".join(HOSTILE[:9])  # one string with every markup trick (without the long line)


def _hostile_db(path: Path) -> dict:
    """The shared dashboard DB plus hostile items (top of the queue), source, message, cases, notes."""
    from classifiers.results import Evidence
    from classifiers.text import fold_strip
    from monitor.analysis.taxonomy import load_messages, load_taxonomy
    from monitor.models import Classification, FeedKind, Item, Review, ReviewDecision, Source
    from monitor.storage import Store

    url = f"sqlite:///{path}"
    build_db(url)
    store = Store(url)
    source = store.upsert_source(
        Source(name=f"Nguồn {SCRIPT} {IMG} **x**", url="javascript:window.__pwned=1", kind=FeedKind.SOCIAL)
    )
    taxonomy = load_taxonomy(ROOT / "data" / "narratives.yaml")
    base = load_messages(ROOT / "data" / "approved_messages.yaml", taxonomy)[0].model_dump()
    base.update(
        key="hostile-msg",
        version=1,
        title={"vi": f"Tiêu đề {SCRIPT} {JS_LINK}", "en": f"Title {SCRIPT} {JS_LINK}"},
        text={"vi": COMBINED, "en": COMBINED},
        source={"title": f"{IMG} nguồn", "url": "javascript:window.__pwned=1", "date": "2021-05-01"},
    )
    store.seed_approved_messages([base])
    when = dt.datetime(2021, 5, 20, 8, tzinfo=dt.UTC)
    items = []
    bodies = [COMBINED, *HOSTILE]
    for n, body in enumerate(bodies):
        title = (
            f"{SCRIPT} {n} {IMG} {JS_LINK} **bold** :red[x]"
            if n % 2 == 0
            else f"{HOSTILE[n % len(HOSTILE)][:200]} #{n}"
        )
        h = hashlib.sha256(f"hostile\n{n}".encode()).hexdigest()
        items.append(
            Item(
                source_id=source,
                title=title,
                text=f"{body}\n{SCRIPT}",
                url="javascript:window.__pwned=1",
                canonical_url=None,
                guid=f"h-{n}",
                lang="vi",
                published_at=when + dt.timedelta(hours=n),
                fetched_at=when,
                content_hash=h,
                dedupe_key=h[:40],
                search_text=fold_strip(title),
            )
        )
    store.save_items(items)
    with store.read() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM items WHERE guid LIKE 'h-%' ORDER BY id")]
    store.save_classifications(
        [
            Classification(
                item_id=i,
                model_version="test-1",
                narrative="fraud_claim",
                score=0.99 - 0.001 * k,
                flagged=True,
                evidence=[Evidence(term="<script>", weight=0.9), Evidence(term=JS_LINK, weight=0.5)],
                matched_message_key="hostile-msg",
                match_score=0.7,
            )
            for k, i in enumerate(ids)
        ]
    )
    set_id = store.create_case_set(f"Bộ {SCRIPT} **x**", f"mô tả {IMG} {JS_LINK}", by="adm")
    store.add_cases(set_id, ids, by="adm", teaching_note=f"ghi chú {SCRIPT} {JS_LINK}")
    store.save_review(Review(item_id=ids[-1], username="adm", decision=ReviewDecision.NOTE, note=COMBINED))
    store.audit("adm", f"export {SCRIPT}", f"{IMG}", {"x": JS_LINK})
    store.dispose()
    return {"ids": ids, "first_title": items[0].title}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    db = tmp / "monitor.db"
    info = _hostile_db(db)
    with streamlit_server(tmp, db, LANG) as base:
        yield {"base": base, "db": db, "log": tmp / "streamlit.log", **info}


CHECK_JS = """() => {
  const content = [...document.querySelectorAll('script')].filter(s => (s.textContent || '').includes('__pwned'));
  const frames = [...document.querySelectorAll('iframe')].filter(f => (f.getAttribute('src') || '').startsWith('javascript:'));
  const handlers = [...document.querySelectorAll('*')].filter(
      el => [...el.attributes].some(a => a.name.startsWith('on') && a.value.includes('__pwned')));
  return {
    pwned: typeof window.__pwned,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    contentScripts: content.length,
    jsFrames: frames.length,
    handlers: handlers.length,
  };
}"""


def _check(page, where: str) -> None:
    # also look into any same-origin frames (st.html / components)
    for frame in page.frames:
        try:
            got = frame.evaluate(CHECK_JS)
        except Exception:  # noqa: BLE001 - a cross-origin or detached frame: nothing to inspect there
            if frame is page.main_frame:
                raise
            continue
        assert got == {"pwned": "undefined", "jsLinks": 0, "contentScripts": 0, "jsFrames": 0, "handlers": 0}, (
            where,
            frame.url,
            got,
        )


def _goto(page, name_key: str, title_key: str) -> None:
    page.get_by_role("link", name=t(name_key, LANG)).click()
    page.get_by_role("heading", name=t(title_key, LANG)).wait_for(timeout=60_000)
    settle(page)


def test_hostile_content_is_shown_as_text_and_never_runs(server, browser):
    page = browser.new_page(viewport={"width": 1440, "height": 1400})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server["base"])
    page.get_by_label(t("login.username", LANG), exact=True).fill("adm")
    page.get_by_label(t("login.password", LANG), exact=True).fill(PASSWORD)
    page.get_by_role("button", name=t("login.submit", LANG)).click()
    page.get_by_role("heading", name=t("queue.title", LANG)).wait_for(timeout=60_000)
    settle(page)

    # the queue opens the top item: a hostile one (highest score)
    page.wait_for_selector("div.item-text", timeout=60_000)
    settle(page)
    heading = page.get_by_role("heading", level=3).first.inner_text().strip()
    assert heading.startswith("<script>window.__pwned=1</script> 0"), heading
    text_block = page.locator("div.item-text").first.inner_text()
    assert SCRIPT in text_block and IMG in text_block and JS_LINK in text_block
    assert page.get_by_text("<script>", exact=False).count() > 0
    _check(page, "queue")

    # open a few other hostile items (the long line, the control characters, the raw-HTML link)
    for k in (10, 11):
        target = server["ids"][k]
        page.get_by_label(t("queue.open_item", LANG)).click()
        page.keyboard.type(f"#{target} ")
        page.keyboard.press("Enter")
        settle(page)
        page.wait_for_selector("div.item-text", timeout=60_000)
        # (the previous item's text is on the page until the rerun lands: wait for this one's heading)
        deadline = time.monotonic() + 60
        while True:
            opened = page.get_by_role("heading", level=3).first.inner_text().strip()
            if f"</script> {k} <img" in opened or opened.endswith(f"#{k}") or time.monotonic() > deadline:
                break
            page.wait_for_timeout(250)
        assert f"</script> {k} <img" in opened or opened.endswith(f"#{k}"), opened
        _check(page, f"queue item {target}")

    for name_key, title_key in [
        ("nav.trends", "trends.title"),
        ("nav.cases", "cases.title"),
        ("nav.messages", "messages.title"),
        ("nav.sources", "sources.title"),
        ("nav.admin", "admin.title"),
    ]:
        _goto(page, name_key, title_key)
        page.wait_for_timeout(500)
        _check(page, name_key)
        if name_key in ("nav.cases", "nav.messages", "nav.admin"):
            body = page.locator("section.main, [data-testid='stMain']").first.inner_text()
            assert "<script>" in body or page.get_by_text("<script>", exact=False).count() > 0, name_key

    assert dialogs == []
    log = server["log"].read_text(errors="replace")
    assert "Traceback" not in log, log[-3000:]
    print(f"hostile inputs tried: {len(HOSTILE)} distinct payloads, {len(server['ids'])} hostile items")
    page.close()
