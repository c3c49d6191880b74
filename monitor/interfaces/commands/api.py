"""`api`, `tokens add|list|revoke`, `export`, `views list|add|delete`: the read-only API, its
tokens, large exports and saved views."""

from __future__ import annotations

from pathlib import Path

import click

from monitor.interfaces.cli import AppContext
from monitor.interfaces.commands.known import known_names, known_user
from monitor.models import Role, utcnow
from monitor.storage.filters import FilterError, ItemFilters, parse_when

ROLES = [r.value for r in Role]
STATUSES = ["new", "unflagged", "look", "flagged", "confirmed", "dismissed"]


def filter_options(fn):
    """The review queue's filters, shared by `export` and `views add`."""
    opts = [
        click.option(
            "--narrative", "narratives", multiple=True, metavar="KEY", help="Narrative key (repeat for several)."
        ),
        click.option("--source", "sources", multiple=True, metavar="NAME", help="Source name (repeat for several)."),
        click.option(
            "--kind",
            "kinds",
            multiple=True,
            type=click.Choice(["news", "social", "official"]),
            help="Source kind (repeat for several).",
        ),
        click.option(
            "--lang", "langs", multiple=True, metavar="CODE", help="Language code, e.g. vi (repeat for several)."
        ),
        click.option("--since", metavar="WHEN", help="From this date/time (UTC), or an age like 7d or 24h."),
        click.option("--until", metavar="WHEN", help="Before this date/time (UTC), or an age like 1d."),
        click.option("--min-score", type=click.FloatRange(0, 1), help="Lowest classifier score, 0–1."),
        click.option(
            "--status",
            "statuses",
            multiple=True,
            type=click.Choice(STATUSES),
            help="Workflow status (repeat for several; default: every status).",
        ),
        click.option("--search", "q", metavar="WORDS", help="Words that must all appear (accents optional)."),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def _filters(narratives, sources, kinds, langs, since, until, min_score, statuses, q, base: dict | None = None):
    for option, value in (("--since", since), ("--until", until)):
        try:
            parse_when(value)
        except FilterError as exc:
            raise FilterError(f"{option}: {exc}") from None
    given = {
        "narratives": list(narratives),
        "sources": list(sources),
        "kinds": list(kinds),
        "langs": list(langs),
        "since": since,
        "until": until,
        "min_score": min_score,
        "statuses": list(statuses),
        "q": q,
    }
    merged = dict(base or {})
    merged.update({k: v for k, v in given.items() if v not in (None, [], "")})  # options override the view
    return ItemFilters.from_dict(merged, strict=False)


# --- api -------------------------------------------------------------------------------------
@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (keep 127.0.0.1 behind a reverse proxy that adds TLS).",
)
@click.option("--port", default=8600, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option(
    "--rate-per-minute",
    default=120,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Requests per minute each token may make (after the burst).",
)
@click.option(
    "--burst",
    default=60,
    show_default=True,
    type=click.IntRange(min=1),
    help="Requests a token may make at once before the rate applies.",
)
@click.pass_obj
def api(app: AppContext, host: str, port: int, rate_per_minute: float, burst: int) -> None:
    """Serve the read-only JSON API (Bearer tokens from `tokens add`; OpenAPI at /openapi.json)."""
    import uvicorn

    from monitor.demo.bootstrap import demo_accounts_notice  # at call time: only this command needs it
    from monitor.interfaces.api import create_app  # at call time: FastAPI is the optional `api` extra

    store = app.store()
    click.echo(f"API on http://{host}:{port}/api/ (database {store.safe_url}); Ctrl+C stops it")
    if notice := demo_accounts_notice(store, app.config.demo_enabled):
        click.echo(f"warning: {notice}", err=True)
    demo = app.config.demo_enabled
    uvicorn.run(
        create_app(store, rate_per_minute=rate_per_minute, burst=burst, demo_mode=demo),
        host=host,
        port=port,
        log_level="info",
        server_header=False,
    )


# --- tokens ----------------------------------------------------------------------------------
@click.group()
def tokens() -> None:
    """Manage API tokens (one or more per user; each acts with a role)."""


@tokens.command("add")
@click.argument("username")
@click.option(
    "--role",
    type=click.Choice(ROLES),
    help="Role the token acts with (default: the user's role; another role only for an administrator's tokens, and never more than the user's current role).",
)
@click.pass_obj
def tokens_add(app: AppContext, username: str, role: str | None) -> None:
    """Create a token for USERNAME and print its secret (shown this once only)."""
    token_id, secret = app.store().add_api_token(username, role, by="cli")
    click.echo(f"token {token_id} for {username}: {secret}")
    click.echo("Store it now: only its hash is kept. Send it as 'Authorization: Bearer <token>'.", err=True)
    if username in app.store().demo_accounts():
        click.echo(
            f"warning: {username} is a demo account with a published password: the token works only in demo "
            f"mode, until its password is changed (`users reset {username}`)",
            err=True,
        )


@tokens.command("list")
@click.option("--user", "username", metavar="NAME", help="Only this user's tokens.")
@click.pass_obj
def tokens_list(app: AppContext, username: str | None) -> None:
    """List tokens: id, user, role, first characters, created, last used, revoked."""
    rows = app.store().list_api_tokens(username)
    if not rows:
        click.echo("no tokens")
    for t in rows:
        used = t["last_used_at"].strftime("%Y-%m-%d %H:%M") if t["last_used_at"] else "never"
        state = f"revoked {t['revoked_at']:%Y-%m-%d}" if t["revoked_at"] else "active"
        click.echo(
            f"{t['id']:>4}  {t['username']:<20} {t['role']:<8} {t['prefix']}…  "
            f"created {t['created_at']:%Y-%m-%d}  used {used:<16}  {state}"
        )


@tokens.command("revoke")
@click.argument("token_id", type=int)
@click.pass_obj
def tokens_revoke(app: AppContext, token_id: int) -> None:
    """Revoke token TOKEN_ID; requests with it are refused at once."""
    app.store().revoke_api_token(token_id, by="cli")
    click.echo(f"revoked token {token_id}")


# --- export ----------------------------------------------------------------------------------
@click.command()
@click.option(
    "--what",
    type=click.Choice(["items", "reviews", "cases", "alerts"]),
    default="items",
    show_default=True,
    help="Which list to export.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "xlsx", "jsonl"]),
    default=None,
    help="File format (default: from the --out extension, else csv).",
)
@click.option(
    "--view", metavar="NAME", help="Start from a saved view's filters (NAME or owner/NAME); options below override."
)
@click.option(
    "--user",
    metavar="NAME",
    default="cli",
    show_default=True,
    help="Whose private views --view may use; recorded as the export's owner.",
)
@filter_options
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), required=True, help="File to write.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_obj
def export(
    app: AppContext,
    what: str,
    fmt: str | None,
    view: str | None,
    user: str,
    narratives,
    sources,
    kinds,
    langs,
    since,
    until,
    min_score,
    statuses,
    q,
    out: Path,
    quiet: bool,
) -> None:
    """Export items (with classification, reviews, cases), reviews, cases or alerts, streamed in batches."""
    from monitor.outputs.bulk_export import FORMATS  # at call time: spreadsheet writers, only for exports
    from monitor.outputs.bulk_export import export as run_export  # at call time: spreadsheet writers, only for exports
    from monitor.outputs.export_files import ExportError  # at call time: only for exports

    ext = out.suffix.lstrip(".").lower()
    if fmt is None and ext and ext not in FORMATS:  # a .pdf holding CSV helps nobody
        raise ExportError(
            f"--out {out}: cannot write .{ext}; name a {', '.join('.' + f for f in FORMATS)} file or give --format"
        )
    fmt = fmt or (ext if ext in FORMATS else "csv")
    store = app.store()
    workers = app.config.settings.export_workers
    if user != "cli":
        known_user(store, user)
    known_names(store, narratives, sources)
    base = store.get_view(view, None if user == "cli" else user)["filters"] if view else None
    filters = _filters(narratives, sources, kinds, langs, since, until, min_score, statuses, q, base=base)
    total = store.count_export_rows(what, filters)
    job = store.create_export_job(user, what, fmt, filters.to_dict(), path=str(out.resolve()))
    store.update_export_job(job, status="running")
    try:
        if quiet:
            res = run_export(store, what, fmt, out, filters, count_first=False, workers=workers)
        else:
            with click.progressbar(length=max(total, 1), label=f"Exporting {total:,} {what}", show_pos=True) as bar:
                seen = [0]

                def progress(rows: int, _total: int | None) -> None:
                    bar.update(rows - seen[0])
                    seen[0] = rows

                res = run_export(store, what, fmt, out, filters, progress=progress, count_first=False, workers=workers)
    except BaseException as exc:
        store.update_export_job(job, status="failed", error=str(exc)[:2000] or type(exc).__name__, finished_at=utcnow())
        raise
    store.update_export_job(job, status="done", rows=res.rows, bytes=res.bytes, finished_at=utcnow())
    sheets = f" on {res.sheets} sheets" if res.sheets > 1 else ""
    click.echo(f"wrote {res.rows:,} {what} ({res.bytes / 1e6:.1f} MB){sheets} to {out}")


