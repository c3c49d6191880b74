"""Model commands: train, evaluate, classify, predict."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from pathlib import Path

import click

from monitor.config import shipped_file
from monitor.errors import DataFileError


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


def _load_files(files, text_col, label_col) -> list[tuple[str, str]]:
    from classifiers.training import load_labeled  # at call time: loads scikit-learn

    rows = []
    for f in files:
        data = load_labeled(f, text_col=text_col, label_col=label_col)
        if data.skipped:
            shown = ", ".join(map(str, data.skipped[:10])) + (" ..." if len(data.skipped) > 10 else "")
            click.echo(f"{f}: skipped {len(data.skipped)} rows with an empty text or label (rows {shown})", err=True)
        rows += data.rows()
    return rows


@click.command()
@click.option(
    "--data",
    "data_files",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Labeled CSV/JSONL/XLSX file (repeatable). Default: data/labels/*.jsonl plus reviewer labels.",
)
@click.option("--text-col", default="text", show_default=True, help="Column holding the text.")
@click.option("--label-col", default="label", show_default=True, help="Column holding the label.")
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="Write the model version here instead of the registry (not activated).",
)
@click.option("--no-db", is_flag=True, help="Do not add reviewer labels from the database.")
@click.pass_obj
def train(app, data_files, text_col, label_col, out, no_db):
    """Train a narrative model, print hold-out metrics, and promote it if not worse."""
    from monitor.analysis.retrain import retrain, with_reviews  # at call time: loads scikit-learn

    if data_files:
        rows = _load_files(data_files, text_col, label_col)
    else:
        files = sorted(shipped_file(app.data_dir, "labels").glob("*.jsonl"))
        rows = _load_files(files, "text", "label") if files else []
        if not no_db:
            rows, n_reviews = with_reviews(rows, app.store())
            click.echo(f"reviewer labels: {n_reviews}")
        if not rows:
            raise DataFileError(f"{Path(app.data_dir) / 'labels'}: no labeled data (*.jsonl); pass --data FILE")
    click.echo(f"training on {len(rows)} rows")
    with click.progressbar(length=3, label="training", file=sys.stderr) as bar:

        def step(msg):
            bar.update(1)

        done = retrain(rows, _models_dir(app), _target_precision(app), progress=step, out_dir=out)
        bar.update(3)
    metrics = done.metrics
    if metrics.get("n_holdout"):
        click.echo(f"hold-out ({metrics['n_holdout']} rows):")
        _print_metrics(metrics)
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
def evaluate(model_dir, data_file, text_col, label_col, as_json):
    """Evaluate a model on labeled data: per-class P/R/F1, macro-F1, accuracy, ROC-AUC, confusion."""
    from classifiers import registry, training  # at call time: loads scikit-learn

    loaded = registry.load(model_dir)
    data = training.load_labeled(data_file, text_col=text_col, label_col=label_col)
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
@click.pass_obj
def classify(app, reclassify_all, since):
    """(Re)classify stored items with the active model."""
    from monitor.analysis.classify import (  # at call time: loads scikit-learn
        classify_pending,
        ensure_model,
        load_matcher,
    )

    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=dt.UTC)
    store = app.store()
    loaded = ensure_model(
        _models_dir(app),
        sorted(shipped_file(app.data_dir, "labels").glob("*.jsonl")),
        target_precision=_target_precision(app),
    )
    messages = store.approved_messages()
    n = classify_pending(
        store,
        loaded,
        load_matcher(messages),
        messages,
        since=since,
        reclassify_all=reclassify_all,
        progress=lambda frac, msg: click.echo(msg, err=True),
    )
    click.echo(f"classified {n} items with model {loaded.version}")


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
def predict(model_dir, data_file, out_file, text_col):
    """Write each row's predicted label, flag and per-class probabilities (CSV or JSONL)."""
    from classifiers import registry  # at call time: loads scikit-learn
    from classifiers.training import _records  # at call time: loads scikit-learn

    loaded = registry.load(model_dir)
    if not Path(data_file).exists():
        raise DataFileError(f"{data_file}: file not found")
    texts = []
    for row, rec in _records(Path(data_file)):
        if text_col not in rec:
            raise DataFileError(f"{data_file}: row {row}: no column {text_col!r} (columns: {', '.join(sorted(rec))})")
        texts.append("" if rec[text_col] is None else str(rec[text_col]))
    preds = []
    for i in range(0, len(texts), 1000):
        preds += loaded.model.predict_batch(texts[i : i + 1000])
    classes = loaded.model.classes_.tolist()
    suffix = Path(out_file).suffix.lower()
    if suffix == ".jsonl":
        with open(out_file, "w", encoding="utf-8") as f:
            for i, p in enumerate(preds, 1):
                f.write(
                    json.dumps(
                        {
                            "row": i,
                            "label": p.label,
                            "score": p.score,
                            "flagged": p.flagged,
                            "probabilities": p.probabilities,
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    elif suffix == ".csv":
        with open(out_file, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["row", "label", "score", "flagged", *(f"p_{c}" for c in classes)])
            for i, p in enumerate(preds, 1):
                w.writerow(
                    [i, p.label, f"{p.score:.4f}", int(p.flagged), *(f"{p.probabilities[c]:.4f}" for c in classes)]
                )
    else:
        raise DataFileError(f"{out_file}: use a .csv or .jsonl output file")
    click.echo(f"wrote {len(preds)} predictions to {out_file}")


commands = [train, evaluate, classify, predict]
