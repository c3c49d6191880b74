"""`emerging`: what circulates about the election that no narrative in the taxonomy claims."""

from __future__ import annotations

import json

import click

from monitor import localtime
from monitor.interfaces.cli import AppContext
from monitor.interfaces.commands.alerts import _parse_time


@click.command()
@click.option(
    "--days", type=int, default=None, help="Days in the sliding window (default: the emerging_days setting, 7)."
)
@click.option(
    "--min-size",
    "min_size",
    type=int,
    default=None,
    help="Fewest items a cluster needs (default: the emerging_min_size setting, 3).",
)
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True, help="Most clusters listed.")
@click.option("--at", "at", metavar="TIME", help="Look as of this UTC time (replay older data, e.g. the 2021 demo).")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print a JSON list (id, label, size, sources, first_seen, growth, item_ids, ...).",
)
@click.pass_obj
def emerging(
    app: AppContext, days: int | None, min_size: int | None, limit: int, at: str | None, as_json: bool
) -> None:
    """List emerging clusters: on-topic items no narrative claims, ranked by growth and spread."""
    from monitor.analysis.emerging import emerging as discover  # at call time: only this command needs it

    s = app.config.settings
    tz = app.config.tz  # the office's days and times, as on the dashboard's Emerging page
    days = s.emerging_days if days is None else days
    min_size = s.emerging_min_size if min_size is None else min_size
    clusters = discover(
        app.store(),
        _parse_time(at, "--at"),
        days=days,
        min_size=min_size,
        limit=limit,
        weak_score=s.emerging_weak_score,
        tz=tz,
    )
    if as_json:
        click.echo(json.dumps([c.to_dict() for c in clusters], ensure_ascii=False, indent=2))
        return
    if not clusters:
        click.echo(f"no emerging clusters of {min_size} or more items in the last {days} days")
        return
    for rank, c in enumerate(clusters, 1):
        click.echo(f"{rank:2d}. {c.label}  [{c.id}]")
        click.echo(
            f"    {c.size} items from {c.sources} source(s) since {localtime.fmt(c.first_seen, tz, named=True)}; "
            f"last 24 h: {c.recent} items, {c.recent_sources} source(s), growth {c.growth:g}x"
        )
        for t in c.typical:
            click.echo(f"    - #{t['id']} {t['source']}: {t['title'][:100]}")


commands = [emerging]
