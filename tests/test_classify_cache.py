"""A classification pass reuses the model and the decision a previous pass of the same process
built, only while every input is unchanged: the model version, the relevance data, the approved
messages (file or database) and the known claims (seed labels)."""

from __future__ import annotations

import dataclasses
import gc
import json

import pytest

from monitor.ingest import pipeline
from monitor.models import Item, Source
from tests.deployment_support import deployment, small_trained


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    return small_trained()


@pytest.fixture
def setup(tmp_path, trained):
    return deployment(tmp_path, *trained)


def _prepared(cfg, store):
    model = pipeline._active_model(cfg, pipeline.seed_label_files(cfg))
    decider, matcher = pipeline._decider_and_matcher(cfg, store, model)
    return model, decider, matcher


def test_a_pass_reuses_what_the_last_built_until_an_input_changes(setup, store, trained):
    cfg, reg, data = setup
    model, decider, matcher = _prepared(cfg, store)
    assert _prepared(cfg, store) == (model, decider, matcher)

    relevance = data / "relevance.yaml"
    relevance.write_text(relevance.read_text(encoding="utf-8") + "\n# edited\nhome: [viet nam, zzhome]\n", "utf-8")
    _, decider2, _ = _prepared(cfg, store)
    assert decider2 is not decider and decider2.rules.home.search("zzhome")

    with open(data / "labels" / "seed.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps({"text": "Nghe nói bầu cử dời sang tháng 7, share gấp", "label": "procedure_false"}) + "\n")
    _, decider3, _ = _prepared(cfg, store)
    assert decider3 is not decider2 and len(decider3._claim_labels) == len(decider2._claim_labels) + 1

    store.save_approved_message(
        "only_one",
        "admin",
        title_vi="Ngày bầu cử",
        text_vi="Bầu cử ngày 23/5/2021",
        narratives=["procedure_false"],
        key_facts={"election_date": "2021-05-23"},
    )
    _, decider4, matcher4 = _prepared(cfg, store)
    assert decider4 is not decider3 and [m["key"] for m in decider4.messages] == ["only_one"]
    assert matcher4 is not matcher

    model2, metrics, rows = trained
    reg.activate(reg.save(model2, metrics, training_rows=rows[:-1]).name)
    model5, decider5, _ = _prepared(cfg, store)
    assert model5 is not model and model5.version == reg.active_version() and decider5 is not decider4


def test_a_reused_decision_decides_as_a_fresh_one(setup, store):
    import datetime as dt

    import sqlalchemy as sa

    from monitor.analysis.classify import classify_texts
    from monitor.storage.schema import classifications

    cfg, _reg, _data = setup
    source = store.upsert_source(Source(name="s", url="https://baotinh.example/rss"))
    texts = [
        "Nghe nói ai không đi bầu sẽ bị phạt 5 triệu đồng, share gấp",
        "Thông báo: bầu cử ngày 30/5/2021, cử tri đi bầu vào ngày mới",
        "Tin đồn 'ai không đi bầu sẽ bị phạt' là sai sự thật, Ủy ban bầu cử bác bỏ",
        "Công dân đủ 16 tuổi là được đi bầu",
        "Giá xăng tăng 500 đồng từ chiều nay",
    ]
    now = dt.datetime(2021, 5, 16, tzinfo=dt.UTC)

    def add(n: int) -> None:
        store.save_items(
            [
                Item(source, f"{n}", t, None, None, None, "vi", now, now, f"h{n}-{i}", f"{n}-{i}")
                for i, t in enumerate(texts)
            ]
        )

    add(1)
    assert pipeline.classify_new(cfg, store) == len(texts)
    add(2)  # this pass reuses the first one's model and decision
    assert pipeline.classify_new(cfg, store) == len(texts)
    assert gc.isenabled()  # paused per batch only

    model = pipeline._active_model(cfg, [])
    fresh = pipeline.make_decider(cfg, store, model)  # built from scratch, no reuse
    batch = store.items_to_classify(model.version, 100, reclassify_all=True, with_kind=True)
    want = classify_texts(model, fresh, None, batch)
    cols = ("item_id", "narrative", "band", "flag_score", "evidence_kinds", "relevance_reason", "findings")
    with store.read() as conn:
        stored = conn.execute(
            sa.select(*(classifications.c[c] for c in cols)).order_by(classifications.c.item_id)
        ).all()
    assert [tuple(r) for r in stored] == [
        (
            c.item_id,
            c.narrative,
            c.band,
            c.flag_score,
            c.evidence_kinds,
            c.relevance_reason,
            [dataclasses.asdict(f) for f in c.findings],
        )
        for c in want
    ]
    assert {c.band for c in want} >= {"off_topic", "flag"}


def test_passes_of_one_process_take_turns_on_the_shared_model(setup, store):
    import datetime as dt
    import threading

    cfg, _reg, _data = setup
    source = store.upsert_source(Source(name="s", url="https://baotinh.example/rss"))
    now = dt.datetime(2021, 5, 16, tzinfo=dt.UTC)
    texts = [f"Cử tri phường {i} đi bầu, nghe nói bầu cử dời sang ngày {i % 28 + 1}/6" for i in range(400)]
    store.save_items(
        [Item(source, "", t, None, None, None, "vi", now, now, f"h{i}", f"k{i}") for i, t in enumerate(texts)]
    )
    done, errors = [], []

    def run() -> None:
        try:
            done.append(pipeline.classify_new(cfg, store))
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and sorted(done) == [0, len(texts)]  # the second found nothing left to do
    model = pipeline._active_model(cfg, [])
    assert not store.has_unclassified(model.version)
