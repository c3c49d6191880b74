"""Notifiers: a JSON webhook (Slack/Mattermost style) and e-mail over SMTP.

Secrets (the webhook URL, the SMTP password) come from environment variables or a KEY=VALUE
secrets file outside the project folder, and are masked wherever they could be printed or
logged: error messages from httpx and smtplib quote URLs and server replies.

Each delivery is retried with exponential backoff a bounded number of times, then recorded in
the audit log as `notify.ok` or `notify.failed` (channel, attempts, masked destination, error).
Nothing here raises into the caller: a notification is never worth losing a collection.

Every attempt of one notification on one channel carries the same delivery id (the webhook
payload's `delivery_id`; the e-mail's Message-ID starts with it, then a digest of the content, so
a re-send whose alerts changed is another message to the mail service), so a receiver can drop a
repeat. An alert
notification that failed on a channel is sent again by `resend_failed` (after collections and by
`alerts check`) while its alerts are open: at most `RESEND_MAX` times, `RESEND_EVERY` apart, within
`RESEND_WITHIN` of its first failure.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import smtplib
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from monitor.config import PROJECT_ROOT, AlertSettings, Config
from monitor.errors import AlertError
from monitor.outputs import alert_text
from monitor.outputs.alerts import Alert, check_alerts, describe, seen_by, settings_for

log = logging.getLogger(__name__)


RESEND_WITHIN = dt.timedelta(hours=24)  # a day after its first failure an alert notification is no longer news
RESEND_MAX = 5  # re-sends of one failed notification on one channel
RESEND_EVERY = dt.timedelta(minutes=30)  # the least time between two tries (collections run every few minutes)


class NotifyError(AlertError):
    """A notification could not be delivered (after its retries), or is not configured."""


class _Permanent(Exception):
    """A failure that retrying cannot fix (HTTP 4xx, bad login)."""


# --- secrets -------------------------------------------------------------------------------
def read_secrets_file(path: str | Path, project_root: Path = PROJECT_ROOT) -> dict[str, str]:
    """KEY=VALUE lines (# comments, optional quotes). Refuses a file inside the project folder,
    where it could end up in a commit."""
    p = Path(path).expanduser().resolve()
    if p == project_root or project_root in p.parents:
        raise NotifyError(
            f"secrets file {p} is inside the project folder; keep it outside (e.g. /etc/monitor/secrets.env)"
        )
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise NotifyError(f"secrets file {p}: cannot read ({exc.strerror})") from None
    out = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        k, v = line.split("=", 1)
        out[k.strip().removeprefix("export ").strip()] = v.strip().strip("'\"")
    return out


def secret(name: str, settings: AlertSettings) -> str | None:
    """The value of a secret: the environment first, then the secrets file."""
    value = os.environ.get(name)
    if value:
        return value
    if settings.secrets_file:
        return read_secrets_file(settings.secrets_file).get(name) or None
    return None


def mask(value: str | None) -> str:
    """A secret as it may appear in logs: nothing of it."""
    return "****" if value else ""


def mask_url(url: str | None) -> str:
    """'https://hooks.example.com/…' — scheme and host only; the path holds the token."""
    if not url:
        return ""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}/…"


def scrub(text: str, *secrets: str | None) -> str:
    """Remove every secret from a message (error texts quote URLs and server replies)."""
    for s in secrets:
        if s:
            text = text.replace(s, mask_url(s) if "://" in s else mask(s))
    return text


# --- retries -------------------------------------------------------------------------------
@dataclass
class Delivery:
    channel: str
    ok: bool
    attempts: int
    destination: str
    error: str | None = None
    target: str = ""  # what was notified ("alerts:12,13", "digest:2021-05-23")


def with_retries(
    send: Callable[[], None], attempts: int, backoff: float, sleep: Callable[[float], None] = time.sleep
) -> tuple[bool, int, str | None]:
    """Call send until it works, at most `attempts` times, waiting backoff, 2×backoff, …"""
    error = None
    for attempt in range(1, attempts + 1):
        try:
            send()
            return True, attempt, None
        except _Permanent as exc:
            return False, attempt, str(exc)
        except Exception as exc:  # noqa: BLE001 — any transport failure is retried, then recorded
            error = f"{type(exc).__name__}: {exc}"
            if attempt < attempts:
                sleep(backoff * 2 ** (attempt - 1))
    return False, attempts, error


def within(send: Callable[[], None], seconds: float) -> Callable[[], None]:
    """`send` with a deadline for the whole attempt. httpx's and smtplib's timeouts apply to each
    read, so a server that drips its answer a byte at a time held one attempt (and the collector
    that raised the alert) for minutes. An attempt past its deadline counts as failed; its thread
    is left to finish on its own."""

    def attempt() -> None:
        done, failure = threading.Event(), []

        def run() -> None:
            try:
                send()
            except BaseException as exc:  # noqa: BLE001 — handed to the caller below
                failure.append(exc)
            finally:
                done.set()

        threading.Thread(target=run, name="notify-attempt", daemon=True).start()
        if not done.wait(seconds):
            raise TimeoutError(f"no complete answer within {seconds:g} s")
        if failure:
            raise failure[0]

    return attempt


# --- channels ------------------------------------------------------------------------------
def post_webhook(url: str, payload: dict, timeout: float) -> None:
    """POST JSON; 2xx is success, 4xx (except 408/429) is permanent, the rest is retried."""
    with httpx.Client(timeout=timeout, follow_redirects=False) as client:
        r = client.post(url, json=payload)
    if 200 <= r.status_code < 300:
        return
    msg = f"HTTP {r.status_code}: {r.text[:200]}"
    if 400 <= r.status_code < 500 and r.status_code not in (408, 429):
        raise _Permanent(msg)
    raise RuntimeError(msg)


def send_email(
    settings: AlertSettings,
    password: str | None,
    subject: str,
    text: str,
    html: str | None = None,
    attachments: list[tuple[str, bytes, str]] | None = None,
    message_id: str | None = None,
) -> None:
    """Send one message to settings.mail_to (STARTTLS/SSL and login as configured);
    `message_id`: the delivery id, as the Message-ID header."""
    msg = EmailMessage()
    if message_id:
        # the delivery id and the content: the same in every attempt of one message, but a reset
        # database's "alerts:1", or the same day's digest in another language, is another message
        # (mail services drop a Message-ID they have seen)
        domain = parseaddr(settings.mail_from)[1].rpartition("@")[2] or "localhost"
        digest = hashlib.sha256("\n".join([subject, text, html or ""]).encode("utf-8")).hexdigest()[:16]
        msg["Message-ID"] = f"<{message_id}.{digest}@{domain}>"
    msg["Subject"] = subject
    msg["From"] = settings.mail_from
    msg["To"] = ", ".join(settings.mail_to)
    msg.set_content(text)
    if html:
        msg.add_alternative(html, subtype="html")
    for name, data, mime in attachments or []:
        maintype, subtype = mime.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    context = ssl.create_default_context(cafile=settings.smtp_ca_file) if settings.smtp_security != "none" else None
    timeout = settings.notify_timeout_seconds
    if settings.smtp_security == "ssl":
        smtp = smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port, timeout=timeout, context=context)
    else:
        smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=timeout)
    with smtp:
        smtp.ehlo()
        if settings.smtp_security == "starttls":
            smtp.starttls(context=context)
            smtp.ehlo()
        if settings.smtp_username:
            try:
                smtp.login(settings.smtp_username, password or "")
            except smtplib.SMTPAuthenticationError as exc:
                raise _Permanent(f"SMTP login refused for {settings.smtp_username}: {exc.smtp_code}") from None
        smtp.send_message(msg)


def delivery_id(target: str, channel: str) -> str:
    """The id of one notification on one channel ("monitor-alerts-12-13-webhook"): the same in
    every attempt and every re-send."""
    return "monitor-" + re.sub(r"[^A-Za-z0-9.-]+", "-", f"{target}-{channel}")


def channels(settings: AlertSettings) -> list[str]:
    """The configured channels: webhook when its URL is set, email when host and recipients are."""
    out = []
    try:
        if secret(settings.webhook_url_env, settings):
            out.append("webhook")
    except NotifyError as exc:
        log.warning("%s", exc)
    if settings.smtp_host and settings.mail_to:
        out.append("email")
    return out


_MENTIONS = re.compile(r"@(channel|here|all|everyone)\b", re.IGNORECASE)


def chat_safe(text: str) -> str:
    """The webhook's `text` as Slack and Mattermost read it: `& < >` escaped (`<!everyone>` or
    `<url|label>` in a view's name would ping the channel or draw a link) and `@channel`,
    `@here`, `@all` broken with a zero-width space so that they notify nobody."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MENTIONS.sub(lambda m: "@\u200b" + m.group(1), text)


def deliver(
    store,
    settings: AlertSettings,
    target: str,
    *,
    text: str,
    subject: str,
    fields: dict | None = None,
    html: str | None = None,
    attachments: list[tuple[str, bytes, str]] | None = None,
    only: list[str] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> list[Delivery]:
    """Send one notification on every configured channel (or `only` those), record each outcome."""
    out: list[Delivery] = []
    for channel in only or channels(settings):
        url = password = None
        did = delivery_id(target, channel)
        try:
            if channel == "webhook":
                url = secret(settings.webhook_url_env, settings)
                if not url:
                    raise NotifyError(f"no webhook URL: set {settings.webhook_url_env}")
                destination = mask_url(url)
                payload = {"text": chat_safe(text), **(fields or {}), "delivery_id": did}

                def send(url=url, payload=payload) -> None:
                    post_webhook(url, payload, settings.notify_timeout_seconds)
            else:
                if not (settings.smtp_host and settings.mail_to):
                    raise NotifyError("no e-mail configured: set alerts.smtp_host and alerts.mail_to")
                password = secret(settings.smtp_password_env, settings) if settings.smtp_username else None
                destination = f"smtp://{settings.smtp_host}:{settings.smtp_port} → {', '.join(settings.mail_to)}"

                def send(password=password, did=did) -> None:
                    send_email(settings, password, subject, text, html, attachments, message_id=did)

            ok, attempts, error = with_retries(
                within(send, settings.notify_timeout_seconds),
                settings.notify_attempts,
                settings.notify_backoff_seconds,
                sleep,
            )
        except Exception as exc:  # noqa: BLE001 — configuration problems are recorded, not raised
            ok, attempts, error, destination = False, 0, f"{type(exc).__name__}: {exc}", channel
        error = scrub(error, url, password) if error else None
        d = Delivery(channel, ok, attempts, destination, error, target)
        out.append(d)
        if ok:
            log.info("notify %s %s: delivered to %s (attempt %d)", channel, target, destination, attempts)
        else:
            log.warning("notify %s %s: failed after %d attempts: %s", channel, target, attempts, error)
        try:
            store.record_notification(
                target,
                channel,
                ok,
                attempts,
                {"destination": destination, "error": error, "subject": subject, "delivery_id": did},
            )
        except Exception:  # noqa: BLE001
            log.exception("could not record the notification outcome")
    return out


# --- alerts --------------------------------------------------------------------------------
def alert_fields(a: Alert, names: dict[str, str] | None = None, tz: dt.tzinfo | None = None) -> dict:
    def iso(t: dt.datetime | None) -> str | None:
        return t.isoformat() if t else None

    return {
        "id": a.id,
        "kind": a.kind,
        "narrative": a.narrative,
        "cluster_key": a.cluster_key,
        "window": a.window,
        "window_start": iso(a.window_start),
        "count": a.count,
        "baseline": a.baseline,
        "why": a.why,
        "detail": alert_text.detail(a, "vi", names, tz, named=True),
        "created_at": iso(a.created_at),
    }


def alert_message(
    alerts: list[Alert], names: dict[str, str], dashboard_url: str | None, tz: dt.tzinfo | None = None
) -> tuple[str, str]:
    """(subject, text) for a batch of new alerts: per alert the detector's line, then the detail in
    Vietnamese with the narrative's name (`names`) and times in the office's zone `tz`."""
    first = alerts[0]
    label = names.get(first.narrative or "", first.narrative or first.cluster_key or "")
    more = f" (+{len(alerts) - 1})" if len(alerts) > 1 else ""
    subject = f"[monitor] {first.kind}: {label}{more}"
    lines = [f"{describe(a, names, tz)}\n  {alert_text.detail(a, 'vi', names, tz, named=True)}" for a in alerts]
    if dashboard_url:
        lines.append(f"Trends: {dashboard_url.rstrip('/')}/trends")
    return subject, "\n".join(lines)


def notify_alerts(
    store,
    settings: AlertSettings,
    alerts: list[Alert],
    sleep: Callable[[float], None] = time.sleep,
    tz: dt.tzinfo | None = None,
) -> list[Delivery]:
    """Send one message per channel for a batch of new alerts, times in the office's zone `tz`
    (the `time_zone` setting). Never raises."""
    alerts = [a for a in alerts if seen_by(a, None, None)]  # office-wide channels: no private view's alert
    if not alerts:
        return []
    try:
        return _send_alerts(store, settings, alerts, "alerts:" + ",".join(str(a.id) for a in alerts), None, sleep, tz)
    except Exception:  # noqa: BLE001
        log.exception("notify_alerts failed")
        return []


def _send_alerts(store, settings, alerts, target, only, sleep, tz) -> list[Delivery]:
    try:
        names = {n["key"]: n["name_vi"] for n in store.list_narratives()}
    except Exception:  # noqa: BLE001
        names = {}
    subject, text = alert_message(alerts, names, settings.dashboard_url, tz)
    fields = {"alerts": [alert_fields(a, names, tz) for a in alerts]}
    return deliver(store, settings, target, text=text, subject=subject, fields=fields, only=only, sleep=sleep)


def resend_failed(
    store,
    settings: AlertSettings,
    now: dt.datetime | None = None,
    sleep: Callable[[float], None] = time.sleep,
    tz: dt.tzinfo | None = None,
) -> list[Delivery]:
    """Send again, on the channel that failed, each alert notification never delivered there whose
    first failure was less than `RESEND_WITHIN` ago and last try at least `RESEND_EVERY` ago (at
    most `RESEND_MAX` re-sends), with its alerts that are still open, under the same target and
    delivery id. Never raises."""
    now = now or dt.datetime.now(dt.UTC)
    out: list[Delivery] = []
    try:
        configured = channels(settings)
        for row in store.undelivered_notifications("alerts:", now - RESEND_WITHIN):
            if row["channel"] not in configured or row["failures"] > RESEND_MAX:
                continue
            last = row["last_at"] if row["last_at"].tzinfo else row["last_at"].replace(tzinfo=dt.UTC)
            if now - last < RESEND_EVERY:
                continue
            ids = [int(x) for x in row["target"].removeprefix("alerts:").split(",") if x.strip().isdigit()]
            found = [store.get_alert(i) for i in ids]
            alerts = [Alert.from_row(r) for r in found if r and r.get("status") == "open"]
            alerts = [a for a in alerts if seen_by(a, None, None)]
            if alerts:
                out += _send_alerts(store, settings, alerts, row["target"], [row["channel"]], sleep, tz)
    except Exception:  # noqa: BLE001
        log.exception("resend_failed failed")
    return out


def after_collect(config: Config | None, store, now: dt.datetime | None = None) -> list[Alert]:
    """Detection and notification after a collection. Never raises: failures are logged and
    recorded in the audit log (`alerts.failed`) so the collector goes on."""
    settings = settings_for(config)
    if not settings.enabled:
        return []
    now = now or dt.datetime.now(dt.UTC)
    try:
        new = check_alerts(store, settings, now)
    except Exception as exc:  # noqa: BLE001 — the collector must go on whatever happens here
        log.exception("alert detection failed")
        _record_failure(store, "alerts.failed", exc)
        return []
    tz = config.tz if config is not None else None
    resend_failed(store, settings, now, tz=tz)  # before the new ones: their failures wait for the next run
    if new:
        try:
            notify_alerts(store, settings, new, tz=tz)
        except Exception as exc:  # noqa: BLE001 — notify_alerts does not raise; belt and braces
            log.exception("alert notification failed")
            _record_failure(store, "notify.failed", exc)
    return new


def _record_failure(store, action: str, exc: BaseException) -> None:
    try:
        store.audit("system", action, "alerts", {"error": f"{type(exc).__name__}: {exc}"[:500]})
    except Exception:  # noqa: BLE001 — the database itself may be what failed
        log.exception("could not record %s", action)
