"""The Model page's Retrain button checks the office's own label files as `monitor train` does:
a label outside the taxonomy is one message naming the file, line and label, and no version is
saved (before, it trained a model with a narrative nobody defined)."""

from __future__ import annotations

import json
import sys

import pytest

from monitor.models import Role
from tests.dashboard.conftest import PROJECT
from tests.dashboard.test_apptest import make_app, no_exception, open_page

sys.path.insert(0, str(PROJECT / "tests" / "fixtures" / "classifiers"))
from synth import make_rows  # noqa: E402


@pytest.fixture
def own_labels(dash_env, tmp_path):
    """The dashboard's data folder holds the office's own labels, one of them misspelt."""
    data = tmp_path / "data"
    (data / "labels").mkdir(parents=True)
    rows = [{"text": t, "label": lab} for t, lab in make_rows(4, seed=5)]
    rows.insert(6, {"text": "Nghe nói kiểm phiếu xong là đốt hết phiếu", "label": "fraud claim"})
    path = data / "labels" / "office.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    cfg = dash_env["config"]
    cfg.write_text(cfg.read_text(encoding="utf-8").replace(f"data_dir: {PROJECT / 'data'}", f"data_dir: {data}"))
    return path


def test_retrain_names_a_label_outside_the_taxonomy(dash_env, own_labels):
    from classifiers.errors import DataFileError
    from monitor.config import load_config
    from monitor.interfaces import dashboard_data as dd
    from monitor.storage import Store

    config = load_config(dash_env["config"])
    store = Store(dash_env["url"])
    with pytest.raises(DataFileError) as err:
        dd.retrain_model(config, store)
    msg = str(err.value)
    assert f"{own_labels}: line 7: label 'fraud claim' is not in the taxonomy" in msg
    assert "did you mean 'fraud_claim'?" in msg
    assert not dash_env["models"].exists() or not any(dash_env["models"].iterdir())


def test_retrain_button_shows_the_culprit_and_saves_nothing(dash_env, own_labels):
    at = open_page(make_app(Role.ADMIN), "model")
    no_exception(at)
    at.button(key="model_retrain").click().run()
    no_exception(at)
    errors = [e.value for e in at.error]
    assert any("office.jsonl: line 7: label 'fraud claim' is not in the taxonomy" in e for e in errors), errors
    assert not dash_env["models"].exists() or not any(dash_env["models"].iterdir())


def test_a_few_office_labels_train_with_the_officers_decisions(dash_env, tmp_path):
    """Five rows of the office's own labels are not enough alone, but Retrain adds the officers'
    decisions from the database before it judges the size (as before the taxonomy check)."""
    from monitor.config import load_config
    from monitor.interfaces import dashboard_data as dd
    from monitor.storage import Store

    data = tmp_path / "data"
    (data / "labels").mkdir(parents=True)
    rows = [
        {"text": "Nghe nói năm nay được bầu hộ cả nhà", "label": "procedure_false"},
        {"text": "Tin đồn dời ngày bầu cử là sai", "label": "none"},
        {"text": "Kết quả đã có từ trước ngày bầu", "label": "fraud_claim"},
        {"text": "Không đi bầu sẽ bị cắt trợ cấp", "label": "participation_deterrence"},
        {"text": "Điểm bỏ phiếu mở cửa từ 7 giờ sáng", "label": "none"},
    ]
    (data / "labels" / "office.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    cfg = dash_env["config"]
    cfg.write_text(cfg.read_text(encoding="utf-8").replace(f"data_dir: {PROJECT / 'data'}", f"data_dir: {data}"))
    store = Store(dash_env["url"])
    result = dd.retrain_model(load_config(cfg), store)
    assert result["version"] and result["training_counts"]["seed"] == 5, result["training_counts"]
    assert sum(result["training_counts"].values()) >= 10


def test_the_size_message_names_only_what_was_read():
    from classifiers.errors import DataFileError
    from monitor.analysis import retraining
    from monitor.analysis.retrain import check_gathered

    with pytest.raises(DataFileError, match=r"^the examples from the database: no labeled data"):
        check_gathered(retraining.TrainingSet.of_rows([]), [])
    few = retraining.TrainingSet.of_rows([("a b c", "none"), ("d e f", "fraud_claim")])
    with pytest.raises(DataFileError) as err:
        check_gathered(few, ["labels/office.jsonl"], with_db=False)
    assert str(err.value).startswith("labels/office.jsonl: too little training data")


def test_retrain_reads_the_seed_rows_for_the_election_the_messages_name(dash_env, tmp_path):
    """An admin moves the election-date message to the next election (a new version in the
    database); Retrain then reads label rows written for the old one (their `election.yaml`) with
    the dates and years of the new one."""
    from monitor.config import load_config
    from monitor.interfaces import dashboard_data as dd
    from monitor.storage import Store
    from monitor.storage.messages import _MESSAGE_FIELDS
    from tests.test_seed_retarget import next_election
    from tests.test_seed_retarget import own_labels as written_for_2021

    data = tmp_path / "data"
    next_election(data)
    written_for_2021(data)
    cfg = dash_env["config"]
    cfg.write_text(cfg.read_text(encoding="utf-8").replace(f"data_dir: {PROJECT / 'data'}", f"data_dir: {data}"))
    store = Store(dash_env["url"])
    old = next(m for m in store.approved_messages() if m["key"] == "election-date-2021")
    fields = {k: old[k] for k in _MESSAGE_FIELDS if k in old}
    fields["key_facts"] = {**old["key_facts"], "election_date": "2026-03-15"}
    store.save_approved_message("election-date-2021", "admin", **fields)
    result = dd.retrain_model(load_config(cfg), store)
    held = (dash_env["models"] / result["version"] / "holdout.jsonl").read_text(encoding="utf-8")
    assert "15/3/2026" in held and "23/5/2021" not in held
