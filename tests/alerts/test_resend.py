"""A failed alert notification is not lost: it is sent again while its alerts are open (for a
day, a few times at most), every attempt of one notification on one channel carries the same
delivery id so a receiver can drop a repeat, and `alerts check` exits 1 when a delivery failed."""

from __future__ import annotations

import datetime as dt
import email

from click.testing import CliRunner

from monitor.config import AlertSettings
from monitor.outputs.alerts import Alert
from monitor.outputs.notify import RESEND_MAX, delivery_id, notify_alerts, resend_failed
from tests.alerts.test_notify import FAST, Receiver, free_port
from tests.alerts.world import NOW


def _saved(store, i: int = 1, created: dt.datetime = NOW) -> Alert:
    a = Alert(
        "spike",
        "fraud_claim",
        None,
        "hour",
        created,
        10 + i,
        0.1,
        f"{10 + i} distorted items",
        created,
        facts={"threshold": 3},
    )
    a.id = store.save_alert(a)
    return a


def _fail_once(store, monkeypatch, alerts) -> str:
    """Notify `alerts` to a webhook nobody listens on; returns the notification's target."""
    monkeypatch.setenv("MONITOR_ALERT_WEBHOOK_URL", f"http://127.0.0.1:{free_port()}/hook")
    (d,) = notify_alerts(store, AlertSettings(**FAST, notify_attempts=1), alerts, sleep=lambda s: None)
    assert not d.ok
    return "alerts:" + ",".join(str(a.id) for a in alerts)


def _backdate(store, minutes: float) -> None:
    """Move every recorded notification ``minutes`` into the past (time passing between runs)."""
    import sqlalchemy as sa

    from monitor.storage.schema import audit_log

    with store.tx() as conn:
        rows = conn.execute(sa.select(audit_log.c.id, audit_log.c.at).where(audit_log.c.action.like("notify.%")))
        for i, at in rows.all():
            conn.execute(audit_log.update().where(audit_log.c.id == i).values(at=at - dt.timedelta(minutes=minutes)))


def _now(minutes: float = 0) -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(minutes=minutes)


def test_a_failed_notification_is_sent_again_once_with_the_same_delivery_id(store, monkeypatch):
    a, b = _saved(store, 1), _saved(store, 2)
    target = _fail_once(store, monkeypatch, [a, b])
    with Receiver(statuses=[500]) as rx:
        monkeypatch.setenv("MONITOR_ALERT_WEBHOOK_URL", rx.url)
        settings = AlertSettings(**FAST, notify_attempts=2)
        assert resend_failed(store, settings, _now(5), sleep=lambda s: None) == []  # too soon after the failure
        out = resend_failed(store, settings, _now(31), sleep=lambda s: None)
        assert [(d.channel, d.ok, d.attempts, d.target) for d in out] == [("webhook", True, 2, target)]
        assert len(rx.posts) == 2  # the retry inside the re-send
        ids = {p["json"]["delivery_id"] for p in rx.posts}
        assert ids == {delivery_id(target, "webhook")}
        assert [x["id"] for x in rx.posts[-1]["json"]["alerts"]] == [a.id, b.id]
        # delivered: nothing more to send
        assert resend_failed(store, settings, _now(62), sleep=lambda s: None) == []
        assert len(rx.posts) == 2
    actions = [(r["action"], r["target"]) for r in store.notifications()]
    assert actions == [("notify.ok", target), ("notify.failed", target)]
    assert store.notifications()[0]["detail"]["delivery_id"] == delivery_id(target, "webhook")


def test_closed_old_and_given_up_notifications_are_not_sent_again(store, monkeypatch):
    closed = _saved(store, 1)
    _fail_once(store, monkeypatch, [closed])
    store.close_alert(closed.id)
    old = _saved(store, 2)
    _fail_once(store, monkeypatch, [old])
    settings = AlertSettings(**FAST, notify_attempts=1)
    with Receiver() as rx:
        monkeypatch.setenv("MONITOR_ALERT_WEBHOOK_URL", rx.url)
        # a day after the failures: too late to be news
        assert resend_failed(store, settings, _now(25 * 60), sleep=lambda s: None) == []
        assert rx.posts == []
    store.close_alert(old.id)
    tired = _saved(store, 3)
    target = _fail_once(store, monkeypatch, [tired])
    for k in range(1, RESEND_MAX + 1):
        (d,) = resend_failed(store, settings, _now(31 * k), sleep=lambda s: None)
        assert not d.ok  # (each try is recorded at the real time; "now" moves on 31 minutes a round)
    assert resend_failed(store, settings, _now(31 * (RESEND_MAX + 1)), sleep=lambda s: None) == []
    failed = [r for r in store.notifications(limit=500) if r["target"] == target]
    assert len(failed) == 1 + RESEND_MAX