# --- views -----------------------------------------------------------------------------------
@click.group()
def views() -> None:
    """Manage saved views (named queue or trends filters, private or shared, with an optional alert)."""


@views.command("list")
@click.option("--user", metavar="NAME", help="Only views NAME can see (their own and shared ones).")
@click.option("--page", type=click.Choice(["queue", "trends"]), help="Only views of this page.")
@click.pass_obj
def views_list(app: AppContext, user: str | None, page: str | None) -> None:
    """List saved views with owner, page, sharing, alert and filters."""
    import json

    rows = app.store().list_views(user, page)
    if not rows:
        click.echo("no views")
    for v in rows:
        alert = f"alert ≥{v['alert_threshold']}/{v['alert_window']}" if v["alert_threshold"] else ""
        shared = "shared" if v["shared"] else "private"
        click.echo(
            f"{v['id']:>4}  {v['owner']}/{v['name']:<28} {v['page']:<7} {shared:<8} {alert:<18} "
            f"{json.dumps(v['filters'], ensure_ascii=False)}"
        )


@views.command("add")
@click.argument("name")
@click.option("--user", metavar="NAME", required=True, help="Owner of the view.")
@click.option(
    "--page",
    type=click.Choice(["queue", "trends"]),
    default="queue",
    show_default=True,
    help="Dashboard page the view belongs to.",
)
@click.option("--shared", is_flag=True, help="Everyone can see and use it (only the owner or an admin can change it).")
@click.option(
    "--alert-threshold", type=click.IntRange(1, 1_000_000), help="Alert when this many matching items arrive..."
)
@click.option("--alert-window", type=click.Choice(["hour", "day"]), help="...within this window.")
@filter_options
@click.pass_obj
def views_add(
    app: AppContext,
    name: str,
    user: str,
    page: str,
    shared: bool,
    alert_threshold: int | None,
    alert_window: str | None,
    narratives,
    sources,
    kinds,
    langs,
    since,
    until,
    min_score,
    statuses,
    q,
) -> None:
    """Save a view NAME for a user with the given filters."""
    store = app.store()
    user = known_user(store, user)
    known_names(store, narratives, sources)
    filters = _filters(narratives, sources, kinds, langs, since, until, min_score, statuses, q)
    view_id = store.save_view(
        name, user, page, filters, shared=shared, alert_threshold=alert_threshold, alert_window=alert_window
    )
    click.echo(f"saved view {view_id}: {user}/{name}")


@views.command("delete")
@click.argument("view")
@click.option("--user", metavar="NAME", required=True, help="Who deletes it (its owner, or an admin).")
@click.pass_obj
def views_delete(app: AppContext, view: str, user: str) -> None:
    """Delete a view by id or by NAME (owner/NAME for another user's view)."""
    store = app.store()
    user = known_user(store, user)
    view_id = int(view) if view.isdigit() else store.get_view(view, user)["id"]
    store.delete_view(view_id, by=user)
    click.echo(f"deleted view {view_id}")


commands = [api, tokens, export, views]
