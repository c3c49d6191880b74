"""Retraining: labeled rows plus officers' decisions → a new model version, promoted when it is
not worse on the active model's hold-out. The one implementation behind `monitor train` and the
Model page's Retrain button."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from classifiers import training
from classifiers.registry import Registry


@dataclass
class Retrained:
    path: Path  # the saved model version folder
    metrics: dict
    promotion: object | None  # the registry's promotion result; None when saved outside the registry

    @property
    def version(self) -> str:
        return self.path.name


def with_reviews(rows: list[tuple[str, str]], store) -> tuple[list[tuple[str, str]], int]:
    """The label rows with the officers' review decisions merged in, and how many reviews there were."""
    reviews = store.review_training_rows()
    return training.merge_review_labels(rows, reviews), len(reviews)


def retrain(
    rows: list[tuple[str, str]],
    models_dir: Path,
    target_precision: float,
    progress: Callable[[str], None] | None = None,
    out_dir: Path | None = None,
) -> Retrained:
    """Train on (text, label) rows, save the version (in the registry, or in `out_dir`) and, in the
    registry, promote it when it is not worse than the active model."""
    model, metrics = training.train(
        [t for t, _ in rows], [lab for _, lab in rows], target_precision=target_precision, progress=progress
    )
    reg = Registry(models_dir)
    path = reg.save(model, metrics, training_rows=rows, out_dir=out_dir)
    return Retrained(path, metrics, reg.promote(path.name) if out_dir is None else None)
