"""Shared fixtures: a fresh database per test, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid

# Four test workers share two cores: the linear algebra library's own threads only wait for
# cores (training holds itself to one thread already; classifiers/fitting.py). One thread here and
# in every command and server a test starts.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import pytest  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from monitor.storage import Store  # noqa: E402

threadpool_limits(limits=1, user_api="blas")  # in case the library was loaded before this file

PG_URL = os.environ.get("MONITOR_TEST_POSTGRES_URL")
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _fresh_pg_db(template: str | None = None) -> tuple[str, str]:
    """Create a throwaway database on the test server (a copy of ``template`` when given);
    returns (url, name)."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    admin.dispose()
    return sa.make_url(PG_URL).set(database=name).render_as_string(hide_password=False), name


@pytest.fixture(scope="session")
def _migrated(tmp_path_factory):
    """One migrated database per engine and test process, made on first use: each test's store
    starts from a copy of it (a file copy, ``CREATE DATABASE … TEMPLATE``) instead of running
    every migration again. ``Store.migrate`` still runs on the copy (a no-op at the head)."""
    made: dict[str, str] = {}

    def get(engine: str) -> str:
        if engine not in made:
            if engine == "sqlite":
                path = tmp_path_factory.mktemp("migrated") / "monitor.db"
                url = f"sqlite:///{path}"
                made[engine] = str(path)
            else:
                url, made[engine] = _fresh_pg_db()
            s = Store(url)
            s.migrate()
            s.dispose()
        return made[engine]

    yield get
    if "postgresql" in made:
        _drop_pg_db(made["postgresql"])


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
def store(request, tmp_path, _migrated):
    """A migrated Store on a fresh SQLite file, and again on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        shutil.copyfile(_migrated("sqlite"), tmp_path / "monitor.db")
        s = Store(f"sqlite:///{tmp_path / 'monitor.db'}")
        s.migrate()
        yield s
        s.dispose()
        return
    if not PG_URL:
        pytest.skip("MONITOR_TEST_POSTGRES_URL is not set (.ci/run starts a PostgreSQL server and sets it)")
    url, name = _fresh_pg_db(template=_migrated("postgresql"))
    s = Store(url)
    s.migrate()
    yield s
    s.dispose()
    _drop_pg_db(name)


@pytest.fixture
def sqlite_store(tmp_path, _migrated):
    shutil.copyfile(_migrated("sqlite"), tmp_path / "monitor.db")
    s = Store(f"sqlite:///{tmp_path / 'monitor.db'}")
    s.migrate()
    yield s
    s.dispose()


def pytest_sessionstart(session):
    if os.environ.get("CI") and not PG_URL:
        raise pytest.UsageError("CI is set but MONITOR_TEST_POSTGRES_URL is not: the PostgreSQL tests would be skipped")


def pytest_collection_modifyitems(session, config, items):
    """The modules of browser and slow tests first, each kept whole (their servers and browsers are
    per module): with two workers the long tests start early and the short ones fill the end,
    instead of one worker finishing a long browser module while the other waits."""
    first = {
        item.module.__name__ for item in items if item.get_closest_marker("browser") or item.get_closest_marker("slow")
    }
    items.sort(key=lambda item: item.module.__name__ not in first)  # (stable: the order within stays)


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
