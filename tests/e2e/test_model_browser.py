"""The Model page's Retrain button in a real browser, over an office's own label files with a
misspelt label: one message names the file, line and label, and no model version is saved."""

from __future__ import annotations

import json
import sys

import pytest

from monitor.i18n import t
from tests.browser_support import BROWSER_MARKS, settle, streamlit_server
from tests.dashboard.conftest import PROJECT, build_db
from tests.e2e.conftest import LANG, login

sys.path.insert(0, str(PROJECT / "tests" / "fixtures" / "classifiers"))
from synth import make_rows  # noqa: E402

pytestmark = BROWSER_MARKS


FEW = [  # too few alone; the officers' decisions in the database make up the rest
    {"text": "Nghe nói năm nay được bầu hộ cả nhà", "label": "procedure_false"},
    {"text": "Tin đồn dời ngày bầu cử là sai", "label": "none"},
    {"text": "Kết quả đã có từ trước ngày bầu", "label": "fraud_claim"},
    {"text": "Không đi bầu sẽ bị cắt trợ cấp", "label": "participation_deterrence"},
    {"text": "Điểm bỏ phiếu mở cửa từ 7 giờ sáng", "label": "none"},
]


@pytest.fixture
def office_server(tmp_path, request):
    db = tmp_path / "monitor.db"
    build_db(f"sqlite:///{db}")
    labels = tmp_path / "data" / "labels"
    labels.mkdir(parents=True)
    rows = [{"text": text, "label": label} for text, label in make_rows(4, seed=7)]
    rows.insert(2, {"text": "Nghe nói năm nay được bầu hộ cả nhà", "label": "procedure false"})
    rows = getattr(request, "param", rows)
    (labels / "office.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(
        f"settings:\n  data_dir: {tmp_path / 'data'}\n  models_dir: {tmp_path / 'models'}\n  demo: false\n"
        f"  ui_language: {LANG}\nfeeds: []\n",
        encoding="utf-8",
    )
    with streamlit_server(tmp_path, db, LANG, config=cfg) as base:
        yield {"base": base, "models": tmp_path / "models"}


def click_retrain(office_server, browser):
    """Sign in as an administrator, open the Model page and press Retrain; returns the page."""
    page = browser.new_page(viewport={"width": 1440, "height": 1200})
    login(page, office_server["base"], "adm")
    page.get_by_role("link", name=t("nav.model", LANG)).click()
    page.get_by_role("heading", name=t("model.title", LANG)).wait_for(timeout=60_000)
    settle(page)
    page.get_by_role("button", name=t("model.retrain", LANG)).click()
    return page


def test_retrain_names_the_misspelt_label(office_server, browser):
    page = click_retrain(office_server, browser)
    page.get_by_text("office.jsonl: line 3: label 'procedure false' is not in the taxonomy").wait_for(timeout=60_000)
    assert page.get_by_text("did you mean 'procedure_false'?").count() == 1
    models = office_server["models"]
    assert not models.exists() or not any(models.iterdir())  # before: a version trained on the typo
    page.close()


@pytest.mark.parametrize("office_server", [FEW], indirect=True)
def test_retrain_on_a_few_office_labels_and_the_officers_decisions(office_server, browser):
    page = click_retrain(office_server, browser)
    page.get_by_text(t("model.trained", LANG, version="")[:20]).first.wait_for(timeout=120_000)
    assert page.get_by_text("too little training data").count() == 0  # before: the five rows alone were judged
    assert any(office_server["models"].iterdir())
    page.close()
