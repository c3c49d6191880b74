"""collect, run, import."""

from __future__ import annotations

from pathlib import Path

import click

from monitor.errors import DataFileError
from monitor.interfaces.cli import AppContext


class _Bar:
    """Adapts a click progress bar to the stages' `progress(fraction, label)` callback."""

    def __init__(self, bar):
        self.bar, self.done = bar, 0

    def __call__(self, fraction: float, label: str) -> None:
        step = int(fraction * 1000) - self.done
        if step > 0:
            self.bar.label = f"{label[:30]:<30}"
            self.bar.update(step)
            self.done += step


@click.command()
@click.option(
    "--feed",
    "feeds",
    multiple=True,
    metavar="NAME",
    help="Fetch only this feed (by name), due or not; repeat for several.",
)
@click.option("--all", "all_feeds", is_flag=True, help="Fetch every enabled feed now, due or not.")
@click.option("--no-classify", is_flag=True, help="Store new items without classifying them.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary line (no progress bar, no per-feed errors).")
@click.pass_obj
def collect(app: AppContext, feeds: tuple[str, ...], all_feeds: bool, no_classify: bool, quiet: bool) -> None:
    """Fetch every due feed once, store new items, classify them and print a summary."""
    from monitor.ingest.schedule import collect_once  # at call time: only this command needs it

    config, store = app.config, app.store()
    sources = None
    if feeds:
        store.sync_sources(config.sources())
        sources = list(feeds)
    elif all_feeds:
        store.sync_sources(config.sources())
        sources = store.list_sources(enabled_only=True)
    if quiet:
        summary = collect_once(config, store, classify=not no_classify, sources=sources)
        click.echo(str(summary))
        return
    with click.progressbar(length=1000, label="Fetching feeds", show_eta=False) as bar:
        summary = collect_once(config, store, progress=_Bar(bar), classify=not no_classify, sources=sources)
    click.echo(summary.details())


@click.command()
@click.option(
    "--worker-id", metavar="ID", help="Name of this worker in leases (default: host-pid). Give each worker its own."
)
@click.option("--once", is_flag=True, help="Fetch what is due now, then exit.")
@click.option("--no-classify", is_flag=True, help="Store new items without classifying them.")
@click.pass_obj
def run(app: AppContext, worker_id: str | None, once: bool, no_classify: bool) -> None:
    """Collect feeds on their intervals until stopped (Ctrl-C or SIGTERM finish the writes in progress)."""
    from monitor.demo.bootstrap import demo_accounts_notice  # at call time: only this command needs it
    from monitor.ingest.schedule import (  # at call time: only this command needs it
        default_worker_id,
        run_forever,
    )
    from monitor.interfaces.commands.core import election_summary

    worker = worker_id or default_worker_id()
    click.echo(f"worker {worker}: collecting from {app.store().safe_url} (Ctrl-C stops after the writes in progress)")
    notice = demo_accounts_notice(app.store(), app.config.demo_enabled)
    if notice:
        click.echo(f"warning: {notice}", err=True)
    _, election = election_summary(app.config, [f for f in app.config.feeds if f.enabled])
    if election:
        click.echo(election, err=True)
    run_forever(
        app.config, app.store(), worker_id=worker, once=once, classify=not no_classify, log=lambda msg: click.echo(msg)
    )
    click.echo(f"worker {worker}: stopped")


def _parse_map(values: tuple[str, ...]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for value in values:
        for part in value.split(","):
            if not part.strip():
                continue
            if "=" not in part:
                raise DataFileError(f"--map {part!r}: expected FIELD=COLUMN, e.g. text=message,url=link")
            key, col = (x.strip() for x in part.split("=", 1))
            mapping[key] = col
    return mapping


@click.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--source",
    "source_name",
    required=True,
    metavar="NAME",
    help="The channel or page these posts come from (created with origin 'import' if new).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "telegram"]),
    help="File format (default: from the extension; result.json means a Telegram export).",
)
@click.option(
    "--map",
    "maps",
    multiple=True,
    metavar="FIELD=COLUMN,...",
    help="Which column holds what, e.g. text=message,url=link,published=posted_at "
    "(fields: text, title, url, published, id, lang).",
)
@click.option(
    "--kind",
    type=click.Choice(["social", "news", "official"]),
    default="social",
    show_default=True,
    help="Kind of the source when it is created.",
)
@click.option(
    "--lang",
    type=click.Choice(["vi", "en", "auto"]),
    default="auto",
    show_default=True,
    help="Language of the posts (auto detects per post).",
)
@click.option("--no-classify", is_flag=True, help="Store new items without classifying them.")
@click.pass_obj
def import_cmd(
    app: AppContext,
    file: Path,
    source_name: str,
    fmt: str | None,
    maps: tuple[str, ...],
    kind: str,
    lang: str,
    no_classify: bool,
) -> None:
    """Import social posts from a CSV, JSONL or Telegram export; bad rows are listed by line."""
    from monitor.ingest.imports import ImportStopped, Limits, import_file  # at call time: only this command needs it

    store = app.store()
    mapping = _parse_map(maps)
    stopped: ImportStopped | None = None
    with click.progressbar(length=1000, label="Importing", show_eta=False) as bar:
        try:
            report = import_file(
                store,
                file,
                source_name,
                fmt=fmt,
                mapping=mapping or None,
                kind=kind,
                lang=lang,
                progress=_Bar(bar),
                limits=Limits.from_settings(app.config.settings),
            )
        except ImportStopped as exc:  # the rows before the culprit are stored: list and classify them
            report, stopped = exc.report, exc
    if stopped is None and report.errors and not (report.new or report.duplicate or report.empty):
        more = f" (and {len(report.errors) - 1} more)" if len(report.errors) > 1 else ""
        raise DataFileError(f"{report.errors[0]}{more}; no row of {file.name} could be imported")
    if stopped is None or report.rows:
        click.echo(report.details())
    if not no_classify and (stopped is None or report.new):  # also what an interrupted classification left behind
        from monitor.ingest.pipeline import classify_leftovers  # at call time: only this command needs it

        n = classify_leftovers(app.config, store)
        if n is not None:
            click.echo(f"{n} items classified")
    if stopped is not None:
        raise stopped


commands = [collect, run, import_cmd]
