"""Glue between stored items and the classifier: classify what is new with the active model."""

from __future__ import annotations

from collections.abc import Callable

from monitor.config import Config

Progress = Callable[[float, str], None]


def seed_label_files(config: Config) -> list:
    return sorted((config.data_dir / "labels").glob("*.jsonl"))


def message_dicts(rows: list[dict]) -> list[dict]:
    """Stored approved-message rows (title_vi, text_en, ...) in the shape of
    data/approved_messages.yaml (title: {vi, en}), which the matcher and fact checks read."""
    return [
        {
            "key": r["key"], "version": r.get("version", 1), "narratives": list(r.get("narratives") or []),
            "title": {"vi": r.get("title_vi", ""), "en": r.get("title_en", "")},
            "text": {"vi": r.get("text_vi", ""), "en": r.get("text_en", "")},
            "key_facts": dict(r.get("key_facts") or {}),
        }
        for r in rows
    ]


def classify_new(config: Config, store, progress: Progress | None = None, reclassify_all: bool = False, since=None) -> int:
    """Classify items the active model has not seen; trains a first model from the seed labels
    when none exists yet. Returns how many items were classified."""
    from monitor.classify import classify_pending, ensure_model, load_matcher

    model = ensure_model(config.models_dir, seed_label_files(config))
    messages = message_dicts(store.approved_messages())
    matcher = load_matcher(messages)
    return classify_pending(
        store, model, matcher, messages, progress=progress, reclassify_all=reclassify_all, since=since
    )
