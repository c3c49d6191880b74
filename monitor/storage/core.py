"""Engine setup, migrations and small helpers shared by the storage verbs."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import sqlalchemy as sa
from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal

from monitor.errors import StorageError
from monitor.storage import schema

T = TypeVar("T")

MIGRATIONS_DIR = Path(schema.__file__).resolve().with_name("migrations")  # beside the schema it builds
SQLITE_BUSY_TIMEOUT_MS = 30_000
SQLITE_MIN = (3, 33, 0)


def make_engine(url: str) -> sa.Engine:
    """Create an engine; SQLite gets WAL, a busy timeout and foreign keys on every connection."""
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgres://")
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    try:
        sa_url = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StorageError(f"database URL {url!r} is not valid: {exc}") from None
    if sa_url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StorageError(
            f"database URL {sa_url.render_as_string(hide_password=True)!r}: only sqlite:/// and "
            "postgresql+psycopg:// databases are supported"
        )
    if sa_url.get_backend_name() == "sqlite":
        import sqlite3

        if sqlite3.sqlite_version_info < SQLITE_MIN:  # UPDATE ... FROM (classification writes)
            raise StorageError(
                f"SQLite {'.'.join(map(str, SQLITE_MIN))} or newer is needed; this Python's sqlite3 module "
                f"has {sqlite3.sqlite_version} (use a newer Python build, or PostgreSQL)"
            )
        if sa_url.database and sa_url.database != ":memory:":
            Path(sa_url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(
            sa_url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        )

        @sa.event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            # Python's sqlite3 opens transactions lazily; take control so BEGIN IMMEDIATE works.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.close()

        @sa.event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            # Writers take the lock up front: a deferred transaction that later upgrades to a
            # write lock fails at once with "database is locked" instead of waiting.
            # Readers (`Store.read()`) stay deferred so they never wait for a writer in WAL mode.
            readonly = conn.get_execution_options().get("monitor_readonly", False)
            conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

        return engine
    return sa.create_engine(sa_url, pool_pre_ping=True, pool_size=5, max_overflow=5)


def unusable_database(exc: sa.exc.DBAPIError, safe_url: str) -> StorageError | None:
    """A StorageError naming the database when `exc` says the file is not a database or is
    damaged (SQLite: "file is not a database", "database disk image is malformed"), else None.

    Only the driver's plain DatabaseError means that; its subclasses (a constraint broken, a
    lost connection) are other problems."""
    if type(exc) is not sa.exc.DatabaseError:
        return None
    reason = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc.orig).__name__
    return StorageError(
        f"database {safe_url}: {reason} (not a monitor database, or damaged: check the path, "
        "or restore it from a backup)"
    )


# The last migration that rewrites `items` on PostgreSQL (Store.migrate vacuums after it).
REWRITES_ITEMS = "0014"


class StoreCore:
    """Holds the engine; the verb mixins in this package build on it."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self.dialect = self.engine.dialect.name

    # --- lifecycle -------------------------------------------------------------------------
    def migrate(self) -> None:
        """Bring the schema to the newest migration (idempotent)."""
        try:
            with self.engine.begin() as conn:
                before = MigrationContext.configure(conn).get_current_revision()
                cfg = AlembicConfig()
                cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            if self.dialect == "postgresql" and before is not None and before < REWRITES_ITEMS:
                # Migration 0014 rewrote `items`: without a VACUUM the queue's counts cannot use
                # index-only scans until autovacuum comes by (0.3 s instead of 17 ms at 1M items).
                # VACUUM cannot run inside the migration's transaction.
                with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                    conn.exec_driver_sql("VACUUM ANALYZE items")
        except sa.exc.OperationalError as exc:
            raise StorageError(f"cannot reach the database at {self.safe_url}: {one_line(exc.orig)}") from None
        except sa.exc.DatabaseError as exc:
            raise (unusable_database(exc, self.safe_url) or exc) from None

    def schema_is_current(self) -> bool:
        head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
        try:
            with self.engine.connect() as conn:
                return MigrationContext.configure(conn).get_current_revision() == head
        except sa.exc.OperationalError as exc:
            raise StorageError(f"cannot reach the database at {self.safe_url}: {one_line(exc.orig)}") from None
        except sa.exc.DatabaseError as exc:
            raise (unusable_database(exc, self.safe_url) or exc) from None

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def safe_url(self) -> str:
        """The URL with any password hidden, for messages and logs."""
        return sa.make_url(self.engine.url).render_as_string(hide_password=True)

    # --- helpers ---------------------------------------------------------------------------
    @contextmanager
    def tx(self) -> Iterator[sa.Connection]:
        """A write transaction (committed on exit, rolled back on error)."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        """A read-only connection; on SQLite it never takes the write lock."""
        with self.engine.connect().execution_options(monitor_readonly=True) as conn:
            yield conn

    def retrying(self, fn: Callable[[sa.Connection], T], attempts: int = 5) -> T:
        """Run fn in one transaction, retrying when another writer holds the lock too long."""
        for attempt in range(attempts):
            try:
                with self.engine.begin() as conn:
                    return fn(conn)
            except sa.exc.OperationalError as exc:
                locked = "locked" in str(exc.orig).lower() or "deadlock" in str(exc.orig).lower()
                if not locked or attempt == attempts - 1:
                    raise
                time.sleep(0.2 * (attempt + 1))
        raise AssertionError("unreachable")

    def insert_ignore(self, table: sa.Table, rows: list[dict] | None, conflict_cols: list[str]):
        """An INSERT that skips rows colliding with an existing unique key (both engines).

        With rows=None the statement has no VALUES: pass the rows to `execute` (executemany), so
        the compiled statement is cached instead of rebuilt for every batch."""
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        stmt = insert(table) if rows is None else insert(table).values(rows)
        return stmt.on_conflict_do_nothing(index_elements=conflict_cols)

    def table_counts(self) -> dict[str, int]:
        with self.read() as conn:
            return {
                t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for t in schema.metadata.sorted_tables
            }


class unindexed(sa.sql.expression.ColumnElement):  # noqa: N801 - used like a SQL function
    """``+column`` on SQLite, so the planner cannot use an index on that column for this term.

    Joins of items to sources use it: otherwise SQLite may drive a queue page from the sources
    table through a per-source index and sort a million items (4 s) instead of walking the
    queue's own index (5 ms). Other engines get the column itself."""

    inherit_cache = True
    _traverse_internals = [("col", InternalTraversal.dp_clauseelement)]

    def __init__(self, col: sa.ColumnElement):
        self.col, self.type = col, col.type


@compiles(unindexed)
def _unindexed_default(element: unindexed, compiler, **kw) -> str:
    return compiler.process(element.col, **kw)


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler, **kw) -> str:
    return "+" + compiler.process(element.col, **kw)


def item_source_join() -> sa.ColumnElement[bool]:
    """The ON clause joining items to their source (see `unindexed`)."""
    return schema.sources.c.id == unindexed(schema.items.c.source_id)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def one_line(error: BaseException) -> str:
    """A driver's message on one line: psycopg adds a tab-indented hint line ("Is the server
    running on that host…?") that would break the one-line error rule."""
    return " ".join(str(error).split())
