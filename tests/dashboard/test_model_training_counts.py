"""The Model page shows how many examples of each kind the active version learned from, and what
the version loses on text typed without accents."""

from __future__ import annotations

import sys

from monitor.analysis import retraining
from monitor.models import Role
from tests.dashboard.conftest import PROJECT
from tests.dashboard.test_apptest import make_app, no_exception, open_page

sys.path.insert(0, str(PROJECT / "tests" / "fixtures" / "classifiers"))
from synth import make_rows  # noqa: E402


def test_model_page_shows_training_counts_in_both_languages(dash_env):
    from classifiers.registry import Registry

    seed = make_rows(8, seed=2)
    tset = retraining.TrainingSet.of_rows(seed)
    extra = [
        ("Chợ phiên mở cửa đến 22 giờ", "none", "dismissed"),
        ("Thông báo niêm yết danh sách cử tri", "none", "official"),
    ]
    extra += [(f"Giá xăng giảm {i} đồng", "none", "stream") for i in range(3)]
    for text, label, kind in extra:
        tset.texts.append(text)
        tset.labels.append(label)
        tset.kinds.append(kind)
    model, metrics = retraining.train(tset, word_max_features=3000, char_max_features=5000)
    reg = Registry(dash_env["models"])
    reg.activate(reg.save(model, metrics, training_rows=tset.rows()).name)

    at = open_page(make_app(Role.TRAINER), "model")
    no_exception(at)
    shown = {m.label: m.value for m in at.metric}
    assert shown["Officers' dismissals (×2)"] == "1"
    assert shown["Official sources (×0.5)"] == "1"
    assert shown["Low-scored collected items (×0.2)"] == "3"
    assert shown["Seed labels (×1)"] == str(len(seed))
    assert shown["Officers' confirmations (×2)"] == "0"
    assert shown["Macro-F1, typed without accents"] == f"{metrics['unaccented']['macro_f1']:.3f}"

    at = open_page(make_app(Role.TRAINER, lang="vi"), "model")
    no_exception(at)
    shown = {m.label: m.value for m in at.metric}
    assert shown["Cán bộ bác bỏ (×2)"] == "1"
    assert shown["Macro-F1 khi gõ không dấu"] == f"{metrics['unaccented']['macro_f1']:.3f}"
