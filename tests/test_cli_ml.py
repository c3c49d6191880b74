"""The model commands through click's runner, with a tiny group and a fake app context."""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import click
import pytest
from click.testing import CliRunner

from monitor.errors import MonitorError
from monitor.interfaces.commands import ml

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "classifiers"))
from synth import make_rows  # noqa: E402


class FakeStore:
    def __init__(self, items=(), reviews=()):
        self.items = list(items)
        self.reviews = list(reviews)
        self.saved = []

    def review_training_rows(self):
        return self.reviews

    def approved_messages(self):
        return []

    def list_narratives(self):
        return []

    def items_to_classify(self, model_version, limit, since=None, reclassify_all=False, after_id=0, with_kind=False):
        done = {c.item_id for c in self.saved if c.model_version == model_version}
        return [i for i in self.items if i[0] > after_id and (reclassify_all or i[0] not in done)][:limit]

    def save_classifications(self, rows):
        self.saved += rows


def make_cli(tmp_path, store):
    app = SimpleNamespace(
        config=SimpleNamespace(
            settings=SimpleNamespace(models_dir=str(tmp_path / "models"), target_precision=0.8),
            models_dir=tmp_path / "models",
            data_dir=tmp_path / "data",
        ),
        data_dir=tmp_path / "data",
        store=lambda: store,
    )

    @click.group()
    @click.pass_context
    def cli(ctx):
        ctx.obj = app

    for c in ml.commands:
        cli.add_command(c)

    def run(*args):
        try:
            return CliRunner().invoke(cli, list(args), catch_exceptions=False)
        except MonitorError as exc:  # the real main group prints these as `error: ...`, exit 2
            return SimpleNamespace(exit_code=2, output=f"error: {exc}")

    return run


