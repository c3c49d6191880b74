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
    click.echo(f"{cfg.path}: OK — {len(cfg.feeds)} feeds ({len(enabled)} enabled), database {cfg.database_url}")
    for f in cfg.feeds:
        state = "on " if f.enabled else "off"
        click.echo(f"  [{state}] {f.name:<32} {f.kind.value:<8} {f.lang:<4} every {f.interval:<4} {f.url}")


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
