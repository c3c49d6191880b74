"""backup, restore: consistent copies of the database while the app runs."""

from __future__ import annotations

from pathlib import Path

import click

from monitor.interfaces.cli import AppContext


@click.command()
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite OUT if it already exists.")
@click.pass_obj
def backup(app: AppContext, out: Path, force: bool) -> None:
    """Copy the database to OUT while collectors and the dashboard keep running.

    SQLite: online backup API, then PRAGMA integrity_check on the copy. PostgreSQL: pg_dump -Fc.
    OUT may be a folder; the copy is then named monitor-YYYYMMDD-HHMMSS.db (or .dump).
    """
    from monitor.storage.backup import backup as run_backup  # at call time: only this command needs it

    report = run_backup(app.config.database_url, out, force=force)
    click.echo(f"backup written: {report}")


@click.command()
@click.argument("backup_file", metavar="IN", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Replace a database that already holds data.")
@click.pass_obj
def restore(app: AppContext, backup_file: Path, force: bool) -> None:
    """Bring the backup IN back into the database (SQLite file copy or pg_restore).

    Refuses to overwrite a database that holds data unless --force. Run `init` afterwards to bring
    an older backup's schema up to date.
    """
    from monitor.storage.backup import restore as run_restore  # at call time: only this command needs it

    report = run_restore(app.config.database_url, backup_file, force=force)
    click.echo(f"restored: {report}")
    click.echo("run `python -m monitor init` to bring the schema up to date if the backup is older than this version")


commands = [backup, restore]
