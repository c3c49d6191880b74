"""Shared fixtures: a fresh database per test, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import os
import uuid

import pytest
import sqlalchemy as sa

from monitor.storage import Store

PG_URL = os.environ.get("MONITOR_TEST_POSTGRES_URL")
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _fresh_pg_db() -> tuple[str, str]:
    """Create a throwaway database on the test server; returns (url, name)."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return sa.make_url(PG_URL).set(database=name).render_as_string(hide_password=False), name


def _drop_pg_db(name: str) -> None:
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture
def db_url(request, tmp_path):
    """A URL to an empty database of the requested engine (default SQLite)."""
    engine = getattr(request, "param", "sqlite")
    if engine == "sqlite":
        yield f"sqlite:///{tmp_path / 'monitor.db'}"
        return
    if not PG_URL:
        pytest.skip("MONITOR_TEST_POSTGRES_URL is not set (.ci/run starts a PostgreSQL server and sets it)")
    url, name = _fresh_pg_db()
    yield url
    _drop_pg_db(name)


@pytest.fixture(params=ENGINES)
def store(request, tmp_path):
    """A migrated Store on a fresh SQLite file, and again on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        s = Store(f"sqlite:///{tmp_path / 'monitor.db'}")
        s.migrate()
        yield s
        s.dispose()
        return
    if not PG_URL:
        pytest.skip("MONITOR_TEST_POSTGRES_URL is not set (.ci/run starts a PostgreSQL server and sets it)")
    url, name = _fresh_pg_db()
    s = Store(url)
    s.migrate()
    yield s
    s.dispose()
    _drop_pg_db(name)


@pytest.fixture
def sqlite_store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'monitor.db'}")
    s.migrate()
    yield s
    s.dispose()


def pytest_sessionstart(session):
    if os.environ.get("CI") and not PG_URL:
        raise pytest.UsageError("CI is set but MONITOR_TEST_POSTGRES_URL is not: the PostgreSQL tests would be skipped")


def pytest_terminal_summary(terminalreporter):
    """Say how many PostgreSQL tests really ran (CI must show they did)."""
    counts = {}
    for outcome in ("passed", "failed", "skipped", "error"):
        counts[outcome] = sum(
            1 for r in terminalreporter.stats.get(outcome, []) if "postgres" in getattr(r, "keywords", {})
        )
    terminalreporter.write_line(
        "PostgreSQL tests: {passed} passed, {failed} failed, {skipped} skipped, {error} errors".format(**counts)
        + ("" if PG_URL else " (MONITOR_TEST_POSTGRES_URL not set)")
    )


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium through Playwright, one per test module (tests/browser_support.py)."""
    from tests.browser_support import chromium

    with chromium() as b:
        yield b
