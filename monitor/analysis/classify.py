"""The classify stage: stored items → ``Classification`` rows (narrative, evidence, approved
message, distortion findings)."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Callable, Iterable
from pathlib import Path

from classifiers.decision import Decider
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


def build_decider(loaded_model: LoadedModel, messages, relevance_data: dict | None = None, known_claims=()) -> Decider:
    """The staged decision (``classifiers.decision``) for this model, approved messages,
    relevance data and known false claims (labelled examples, confirmed items)."""
    return Decider(loaded_model.model, list(messages or []), relevance_data or {}, known_claims)


def local_year(when, tz=None) -> int | None:
    """The calendar year of ``when`` in the office's time zone ``tz`` (a naive time is UTC, as
    stored): published at 00:30 on 1 January in Hanoi is the new year, though UTC says 31 December."""
    if not isinstance(when, dt.datetime) or tz is None:
        return getattr(when, "year", None)
    return (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).astimezone(tz).year


def classify_texts(
    loaded_model: LoadedModel, decider: Decider, matcher: Matcher | None, items, tz=None
) -> list[Classification]:
    """Classify ``(item_id, title, text[, source kind[, published_at]])`` tuples in one batch
    (``tz``: the office's time zone, in which the year of publication is read).

    Every item gets a relevance decision; flagged ones get evidence terms, the evidence kinds
    that carried the flag, their best approved message and distortion findings.
    """
    items = list(items)
    if not items:
        return []
    texts = [_join(it[1], it[2]) for it in items]
    kinds = [it[3] if len(it) > 3 else None for it in items]
    years = [local_year(it[4], tz) if len(it) > 4 else None for it in items]
    decisions = decider.decide(texts, kinds, years=years)
    flagged = [i for i, d in enumerate(decisions) if d.flagged]
    matches = {}
    if matcher is not None and flagged:
        found = matcher.match_batch([texts[i] for i in flagged], [decisions[i].label for i in flagged], k=1)
        matches = dict(zip(flagged, found, strict=False))
    out = []
    for i, (it, d) in enumerate(zip(items, decisions, strict=True)):
        c = Classification(
            item_id=int(it[0]),
            model_version=loaded_model.version,
            narrative=str(d.label),
            score=round(d.score, 4),
            flagged=d.flagged,
            probabilities={k: round(v, 4) for k, v in d.probabilities.items()},
            evidence=d.evidence,
            findings=d.findings if d.band in ("flag", "look") else [],
            relevant=d.relevance.relevant,
            relevance=d.relevance.score,
            relevance_reason=d.relevance.reason,
            band=d.band,
            flag_score=d.flag_score,
            evidence_kinds=list(d.evidence_kinds),
        )
        best = matches.get(i) or []
        if best:
            c.matched_message_key, c.match_score = best[0].key, best[0].score
        out.append(c)
    return out


@contextlib.contextmanager
def _no_cyclic_gc():
    """Python's cycle collector paused for one batch. A batch allocates tens of thousands of
    short-lived objects (freed by reference counting); each full collection they set off walked
    every object of the loaded libraries and model, ~0.13 s, a sixth of classifying 3,000 items.
    What a batch leaves in cycles is collected after it."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def classify_pending(
    store,
    loaded_model: LoadedModel,
    matcher: Matcher | None,
    decider: Decider,
    batch_size: int = 1000,
    progress: Progress | None = None,
    since=None,
    reclassify_all: bool = False,
    tz=None,
) -> int:
    """Classify every stored item this model version has not classified yet (all with
    ``reclassify_all``), in batches of ``batch_size`` (each classified and written in one
    transaction; 1,000 rather than 500 saves ~4% of the per-batch set-up: feature tables, model
    checks, statements and commits); returns how many were classified."""
    done, after_id = 0, 0
    while True:
        batch = store.items_to_classify(
            loaded_model.version,
            batch_size,
            since=since,
            reclassify_all=reclassify_all,
            after_id=after_id,
            with_kind=True,
        )
        if not batch:
            break
        with _no_cyclic_gc():
            rows = classify_texts(loaded_model, decider, matcher, batch, tz=tz)
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


def read_seed_relevance(seed_paths) -> dict[str, bool]:
    """Text → ``relevant`` for JSONL seed rows that say ``"relevant": false`` (empty when none do:
    then the model gets no learned relevance score and the vocabulary alone decides)."""
    import json

    if isinstance(seed_paths, (str, Path)):
        p = Path(seed_paths)
        seed_paths = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    out: dict[str, bool] = {}
    for p in seed_paths:
        if Path(p).suffix.lower() != ".jsonl":
            continue
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else None
            if isinstance(rec, dict) and rec.get("relevant") is False and rec.get("text"):
                out[str(rec["text"])] = False
    return out


def ensure_model(
    registry_root,
    seed_path: str | Path | Iterable[Path],
    target_precision: float = 0.8,
    progress=None,
    decision: dict | None = None,
    retarget=None,
) -> LoadedModel:
    """The active model; on first run (empty registry) train one from the seed labels and activate it.
    ``decision`` (``messages``, relevance ``data``) fits the flag decision's combination with it, as
    ``monitor train`` does; without it the first model uses the hand-set weights. ``retarget``
    rewrites each seed text for the configured election (``monitor.ingest.pipeline.seed_retarget``)."""
    reg = Registry(registry_root)
    active = reg.active()
    if active is not None:
        return active
    from classifiers.training import train  # at call time: training code, only for a first model

    rows = read_seed_rows(seed_path)
    if not rows:
        shown = (
            seed_path if isinstance(seed_path, (str, Path)) else ", ".join(map(str, seed_path)) or "no *.jsonl files"
        )
        raise DataFileError(f"no seed labels to train a first model from ({shown})")
    relevant = read_seed_relevance(seed_path)
    flags = [relevant.get(t, True) for t, _ in rows] if relevant else None
    if retarget is not None:
        rows = [(retarget(t), lab) for t, lab in rows]
    model, metrics = train(
        [t for t, _ in rows],
        [lab for _, lab in rows],
        relevant=flags,
        target_precision=target_precision,
        progress=(lambda m: progress(-1.0, m)) if progress else None,
        decision=decision,
    )
    path = reg.save(model, metrics, training_rows=rows)
    reg.activate(path.name)
    return reg.load(path.name)
