"""API tokens: hashed bearer secrets per user and role, checked on every API request."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

import sqlalchemy as sa

from monitor.errors import AuthError, MonitorError
from monitor.models import Role
from monitor.storage.core import StoreCore, item_source_join, utcnow
from monitor.storage.filters import (
    MAX_INT,
    ItemFilters,
    after_cursor,
    decode_cursor,
    encode_cursor,
    item_conditions,
)
from monitor.storage.reviews import write_audit
from monitor.storage.schema import (
    api_tokens,
    items,
    saved_views,
    sources,
    users,
)

VIEW_PAGES = ("queue", "trends")
ALERT_WINDOWS = ("hour", "day")
TOKEN_PREFIX_LEN = 8
# last_used_at is written at most this often per token, so reads do not turn into writes.
LAST_USED_EVERY = dt.timedelta(seconds=60)


class SavedViewError(MonitorError):
    """A saved view is missing, ambiguous or invalid."""


class TokenError(AuthError):
    """An API token cannot be created or changed as asked."""


# --- saved views -----------------------------------------------------------------------------
def view_filters(filters: ItemFilters | dict) -> dict[str, Any]:
    """The JSON stored for a view: its ItemFilters plus an optional ``display`` dict of page
    settings that filter nothing (Trends keeps its granularity there), kept small and flat."""
    if isinstance(filters, ItemFilters):
        return filters.to_dict()
    out = ItemFilters.from_dict(filters, strict=False).to_dict()
    display = (filters or {}).get("display")
    if display is not None:
        ok = (isinstance(display, dict) and len(display) <= 20
              and all(isinstance(k, str) and len(k) <= 50 for k in display)
              and all(isinstance(v, bool | int | float) or (isinstance(v, str) and len(v) <= 200)
                      for v in display.values()))
        if not ok:
            raise SavedViewError("a view's display settings must be up to 20 short names with plain values")
        if display:
            out["display"] = dict(display)
    return out


def _view_name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 200:
        raise SavedViewError("a view needs a name of 1–200 characters")
    return name


def _name_taken(conn: sa.Connection, owner: str, name: str, except_id: int | None = None) -> None:
    q = sa.select(saved_views.c.id).where(saved_views.c.owner == owner, saved_views.c.name == name)
    if except_id is not None:
        q = q.where(saved_views.c.id != except_id)
    if conn.execute(q).first():
        raise SavedViewError(f"you already have a view named {name!r}")


# --- tokens ----------------------------------------------------------------------------------
def hash_token(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def token_use_due(token: dict, now: dt.datetime) -> bool:
    """Whether last_used_at is old enough to write again (reads must not all turn into writes)."""
    return token["last_used_at"] is None or now - token["last_used_at"] >= LAST_USED_EVERY


ITEM_LIST_COLUMNS = (
    items.c.id, items.c.title, items.c.url, items.c.lang, items.c.kind, items.c.source_id,
    sources.c.name.label("source_name"), items.c.published_at, items.c.fetched_at, items.c.narrative,
    items.c.score, items.c.status, items.c.model_version, items.c.cluster_key,
)


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
            tid = conn.execute(api_tokens.insert().values(
                username=username, role=chosen, token_hash=hash_token(secret), prefix=secret[:TOKEN_PREFIX_LEN],
                created_at=utcnow(),
            )).inserted_primary_key[0]
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
            sa.select(api_tokens.c.id, api_tokens.c.username, api_tokens.c.role, api_tokens.c.prefix,
                      api_tokens.c.last_used_at, users.c.role.label("user_role"), users.c.demo_password)
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
                conn.execute(api_tokens.update().where(api_tokens.c.id == token_id).values(last_used_at=now or utcnow()))
        except sa.exc.OperationalError:
            pass

    def revoke_api_token(self, token_id: int, by: str = "system") -> None:
        def run(conn: sa.Connection) -> None:
            res = conn.execute(api_tokens.update().where(
                api_tokens.c.id == token_id, api_tokens.c.revoked_at.is_(None)).values(revoked_at=utcnow()))
            if res.rowcount == 0:
                exists = conn.execute(sa.select(api_tokens.c.id).where(api_tokens.c.id == token_id)).first()
                raise TokenError(f"token {token_id} is already revoked" if exists else f"no token with id {token_id}")
            write_audit(conn, by, "token.revoke", f"token:{token_id}")

        self.retrying(run)

    def list_api_tokens(self, username: str | None = None) -> list[dict]:
        q = sa.select(api_tokens.c.id, api_tokens.c.username, api_tokens.c.role, api_tokens.c.prefix,
                      api_tokens.c.created_at, api_tokens.c.revoked_at, api_tokens.c.last_used_at).order_by(api_tokens.c.id)
        if username:
            q = q.where(api_tokens.c.username == username)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    # --- saved views -------------------------------------------------------------------------
    @staticmethod
    def _check_view(page: str | None, alert_threshold: int | None, alert_window: str | None) -> None:
        if page is not None and page not in VIEW_PAGES:
            raise SavedViewError(f"page must be one of {', '.join(VIEW_PAGES)} (got {page!r})")
        if alert_window is not None and alert_window not in ALERT_WINDOWS:
            raise SavedViewError(f"alert window must be one of {', '.join(ALERT_WINDOWS)} (got {alert_window!r})")
        if alert_threshold is not None and not 1 <= int(alert_threshold) <= 1_000_000:
            raise SavedViewError("alert threshold must be a count from 1 to 1,000,000")
        if (alert_threshold is None) != (alert_window is None):
            raise SavedViewError("an alert needs both a threshold and a window (hour or day)")

    def save_view(self, name: str, owner: str, page: str, filters: ItemFilters | dict, shared: bool = False,
                  alert_threshold: int | None = None, alert_window: str | None = None) -> int:
        """Create a view; the name must be new for this owner."""
        name = _view_name(name)
        self._check_view(page, alert_threshold, alert_window)
        stored = view_filters(filters)
        now = utcnow()

        def run(conn: sa.Connection) -> int:
            _name_taken(conn, owner, name)
            vid = conn.execute(saved_views.insert().values(
                name=name, owner=owner, shared=bool(shared), page=page, filters=stored,
                alert_threshold=alert_threshold, alert_window=alert_window, created_at=now, updated_at=now,
            )).inserted_primary_key[0]
            write_audit(conn, owner, "view.add", f"view:{vid}", {"name": name, "shared": bool(shared)})
            return vid

        return self.retrying(run)

    def update_view(self, view_id: int, by: str, **values: Any) -> None:
        """Change a view's name, sharing, filters or alert; only its owner (or an admin) may."""
        allowed = {"name", "shared", "page", "filters", "alert_threshold", "alert_window"}
        if not values or set(values) - allowed:
            raise SavedViewError(f"can only change {', '.join(sorted(allowed))}")
        if "filters" in values:
            values["filters"] = view_filters(values["filters"])
        if "name" in values:
            values["name"] = _view_name(values["name"])

        def run(conn: sa.Connection) -> None:
            row = self._owned_view(conn, view_id, by)
            if "name" in values:
                _name_taken(conn, row.owner, values["name"], except_id=view_id)
            merged = {**dict(row._mapping), **values}
            self._check_view(merged["page"], merged["alert_threshold"], merged["alert_window"])
            conn.execute(saved_views.update().where(saved_views.c.id == view_id).values(updated_at=utcnow(), **values))
            write_audit(conn, by, "view.update", f"view:{view_id}", {"fields": sorted(values)})

        self.retrying(run)

    def delete_view(self, view_id: int, by: str) -> None:
        def run(conn: sa.Connection) -> None:
            self._owned_view(conn, view_id, by)
            conn.execute(saved_views.delete().where(saved_views.c.id == view_id))
            write_audit(conn, by, "view.delete", f"view:{view_id}")

        self.retrying(run)

    @staticmethod
    def _owned_view(conn: sa.Connection, view_id: int, by: str) -> sa.Row:
        row = conn.execute(sa.select(saved_views).where(saved_views.c.id == view_id)).first()
        if row is None:
            raise SavedViewError(f"no view with id {view_id}")
        if row.owner != by:
            role = conn.execute(sa.select(users.c.role).where(users.c.username == by)).scalar()
            if role != Role.ADMIN.value:
                raise SavedViewError(f"view {view_id} belongs to {row.owner}; only they or an admin may change it")
        return row

    def list_views(self, user: str | None = None, page: str | None = None) -> list[dict]:
        """The user's own views and everyone's shared ones (every view when user is None)."""
        q = sa.select(saved_views).order_by(saved_views.c.page, saved_views.c.name, saved_views.c.owner)
        if user is not None:
            q = q.where(sa.or_(saved_views.c.owner == user, saved_views.c.shared))
        if page is not None:
            q = q.where(saved_views.c.page == page)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def count_new_matching(self, filters: ItemFilters | dict, since: dt.datetime, now: dt.datetime) -> int:
        """Items fetched since `since` that match a view's filters (for the view's own alert)."""
        f = filters if isinstance(filters, ItemFilters) else ItemFilters.from_dict(filters, strict=False)
        q = (sa.select(sa.func.count()).select_from(items)
             .where(items.c.fetched_at >= since, *item_conditions(f, now)))
        with self.read() as conn:
            return conn.execute(q).scalar_one()

    def get_view(self, name: str, user: str | None = None) -> dict:
        """A view by name: the user's own first, else a shared one; 'owner/name' picks exactly."""
        owner = None
        if "/" in name and not any(v["name"] == name for v in self.list_views(user)):
            owner, name = name.split("/", 1)
        candidates = [v for v in self.list_views(user) if v["name"] == name and (owner is None or v["owner"] == owner)]
        own = [v for v in candidates if v["owner"] == user]
        if own:
            return own[0]
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            raise SavedViewError(f"no view named {name!r}" + ("" if user is None else f" visible to {user}"))
        owners = ", ".join(f"{v['owner']}/{v['name']}" for v in candidates)
        raise SavedViewError(f"several views are named {name!r}: use one of {owners}")

    # --- API reads ---------------------------------------------------------------------------
    def api_items(self, filters: ItemFilters, limit: int = 50, cursor: str | None = None) -> tuple[list[dict], str | None]:
        """A page of items, newest first, and the cursor of the next page (None at the end).
        Keyset paging: items that arrive between two calls never shift or repeat rows."""
        q = (
            sa.select(*ITEM_LIST_COLUMNS).join(sources, item_source_join())
            .where(*item_conditions(filters, search_probe=self.common_search(filters.q)))
            .order_by(items.c.published_at.desc().nulls_last(), items.c.id.desc()).limit(limit + 1)
        )
        if cursor:
            q = q.where(after_cursor(*decode_cursor(cursor)))
        with self.read() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
        more = len(rows) > limit
        rows = rows[:limit]
        nxt = encode_cursor(rows[-1]["published_at"], rows[-1]["id"]) if more and rows else None
        return rows, nxt

    def api_item(self, item_id: int) -> dict | None:
        if not 0 < item_id <= MAX_INT:
            return None
        detail = self.item_detail(item_id)  # from ItemsMixin
        if detail is None:
            return None
        detail.pop("search_text", None)
        return detail

