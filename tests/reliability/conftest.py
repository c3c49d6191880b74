"""Shared by the reliability tests: a small trained and activated model (fast to load in each
subprocess), a data folder whose labels are that model's rows, and a local HTTP feed server."""

from __future__ import annotations

import json
import os
import shutil
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


@pytest.fixture(scope="session")
def small_data_dir(tmp_path_factory) -> Path:
    """The shipped taxonomy, approved messages and relevance data, with the small model's rows as
    the office's labels. Every classifying run compares items with the labelled claims; with the
    10,000 shipped seed rows each subprocess would spend seconds on that before its real work."""
    if str(ROOT / "tests" / "fixtures" / "classifiers") not in sys.path:
        sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "classifiers"))
    from synth import make_rows

    data = tmp_path_factory.mktemp("small_data") / "data"
    (data / "labels").mkdir(parents=True)
    for name in ("narratives.yaml", "approved_messages.yaml", "relevance.yaml"):
        shutil.copy(ROOT / "data" / name, data / name)
    rows = make_rows(12, seed=3)
    (data / "labels" / "office.jsonl").write_text(
        "".join(json.dumps({"text": t, "label": lab}, ensure_ascii=False) + "\n" for t, lab in rows), encoding="utf-8"
    )
    return data


@pytest.fixture(scope="module")
def feed_server():
    from tests.collect.conftest import running_feed_server

    with running_feed_server() as server:
        yield server
