"""Naming an emerging cluster (a new narrative, versioned and audited, its items labelled) or filing
it as not a distortion; the taxonomy stays merged; the emerging alert opens once per cluster."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from monitor.analysis.emerging import emerging
from monitor.analysis.taxonomy import NarrativeError, load_taxonomy, merge_stored, new_narrative
from monitor.config import AlertSettings
from monitor.outputs import alert_text
from monitor.outputs.alerts import check_alerts
from monitor.storage.filters import ItemFilters
from tests.emerging.world import NOW, routine_week, rumour

ROOT = Path(__file__).resolve().parents[2]


def _file_taxonomy(store) -> list[dict]:
    tax = load_taxonomy(ROOT / "data" / "narratives.yaml")
    store.sync_narratives([n.model_dump() for n in tax.narratives])
    return tax


def test_name_it_creates_a_versioned_narrative_and_labels_the_items(store):
    tax = _file_taxonomy(store)
    ids = rumour(store, n=5)
    n = new_narrative(
        "ballot_tracking",
        "Phiếu bầu bị theo dõi",
        "Ballots are tracked",
        "Khẳng định sai rằng phiếu bầu có mã để biết ai bầu cho ai.",
        "",
        distortion=True,
    )
    assert store.name_emerging(n, ids[:4], "tra", "em-1") == 1
    # in the taxonomy at once: filters, trends, exports and the API read `narratives`
    keys = [r["key"] for r in store.list_narratives()]
    assert keys[: len(tax.narratives)] == [x.key for x in tax.narratives] and keys[-1] == "ballot_tracking"
    rows, _ = store.api_items(ItemFilters(narratives=["ballot_tracking"]), limit=50)
    assert sorted(r["id"] for r in rows) == sorted(ids[:4]) and {r["status"] for r in rows} == {"confirmed"}
    # the next retrain learns them
    assert sum(1 for _t, label in store.review_training_rows() if label == "ballot_tracking") == 4
    # audited: the narrative, each label, and the action
    actions = [e["action"] for e in store.audit_entries(limit=20)]
    assert actions.count("review.relabel") == 4 and "narrative.save" in actions and "emerging.name" in actions
    # a second save is version 2; both stay
    store.save_narrative(new_narrative("ballot_tracking", "Phiếu bầu bị theo dõi (sửa)", "Ballots tracked"), "adm")
    assert [v["version"] for v in store.narrative_versions("ballot_tracking")] == [1, 2]
    # restarting (init syncs the file taxonomy again) keeps it, newest version
    store.sync_narratives([x.model_dump() for x in tax.narratives])
    stored = {r["key"]: r for r in store.list_narratives()}
    assert stored["ballot_tracking"]["name_vi"] == "Phiếu bầu bị theo dõi (sửa)"
    assert [x.key for x in merge_stored(tax, store.list_narratives()).narratives][-1] == "ballot_tracking"
    assert store.dashboard_narratives()[0]["labelled"] == 4


def test_not_a_distortion_files_items_as_none(store):
    _file_taxonomy(store)
    ids = rumour(store, n=4)
    assert store.dismiss_emerging(ids, "man", "em-2") == 4
    assert {label for _t, label in store.review_training_rows()} == {"none"}
    assert emerging(store, NOW) == []  # dismissed items are no longer on-topic
    assert any(e["action"] == "emerging.dismiss" for e in store.audit_entries(limit=10))


def test_a_benign_named_narrative_trains_as_none(store):
    _file_taxonomy(store)
    ids = rumour(store, n=3)
    store.name_emerging(new_narrative("qr_info", "Hỏi về mã QR", "QR questions", distortion=False), ids, "tra")
    assert {label for _t, label in store.review_training_rows()} == {"none"}


def test_bad_names_are_refused_with_the_field(store):
    _file_taxonomy(store)
    with pytest.raises(NarrativeError, match="key"):
        new_narrative("Bad Key!", "a", "b")
    with pytest.raises(NarrativeError, match="name.vi"):
        new_narrative("ok_key", " ", "b")
    with pytest.raises(NarrativeError, match="narratives.yaml"):
        store.save_narrative(new_narrative("fraud_claim", "x", "y"), "adm")
    with pytest.raises(NarrativeError, match="at least one item"):
        store.dismiss_emerging([], "adm")


def test_emerging_alert_opens_once_per_cluster(store):
    routine_week(store)
    rumour(store, n=7, sources=3)
    settings = AlertSettings(kinds=["emerging"], emerging_growth=5, emerging_min_recent=5)
    [alert] = check_alerts(store, settings, NOW)
    assert alert.kind == "emerging" and alert.count == 7 and "mã QR" in alert.why
    [row] = [a for a in store.open_alerts() if a["kind"] == "emerging"]  # its facts stored as JSON
    vi = alert_text.detail(row, "vi")
    assert "mã QR" in vi and "7 tin trong 24 giờ qua từ 3 nguồn" in vi and row["facts"]["size"] >= 7
    assert check_alerts(store, settings, NOW + dt.timedelta(minutes=5)) == []  # still open: no second one
    # it calms down and closes; the same cluster growing again does not alert again
    calm = NOW + dt.timedelta(days=3)
    assert check_alerts(store, settings, calm) == []
    assert not [a for a in store.open_alerts() if a["kind"] == "emerging"]
    rumour(store, now=calm + dt.timedelta(hours=1), n=8, sources=3)
    assert check_alerts(store, settings, calm + dt.timedelta(hours=1)) == []
