"""Verbs for user accounts (hashing lives in monitor.auth; this module only stores)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from monitor.models import Role
from monitor.storage.core import StoreCore, utcnow
from monitor.storage.reviews import write_audit
from monitor.storage.schema import users


class UsersMixin(StoreCore):
    def add_user(self, username: str, password_hash: str, role: Role | str, by: str = "system") -> int:
        role = Role(role).value

        def run(conn: sa.Connection) -> int:
            uid = conn.execute(users.insert().values(
                username=username, password_hash=password_hash, role=role, created_at=utcnow(),
            )).inserted_primary_key[0]
            write_audit(conn, by, "user.add", f"user:{username}", {"role": role})
            return uid

        return self.retrying(run)

    def get_user(self, username: str) -> dict | None:
        with self.read() as conn:
            row = conn.execute(sa.select(users).where(users.c.username == username)).first()
        return dict(row._mapping) if row else None

    def list_users(self) -> list[dict]:
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(
                sa.select(users.c.id, users.c.username, users.c.role, users.c.active, users.c.created_at,
                          users.c.failed_logins, users.c.locked_until).order_by(users.c.username))]

    def update_user(self, username: str, by: str, **values) -> None:
        """Change role, active flag or password hash; audited (the hash itself is never logged)."""
        allowed = {"role", "active", "password_hash"}
        if not values or set(values) - allowed:
            raise ValueError(f"can only update {sorted(allowed)}")
        if "role" in values:
            values["role"] = Role(values["role"]).value

        def run(conn: sa.Connection) -> None:
            res = conn.execute(users.update().where(users.c.username == username).values(**values))
            if res.rowcount == 0:
                raise ValueError(f"no user named {username!r}")
            shown = {k: ("(changed)" if k == "password_hash" else v) for k, v in values.items()}
            write_audit(conn, by, "user.update", f"user:{username}", shown)

        self.retrying(run)

    def record_login(self, username: str, success: bool, now: dt.datetime, lock_after: int, lock_seconds: int) -> None:
        """Count failed logins; lock the account for a while after too many in a row."""
        def run(conn: sa.Connection) -> None:
            row = conn.execute(sa.select(users.c.failed_logins).where(users.c.username == username)).first()
            if row is None:
                return
            if success:
                conn.execute(users.update().where(users.c.username == username).values(failed_logins=0, locked_until=None))
                write_audit(conn, username, "login.ok", f"user:{username}")
                return
            failed = row.failed_logins + 1
            values: dict = {"failed_logins": failed}
            if failed >= lock_after:
                values.update(locked_until=now + dt.timedelta(seconds=lock_seconds), failed_logins=0)
            conn.execute(users.update().where(users.c.username == username).values(**values))
            write_audit(conn, username, "login.failed", f"user:{username}", {"locked": "locked_until" in values})

        self.retrying(run)
