"""Retraining: seed labels, officers' decisions and the deployment's own stream
(``monitor.analysis.retraining`` gathers them with their weights) → a new model version, promoted
when it is not worse on the active model's hold-out. The one implementation behind `monitor train`
and the Model page's Retrain button."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from classifiers.registry import Registry
from monitor.analysis import retraining


@dataclass
class Retrained:
    path: Path  # the saved model version folder
    metrics: dict
    promotion: object | None  # the registry's promotion result; None when saved outside the registry

    @property
    def version(self) -> str:
        return self.path.name


def gather(seed_rows: list[tuple[str, str]], store, models_dir: Path) -> retraining.TrainingSet:
    """Seed rows plus, with a store, reviewer decisions, official items and low-scored stream
    items (scored by the active model of ``models_dir``)."""
    active = retraining.current_model(Registry(models_dir)) if store is not None else None
    return retraining.gather(seed_rows, store, active)


def retrain(
    training_set: retraining.TrainingSet,
    models_dir: Path,
    target_precision: float,
    progress: Callable[[str], None] | None = None,
    out_dir: Path | None = None,
    config=None,
    store=None,
) -> Retrained:
    """Train on the set (with its weights; the flag decision is fitted with the approved messages
    and relevance data of ``config``/``store``), save the version (in the registry, or in
    `out_dir`) and, in the registry, promote it when it is not worse than the active model."""
    model, metrics = retraining.train(training_set, config, store, target_precision=target_precision, progress=progress)
    reg = Registry(models_dir)
    path = reg.save(model, metrics, training_rows=training_set.rows(), out_dir=out_dir)
    return Retrained(path, metrics, reg.promote(path.name) if out_dir is None else None)
