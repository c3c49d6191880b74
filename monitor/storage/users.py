"""Verbs for user accounts (hashing lives in monitor.auth; this module only stores)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import sqlalchemy as sa

from monitor.models import Role
from monitor.storage.audit import write_audit
from monitor.storage.core import StoreCore, utcnow
from monitor.storage.schema import users


class UsersMixin(StoreCore):
    def add_user(
        self, username: str, password_hash: str, role: Role | str, by: str = "system", demo: bool = False
    ) -> int:
        """Add an account; ``demo`` marks one whose password is the published demo password."""
        role = Role(role).value

        def run(conn: sa.Connection) -> int:
            uid = conn.execute(
                users.insert().values(
                    username=username,
                    password_hash=password_hash,
                    role=role,
                    created_at=utcnow(),
                    demo_password=demo,
                )
            ).inserted_primary_key[0]
            write_audit(conn, by, "user.add", f"user:{username}", {"role": role, "demo": demo})
            return uid

        return self.retrying(run)

    def username_taken(self, username: str) -> str | None:
        """The existing account whose name equals `username` but for case and Unicode form
        ("Nguyễn_Văn_A" and "nguyễn_văn_a" are one person to a reader), else None."""
        key = unicodedata.normalize("NFC", username).casefold()
        with self.read() as conn:
            names = conn.execute(sa.select(users.c.username)).scalars().all()
        return next((n for n in names if unicodedata.normalize("NFC", n).casefold() == key), None)

    def get_user(self, username: str) -> dict | None:
        with self.read() as conn:
            row = conn.execute(sa.select(users).where(users.c.username == username)).first()
        return dict(row._mapping) if row else None

    def account_state(self, username: str) -> dict | None:
        """What a signed-in session may do now: active, role, demo_password (one read by the
        unique username index; the dashboard calls it on every run and every action)."""
        q = sa.select(users.c.active, users.c.role, users.c.demo_password).where(users.c.username == username)
        with self.read() as conn:
            row = conn.execute(q).first()
        return dict(row._mapping) if row else None

    def list_users(self) -> list[dict]:
        with self.read() as conn:
            return [
                dict(r._mapping)
                for r in conn.execute(
                    sa.select(
                        users.c.id,
                        users.c.username,
                        users.c.role,
                        users.c.active,
                        users.c.created_at,
                        users.c.failed_logins,
                        users.c.locked_until,
                        users.c.demo_password,
                    ).order_by(users.c.username)
                )
            ]

    def demo_accounts(self) -> list[str]:
        """Accounts that still have their published demo password."""
        q = sa.select(users.c.username).where(users.c.demo_password).order_by(users.c.username)
        with self.read() as conn:
            return list(conn.execute(q).scalars())

    def update_user(self, username: str, by: str, **values) -> None:
        """Change role, active flag or password hash; audited (the hash itself is never logged).
        A new password hash clears the demo mark unless ``demo_password`` is given too."""
        allowed = {"role", "active", "password_hash", "demo_password"}
        if not values or set(values) - allowed:
            raise ValueError(f"can only update {sorted(allowed)}")
        if "role" in values:
            values["role"] = Role(values["role"]).value
        if "password_hash" in values:
            values.setdefault("demo_password", False)

        def run(conn: sa.Connection) -> None:
            res = conn.execute(users.update().where(users.c.username == username).values(**values))
            if res.rowcount == 0:
                raise ValueError(f"no user named {username!r}")
            shown = {k: ("(changed)" if k == "password_hash" else v) for k, v in values.items()}
            write_audit(conn, by, "user.update", f"user:{username}", shown)

        self.retrying(run)

    def begin_login(self, username: str, now: dt.datetime, lock_after: int, lock_seconds: int) -> int | None:
        """Count a login attempt before its password is checked, atomically; returns the attempt's
        number in the current run of failures, or None when the account is locked (or gone).

        One UPDATE ... RETURNING: parallel attempts each get their own number (the row is locked
        for the increment on both engines), so no more than ``lock_after`` of them reach the
        password check. An attempt past the limit locks the account itself: a run counted up by
        attempts that never finished (a killed process) cannot leave it refusing without a lock.
        """

        def run(conn: sa.Connection) -> int | None:
            n = conn.execute(
                users.update()
                .where(
                    users.c.username == username,
                    users.c.active,
                    sa.or_(users.c.locked_until.is_(None), users.c.locked_until <= now),
                )
                .values(failed_logins=users.c.failed_logins + 1)
                .returning(users.c.failed_logins)
            ).scalar()
            if n is not None and n > lock_after:
                conn.execute(
                    users.update()
                    .where(users.c.username == username)
                    .values(locked_until=now + dt.timedelta(seconds=lock_seconds), failed_logins=0)
                )
                write_audit(conn, username, "login.failed", f"user:{username}", {"locked": True, "checked": False})
                return None
            return n

        return self.retrying(run)

    def record_login(
        self,
        username: str,
        success: bool,
        now: dt.datetime,
        lock_after: int,
        lock_seconds: int,
        attempt: int | None = None,
    ) -> None:
        """The outcome of an attempt counted by :meth:`begin_login` (its number is ``attempt``):
        success clears the count; the failure that reaches ``lock_after`` locks the account."""

        def run(conn: sa.Connection) -> None:
            where = users.c.username == username
            if success:
                conn.execute(users.update().where(where).values(failed_logins=0, locked_until=None))
                write_audit(conn, username, "login.ok", f"user:{username}")
                return
            n = attempt
            if n is None:  # not counted beforehand: count now
                n = conn.execute(
                    users.update()
                    .where(where)
                    .values(failed_logins=users.c.failed_logins + 1)
                    .returning(users.c.failed_logins)
                ).scalar()
                if n is None:
                    return
            locked = n >= lock_after
            if locked:
                conn.execute(
                    users.update()
                    .where(where)
                    .values(locked_until=now + dt.timedelta(seconds=lock_seconds), failed_logins=0)
                )
            write_audit(conn, username, "login.failed", f"user:{username}", {"locked": locked})

        self.retrying(run)
