"""`digest` and `alerts check|list|ack`: early warning from the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from monitor.errors import AlertError
from monitor.interfaces.cli import AppContext
from monitor.interfaces.commands.known import known_user
from monitor.storage.filters import FilterError, parse_moment


def _parse_time(text: str | None, option: str) -> dt.datetime | None:
    """The UTC time given to `option` (None when not given); AlertError naming the option."""
    if text is None:
        return None
    try:
        return parse_moment(text)
    except FilterError as exc:
        raise AlertError(f"{option}: {exc}") from None


@click.command()
@click.option(
    "--date",
    "day",
    metavar="DAY",
    help="Last day of the week covered, e.g. 2021-05-23 (default: today, "
    "or the latest day with items when nothing was published in the last 7 days).",
)
@click.option(
    "--out",
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="PDF to write; the HTML goes beside it (default: data/digests/digest-DAY.pdf).",
)
@click.option("--send", is_flag=True, help="E-mail the digest to alerts.mail_to (HTML body, PDF attached).")
@click.option(
    "--lang",
    type=click.Choice(["vi", "en"]),
    default=None,
    help="Language of the digest (default: the ui_language setting).",
)
@click.pass_obj
def digest(app: AppContext, day: str | None, out: Path | None, send: bool, lang: str | None) -> None:
    """Write the one-page weekly manager digest as PDF and HTML."""
    from monitor.outputs import digest as dg  # at call time: only this command needs it
    from monitor.outputs.alerts import settings_for  # at call time: only this command needs it

    if out is not None and out.suffix.lower() not in ("", ".pdf"):
        raise AlertError(f"--out {out}: the digest is a PDF (its HTML goes beside it); name a .pdf file")
    settings = settings_for(app.config)
    store = app.store()
    files = dg.build(
        store,
        settings,
        day=dg.parse_day(day),
        out=out,
        out_dir=app.data_dir / "digests",
        lang=lang or app.config.settings.ui_language,
        tz=app.config.tz,
    )
    click.echo(f"wrote {files.pdf} and {files.html}")
    if send:
        dg.send(store, settings, files)
        click.echo(f"sent to {', '.join(settings.mail_to)}")


@click.group("alerts")
def alerts_group() -> None:
    """Early-warning alerts: spikes, new multi-source clusters, unanswered narratives."""


@alerts_group.command("check")
@click.option("--at", "at", metavar="TIME", help="Check as of this UTC time (replay older data, e.g. the 2021 demo).")
@click.option(
    "--notify/--no-notify",
    default=True,
    show_default=True,
    help="Send new alerts, and failed notifications again, to the configured webhook and e-mail.",
)
@click.pass_obj
def check(app: AppContext, at: str | None, notify: bool) -> None:
    """Send again failed alert notifications, run alert detection now and print the alerts it opened; exit 1 when a delivery failed."""
    from monitor.outputs.alerts import (  # at call time: only this command needs it
        check_alerts,
        describe,
        settings_for,
    )

    settings = settings_for(app.config)
    store = app.store()
    now = _parse_time(at, "--at") or dt.datetime.now(dt.UTC)
    deliveries = []
    if notify:
        from monitor.outputs.notify import resend_failed  # at call time: only this command needs it

        # notifications that failed before, first: the new ones' failures wait for the next run
        for d in resend_failed(store, settings, dt.datetime.now(dt.UTC), tz=app.config.tz):
            click.echo(f"{d.target} (sent again): {_delivered(d)}")
            deliveries.append(d)
    new = check_alerts(store, settings, now)
    for a in new:
        click.echo(describe(a, tz=app.config.tz))
    click.echo(f"{len(new)} new alert(s); {len(store.open_alerts())} open")
    if new and notify:
        from monitor.outputs.notify import notify_alerts  # at call time: only this command needs it

        for d in notify_alerts(store, settings, new, tz=app.config.tz):
            click.echo(f"  {_delivered(d)}")
            deliveries.append(d)
    if any(not d.ok for d in deliveries):
        # a scheduler sees the failure; the notification is sent again on the next run
        raise SystemExit(1)


def _delivered(d) -> str:
    state = "sent" if d.ok else f"FAILED after {d.attempts} attempt(s): {d.error}"
    return f"{d.channel} → {d.destination}: {state}"


@alerts_group.command("list")
@click.option("--all", "show_all", is_flag=True, help="Closed alerts too (default: open ones only).")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000), help="Most alerts shown.")
@click.option("--since", metavar="TIME", help="Only alerts created since this UTC time.")
@click.pass_obj
def list_(app: AppContext, show_all: bool, limit: int, since: str | None) -> None:
    """List alerts, newest first."""
    from monitor.outputs.alerts import describe  # at call time: only this command needs it

    store = app.store()
    rows = store.alerts(limit=limit, since=_parse_time(since, "--since"), status=None if show_all else "open")
    for r in rows:
        click.echo(f"{r['created_at']:%Y-%m-%d %H:%M} UTC {describe(r, tz=app.config.tz)}")
    if not rows:
        click.echo("no alerts" if show_all else "no open alerts")


@alerts_group.command("test")
@click.pass_obj
def test_channels(app: AppContext) -> None:
    """Send a test notification on every configured channel (webhook, e-mail); exit 1 when one fails."""
    from monitor.outputs.alerts import settings_for  # at call time: only this command needs it
    from monitor.outputs.notify import channels, deliver  # at call time: only this command needs it

    settings = settings_for(app.config)
    configured = channels(settings)
    if not configured:
        raise AlertError(
            f"no alert channel configured: set {settings.webhook_url_env} (the webhook URL) "
            "or alerts.smtp_host and alerts.mail_to"
        )
    now = dt.datetime.now(dt.UTC)
    text = (
        f"Thông báo thử của hệ thống giám sát lúc {now.astimezone(app.config.tz):%H:%M %d/%m/%Y}: "
        "kênh này nhận được cảnh báo. (Test notification: this channel receives alerts.)"
    )
    deliveries = deliver(
        app.store(), settings, f"test:{now:%Y-%m-%dT%H:%M:%SZ}", text=text, subject="[monitor] test", only=configured
    )
    for d in deliveries:
        click.echo(_delivered(d))
    if any(not d.ok for d in deliveries):
        raise SystemExit(1)


@alerts_group.command("ack")
@click.argument("alert_id", type=int)
@click.option("--user", "username", required=True, help="Who acknowledges the alert (recorded in the audit log).")
@click.pass_obj
def ack(app: AppContext, alert_id: int, username: str) -> None:
    """Acknowledge alert ALERT_ID (it stays open until its counts calm down)."""
    if not username.strip():
        raise AlertError("--user must name who acknowledges the alert")
    store = app.store()
    username = known_user(store, username, roles=("manager", "admin"))  # as on the Trends page
    if store.acknowledge_alert(alert_id, username):
        click.echo(f"alert #{alert_id} acknowledged by {username}")
    else:
        click.echo(f"alert #{alert_id} was already acknowledged")


commands = [digest, alerts_group]
