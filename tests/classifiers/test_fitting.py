"""Training speed-ups that must not change what is learned: ``NgramTfidf.fit_transform`` in one
pass, and the warm start of a refit (``classifiers.fitting``)."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from classifiers.features import NgramTfidf, token_views
from classifiers.fitting import warm_start_from
from classifiers.narrative import NarrativeClassifier


@pytest.mark.parametrize(
    "params",
    [
        {"view": 0, "analyzer": "word", "ngram_range": (1, 2), "max_features": 300, "min_df": 2},
        {"view": 1, "analyzer": "word", "ngram_range": (1, 3), "max_features": None, "min_df": 1},
        {"view": 1, "analyzer": "char_wb", "ngram_range": (2, 5), "max_features": 500, "min_df": 2},
        {"view": 0, "analyzer": "char_wb", "ngram_range": (1, 3), "max_features": None, "min_df": 3},
    ],
)
def test_fit_transform_is_fit_then_transform(synth_rows, params):
    docs = token_views([t for t, _ in synth_rows])
    one = NgramTfidf(**params)
    X1 = one.fit_transform(docs)
    two = NgramTfidf(**params).fit(docs)
    X2 = two.transform(docs)
    assert one.feature_names_.tolist() == two.feature_names_.tolist()
    # max_features keeps the most frequent n-grams, ties alphabetically, stored in sorted order.
    assert one.feature_names_.tolist() == sorted(one.feature_names_.tolist())
    np.testing.assert_array_equal(one.idf_, two.idf_)
    assert X1.shape == X2.shape and X1.has_sorted_indices
    assert abs(X1 - X2).max() == 0.0
    assert one.transform(docs[:5]).toarray().tolist() == X1[:5].toarray().tolist()


def test_fit_transform_keeps_empty_texts_as_empty_rows():
    X = NgramTfidf(min_df=1).fit_transform([([], []), (["bầu", "cử"], ["bau", "cu"]), ([], [])])
    assert X.shape == (3, 3)  # "bầu", "cử", "bầu cử"
    assert X[0].nnz == 0 and X[2].nnz == 0 and X[1].nnz == 3


def test_warm_start_maps_weights_by_feature_name():
    old = LogisticRegression().fit(np.eye(3), [0, 1, 1])
    old.coef_ = np.array([[1.0, 2.0, 3.0]])
    lr = LogisticRegression()
    old_keys = [("word", np.array(["a", "b", "c"])), ("char", np.array([" a"]))]
    new_keys = [("word", np.array(["b", "c", "d"])), ("char", np.array([" a", " b"]))]
    old.coef_ = np.array([[1.0, 2.0, 3.0, 4.0]])  # a, b, c, then " a"
    warm_start_from(lr, old, old_keys, new_keys, [0, 1])
    assert lr.warm_start
    assert lr.coef_.tolist() == [[2.0, 3.0, 0.0, 4.0, 0.0]]
    # Other classes: no warm start.
    cold = LogisticRegression()
    warm_start_from(cold, old, old_keys, new_keys, [0, 1, 2])
    assert not cold.warm_start and not hasattr(cold, "coef_")


def test_warm_refit_reaches_the_cold_fits_decisions_in_fewer_iterations(synth_rows):
    rows = synth_rows[::2] + synth_rows[1::2]  # labels interleaved: the first 80% has every label
    texts, labels = [t for t, _ in rows], [lab for _, lab in rows]
    relevant = [lab != "none" or i % 3 == 0 for i, lab in enumerate(labels)]
    part = slice(0, len(texts) * 4 // 5)
    small = {"word_max_features": 5000, "char_max_features": 10000}
    warm = NarrativeClassifier(**small).fit(texts[part], labels[part], relevant=relevant[part])
    warm.set_params(warm_start=True).fit(texts, labels, relevant=relevant)
    cold = NarrativeClassifier(**small).fit(texts, labels, relevant=relevant)
    w, c = warm.pipeline_.named_steps["clf"], cold.pipeline_.named_steps["clf"]
    assert w.n_iter_[0] < c.n_iter_[0]
    assert not w.warm_start and not warm.relevance_.warm_start  # stored models do not keep it
    assert (warm.predict(texts) == cold.predict(texts)).mean() > 0.98
    rel_warm = [p.relevance > 0.5 for p in warm.predict_batch(texts)]
    rel_cold = [p.relevance > 0.5 for p in cold.predict_batch(texts)]
    assert np.mean(np.array(rel_warm) == np.array(rel_cold)) > 0.98
    # Explanations use the refit's own weights and vocabulary.
    assert warm.explain_coef_.shape == cold.explain_coef_.shape
