"""Glue between stored items and the classifier: classify what is new with the active model."""

from __future__ import annotations

from collections.abc import Callable

from monitor.config import Config, shipped_file

Progress = Callable[[float, str], None]


def seed_label_files(config: Config) -> list:
    return sorted(shipped_file(config.data_dir, "labels").glob("*.jsonl"))


def classify_new(config: Config, store, progress: Progress | None = None, reclassify_all: bool = False, since=None) -> int:
    """Classify items the active model has not seen; trains a first model from the seed labels
    when none exists yet. Returns how many items were classified."""
    from monitor.analysis.classify import (  # at call time: loads scikit-learn (a --no-classify collector never does)
        classify_pending,
        ensure_model,
        load_matcher,
    )

    model = ensure_model(config.models_dir, seed_label_files(config))
    messages = store.approved_messages()
    matcher = load_matcher(messages)
    return classify_pending(
        store, model, matcher, messages, progress=progress, reclassify_all=reclassify_all, since=since
    )
