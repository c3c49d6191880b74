"""Small models trained once per session (keeps the classifier suite fast)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "classifiers"))

from synth import make_rows  # noqa: E402

SEED = ROOT / "data" / "labels" / "seed.jsonl"


@pytest.fixture(scope="session")
def synth_rows():
    return make_rows(25, seed=3)


@pytest.fixture(scope="session")
def seed_rows():
    if not SEED.exists():
        return make_rows(60, seed=4)
    return [(d["text"], d["label"]) for d in map(json.loads, SEED.read_text(encoding="utf-8").splitlines()) if d]


@pytest.fixture(scope="session")
def small_model(synth_rows):
    from classifiers.narrative import NarrativeClassifier

    return NarrativeClassifier(word_max_features=5000, char_max_features=10000).fit(
        [t for t, _ in synth_rows], [lab for _, lab in synth_rows]
    )


@pytest.fixture(scope="session")
def messages():
    import yaml

    p = ROOT / "data" / "approved_messages.yaml"
    if p.exists():
        return yaml.safe_load(p.read_text(encoding="utf-8"))["messages"]
    return yaml.safe_load((ROOT / "tests/fixtures/classifiers/approved_messages.yaml").read_text(encoding="utf-8"))[
        "messages"
    ]


@pytest.fixture(scope="module")
def shipped_decider(tmp_path_factory):
    """The pipeline's decider over the shipped model (trained from data/labels/ as `monitor demo`
    and a first run do; once per test run, ``tests.demo_support.shipped_models``)."""
    from classifiers.registry import Registry
    from monitor.ingest.pipeline import make_decider
    from tests.demo_support import shipped_models

    models = shipped_models(tmp_path_factory, tmp_path_factory.mktemp("shipped") / "models")
    return make_decider(None, None, Registry(models).active())
