"""Model versions on disk, with their metrics, held-out rows and an ``ACTIVE`` pointer.

Layout under the root (``data/models/`` by default)::

    20260526-142501-3fa9c2d1/      one version: <UTC time>-<first 8 hex of model.skops sha256>
        model.skops                the estimator, skops format (never pickle)
        meta.json                  format, sklearn version, labels, data fingerprint, sha256, ...
        metrics.json               hold-out metrics from training
        holdout.jsonl              the held-out rows, so later models are compared on the same data
    ACTIVE                         name of the active version
    HISTORY                        activations, one per line (rollback pops the last one)

``load`` refuses (``ModelLoadError``, naming the path and the reason) a directory that is
missing, has no or a foreign ``meta.json``, whose ``model.skops`` does not match the sha256 in
``meta.json``, was written by another scikit-learn minor version, or holds types outside
``TRUSTED_TYPES``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import sklearn
import skops
import skops.io as sio

from classifiers.errors import ModelLoadError
from classifiers.narrative import NarrativeClassifier

__all__ = ["FORMAT", "TRUSTED_TYPES", "LoadedModel", "Promotion", "Registry", "fingerprint"]

FORMAT = "election-monitor-narrative/1"

# Our own types plus the non-public sklearn types a calibrated model holds. skops trusts
# public sklearn estimators and numpy/scipy containers by default; anything else in a file
# (a function, a foreign class) makes ``load`` refuse it.
TRUSTED_TYPES = [
    "classifiers.narrative.NarrativeClassifier",
    "classifiers.features.NgramTfidf",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
]


def fingerprint(rows) -> str:
    """sha256 of the sorted (text, label) rows: the same data gives the same fingerprint."""
    h = hashlib.sha256()
    for text, label in sorted((str(t), str(lab)) for t, lab in rows):
        h.update(json.dumps([text, label], ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


@dataclass
class LoadedModel:
    model: NarrativeClassifier
    version: str
    path: Path
    meta: dict
    metrics: dict

    def holdout_rows(self) -> list[tuple[str, str]]:
        p = self.path / "holdout.jsonl"
        if not p.exists():
            return []
        rows = []
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                rows.append((d["text"], d["label"]))
        return rows


@dataclass
class Promotion:
    promoted: bool
    candidate: str
    active: str | None
    candidate_f1: float | None
    active_f1: float | None
    reason: str


class Registry:
    """Model versions under ``root``."""

    def __init__(self, root):
        self.root = Path(root)

    # -- writing -------------------------------------------------------------------------------

    def save(self, model, metrics: dict, training_rows=(), out_dir=None, now: dt.datetime | None = None) -> Path:
        """Write a new version directory (under the root, or exactly ``out_dir``); returns its path.

        ``metrics`` is what ``training.train`` returns; its ``holdout_rows`` go to
        ``holdout.jsonl``.
        """
        now = now or dt.datetime.now(dt.UTC)
        metrics = dict(metrics)
        holdout = metrics.pop("holdout_rows", [])
        rows = list(training_rows)
        base = Path(out_dir) if out_dir else self.root
        base.mkdir(parents=True, exist_ok=True)
        tmp = base / f".tmp-{os.getpid()}-{now.strftime('%Y%m%d%H%M%S%f')}"
        tmp.mkdir(parents=True)
        try:
            sio.dump(model, tmp / "model.skops")
            sha = _sha256(tmp / "model.skops")
            name = f"{now.strftime('%Y%m%d-%H%M%S')}-{sha[:8]}"
            meta = {
                "format": FORMAT,
                "version": name,
                "sklearn_version": sklearn.__version__,
                "skops_version": skops.__version__,
                "labels": model.classes_.tolist(),
                "negative_label": model.negative_label_,
                "thresholds": model.thresholds_,
                "params": {k: (list(v) if isinstance(v, tuple) else v) for k, v in model.get_params().items()},
                "training_fingerprint": fingerprint(rows) if rows else None,
                "n_training_rows": len(rows) or metrics.get("n_train"),
                "created_at": now.isoformat(timespec="seconds"),
                "holdout_macro_f1": metrics.get("macro_f1"),
                "model_sha256": sha,
            }
            (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
            (tmp / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")
            with open(tmp / "holdout.jsonl", "w", encoding="utf-8") as f:
                for text, label in holdout:
                    f.write(json.dumps({"text": text, "label": label}, ensure_ascii=False) + "\n")
            final = Path(out_dir) if out_dir else self.root / name
            if out_dir:
                for p in tmp.iterdir():
                    os.replace(p, final / p.name)
                tmp.rmdir()
            else:
                os.replace(tmp, final)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return final

    # -- reading -------------------------------------------------------------------------------

    def resolve(self, version) -> Path:
        p = Path(version)
        if p.is_dir() or p.is_absolute() or len(p.parts) > 1:
            return p
        return self.root / str(version)

    def load(self, version) -> LoadedModel:
        """Load a version (a name under the root, or a directory path), after checking it."""
        path = self.resolve(version)
        return load(path)

    def versions(self) -> list[str]:
        """Version names, oldest first (directories with a meta.json)."""
        if not self.root.is_dir():
            return []
        return sorted(
            p.name
            for p in self.root.iterdir()
            if p.is_dir() and (p / "meta.json").exists() and not p.name.startswith(".")
        )

    def active_version(self) -> str | None:
        p = self.root / "ACTIVE"
        if not p.exists():
            return None
        return p.read_text(encoding="utf-8").strip() or None

    def metrics(self, version: str) -> dict | None:
        """The hold-out metrics recorded for a version (metrics.json), None when unreadable."""
        try:
            return json.loads((self.resolve(version) / "metrics.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def active(self) -> LoadedModel | None:
        """The active model, or None when nothing was activated yet."""
        v = self.active_version()
        return self.load(v) if v else None

    def _history(self) -> list[str]:
        p = self.root / "HISTORY"
        return [ln.split()[-1] for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()] if p.exists() else []

    def activate(self, version: str) -> None:
        """Make ``version`` (a name under the root) the active one, after loading it once."""
        name = Path(str(version)).name
        self.load(name)  # refuse to activate something that would not load
        _write_atomic(self.root / "ACTIVE", name + "\n")
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with open(self.root / "HISTORY", "a", encoding="utf-8") as f:
            f.write(f"{stamp} {name}\n")

    def rollback(self) -> str:
        """Re-activate the previously active version; returns its name."""
        hist = self._history()
        if len(hist) < 2:
            raise ModelLoadError(f"{self.root}: no previous active model to roll back to")
        prev = hist[-2]
        self.load(prev)
        kept = hist[:-1]
        _write_atomic(self.root / "HISTORY", "".join(f"- {v}\n" for v in kept))
        _write_atomic(self.root / "ACTIVE", prev + "\n")
        return prev

    def promote(self, candidate: str, force: bool = False) -> Promotion:
        """Activate ``candidate`` if its macro-F1 on the active model's held-out rows is not
        lower than the active model's (or with ``force``, or when nothing is active)."""
        from sklearn.metrics import f1_score

        from classifiers.training import _decide  # avoid an import cycle at module load

        cand = self.load(candidate)
        act = self.active()
        if act is None or force:
            self.activate(cand.version)
            return Promotion(
                True,
                cand.version,
                act.version if act else None,
                None,
                None,
                "forced" if force and act else "no active model",
            )
        rows = act.holdout_rows()
        if not rows:
            return Promotion(
                False, cand.version, act.version, None, None, "the active model has no held-out rows; use force"
            )
        texts, labels = [t for t, _ in rows], [lab for _, lab in rows]

        def score(m):
            pred = _decide(m, m.predict_proba(texts))
            return float(
                f1_score(labels, pred, labels=sorted(set(labels) | set(pred)), average="macro", zero_division=0)
            )

        cf, af = score(cand.model), score(act.model)
        if cf >= af:
            self.activate(cand.version)
            return Promotion(True, cand.version, act.version, cf, af, "not worse on the active model's hold-out")
        return Promotion(False, cand.version, act.version, cf, af, "lower macro-F1 on the active model's hold-out")


