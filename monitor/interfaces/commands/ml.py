"""Model commands: train, evaluate, classify, predict."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sys
from pathlib import Path

import click

from monitor.errors import ConfigError, DataFileError, MonitorError


def _models_dir(app) -> Path:
    return Path(app.config.models_dir)


def _target_precision(app) -> float:
    return float(app.config.settings.target_precision)


def _print_metrics(m: dict) -> None:
    labels = m["confusion"]["labels"]
    width = max(12, *(len(lab) for lab in labels))
    click.echo(f"{'label':<{width}}  precision  recall     f1  support")
    for lab, v in m["per_class"].items():
        click.echo(f"{lab:<{width}}  {v['precision']:9.3f}  {v['recall']:6.3f}  {v['f1']:5.3f}  {v['support']:7d}")
    click.echo(f"macro-F1 {m['macro_f1']:.3f}   accuracy {m['accuracy']:.3f}")
    if m.get("roc_auc") is not None:
        click.echo(f"ROC-AUC {m['roc_auc']:.3f} (positive class: {m.get('positive_class')})")
    click.echo("confusion (rows: true, columns: predicted)")
    click.echo(" " * width + "  " + " ".join(f"{lab[:8]:>8}" for lab in labels))
    for lab, row in zip(labels, m["confusion"]["matrix"], strict=False):
        click.echo(f"{lab:<{width}}  " + " ".join(f"{n:>8}" for n in row))


def _max_field_chars(app) -> int:
    """The longest CSV field read: the `import_max_line_chars` setting, as `import` reads."""
    from classifiers.training import MAX_FIELD_CHARS  # at call time: loads scikit-learn

    cfg = _config_if_any(app)
    return int(getattr(getattr(cfg, "settings", None), "import_max_line_chars", MAX_FIELD_CHARS))


def _taxonomy_labels(app, store) -> set[str]:
    from monitor.analysis.retrain import taxonomy_labels  # at call time: loads scikit-learn

    return taxonomy_labels(_config_if_any(app), store)


def _load_files(files, text_col, label_col, max_field_chars, known_labels, trainable=True) -> list[tuple[str, str]]:
    """The rows of the label files (``monitor.analysis.retrain.load_label_files``), rows skipped
    for an empty text or label told on stderr."""
    from monitor.analysis.retrain import load_label_files  # at call time: loads scikit-learn

    def skipped(f, numbers):
        shown = ", ".join(map(str, numbers[:10])) + (" ..." if len(numbers) > 10 else "")
        click.echo(f"{f}: skipped {len(numbers)} rows with an empty text or label (rows {shown})", err=True)

    return load_label_files(
        files,
        known_labels,
        text_col=text_col,
        label_col=label_col,
        max_field_chars=max_field_chars,
        on_skipped=skipped,
        trainable=trainable,
    )


@click.command()
@click.option(
    "--data",
    "data_files",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Labeled CSV/JSONL/XLSX file (repeatable). Default: data/labels/*.jsonl plus reviewer decisions, official items and low-scored stream items (docs/LABELING.md).",
)
@click.option("--text-col", default="text", show_default=True, help="Column holding the text.")
@click.option("--label-col", default="label", show_default=True, help="Column holding the label.")
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="Write the model version here instead of the registry (not activated).",
)
@click.option(
    "--no-db", is_flag=True, help="Train on the label files only: no reviewer decisions, official or stream items."
)
@click.pass_obj
def train(app, data_files, text_col, label_col, out, no_db):
    """Train a narrative model, print hold-out metrics, and promote it if not worse."""
    from monitor.analysis import retraining  # at call time: loads scikit-learn
    from monitor.analysis.retrain import check_gathered, gather, retrain  # at call time: loads scikit-learn

    known = _taxonomy_labels(app, None if no_db else app.store())
    limit = _max_field_chars(app)
    if data_files:
        tset = retraining.TrainingSet.of_rows(_load_files(data_files, text_col, label_col, limit, known))
        tset.off_topic = retraining.off_topic_rows(data_files)
    else:
        from monitor.ingest.pipeline import retargeted, seed_label_files, seed_retarget  # loads scikit-learn

        files = seed_label_files(app)  # the user's own labels (app.data_dir), else the shipped seed
        # the size is checked with the officers' decisions added
        seed = _load_files(files, "text", "label", limit, known, trainable=False) if files else []
        # rows written for another election are read for the configured one (labels/election.yaml)
        retarget = seed_retarget(app.config, None if no_db else app.store(), files)
        tset = gather(retargeted(seed, retarget), None if no_db else app.store(), _models_dir(app))
        tset.off_topic = retraining.off_topic_rows(files, retarget)
        if not tset.texts:
            raise DataFileError(f"{Path(app.data_dir) / 'labels'}: no labeled data (*.jsonl); pass --data FILE")
        check_gathered(tset, files, with_db=not no_db)
    rows = tset.rows()
    counts = tset.counts()
    click.echo(f"training on {len(rows)} rows (" + ", ".join(f"{k} {n}" for k, n in counts.items()) + ")")
    with click.progressbar(length=3, label="training", file=sys.stderr) as bar:

        def step(msg):
            bar.update(1)

        try:
            done = retrain(
                tset,
                _models_dir(app),
                _target_precision(app),
                progress=step,
                out_dir=out,
                config=app.config,
                store=None if no_db else app.store(),
            )
        except ValueError as exc:  # scikit-learn: texts that share no word leave nothing to learn
            if "empty vocabulary" not in str(exc) and "0 feature(s)" not in str(exc):
                raise
            raise DataFileError(
                "training data: the texts share too few words to learn from; give more rows or longer texts"
            ) from None
        bar.update(3)
    metrics = done.metrics
    if metrics.get("n_holdout"):
        click.echo(f"hold-out ({metrics['n_holdout']} rows):")
        _print_metrics(metrics)
    for line in decision_lines(metrics.get("decision")):
        click.echo(line)
    click.echo(f"saved {done.path}")
    if done.promotion is not None:
        res = done.promotion
        if res.promoted:
            click.echo(f"active model: {res.candidate} ({res.reason})")
        else:
            click.echo(
                f"kept {res.active} active: {res.reason} (candidate {res.candidate_f1:.3f} < active {res.active_f1:.3f})"
                if res.candidate_f1 is not None
                else f"kept {res.active} active: {res.reason}"
            )


@click.command()
@click.option("--model", "model_dir", required=True, type=click.Path(path_type=Path), help="Model version directory.")
@click.option(
    "--data", "data_file", required=True, type=click.Path(path_type=Path), help="Labeled CSV/JSONL/XLSX file."
)
@click.option("--text-col", default="text", show_default=True, help="Column holding the text.")
@click.option("--label-col", default="label", show_default=True, help="Column holding the label.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of tables.")
@click.pass_obj
def evaluate(app, model_dir, data_file, text_col, label_col, as_json):
    """Evaluate a model on labeled data: per-class P/R/F1, macro-F1, accuracy, ROC-AUC, confusion."""
    from classifiers import registry, training  # at call time: loads scikit-learn

    loaded = registry.load(model_dir)
    data = training.load_labeled(
        data_file, text_col=text_col, label_col=label_col, max_field_chars=_max_field_chars(app)
    )
    try:
        m = training.evaluate(loaded.model, data.texts, data.labels)
    except DataFileError as exc:
        raise DataFileError(f"{data_file}: {exc}") from None
    if as_json:
        click.echo(
            json.dumps(
                {k: m[k] for k in ("macro_f1", "accuracy", "roc_auc", "per_class", "confusion")}, ensure_ascii=False
            )
        )
    else:
        if data.skipped:
            click.echo(f"skipped {len(data.skipped)} rows with an empty text or label", err=True)
        _print_metrics(m)


@click.command()
@click.option("--all", "reclassify_all", is_flag=True, help="Reclassify every stored item.")
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]),
    help="Only items published or fetched since DATE (YYYY-MM-DD).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=1000,
    show_default=True,
    help="Items classified and written per transaction; smaller batches use less memory and an "
    "interrupted run keeps more of its work.",
)
@click.pass_obj
def classify(app, reclassify_all, since, batch_size):
    """(Re)classify stored items with the active model: relevance, evidence, flag decision."""
    from monitor.analysis.classify import (  # at call time: loads scikit-learn
        classify_pending,
        ensure_model,
        load_matcher,
    )
    from monitor.ingest.pipeline import (  # at call time: loads scikit-learn
        approved_messages,
        load_relevance,
        make_decider,
        seed_label_files,
        seed_retarget,
    )

    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=dt.UTC)
    store = app.store()
    messages = approved_messages(app.config, store)
    seeds = seed_label_files(app.config)
    loaded = ensure_model(
        _models_dir(app),
        seeds,
        target_precision=_target_precision(app),
        decision={"messages": messages, "data": load_relevance(app.config)},
        retarget=seed_retarget(app.config, store, seeds),
    )
    n = classify_pending(
        store,
        loaded,
        load_matcher(messages),
        make_decider(app.config, store, loaded),
        batch_size=batch_size,
        since=since,
        reclassify_all=reclassify_all,
        progress=lambda frac, msg: click.echo(msg, err=True),
        tz=getattr(app.config, "tz", None),
    )
    click.echo(f"classified {n} items with model {loaded.version}")


def _read_texts(data_file: Path, text_col: str, max_field_chars: int) -> list[str]:
    """The text column of a CSV/JSONL/XLSX file; a missing column or a row with more or fewer
    values than the header is bad input, named with the file, row and column."""
    from classifiers.training import _records  # at call time: loads scikit-learn

    if not Path(data_file).exists():
        raise DataFileError(f"{data_file}: file not found")
    texts = []
    for row, rec in _records(Path(data_file), max_field_chars):
        if text_col not in rec:
            have = ", ".join(sorted(map(str, rec))) or "none"
            raise DataFileError(f"{data_file}: row {row}: no column {text_col!r} (columns: {have}); use --text-col")
        if "" in rec and rec[""] not in (None, "", []):
            raise DataFileError(
                f"{data_file}: row {row}: more values than columns (an extra column after the header's)"
            )
        missing = [k for k, v in rec.items() if v is None]
        if missing and Path(data_file).suffix.lower() in (".csv", ".tsv", ".txt"):
            raise DataFileError(
                f"{data_file}: row {row}: no value for column {missing[0]!r} (fewer values than columns)"
            )
        texts.append("" if rec[text_col] is None else str(rec[text_col]))
    return texts


@click.command()
@click.option("--model", "model_dir", required=True, type=click.Path(path_type=Path), help="Model version directory.")
@click.option(
    "--data",
    "data_file",
    required=True,
    type=click.Path(path_type=Path),
    help="CSV/JSONL/XLSX file with a text column.",
)
@click.option("--out", "out_file", required=True, type=click.Path(path_type=Path), help="Output .csv or .jsonl.")
@click.option("--text-col", default="text", show_default=True, help="Column holding the text.")
@click.option(
    "--kind-col",
    default="kind",
    show_default=True,
    help="Column holding the source kind (news, social, official), when the file has one.",
)
@click.option(
    "--date-col",
    default="published",
    show_default=True,
    help="Column holding the publication date (YYYY-MM-DD…), when the file has one.",
)
@click.pass_obj
def predict(app, model_dir, data_file, out_file, text_col, kind_col, date_col):
    """Write each row's decision as the pipeline makes it: relevance, label, score, flagged,
    band, the evidence kinds behind a flag, and per-class probabilities (CSV or JSONL). Optional
    columns: the source kind and the publication date."""
    from classifiers import registry  # at call time: loads scikit-learn
    from classifiers.training import _records  # at call time: loads scikit-learn
    from monitor.ingest.pipeline import make_decider  # at call time: loads scikit-learn

    _check_out_file(out_file)  # before the slow work, not after it
    suffix = Path(out_file).suffix.lower()
    limit = _max_field_chars(app)
    texts = _read_texts(data_file, text_col, limit)
    records = list(_records(Path(data_file), limit))
    kinds = [rec.get(kind_col) for _, rec in records]
    tz = getattr(_config_if_any(app), "tz", None)
    years = [_year_of(data_file, row, date_col, rec.get(date_col), tz) for row, rec in records]
    loaded = registry.load(model_dir)
    store = _store_if_any(app)
    decider = make_decider(_config_if_any(app), store, loaded)
    decisions = []
    for i in range(0, len(texts), 1000):
        decisions += decider.decide(texts[i : i + 1000], kinds[i : i + 1000], explain=False, years=years[i : i + 1000])
    classes = loaded.model.classes_.tolist()
    try:
        _write_predictions(out_file, suffix, decisions, classes)
    except OSError as exc:  # the disk filled up, or the folder changed since the check
        raise DataFileError(f"{out_file}: cannot write ({exc.strerror or exc})") from None
    click.echo(f"wrote {len(decisions)} predictions to {out_file}")


def _year_of(data_file, row, col: str, value, tz=None) -> int | None:
    """The year of a row's publication date, read as ``monitor import`` reads dates (a
    spreadsheet's date as it is), in the office's time zone ``tz`` (else the one dates without a
    zone are read in: "2022-01-01" stays 2022); none when empty. Anything else is bad input, named
    with the file, row and column."""
    from monitor.analysis.classify import local_year
    from monitor.ingest.imports import parse_published
    from monitor.ingest.normalize import VN_TZ

    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.date):
        return value.year
    when = parse_published(str(value))
    if when is None:
        raise DataFileError(f"{data_file}: row {row}: column {col!r}: not a date ({str(value)[:40]!r})")
    return local_year(when, tz or VN_TZ)


def _check_out_file(out_file: Path) -> None:
    """An output path predict can write: a .csv or .jsonl file in an existing, writable folder."""
    out = Path(out_file)
    if out.is_dir():
        raise DataFileError(f"{out}: is a directory; give a .csv or .jsonl file to write")
    if out.suffix.lower() not in (".csv", ".jsonl"):
        raise DataFileError(f"{out}: use a .csv or .jsonl output file")
    folder = out.parent
    if not folder.is_dir():
        raise DataFileError(f"{out}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise DataFileError(f"{out}: cannot write there (permission denied)")


def _write_predictions(out_file: Path, suffix: str, decisions, classes) -> None:
    with open(out_file, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f) if suffix == ".csv" else None
        if w:
            w.writerow(
                [
                    "row",
                    "relevant",
                    "relevance",
                    "relevance_reason",
                    "label",
                    "score",
                    "flagged",
                    "band",
                    "flag_score",
                    "evidence_kinds",
                    *(f"p_{c}" for c in classes),
                ]
            )
        for i, d in enumerate(decisions, 1):
            rec = {
                "row": i,
                "relevant": d.relevance.relevant,
                "relevance": d.relevance.score,
                "relevance_reason": d.relevance.reason,
                "label": d.label,
                "score": round(d.score, 4),
                "flagged": d.flagged,
                "band": d.band,
                "flag_score": d.flag_score,
                "evidence_kinds": d.evidence_kinds,
            }
            if w:
                w.writerow(
                    [
                        i,
                        int(d.relevance.relevant),
                        f"{d.relevance.score:.4f}",
                        d.relevance.reason,
                        d.label,
                        f"{d.score:.4f}",
                        int(d.flagged),
                        d.band,
                        f"{d.flag_score:.4f}",
                        ";".join(d.evidence_kinds),
                        *(f"{d.probabilities.get(c, 0.0):.4f}" for c in classes),
                    ]
                )
            else:
                rec["probabilities"] = {c: round(v, 4) for c, v in d.probabilities.items()}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _config_if_any(app):
    """The config when one is found (approved messages and relevance data follow it); else None:
    predict then uses the shipped data files."""
    try:
        return app.config
    except ConfigError:
        return None


def _store_if_any(app):
    """The configured database when it already exists (its approved messages and confirmed
    items are part of the decision), else None: predict never creates a database."""
    cfg = _config_if_any(app)
    if cfg is None:
        return None
    url = str(getattr(cfg, "database_url", "") or "")
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///") :]).exists():
        return None
    import sqlalchemy as sa

    try:
        return app.store()
    except (sa.exc.OperationalError, MonitorError):  # an unreachable server: predict works from the files
        return None


commands = [train, evaluate, classify, predict]


def decision_lines(decision: dict | None) -> list[str]:
    """What ``train`` says of the flag decision fitted with the model (``classifiers.combiner``)."""
    if not decision:
        return []
    r = decision["report"]
    out = [
        f"flag decision (fitted on out-of-fold evidence): flag at {decision['flag_at']:.2f}, look at "
        f"{decision['look_at']:.2f}; out of fold: false flags {r['false_flags']:.1%}, recall {r['recall']:.1%}, "
        f"with the look band {r['recall_with_look']:.1%}"
    ]
    choice = decision.get("narrative")
    if choice:
        c = choice["report"]
        n = max(1, c["rows"])
        out.append(
            f"narrative of a flag (fitted from the kinds of finding): right {c['right_after'] / n:.1%} of "
            f"{c['rows']} distortion rows out of fold, the model's own top narrative {c['right_before'] / n:.1%}"
        )
    return out
