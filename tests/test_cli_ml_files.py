"""Data and output files given to `train`, `evaluate` and `predict` through the real command line.

A text up to 1 MB, empty, emoji-only or in another script is read; anything the reader cannot
use ends in one line naming the file (and the line where it applies), exit code 2, never a
traceback.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.interfaces.cli import main

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "classifiers"))
from synth import make_rows  # noqa: E402


def _cli(tmp_path: Path, *args: str, settings: str = ""):
    cfg = tmp_path / "feeds.yaml"
    if not cfg.exists():
        cfg.write_text(f"settings:\n  demo: false\n{settings}feeds: []\n", encoding="utf-8")
    return CliRunner().invoke(main, ["--config", str(cfg), "--db", f"sqlite:///{tmp_path / 'm.db'}", *args])


def _one_line_exit_2(r, *needles: str) -> None:
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), r.output
    assert "Traceback" not in r.output
    errors = [ln for ln in r.output.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1, r.output
    for needle in needles:
        assert needle in errors[0], r.output


def _write_csv(path: Path, header, rows) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    from classifiers.registry import Registry
    from classifiers.training import train

    rows = make_rows(12, seed=3)
    m, metrics = train([t for t, _ in rows], [lab for _, lab in rows], word_max_features=2000, char_max_features=4000)
    d = tmp_path_factory.mktemp("model")
    return Registry(d / "models").save(m, metrics, training_rows=rows, out_dir=d / "m")


# --- 1. long texts -------------------------------------------------------------------------------

ODD_TEXTS = [
    "x" * 1_000_000,  # 1 MB of text in one CSV field
    "",
    "🗳️🔥😡",
    "选举日期改为5月30日，不要去投票",
    "تم تغيير موعد الانتخابات إلى 30 مايو",
    "Ngày bầu cử dời sang 30/5",
]


def test_predict_reads_a_1_mb_text_among_odd_ones(tmp_path, model):
    data = _write_csv(tmp_path / "odd.csv", ["text", "kind"], [[t, "social"] for t in ODD_TEXTS])
    out = tmp_path / "o.csv"
    r = _cli(tmp_path, "predict", "--model", str(model), "--data", str(data), "--out", str(out))
    assert r.exit_code == 0, r.output
    with open(out, encoding="utf-8", newline="") as f:
        assert [row["row"] for row in csv.DictReader(f)] == [str(i) for i in range(1, len(ODD_TEXTS) + 1)]


def test_a_csv_field_longer_than_the_cap_is_one_line_naming_file_and_line(tmp_path, model):
    data = _write_csv(tmp_path / "long.csv", ["text"], [["short"], ["x" * 1_000_001]])
    r = _cli(tmp_path, "predict", "--model", str(model), "--data", str(data), "--out", str(tmp_path / "o.csv"))
    _one_line_exit_2(r, "long.csv: line 3:", "1,000,000 characters", "import_max_line_chars")


def test_the_csv_field_cap_is_the_import_setting(tmp_path, model):
    data = _write_csv(tmp_path / "long.csv", ["text", "label"], [["x" * 3000, "none"]])
    r = _cli(
        tmp_path,
        "evaluate",
        "--model",
        str(model),
        "--data",
        str(data),
        settings="  import_max_line_chars: 2000\n",
    )
    _one_line_exit_2(r, "long.csv: line 2:", "2,000 characters")


# --- 2, 3. unreadable data files -----------------------------------------------------------------


def _run(tmp_path, command, model, data):
    if command == "predict":
        return _cli(tmp_path, "predict", "--model", str(model), "--data", str(data), "--out", str(tmp_path / "o.csv"))
    if command == "evaluate":
        return _cli(tmp_path, "evaluate", "--model", str(model), "--data", str(data))
    return _cli(tmp_path, "train", "--no-db", "--data", str(data), "--out", str(tmp_path / "new"))


@pytest.mark.parametrize("command", ["predict", "evaluate", "train"])
def test_an_integer_too_long_for_python_is_one_line(tmp_path, model, command):
    data = tmp_path / "bignum.jsonl"
    data.write_text(
        json.dumps({"text": "Bầu cử ngày 23/5", "label": "none"})
        + "\n"
        + '{"text": "a", "label": '
        + "9" * 5000
        + "}\n",
        encoding="utf-8",
    )
    _one_line_exit_2(_run(tmp_path, command, model, data), "bignum.jsonl: line 2: invalid JSON", "digits")


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux's /proc/self/mem")
@pytest.mark.parametrize("command", ["predict", "evaluate", "train"])
def test_a_file_that_cannot_be_read_is_one_line(tmp_path, model, command):
    data = tmp_path / "mem.jsonl"
    data.symlink_to("/proc/self/mem")  # exists, is a file, and every read of it fails (EIO)
    _one_line_exit_2(_run(tmp_path, command, model, data), "mem.jsonl: cannot read")


# --- 4. the output file --------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["missing folder", "a directory"])
def test_predict_refuses_an_unwritable_output_before_the_work(tmp_path, where):
    data = _write_csv(tmp_path / "d.csv", ["text"], [["Bầu cử ngày 23/5"]])
    out = tmp_path / "no" / "such" / "o.csv" if where == "missing folder" else tmp_path / "out.csv"
    if where == "a directory":
        out.mkdir()
    # no model at all: the output is checked first, so the error names it, not the model
    r = _cli(tmp_path, "predict", "--model", str(tmp_path / "nomodel"), "--data", str(data), "--out", str(out))
    _one_line_exit_2(r, str(out), "does not exist" if where == "missing folder" else "is a directory")


# --- 5, 6. training data -------------------------------------------------------------------------


def test_train_on_too_few_rows_names_the_file_and_the_minimum(tmp_path):
    data = _write_csv(
        tmp_path / "tiny.csv",
        ["text", "label"],
        [["vote fraud everywhere", "fraud_claim"], ["election on sunday", "none"]],
    )
    r = _cli(tmp_path, "train", "--no-db", "--data", str(data), "--out", str(tmp_path / "M2"))
    _one_line_exit_2(r, "tiny.csv: too little training data", "at least 10 rows")
    assert not (tmp_path / "M2").exists()


def test_train_keeps_a_rare_label_and_refuses_texts_that_share_no_word(tmp_path):
    """A label with a single row trains (as officers' decisions may name a new narrative once);
    twelve texts of one emoji each share no word: one line, not scikit-learn's traceback."""
    rows = make_rows(6, seed=2)
    rows.append(("Nghe nói phải nộp lệ phí mới được nhận thẻ cử tri", "participation_deterrence"))
    lines = [json.dumps({"text": t, "label": lab}, ensure_ascii=False) for t, lab in rows]
    data = tmp_path / "rare.jsonl"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = _cli(tmp_path, "train", "--no-db", "--data", str(data), "--out", str(tmp_path / "M3"))
    assert r.exit_code == 0, r.output
    assert "saved" in r.output and (tmp_path / "M3").is_dir()  # refused with the 5-rows-a-label rule

    emoji = ["😀", "😡", "🗳", "🔥", "📢", "✅", "❌", "🤔", "👀", "💥", "🙏", "📣"]
    lines = [json.dumps({"text": e, "label": "none" if i % 2 else "fraud_claim"}) for i, e in enumerate(emoji)]
    data = tmp_path / "emoji.jsonl"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = _cli(tmp_path, "train", "--no-db", "--data", str(data), "--out", str(tmp_path / "M4"))
    _one_line_exit_2(r, "share too few words")


def test_train_refuses_a_label_not_in_the_taxonomy(tmp_path):
    rows = make_rows(6, seed=1)
    lines = [json.dumps({"text": t, "label": lab}, ensure_ascii=False) for t, lab in rows]
    lines.insert(2, json.dumps({"text": "Họ gian lận phiếu bầu", "label": "Fraud Claim "}, ensure_ascii=False))
    data = tmp_path / "typo.jsonl"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = _cli(tmp_path, "train", "--no-db", "--data", str(data), "--out", str(tmp_path / "M2"))
    _one_line_exit_2(r, "typo.jsonl: line 3:", "'Fraud Claim'", "not in the taxonomy", "fraud_claim")
    assert not (tmp_path / "M2").exists()


def test_train_takes_the_labels_of_the_data_folders_own_taxonomy(tmp_path):
    """A team with its own label set ships its own narratives.yaml in the data folder."""
    narratives = tmp_path / "data" / "narratives.yaml"
    narratives.parent.mkdir()
    narratives.write_text(
        "narratives:\n"
        + "".join(
            f"  - key: {key}\n    distortion: {str(key != 'real').lower()}\n"
            f"    name: {{vi: {key}, en: {key}}}\n    definition: {{vi: {key}, en: {key}}}\n"
            for key in ("real", "fake")
        ),
        encoding="utf-8",
    )
    rows = [(t, "real" if lab == "none" else "fake") for t, lab in make_rows(6, seed=1)]
    data = _write_csv(tmp_path / "own.csv", ["text", "label"], rows)
    r = _cli(tmp_path, "train", "--no-db", "--data", str(data), "--out", str(tmp_path / "M2"))
    assert r.exit_code == 0, r.output
    assert json.loads((tmp_path / "M2" / "metrics.json").read_text())["labels"] == ["fake", "real"]
