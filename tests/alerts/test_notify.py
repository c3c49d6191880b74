"""Webhook and SMTP delivery to real local servers on 127.0.0.1; failures retried and recorded."""

from __future__ import annotations

import json
import shutil
import socket
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from monitor.config import AlertSettings
from monitor.outputs.alerts import Alert
from monitor.outputs.notify import deliver, mask_url, notify_alerts, read_secrets_file, secret
from tests.alerts.world import NOW

TOKEN = "T000/B000/s3cr3t-token"


def _alert(i: int = 1) -> Alert:
    return Alert(
        "spike",
        "fraud_claim",
        None,
        "hour",
        NOW,
        12,
        0.1,
        "12 distorted items of fraud_claim in the last hour",
        NOW,
        id=i,
        facts={"threshold": 3},
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Receiver:
    """A webhook receiver: answers the queued status codes in order, then 200."""

    def __init__(self, statuses: list[int] | None = None):
        self.posts: list[dict] = []
        self.statuses = list(statuses or [])
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.posts.append({"path": self.path, "json": json.loads(body), "type": self.headers["Content-Type"]})
                code = outer.statuses.pop(0) if outer.statuses else 200
                self.send_response(code)
                self.end_headers()
                self.wfile.write(b"ok" if code == 200 else b"busy")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks/{TOKEN}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


FAST = {"notify_backoff_seconds": 0.01, "notify_timeout_seconds": 2, "kinds": ["spike"]}


def test_webhook_delivery(store, monkeypatch):
    from monitor.analysis.taxonomy import load_taxonomy
    from monitor.config import PROJECT_ROOT

    store.sync_narratives([n.model_dump() for n in load_taxonomy(PROJECT_ROOT / "data" / "narratives.yaml").narratives])
    with Receiver() as rx:
        monkeypatch.setenv("MONITOR_ALERT_WEBHOOK_URL", rx.url)
        out = notify_alerts(store, AlertSettings(**FAST), [_alert(1), _alert(2)])
    assert [(d.channel, d.ok, d.attempts) for d in out] == [("webhook", True, 1)]
    assert len(rx.posts) == 1  # one message for the batch
    post = rx.posts[0]
    assert post["type"] == "application/json" and post["path"] == f"/hooks/{TOKEN}"
    assert post["json"]["alerts"][0]["count"] == 12
    # the Vietnamese detail, written from the alert's facts with the narrative's Vietnamese name
    name = {n["key"]: n["name_vi"] for n in store.list_narratives()}["fraud_claim"]
    detail = f"12 tin sai lệch thuộc «{name}» trong 1 giờ qua; mức thường là 0,1 tin mỗi giờ (cảnh báo từ 3)."
    assert post["json"]["alerts"][0]["detail"] == detail and f"\n  {detail}" in post["json"]["text"]
    assert [a["id"] for a in post["json"]["alerts"]] == [1, 2]
    rec = store.notifications()
    assert [(r["action"], r["target"], r["detail"]["channel"]) for r in rec] == [("notify.ok", "alerts:1,2", "webhook")]
    assert TOKEN not in json.dumps(rec, default=str)  # the URL's secret never reaches the record


def test_webhook_retried_with_backoff_then_delivered(store, monkeypatch):
    waits = []
    with Receiver(statuses=[503, 500]) as rx:
        monkeypatch.setenv("MONITOR_ALERT_WEBHOOK_URL", rx.url)
        out = notify_alerts(store, AlertSettings(**FAST, notify_attempts=4), [_alert()], sleep=waits.append)
    assert [(d.ok, d.attempts) for d in out] == [(True, 3)]
    assert waits == [0.01, 0.02] and len(rx.posts) == 3


def test_down_receiver_is_retried_and_recorded(store, monkeypatch, caplog):
    url = f"http://127.0.0.1:{free_port()}/hooks/{TOKEN}"  # nothing listens there
    monkeypatch.setenv("MONITOR_ALERT_WEBHOOK_URL", url)
    waits = []
    out = notify_alerts(store, AlertSettings(**FAST, notify_attempts=3), [_alert()], sleep=waits.append)
    assert [(d.ok, d.attempts) for d in out] == [(False, 3)]
    assert waits == [0.01, 0.02]
    rec = store.notifications()[0]
    assert rec["action"] == "notify.failed" and rec["detail"]["attempts"] == 3 and rec["detail"]["error"]
    assert TOKEN not in json.dumps(rec, default=str) and TOKEN not in caplog.text


def test_client_error_is_not_retried(store, monkeypatch):
    with Receiver(statuses=[404]) as rx:
        monkeypatch.setenv("MONITOR_ALERT_WEBHOOK_URL", rx.url)
        out = notify_alerts(store, AlertSettings(**FAST), [_alert()], sleep=lambda s: None)
    assert [(d.ok, d.attempts) for d in out] == [(False, 1)] and len(rx.posts) == 1


def test_secrets_file_outside_the_project(tmp_path, monkeypatch):
    monkeypatch.delenv("MONITOR_ALERT_WEBHOOK_URL", raising=False)
    f = tmp_path / "secrets.env"
    f.write_text(
        "# secrets\nexport MONITOR_ALERT_WEBHOOK_URL='https://hooks.example.com/x/y'\nMONITOR_SMTP_PASSWORD=pw\n"
    )
    settings = AlertSettings(secrets_file=str(f))
    assert secret("MONITOR_ALERT_WEBHOOK_URL", settings) == "https://hooks.example.com/x/y"
    assert mask_url("https://hooks.example.com/x/y") == "https://hooks.example.com/…"
    from monitor.outputs.notify import PROJECT_ROOT, NotifyError

    with pytest.raises(NotifyError, match="inside the project folder"):
        read_secrets_file(PROJECT_ROOT / "secrets.env")


def test_nothing_configured_sends_nothing(store, monkeypatch):
    monkeypatch.delenv("MONITOR_ALERT_WEBHOOK_URL", raising=False)
    assert notify_alerts(store, AlertSettings(), [_alert()]) == []


# --- SMTP ----------------------------------------------------------------------------------
class Mailbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


def _authenticator(user: str, password: str):
    from aiosmtpd.smtp import AuthResult

    def check(server, session, envelope, mechanism, auth_data):
        ok = auth_data.login.decode() == user and auth_data.password.decode() == password
        # handled=False or a refused client waits forever for the server's answer
        return AuthResult(success=ok, handled=False)

    return check


def _self_signed(tmp_path):
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
def smtp_server(tmp_path):
    from aiosmtpd.controller import Controller

    cert, key = _self_signed(tmp_path)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    box = Mailbox()
    port = free_port()
    controller = Controller(
        box,
        hostname="127.0.0.1",
        port=port,
        tls_context=ctx,
        require_starttls=True,
        authenticator=_authenticator("monitor", "s3cret-pw"),
        auth_require_tls=True,
    )
    controller.start()
    yield box, port, cert
    controller.stop()


def _smtp_settings(port, cert, **kw) -> AlertSettings:
    return AlertSettings(
        **FAST,
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="starttls",
        smtp_ca_file=str(cert),
        smtp_username="monitor",
        mail_from="monitor@example.org",
        mail_to=["manager@example.org"],
        **kw,
    )


def test_email_with_starttls_and_login(store, smtp_server, monkeypatch):
    box, port, cert = smtp_server
    monkeypatch.delenv("MONITOR_ALERT_WEBHOOK_URL", raising=False)
    monkeypatch.setenv("MONITOR_SMTP_PASSWORD", "s3cret-pw")
    a = _alert()
    a.narrative = "gian_lận"  # non-ASCII in the subject and body
    out = notify_alerts(store, _smtp_settings(port, cert), [a])
    assert [(d.channel, d.ok) for d in out] == [("email", True)], out
    assert len(box.messages) == 1
    env = box.messages[0]
    assert env.rcpt_tos == ["manager@example.org"]
    import email

    msg = email.message_from_bytes(env.original_content, policy=email.policy.default)
    assert "gian_lận" in str(msg["Subject"]) and "12 distorted items" in msg.get_content()
    assert store.notifications()[0]["action"] == "notify.ok"


def test_email_wrong_password_is_recorded_not_retried(store, smtp_server, monkeypatch):
    box, port, cert = smtp_server
    monkeypatch.delenv("MONITOR_ALERT_WEBHOOK_URL", raising=False)
    monkeypatch.setenv("MONITOR_SMTP_PASSWORD", "wrong-pw")
    out = notify_alerts(store, _smtp_settings(port, cert), [_alert()], sleep=lambda s: None)
    assert [(d.ok, d.attempts) for d in out] == [(False, 1)] and box.messages == []
    rec = store.notifications()[0]
    assert rec["action"] == "notify.failed" and "login refused" in rec["detail"]["error"]
    assert "wrong-pw" not in json.dumps(rec, default=str)


def test_email_to_a_down_server_is_retried(store, monkeypatch):
    monkeypatch.delenv("MONITOR_ALERT_WEBHOOK_URL", raising=False)
    settings = AlertSettings(
        **FAST, smtp_host="127.0.0.1", smtp_port=free_port(), smtp_security="none", mail_to=["m@example.org"]
    )
    out = deliver(store, settings, "alerts:1", subject="s", text="t", sleep=lambda s: None)
    assert [(d.channel, d.ok, d.attempts) for d in out] == [("email", False, 3)]


def test_notification_detail_uses_the_offices_zone(store, monkeypatch):
    """A response-gap detail printed its time in Hà Nội whatever the `time_zone` setting said."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from monitor.outputs.alerts import response_gap_alert

    gap = response_gap_alert("fraud_claim", dt.datetime(2021, 5, 19, 18, tzinfo=dt.UTC), 4, None, NOW, 12)
    gap.id = 9
    with Receiver() as rx:
        monkeypatch.setenv("MONITOR_ALERT_WEBHOOK_URL", rx.url)
        notify_alerts(store, AlertSettings(**FAST), [gap], tz=ZoneInfo("Europe/Berlin"))
    detail = rx.posts[0]["json"]["alerts"][0]["detail"]
    assert "2021-05-19 20:00 UTC+02:00" in detail  # 18:00 UTC is 20:00 in Berlin, the offset named
    assert "since 2021-05-19 20:00 UTC+02:00" in rx.posts[0]["json"]["text"]  # the detector's line too


def test_webhook_text_cannot_ping_the_channel_or_draw_links(store, monkeypatch):
    """A shared view's name is written by a user: in the webhook's text, Slack and Mattermost read
    `<!everyone>`, `@channel` and `<url|label>` as a ping or a link."""
    from monitor.outputs.alerts import view_alert

    view = {
        "id": 3,
        "name": "Tin <!everyone> @channel <https://evil.example|bấm> & @here",
        "owner": "lan",
        "shared": True,
        "alert_threshold": 1,
        "alert_window": "day",
    }
    alert = view_alert(view, 4, NOW)
    alert.id = store.save_alert(alert)
    with Receiver() as rx:
        monkeypatch.setenv("MONITOR_ALERT_WEBHOOK_URL", rx.url)
        notify_alerts(store, AlertSettings(**FAST), [alert])
    text = rx.posts[0]["json"]["text"]
    assert "<" not in text and ">" not in text and "&lt;!everyone&gt;" in text and "&amp;" in text
    assert "@channel" not in text and "@here" not in text and "@\u200bchannel" in text


def test_a_webhook_that_drips_its_answer_fails_at_the_attempts_deadline(store, monkeypatch):
    """httpx's timeout applies to each read: a receiver answering a byte every half second held
    one attempt (and the collector behind it) for as long as it liked."""
    import time

    class Drip(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Length", "40")
            self.end_headers()
            for _ in range(40):
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.5)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Drip)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("MONITOR_ALERT_WEBHOOK_URL", f"http://127.0.0.1:{server.server_port}/hook")
        settings = AlertSettings(**{**FAST, "notify_timeout_seconds": 1, "notify_attempts": 2})
        out = notify_alerts(store, settings, [_alert(1)])
    finally:
        server.shutdown()
        server.server_close()
    # the deadline ended each attempt (before: the answer was read to its end, about 20 s, and "sent")
    assert [(d.ok, d.attempts) for d in out] == [(False, 2)] and "within 1 s" in out[0].error
