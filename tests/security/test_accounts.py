"""Accounts (issue: accounts and sessions): demo accounts with published passwords, the lockout
under parallel guesses, API tokens of demo and disabled accounts, `monitor users`, migration 0006.
Both engines through the `store` fixture."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from monitor import auth
from monitor.auth import DEMO_USERS, authenticate, hash_password
from monitor.demo.bootstrap import demo_accounts_notice, ensure_demo_users
from monitor.errors import AuthError, DemoAccountError
from monitor.interfaces.cli import main

T0 = dt.datetime(2026, 1, 5, 8, tzinfo=dt.UTC)


# --- demo accounts -----------------------------------------------------------------------------
def test_demo_accounts_cannot_sign_in_while_demo_mode_is_off(store):
    assert sorted(ensure_demo_users(store)) == sorted(DEMO_USERS)
    assert store.demo_accounts() == sorted(DEMO_USERS)
    # demo mode on: the published passwords work, as the README promises
    assert authenticate(store, "admin", "admin-demo", T0, demo_mode=True)["role"] == "admin"
    # demo mode off (the default): refused before any password check, whatever is typed
    for typed in ("admin-demo", "wrong-password"):
        with pytest.raises(DemoAccountError, match="users reset admin"):
            authenticate(store, "admin", typed, T0)
    assert store.get_user("admin")["failed_logins"] == 0  # nothing to guess: nothing counted
    # an administrator sets a new password: an ordinary account from then on
    store.update_user("admin", by="cli", password_hash=hash_password("a-new-secret-1"))
    assert store.demo_accounts() == ["manager", "officer", "trainer"]
    assert authenticate(store, "admin", "a-new-secret-1", T0)["username"] == "admin"
    assert "admin" not in (demo_accounts_notice(store, False) or "")
    assert "officer" in demo_accounts_notice(store, False)


def test_published_passwords_are_refused_for_any_account_when_demo_is_off(store):
    with pytest.raises(AuthError, match="published"):
        hash_password("admin-demo")
    # an account given a published password some other way (an old `users reset`) is refused too
    store.add_user("lan", hash_password("officer-demo", allow_published=True), "officer")
    with pytest.raises(DemoAccountError):
        authenticate(store, "lan", "officer-demo", T0)
    assert authenticate(store, "lan", "officer-demo", T0, demo_mode=True)


def test_rehash_keeps_the_demo_mark(store):
    """A login that upgrades an old hash keeps the password, so it keeps the demo mark."""
    from argon2 import PasswordHasher

    old = PasswordHasher(time_cost=1, memory_cost=8 * 1024).hash("officer-demo")
    store.add_user("officer", old, "officer", demo=True)
    authenticate(store, "officer", "officer-demo", T0, demo_mode=True)
    user = store.get_user("officer")
    assert user["password_hash"] != old and user["demo_password"] is True


def test_migration_0006_marks_existing_demo_accounts(tmp_path):
    """A database demo-loaded before 0006: accounts whose hash matches the published password are
    marked, one whose password was changed is not."""
    from alembic import command
    from alembic.config import Config as AlembicConfig

    from monitor.storage import Store
    from monitor.storage.core import MIGRATIONS_DIR

    store = Store(f"sqlite:///{tmp_path / 'old.db'}")
    with store.engine.begin() as conn:
        cfg = AlembicConfig()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
    with store.tx() as conn:
        for name, pw in (("admin", "admin-demo"), ("officer", "changed-later-1"), ("lan", "admin-demo")):
            conn.exec_driver_sql(
                "INSERT INTO users (username, password_hash, role, active, failed_logins, created_at) "
                "VALUES (?, ?, 'admin', 1, 0, '2021-01-01 00:00:00')",
                (name, auth._hasher.hash(pw)),
            )
    store.migrate()
    assert store.demo_accounts() == ["admin"]
    store.dispose()


# --- lockout under parallel guesses ------------------------------------------------------------
def _count_checks(monkeypatch) -> list[int]:
    """Count real password checks (the dummy check for unknown users excluded)."""
    calls = [0]
    real = auth.verify_password
    lock = threading.Lock()

    def counting(password_hash: str, password: str) -> bool:
        if password_hash != auth._dummy_hash():
            with lock:
                calls[0] += 1
        return real(password_hash, password)

    monkeypatch.setattr(auth, "verify_password", counting)
    return calls


def test_parallel_wrong_passwords_get_at_most_lock_after_checks(store, monkeypatch):
    store.add_user("lan", hash_password("mat-khau-dai"), "officer")
    checks = _count_checks(monkeypatch)
    lock_after, n = 5, 40
    barrier = threading.Barrier(n)
    outcomes: list[str] = []

    def guess(k: int) -> None:
        barrier.wait()
        try:
            authenticate(store, "lan", f"wrong-{k}", T0, lock_after=lock_after, lock_seconds=300)
        except AuthError as exc:
            outcomes.append("locked" if "too many" in str(exc) else "wrong")
        else:
            outcomes.append("ok")

    threads = [threading.Thread(target=guess, args=(k,)) for k in range(n)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(120)
    assert len(outcomes) == n and "ok" not in outcomes
    print(
        f"{n} parallel wrong passwords on {store.dialect}: {checks[0]} password checks, "
        f"{outcomes.count('locked')} refused as locked"
    )
    assert checks[0] <= lock_after
    assert outcomes.count("wrong") == checks[0]
    user = store.get_user("lan")
    assert user["locked_until"] is not None and user["locked_until"] > T0
    before = checks[0]
    with pytest.raises(AuthError, match="too many"):  # the right password too, while locked
        authenticate(store, "lan", "mat-khau-dai", T0, lock_after=lock_after)
    assert checks[0] == before
    assert authenticate(store, "lan", "mat-khau-dai", T0 + dt.timedelta(seconds=301), lock_after=lock_after)


def test_sequential_failures_lock_after_the_configured_number(store, monkeypatch):
    store.add_user("lan", hash_password("mat-khau-dai"), "officer")
    checks = _count_checks(monkeypatch)
    for _ in range(3):
        with pytest.raises(AuthError, match="wrong password"):
            authenticate(store, "lan", "sai-mat-khau", T0, lock_after=3)
    with pytest.raises(AuthError, match="too many"):
        authenticate(store, "lan", "sai-mat-khau", T0, lock_after=3)
    assert checks[0] == 3
    # a success in between starts the count again
    later = T0 + dt.timedelta(hours=1)
    with pytest.raises(AuthError):
        authenticate(store, "lan", "sai-mat-khau", later, lock_after=3)
    authenticate(store, "lan", "mat-khau-dai", later, lock_after=3)
    assert store.get_user("lan")["failed_logins"] == 0


def test_attempts_counted_but_never_finished_still_end_in_a_lock(store):
    """Attempts killed between counting and checking leave the count past the limit: the next
    attempt locks (for a while) instead of refusing for ever without a lock."""
    store.add_user("lan", hash_password("mat-khau-dai"), "officer")
    for _ in range(7):
        store.begin_login("lan", T0, 5, 60)
    with pytest.raises(AuthError, match="too many"):
        authenticate(store, "lan", "mat-khau-dai", T0, lock_after=5, lock_seconds=60)
    assert authenticate(store, "lan", "mat-khau-dai", T0 + dt.timedelta(seconds=61), lock_after=5)


# --- API tokens --------------------------------------------------------------------------------
def test_api_tokens_of_demo_and_disabled_accounts(store):
    from monitor.interfaces.api import create_app
    from tests.api.conftest import live_server

    ensure_demo_users(store)
    store.add_user("lan", hash_password("mat-khau-dai"), "officer")
    _, demo_secret = store.add_api_token("officer", by="test")
    _, lan_secret = store.add_api_token("lan", by="test")

    def status(app, secret: str) -> int:
        with live_server(app) as url, httpx.Client(base_url=url) as client:
            return client.get("/api/sources", headers={"Authorization": f"Bearer {secret}"}).status_code

    off = create_app(store)  # a bare Store: demo mode off
    assert status(off, demo_secret) == 401
    assert status(off, lan_secret) == 200
    assert status(create_app(store, demo_mode=True), demo_secret) == 200
    store.update_user("officer", by="cli", password_hash=hash_password("officer-new-1"))
    assert status(off, demo_secret) == 200  # a new password: the account's tokens work again
    store.update_user("lan", by="cli", active=False)
    assert status(off, lan_secret) == 401


# --- monitor users -----------------------------------------------------------------------------
def test_users_cli_lists_marks_and_resets_demo_accounts(tmp_path):
    from monitor.storage import Store

    db = f"sqlite:///{tmp_path / 'm.db'}"
    runner = CliRunner()
    assert runner.invoke(main, ["init", "--db", db]).exit_code == 0
    store = Store(db)
    ensure_demo_users(store)
    store.add_user("lan", hash_password("mat-khau-dai"), "officer")
    res = runner.invoke(main, ["users", "list", "--db", db])
    lines = {ln.split()[0]: ln for ln in res.output.splitlines()}
    assert "demo" in lines["admin"] and "demo" not in lines["lan"], res.output
    res = runner.invoke(main, ["users", "list", "--demo", "--db", db])
    assert sorted(ln.split()[0] for ln in res.output.splitlines()) == sorted(DEMO_USERS)
    res = runner.invoke(main, ["--db", db, "users", "reset", "admin", "--password", "admin-demo"])
    assert res.exit_code == 2 and "published" in res.output and "Traceback" not in res.output
    res = runner.invoke(main, ["--db", db, "users", "reset", "admin", "--password", "brand-new-pass"])
    assert res.exit_code == 0, res.output
    assert store.demo_accounts() == ["manager", "officer", "trainer"]
    assert authenticate(store, "admin", "brand-new-pass", T0)
    store.dispose()


def test_run_tells_about_remaining_demo_accounts(tmp_path, monkeypatch):
    from monitor.storage import Store

    db = f"sqlite:///{tmp_path / 'm.db'}"
    cfg = tmp_path / "feeds.yaml"
    data = Path(__file__).resolve().parents[2] / "data"
    cfg.write_text(f"settings:\n  data_dir: {data}\n  demo: false\nfeeds: []\n", encoding="utf-8")
    monkeypatch.setenv("MONITOR_DEMO", "0")
    runner = CliRunner()
    res = runner.invoke(main, ["init", "--db", db, "--config", str(cfg)])
    assert res.exit_code == 0, res.output
    ensure_demo_users(Store(db))
    res = runner.invoke(main, ["run", "--once", "--no-classify", "--db", db, "--config", str(cfg)])
    assert res.exit_code == 0, res.output
    assert "demo accounts with published passwords: admin, manager, officer, trainer" in res.output
    assert "cannot sign in while demo mode is off" in res.output


def test_a_name_differing_only_in_case_or_unicode_form_is_taken(tmp_path):
    """'Nguyễn_Văn_A' and 'nguyễn_văn_a' were two accounts: two people, or one person twice, to
    whoever reads the audit log."""
    import unicodedata

    from click.testing import CliRunner

    from monitor.interfaces.cli import main

    db = f"sqlite:///{tmp_path / 'm.db'}"

    def add(name: str):
        return CliRunner().invoke(
            main, ["--db", db, "users", "add", name, "--role", "officer", "--password", "mat-khau-dai-du"]
        )

    assert add("Nguyễn_Văn_A").exit_code == 0
    for other in ("nguyễn_văn_a", "NGUYỄN_VĂN_A", unicodedata.normalize("NFD", "Nguyễn_Văn_A")):
        res = add(other)
        assert res.exit_code == 2 and "user 'Nguyễn_Văn_A' already exists" in res.output, (other, res.output)
    assert add("Nguyễn_Văn_B").exit_code == 0
