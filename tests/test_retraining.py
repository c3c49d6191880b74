"""Retraining learns from the deployment's own stream: officers' decisions, official items and
low-scored unreviewed items, each kind with its weight; sample weights reach the linear model.
Real SQLite file and real PostgreSQL (the `store` fixture), real models."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import has_fit_parameter

from classifiers import text as T
from classifiers import training
from classifiers.features import token_views
from classifiers.narrative import NarrativeClassifier
from classifiers.registry import Registry
from monitor.analysis import retraining
from monitor.models import FeedKind, Review, ReviewDecision
from tests.storage.test_storage import add_source, make_item

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "classifiers"))
from synth import make_rows  # noqa: E402

SMALL = {"word_max_features": 3000, "char_max_features": 5000}


@pytest.fixture(scope="module")
def rows():
    return make_rows(10, seed=3)


# --- sample weights through the sklearn pipeline --------------------------------------------


def test_fit_takes_sample_weight_as_sklearn_estimators_do(rows):
    assert has_fit_parameter(NarrativeClassifier(), "sample_weight")
    texts, labels = [t for t, _ in rows], [lab for _, lab in rows]
    weights = np.linspace(0.1, 3.0, len(texts))
    # (no accent-stripped copies: the rows given are the rows fitted)
    m = NarrativeClassifier(accent_copies=False, **SMALL).fit(texts, labels, sample_weight=weights)
    # the same features, fitted by hand with the same weights: the linear model is identical
    X = m.pipeline_.named_steps["features"].transform(token_views(m._masked(texts)))  # names masked as in fit
    clf = m.pipeline_.named_steps["clf"]
    ref = LogisticRegression(C=m.C, class_weight="balanced", max_iter=m.max_iter).fit(X, labels, sample_weight=weights)
    np.testing.assert_allclose(clf.coef_, ref.coef_, rtol=1e-6, atol=1e-8)
    unweighted = NarrativeClassifier(accent_copies=False, **SMALL).fit(texts, labels)
    assert not np.allclose(unweighted.pipeline_.named_steps["clf"].coef_, clf.coef_)


def test_sample_weight_decides_between_contradicting_rows():
    texts = ["kết quả đã định sẵn rồi", "trời hôm nay đẹp", "giá xăng giảm", "phiếu bị tráo trong đêm"] * 3
    labels = ["fraud_claim", "none", "none", "fraud_claim"] * 3
    texts += ["hòm phiếu số 5 được niêm phong", "hòm phiếu số 5 được niêm phong"]
    for heavy, expected in (("none", "none"), ("fraud_claim", "fraud_claim")):
        extra = ["none", "fraud_claim"]
        weights = [1.0] * 12 + [5.0 if lab == heavy else 0.2 for lab in extra]
        m = NarrativeClassifier(min_df=1).fit(texts, labels + extra, sample_weight=weights)
        assert m.predict(["hòm phiếu số 5 được niêm phong"])[0] == expected


def test_bad_sample_weights_are_refused(rows):
    texts, labels = [t for t, _ in rows], [lab for _, lab in rows]
    with pytest.raises(ValueError):
        NarrativeClassifier(**SMALL).fit(texts, labels, sample_weight=[-1.0] * len(texts))
    with pytest.raises(ValueError):
        NarrativeClassifier(**SMALL).fit(texts, labels, sample_weight=[1.0] * (len(texts) - 1))
    with pytest.raises(ValueError, match="sample weights"):
        training.train(texts, labels, sample_weight=[1.0] * 3, **SMALL)


def test_train_never_holds_out_rows_nobody_labelled(rows):
    texts, labels = [t for t, _ in rows], [lab for _, lab in rows]
    stream = {f"tin thời sự số {i} về giá cả thị trường" for i in range(40)}
    weights = [1.0] * len(texts) + [0.2] * len(stream)
    texts += sorted(stream)
    labels += ["none"] * len(stream)
    _, metrics = training.train(texts, labels, sample_weight=weights, **SMALL)
    held = {t for t, _ in metrics["holdout_rows"]}
    assert held and not held & stream


# --- gathering rows from a real store -------------------------------------------------------


def _world(store):
    """A news source with four items (one confirmed, one dismissed) and an official source."""
    news = add_source(store, "Báo Demo", FeedKind.NEWS)
    official = add_source(store, "Cổng chính thống", FeedKind.OFFICIAL)
    store.save_items(
        [
            make_item(news, 1, title="Bầu cử dời sang 30/5", text="tổ trưởng vừa báo, chia sẻ gấp"),
            make_item(news, 2, title="Giá xăng giảm", text="Giá xăng giảm 450 đồng từ chiều nay"),
            make_item(news, 3, title="Trời nắng nóng", text="Nhiệt độ cao nhất 38 độ C"),
            make_item(news, 4, title="Chợ phiên cuối tuần", text="Chợ phiên mở cửa đến 22 giờ"),
            make_item(
                official, 5, title="Thông báo niêm yết danh sách cử tri", text="Cử tri kiểm tra tên tại nhà văn hóa"
            ),
            make_item(official, 6, title="Ngày bầu cử 23/5/2021", text="Bỏ phiếu từ 7 giờ đến 19 giờ"),
        ]
    )
    pending = {title: item_id for item_id, title, _ in store.items_to_classify("v0", 100)}
    store.save_review(
        Review(
            item_id=pending["Bầu cử dời sang 30/5"],
            username="officer",
            decision=ReviewDecision.CONFIRM,
            narrative="procedure_false",
        )
    )
    store.save_review(
        Review(item_id=pending["Chợ phiên cuối tuần"], username="officer", decision=ReviewDecision.DISMISS)
    )
    return pending


def test_gather_takes_each_kind_with_its_weight(store, rows):
    _world(store)
    model = NarrativeClassifier(**SMALL).fit([t for t, _ in rows], [lab for _, lab in rows])
    n_seed = retraining.gather(rows).counts()["seed"]  # the seed's distinct texts
    everything = retraining.gather(rows, store, model, low_score=1.01)  # every unreviewed item is "low"
    by_text = {
        t.split("\n")[0]: (lab, kind, w)
        for t, lab, kind, w in zip(
            everything.texts, everything.labels, everything.kinds, everything.weights, strict=True
        )
    }
    assert by_text["Bầu cử dời sang 30/5"] == ("procedure_false", "confirmed", 2.0)
    assert by_text["Chợ phiên cuối tuần"] == ("none", "dismissed", 2.0)
    assert by_text["Thông báo niêm yết danh sách cử tri"] == ("none", "official", 0.5)
    assert by_text["Ngày bầu cử 23/5/2021"] == ("none", "official", 0.5)
    assert by_text["Giá xăng giảm"] == ("none", "stream", 0.2)
    assert everything.counts() == {"seed": n_seed, "confirmed": 1, "dismissed": 1, "official": 2, "stream": 2}
    # what the current model scores high stays out of `none`
    nothing_low = retraining.gather(rows, store, model, low_score=0.0)
    assert nothing_low.counts()["stream"] == 0 and nothing_low.counts()["official"] == 2
    # no model: no stream rows; no `none` label: neither official nor stream rows
    assert retraining.gather(rows, store, None).counts()["stream"] == 0
    fakes = [(t, "fake") if lab != "none" else (t, "real") for t, lab in rows]
    assert retraining.gather(fakes, store, model, low_score=1.01).counts() == {
        "seed": n_seed,
        "confirmed": 1,
        "dismissed": 1,
        "official": 0,
        "stream": 0,
    }


def test_stream_keeps_only_what_the_model_scores_low(store, rows):
    _world(store)
    texts = [t for t, _ in rows] + ["Giá xăng giảm\nGiá xăng giảm 450 đồng từ chiều nay"] * 3
    labels = [lab for _, lab in rows] + ["fraud_claim"] * 3
    model = NarrativeClassifier(min_df=1).fit(texts, labels)
    proba = dict(
        zip(
            model.classes_.tolist(),
            model.predict_proba(["Giá xăng giảm\nGiá xăng giảm 450 đồng từ chiều nay"])[0],
            strict=True,
        )
    )
    assert proba["fraud_claim"] > 0.2
    got = retraining.gather(rows, store, model)
    assert not any(t.startswith("Giá xăng giảm") for t in got.texts)


def test_a_person_decision_wins_over_the_seed_label(store):
    pending = _world(store)
    assert pending
    seed = [("Chợ phiên cuối tuần\nChợ phiên mở cửa đến 22 giờ", "fraud_claim"), ("trời đẹp", "none")]
    got = retraining.gather(seed, store)
    assert got.labels[got.texts.index(seed[0][0])] == "none"
    assert got.counts()["seed"] == 1 and got.counts()["dismissed"] == 1


def test_retrain_records_the_counts_in_the_version_metrics(store, tmp_path):
    _world(store)
    seed = make_rows(10, seed=5)
    reg = Registry(tmp_path / "models")
    first = NarrativeClassifier(**SMALL).fit([t for t, _ in seed], [lab for _, lab in seed])
    reg.activate(reg.save(first, {}, training_rows=seed).name)
    tset = retraining.gather(seed, store, retraining.current_model(reg), low_score=1.01)
    model, metrics = retraining.train(tset, **SMALL)
    path = reg.save(model, metrics, training_rows=tset.rows())
    saved = json.loads((path / "metrics.json").read_text(encoding="utf-8"))
    assert (
        saved["training_counts"]
        == tset.counts()
        == {
            "seed": retraining.gather(seed).counts()["seed"],
            "confirmed": 1,
            "dismissed": 1,
            "official": 2,
            "stream": 2,
        }
    )
    assert saved["training_weights"] == retraining.WEIGHTS


def test_monitor_train_learns_from_a_real_database(sqlite_store, tmp_path):
    from click.testing import CliRunner

    from monitor.interfaces.cli import main

    _world(sqlite_store)
    labels = tmp_path / "data" / "labels"
    labels.mkdir(parents=True)
    seed = make_rows(10, seed=6)
    (labels / "seed.jsonl").write_text(
        "".join(json.dumps({"text": t, "label": lab}, ensure_ascii=False) + "\n" for t, lab in seed), encoding="utf-8"
    )
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(
        f"settings:\n  data_dir: {tmp_path / 'data'}\n  models_dir: {tmp_path / 'models'}\n  demo: false\nfeeds: []\n",
        encoding="utf-8",
    )
    reg = Registry(tmp_path / "models")
    active = NarrativeClassifier(**SMALL).fit([t for t, _ in seed], [lab for _, lab in seed])
    reg.activate(reg.save(active, {}, training_rows=seed).name)  # it scores the stream
    res = CliRunner().invoke(main, ["train", "--db", f"sqlite:///{tmp_path / 'monitor.db'}", "--config", str(cfg)])
    assert res.exit_code == 0, res.output
    assert "confirmed 1, dismissed 1, official 2, stream " in res.output
    newest = max(reg.versions(), key=lambda v: (tmp_path / "models" / v / "metrics.json").stat().st_mtime)
    counts = json.loads((tmp_path / "models" / newest / "metrics.json").read_text())["training_counts"]
    assert counts["dismissed"] == 1 and counts["official"] == 2 and counts["confirmed"] == 1
    assert f"stream {counts['stream']})" in res.output and counts["stream"] <= 2


# --- the learned relevance score ---------------------------------------------------------------


def test_every_kind_of_row_gets_a_relevance_label(store, rows):
    """The label files say which seed rows are not about the election; an officer's confirmation is
    about it; dismissed, official and stream items get what the relevance rules decide."""
    from monitor.ingest.pipeline import load_relevance

    _world(store)
    off = rows[0][0]
    tset = retraining.gather(
        rows, store, NarrativeClassifier(**SMALL).fit([t for t, _ in rows], [lab for _, lab in rows]), low_score=1.01
    )
    assert tset.relevance(load_relevance(None)) is None  # the label files say nothing about relevance
    tset.off_topic = {T.fold(off)}
    got = dict(zip(tset.texts, tset.relevance(load_relevance(None)), strict=True))
    first_line = {t.split("\n")[0]: r for t, r in got.items()}
    assert got[off] is False and all(got[t] for t, _ in rows[1:] if t != off and T.fold(t) != T.fold(off))
    assert first_line["Bầu cử dời sang 30/5"] is True  # confirmed
    assert first_line["Chợ phiên cuối tuần"] is False  # dismissed, and no election words
    assert first_line["Thông báo niêm yết danh sách cử tri"] is True  # official, about the voter list
    assert first_line["Giá xăng giảm"] is False  # stream
    model, _ = retraining.train(tset, **SMALL)
    assert model.relevance_ is not None


def test_monitor_train_learns_the_relevance_score_the_first_model_has(tmp_path):
    """`monitor train` and the first model trained by `collect` learn the same relevance score
    from the label files' `relevant: false` rows (the train command used to leave it out)."""
    from click.testing import CliRunner

    from monitor.interfaces.cli import main

    labels = tmp_path / "data" / "labels"
    labels.mkdir(parents=True)
    seed = make_rows(10, seed=7)
    off = [("Giá vàng hôm nay tăng mạnh", "none"), ("Đội tuyển thắng 2-0 trên sân nhà", "none")] * 10
    (labels / "seed.jsonl").write_text(
        "".join(json.dumps({"text": t, "label": lab}, ensure_ascii=False) + "\n" for t, lab in seed)
        + "".join(
            json.dumps({"text": f"{t} {i}", "label": lab, "relevant": False}, ensure_ascii=False) + "\n"
            for i, (t, lab) in enumerate(off)
        ),
        encoding="utf-8",
    )
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(
        f"settings:\n  data_dir: {tmp_path / 'data'}\n  models_dir: {tmp_path / 'models'}\n  demo: false\nfeeds: []\n",
        encoding="utf-8",
    )
    res = CliRunner().invoke(main, ["train", "--no-db", "--config", str(cfg), "--out", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    model = Registry(tmp_path / "models").load(tmp_path / "out").model
    assert model.relevance_ is not None
    on, gold = model.predict_batch(["Bầu cử dời sang 30/5, chia sẻ gấp", "Giá vàng hôm nay tăng mạnh 99"])
    assert on.relevance > 0.5 > gold.relevance
