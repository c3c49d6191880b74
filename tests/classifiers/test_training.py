import json

import pytest

from classifiers import training
from monitor.errors import DataFileError


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_load_csv_jsonl_xlsx(tmp_path, synth_rows):
    import openpyxl

    csv_p = tmp_path / "a.csv"
    csv_p.write_text(
        "body,y\n" + "".join(f'"{t}",{lab}\n' for t, lab in synth_rows[:5]) + ",none\n", encoding="utf-8-sig"
    )
    d = training.load_labeled(csv_p, text_col="body", label_col="y")
    assert len(d.texts) == 5 and d.skipped == [7]
    j = tmp_path / "a.jsonl"
    _write_jsonl(j, [{"text": t, "label": lab} for t, lab in synth_rows[:4]])
    assert len(training.load_labeled(j).texts) == 4
    x = tmp_path / "a.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["text", "label"])
    for t, lab in synth_rows[:3]:
        wb.active.append([t, lab])
    wb.save(x)
    assert training.load_labeled(x).labels == [lab for _, lab in synth_rows[:3]]


def test_load_errors(tmp_path):
    with pytest.raises(DataFileError, match="not found"):
        training.load_labeled(tmp_path / "missing.csv")
    p = tmp_path / "b.csv"
    p.write_text("content,label\nx,y\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"b.csv: row 2: no column 'text' \(columns: content, label\)"):
        training.load_labeled(p)
    p.write_bytes("text,label\nb\xe1u c\xfa,x\n".encode("latin-1"))
    with pytest.raises(DataFileError, match="line 2: not UTF-8"):
        training.load_labeled(p)
    p.write_text("text,label\n,x\n  ,y\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="all 2 rows have an empty"):
        training.load_labeled(p)
    j = tmp_path / "c.jsonl"
    j.write_text('{"text": "a", "label": "x"}\n{bad\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="c.jsonl: line 2: invalid JSON"):
        training.load_labeled(j)


def test_single_class_refused():
    with pytest.raises(DataFileError, match="at least two different labels"):
        training.train(["a b", "c d", "e f"], ["x", "x", "x"])


def test_train_and_evaluate(synth_rows):
    texts = [t for t, _ in synth_rows]
    labels = [lab for _, lab in synth_rows]
    model, m = training.train(texts, labels, word_max_features=3000, char_max_features=5000)
    assert m["n_holdout"] == len(m["holdout_rows"]) > 0
    assert m["macro_f1"] > 0.6
    assert m["roc_auc"] is None
    assert set(m["per_class"]) == set(labels)
    assert 0.6 < m["unaccented"]["macro_f1"] <= 1 and set(m["unaccented"]) == {"macro_f1", "accuracy"}
    ev = training.evaluate(model, texts[:50], labels[:50])
    assert set(ev) >= {"macro_f1", "accuracy", "roc_auc", "per_class", "confusion"}
    assert len(ev["confusion"]["matrix"]) == len(ev["confusion"]["labels"])
    with pytest.raises(DataFileError, match="not known to the model"):
        training.evaluate(model, texts[:2], ["nope", labels[1]])


def test_the_unaccented_figure_reads_the_hold_out_without_accents(synth_rows, monkeypatch):
    from classifiers.text import strip_accents

    read = []
    evaluate = training.evaluate

    def spy(model, texts, labels, proba=None):
        read.append(list(texts))
        return evaluate(model, texts, labels, proba=proba)

    monkeypatch.setattr(training, "evaluate", spy)
    _model, m = training.train(
        [t for t, _ in synth_rows], [lab for _, lab in synth_rows], word_max_features=3000, char_max_features=5000
    )
    held_out = [t for t, _ in m["holdout_rows"]]
    plain = [strip_accents(t) for t in held_out]
    assert plain != held_out and plain in read
    assert 0 <= m["unaccented"]["macro_f1"] <= 1

    # A long hold-out is sampled: every k-th row, at most UNACCENTED_ROWS of them.
    read.clear()
    monkeypatch.setattr(training, "UNACCENTED_ROWS", 10)
    _model, m = training.train(
        [t for t, _ in synth_rows], [lab for _, lab in synth_rows], word_max_features=3000, char_max_features=5000
    )
    held_out = [t for t, _ in m["holdout_rows"]]
    step = -(-len(held_out) // 10)
    assert step > 1 and [strip_accents(t) for t in held_out[::step]] in read


def test_binary_fake_real_gets_roc_auc(synth_rows):
    texts = [t for t, _ in synth_rows]
    labels = ["real" if lab == "none" else "fake" for _, lab in synth_rows]
    model, m = training.train(texts, labels, word_max_features=3000, char_max_features=5000)
    assert m["positive_class"] == "fake"
    assert m["roc_auc"] is not None and m["roc_auc"] > 0.8


def test_cross_validate(synth_rows):
    texts = [t for t, _ in synth_rows]
    labels = [lab for _, lab in synth_rows]
    r = training.cross_validate(texts, labels, folds=3, word_max_features=3000, char_max_features=5000)
    assert len(r["folds"]) == 3 and 0 <= r["macro_f1"] <= 1


def test_merge_review_labels():
    seed = [("Bầu cử gian lận", "fraud_claim"), ("Trời đẹp", "none")]
    reviews = [("  bầu CỬ gian lận ", "none"), ("Mới", "procedure_false"), ("Mới", "impersonation")]
    merged = dict(training.merge_review_labels(seed, reviews))
    assert merged["Bầu cử gian lận"] == "none"
    assert merged["Trời đẹp"] == "none"
    assert merged["Mới"] == "impersonation"
    assert len(merged) == 3


def test_rows_off_the_topic_only_for_another_year_count_as_on_it_for_the_learned_score():
    """The model sees no years or terms, so a row marked as another election's for its year alone
    would teach the learned relevance score nothing but noise: it counts as on the topic, and the
    rules tell the elections apart. Rows off the topic for other reasons stay off it."""
    import yaml

    from tests.classifiers.conftest import ROOT

    data = yaml.safe_load((ROOT / "data" / "relevance.yaml").read_text(encoding="utf-8"))
    texts = [
        "Tỷ lệ cử tri đi bầu cử năm 2016 đạt 99,35%",  # another year: on the topic for the score
        "Bầu cử đại biểu Quốc hội khóa XIV có 870 người ứng cử",  # another term: the same
        "Cử tri Nam Phi đi bỏ phiếu bầu quốc hội năm 2024",  # another country: stays off
        "Giá xăng tăng từ năm 2024",  # no election word: stays off
        "Cử tri đi bầu đại biểu Quốc hội",  # on the topic already
    ]
    got = training._topical(texts, [False, False, False, False, True], data)
    assert got == [True, True, False, False, True]
