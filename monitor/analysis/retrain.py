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


def taxonomy_labels(config, store) -> set[str]:
    """The labels a model may learn: the keys of the taxonomy in use (the data folder's
    narratives.yaml, else the shipped one, plus the narratives named in the dashboard)."""
    from monitor.analysis.taxonomy import load_taxonomy, merge_stored
    from monitor.ingest.pipeline import data_file

    taxonomy = load_taxonomy(data_file(config, "narratives.yaml"))
    if store is not None:
        taxonomy = merge_stored(taxonomy, store.list_narratives())
    return {n.key for n in taxonomy.narratives}


def load_label_files(
    files, known_labels, *, text_col="text", label_col="label", max_field_chars=None, on_skipped=None, trainable=True
) -> list[tuple[str, str]]:
    """The (text, label) rows of label files. A label outside ``known_labels``, or (with
    ``trainable``) too few rows to train on, is bad input (``DataFileError``) naming the file and
    line; ``on_skipped(path, row numbers)`` hears of rows with an empty text or label. Label files
    that officers' decisions will join are checked for size with them (``check_gathered``)."""
    from classifiers.training import MAX_FIELD_CHARS, check_trainable, load_labeled

    rows = []
    for f in files:
        data = load_labeled(
            f, text_col=text_col, label_col=label_col, max_field_chars=max_field_chars or MAX_FIELD_CHARS
        )
        data.check_labels(known_labels)
        if data.skipped and on_skipped is not None:
            on_skipped(f, data.skipped)
        rows += data.rows()
    if files and trainable:
        check_trainable([lab for _, lab in rows], where=", ".join(map(str, files)))
    return rows


def check_gathered(training_set: retraining.TrainingSet, files, with_db: bool = True) -> None:
    """Too few rows or labels to train on, label files and the database's examples together, is
    bad input naming what was read."""
    from classifiers.errors import DataFileError
    from classifiers.training import check_trainable

    read = [", ".join(map(str, files))] if files else []
    if with_db:
        read.append("the examples from the database")
    where = " and ".join(read) or "no label files"
    if not training_set.labels:
        raise DataFileError(f"{where}: no labeled data to train on (label files: labels/*.jsonl)")
    check_trainable(training_set.labels, where=where)


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
