"""Every fit runs the linear algebra library on one thread (classifiers/fitting.py).

On a two-core machine the library's own threads fought the fit running beside them (the flag
decision's out-of-fold fits, in a second process): the seed training took 43 s of wall time and
77 s of processor time; on one thread each, 28 s and 42 s, with the same model figures.
"""

from __future__ import annotations

import pytest
import yaml
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_info, threadpool_limits

from classifiers import combiner, training
from tests.classifiers.conftest import ROOT

DATA = yaml.safe_load((ROOT / "data" / "relevance.yaml").read_text(encoding="utf-8"))
SMALL = {"word_max_features": 5000, "char_max_features": 10000}


def _blas_threads() -> set[int]:
    return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}


@pytest.fixture
def seen(monkeypatch):
    """The library's thread counts at every linear model fit (the model's, its relevance
    score's, the flag decision's)."""
    counts: list[set[int]] = []
    fit = LogisticRegression.fit

    def recording_fit(self, *args, **kwargs):
        counts.append(_blas_threads())
        return fit(self, *args, **kwargs)

    monkeypatch.setattr(LogisticRegression, "fit", recording_fit)
    return counts


@pytest.fixture
def rows(synth_rows):
    return [t for t, _ in synth_rows], [lab for _, lab in synth_rows]


def test_every_fit_of_train_runs_the_library_on_one_thread(rows, messages, seen):
    with threadpool_limits(limits=4, user_api="blas"):  # as on a machine with more cores
        training.train(*rows, decision={"messages": messages, "data": DATA}, **SMALL)
        assert _blas_threads() == {4}  # given back when training ends
    assert len(seen) >= 5  # the hold-out fit, the refit, the decision's fits
    assert all(c == {1} for c in seen), seen


def test_the_decision_fit_in_its_own_process_runs_the_library_on_one_thread(rows, messages, seen):
    # what the second process runs (classifiers.background): the same function, so the same limit
    with threadpool_limits(limits=4, user_api="blas"):
        assert combiner.fit(*rows, messages=messages, data=DATA, params=SMALL) is not None
    assert len(seen) >= 4 and all(c == {1} for c in seen), seen


def test_cross_validation_runs_the_library_on_one_thread(rows, seen):
    with threadpool_limits(limits=4, user_api="blas"):
        training.cross_validate(*rows, folds=2, **SMALL)
        assert _blas_threads() == {4}
    assert len(seen) == 2 and all(c == {1} for c in seen), seen
