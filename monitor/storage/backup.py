"""Consistent copies of the database while the app keeps running, and bringing one back.

SQLite uses the online backup API (`sqlite3.Connection.backup`): the copy is taken in one step
under a read transaction, so in WAL mode collectors and the dashboard keep writing while it runs,
and the copy is the database as of one instant. The copy is switched to a single-file journal
and checked with `PRAGMA integrity_check` before it replaces OUT.

PostgreSQL hands over to `pg_dump -Fc` / `pg_restore`, which take a consistent snapshot of a live
database themselves; when those tools are not installed we say how to get them.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from monitor.errors import MonitorError
from monitor.storage.core import make_engine, one_line

PG_DUMP_GUIDANCE = (
    "pg_dump was not found on PATH. Install the PostgreSQL client tools of the server's major "
    "version (Debian/Ubuntu: `apt install postgresql-client-NN`, NN that version, or the PGDG "
    "packages) and run the command again, or back up directly: `pg_dump -Fc -f monitor.dump "
    '"postgresql://USER@HOST/DB"` (the database URL without "+psycopg"; see docs/OPERATIONS.md, Backups).'
)
PG_RESTORE_GUIDANCE = (
    "pg_restore was not found on PATH. Install the PostgreSQL client tools and run the command "
    'again, or restore directly: `pg_restore --clean --if-exists --no-owner -d "postgresql://USER@HOST/DB" '
    'monitor.dump` (the database URL without "+psycopg"; see docs/OPERATIONS.md, Restore).'
)


class BackupError(MonitorError):
    """A backup or restore cannot be made as asked (missing tool, bad file, non-empty target)."""


@dataclass
class BackupReport:
    """What a backup or restore did, for the command to print."""

    path: Path
    engine: str
    bytes: int
    seconds: float
    integrity: str = "ok"
    items: int | None = None

    def __str__(self) -> str:
        items = f", {self.items} items" if self.items is not None else ""
        return (
            f"{self.path} ({self.engine}, {self.bytes / 1e6:.1f} MB{items}, "
            f"integrity {self.integrity}, {self.seconds:.1f} s)"
        )


# --- URLs ----------------------------------------------------------------------------------
def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL; None for other engines. In-memory databases cannot be copied."""
    if _backend(url) != "sqlite":
        return None
    u = sa.make_url(url)
    if not u.database or u.database == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up or restored")
    return Path(u.database)


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """A libpq URL without the password, and an environment carrying it (not visible in `ps`)."""
    u = sa.make_url(url.replace("postgres://", "postgresql://", 1))
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    u = u.set(drivername="postgresql", password=None)
    return u.render_as_string(hide_password=False), env


def default_name(now: dt.datetime | None = None, engine: str = "sqlite") -> str:
    """monitor-20210523-081500.db (or .dump for PostgreSQL): sortable names for a backups folder."""
    now = now or dt.datetime.now(dt.UTC)
    return f"monitor-{now:%Y%m%d-%H%M%S}.{'db' if engine == 'sqlite' else 'dump'}"


def _resolve_out(out: Path, engine: str, force: bool) -> Path:
    if out.is_dir():
        out = out / default_name(engine=engine)
    if out.exists() and not force:
        raise BackupError(f"{out} already exists (pass --force to overwrite it, or name a new file)")
    out.parent.mkdir(parents=True, exist_ok=True)
    return out


