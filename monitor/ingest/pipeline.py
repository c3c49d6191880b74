"""Glue between stored items and the classifier: the one place that builds the flag decision
(``classifiers.decision.Decider``) from the config, so ``collect``/``run``/``import``,
``monitor classify`` and ``monitor predict`` decide alike.

Data files (taxonomy, approved messages, relevance vocabulary, seed labels) are looked up in the
config's data folder first (a user's own files win) and then in the data shipped with the
package, so a ``feeds.yaml`` in any folder works.
"""

from __future__ import annotations

import copy
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from monitor.analysis.taxonomy import load_messages
from monitor.config import SHIPPED_DIRS, Config, shipped_file
from monitor.errors import DataFileError, MonitorError
from monitor.yamlfile import line_of, read_yaml

Progress = Callable[[float, str], None]

_warned: set[str] = set()
# What a classification pass builds before it classifies anything (the model loaded and checked,
# the decision's rules, the known claims' features: ~0.3 s), kept for the next pass of the same
# process. A `run` collector classifies after every batch of feeds; rebuilding all this each time
# cost more than classifying a few hundred items. Reused only while every input is unchanged.
_lock = threading.Lock()
# The reused model is shared: its batch feature tables grow as batches come, so two passes of one
# process (two dashboard sessions, say) take turns instead of using it at the same time.
_passes = threading.RLock()
_files: dict[Path, tuple[tuple, object]] = {}
_models: dict[str, tuple[tuple, object]] = {}
_decider: list[tuple[tuple, object, object]] = []  # the last one built (one model in use at a time)


def _stamp(path: Path) -> tuple | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def _read_once(path: Path, read: Callable[[Path], object], frozen: bool = False):
    """``read(path)``, reused until the file changes: a deep copy, or with ``frozen`` (``read``
    returns a tuple of immutable values) the value itself. Deep-copying the seed rows took
    ~0.03 s of every pass."""
    path = Path(path)
    stamp = _stamp(path)
    with _lock:
        hit = _files.get(path)
    if stamp is None or hit is None or hit[0] != stamp:
        value = read(path)
        if stamp is not None:
            with _lock:
                _files[path] = (stamp, value)
    else:
        value = hit[1]
    return value if frozen else copy.deepcopy(value)


def _seed_rows(path: Path) -> tuple[tuple[str, str], ...]:
    from monitor.analysis.classify import read_seed_rows  # at call time: loads scikit-learn

    return tuple((str(text), str(label)) for text, label in read_seed_rows(path))


def _data_dir(config) -> Path | None:
    d = getattr(config, "data_dir", None) if config is not None else None
    return Path(d) if d is not None else None


def data_file(config: Config | None, name: str) -> Path:
    """``name`` in the config's data folder if it is there, else the shipped copy."""
    own = _data_dir(config)
    return shipped_file(own, name) if own is not None else shipped_file(SHIPPED_DIRS[0], name)


def seed_label_files(config: Config | None) -> list:
    """The user's seed labels (data folder's ``labels/*.jsonl``: a ``labels`` folder there is the
    user's choice, even when empty), else the shipped ones."""
    own = _data_dir(config) / "labels" if _data_dir(config) is not None else None
    if own is not None and own.is_dir():
        return sorted(own.glob("*.jsonl"))
    for folder in SHIPPED_DIRS:
        if found := sorted((folder / "labels").glob("*.jsonl")):
            return found
    return []


def load_relevance(config: Config | None) -> dict:
    """The relevance data (``relevance.yaml``): the user's, else the shipped one."""
    path = data_file(config, "relevance.yaml")
    if not path.exists():
        return {}
    # read like the other YAML files people edit: not UTF-8, a folder in its place, broken YAML
    data = _read_once(path, _read_relevance)
    if not isinstance(data, dict):
        raise DataFileError(f"{path}: expected a mapping at the top level")
    return data


def _read_relevance(path: Path):
    """The relevance file's data; an election year that is no year is bad input naming its line."""
    node, data = read_yaml(path, str(path), DataFileError)
    election = data.get("election") if isinstance(data, dict) else None
    year = election.get("year") if isinstance(election, dict) else None
    try:
        ok = year is None or (not isinstance(year, bool) and 1900 <= int(str(year).strip()) <= 2200)
    except ValueError:
        ok = False
    if not ok:
        line = line_of(node, ("election", "year"))
        raise DataFileError(f"{path} line {line}: election.year: expected a year such as 2026, got {year!r}")
    return data or {}


def approved_messages(config: Config | None, store=None) -> list:
    """Approved messages from the database when it has them, else from the data files."""
    messages = list(store.approved_messages()) if store is not None else []
    if messages:
        return messages
    path = data_file(config, "approved_messages.yaml")
    return _read_once(path, lambda p: [m.model_dump() for m in load_messages(p)]) if path.exists() else []


def configured_election(config: Config | None, store=None):
    """The election this office watches (``classifiers.retarget.Election``): the approved
    ``election_date`` and results facts, the relevance data's term; None without a date."""
    from classifiers.message_fields import message_field
    from classifiers.retarget import Election

    facts: dict = {}
    for m in approved_messages(config, store):
        facts.update(message_field(m, "key_facts") or {})
    return Election.of(load_relevance(config), facts)


def seed_retarget(config: Config | None, store=None, files=None):
    """The rewrite of the seed label files' rows for the configured election, when their folder
    declares the election they were written for (``labels/election.yaml``) and it is another one;
    None otherwise (``classifiers.retarget``). A broken ``election.yaml`` is bad input naming it."""
    from classifiers.retarget import for_files

    files = seed_label_files(config) if files is None else list(files)
    folders = {Path(f).parent for f in files}
    if len(folders) != 1:
        return None  # (label files from several folders: the user's own choice, read as written)
    try:
        return for_files(folders.pop(), configured_election(config, store))
    except ValueError as exc:
        raise DataFileError(str(exc)) from None


