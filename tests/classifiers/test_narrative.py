import numpy as np
import pytest
from sklearn.base import clone

from classifiers.features import token_views
from classifiers.narrative import NarrativeClassifier, negative_label_for
from classifiers.text import strip_accents


def test_sklearn_contract(small_model):
    params = small_model.get_params()
    assert params["target_precision"] == 0.8
    c = clone(small_model)
    assert not hasattr(c, "classes_")
    assert "none" in small_model.classes_.tolist()
    assert small_model.negative_label_ == "none"


def test_predict_batch_and_flags(small_model):
    preds = small_model.predict_batch(
        ["Ai không đi bầu sẽ bị phạt 5 triệu đồng", "Thời tiết Hà Nội hôm nay nắng đẹp, người dân đi chợ"], explain=True
    )
    assert preds[0].label == "participation_deterrence" and preds[0].flagged
    assert preds[1].label == "none" and not preds[1].flagged and preds[1].evidence == []
    assert abs(sum(preds[0].probabilities.values()) - 1) < 1e-6
    assert preds[0].evidence


def test_explain_spans_in_original_text(small_model):
    text = "Ai KHONG đi bầu se bị PHẠT 5 triệu đồng!!"
    ev = small_model.explain(text, top_k=5)
    assert ev and all(e.weight > 0 for e in ev)
    for e in ev:
        if e.start is not None:
            assert strip_accents(text[e.start : e.end]).lower() == strip_accents(e.term).lower()
    assert any(e.start is not None for e in ev)


def test_unaccented_text_gets_same_label(small_model):
    t = "Kết quả bầu cử đã được sắp đặt trước, đi bầu chỉ là hình thức"
    a, b = small_model.predict_batch([t, strip_accents(t)])
    assert a.label == b.label == "fraud_claim"


def test_binary_any_labels_and_negative_detection(synth_rows):
    texts = [t for t, _ in synth_rows]
    y = ["real" if lab == "none" else "fake" for _, lab in synth_rows]
    m = NarrativeClassifier(word_max_features=3000, char_max_features=5000).fit(texts, y)
    assert m.negative_label_ == "real"
    p = m.predict_batch(["Gian lận phiếu bầu, hòm phiếu bị đánh tráo"])[0]
    assert p.label == "fake" and p.flagged
    assert negative_label_for([0, 1]) == "0"
    assert negative_label_for(["spam", "ham"]) == "ham"
    assert negative_label_for(["a", "b", "c"]) is None
    assert negative_label_for(["x", "none", "y"]) == "none"


def test_thresholds_reach_target_precision(synth_rows):
    texts = [t for t, _ in synth_rows]
    labels = [lab for _, lab in synth_rows]
    m = NarrativeClassifier(word_max_features=3000, char_max_features=5000, target_precision=0.99).fit(
        texts[:120], labels[:120]
    )
    m.tune_thresholds(texts[120:], labels[120:])
    assert set(m.thresholds_) == set(m.classes_.tolist())
    assert m.thresholds_["none"] == 0.0
    for _c, r in m.threshold_report_.items():
        assert "fallback" in r or r["precision"] >= 0.99
    # A class under its threshold is predicted as the negative class.
    m.thresholds_ = {c: (1.01 if c != "none" else 0.0) for c in m.classes_}
    assert set(m.predict(texts[:20])) == {"none"}


def test_fit_validates():
    with pytest.raises(ValueError):
        NarrativeClassifier().fit(["a b", "c d"], ["x", "x"])
    with pytest.raises(ValueError):
        NarrativeClassifier(estimator="linearsvc").fit(["a b", "c d"], ["x", "y"])


def test_calibrated_svc_variant(synth_rows):
    texts = [t for t, _ in synth_rows]
    labels = [lab for _, lab in synth_rows]
    m = NarrativeClassifier(
        estimator="linearsvc", calibration="sigmoid", word_max_features=3000, char_max_features=5000
    ).fit(texts, labels)
    proba = m.predict_proba(texts[:5])
    assert np.allclose(proba.sum(axis=1), 1)
    assert m.explain(texts[0])


