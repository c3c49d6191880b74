"""init, check-config, demo."""

from __future__ import annotations

import click

from monitor.interfaces.cli import AppContext


@click.command()
@click.pass_obj
def init(app: AppContext) -> None:
    """Create or upgrade the database schema and load the taxonomy, approved messages and feeds."""
    from monitor.demo.bootstrap import prepare  # at call time: only this command needs it

    store = app.store()
    report = prepare(app.config, store)
    click.echo(f"database ready at {store.safe_url}: {report}")


@click.command("check-config")
@click.pass_obj
def check_config(app: AppContext) -> None:
    """Validate feeds.yaml and print a summary (exit code 2 with the culprit on error)."""
    cfg = app.config
    enabled = [f for f in cfg.feeds if f.enabled]
    election, warning = election_summary(cfg, enabled)  # (reads the approved messages: a broken one is named first)
    click.echo(f"{cfg.path}: OK — {len(cfg.feeds)} feeds ({len(enabled)} enabled), database {cfg.database_url}")
    for f in cfg.feeds:
        state = "on " if f.enabled else "off"
        click.echo(f"  [{state}] {f.name:<32} {f.kind.value:<8} {f.lang:<4} every {f.interval:<4} {f.url}")
    click.echo(election)
    if warning:
        click.echo(warning, err=True)


def election_summary(cfg, enabled) -> tuple[str, str | None]:
    """The line naming the election the office watches, and a warning when live feeds are enabled
    for one two or more years from today: what they publish now is read as another election's and
    never flagged."""
    import datetime as dt

    from monitor.ingest.pipeline import configured_election, load_relevance

    election = configured_election(cfg)
    if election is None:
        return "election: none configured (no election_date among the approved messages)", None
    named = (load_relevance(cfg) or {}).get("election") or {}
    year = int(named.get("year") or election.date.year)
    term = f", term {named['term']}" if named.get("term") else ""
    live = [f for f in enabled if f.url.startswith(("http://", "https://"))]
    years = abs(dt.date.today().year - year)
    warning = None
    if live and years >= 2:
        warning = (
            f"warning: the configured election ({election.date:%d/%m/%Y}) is {years} years from today: items the "
            f"{len(live)} enabled web feeds publish now are read as another election's and never flagged; set "
            "election_date in approved_messages.yaml and the election's year and term in relevance.yaml to the "
            "election you watch"
        )
    return f"election: {election.date:%d/%m/%Y} (year {year}{term})", warning


@click.command()
@click.option("--regenerate", is_flag=True, help="Rewrite the bundled demo feed files in data/demo/ (deterministic).")
@click.option("--force", is_flag=True, help="Load the demo even if the database already holds items.")
@click.pass_obj
def demo(app: AppContext, regenerate: bool, force: bool) -> None:
    """Load the bundled offline demo: collect data/demo/ feeds, import demo posts, train if needed, classify."""
    from monitor.demo.bootstrap import load_demo  # at call time: only this command needs it

    if regenerate:
        from monitor.demo.demo_data import regenerate as regen  # at call time: only this command needs it

        paths = regen(app.config.data_dir / "demo")
        click.echo(f"wrote {len(paths)} demo files to {app.config.data_dir / 'demo'}")
        return
    store = app.store()
    with click.progressbar(length=100, label="Loading demo data") as bar:
        done = [0]

        def progress(fraction: float, _label: str) -> None:
            step = int(fraction * 100) - done[0]
            if step > 0:
                bar.update(step)
                done[0] += step

        summary = load_demo(app.config, store, progress=progress, force=force)
    click.echo(summary)


commands = [init, check_config, demo]