def retargeted(rows, retarget) -> list[tuple[str, str]]:
    """(text, label) rows with each text rewritten by ``retarget`` (as they are without one)."""
    return list(rows) if retarget is None else [(retarget(t), lab) for t, lab in rows]


_retargeted: dict[tuple, tuple[tuple[str, str], ...]] = {}


def _seed_rows_for(path: Path, retarget) -> tuple[tuple[str, str], ...]:
    rows = _read_once(path, _seed_rows, frozen=True)
    if retarget is None:
        return rows
    key = (path, _stamp(path), retarget.source, retarget.target)
    with _lock:
        hit = _retargeted.get(key)
    if hit is None:
        hit = tuple(retargeted(rows, retarget))
        with _lock:
            for old in [k for k in _retargeted if k[0] == path]:  # (the file's earlier version or election)
                del _retargeted[old]
            _retargeted[key] = hit
    return hit


def known_claims(config: Config | None, store=None) -> list[tuple[str, str]]:
    """Known false claims: the seed labels' distortion examples (read for the configured election,
    ``seed_retarget``) and reviewers' confirmed items."""
    files = seed_label_files(config)
    retarget = seed_retarget(config, store, files)
    rows = [row for p in files for row in _seed_rows_for(p, retarget)]
    if store is not None:
        rows += store.review_training_rows()
    return rows


def make_decider(config: Config | None, store, loaded):
    from monitor.analysis.classify import build_decider  # at call time: loads scikit-learn

    return build_decider(loaded, approved_messages(config, store), load_relevance(config), known_claims(config, store))


def _active_model(config: Config, seeds, store=None):
    """The active model (trained from the seed labels when there is none), loaded once per
    version and model file."""
    from classifiers.registry import Registry  # at call time: loads skops and scikit-learn
    from monitor.analysis.classify import ensure_model

    reg = Registry(config.models_dir)

    def stamp() -> tuple | None:
        version = reg.active_version()
        if not version:
            return None
        files = [_stamp(reg.resolve(version) / name) for name in ("model.skops", "meta.json")]
        return None if None in files else (version, *files)

    before = stamp()
    with _lock:
        hit = _models.get(str(reg.root))
    if before is not None and hit is not None and hit[0] == before:
        return hit[1]
    # A first model fits the flag decision as `monitor train` does (messages and relevance data).
    decision = {"messages": approved_messages(config, store), "data": load_relevance(config)}
    model = ensure_model(config.models_dir, seeds, decision=decision, retarget=seed_retarget(config, store, seeds))
    if (after := stamp()) is not None:
        with _lock:
            _models[str(reg.root)] = (after, model)
    return model


def _decider_and_matcher(config: Config, store, model):
    """The decision and the approved-message matcher for ``model``, rebuilt only when the approved
    messages, the relevance data or the known claims (seed labels, reviewers' decisions) changed."""
    from monitor.analysis.classify import build_decider, load_matcher

    inputs = (approved_messages(config, store), load_relevance(config), known_claims(config, store))
    with _lock:
        hit = _decider[0] if _decider else None
    if hit is not None and hit[0][0] is model and hit[0][1:] == inputs:
        return hit[1], hit[2]
    messages, relevance, claims = inputs
    decider = build_decider(model, copy.deepcopy(messages), copy.deepcopy(relevance), list(claims))
    matcher = load_matcher(copy.deepcopy(messages))
    with _lock:
        _decider[:] = [((model, *inputs), decider, matcher)]
    return decider, matcher


def warn_once(msg: str) -> None:
    """One warning line on stderr per distinct message and process (a run loop repeats passes)."""
    if msg not in _warned:
        _warned.add(msg)
        print(f"warning: {msg}", file=sys.stderr)


def classify_new(
    config: Config, store, progress: Progress | None = None, reclassify_all: bool = False, since=None
) -> int | None:
    """Classify items the active model has not seen; trains a first model from the seed labels
    when none exists yet. Returns how many items were classified, or None when no model could be
    trained or loaded (the items stay stored and are classified by a later pass)."""
    # at call time: loads scikit-learn (a --no-classify collector never does)
    from monitor.analysis.classify import classify_pending

    seeds = seed_label_files(config)
    with _passes:
        try:
            model = _active_model(config, seeds, store)
            # (the known claims read the seed labels too: a label file broken since the last pass)
            decider, matcher = _decider_and_matcher(config, store, model)
        except MonitorError as exc:
            where = seeds[0].parent if seeds else Path(config.data_dir) / "labels"
            warn_once(
                f"cannot classify yet ({exc}); looked for models in {config.models_dir} and seed labels in "
                f"{where}; items are stored and will be classified once a model exists (`monitor train`)"
            )
            return None
        tz = getattr(config, "tz", None)  # (the year of publication is the office's)
        return classify_pending(
            store, model, matcher, decider, progress=progress, reclassify_all=reclassify_all, since=since, tz=tz
        )


def classify_leftovers(config: Config, store, progress: Progress | None = None) -> int | None:
    """Classify whatever the active model has not classified yet: items a pass stored, and items
    left behind by a classification that crashed. Cheap when nothing waits (no model is loaded).
    None when no model could be trained or loaded (see ``classify_new``)."""
    from classifiers.registry import Registry  # at call time: loads skops and scikit-learn

    version = Registry(config.models_dir).active_version() or ""
    if not store.has_unclassified(version):
        return 0
    return classify_new(config, store, progress=progress)
