"""The flag decision's combination fitted on out-of-fold evidence (classifiers/combiner.py)."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import yaml

from classifiers import combiner, training
from classifiers.decision import FEATURES, PAIRS, Decider, with_pairs
from classifiers.registry import Registry
from tests.classifiers.conftest import ROOT

DATA = yaml.safe_load((ROOT / "data" / "relevance.yaml").read_text(encoding="utf-8"))
SMALL = {"word_max_features": 5000, "char_max_features": 10000}


@pytest.fixture(scope="module")
def fitted(synth_rows, messages):
    texts, labels = [t for t, _ in synth_rows], [lab for _, lab in synth_rows]
    model, metrics = training.train(texts, labels, decision={"messages": messages, "data": DATA}, **SMALL)
    return model, metrics


def test_train_fits_the_decision_on_out_of_fold_evidence(fitted):
    model, metrics = fitted
    d = model.decision_
    assert d is not None and metrics["decision"] == d
    assert d["features"] == list(FEATURES + PAIRS) and len(d["coef"]) == len(FEATURES + PAIRS)
    assert 0.0 < d["look_at"] <= d["flag_at"] < 1.0
    assert d["report"]["rows"] == metrics["n_train"]  # every row scored out of fold (few rows: no sample)
    assert d["report"]["false_flags"] <= combiner.FALSE_FLAGS


def test_the_decider_uses_the_fitted_thresholds(fitted, messages, synth_rows):
    model, _ = fitted
    decider = Decider(model, messages, DATA, synth_rows)
    assert decider.fitted is model.decision_
    assert (decider.flag_at, decider.look_at) == (model.decision_["flag_at"], model.decision_["look_at"])
    texts = [t for t, _ in synth_rows]
    for d in decider.decide(texts):
        if d.band == "off_topic":
            continue
        if d.flagged:
            assert d.flag_score >= decider.flag_at and {"fact", "known_claim", "rumour_marker"} & set(d.evidence_kinds)
        elif d.band == "look":
            assert d.flag_score >= decider.look_at or d.flag_score >= decider.flag_at
        else:
            assert d.flag_score < decider.look_at


def test_official_sources_are_never_flagged_with_a_fitted_decision(fitted, messages, synth_rows):
    model = copy.copy(fitted[0])  # the fitted weights, with thresholds that flag nearly everything
    model.decision_ = {**model.decision_, "flag_at": 0.01, "look_at": 0.005}
    decider = Decider(model, messages, DATA, synth_rows)
    texts = [t for t, lab in synth_rows if lab != "none"]
    social = decider.decide(texts)
    assert any(d.flagged for d in social)
    for d in decider.decide(texts, kinds=["official"] * len(texts)):
        assert not d.flagged and d.band in ("clear", "off_topic")


def test_the_fitted_decision_survives_the_registry(fitted, tmp_path, messages, synth_rows):
    model, metrics = fitted
    reg = Registry(tmp_path / "models")
    path = reg.save(model, metrics, training_rows=synth_rows)
    loaded = reg.load(path.name).model
    assert loaded.decision_ == model.decision_
    texts = [t for t, _ in synth_rows]
    a = [(d.band, d.flag_score) for d in Decider(model, messages, DATA, synth_rows).decide(texts)]
    b = [(d.band, d.flag_score) for d in Decider(loaded, messages, DATA, synth_rows).decide(texts)]
    assert a == b


def test_thresholds_keep_false_flags_under_the_target():
    rng = np.random.default_rng(0)
    positive = np.r_[np.ones(200, bool), np.zeros(800, bool)]
    scores = np.clip(np.where(positive, rng.normal(0.7, 0.15, 1000), rng.normal(0.3, 0.15, 1000)), 0, 1)
    falsity = np.ones(1000, bool)
    flag_at, look_at, report = combiner.choose_thresholds(scores, positive, falsity, false_flags=0.03, recall=0.9)
    neg = ~positive
    assert ((scores >= flag_at) & neg).sum() / neg.sum() <= 0.03
    assert look_at <= flag_at
    assert report["recall_with_look"] >= 0.9 or report["look_false"] > 0.1
    # without falsity evidence nothing is flagged, whatever the score
    _, _, none = combiner.choose_thresholds(scores, positive, np.zeros(1000, bool))
    assert none["recall"] == 0.0


def test_rows_with_nothing_to_look_at_are_never_counted_as_looked_at():
    # as Decider.decide rules: a score alone, with no narrative and no evidence, is no reason to
    # look; the mark itself is chosen on the score, as before
    rng = np.random.default_rng(1)
    positive = np.r_[np.ones(200, bool), np.zeros(800, bool)]
    scores = np.clip(np.where(positive, rng.normal(0.7, 0.15, 1000), rng.normal(0.4, 0.15, 1000)), 0, 1)
    falsity = np.zeros(1000, bool)
    lookable = positive | (np.arange(1000) % 2 == 0)
    _, look_at, report = combiner.choose_thresholds(scores, positive, falsity, recall=0.95, lookable=lookable)
    _, look_all, every = combiner.choose_thresholds(scores, positive, falsity, recall=0.95)
    marked = (scores >= look_at) & lookable
    assert report["look_false"] == marked[~positive].sum() / (~positive).sum()
    assert look_at == look_all
    assert report["look_false"] < every["look_false"]
    assert report["recall_with_look"] == (marked & positive).sum() / positive.sum()


def test_near_duplicates_share_a_group():
    texts = [
        "Nghe nói bầu cử dời sang ngày 30/5 ở xã A",
        "Nghe nói bầu cử dời sang ngày 30/5 ở xã B",
        "Giá xăng tăng mạnh từ chiều nay",
        "Đội tuyển thắng 2-0 trong trận chung kết",
    ]
    g = combiner.near_duplicate_groups(texts, ["p", "p", "none", "none"])
    assert g[0] == g[1] and g[2] != g[3] and g[0] not in (g[2], g[3])


def test_pairs_are_products_and_a_margin_of_the_features():
    x = np.array([[2.0, 1.0, 0.5, 0.0, 0.0, 0.0, 0.25]])
    z = with_pairs(x)[0]
    assert z[: len(FEATURES)].tolist() == x[0].tolist()
    pairs = dict(zip(PAIRS, z[len(FEATURES) :], strict=True))
    assert pairs == {
        "topic_x_known_claim": 1.0,
        "topic_x_fact": 2.0,
        "topic_x_known_benign": 0.5,
        "claim_over_benign": 0.25,
    }


def test_a_combination_fitted_without_pairs_still_scores_on_its_own_columns(fitted, messages, synth_rows):
    model = copy.copy(fitted[0])
    coef = [1.0, 2.0, 3.0, 0.5, -1.0, -1.0, -2.0]
    model.decision_ = {**model.decision_, "features": list(FEATURES), "coef": coef, "intercept": -1.0}
    decider = Decider(model, messages, DATA, synth_rows)
    X = np.array([[1.0, 1.0, 0.4, 0.0, 0.0, 0.0, 0.1], [-2.0, 0.0, 0.1, 1.0, 1.0, 0.0, 0.3]])
    want = 1 / (1 + np.exp(-(X @ np.array(coef) - 1.0)))
    assert decider.scores(X) == pytest.approx(want)