def test_the_day_counts_from_the_first_failure(store, monkeypatch):
    a = _saved(store, 1)
    _fail_once(store, monkeypatch, [a])
    settings = AlertSettings(**FAST, notify_attempts=1)
    _backdate(store, 23 * 60)  # failed 23 hours ago
    (d,) = resend_failed(store, settings, _now(), sleep=lambda s: None)  # re-sent, failed again just now
    assert not d.ok
    _backdate(store, 2 * 60)  # two hours later: the last try is recent, the first is 25 hours old
    assert resend_failed(store, settings, _now(), sleep=lambda s: None) == []


def test_an_email_carries_the_delivery_id_in_its_message_id(store, smtp_server, monkeypatch):
    from tests.alerts.test_notify import _smtp_settings

    box, port, cert = smtp_server
    monkeypatch.delenv("MONITOR_ALERT_WEBHOOK_URL", raising=False)
    monkeypatch.setenv("MONITOR_SMTP_PASSWORD", "s3cret-pw")
    a = _saved(store, 1)
    (d,) = notify_alerts(store, _smtp_settings(port, cert), [a], sleep=lambda s: None)
    assert d.ok, d.error
    (d,) = notify_alerts(store, _smtp_settings(port, cert), [_saved(store, 2)], sleep=lambda s: None)
    first, second = (email.message_from_bytes(m.original_content)["Message-ID"] for m in box.messages[-2:])
    assert first.startswith("<" + delivery_id(f"alerts:{a.id}", "email") + ".") and first.endswith("@example.org>")
    assert first != second


def test_alerts_check_exits_1_when_a_delivery_failed_and_resends_later(tmp_path, store, monkeypatch):
    import pytest

    if store.dialect != "sqlite":
        pytest.skip("the CLI test uses its own SQLite file")
    from monitor.__main__ import main

    a = _saved(store, 1, created=dt.datetime.now(dt.UTC))
    cfg = tmp_path / "feeds.yaml"
    # (only clusters are checked: the stored spike is not evaluated again, so it stays open)
    cfg.write_text(
        "settings:\n  ui_language: en\nalerts:\n  notify_attempts: 1\n  kinds: [new_cluster]\nfeeds: []\n",
        encoding="utf-8",
    )
    args = ["alerts", "check", "--config", str(cfg), "--db", store.url]
    _fail_once(store, monkeypatch, [a])
    _backdate(store, 31)
    res = CliRunner().invoke(main, args)  # the webhook is still down
    assert res.exit_code == 1, res.output
    assert f"alerts:{a.id} (sent again): webhook" in res.output and "FAILED" in res.output
    with Receiver() as rx:
        monkeypatch.setenv("MONITOR_ALERT_WEBHOOK_URL", rx.url)
        assert CliRunner().invoke(main, args).exit_code == 0 and rx.posts == []  # too soon: next run
        _backdate(store, 31)
        res = CliRunner().invoke(main, args)
        assert res.exit_code == 0, res.output
        assert f"alerts:{a.id} (sent again): webhook" in res.output and "sent" in res.output
        assert [x["id"] for x in rx.posts[0]["json"]["alerts"]] == [a.id]
    assert store.notifications()[0]["detail"]["delivery_id"] == delivery_id(f"alerts:{a.id}", "webhook")


def test_alerts_test_sends_one_test_message_per_channel(tmp_path, store, monkeypatch):
    import pytest

    if store.dialect != "sqlite":
        pytest.skip("the CLI test uses its own SQLite file")
    from monitor.__main__ import main

    cfg = tmp_path / "feeds.yaml"
    cfg.write_text("settings:\n  ui_language: en\nalerts:\n  notify_attempts: 1\nfeeds: []\n", encoding="utf-8")
    args = ["alerts", "test", "--config", str(cfg), "--db", store.url]
    monkeypatch.delenv("MONITOR_ALERT_WEBHOOK_URL", raising=False)
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 2 and "error: no alert channel configured: set MONITOR_ALERT_WEBHOOK_URL" in res.output
    assert len(res.output.strip().splitlines()) == 1
    with Receiver() as rx:
        monkeypatch.setenv("MONITOR_ALERT_WEBHOOK_URL", rx.url)
        res = CliRunner().invoke(main, args)
        assert res.exit_code == 0, res.output
        assert "webhook → http://127.0.0.1" in res.output and "sent" in res.output
        assert len(rx.posts) == 1 and "Thông báo thử" in rx.posts[0]["json"]["text"]
    monkeypatch.setenv("MONITOR_ALERT_WEBHOOK_URL", f"http://127.0.0.1:{free_port()}/hook")
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 1 and "FAILED" in res.output, res.output
    assert [r["action"] for r in store.notifications()] == ["notify.failed", "notify.ok"]
    # a test message is never sent again
    assert resend_failed(store, AlertSettings(**FAST), dt.datetime.now(dt.UTC)) == []
