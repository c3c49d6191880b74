"""The dashboard's own storage verbs (case sets, cases, audited feed switch) on both engines."""

from __future__ import annotations

import pytest

from monitor.models import Review, ReviewDecision
from monitor.storage.filters import ItemFilters
from tests.dashboard.conftest import build_db


def test_case_sets_and_cases(store):
    ids = build_db(store.url)
    sid = store.create_case_set("Tập huấn", "ghi chú", by="tra")
    with pytest.raises(ValueError):
        store.create_case_set("Tập huấn", "", by="tra")
    with pytest.raises(ValueError):
        store.create_case_set("  ", "", by="tra")
    assert store.ensure_case_set("Tập huấn", by="tra") == sid
    item = store.flagged_items(ItemFilters(narratives=["procedure_false"]), limit=1)[0]["id"]
    store.save_review(Review(item_id=item, username="off", decision=ReviewDecision.CONFIRM, note="ghi chú 1"))
    store.save_review(Review(item_id=item, username="man", decision=ReviewDecision.NOTE, note="ghi chú 2"))
    assert store.add_cases(sid, [item, item, ids["items"][-1]], by="tra", teaching_note="dạy") == 2
    assert store.add_cases(sid, [item], by="tra") == 0  # already there
    assert [s["cases"] for s in store.list_case_sets()] == [2]
    rows = store.case_rows(sid)
    first = next(r for r in rows if r["item_id"] == item)
    assert first["reviewer_note"] == "ghi chú 2" and first["reviewer"] == "man"
    assert first["matched_message_key"] == "election-date-2021" and first["evidence"][0]["term"] == "dời sang"
    assert first["findings"][0]["fact"] == "election_date" and first["teaching_note"] == "dạy"
    store.update_case_note(first["case_id"], "tra", "mới")
    assert next(r for r in store.case_rows(sid) if r["item_id"] == item)["teaching_note"] == "mới"
    store.remove_case(first["case_id"], "tra")
    assert [r["item_id"] for r in store.case_rows(sid)] == [ids["items"][-1]]
    actions = [a["action"] for a in store.audit_entries(limit=20, action_prefix="case")]
    assert {"caseset.create", "case.add", "case.note", "case.remove"} <= set(actions)
    with pytest.raises(ValueError):
        store.add_cases(9999, [item], by="tra")


def test_source_switch_is_audited(store):
    ids = build_db(store.url)
    store.set_source_enabled_audited(ids["news"], False, by="adm")
    assert store.get_source(source_id=ids["news"]).enabled is False
    entry = store.audit_entries(limit=1)[0]
    assert (entry["action"], entry["username"], entry["target"]) == ("source.disable", "adm", f"source:{ids['news']}")
