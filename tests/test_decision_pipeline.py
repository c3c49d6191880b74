"""`monitor predict`, `monitor classify` and the import pipeline make the same decision on the same
items; bad predict input and a missing model are one clear line, never a lost collection."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from monitor.interfaces.cli import main

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "classifiers"))
from synth import make_rows  # noqa: E402

TEXTS = [
    "Nghe nói ai không đi bầu sẽ bị phạt 5 triệu đồng, share gấp",
    "Tin đồn 'ai không đi bầu sẽ bị phạt' là sai sự thật, Ủy ban bầu cử bác bỏ",
    "Thông báo: bầu cử ngày 30/5/2021, cử tri đi bầu vào ngày mới",
    "Giá xăng tăng 500 đồng từ chiều nay",
    "Bầu cử tổng thống Mỹ: cử tri đi bầu sớm kỷ lục",
    "Cử tri phường 3 đi bầu đại biểu Quốc hội khóa XV tại điểm bỏ phiếu số 2",
    "🔥🔥🔥",
    "https://example.com/only-a-link",
]


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    from classifiers import training
    from classifiers.registry import Registry

    d = tmp_path_factory.mktemp("models")
    rows = make_rows(25, seed=3)
    model, metrics = training.train(
        [t for t, _ in rows], [lab for _, lab in rows], word_max_features=5000, char_max_features=10000
    )
    reg = Registry(d)
    path = reg.save(model, metrics, training_rows=rows)
    reg.activate(path.name)
    return d, path


def _cli(tmp_path, models_dir, data_dir="data"):
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(
        f"settings:\n  demo: false\n  data_dir: {data_dir}\n  models_dir: {models_dir}\nfeeds: []\n", encoding="utf-8"
    )
    db = f"sqlite:///{tmp_path / 'm.db'}"
    runner = CliRunner()
    return lambda *args: runner.invoke(main, ["--config", str(cfg), "--db", db, *args])


STORED = (
    "i.id, i.title, i.text, i.kind, i.relevant, c.narrative, c.flagged, c.band, c.relevant, "
    "c.relevance_reason, c.evidence_kinds"
)


def _stored(db_path, columns: str = STORED):
    """The current classification's ``columns`` of every stored item, in item order."""
    eng = sa.create_engine(f"sqlite:///{db_path}")
    with eng.connect() as conn:
        rows = conn.execute(
            sa.text(
                f"SELECT {columns} FROM items i JOIN classifications c ON c.item_id = i.id "
                "AND c.model_version = i.model_version ORDER BY i.id"
            )
        ).all()
    eng.dispose()
    return rows


