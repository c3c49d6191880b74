"""Saved views: named filters of the review queue and Trends, private or shared, with an optional alert."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from monitor.errors import MonitorError
from monitor.models import Role
from monitor.storage.audit import write_audit
from monitor.storage.core import StoreCore, utcnow
from monitor.storage.filters import ItemFilters, item_conditions
from monitor.storage.schema import items, saved_views, users

VIEW_PAGES = ("queue", "trends")
ALERT_WINDOWS = ("hour", "day")


class SavedViewError(MonitorError):
    """A saved view is missing, ambiguous or invalid."""


# --- saved views -----------------------------------------------------------------------------
def view_filters(filters: ItemFilters | dict) -> dict[str, Any]:
    """The JSON stored for a view: its ItemFilters plus an optional ``display`` dict of page
    settings that filter nothing (Trends keeps its granularity there), kept small and flat."""
    if isinstance(filters, ItemFilters):
        return filters.to_dict()
    out = ItemFilters.from_dict(filters, strict=False).to_dict()
    display = (filters or {}).get("display")
    if display is not None:
        ok = (
            isinstance(display, dict)
            and len(display) <= 20
            and all(isinstance(k, str) and len(k) <= 50 for k in display)
            and all(
                isinstance(v, bool | int | float) or (isinstance(v, str) and len(v) <= 200) for v in display.values()
            )
        )
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


class ViewsMixin(StoreCore):
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

    def save_view(
        self,
        name: str,
        owner: str,
        page: str,
        filters: ItemFilters | dict,
        shared: bool = False,
        alert_threshold: int | None = None,
        alert_window: str | None = None,
    ) -> int:
        """Create a view; the name must be new for this owner."""
        name = _view_name(name)
        self._check_view(page, alert_threshold, alert_window)
        stored = view_filters(filters)
        now = utcnow()

        def run(conn: sa.Connection) -> int:
            _name_taken(conn, owner, name)
            vid = conn.execute(
                saved_views.insert().values(
                    name=name,
                    owner=owner,
                    shared=bool(shared),
                    page=page,
                    filters=stored,
                    alert_threshold=alert_threshold,
                    alert_window=alert_window,
                    created_at=now,
                    updated_at=now,
                )
            ).inserted_primary_key[0]
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
        q = sa.select(sa.func.count()).select_from(items).where(items.c.fetched_at >= since, *item_conditions(f, now))
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