def test_accent_stripped_delta_on_seed(tmp_path_factory):
    """Typing without accents costs at most 3 points of macro-F1. Every training measures it on
    its hold-out (``metrics["unaccented"]``); here that of the first-run model of the shipped seed."""
    from classifiers.registry import Registry
    from tests.demo_support import shipped_models

    registry = Registry(shipped_models(tmp_path_factory, tmp_path_factory.mktemp("shipped") / "models"))
    metrics = registry.metrics(registry.active_version())
    assert metrics["n_holdout"] > 2000
    accented, plain = metrics["thresholded"]["macro_f1"], metrics["unaccented"]["macro_f1"]
    assert accented > 0.7
    assert accented - plain <= 0.03


def test_training_on_accent_stripped_copies_helps_text_typed_without_accents(synth_rows):
    from classifiers import text as T
    from classifiers.narrative import NarrativeClassifier

    texts, labels = [t for t, _ in synth_rows], [lab for _, lab in synth_rows]
    assert any(T.strip_accents(t) != t for t in texts)
    params = {"word_max_features": 5000, "char_max_features": 10000}
    with_copies = NarrativeClassifier(**params).fit(texts, labels, sample_weight=[1.0] * len(texts))
    without = NarrativeClassifier(accent_copies=False, **params).fit(texts, labels)
    plain = [T.strip_accents(t) for t in texts]

    def right(model):
        proba = model.predict_proba(plain)
        cols = [model.classes_.tolist().index(lab) for lab in labels]
        return float(np.mean(proba[np.arange(len(labels)), cols]))

    assert right(with_copies) > right(without)


def test_words_in_a_negation_scope_are_features_of_their_own(small_model, synth_rows):
    from classifiers.text import NEGATED_MARK

    union = small_model.pipeline_.named_steps["features"]
    assert [name for name, _ in union.transformer_list] == ["word", "word_ascii_neg", "char_ascii"]
    assert union.transformer_weights == {"word_ascii_neg": 2.0}
    names = dict(union.transformer_list)["word_ascii_neg"].feature_names_.tolist()
    assert f"{NEGATED_MARK}di {NEGATED_MARK}bau" in names and "di bau" in names
    # "đi bầu" after "không" is the marked bigram, without it the plain one (batch path and
    # reference path alike).
    start = dict(union.transformer_list)["word"].n_features_out_
    marked, plain = start + names.index(f"{NEGATED_MARK}di {NEGATED_MARK}bau"), start + names.index("di bau")
    texts = ["Ai không đi bầu", "Ai đi bầu", "Ai không đến, đi bầu"]
    for X in (small_model._features_of(texts), union.transform(token_views(texts))):
        X = X.toarray()
        assert X[0, marked] > 0 and X[0, plain] == 0
        assert X[1, marked] == 0 and X[1, plain] > 0
        assert X[2, marked] == 0 and X[2, plain] > 0  # the comma ends the negation's scope
    # Evidence never shows the mark: a word in and out of a negation's scope is one term, found
    # in the text.
    texts = [t for t, _ in synth_rows]
    for text, p in zip(texts, small_model.predict_batch(texts, explain=True), strict=True):
        for e in p.evidence:
            assert NEGATED_MARK not in e.term
            if e.start is not None:
                assert strip_accents(text[e.start : e.end]).lower() == strip_accents(e.term).lower()


def test_negation_weight_zero_is_the_plain_accent_stripped_view(synth_rows):
    texts, labels = [t for t, _ in synth_rows], [lab for _, lab in synth_rows]
    m = NarrativeClassifier(word_max_features=3000, char_max_features=5000, negation_weight=0).fit(texts, labels)
    union = m.pipeline_.named_steps["features"]
    assert [name for name, _ in union.transformer_list] == ["word", "word_ascii", "char_ascii"]
    assert union.transformer_weights is None
    with pytest.raises(ValueError, match="negation_weight"):
        NarrativeClassifier(negation_weight=-1).fit(texts, labels)