def test_predict_classify_and_pipeline_agree(tmp_path, trained):
    models_dir, version_dir = trained
    run = _cli(tmp_path, models_dir)
    for kind, texts in (("social", TEXTS), ("official", TEXTS[:3])):
        posts = tmp_path / f"{kind}.csv"
        with open(posts, "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows([["text"], *[[t] for t in texts]])
        r = run("import", str(posts), "--source", kind, "--kind", kind, "--lang", "vi")
        assert r.exit_code == 0, r.output
        assert "items classified" in r.output
    pipeline = _stored(tmp_path / "m.db")
    assert len(pipeline) == len(TEXTS) + 3
    # The pipeline stored a relevance decision for every item, and flagged only on-topic ones.
    assert all(row[4] is not None and row[8] == row[4] for row in pipeline)
    assert all(row[4] for row in pipeline if row[6])
    assert any(row[6] for row in pipeline) and not any(row[6] for row in pipeline if row[3] == "official")

    r = run("classify", "--all")
    assert r.exit_code == 0, r.output
    assert _stored(tmp_path / "m.db") == pipeline

    from monitor.analysis.classify import _join

    data = tmp_path / "items.jsonl"
    data.write_text(
        "".join(
            json.dumps({"text": _join(row[1], row[2]), "kind": row[3]}, ensure_ascii=False) + "\n" for row in pipeline
        ),
        encoding="utf-8",
    )
    r = run("predict", "--model", str(version_dir), "--data", str(data), "--out", str(tmp_path / "p.jsonl"))
    assert r.exit_code == 0, r.output
    preds = [json.loads(x) for x in (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    for row, p in zip(pipeline, preds, strict=True):
        assert (p["relevant"], p["label"], p["flagged"], p["band"], p["relevance_reason"], p["evidence_kinds"]) == (
            bool(row[8]),
            row[5],
            bool(row[6]),
            row[7],
            row[9],
            json.loads(row[10] or "[]"),
        )
    r = run("predict", "--model", str(version_dir), "--data", str(data), "--out", str(tmp_path / "p.csv"))
    with open(tmp_path / "p.csv", encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    assert [int(x["flagged"]) for x in table] == [int(bool(row[6])) for row in pipeline]
    assert {"relevant", "relevance", "evidence_kinds", "band", "label", "score", "flagged"} <= set(table[0])


@pytest.mark.parametrize(
    "content,needle",
    [
        ("body\nhello\n", "no column 'text'"),
        ("text,other\nbầu cử,1,surplus\n", "more values than columns"),
        ("other,text\nbầu cử\n", "no value for column 'text'"),
    ],
)
def test_predict_bad_columns_exit_2_naming_file_and_column(tmp_path, trained, content, needle):
    _, version_dir = trained
    data = tmp_path / "in.csv"
    data.write_text(content, encoding="utf-8")
    r = _cli(tmp_path, tmp_path / "models")(
        "predict", "--model", str(version_dir), "--data", str(data), "--out", str(tmp_path / "o.csv")
    )
    assert r.exit_code == 2, r.output
    assert "in.csv" in r.output and needle in r.output and "Traceback" not in r.output


def test_rows_before_a_line_that_stops_the_import_are_stored_and_classified(tmp_path, trained):
    models_dir, _ = trained
    run = _cli(tmp_path, models_dir)
    posts = tmp_path / "posts.csv"
    with open(posts, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["text"], *[[t] for t in TEXTS[:5]], ["x" * 1_200_000], [TEXTS[5]]])
    r = run("import", str(posts), "--source", "Nhóm")
    assert r.exit_code == 2, r.output
    errors = [line for line in r.output.splitlines() if line.startswith("error:")]
    assert errors == [
        "error: posts.csv line 7: longer than 1,000,000 characters (import_max_line_chars); "
        "the import stopped there, after 5 rows: 5 new items stored"
    ]
    assert "Traceback" not in r.output and "5 items classified" in r.output
    assert [row[2] for row in _stored(tmp_path / "m.db")] == TEXTS[:5]


def test_import_stores_everything_and_warns_once_when_no_model_can_be_made(tmp_path):
    # The user's own seed folder holds one label only: no model can be trained from it.
    labels = tmp_path / "data" / "labels"
    labels.mkdir(parents=True)
    (labels / "mine.jsonl").write_text('{"text": "bầu cử", "label": "none"}\n', encoding="utf-8")
    run = _cli(tmp_path, tmp_path / "data" / "models")
    posts = tmp_path / "posts.csv"
    with open(posts, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["text"], *[[t] for t in TEXTS[:4]]])
    r = run("import", str(posts), "--source", "Nhóm")
    assert r.exit_code == 0, r.output
    assert "4 new" in r.output
    warnings = [line for line in r.output.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and str(labels) in warnings[0] and "classified once a model exists" in warnings[0]
    eng = sa.create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with eng.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM items WHERE model_version IS NULL")).scalar_one() == 4
    eng.dispose()


def test_a_broken_election_file_of_the_labels_stores_everything_and_warns_once(tmp_path, trained):
    # The office's labels folder declares the election its rows were written for, wrongly: the
    # decision cannot read its known claims, so the items wait for a later pass, as without a model.
    models_dir, _ = trained
    labels = tmp_path / "data" / "labels"
    labels.mkdir(parents=True)
    (labels / "mine.jsonl").write_text(
        "".join(json.dumps({"text": t, "label": lab}, ensure_ascii=False) + "\n" for t, lab in make_rows(3, seed=5)),
        encoding="utf-8",
    )
    (labels / "election.yaml").write_text("date: 23 May 2021\n", encoding="utf-8")
    run = _cli(tmp_path, models_dir)
    posts = tmp_path / "posts.csv"
    with open(posts, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["text"], *[[t] for t in TEXTS[:4]]])
    r = run("import", str(posts), "--source", "Nhóm")
    assert r.exit_code == 0, r.output
    assert "4 new" in r.output and "Traceback" not in r.output
    warnings = [line for line in r.output.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "election.yaml: date:" in warnings[0], warnings


def test_shipped_data_is_found_wherever_feeds_yaml_lives(tmp_path):
    from monitor.config import SHIPPED_DIRS, load_config
    from monitor.ingest.pipeline import data_file, load_relevance, seed_label_files

    SHIPPED_DATA = SHIPPED_DIRS[0]  # a checkout's data/ (an installed package has monitor/shipped/)

    cfg_path = tmp_path / "elsewhere" / "feeds.yaml"
    cfg_path.parent.mkdir()
    cfg_path.write_text("settings:\n  demo: false\nfeeds: []\n", encoding="utf-8")
    cfg = load_config(cfg_path)
    assert data_file(cfg, "narratives.yaml") == SHIPPED_DATA / "narratives.yaml"
    assert seed_label_files(cfg) and all(p.parent == SHIPPED_DATA / "labels" for p in seed_label_files(cfg))
    assert load_relevance(cfg)["vocabulary"]
    # The user's own file takes precedence.
    (tmp_path / "elsewhere" / "data").mkdir()
    (tmp_path / "elsewhere" / "data" / "relevance.yaml").write_text("vocabulary: [bau cu]\n", encoding="utf-8")
    assert load_relevance(cfg) == {"vocabulary": ["bau cu"]}


@pytest.mark.parametrize("broken", ["not-utf8", "folder", "bad-yaml"])
def test_an_unreadable_relevance_file_is_one_error_naming_it(tmp_path, broken):
    from monitor.config import load_config
    from monitor.errors import DataFileError
    from monitor.ingest.pipeline import load_relevance

    (tmp_path / "feeds.yaml").write_text("settings:\n  demo: false\nfeeds: []\n", encoding="utf-8")
    (tmp_path / "data").mkdir()
    own = tmp_path / "data" / "relevance.yaml"
    if broken == "not-utf8":
        own.write_bytes(b"vocabulary: [\xff\xfe]\n")
    elif broken == "folder":
        own.mkdir()
    else:
        own.write_text("vocabulary: [bau cu\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_relevance(load_config(tmp_path / "feeds.yaml"))
    assert str(err.value).startswith(str(own)) and "\n" not in str(err.value)


def test_an_imported_claim_that_the_results_were_settled_is_shown_with_its_finding(tmp_path, trained):
    # The shipped approved messages say the public count decides; an item saying the winners were
    # settled before the vote is stored with that finding and never "clear" (before: no key fact
    # answered it, and with a low topic score it was stored as "clear", out of every queue).
    models_dir, _ = trained
    run = _cli(tmp_path, models_dir)
    posts = tmp_path / "posts.csv"
    texts = [
        "Người trúng cử đại biểu đã được sắp xếp trước, lá phiếu của cử tri chỉ để làm cảnh",
        "Luận điệu cho rằng người trúng cử đã được sắp xếp trước là xuyên tạc, phiếu được kiểm công khai",
    ]
    with open(posts, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["text"], *[[t] for t in texts]])
    r = run("import", str(posts), "--source", "group", "--kind", "social", "--lang", "vi")
    assert r.exit_code == 0, r.output
    rows = _stored(tmp_path / "m.db", "c.band, c.evidence_kinds, c.findings, c.matched_message_key")
    (band, kinds, findings, message), (_, debunk_kinds, debunk_findings, _) = rows
    assert band in ("look", "flag") and "fact" in json.loads(kinds)
    assert [f["fact"] for f in json.loads(findings)] == ["results_decided_by"]
    assert message == "results-from-count"  # the approved message that answers it
    assert json.loads(debunk_findings) == [] and "fact" not in json.loads(debunk_kinds)


def test_a_date_with_no_year_in_an_item_of_another_year_is_that_years_election(tmp_path, trained):
    # The shipped facts are the 2021 election's (23/5). A 2026 press item saying "ngày bầu cử 15/3"
    # with no year speaks of the 2026 election: no finding on the date and no flag (before: a date
    # finding, and one such real item was flagged). The same words posted in 2021 are a claim.
    models_dir, version_dir = trained
    run = _cli(tmp_path, models_dir)
    posts = tmp_path / "posts.csv"
    text = "TP HCM miễn vé xe buýt trong ngày bầu cử 15/3, cử tri đi bầu đại biểu Quốc hội thuận tiện hơn"
    with open(posts, "w", encoding="utf-8", newline="") as f:
        other = "Ngày bầu cử 15/3 thành phố miễn phí xe buýt cho cử tri đi bỏ phiếu bầu Quốc hội và HĐND"
        csv.writer(f).writerows([["text", "date"], [text, "2026-03-10"], [other, "2021-05-10"]])
    r = run("import", str(posts), "--source", "press", "--kind", "news", "--lang", "vi")
    assert r.exit_code == 0, r.output
    (later_band, later_findings), (same_band, same_findings) = _stored(tmp_path / "m.db", "c.band, c.findings")
    assert json.loads(later_findings) == [] and later_band != "flag"
    assert [f["fact"] for f in json.loads(same_findings)] == ["election_date"] and same_band in ("look", "flag")
    # predict reads the date from a column of its own, and names a bad one
    data = tmp_path / "rows.csv"
    with open(data, "w", encoding="utf-8", newline="") as f:
        # (dates as `import` reads them: ISO, day first)
        csv.writer(f).writerows([["text", "published"], [text, "10/03/2026"], [text, "2021-05-10"]])
    r = run("predict", "--model", str(version_dir), "--data", str(data), "--out", str(tmp_path / "p.jsonl"))
    assert r.exit_code == 0, r.output
    preds = [json.loads(x) for x in (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "fact" not in preds[0]["evidence_kinds"] and "fact" in preds[1]["evidence_kinds"]
    data.write_text("text,published\nbầu cử ngày 15/3,yesterday\n", encoding="utf-8")
    r = run("predict", "--model", str(version_dir), "--data", str(data), "--out", str(tmp_path / "q.jsonl"))
    assert r.exit_code == 2 and "rows.csv" in r.output and "'published'" in r.output and "Traceback" not in r.output
