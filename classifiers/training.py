"""Load labeled data, train with a hold-out, evaluate, cross-validate, merge reviewer labels.

Any labeled CSV / JSONL / XLSX works (``text_col``, ``label_col``), with any label set, so a team
can train on its own data. Problems in the file are ``DataFileError`` naming file, row and column.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support, roc_auc_score
from sklearn.model_selection import StratifiedKFold, train_test_split

from classifiers import background, combiner
from classifiers import text as T
from classifiers.errors import DataFileError
from classifiers.fitting import one_blas_thread
from classifiers.narrative import NarrativeClassifier

__all__ = [
    "LabeledData",
    "load_labeled",
    "check_trainable",
    "train",
    "evaluate",
    "cross_validate",
    "merge_review_labels",
]

# The longest CSV field read (the default of the `import_max_line_chars` setting, which the CLI
# passes): 1 MB of text fits; Python's own default (131,072) refused long articles.
MAX_FIELD_CHARS = 1_000_000
# From this many rows the flag decision is fitted in a second process while the model is fitted
# (below it, starting that process costs more than the fit).
BACKGROUND_ROWS = 2_000
# Fewest rows a label file must hold for `train`: one row in five is held out to measure the model
# and fit its decision, and the vectorizer keeps only terms seen in at least two texts
# (``min_df=2``). A rare label is kept (trained on, not measured): officers' decisions and a team's
# own files may name a new narrative only a few times.
MIN_TRAINING_ROWS = 10
# Most hold-out rows scored again without accents (``metrics["unaccented"]``): the shipped seed's
# whole hold-out (2,190 rows); every fourth row of 50,000 rows' hold-out.
UNACCENTED_ROWS = 3_000


@dataclass
class LabeledData:
    texts: list[str]
    labels: list[str]
    path: str
    skipped: list[int] = field(default_factory=list)  # row numbers (1-based, header = row 1 for CSV/XLSX)
    row_numbers: list[int] = field(default_factory=list)  # the row (JSONL: line) of each text

    def check_labels(self, known) -> None:
        """Raise ``DataFileError`` naming the first row whose label is not one of ``known``."""
        known = set(known)
        for n, lab in zip(self.row_numbers, self.labels, strict=True):
            if lab not in known:
                where = "line" if Path(self.path).suffix.lower() in _JSON_SUFFIXES else "row"
                near = difflib.get_close_matches(T.fold(lab).replace(" ", "_"), sorted(known), n=1)
                hint = f"did you mean {near[0]!r}? " if near else ""
                raise DataFileError(
                    f"{self.path}: {where} {n}: label {lab!r} is not in the taxonomy "
                    f"({hint}labels: {', '.join(sorted(known))})"
                )

    def rows(self) -> list[tuple[str, str]]:
        return list(zip(self.texts, self.labels, strict=False))


_JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:  # permission denied, a device, a special file such as /proc/self/mem
        raise DataFileError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    for enc in ("utf-8-sig", "utf-8"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError as exc:
            err = exc
    line = raw[: err.start].count(b"\n") + 1
    raise DataFileError(
        f"{path}: line {line}: not UTF-8 (byte 0x{raw[err.start]:02x} at offset {err.start}); "
        "re-save the file as UTF-8 (Excel: 'CSV UTF-8')"
    )


def _records(path: Path, max_field_chars: int = MAX_FIELD_CHARS):
    """Yield (row_number, dict) from CSV, JSONL or XLSX; a CSV field longer than
    ``max_field_chars`` characters is a ``DataFileError`` naming its line."""
    suffix = path.suffix.lower()
    if suffix in _JSON_SUFFIXES:
        yield from _jsonl_records(path)
    elif suffix in (".xlsx", ".xlsm"):
        import openpyxl

        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for a bad file
            raise DataFileError(f"{path}: cannot read as XLSX ({exc})") from None
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
        for i, row in enumerate(rows, 2):
            yield i, {h: ("" if v is None else v) for h, v in zip(header, row, strict=False)}
        wb.close()
        if not header:
            raise DataFileError(f"{path}: the first sheet is empty")
    elif suffix in (".csv", ".tsv", ".txt"):
        yield from _csv_records(path, "\t" if suffix == ".tsv" else ",", max_field_chars)
    else:
        raise DataFileError(f"{path}: unknown file type {suffix!r}; use .csv, .jsonl or .xlsx")


def _jsonl_records(path: Path):
    for i, line in enumerate(_read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(f"{path}: line {i}: invalid JSON ({exc.msg})") from None
        except RecursionError:
            raise DataFileError(f"{path}: line {i}: JSON nested too deeply") from None
        except ValueError:  # Python refuses to convert an integer this long (CVE-2020-10735)
            raise DataFileError(
                f"{path}: line {i}: invalid JSON (a number of more than {sys.get_int_max_str_digits():,} digits)"
            ) from None
        if not isinstance(rec, dict):
            raise DataFileError(f"{path}: line {i}: expected a JSON object per line")
        yield i, rec


def _csv_records(path: Path, delimiter: str, max_field_chars: int):
    text = _read_text(path)
    # The limit is the csv module's, for the whole process: set at each read, as `import` does.
    csv.field_size_limit(max_field_chars)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = enumerate(reader, 2)

    def refused(exc: csv.Error) -> DataFileError:
        # line_num counts the lines read before the one the reader stopped in
        return DataFileError(f"{path}: line {reader.line_num + 1}: {_csv_problem(exc, max_field_chars)}")

    try:
        header = reader.fieldnames
    except csv.Error as exc:
        raise refused(exc) from None
    if header is None:
        raise DataFileError(f"{path}: the file is empty")
    while True:
        try:
            i, rec = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            raise refused(exc) from None
        yield i, {(k or "").strip(): v for k, v in rec.items()}


def _csv_problem(exc: csv.Error, max_field_chars: int) -> str:
    if "field larger than field limit" in str(exc):
        return f"a field longer than {max_field_chars:,} characters (import_max_line_chars)"
    return f"cannot read the row ({exc})"


def load_labeled(
    path, text_col: str = "text", label_col: str = "label", max_field_chars: int = MAX_FIELD_CHARS
) -> LabeledData:
    """Read a labeled file; rows with an empty text or label are skipped and listed in ``skipped``."""
    path = Path(path)
    if not path.exists():
        raise DataFileError(f"{path}: file not found")
    if path.is_dir():
        raise DataFileError(f"{path}: is a directory, expected a .csv, .jsonl or .xlsx file")
    texts, labels, skipped, numbers = [], [], [], []
    seen_cols: set[str] | None = None
    for row, rec in _records(path, max_field_chars):
        if seen_cols is None:
            seen_cols = set(rec)
        missing = [c for c in (text_col, label_col) if c not in rec]
        if missing:
            have = ", ".join(sorted(map(str, rec))) or "none"
            raise DataFileError(
                f"{path}: row {row}: no column {missing[0]!r} (columns: {have}); use --text-col/--label-col"
            )
        t, lab = rec[text_col], rec[label_col]
        t = "" if t is None else str(t)
        lab = "" if lab is None else str(lab).strip()
        if not t.strip() or not lab:
            skipped.append(row)
            continue
        texts.append(t)
        labels.append(lab)
        numbers.append(row)
    if not texts:
        why = f"all {len(skipped)} rows have an empty {text_col!r} or {label_col!r}" if skipped else "no rows"
        raise DataFileError(f"{path}: nothing to use: {why}")
    return LabeledData(texts, labels, str(path), skipped, numbers)


def _check_classes(labels, where: str = "training data") -> None:
    counts = Counter(labels)
    if len(counts) < 2:
        only = next(iter(counts), None)
        raise DataFileError(f"{where}: needs at least two different labels, found only {only!r}")


def check_trainable(labels, where: str = "training data") -> None:
    """Raise ``DataFileError`` unless label files hold enough to train on: two labels or more and
    at least ``MIN_TRAINING_ROWS`` rows in all."""
    _check_classes(labels, where)
    if len(labels) < MIN_TRAINING_ROWS:
        shown = ", ".join(f"{lab!r} {n}" for lab, n in sorted(Counter(labels).items())[:5])
        raise DataFileError(
            f"{where}: too little training data ({len(labels)} rows: {shown}); at least "
            f"{MIN_TRAINING_ROWS} rows are needed, one in five being held out to measure the model"
        )


def evaluate(model, texts, labels, proba=None) -> dict:
    """Metrics of ``model`` on labeled texts (decisions as operated, thresholds included);
    ``proba``: the model's ``predict_proba(texts)`` when already computed.

    Returns a dict with ``macro_f1``, ``accuracy``, ``roc_auc`` (binary only, else None),
    ``positive_class`` (binary only), ``per_class`` and ``confusion``.
    """
    labels = [str(v) for v in labels]
    known = set(model.classes_.tolist())
    unknown = sorted(set(labels) - known)
    if unknown:
        raise DataFileError(f"labels not known to the model: {unknown} (the model knows {sorted(known)})")
    proba = model.predict_proba(list(texts)) if proba is None else proba
    pred = _decide(model, proba)
    classes = model.classes_.tolist()
    p, r, f, s = precision_recall_fscore_support(labels, pred, labels=classes, zero_division=0)
    roc_auc, positive = None, None
    if len(classes) == 2:
        neg = model.negative_label_ if model.negative_label_ in classes else classes[0]
        positive = next(c for c in classes if c != neg)
        y = np.array([v == positive for v in labels])
        if 0 < y.sum() < len(y):
            roc_auc = float(roc_auc_score(y, proba[:, classes.index(positive)]))
    present = sorted(set(labels) | set(pred))
    return {
        "macro_f1": float(f1_score(labels, pred, labels=present, average="macro", zero_division=0)),
        "accuracy": float(accuracy_score(labels, pred)),
        "roc_auc": roc_auc,
        "positive_class": positive,
        "n": len(labels),
        "per_class": {
            c: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
            for i, c in enumerate(classes)
        },
        "confusion": {"labels": classes, "matrix": confusion_matrix(labels, pred, labels=classes).tolist()},
    }


def _decide(model, proba):
    labels, _, flagged = model._decide(proba)
    neg = model.negative_label_
    if neg is None:
        return labels.tolist()
    return np.where(flagged | (labels == neg), labels, neg).tolist()


def _split(texts, labels, holdout, random_state, train_only=None):
    """Stratified split; classes too small to split, and rows marked ``train_only``, stay in training."""
    idx = np.arange(len(texts))
    train_only = np.zeros(len(texts), dtype=bool) if train_only is None else np.asarray(train_only, dtype=bool)
    counts = Counter(lab for lab, only in zip(labels, train_only, strict=True) if not only)
    splittable = np.array([counts[lab] >= 2 and not only for lab, only in zip(labels, train_only, strict=True)])
    tr_idx, ho_idx = idx[~splittable].tolist(), []
    sub = idx[splittable]
    n_classes = len({labels[i] for i in sub})
    if len(sub) and n_classes >= 2 and int(len(sub) * holdout) >= n_classes:
        a, b = train_test_split(sub, test_size=holdout, stratify=[labels[i] for i in sub], random_state=random_state)
        tr_idx += a.tolist()
        ho_idx = b.tolist()
    else:
        tr_idx += sub.tolist()
    return sorted(tr_idx), sorted(ho_idx)


def _topical(texts, relevant, data) -> list[bool]:
    """The learned relevance score's labels: a row marked as not about this election whose year or
    term the rules find to be another election's is, for the model, about an election like this
    one. The model sees no years or terms (``NarrativeClassifier(mask_years=True)``); the rules
    tell the elections apart, from the configured year and term."""
    from classifiers.clauses import years_and_terms
    from classifiers.relevance import RelevanceRules

    rules = RelevanceRules(data)
    return [
        bool(r) or (bool(years_and_terms(t)) and rules.check(t).reason == "other_year")
        for t, r in zip(texts, relevant, strict=True)
    ]


def _fit_model(texts, labels, weights, relevant, holdout, random_state, say, params):
    """The hold-out fit (metrics, thresholds) and the refit on every row: (model, metrics, the
    hold-out's row numbers)."""
    tr, ho = _split(texts, labels, holdout, random_state, train_only=None if weights is None else weights < 1.0)
    metrics: dict = {}
    thresholds = None
    if ho:
        say(f"fitting on {len(tr)} rows, holding out {len(ho)}")
        m = NarrativeClassifier(**params).fit(
            [texts[i] for i in tr],
            [labels[i] for i in tr],
            sample_weight=None if weights is None else weights[tr],
            relevant=None if relevant is None else [relevant[i] for i in tr],
        )
        ho_t, ho_l = [texts[i] for i in ho], [labels[i] for i in ho]
        proba = m.predict_proba(ho_t)  # once, for the metrics and the thresholds
        metrics = evaluate(m, ho_t, ho_l, proba=proba)
        m.tune_thresholds(ho_t, ho_l, proba=proba)
        thresholds, report = m.thresholds_, m.threshold_report_
        tuned = evaluate(m, ho_t, ho_l, proba=proba)
        metrics["thresholded"] = {k: v for k, v in tuned.items() if k in ("macro_f1", "accuracy")}
        # The same rows typed without accents, as many posts are: what an office loses on them
        # (every k-th row of a hold-out over UNACCENTED_ROWS: a figure, not a second scoring pass).
        step = -(-len(ho_t) // UNACCENTED_ROWS)
        plain = evaluate(m, [T.strip_accents(t) for t in ho_t[::step]], ho_l[::step])
        metrics["unaccented"] = {k: v for k, v in plain.items() if k in ("macro_f1", "accuracy")}
        metrics["threshold_report"] = report
    else:
        say("too few rows for a hold-out: no hold-out metrics")
    say(f"refitting on all {len(texts)} rows")
    # From the hold-out fit's weights: the same optimum, reached in fewer iterations.
    model = m.set_params(warm_start=True) if ho else NarrativeClassifier(**params)
    model.fit(texts, labels, sample_weight=weights, relevant=relevant)
    model.set_params(warm_start=bool(params.get("warm_start", False)))
    if thresholds:
        model.thresholds_ = {c: thresholds.get(c, 0.0) for c in model.classes_.tolist()}
        model.threshold_report_ = report
    return model, metrics, ho


@one_blas_thread
def train(
    texts,
    labels,
    *,
    holdout: float = 0.2,
    random_state: int = 0,
    progress=None,
    sample_weight=None,
    relevant=None,
    decision: dict | None = None,
    **params,
):
    """Train a ``NarrativeClassifier``: fit on 80%, measure and choose thresholds on the 20%
    hold-out, then refit on everything (keeping the thresholds; the refit starts from the
    hold-out fit's weights, ``warm_start``).

    ``sample_weight`` (one number per row, optional) goes to every fit. Rows weighing less
    than 1 (examples taken from the stream, not labelled by a person) are never held out:
    the hold-out measures the model against labels people gave.

    Returns
    -------
    (model, metrics)
        ``metrics`` is ``evaluate`` on the hold-out plus ``n_train``, ``n_holdout``,
        ``thresholds``, ``train_seconds`` and ``holdout_rows`` (list of [text, label]; the
        registry stores them as ``holdout.jsonl`` and drops them from ``metrics.json``).
        ``relevant`` (one bool per row, optional) trains the model's learned relevance score.
        ``decision`` (optional: ``messages``, the relevance ``data``, ``groups``) also fits the
        flag decision's combination of evidence (``classifiers.combiner``) as ``model.decision_``;
        ``metrics["decision"]`` records it.
    """
    say = progress or (lambda msg: None)
    texts = [str(t) for t in texts]
    labels = [str(v) for v in labels]
    if len(texts) != len(labels):
        raise ValueError("texts and labels differ in length")
    _check_classes(labels)
    weights = None
    if sample_weight is not None:
        weights = np.asarray(sample_weight, dtype=np.float64)
        if weights.shape != (len(texts),):
            raise ValueError(f"{len(texts)} texts but {weights.size} sample weights")
    t0 = time.perf_counter()
    fitting_decision = None
    if decision is not None:  # independent of the model's fits below: beside them, on a second core
        say("fitting the flag decision on out-of-fold evidence")
        fitting_decision = background.start(
            combiner.fit,
            background=len(texts) >= BACKGROUND_ROWS,
            texts=texts,
            labels=labels,
            messages=decision.get("messages") or (),
            data=decision.get("data") or {},
            sample_weight=weights,
            groups=decision.get("groups"),
            params=params,
            random_state=random_state,
        )
    if relevant is not None and decision is not None and params.get("mask_years", True):
        relevant = _topical(texts, relevant, decision.get("data") or {})
    try:
        model, metrics, ho = _fit_model(texts, labels, weights, relevant, holdout, random_state, say, params)
    except BaseException:
        if fitting_decision is not None:
            fitting_decision.cancel()
        raise
    if fitting_decision is not None:
        model.decision_ = fitting_decision.result()
        metrics["decision"] = model.decision_
    metrics.update(
        n_train=len(texts),
        n_holdout=len(ho),
        labels=model.classes_.tolist(),
        negative_label=model.negative_label_,
        thresholds=model.thresholds_,
        train_seconds=round(time.perf_counter() - t0, 2),
        holdout_rows=[[texts[i], labels[i]] for i in ho],
    )
    return model, metrics


def cross_validate(texts, labels, folds: int = 5, random_state: int = 0, transform=None, **params) -> dict:
    """Stratified k-fold macro-F1 (argmax decisions). ``transform`` rewrites the test texts
    (e.g. ``strip_accents`` to measure typing without accents)."""
    texts = [str(t) for t in texts]
    labels = np.array([str(v) for v in labels], dtype=object)
    _check_classes(labels.tolist())
    folds = max(2, min(folds, min(Counter(labels.tolist()).values())))
    scores = []
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=random_state).split(texts, labels):
        m = NarrativeClassifier(**params).fit([texts[i] for i in tr], labels[tr])
        test = [texts[i] for i in te]
        if transform is not None:
            test = [transform(t) for t in test]
        scores.append(float(f1_score(labels[te], m.predict(test), average="macro", zero_division=0)))
    return {"macro_f1": float(np.mean(scores)), "macro_f1_std": float(np.std(scores)), "folds": scores}


def _key(text: str) -> str:
    return T.fold(text)


def merge_review_labels(seed_rows, review_rows) -> list[tuple[str, str]]:
    """Seed rows with reviewers' labels applied: a review label overrides the seed label of the
    same text (compared after NFC, case folding and whitespace collapsing); the last review of a
    text wins; reviewed texts not in the seed are added. Dismissed flags arrive as ``none``."""
    merged: dict[str, tuple[str, str]] = {}
    for text, label in seed_rows:
        merged[_key(text)] = (text, str(label))
    for text, label in review_rows:
        k = _key(text)
        original = merged[k][0] if k in merged else text
        merged.pop(k, None)
        merged[k] = (original, str(label))
    return list(merged.values())
