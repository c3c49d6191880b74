"""Spike, new-cluster and response-gap alerts over a replayed history (real SQLite/PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.config import AlertSettings
from monitor.errors import AlertError
from monitor.outputs.alerts import check_alerts, decide, ewma, history_series, spike_threshold
from monitor.outputs.notify import after_collect
from tests.alerts.world import NOW, World, messages, quiet_history

H = dt.timedelta(hours=1)
SPIKES = {"kinds": ["spike"]}


@pytest.fixture
def world(store):
    return World(store)


# --- pure parts ----------------------------------------------------------------------------
def test_threshold_follows_the_baseline_and_respects_the_minimum():
    assert spike_threshold(0.0, 3.0, 5) == 5  # a silent narrative needs the minimum count
    assert spike_threshold(100.0, 3.0, 5) == 130  # a busy one needs three Poisson deviations more
    assert spike_threshold(100.0, 1.0, 5) < spike_threshold(100.0, 3.0, 5)  # sensitivity lowers the bar


def test_ewma_weights_recent_buckets_more():
    assert ewma([0, 0, 0, 10], half_life=1) > ewma([10, 0, 0, 0], half_life=1)
    assert ewma([4, 4, 4], half_life=2) == pytest.approx(4)
    assert ewma([], half_life=2) == 0


def test_history_series_excludes_the_current_window():
    hourly = {dt.datetime(2021, 5, 20, 14, tzinfo=dt.UTC): 50, dt.datetime(2021, 5, 20, 12, tzinfo=dt.UTC): 2}
    hours = history_series(hourly, NOW, "hour", 1)
    assert (
        len(hours) == 24 and sum(hours) == 2 and hours[-1] == 2
    )  # 14:00 is in the window, 12:00 is the latest history
    days = history_series(hourly, NOW, "day", 3)
    assert len(days) == 3 and sum(days) == 0  # the last 24 hours are the current day window


def test_decide_keeps_one_open_alert_and_closes_calm_ones():
    from monitor.outputs.alerts import Alert

    open_a = Alert("spike", "fraud_claim", None, "hour", NOW, 10, 0.1, "", NOW, id=7)
    again = Alert("spike", "fraud_claim", None, "hour", NOW, 14, 0.1, "", NOW)
    d = decide([again], {again.key}, [open_a])
    assert d.new == [] and d.close == [] and d.raise_count == {7: 14}
    d = decide([], {again.key}, [open_a])
    assert d.close == [7]


# --- spikes --------------------------------------------------------------------------------
def test_burst_after_quiet_history_gives_exactly_one_spike(world, store):
    quiet_history(world)
    world.add(NOW - dt.timedelta(minutes=40), "fraud_claim", n=12, source="fb-page")
    world.add(NOW - dt.timedelta(minutes=30), "participation_deterrence", n=4, source="fb-page")  # under the minimum
    world.add(NOW - dt.timedelta(minutes=20), "none", status="unflagged", n=30, source="news1")  # not distorted
    new = check_alerts(store, AlertSettings(**SPIKES), NOW)
    assert [(a.kind, a.narrative, a.window, a.count) for a in new] == [("spike", "fraud_claim", "hour", 12)]
    assert new[0].id is not None and new[0].baseline < 1
    assert "12 distorted items of fraud_claim" in new[0].why
    assert [a["id"] for a in store.open_alerts()] == [new[0].id]


def test_no_storm_then_close_when_calm_then_alert_again(world, store):
    settings = AlertSettings(**SPIKES)
    quiet_history(world)
    world.add(NOW - dt.timedelta(minutes=40), "fraud_claim", n=8)
    first = check_alerts(store, settings, NOW)
    assert len(first) == 1
    world.add(NOW + dt.timedelta(minutes=5), "fraud_claim", n=6)
    for minutes in (10, 20, 30):  # the burst goes on: the open alert only records its peak
        assert check_alerts(store, settings, NOW + dt.timedelta(minutes=minutes)) == []
    assert len(store.open_alerts()) == 1 and store.open_alerts()[0]["count"] == 14
    later = NOW + dt.timedelta(hours=26)  # out of both windows: calm again
    assert check_alerts(store, settings, later) == []
    assert store.open_alerts() == [] and store.alerts(status="closed")[0]["id"] == first[0].id
    world.add(later - dt.timedelta(minutes=10), "fraud_claim", n=9)
    again = check_alerts(store, settings, later)
    assert [a.narrative for a in again] == ["fraud_claim"]
    assert len(store.alerts()) == 2


def test_sensitivity_and_minimum_are_settings(world, store):
    quiet_history(world)
    world.add(NOW - dt.timedelta(minutes=30), "participation_deterrence", n=4)
    assert (
        check_alerts(store, AlertSettings(min_count_hour=3, **SPIKES), NOW)[0].narrative == "participation_deterrence"
    )
    store2_alerts = check_alerts(store, AlertSettings(min_count_hour=3, **SPIKES), NOW)
    assert store2_alerts == []


def test_busy_narrative_needs_a_bigger_burst(world, store):
    settings = AlertSettings(baseline_days=3, **SPIKES)
    for h in range(3 * 24, 0, -1):  # procedure_false: 4 items every hour, so 10 an hour is a spike
        world.add(NOW - h * H, "procedure_false", n=4, source=f"news{h % 4}")
    world.add(NOW - dt.timedelta(minutes=20), "procedure_false", n=8)  # over the minimum, within its noise
    assert check_alerts(store, settings, NOW) == []
    world.add(NOW - dt.timedelta(minutes=10), "procedure_false", n=4)
    assert [a.narrative for a in check_alerts(store, settings, NOW)] == ["procedure_false"]


def test_warm_up_after_the_first_fetch(world, store):
    world.add(NOW - dt.timedelta(minutes=30), "fraud_claim", n=20)  # first fetch backfilled a burst
    assert check_alerts(store, AlertSettings(**SPIKES), NOW) == []
    assert [a.kind for a in check_alerts(store, AlertSettings(min_history_hours=0, **SPIKES), NOW)] == ["spike"]


def test_cluster_spike_inside_a_busy_narrative(world, store):
    settings = AlertSettings(baseline_days=3, **SPIKES)
    for h in range(3 * 24, 0, -1):  # procedure_false: 10 items every hour
        world.add(NOW - h * H, "procedure_false", n=10, source=f"news{h % 4}")
    world.add(NOW - dt.timedelta(minutes=30), "procedure_false", n=12, cluster_key="c-viral", source="fb")
    new = check_alerts(store, settings, NOW)  # 12 in the hour is within the narrative's noise; the story is not
    assert [(a.kind, a.cluster_key, a.narrative) for a in new] == [("spike", "c-viral", "procedure_false")]
    assert check_alerts(store, settings, NOW) == []


def test_no_cluster_spike_when_the_narrative_spikes(world, store):
    quiet_history(world, days=3)
    world.add(NOW - dt.timedelta(minutes=30), "fraud_claim", n=9, cluster_key="c-viral", source="fb")
    new = check_alerts(store, AlertSettings(**SPIKES), NOW)
    assert [(a.kind, a.cluster_key, a.narrative) for a in new] == [("spike", None, "fraud_claim")]


# --- new clusters --------------------------------------------------------------------------
def test_new_cluster_from_three_sources_within_an_hour(world, store):
    for i, src in enumerate(["a", "b", "c"]):
        world.add(NOW - dt.timedelta(minutes=50 - i * 10), "fraud_claim", source=src, cluster_key="c-1")
    for src in ["a", "b"]:
        world.add(NOW - dt.timedelta(minutes=20), "fraud_claim", source=src, cluster_key="c-2")
    world.add(NOW - dt.timedelta(hours=3), "fraud_claim", source="d", cluster_key="c-3")  # too early for c-3
    world.add(NOW - dt.timedelta(minutes=5), "fraud_claim", source="e", cluster_key="c-3")
    world.add(NOW - dt.timedelta(minutes=5), "fraud_claim", source="f", cluster_key="c-3")
    new = check_alerts(store, AlertSettings(kinds=["new_cluster"]), NOW)
    assert [(a.kind, a.cluster_key, a.count) for a in new] == [("new_cluster", "c-1", 3)]
    assert "3 different sources" in new[0].why
    assert check_alerts(store, AlertSettings(kinds=["new_cluster"]), NOW + dt.timedelta(minutes=5)) == []
    # Calm: it closes; the same cluster is new only once.
    assert check_alerts(store, AlertSettings(kinds=["new_cluster"]), NOW + dt.timedelta(hours=3)) == []
    assert store.open_alerts() == []
    world.add(NOW + dt.timedelta(hours=3), "fraud_claim", source="x", cluster_key="c-1", n=3)
    for src in "ghi":
        world.add(NOW + dt.timedelta(hours=3), "fraud_claim", source=src, cluster_key="c-1")
    assert [
        a.kind
        for a in check_alerts(store, AlertSettings(kinds=["new_cluster"]), NOW + dt.timedelta(hours=3, minutes=1))
        if a.kind == "new_cluster"
    ] == []


# --- response gaps -------------------------------------------------------------------------
def test_response_gap_and_its_answer(world, store):
    store.seed_approved_messages(messages())
    world.add(NOW - dt.timedelta(hours=20), "fraud_claim", n=2)  # unanswered for 20 h
    world.add(NOW - dt.timedelta(hours=20), "procedure_false")  # answered 10 h later
    world.add(
        NOW - dt.timedelta(hours=10),
        "none",
        status="unflagged",
        kind="official",
        source="gov",
        matched="election-date-2021",
    )
    world.add(NOW - dt.timedelta(hours=5), "participation_deterrence")  # too young to alert
    # An official item published BEFORE the first flag does not answer it.
    world.add(
        NOW - dt.timedelta(hours=30), "none", status="unflagged", kind="official", source="gov", matched="no-fraud"
    )
    new = check_alerts(store, AlertSettings(kinds=["response_gap"]), NOW)
    assert [(a.kind, a.narrative, a.count) for a in new] == [("response_gap", "fraud_claim", 2)]
    assert "flagged for 20 hours" in new[0].why
    assert check_alerts(store, AlertSettings(kinds=["response_gap"]), NOW + H) == []  # still open, not repeated
    world.add(NOW + 2 * H, "none", status="unflagged", kind="official", source="gov", matched="no-fraud")
    assert check_alerts(store, AlertSettings(kinds=["response_gap"]), NOW + 3 * H) == []
    assert store.open_alerts() == []


def test_official_item_matched_by_text_answers_the_gap(world, store):
    from monitor.analysis.taxonomy import load_messages, load_taxonomy
    from monitor.config import PROJECT_ROOT

    tax = load_taxonomy(PROJECT_ROOT / "data" / "narratives.yaml")
    store.seed_approved_messages(
        [m.model_dump() for m in load_messages(PROJECT_ROOT / "data" / "approved_messages.yaml", tax)]
    )
    settings = AlertSettings(kinds=["response_gap"])
    world.add(NOW - dt.timedelta(hours=20), "procedure_false")
    world.add(
        NOW - dt.timedelta(hours=10),
        "none",
        status="unflagged",
        kind="official",
        source="gov",
        title="Thời tiết",
        text="Thời tiết Hà Nội hôm nay nắng nóng, nhiệt độ cao nhất 38 độ",
    )
    assert [a.narrative for a in check_alerts(store, settings, NOW)] == ["procedure_false"]
    # The classifier matches flagged items only; the matcher finds what an official item answers.
    world.add(
        NOW + H,
        "none",
        status="unflagged",
        kind="official",
        source="gov",
        title="Thông báo",
        text="Ủy ban bầu cử tỉnh thông báo: ngày bầu cử vẫn là Chủ nhật 23/5/2021, không thay đổi.",
    )
    assert check_alerts(store, settings, NOW + 2 * H) == [] and store.open_alerts() == []


# --- storage verbs and the collector hook --------------------------------------------------
def test_acknowledge_is_audited_and_idempotent(world, store):
    quiet_history(world, days=2)
    world.add(NOW - dt.timedelta(minutes=10), "fraud_claim", n=10)
    alert = check_alerts(store, AlertSettings(**SPIKES), NOW)[0]
    assert store.open_alerts(unacknowledged_only=True)[0]["id"] == alert.id
    assert store.acknowledge_alert(alert.id, "manager1") is True
    assert store.acknowledge_alert(alert.id, "manager2") is False
    row = store.get_alert(alert.id)
    assert row["acknowledged_by"] == "manager1" and row["status"] == "open"
    assert store.open_alerts(unacknowledged_only=True) == []
    assert [e["target"] for e in store.audit_entries(action_prefix="alert.ack")] == [f"alert:{alert.id}"]
    with pytest.raises(AlertError, match="no alert #999"):
        store.acknowledge_alert(999, "manager1")


def test_after_collect_never_raises(world, store, caplog):
    class Broken:
        def open_alerts(self):
            raise RuntimeError("database went away")

        def audit(self, *args, **kwargs):
            store.audit(*args, **kwargs)

    assert after_collect(None, Broken(), NOW) == []
    failed = store.audit_entries(action_prefix="alerts.failed")
    assert failed and "database went away" in failed[0]["detail"]["error"]
    quiet_history(world, days=2)
    world.add(NOW - dt.timedelta(minutes=10), "fraud_claim", n=10)
    new = after_collect(None, store, NOW)  # default settings: every kind
    assert [(a.kind, a.narrative) for a in new if a.kind == "spike"] == [("spike", "fraud_claim")]


def test_naive_now_is_refused(store):
    with pytest.raises(ValueError):
        check_alerts(store, AlertSettings(), dt.datetime(2021, 5, 20))


def test_saved_view_threshold_alerts_once_and_closes(world, store):
    """'Tell me when more than N new items match in an hour': one alert while above, none below."""
    store.save_view(
        "Gian lận FB",
        "manager",
        "queue",
        {"narratives": ["fraud_claim"], "sources": ["fb-page"]},
        alert_threshold=5,
        alert_window="hour",
    )
    store.save_view("No alert", "manager", "queue", {"narratives": ["fraud_claim"]})
    views = {"kinds": ["view"]}
    world.add(NOW - dt.timedelta(minutes=30), "fraud_claim", n=5, source="fb-page")
    world.add(NOW - dt.timedelta(minutes=30), "fraud_claim", n=9, source="news1")  # outside the view's sources
    assert check_alerts(store, AlertSettings(**views), NOW) == []  # 5 is not more than 5
    world.add(NOW - dt.timedelta(minutes=10), "fraud_claim", n=2, source="fb-page")
    new = check_alerts(store, AlertSettings(**views), NOW)
    assert [(a.kind, a.count, a.window) for a in new] == [("view", 7, "hour")]
    assert "Gian lận FB" in new[0].why and "more than 5" in new[0].why
    assert check_alerts(store, AlertSettings(**views), NOW + dt.timedelta(minutes=5)) == []  # no storm
    check_alerts(store, AlertSettings(**views), NOW + dt.timedelta(hours=2))  # the hour has passed: calm
    assert store.open_alerts() == []
