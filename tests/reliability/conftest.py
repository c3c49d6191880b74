"""Shared by the reliability tests: a small trained and activated model (fast to load in each
subprocess), and a local HTTP feed server."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def subprocess_env() -> dict:
    return {**os.environ, "MONITOR_DEMO": "0", "PYTHONPATH": str(ROOT)}


@pytest.fixture(scope="session")
def small_models_dir(tmp_path_factory) -> tuple[Path, str]:
    """(models dir, active version): a model trained on a few synthetic rows."""
    sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "classifiers"))
    from synth import make_rows

    from classifiers.registry import Registry
    from classifiers.training import train

    models = tmp_path_factory.mktemp("small_model") / "models"
    rows = make_rows(12, seed=3)
    model, metrics = train(
        [t for t, _ in rows], [lab for _, lab in rows], word_max_features=3000, char_max_features=6000
    )
    reg = Registry(models)
    path = reg.save(model, metrics, training_rows=rows)
    reg.activate(path.name)
    return models, reg.active_version()


@pytest.fixture(scope="module")
def feed_server():
    from tests.collect.conftest import running_feed_server

    with running_feed_server() as server:
        yield server
