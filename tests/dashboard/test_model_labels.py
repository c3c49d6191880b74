"""The Model page in Vietnamese: metric labels and table headings are Vietnamese, not the
metrics file's keys (accuracy, n_train, precision…)."""

from __future__ import annotations

import sys

from monitor.analysis import retraining
from monitor.i18n import t
from monitor.models import Role
from tests.dashboard.conftest import PROJECT
from tests.dashboard.test_apptest import make_app, no_exception, open_page

sys.path.insert(0, str(PROJECT / "tests" / "fixtures" / "classifiers"))
from synth import make_rows  # noqa: E402

ENGLISH = {"accuracy", "n_train", "n_holdout", "precision", "recall", "macro_f1", "n", "narrative", "decision"}


def test_model_page_labels_are_vietnamese(dash_env):
    from classifiers.registry import Registry

    tset = retraining.TrainingSet.of_rows(make_rows(8, seed=3))
    model, metrics = retraining.train(tset, word_max_features=3000, char_max_features=5000)
    reg = Registry(dash_env["models"])
    reg.activate(reg.save(model, metrics, training_rows=tset.rows()).name)

    at = open_page(make_app(Role.TRAINER, lang="vi"), "model")
    no_exception(at)
    labels = {m.label for m in at.metric}
    assert {t("model.accuracy", "vi"), t("model.n_train", "vi"), t("model.n_holdout", "vi")} <= labels
    assert not labels & ENGLISH
    for frame in at.dataframe:
        headings = {str(c) for c in frame.value.columns} | {str(frame.value.index.name), str(frame.value.columns.name)}
        assert not headings & ENGLISH, headings
    assert at.selectbox(key="model_pick").proto.placeholder == t("common.choose", "vi")
