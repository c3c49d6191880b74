"""`monitor backup` / `restore`: consistent copies while another thread keeps writing."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import threading
import time

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from monitor.interfaces.cli import main
from monitor.models import FeedKind, Item, Source
from monitor.storage import Store
from monitor.storage.backup import BackupError, backup, restore
from tests.conftest import PG_URL

T0 = dt.datetime(2021, 5, 20, 6, 0, tzinfo=dt.UTC)


def _item(source_id: int, n: int) -> Item:
    return Item(
        source_id=source_id,
        title=f"Tin bầu cử {n}",
        text=f"Cử tri đi bầu {n}",
        url=f"https://b.example.vn/{n}",
        canonical_url=f"https://b.example.vn/{n}",
        guid=f"g{n}",
        lang="vi",
        published_at=T0 + dt.timedelta(minutes=n),
        fetched_at=T0 + dt.timedelta(minutes=n),
        content_hash=f"{n:064d}",
        dedupe_key=f"g{n}",
        search_text=f"tin bau cu {n} cu tri di bau {n}",
    )


class Writer(threading.Thread):
    """Keeps inserting small batches of items until stopped, like a collector."""

    def __init__(self, store: Store, source_id: int):
        super().__init__(daemon=True)
        self.store, self.source_id = store, source_id
        self.stop = threading.Event()
        self.written = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                batch = [_item(self.source_id, self.written + i) for i in range(20)]
                self.written += self.store.save_items(batch)[0]
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            self.error = exc


def _count(url: str) -> int:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        n = conn.exec_driver_sql("SELECT count(*) FROM items").scalar_one()
    engine.dispose()
    return n


def _seed(store: Store, n: int = 200) -> int:
    sid = store.upsert_source(Source(name="Báo Sao Lưu", url="https://b.example.vn/rss", kind=FeedKind.NEWS))
    store.save_items([_item(sid, 100_000 + i) for i in range(n)])
    return sid


def test_sqlite_round_trip_while_writing(tmp_path):
    url = f"sqlite:///{tmp_path / 'live.db'}"
    store = Store(url)
    store.migrate()
    sid = _seed(store)
    writer = Writer(store, sid)
    writer.start()
    try:
        while writer.written < 100 and writer.is_alive():  # the writer is busy before the copy starts
            time.sleep(0.01)
        reports = [backup(url, tmp_path / f"copy{i}.db") for i in range(3)]
    finally:
        writer.stop.set()
        writer.join(10)
    assert writer.error is None, writer.error
    for i, report in enumerate(reports):
        copy = tmp_path / f"copy{i}.db"
        assert report.integrity == "ok"
        con = sqlite3.connect(copy)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
        assert con.execute("SELECT count(*) FROM items").fetchone()[0] == report.items >= 200
        con.close()
    assert not list(tmp_path.glob("*.partial"))

    # Restore the last copy into a fresh database: it has the items, and search still works.
    target = f"sqlite:///{tmp_path / 'restored.db'}"
    rep = restore(target, tmp_path / "copy2.db")
    assert rep.integrity == "ok"
    assert _count(target) == reports[2].items
    restored = Store(target)
    restored.migrate()
    assert restored.search_items("bau cu 100005")[0]["title"] == "Tin bầu cử 100005"
    restored.dispose()
    store.dispose()


def test_restore_refuses_a_database_with_data_unless_forced(tmp_path):
    url = f"sqlite:///{tmp_path / 'live.db'}"
    store = Store(url)
    store.migrate()
    _seed(store, 10)
    backup(url, tmp_path / "b.db")
    store.save_items([_item(1, 5)])  # the live DB moves on: 11 items
    with pytest.raises(BackupError, match="already holds data"):
        restore(url, tmp_path / "b.db")
    with pytest.raises(BackupError, match="already exists"):
        backup(url, tmp_path / "b.db")
    rep = restore(url, tmp_path / "b.db", force=True)  # online: the store stays open
    assert rep.items == 10 and store.count_items() == 10
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
    store.save_items([_item(1, 6)])  # and keeps working afterwards
    assert store.count_items() == 11
    store.dispose()


def test_restore_rejects_files_that_are_not_backups(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError):
        restore(url, tmp_path / "junk.db")
    with pytest.raises(BackupError, match="no backup file"):
        restore(url, tmp_path / "missing.db")
    con = sqlite3.connect(tmp_path / "other.db")
    con.execute("CREATE TABLE t (x)")
    con.close()
    with pytest.raises(BackupError, match="not a monitor database"):
        restore(url, tmp_path / "other.db")


def test_cli_backup_into_a_folder_and_restore(tmp_path):
    db = f"sqlite:///{tmp_path / 'm.db'}"
    runner = CliRunner()
    assert runner.invoke(main, ["init", "--db", db]).exit_code == 0
    (tmp_path / "backups").mkdir()
    res = runner.invoke(main, ["backup", str(tmp_path / "backups"), "--db", db])
    assert res.exit_code == 0, res.output
    assert "integrity ok" in res.output
    (copy,) = (tmp_path / "backups").glob("monitor-*.db")
    res = runner.invoke(main, ["restore", str(copy), "--db", db])
    assert res.exit_code == 2 and "--force" in res.output and "Traceback" not in res.output
    res = runner.invoke(main, ["restore", str(copy), "--force", "--db", db])
    assert res.exit_code == 0, res.output


def test_postgres_without_pg_dump_gives_guidance(monkeypatch, tmp_path):
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    res = CliRunner().invoke(
        main, ["backup", str(tmp_path / "x.dump"), "--db", "postgresql+psycopg://u@127.0.0.1:1/none"]
    )
    assert res.exit_code == 2
    assert "pg_dump was not found" in res.output and "docs/OPERATIONS.md" in res.output


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_postgres_round_trip_while_writing(db_url, tmp_path):
    if not PG_URL or shutil.which("pg_dump") is None:
        pytest.skip("needs MONITOR_TEST_POSTGRES_URL and pg_dump/pg_restore")
    store = Store(db_url)
    store.migrate()
    sid = _seed(store)
    writer = Writer(store, sid)
    writer.start()
    try:
        while writer.written < 100 and writer.is_alive():
            time.sleep(0.01)
        report = backup(db_url, tmp_path / "pg.dump")
    finally:
        writer.stop.set()
        writer.join(10)
    assert writer.error is None, writer.error
    assert report.bytes > 0
    assert report.items is not None and f", {report.items} items" in str(report)
    with pytest.raises(BackupError, match="already holds data"):
        restore(db_url, tmp_path / "pg.dump")
    before = store.count_items()
    rep = restore(db_url, tmp_path / "pg.dump", force=True)
    assert rep.integrity == "pg_restore ok"
    after = store.count_items()
    assert 300 <= after <= before  # the snapshot holds what was committed when pg_dump started
    assert rep.items == after == report.items  # counted in the very snapshot pg_dump read
    assert store.search_items("bau cu 100005")  # the GIN index and triggers came back too
    store.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_postgres_backup_outlives_the_servers_idle_timeout(db_url, tmp_path, monkeypatch):
    """The session holding the exported snapshot sits idle while pg_dump runs: a server that ends
    idle transactions after a second must not turn a finished dump into a failure."""
    real = shutil.which("pg_dump")
    if not PG_URL or real is None:
        pytest.skip("needs MONITOR_TEST_POSTGRES_URL and pg_dump")
    store = Store(db_url)
    store.migrate()
    _seed(store)
    n = store.count_items()
    store.dispose()
    slow = tmp_path / "bin"
    slow.mkdir()
    (slow / "pg_dump").write_text(f'#!/bin/sh\n"{real}" "$@"; rc=$?\nsleep 3\nexit $rc\n', encoding="utf-8")
    (slow / "pg_dump").chmod(0o755)
    monkeypatch.setenv("PATH", f"{slow}:{os.environ['PATH']}")
    import sqlalchemy as sa

    engine = sa.create_engine(db_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        name = conn.exec_driver_sql("SELECT current_database()").scalar()
        conn.exec_driver_sql(f'ALTER DATABASE "{name}" SET idle_in_transaction_session_timeout = 1000')
    engine.dispose()
    report = backup(db_url, tmp_path / "pg.dump")
    assert report.items == n and (tmp_path / "pg.dump").stat().st_size > 0
    assert not (tmp_path / "pg.dump.partial").exists()