def own_taxonomy(data_dir: Path, negative: str, *others: str) -> None:
    """A data folder's own narratives.yaml: a team training on its own label set ships it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "narratives.yaml").write_text(
        "narratives:\n"
        + "".join(
            f"  - key: {key}\n    distortion: {str(key != negative).lower()}\n"
            f"    name: {{vi: {key}, en: {key}}}\n    definition: {{vi: {key}, en: {key}}}\n"
            for key in (negative, *others)
        ),
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    rows = make_rows(20, seed=7)
    train_p = d / "train.csv"
    with open(train_p, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["body", "tag"])
        w.writerows(rows)
    binary = d / "binary.jsonl"
    binary.write_text(
        "".join(
            json.dumps({"text": t, "label": "real" if lab == "none" else "fake"}, ensure_ascii=False) + "\n"
            for t, lab in rows
        ),
        encoding="utf-8",
    )
    return d, train_p, binary


def test_train_out_evaluate_predict(tmp_path, files):
    d, train_p, binary = files
    own_taxonomy(tmp_path / "data", "real", "fake")
    run = make_cli(tmp_path, FakeStore())
    out = tmp_path / "m1"
    r = run("train", "--data", str(binary), "--out", str(out), "--no-db")
    assert r.exit_code == 0, r.output
    assert "macro-F1" in r.output and "ROC-AUC" in r.output and (out / "model.skops").exists()
    assert "flag decision (fitted on out-of-fold evidence): flag at" in r.output  # stored with the model
    assert json.loads((out / "metrics.json").read_text())["decision"]["features"][0] == "topic"
    r = run("evaluate", "--model", str(out), "--data", str(binary), "--json")
    assert r.exit_code == 0, r.output
    obj = json.loads(r.output)
    assert set(obj) == {"macro_f1", "accuracy", "roc_auc", "per_class", "confusion"}
    assert obj["roc_auc"] is not None
    r = run("predict", "--model", str(out), "--data", str(binary), "--out", str(tmp_path / "p.csv"))
    assert r.exit_code == 0, r.output
    header = (tmp_path / "p.csv").read_text().splitlines()[0]
    assert header == (
        "row,relevant,relevance,relevance_reason,label,score,flagged,band,flag_score,evidence_kinds,p_fake,p_real"
    )
    r = run("predict", "--model", str(out), "--data", str(binary), "--out", str(tmp_path / "p.jsonl"))
    assert json.loads((tmp_path / "p.jsonl").read_text().splitlines()[0])["label"] in ("fake", "real")


def test_train_registry_with_columns_then_classify(tmp_path, files):
    d, train_p, binary = files
    store = FakeStore(
        items=[(1, "Tin nóng", "Ai không đi bầu sẽ bị phạt 5 triệu đồng"), (2, "", "Thời tiết hôm nay đẹp")]
    )
    run = make_cli(tmp_path, store)
    r = run("train", "--data", str(train_p), "--text-col", "body", "--label-col", "tag")
    assert r.exit_code == 0, r.output
    assert "active model:" in r.output
    r = run(
        "evaluate",
        "--model",
        str(next((tmp_path / "models").glob("2*"))),
        "--data",
        str(train_p),
        "--text-col",
        "body",
        "--label-col",
        "tag",
    )
    assert r.exit_code == 0 and "confusion" in r.output and "ROC-AUC" not in r.output
    r = run("classify")
    assert r.exit_code == 0, r.output
    assert "classified 2 items" in r.output
    assert {c.item_id for c in store.saved} == {1, 2}
    r = run("classify")
    assert "classified 0 items" in r.output
    r = run("classify", "--all")
    assert "classified 2 items" in r.output


def test_classify_writes_in_batches_of_the_size_asked_for(tmp_path, files):
    """`classify --batch-size N` commits every N items (smaller batches: less memory, an
    interrupted run keeps more of its work); a size below 1 is refused naming the option."""
    d, train_p, binary = files
    texts = ["Ai không đi bầu sẽ bị phạt 5 triệu đồng", "Thời tiết hôm nay đẹp", "Giá xăng giảm nhẹ"]
    store = FakeStore(items=[(n, "", texts[n % 3]) for n in range(1, 8)])
    run = make_cli(tmp_path, store)
    assert run("train", "--data", str(train_p), "--text-col", "body", "--label-col", "tag").exit_code == 0
    r = run("classify", "--batch-size", "3")
    assert r.exit_code == 0, r.output
    # after each batch, at the end, and the summary line
    assert re.findall(r"classified (\d+) items", r.output) == ["3", "6", "7", "7", "7"], r.output
    assert sorted(c.item_id for c in store.saved) == list(range(1, 8))
    r = run("classify", "--all", "--batch-size", "0")
    assert r.exit_code == 2 and "--batch-size" in r.output, r.output


def test_errors_are_one_line(tmp_path, files):
    d, train_p, binary = files
    run = make_cli(tmp_path, FakeStore())
    r = run("train", "--data", str(train_p), "--no-db")
    assert r.exit_code == 2 and "no column 'text'" in r.output and "train.csv" in r.output
    r = run("evaluate", "--model", str(tmp_path / "nothing"), "--data", str(binary))
    assert r.exit_code == 2 and "no such model directory" in r.output
    (tmp_path / "data" / "labels").mkdir(parents=True)  # the user's own (empty) labels folder, not the shipped seed
    r = run("train", "--no-db")
    assert r.exit_code == 2 and "no labeled data" in r.output


def test_train_falls_back_to_the_shipped_seed_labels(tmp_path, monkeypatch):
    """A data folder without labels/*.jsonl trains on the labels shipped with the program."""
    from monitor.ingest import pipeline

    shipped = tmp_path / "shipped"
    (shipped / "labels").mkdir(parents=True)
    (shipped / "labels" / "seed.jsonl").write_text(
        "".join(json.dumps({"text": t, "label": lab}, ensure_ascii=False) + "\n" for t, lab in make_rows(20, seed=7)),
        encoding="utf-8",
    )
    monkeypatch.setattr(pipeline, "SHIPPED_DIRS", (shipped,))
    (tmp_path / "data").mkdir()
    r = make_cli(tmp_path, FakeStore())("train", "--no-db", "--out", str(tmp_path / "out"))
    assert r.exit_code == 0, r.output
    seen = re.search(r"training on (\d+) rows \(seed (\d+)", r.output)
    assert seen and int(seen.group(2)) > 100 and "saved" in r.output  # the shipped file's distinct rows


@pytest.mark.parametrize("command", ["train", "evaluate"])
def test_deeply_nested_json_is_one_line_naming_the_file(tmp_path, files, command):
    deep = tmp_path / "deep.jsonl"
    deep.write_text('{"text": "a", "label": "none"}\n' + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    run = make_cli(tmp_path, FakeStore())
    if command == "train":
        r = run("train", "--data", str(deep), "--no-db")
    else:
        own_taxonomy(tmp_path / "data", "real", "fake")
        assert run("train", "--data", str(files[2]), "--no-db", "--out", str(tmp_path / "m")).exit_code == 0
        r = run("evaluate", "--model", str(tmp_path / "m"), "--data", str(deep))
    assert r.exit_code == 2 and "deep.jsonl" in r.output and "line 2" in r.output
    assert len(r.output.strip().splitlines()) == 1


def test_the_first_model_fits_the_flag_decision_too(tmp_path):
    # `classify` with no model yet trains one from the seed labels: it must make the same kind of
    # decision `monitor train` makes (a fitted combination), not fall back to hand-set weights.
    from classifiers.registry import Registry

    labels = tmp_path / "data" / "labels"
    labels.mkdir(parents=True)
    (labels / "seed.jsonl").write_text(
        "".join(json.dumps({"text": t, "label": lab}, ensure_ascii=False) + "\n" for t, lab in make_rows(20, seed=7)),
        encoding="utf-8",
    )
    store = FakeStore(items=[(1, "Tin nóng", "Ai không đi bầu sẽ bị phạt 5 triệu đồng")])
    r = make_cli(tmp_path, store)("classify")
    assert r.exit_code == 0, r.output
    model = Registry(tmp_path / "models").active().model
    assert model.decision_ is not None and model.decision_["features"][0] == "topic"


def test_train_reports_the_fitted_narrative_choice():
    from monitor.interfaces.commands.ml import decision_lines

    decision = {
        "flag_at": 0.62,
        "look_at": 0.31,
        "report": {"false_flags": 0.029, "recall": 0.8, "recall_with_look": 0.9},
        "narrative": {"report": {"rows": 200, "right_before": 150, "right_after": 170}},
    }
    lines = decision_lines(decision)
    assert lines[0].startswith("flag decision (fitted on out-of-fold evidence): flag at 0.62, look at 0.31")
    assert lines[1] == (
        "narrative of a flag (fitted from the kinds of finding): right 85.0% of 200 distortion rows out of fold, "
        "the model's own top narrative 75.0%"
    )
    assert len(decision_lines({k: v for k, v in decision.items() if k != "narrative"})) == 1
    assert decision_lines(None) == []
