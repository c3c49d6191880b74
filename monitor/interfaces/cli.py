"""`python -m monitor ...`: the command line. Commands are small; the work happens in the modules.

Every command takes --config FILE and --db URL (which overrides MONITOR_DATABASE_URL). Errors that
are the user's input print one line, `error: ...`, and exit with code 2, never a traceback.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass, field
from pathlib import Path

import click
import sqlalchemy as sa

from monitor.config import Config, load_config
from monitor.errors import ConfigError, MonitorError
from monitor.logs import setup_logging
from monitor.storage import Store
from monitor.storage.core import unusable_database

# Modules that contribute commands; each exposes `commands: list[click.Command]`.
COMMAND_MODULES = (
    "monitor.interfaces.commands.core",
    "monitor.interfaces.commands.users",
    "monitor.interfaces.commands.collect",
    "monitor.interfaces.commands.ml",
    "monitor.interfaces.commands.alerts",
    "monitor.interfaces.commands.ops",
    "monitor.interfaces.commands.api",
    "monitor.interfaces.commands.emerging",
)


@dataclass
class AppContext:
    """What every command needs: the config (loaded on first use) and a store."""

    config_path: str | None = None
    db_url: str | None = None
    _config: Config | None = None
    _store: object | None = field(default=None, repr=False)

    @property
    def config(self) -> Config:
        if self._config is None:
            if self.db_url is not None and not self.db_url.strip():  # `--db "$DB"` with DB unset
                raise ConfigError("--db: is empty; give a database URL or leave the option out")
            self._config = load_config(self.config_path, db_override=self.db_url)
            try:
                setup_logging(self._config.data_dir / "logs", "monitor")
            except OSError:  # a read-only data folder must not stop a command; logs are a courtesy
                pass
        return self._config

    @property
    def data_dir(self) -> Path:
        return self.config.data_dir

    def store(self, migrate: bool = True):
        """The database handle; the schema is brought up to date on first use."""
        if self._store is None:
            store = Store(self.config.database_url)
            if migrate:
                store.migrate()
            self._store = store
        return self._store


class MonitorGroup(click.Group):
    """Turns our named errors into one line and exit code 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except MonitorError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            # A subcommand's bad option or argument: one line like any other bad input (click's
            # own message names the option and the value), not a usage block; --help is unchanged.
            where = exc.ctx.command_path if exc.ctx else ctx.command_path
            message = " ".join(exc.format_message().split())
            click.echo(f"error: {where}: {message} (see --help)", err=True)
            sys.exit(exc.exit_code)
        except sa.exc.OperationalError as exc:
            # The database went away or stayed locked mid-command: say so in one line; nothing
            # half-written stays behind because every verb is one transaction.
            click.echo(f"error: database: {str(exc.orig).strip().splitlines()[0]}", err=True)
            sys.exit(1)
        except sa.exc.DatabaseError as exc:
            # A damaged database noticed mid-command (its first pages read fine at start).
            app = ctx.find_object(AppContext)
            url = app._store.safe_url if app and app._store else "(the one configured)"
            problem = unusable_database(exc, url)
            if problem is None:
                raise
            click.echo(f"error: {problem}", err=True)
            sys.exit(problem.exit_code)


@click.group(cls=MonitorGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    metavar="FILE",
    envvar="MONITOR_CONFIG",
    help="feeds.yaml to use (default: feeds.yaml in the project folder; env MONITOR_CONFIG).",
)
@click.option(
    "--db",
    "db_url",
    metavar="URL",
    help="Database URL, e.g. sqlite:///data/monitor.db or postgresql+psycopg://user@host/db "
    "(overrides MONITOR_DATABASE_URL).",
)
@click.version_option(package_name=None, version=__import__("monitor").__version__, prog_name="monitor")
@click.pass_context
def main(ctx: click.Context, config_path: str | None, db_url: str | None) -> None:
    """Election information-integrity monitor: collect feeds, flag distorted election
    narratives, review them, and follow trends next to approved messaging."""
    ctx.obj = AppContext(config_path=config_path, db_url=db_url)


def common_options(fn):
    """--config/--db also after the command name (`monitor init --db URL`)."""

    def set_config(ctx, _param, value):
        if value:
            ctx.ensure_object(AppContext).config_path = value
            ctx.obj._config = None
        return value

    def set_db(ctx, _param, value):
        if value is not None:
            ctx.ensure_object(AppContext).db_url = value
            ctx.obj._config = None
        return value

    fn = click.option(
        "--db",
        metavar="URL",
        expose_value=False,
        callback=set_db,
        is_eager=True,
        help="Database URL (overrides MONITOR_DATABASE_URL).",
    )(fn)
    fn = click.option(
        "--config", metavar="FILE", expose_value=False, callback=set_config, is_eager=True, help="feeds.yaml to use."
    )(fn)
    return fn


def _register() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # a command family not installed in this build
                continue
            raise
        for cmd in module.commands:
            _add_common(cmd)
            main.add_command(cmd)


def _add_common(cmd: click.Command) -> None:
    if not any(p.name == "db" or "--db" in getattr(p, "opts", ()) for p in cmd.params):
        common_options(cmd)
    for sub in getattr(cmd, "commands", {}).values():
        _add_common(sub)


_register()


def cli_reference() -> str:
    """A Markdown table of every command and its one-line help (the README's CLI reference)."""
    rows = ["| command | what it does |", "|---|---|"]

    def walk(group: click.Group, prefix: tuple[str, ...]) -> None:
        for name, cmd in sorted(group.commands.items()):
            path = (*prefix, name)
            if isinstance(cmd, click.Group):
                walk(cmd, path)
                continue
            ctx = click.Context(cmd, info_name=name)
            args = " ".join(p.make_metavar(ctx) for p in cmd.params if isinstance(p, click.Argument))
            args = args.replace("|", "\\|")
            rows.append(f"| `{' '.join(path)}{(' ' + args) if args else ''}` | {cmd.get_short_help_str(limit=200)} |")

    walk(main, ())
    return "\n".join(rows)
