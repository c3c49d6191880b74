"""The relevance decision is stored per item and counted per source (both engines)."""

from __future__ import annotations

from classifiers.results import Finding
from monitor.models import Classification, Source
from tests.storage.stored import stored_items

_items = stored_items


def test_relevance_band_and_evidence_kinds_are_stored_and_counted(store):
    a = store.upsert_source(Source(name="a", url="https://a.example/rss"))
    b = store.upsert_source(Source(name="b", url="https://b.example/rss", kind="official"))
    on, off = _items(store, a, 3, "on"), _items(store, a, 1, "off")
    _items(store, b, 2, "unclassified")
    finding = Finding("election_date", "30/5", "23/5/2021", "says ...", 0, 4, kind="date")
    store.save_classifications(
        [
            Classification(
                i,
                "v1",
                "procedure_false",
                0.9,
                True,
                relevant=True,
                relevance=0.8,
                relevance_reason="on_topic",
                band="flag",
                flag_score=0.93,
                evidence_kinds=["topic", "fact"],
                findings=[finding],
            )
            for i in on
        ]
        + [
            Classification(
                i,
                "v1",
                "none",
                0.0,
                False,
                relevant=False,
                relevance=0.0,
                relevance_reason="no_election_words",
                band="off_topic",
                flag_score=0.0,
            )
            for i in off
        ]
    )
    share = store.on_topic_share()
    assert share[a] == {"on_topic": 3, "off_topic": 1, "share": 0.75}
    assert share[b]["share"] is None
    detail = store.item_detail(off[0])
    assert detail["relevant"] is False and detail["classification"]["band"] == "off_topic"
    flagged = store.item_detail(on[0])["classification"]
    assert flagged["evidence_kinds"] == ["topic", "fact"] and flagged["relevance_reason"] == "on_topic"
    assert flagged["findings"][0]["kind"] == "date" and flagged["findings"][0]["approved"] == "23/5/2021"
