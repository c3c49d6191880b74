"""`Store.decide`: one officer decision on one or many items in one transaction, refused when
the item changed since the page was drawn (both attempts stay in the audit log)."""

from __future__ import annotations

import pytest

from monitor.models import Review, ReviewDecision
from monitor.storage.reviews import Seen
from tests.storage.test_storage import add_source, classify, make_item


def _flagged(store, n: int) -> list[int]:
    sid = add_source(store)
    store.save_items([make_item(sid, k) for k in range(n)])
    ids = [p[0] for p in store.items_to_classify("v1", limit=n)]
    for i in ids:
        classify(store, i, score=0.9)
    return ids


def _seen(store, ids):
    return {i: Seen(d["status"], d["narrative"]) for i in ids for d in [store.item_detail(i)]}


def test_decide_confirms_exactly_the_given_items(store):
    ids = _flagged(store, 4)
    out = store.decide(ids[1:3], "off", ReviewDecision.CONFIRM, seen=_seen(store, ids[1:3]), note=" rõ ")
    assert out.applied == ids[1:3] and not out.refused
    assert [store.item_detail(i)["status"] for i in ids] == ["flagged", "confirmed", "confirmed", "flagged"]
    audit = store.audit_entries()
    assert sorted(a["target"] for a in audit) == [f"item:{ids[1]}", f"item:{ids[2]}"]
    assert all(a["action"] == "review.confirm" and a["detail"]["note"] == "rõ" for a in audit)


def test_a_decision_on_an_item_another_officer_decided_is_refused_and_audited(store):
    ids = _flagged(store, 2)
    drawn = _seen(store, ids)  # what officer A's page shows
    store.decide([ids[0]], "other", ReviewDecision.DISMISS, seen=drawn)  # officer B decides first
    out = store.decide(ids, "off", ReviewDecision.CONFIRM, seen=drawn)
    assert out.applied == [] and list(out.refused) == [ids[0]]
    assert out.refused[ids[0]].status == "dismissed"
    # nothing of the refused batch landed, not even on the unchanged item
    assert [store.item_detail(i)["status"] for i in ids] == ["dismissed", "flagged"]
    assert [r["username"] for r in store.reviews_for_item(ids[0])] == ["other"]
    actions = [(a["username"], a["action"]) for a in reversed(store.audit_entries())]
    assert actions == [("other", "review.dismiss"), ("off", "review.refused")]
    refused = store.audit_entries(action_prefix="review.refused")[0]["detail"]
    assert refused["seen"]["status"] == "flagged" and refused["now"]["status"] == "dismissed"


def test_a_note_is_kept_even_after_the_status_changed(store):
    ids = _flagged(store, 1)
    drawn = _seen(store, ids)
    store.decide(ids, "other", ReviewDecision.CONFIRM, seen=drawn)
    out = store.decide(ids, "off", ReviewDecision.NOTE, seen=drawn, note="nguồn đã gỡ bài")
    assert out.applied == ids


def test_training_case_lands_in_the_inbox_in_the_same_transaction(store):
    ids = _flagged(store, 2)
    out = store.decide([ids[0]], "off", ReviewDecision.CASE, note="ví dụ tốt", case_inbox="Hộp thư")
    sets = store.list_case_sets()
    assert [s["name"] for s in sets] == ["Hộp thư"] and out.case_set_id == sets[0]["id"]
    again = store.decide([ids[1]], "off", ReviewDecision.CASE, case_inbox="Hộp thư")
    assert again.case_set_id == out.case_set_id
    assert [r["item_id"] for r in store.case_rows(out.case_set_id)] == ids
    assert store.item_detail(ids[0])["status"] == "flagged"


def test_a_failing_case_leaves_no_review_behind(store):
    ids = _flagged(store, 1)
    with pytest.raises(ValueError, match="case set 999"):
        store.decide(ids, "off", ReviewDecision.CASE, case_set_id=999)
    assert store.reviews_for_item(ids[0]) == [] and store.audit_entries() == []


def test_relabel_needs_a_narrative_and_save_review_still_works(store):
    ids = _flagged(store, 1)
    with pytest.raises(ValueError):
        store.decide(ids, "off", ReviewDecision.RELABEL)
    store.save_review(Review(item_id=ids[0], username="off", decision=ReviewDecision.RELABEL, narrative="fraud_claim"))
    assert store.item_detail(ids[0])["narrative"] == "fraud_claim"


def test_grouped_queue_shows_one_row_per_story_with_copies_and_sources(store):
    a = add_source(store, "Báo A")
    b = add_source(store, "Nhóm B")
    store.save_items(
        [
            make_item(a, 1, cluster_key="story"),
            make_item(b, 2, cluster_key="story"),
            make_item(a, 3, cluster_key="story"),
            make_item(a, 4),
        ]
    )
    ids = [p[0] for p in store.items_to_classify("v1", limit=10)]
    for i in ids:
        classify(store, i, score=0.9)
    rows = store.flagged_items(grouped=True)
    assert sorted(r["id"] for r in rows) == [ids[0], ids[3]]
    story = next(r for r in rows if r["id"] == ids[0])
    assert (story["cluster_size"], story["cluster_sources"]) == (3, 2)
    assert store.count_flagged(grouped=True) == 2 and store.count_flagged() == 4
    members = store.cluster_members("story")
    assert [m["id"] for m in members] == ids[:3]
    # the whole story decided at once; the next flagged copy would represent it otherwise
    out = store.decide(
        [m["id"] for m in members], "off", "dismiss", seen={m["id"]: Seen(m["status"], m["narrative"]) for m in members}
    )
    assert out.applied == ids[:3] and [r["id"] for r in store.flagged_items(grouped=True)] == [ids[3]]
