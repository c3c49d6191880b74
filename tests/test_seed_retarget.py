"""An office that watches another election than the one the seed labels were written for (the
approved `election_date` and the relevance data's `term` differ from `labels/election.yaml`)
trains and matches known claims on the rows read for its own election: `monitor train`, the first
model `classify` trains, and the known claims of the decision."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
import yaml

from classifiers import text as T
from monitor.config import SHIPPED_DIRS
from monitor.ingest import pipeline
from tests.test_cli_ml import FakeStore, make_cli

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "classifiers"))
from synth import make_rows  # noqa: E402

SHIPPED = SHIPPED_DIRS[0]
ELECTION_2021 = "date: 2021-05-23\nterm: XV\nyears: [2016, 2021, 2026]\ndeputies: 499\nturnout: '99.60'\n"


def next_election(data_dir: Path, date: str = "2026-03-15", term: str = "XVI") -> None:
    """The shipped approved messages and relevance data, for the election of ``date``."""
    data_dir.mkdir(parents=True, exist_ok=True)
    messages = (SHIPPED / "approved_messages.yaml").read_text(encoding="utf-8")
    (data_dir / "approved_messages.yaml").write_text(
        messages.replace('election_date: "2021-05-23"', f'election_date: "{date}"'), encoding="utf-8"
    )
    relevance = yaml.safe_load((SHIPPED / "relevance.yaml").read_text(encoding="utf-8"))
    relevance["election"].update(year=int(date[:4]), term=term)
    (data_dir / "relevance.yaml").write_text(yaml.safe_dump(relevance, allow_unicode=True), encoding="utf-8")


def own_labels(data_dir: Path, election: str | None = ELECTION_2021) -> Path:
    """A small labels folder whose every row names the 2021 election's day and year."""
    labels = data_dir / "labels"
    labels.mkdir(parents=True, exist_ok=True)
    rows = [{"text": f"{t} ngày 23/5/2021", "label": lab} for t, lab in make_rows(6, seed=7)]
    rows.append({"text": "Bầu cử Quốc hội khóa XV năm 2016 ngày 22/5/2016", "label": "none", "relevant": False})
    (labels / "seed.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    if election is not None:
        (labels / "election.yaml").write_text(election, encoding="utf-8")
    return labels


def config_of(data_dir: Path):
    from types import SimpleNamespace

    return SimpleNamespace(data_dir=data_dir)


def test_known_claims_are_read_for_the_configured_election(tmp_path):
    shipped = [t for t, _ in pipeline.known_claims(None)]
    assert any("#23thang5" in t for t in shipped) and not any("#15thang3" in t for t in shipped)
    next_election(tmp_path / "data")
    moved = [t for t, _ in pipeline.known_claims(config_of(tmp_path / "data"))]
    assert len(moved) == len(shipped)
    assert any("#15thang3" in t for t in moved) and not any("#23thang5" in t for t in moved)
    assert any("#QuocHoiKhoaXVI" in t for t in moved)
    # the same configuration again is served from the cache
    assert [t for t, _ in pipeline.known_claims(config_of(tmp_path / "data"))] == moved


def test_the_shipped_election_reads_the_rows_as_written():
    assert pipeline.seed_retarget(None) is None


@pytest.mark.parametrize(
    "election,present,absent",
    [
        (ELECTION_2021, "15/3/2026", "23/5/2021"),  # rows written for 2021, read for 2026
        (None, "23/5/2021", "15/3/2026"),  # the office's own labels (no election.yaml): as written
    ],
)
def test_train_reads_the_rows_for_the_configured_election(tmp_path, election, present, absent):
    data = tmp_path / "data"
    next_election(data)
    own_labels(data, election=election)
    r = make_cli(tmp_path, FakeStore())("train", "--no-db", "--out", str(tmp_path / "out"))
    assert r.exit_code == 0, r.output
    held = (tmp_path / "out" / "holdout.jsonl").read_text(encoding="utf-8")
    assert present in held and absent not in held


def test_the_first_model_is_trained_on_the_rows_read_for_the_configured_election(tmp_path):
    from classifiers.registry import Registry

    data = tmp_path / "data"
    next_election(data)
    own_labels(data)
    store = FakeStore(items=[(1, "Tin nóng", "Ai không đi bầu sẽ bị phạt 5 triệu đồng")])
    r = make_cli(tmp_path, store)("classify")
    assert r.exit_code == 0, r.output
    reg = Registry(tmp_path / "models")
    held = (reg.resolve(reg.active_version()) / "holdout.jsonl").read_text(encoding="utf-8")
    assert "15/3/2026" in held and "23/5/2021" not in held


def test_rows_marked_off_topic_stay_off_topic_once_moved(tmp_path):
    from monitor.analysis.retraining import off_topic_rows

    data = tmp_path / "data"
    next_election(data)
    labels = own_labels(data)
    files = sorted(labels.glob("*.jsonl"))
    retarget = pipeline.seed_retarget(config_of(data), None, files)
    # (the 2016 election's row is about the 2021 one now: another election than 2026's still)
    assert off_topic_rows(files, retarget) == {T.fold("Bầu cử Quốc hội khóa XVI năm 2021 ngày 14/3/2021")}


def test_a_broken_election_file_is_one_line_naming_it(tmp_path):
    data = tmp_path / "data"
    next_election(data)
    own_labels(data, election="date: 23 May\n")
    r = make_cli(tmp_path, FakeStore())("train", "--no-db", "--out", str(tmp_path / "out"))
    assert r.exit_code == 2
    assert re.fullmatch(r"error: \S*election\.yaml: date: .*", r.output.strip())


def test_an_election_file_broken_while_a_collector_runs_leaves_the_items_for_later(tmp_path, store, capsys):
    """A `run` collector keeps its model between passes; the labels' `election.yaml` broken in the
    meantime makes the next pass warn and leave the items unclassified, not stop the collector."""
    import datetime as dt

    from monitor.models import Item, Source
    from tests.deployment_support import deployment, small_trained

    cfg, _reg, data = deployment(tmp_path, *small_trained())
    (data / "labels" / "election.yaml").write_text(ELECTION_2021, encoding="utf-8")
    source = store.upsert_source(Source(name="s", url="https://baotinh.example/rss"))
    now = dt.datetime(2021, 5, 16, tzinfo=dt.UTC)

    def add(n: int) -> None:
        store.save_items(
            [Item(source, f"t{n}", "Không đi bầu bị phạt 5 triệu", None, None, None, "vi", now, now, f"h{n}", f"k{n}")]
        )

    add(1)
    assert pipeline.classify_new(cfg, store) == 1
    (data / "labels" / "election.yaml").write_text("date: 23 May\n", encoding="utf-8")
    add(2)
    assert pipeline.classify_new(cfg, store) is None
    assert "election.yaml: date:" in capsys.readouterr().err
    (data / "labels" / "election.yaml").write_text(ELECTION_2021, encoding="utf-8")
    assert pipeline.classify_new(cfg, store) == 1  # mended: the item left behind is classified
