"""A deployment folder for classification tests: a model registry with one active version, and
the shipped relevance data and approved messages beside seed labels made of the training rows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from monitor.config import Config, Settings

ROOT = Path(__file__).resolve().parents[1]


def small_trained(n: int = 25, seed: int = 3) -> tuple[object, dict, list[tuple[str, str]]]:
    """(model, metrics, rows) of a small model trained on the synthetic rows (``make_rows``): what
    the classification tests deploy (a module fixture each; ~2 s)."""
    import sys

    from classifiers import training

    sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "classifiers"))
    from synth import make_rows

    rows = make_rows(n, seed=seed)
    model, metrics = training.train(
        [t for t, _ in rows], [lab for _, lab in rows], word_max_features=5000, char_max_features=10000
    )
    return model, metrics, rows


def deployment(tmp_path: Path, model, metrics, rows) -> tuple[Config, object, Path]:
    """(config, registry, data folder) of a deployment whose active model is ``model``."""
    from classifiers.registry import Registry

    models = tmp_path / "models"
    reg = Registry(models)
    reg.activate(reg.save(model, metrics, training_rows=rows).name)
    data = tmp_path / "data"
    (data / "labels").mkdir(parents=True)
    for name in ("relevance.yaml", "approved_messages.yaml"):
        shutil.copy(ROOT / "data" / name, data / name)
    with open(data / "labels" / "seed.jsonl", "w", encoding="utf-8") as f:
        for text, label in rows:
            f.write(json.dumps({"text": text, "label": label}, ensure_ascii=False) + "\n")
    settings = Settings(demo=False, models_dir=str(models), data_dir=str(data))
    return Config(path=tmp_path / "feeds.yaml", settings=settings, feeds=[]), reg, data
