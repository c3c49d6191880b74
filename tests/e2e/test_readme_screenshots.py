"""The README's screenshots (docs/img/*.png) are taken here, from the shipped demo as a new user
meets it: `python -m monitor demo` over a fresh database, the dashboard in Vietnamese, the demo
`admin` account. (The other browser tests run on a small test database and write no images.)"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from monitor.auth import DEMO_USERS
from monitor.i18n import t
from tests.browser_support import BROWSER_MARKS, settle, streamlit_server
from tests.demo_support import shipped_models

ROOT = Path(__file__).resolve().parents[2]
IMG = ROOT / "docs" / "img"
LANG = "vi"

pytestmark = [*BROWSER_MARKS, pytest.mark.slow]


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):
    from click.testing import CliRunner

    from monitor.interfaces.cli import main

    tmp = tmp_path_factory.mktemp("readme")
    cfg = yaml.safe_load((ROOT / "feeds.yaml").read_text(encoding="utf-8"))
    for f in cfg["feeds"]:
        if f["url"].startswith("file:"):
            f["url"] = "file:" + str(ROOT / f["url"].removeprefix("file:"))
    cfg["settings"] = {
        **cfg.get("settings", {}),
        "data_dir": str(ROOT / "data"),
        "models_dir": str(tmp / "models"),
        "exports_dir": str(tmp / "exports"),
        "ui_language": LANG,
        "demo": True,
    }
    config = tmp / "feeds.yaml"
    config.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    shipped_models(tmp_path_factory, tmp / "models")  # the first-run model, trained once per test run
    db = tmp / "monitor.db"
    res = CliRunner().invoke(main, ["--config", str(config), "--db", f"sqlite:///{db}", "demo"])
    assert res.exit_code == 0, res.output
    with streamlit_server(tmp, db, LANG, config=config) as base:
        yield base


def _shot(page, name: str, height: int) -> None:
    page.set_viewport_size({"width": 1440, "height": height})  # Streamlit scrolls inside: grow the window
    settle(page)
    page.wait_for_timeout(800)  # plotly animates its first draw
    page.screenshot(path=str(IMG / name))
    page.set_viewport_size({"width": 1440, "height": 1000})


def test_readme_screenshots_come_from_the_shipped_demo(demo_server, browser):
    IMG.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    page.goto(demo_server)
    page.get_by_role("button", name=t("login.submit", LANG)).wait_for(timeout=60_000)
    settle(page)
    page.screenshot(path=str(IMG / "login.png"))

    user, (password, _role) = "admin", DEMO_USERS["admin"]
    page.get_by_label(t("login.username", LANG)).fill(user)
    page.get_by_label(t("login.password", LANG)).fill(password)
    page.get_by_role("button", name=t("login.submit", LANG)).click()
    page.get_by_role("heading", name=t("queue.title", LANG)).wait_for(timeout=60_000)
    page.wait_for_selector("mark.evidence", timeout=60_000)
    assert page.get_by_text(t("app.demo_banner", LANG)).count() >= 1  # the demo, as README says
    _shot(page, "queue.png", 1150)

    page.get_by_role("link", name=t("nav.trends", LANG)).click()
    page.get_by_role("heading", name=t("trends.title", LANG)).wait_for(timeout=60_000)
    page.wait_for_selector(".js-plotly-plot", timeout=60_000)
    _shot(page, "trends.png", 2200)

    page.get_by_role("link", name=t("nav.cases", LANG)).click()
    page.get_by_role("heading", name=t("cases.title", LANG)).wait_for(timeout=60_000)
    _shot(page, "cases.png", 1000)
    page.close()
