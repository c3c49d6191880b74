"""API tokens: hashed bearer secrets per user and role, checked on every API request."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

import sqlalchemy as sa

from monitor.errors import AuthError
from monitor.models import Role
from monitor.storage.audit import write_audit
from monitor.storage.core import StoreCore, utcnow
from monitor.storage.schema import (
    api_tokens,
    users,
)

TOKEN_PREFIX_LEN = 8
# last_used_at is written at most this often per token, so reads do not turn into writes.
LAST_USED_EVERY = dt.timedelta(seconds=60)


class TokenError(AuthError):
    """An API token cannot be created or changed as asked."""


# --- tokens ----------------------------------------------------------------------------------
def hash_token(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def token_use_due(token: dict, now: dt.datetime) -> bool:
    """Whether last_used_at is old enough to write again (reads must not all turn into writes)."""
    return token["last_used_at"] is None or now - token["last_used_at"] >= LAST_USED_EVERY


class TokensMixin(StoreCore):
    # --- API tokens --------------------------------------------------------------------------
    def add_api_token(self, username: str, role: Role | str | None = None, by: str = "system") -> tuple[int, str]:
        """Create a token for an existing, active user; returns (id, secret). Only the hash is kept,
        so the secret can be shown once. The role defaults to the user's role."""
        secret = secrets.token_urlsafe(32)

        def run(conn: sa.Connection) -> int:
            user = conn.execute(sa.select(users.c.role, users.c.active).where(users.c.username == username)).first()
            if user is None:
                raise TokenError(f"no user named {username!r} (add one with `users add`)")
            if not user.active:
                raise TokenError(f"user {username!r} is disabled")
            chosen = Role(role or user.role).value
            if chosen != user.role and user.role != Role.ADMIN.value:
                # a token above its user would wake up with more rights if the user were promoted
                raise TokenError(f"user {username!r} is a {user.role}: their tokens can only have that role")
            tid = conn.execute(
                api_tokens.insert().values(
                    username=username,
                    role=chosen,
                    token_hash=hash_token(secret),
                    prefix=secret[:TOKEN_PREFIX_LEN],
                    created_at=utcnow(),
                )
            ).inserted_primary_key[0]
            write_audit(conn, by, "token.add", f"token:{tid}", {"username": username, "role": chosen})
            return tid

        return self.retrying(run), secret

    def verify_api_token(self, secret: str, now: dt.datetime | None = None, touch: bool = True) -> dict | None:
        """The token row (id, username, role, user_role, last_used_at) for a live token of an active
        user, else None. With touch, last_used_at is recorded (at most once a minute); the API
        passes touch=False and records it after answering, so a read never waits for a writer."""
        if not secret or len(secret) > 200:
            return None
        q = (
            sa.select(
                api_tokens.c.id,
                api_tokens.c.username,
                api_tokens.c.role,
                api_tokens.c.prefix,
                api_tokens.c.last_used_at,
                users.c.role.label("user_role"),
                users.c.demo_password,
            )
            .join(users, users.c.username == api_tokens.c.username)
            .where(api_tokens.c.token_hash == hash_token(secret), api_tokens.c.revoked_at.is_(None), users.c.active)
        )
        with self.read() as conn:
            row = conn.execute(q).first()
        if row is None:
            return None
        token = dict(row._mapping)
        now = now or utcnow()
        if touch and token_use_due(token, now):
            self.touch_api_token(token["id"], now)
        return token

    def touch_api_token(self, token_id: int, now: dt.datetime | None = None) -> None:
        """Record that a token was used; a busy database only delays the record to the next use."""
        try:
            with self.tx() as conn:
                conn.execute(
                    api_tokens.update().where(api_tokens.c.id == token_id).values(last_used_at=now or utcnow())
                )
        except sa.exc.OperationalError:
            pass

    def revoke_api_token(self, token_id: int, by: str = "system") -> None:
        def run(conn: sa.Connection) -> None:
            res = conn.execute(
                api_tokens.update()
                .where(api_tokens.c.id == token_id, api_tokens.c.revoked_at.is_(None))
                .values(revoked_at=utcnow())
            )
            if res.rowcount == 0:
                exists = conn.execute(sa.select(api_tokens.c.id).where(api_tokens.c.id == token_id)).first()
                raise TokenError(f"token {token_id} is already revoked" if exists else f"no token with id {token_id}")
            write_audit(conn, by, "token.revoke", f"token:{token_id}")

        self.retrying(run)

    def list_api_tokens(self, username: str | None = None) -> list[dict]:
        q = sa.select(
            api_tokens.c.id,
            api_tokens.c.username,
            api_tokens.c.role,
            api_tokens.c.prefix,
            api_tokens.c.created_at,
            api_tokens.c.revoked_at,
            api_tokens.c.last_used_at,
        ).order_by(api_tokens.c.id)
        if username:
            q = q.where(api_tokens.c.username == username)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]