def load(path) -> LoadedModel:
    """Load and check one version directory (see module docstring for what is refused)."""
    path = Path(path)
    if not path.is_dir():
        raise ModelLoadError(f"{path}: no such model directory")
    meta_p, model_p = path / "meta.json", path / "model.skops"
    if not meta_p.exists():
        raise ModelLoadError(f"{path}: not a model directory (no meta.json)")
    try:
        meta = json.loads(meta_p.read_text(encoding="utf-8"))
    except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError, too deep
        raise ModelLoadError(f"{meta_p}: meta.json is not valid JSON") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelLoadError(
            f"{path}: not one of our models (format {meta.get('format') if isinstance(meta, dict) else None!r}, expected {FORMAT!r})"
        )
    if not model_p.exists():
        raise ModelLoadError(f"{path}: model.skops is missing")
    if _sha256(model_p) != meta.get("model_sha256"):
        raise ModelLoadError(f"{model_p}: sha256 does not match meta.json (file changed or tampered with); retrain")
    want = ".".join(sklearn.__version__.split(".")[:2])
    got = str(meta.get("sklearn_version", ""))
    if ".".join(got.split(".")[:2]) != want:
        raise ModelLoadError(
            f"{path}: trained with scikit-learn {got}, this is {sklearn.__version__}; retrain with `train`"
        )
    try:
        untrusted = sio.get_untrusted_types(file=model_p)
        foreign = sorted(set(untrusted) - set(TRUSTED_TYPES))
        if foreign:
            raise ModelLoadError(f"{model_p}: holds types outside the allow-list: {', '.join(foreign)}")
        model = sio.load(model_p, trusted=TRUSTED_TYPES)
    except ModelLoadError:
        raise
    except Exception as exc:  # skops raises a range of errors for a corrupt file
        raise ModelLoadError(f"{model_p}: cannot be read ({type(exc).__name__}: {exc})") from None
    if not isinstance(model, NarrativeClassifier):
        raise ModelLoadError(f"{model_p}: holds a {type(model).__name__}, not a NarrativeClassifier")
    metrics = {}
    if (path / "metrics.json").exists():
        try:
            metrics = json.loads((path / "metrics.json").read_text(encoding="utf-8"))
        except (ValueError, RecursionError, OSError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            raise ModelLoadError(f"{path / 'metrics.json'}: not valid JSON; retrain, or restore the file") from None
        if not isinstance(metrics, dict):
            raise ModelLoadError(f"{path / 'metrics.json'}: expected a JSON object of metrics")
    return LoadedModel(model=model, version=meta.get("version") or path.name, path=path, meta=meta, metrics=metrics)
