"""bench/real_eval.py counts exactly what `monitor predict` decides, and rejects a bad set in one line."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "classifiers"))

from synth import make_rows  # noqa: E402

from classifiers import training  # noqa: E402
from classifiers.registry import Registry  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "bench" / "real_eval.py"


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    rows = make_rows(15, seed=3)
    model, metrics = training.train([t for t, _ in rows], [lab for _, lab in rows])
    out = tmp_path_factory.mktemp("m") / "v1"
    Registry(out.parent).save(model, metrics, training_rows=rows, out_dir=out)
    return out, model


def test_counts_match_predict_decisions(tmp_path, model_dir):
    out, model = model_dir
    rows = make_rows(6, seed=11)
    benign = [t for t, lab in rows if lab == "none"]
    false = [t for t, lab in rows if lab != "none"]
    folder = tmp_path / "real"
    folder.mkdir()
    _write(
        folder / "news.jsonl",
        [{"text": t, "category": "general_news", "source": "a/b:feed.xml", "lang": "vi"} for t in benign],
    )
    _write(
        folder / "rumours.jsonl", [{"text": t, "category": "rumour", "source": "https://x.example/p"} for t in false]
    )
    res = subprocess.run(
        [sys.executable, str(SCRIPT), str(folder), "--model", str(out)], cwd=ROOT, capture_output=True, text=True
    )
    assert res.returncode == 0, res.stderr
    # What `monitor predict` decides: one run on both categories' texts (in this process: the
    # command's code without a second start-up), each category's rows counted on their own.
    from click.testing import CliRunner

    from monitor.interfaces.cli import main

    src, dst = tmp_path / "all.jsonl", tmp_path / "all.out.jsonl"
    _write(src, [{"text": t} for t in benign + false])
    done = CliRunner().invoke(
        main, ["predict", "--model", str(out), "--data", str(src), "--out", str(dst)], catch_exceptions=False
    )
    assert done.exit_code == 0, done.output
    decided = [json.loads(ln) for ln in dst.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(decided) == len(benign) + len(false)
    expect = {
        "general_news": (len(benign), sum(bool(d["flagged"]) for d in decided[: len(benign)])),
        "rumour": (len(false), sum(bool(d["flagged"]) for d in decided[len(benign) :])),
    }
    assert expect["rumour"][1] > 0  # the fixture model does catch its own distortions
    lines = {}
    for ln in res.stdout.splitlines():  # the first table: one line per category
        if ln.split()[:1] in (["general_news"], ["rumour"]):
            lines.setdefault(ln.split()[0], ln.split())
    for cat, (n, k) in expect.items():
        assert lines[cat][1:3] == [str(n), str(k)], res.stdout
    assert "recall" in " ".join(lines["rumour"]) and "≤ 2%" in " ".join(lines["general_news"])


def test_bad_category_is_one_line_exit_2(tmp_path):
    folder = tmp_path / "real"
    folder.mkdir()
    _write(folder / "x.jsonl", [{"text": "ok", "category": "general_news"}, {"text": "hm", "category": "gossip"}])
    res = subprocess.run([sys.executable, str(SCRIPT), str(folder)], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 2
    assert res.stderr.strip().splitlines() == [
        f"error: {folder / 'x.jsonl'}: line 2: category 'gossip' is not one of general_news, election_benign, opinion, rumour"
    ]
