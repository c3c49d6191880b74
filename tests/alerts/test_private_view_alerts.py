"""A private saved view's alert (its name, owner and counts) is its owner's: other officers and
managers did see it through /api/alerts and the Trends panel, and it went to the office-wide
webhook, e-mail and digest."""

from __future__ import annotations

import datetime as dt

import httpx

from monitor.config import AlertSettings
from monitor.interfaces.api import create_app
from monitor.outputs.alerts import seen_by, view_alert
from monitor.outputs.notify import notify_alerts
from tests.alerts.test_notify import FAST, Receiver
from tests.api.conftest import add_role_tokens, live_server

NOW = dt.datetime(2021, 5, 20, 8, tzinfo=dt.UTC)


def _view(vid: int, owner: str, shared: bool) -> dict:
    name = f"Bộ lọc {'chung' if shared else 'riêng'} của {owner}"
    return {"id": vid, "name": name, "owner": owner, "shared": shared, "alert_threshold": 2, "alert_window": "day"}


def test_seen_by():
    private, shared = view_alert(_view(1, "lan", False), 5, NOW), view_alert(_view(2, "lan", True), 5, NOW)
    assert seen_by(private, "lan", "officer") and seen_by(private, "boss", "admin")
    assert not seen_by(private, "hoa", "manager") and not seen_by(private, None, None)
    assert seen_by(shared, "hoa", "manager") and seen_by(shared, None, None)
    old = {"kind": "view", "facts": None, "why": "Saved view 'x' (lan): 5 new matching items"}
    assert not seen_by(old, "hoa", "manager") and seen_by(old, "boss", "admin")  # stored before `shared`
    assert seen_by({"kind": "spike", "facts": {}}, None, None)


def test_the_api_shows_a_private_views_alert_to_its_owner_and_admins_only(store):
    tokens = add_role_tokens(store)  # users u_officer, u_manager, u_trainer, u_admin
    private = store.save_alert(view_alert(_view(1, "u_officer", False), 5, NOW))
    shared = store.save_alert(view_alert(_view(2, "u_officer", True), 5, NOW))
    with live_server(create_app(store)) as url, httpx.Client(base_url=url) as client:

        def ids(role: str) -> set[int]:
            r = client.get("/api/alerts", headers={"Authorization": f"Bearer {tokens[role]}"})
            assert r.status_code == 200, r.text
            return {a["id"] for a in r.json()}

        assert ids("officer") == {private, shared}  # the owner
        assert ids("admin") == {private, shared}
        assert ids("manager") == {shared}  # before: both, with the private view's name and owner


def test_office_wide_channels_never_carry_a_private_views_alert(store, monkeypatch):
    private = view_alert(_view(1, "lan", False), 5, NOW)
    shared = view_alert(_view(2, "lan", True), 5, NOW)
    private.id, shared.id = store.save_alert(private), store.save_alert(shared)
    with Receiver() as rx:
        monkeypatch.setenv("MONITOR_ALERT_WEBHOOK_URL", rx.url)
        notify_alerts(store, AlertSettings(**FAST), [private, shared])
        assert notify_alerts(store, AlertSettings(**FAST), [private]) == []  # nothing to send
    assert len(rx.posts) == 1
    assert [a["id"] for a in rx.posts[0]["json"]["alerts"]] == [shared.id]
    assert "riêng" not in rx.posts[0]["json"]["text"]
