"""The classify stage: stored items → ``Classification`` rows (narrative, evidence, approved
message, distortion findings)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from classifiers import distortion
from classifiers.matcher import Matcher
from classifiers.registry import LoadedModel, Registry
from monitor.errors import DataFileError
from monitor.models import Classification

Progress = Callable[[float, str], None]


def load_matcher(messages, examples=None) -> Matcher:
    """A ``Matcher`` over the approved messages (and optional labeled examples)."""
    return Matcher(list(messages or []), examples=examples)


def _join(title: str | None, text: str | None) -> str:
    title, text = (title or "").strip(), (text or "").strip()
    if title and text and not text.startswith(title):
        return f"{title}. {text}"
    return text or title


def classify_texts(loaded_model: LoadedModel, matcher: Matcher | None, messages, items) -> list[Classification]:
    """Classify ``(item_id, title, text)`` tuples in one batch.

    Flagged items get evidence terms, their best approved message for the predicted narrative,
    and distortion findings against that narrative's key facts.
    """
    items = list(items)
    if not items:
        return []
    texts = [_join(title, text) for _, title, text in items]
    preds = loaded_model.model.predict_batch(texts, explain=True)
    flagged = [i for i, p in enumerate(preds) if p.flagged]
    matches = {}
    if matcher is not None and flagged:
        found = matcher.match_batch([texts[i] for i in flagged], [preds[i].label for i in flagged], k=1)
        matches = dict(zip(flagged, found, strict=False))
    messages = list(messages or [])
    out = []
    for i, ((item_id, _, _), p) in enumerate(zip(items, preds, strict=False)):
        c = Classification(
            item_id=int(item_id),
            model_version=loaded_model.version,
            narrative=str(p.label),
            score=round(p.score, 4),
            flagged=p.flagged,
            probabilities={k: round(v, 4) for k, v in p.probabilities.items()},
            evidence=p.evidence,
        )
        if p.flagged:
            best = matches.get(i) or []
            if best:
                c.matched_message_key, c.match_score = best[0].key, best[0].score
            facts = distortion.key_facts_for(messages, narrative=c.narrative, message_key=c.matched_message_key)
            c.findings = distortion.check(texts[i], facts)
        out.append(c)
    return out


def classify_pending(
    store,
    loaded_model: LoadedModel,
    matcher: Matcher | None,
    messages,
    batch_size: int = 500,
    progress: Progress | None = None,
    since=None,
    reclassify_all: bool = False,
) -> int:
    """Classify every stored item this model version has not classified yet (all with
    ``reclassify_all``), in batches; returns how many were classified."""
    done, after_id = 0, 0
    while True:
        batch = store.items_to_classify(
            loaded_model.version, batch_size, since=since, reclassify_all=reclassify_all, after_id=after_id
        )
        if not batch:
            break
        rows = classify_texts(loaded_model, matcher, messages, batch)
        store.save_classifications(rows)
        done += len(rows)
        after_id = max(int(r[0]) for r in batch)
        if progress:
            progress(-1.0, f"classified {done} items")
        if len(batch) < batch_size:
            break
    if progress:
        progress(1.0, f"classified {done} items")
    return done


def read_seed_rows(seed_paths) -> list[tuple[str, str]]:
    """(text, label) rows from one or more JSONL/CSV/XLSX label files (or a folder of .jsonl)."""
    from classifiers.training import load_labeled  # at call time: training code, only for a first model

    if isinstance(seed_paths, (str, Path)):
        p = Path(seed_paths)
        seed_paths = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    rows: list[tuple[str, str]] = []
    for p in seed_paths:
        rows += load_labeled(p).rows()
    return rows


def ensure_model(
    registry_root, seed_path: str | Path | Iterable[Path], target_precision: float = 0.8, progress=None
) -> LoadedModel:
    """The active model; on first run (empty registry) train one from the seed labels and activate it."""
    reg = Registry(registry_root)
    active = reg.active()
    if active is not None:
        return active
    from classifiers.training import train  # at call time: training code, only for a first model

    rows = read_seed_rows(seed_path)
    if not rows:
        raise DataFileError(f"{seed_path}: no seed labels to train a first model from")
    model, metrics = train(
        [t for t, _ in rows],
        [lab for _, lab in rows],
        target_precision=target_precision,
        progress=(lambda m: progress(-1.0, m)) if progress else None,
    )
    path = reg.save(model, metrics, training_rows=rows)
    reg.activate(path.name)
    return reg.load(path.name)