# --- SQLite --------------------------------------------------------------------------------
def _integrity(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()
    return "ok" if rows == ["ok"] else "; ".join(rows[:5])


def _count_items(con: sqlite3.Connection) -> int | None:
    try:
        return con.execute("SELECT count(*) FROM items").fetchone()[0]
    except sqlite3.DatabaseError:
        return None


def backup_sqlite(db: Path, out: Path, force: bool = False) -> BackupReport:
    """Copy a live SQLite database to OUT (a file, or a folder for a dated name)."""
    if not db.exists():
        raise BackupError(f"there is no database at {db} (run `python -m monitor init` first)")
    out = _resolve_out(out, "sqlite", force)
    tmp = out.with_name(out.name + ".partial")
    tmp.unlink(missing_ok=True)
    started = time.monotonic()
    src = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(tmp)
    try:
        # pages=-1: copy everything in one step under one read transaction. Copying in slices
        # would let writers in between, and SQLite restarts a backup whose source changed —
        # with a busy collector that can restart forever.
        src.backup(dst, pages=-1)
        # A single self-contained file: no -wal/-shm beside the copy.
        dst.execute("PRAGMA journal_mode = DELETE")
        items = _count_items(dst)
    except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
        dst.close()
        tmp.unlink(missing_ok=True)
        raise BackupError(f"database {db}: {exc} (not a monitor database, or damaged; nothing was copied)") from None
    finally:
        dst.close()
        src.close()
    integrity = _integrity(tmp)
    if integrity != "ok":
        tmp.unlink(missing_ok=True)
        raise BackupError(
            f"the copy failed PRAGMA integrity_check ({integrity}); the database at {db} "
            f"may be damaged: run `sqlite3 {db} 'PRAGMA integrity_check'`"
        )
    os.replace(tmp, out)
    return BackupReport(out, "sqlite", out.stat().st_size, time.monotonic() - started, integrity, items)


def _has_rows(con: sqlite3.Connection) -> bool:
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    for t in tables:
        try:
            if con.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone():
                return True
        except sqlite3.DatabaseError:  # FTS shadow tables and the like
            continue
    return False


def restore_sqlite(backup: Path, db: Path, force: bool = False) -> BackupReport:
    """Bring a backup file back into the database at DB (online: other connections see the
    restored data once it is complete). Refuses to overwrite a database holding data unless force."""
    if not backup.is_file():
        raise BackupError(f"no backup file at {backup}")
    try:
        integrity = _integrity(backup)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{backup} is not a SQLite database ({exc})") from None
    if integrity != "ok":
        raise BackupError(f"{backup} failed PRAGMA integrity_check ({integrity}); pick another backup")
    started = time.monotonic()
    db.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dst = sqlite3.connect(db, timeout=30)
    try:
        if _count_items(src) is None:
            raise BackupError(f"{backup} is not a monitor database (it has no items table)")
        if not force and _has_rows(dst):
            raise BackupError(
                f"the database at {db} already holds data; pass --force to replace it "
                "with the backup (make a backup of it first)"
            )
        try:
            src.backup(dst, pages=-1)
        except sqlite3.OperationalError as exc:
            raise BackupError(
                f"cannot write the database at {db}: {exc} (stop the dashboard and "
                "collectors if they hold it open for long writes, then retry)"
            ) from None
        dst.execute("PRAGMA journal_mode = WAL")
        items = _count_items(dst)
    finally:
        dst.close()
        src.close()
    integrity = _integrity(db)
    return BackupReport(db, "sqlite", db.stat().st_size, time.monotonic() - started, integrity, items)


# --- PostgreSQL ----------------------------------------------------------------------------
def backup_postgres(url: str, out: Path, force: bool = False) -> BackupReport:
    """`pg_dump -Fc` of the database (a consistent snapshot; the app keeps running). The items
    are counted in the snapshot the dump reads (exported from a repeatable-read transaction held
    open while pg_dump runs), so the count is the backup's own."""
    exe = shutil.which("pg_dump")
    if exe is None:
        raise BackupError(PG_DUMP_GUIDANCE)
    out = _resolve_out(out, "postgresql", force)
    tmp = out.with_name(out.name + ".partial")
    conninfo, env = _libpq(url)
    started = time.monotonic()
    engine = make_engine(url)
    conn = None
    try:
        try:
            conn = engine.connect().execution_options(isolation_level="REPEATABLE READ")
            conn.begin()
            snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar()
            items = _pg_count_items(conn)
        except sa.exc.DBAPIError as exc:
            raise BackupError(f"cannot reach the database: {one_line(exc.orig)}") from None
        proc = subprocess.run(
            [exe, "-Fc", "--no-owner", f"--snapshot={snapshot}", "-f", str(tmp), "--dbname", conninfo],
            env=env,
            capture_output=True,
            text=True,
        )
    finally:
        if conn is not None:
            try:
                conn.close()  # ends the snapshot's transaction
            except sa.exc.DBAPIError:
                # the server may have ended the idle session meanwhile (idle_in_transaction_session_timeout):
                # pg_dump took the snapshot when it started, and its dump stands on its own
                pass
        engine.dispose()
    if proc.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"pg_dump failed: {proc.stderr.strip() or proc.returncode}")
    os.replace(tmp, out)
    return BackupReport(out, "postgresql", out.stat().st_size, time.monotonic() - started, "pg_dump ok", items)


def _pg_count_items(conn) -> int | None:
    if not sa.inspect(conn).has_table("items"):
        return None
    return int(conn.exec_driver_sql("SELECT count(*) FROM items").scalar())


def _pg_has_rows(url: str) -> bool:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            insp = sa.inspect(conn)
            for t in insp.get_table_names():
                if t == "alembic_version":
                    continue
                if conn.exec_driver_sql(f'SELECT 1 FROM "{t}" LIMIT 1').first():
                    return True
        return False
    except sa.exc.OperationalError as exc:
        raise BackupError(f"cannot reach the database: {one_line(exc.orig)}") from None
    finally:
        engine.dispose()


def restore_postgres(url: str, backup: Path, force: bool = False) -> BackupReport:
    """`pg_restore --clean --if-exists` a `pg_dump -Fc` file into the database, in one transaction."""
    exe = shutil.which("pg_restore")
    if exe is None:
        raise BackupError(PG_RESTORE_GUIDANCE)
    if not backup.is_file():
        raise BackupError(f"no backup file at {backup}")
    if not force and _pg_has_rows(url):
        raise BackupError(
            "the target database already holds data; pass --force to replace it with the "
            "backup (make a backup of it first)"
        )
    conninfo, env = _libpq(url)
    started = time.monotonic()
    proc = subprocess.run(
        [
            exe,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            "--dbname",
            conninfo,
            str(backup),
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise BackupError(f"pg_restore failed (nothing was changed): {proc.stderr.strip() or proc.returncode}")
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            items = _pg_count_items(conn)
    except sa.exc.DBAPIError:
        items = None  # restored; only the count could not be read
    finally:
        engine.dispose()
    size = backup.stat().st_size
    return BackupReport(backup, "postgresql", size, time.monotonic() - started, "pg_restore ok", items)


# --- dispatch ------------------------------------------------------------------------------
def _backend(url: str) -> str:
    try:
        name = sa.make_url(url).get_backend_name()
    except sa.exc.ArgumentError:
        raise BackupError(f"database URL {url!r} is not valid") from None
    return "postgresql" if name in ("postgres", "postgresql") else name


def backup(url: str, out: Path, force: bool = False) -> BackupReport:
    path = sqlite_path(url)
    if path is not None:
        return backup_sqlite(path, out, force)
    if _backend(url) == "postgresql":
        return backup_postgres(url, out, force)
    raise BackupError(f"cannot back up a {_backend(url)} database")


def restore(url: str, backup_file: Path, force: bool = False) -> BackupReport:
    path = sqlite_path(url)
    if path is not None:
        return restore_sqlite(backup_file, path, force)
    if _backend(url) == "postgresql":
        return restore_postgres(url, backup_file, force)
    raise BackupError(f"cannot restore into a {_backend(url)} database")
