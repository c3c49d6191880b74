"""Verbs for the read-only API and bulk exports: API tokens, saved views, export-job records,
item filters shared by the API, exports and views, cursor pages and streaming (keyset) reads.

Filters (`ItemFilters`, also the JSON stored in `saved_views.filters`):
``narratives, sources (names), kinds, langs, since, until, min_score, statuses, q``.
``since``/``until`` are ISO dates/times (UTC when no zone) or relative ages like ``7d`` / ``24h``,
resolved when used, so a saved view "last 7 days" stays current. No status filter means every status.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import hashlib
import json
import re
import secrets
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from monitor.errors import AuthError, MonitorError
from monitor.models import Role
from monitor.schema import (
    UTCDateTime,
    alerts,
    api_tokens,
    case_sets,
    cases,
    classifications,
    export_jobs,
    items,
    reviews,
    saved_views,
    sources,
    users,
)
from monitor.storage.core import StoreCore, utcnow
from monitor.storage.items import search_condition
from monitor.storage.reviews import write_audit

VIEW_PAGES = ("queue", "trends")
ALERT_WINDOWS = ("hour", "day")
EXPORT_WHATS = ("items", "reviews", "cases", "alerts")
JOB_STATUSES = ("queued", "running", "done", "failed")
TOKEN_PREFIX_LEN = 8
# last_used_at is written at most this often per token, so reads do not turn into writes.
LAST_USED_EVERY = dt.timedelta(seconds=60)
_MAX_INT = 2**31 - 1  # INTEGER columns on PostgreSQL


class FilterError(MonitorError):
    """A filter value (date, score, status, view filters) cannot be used."""


class CursorError(MonitorError):
    """A pagination cursor is not one this API handed out."""


class SavedViewError(MonitorError):
    """A saved view is missing, ambiguous or invalid."""


class TokenError(AuthError):
    """An API token cannot be created or changed as asked."""


# --- filters ---------------------------------------------------------------------------------
_AGE = re.compile(r"^\s*(\d{1,6})\s*([hdw])\s*$")
_AGE_UNIT = {"h": dt.timedelta(hours=1), "d": dt.timedelta(days=1), "w": dt.timedelta(weeks=1)}


def parse_when(value: str | dt.datetime | dt.date | None, now: dt.datetime | None = None) -> dt.datetime | None:
    """'2021-05-01', '2021-05-01T08:00+07:00' or an age like '7d' / '24h' → an aware UTC datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    else:
        m = _AGE.match(str(value))
        if m:
            return (now or utcnow()) - int(m.group(1)) * _AGE_UNIT[m.group(2)]
        try:
            moment = dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
        except ValueError:
            raise FilterError(f"date {value!r}: use YYYY-MM-DD, an ISO time, or an age like 7d or 24h") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
    try:
        moment = moment.astimezone(dt.UTC)
    except OverflowError:
        raise FilterError(f"date {value!r} is out of range") from None
    if not dt.datetime(1900, 1, 1, tzinfo=dt.UTC) <= moment <= dt.datetime(9000, 1, 1, tzinfo=dt.UTC):
        raise FilterError(f"date {value!r} is out of range")
    return moment


def _clean_list(values: Any, what: str) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    out = []
    for v in values:
        v = str(v).strip()
        if "\x00" in v:  # PostgreSQL refuses NUL in text; no real value contains one
            raise FilterError(f"{what}: contains a NUL character")
        if v:
            out.append(v)
    return out


@dataclasses.dataclass
class ItemFilters:
    """Which items a list, an export or a saved view covers (empty = no restriction)."""

    narratives: list[str] = dataclasses.field(default_factory=list)
    sources: list[str] = dataclasses.field(default_factory=list)  # source names
    kinds: list[str] = dataclasses.field(default_factory=list)
    langs: list[str] = dataclasses.field(default_factory=list)
    since: str | None = None
    until: str | None = None
    min_score: float | None = None
    statuses: list[str] = dataclasses.field(default_factory=list)
    q: str | None = None

    def __post_init__(self) -> None:
        for name in ("narratives", "sources", "kinds", "langs", "statuses"):
            setattr(self, name, _clean_list(getattr(self, name), name))
        for name in ("since", "until"):
            value = getattr(self, name)
            if isinstance(value, dt.date):
                value = value.isoformat()
            if value is not None:
                value = str(value)
                parse_when(value)  # validate now; resolve relative ages when used
            setattr(self, name, value or None)
        if self.min_score is not None:
            try:
                self.min_score = float(self.min_score)
            except (TypeError, ValueError):
                raise FilterError(f"min_score {self.min_score!r}: must be a number from 0 to 1") from None
            if not 0.0 <= self.min_score <= 1.0:
                raise FilterError(f"min_score {self.min_score!r}: must be a number from 0 to 1")
        if self.q is not None:
            self.q = _clean_list([self.q], "q")[0] if self.q.strip() else None

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None, strict: bool = True) -> ItemFilters:
        """From stored JSON. Unknown keys are an error when strict (a view may carry page extras)."""
        data = dict(data or {})
        names = {f.name for f in dataclasses.fields(cls)}
        aliases = {"narrative": "narratives", "source": "sources", "kind": "kinds", "lang": "langs",
                   "status": "statuses", "search": "q"}
        clean: dict[str, Any] = {}
        for key, value in data.items():
            key = aliases.get(key, key)
            if key in names:
                clean[key] = value
            elif strict:
                raise FilterError(f"unknown filter {key!r} (known: {', '.join(sorted(names))})")
        return cls(**clean)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, without empty entries."""
        return {k: v for k, v in dataclasses.asdict(self).items() if v not in (None, [], "")}

    def window(self, now: dt.datetime | None = None) -> tuple[dt.datetime | None, dt.datetime | None]:
        now = now or utcnow()
        return parse_when(self.since, now), parse_when(self.until, now)


def item_conditions(f: ItemFilters, now: dt.datetime | None = None, time_col: sa.ColumnElement | None = None,
                    ) -> list[sa.ColumnElement[bool]]:
    """WHERE conditions on `items` (same meaning as the review queue's filters)."""
    conds: list[sa.ColumnElement[bool]] = []
    if f.statuses:
        conds.append(items.c.status.in_(f.statuses))
    if f.narratives:
        conds.append(items.c.narrative.in_(f.narratives))
    if f.sources:
        conds.append(items.c.source_id.in_(sa.select(sources.c.id).where(sources.c.name.in_(f.sources))))
    if f.kinds:
        conds.append(items.c.kind.in_(f.kinds))
    if f.langs:
        conds.append(items.c.lang.in_(f.langs))
    start, end = f.window(now)
    col = items.c.published_at if time_col is None else time_col
    if start is not None:
        conds.append(col >= start)
    if end is not None:
        conds.append(col < end)
    if f.min_score is not None:
        conds.append(items.c.score >= f.min_score)
    if f.q:
        conds.append(search_condition(f.q))
    return conds


# --- cursors ---------------------------------------------------------------------------------
def encode_cursor(published_at: dt.datetime | None, item_id: int) -> str:
    """Opaque to clients: base64 of the last row's (published_at, id)."""
    stamp = published_at.astimezone(dt.UTC).isoformat() if published_at else None
    raw = json.dumps([stamp, item_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.datetime | None, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        stamp, item_id = json.loads(raw)
        if not isinstance(item_id, int) or isinstance(item_id, bool) or not 0 <= item_id <= _MAX_INT:
            raise ValueError
        moment = None if stamp is None else dt.datetime.fromisoformat(stamp).astimezone(dt.UTC)
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError, OverflowError):
        raise CursorError("cursor is not valid; start again without one") from None
    return moment, item_id


def _after_cursor(moment: dt.datetime | None, item_id: int) -> sa.ColumnElement[bool]:
    """Rows after (moment, id) in the order published_at DESC NULLS LAST, id DESC."""
    pub, iid = items.c.published_at, items.c.id
    if moment is None:
        return sa.and_(pub.is_(None), iid < item_id)
    return sa.or_(pub < moment, sa.and_(pub == moment, iid < item_id), pub.is_(None))


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


class ApiMixin(StoreCore):
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
                      api_tokens.c.last_used_at, users.c.role.label("user_role"))
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
        name = (name or "").strip()
        if not name or len(name) > 200:
            raise SavedViewError("a view needs a name of 1–200 characters")
        self._check_view(page, alert_threshold, alert_window)
        f = filters if isinstance(filters, ItemFilters) else ItemFilters.from_dict(filters, strict=False)
        now = utcnow()

        def run(conn: sa.Connection) -> int:
            if conn.execute(sa.select(saved_views.c.id).where(
                    saved_views.c.owner == owner, saved_views.c.name == name)).first():
                raise SavedViewError(f"you already have a view named {name!r}")
            vid = conn.execute(saved_views.insert().values(
                name=name, owner=owner, shared=bool(shared), page=page, filters=f.to_dict(),
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
            f = values["filters"]
            values["filters"] = (f if isinstance(f, ItemFilters) else ItemFilters.from_dict(f, strict=False)).to_dict()

        def run(conn: sa.Connection) -> None:
            row = self._owned_view(conn, view_id, by)
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

    # --- export jobs -------------------------------------------------------------------------
    def create_export_job(self, owner: str, what: str, fmt: str, filters: dict, path: str | None = None) -> int:
        with self.tx() as conn:
            return conn.execute(export_jobs.insert().values(
                owner=owner, what=what, format=fmt, filters=filters, status="queued", path=path, created_at=utcnow(),
            )).inserted_primary_key[0]

    def update_export_job(self, job_id: int, **values: Any) -> None:
        allowed = {"status", "rows", "bytes", "path", "error", "finished_at"}
        if set(values) - allowed:
            raise ValueError(f"can only update {sorted(allowed)}")
        if values.get("status") not in (None, *JOB_STATUSES):
            raise ValueError(f"unknown job status {values['status']!r}")
        self.retrying(lambda conn: conn.execute(export_jobs.update().where(export_jobs.c.id == job_id).values(**values)))

    def get_export_job(self, job_id: int) -> dict | None:
        with self.read() as conn:
            row = conn.execute(sa.select(export_jobs).where(export_jobs.c.id == job_id)).first()
        return dict(row._mapping) if row else None

    def list_export_jobs(self, owner: str | None = None, limit: int = 50) -> list[dict]:
        """Newest first: what a Downloads panel lists."""
        q = sa.select(export_jobs).order_by(export_jobs.c.created_at.desc(), export_jobs.c.id.desc()).limit(limit)
        if owner is not None:
            q = q.where(export_jobs.c.owner == owner)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def fail_interrupted_export_jobs(self, older_than: dt.timedelta = dt.timedelta(hours=6)) -> int:
        """Jobs still queued/running long after they were created belong to a process that stopped
        (a million rows take about a minute): mark them failed. Call when a runner starts; the age
        limit keeps a concurrent export in another process (the CLI) safe."""
        cutoff = utcnow() - older_than

        def run(conn: sa.Connection) -> int:
            return conn.execute(export_jobs.update().where(
                export_jobs.c.status.in_(["queued", "running"]), export_jobs.c.created_at <= cutoff).values(
                status="failed", error="interrupted (the process running it stopped)", finished_at=utcnow())).rowcount

        return self.retrying(run)

    # --- API reads ---------------------------------------------------------------------------
    def api_items(self, filters: ItemFilters, limit: int = 50, cursor: str | None = None) -> tuple[list[dict], str | None]:
        """A page of items, newest first, and the cursor of the next page (None at the end).
        Keyset paging: items that arrive between two calls never shift or repeat rows."""
        q = (
            sa.select(*ITEM_LIST_COLUMNS).join(sources, sources.c.id == items.c.source_id)
            .where(*item_conditions(filters))
            .order_by(items.c.published_at.desc().nulls_last(), items.c.id.desc()).limit(limit + 1)
        )
        if cursor:
            q = q.where(_after_cursor(*decode_cursor(cursor)))
        with self.read() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
        more = len(rows) > limit
        rows = rows[:limit]
        nxt = encode_cursor(rows[-1]["published_at"], rows[-1]["id"]) if more and rows else None
        return rows, nxt

    def api_item(self, item_id: int) -> dict | None:
        if not 0 < item_id <= _MAX_INT:
            return None
        detail = self.item_detail(item_id)  # from ItemsMixin
        if detail is None:
            return None
        detail.pop("search_text", None)
        return detail

    def api_alerts(self, limit: int = 100, since: dt.datetime | None = None, status: str | None = None) -> list[dict]:
        """Alerts newest first, read from the `alerts` table (used when no alerts verbs exist)."""
        q = sa.select(alerts).order_by(alerts.c.created_at.desc(), alerts.c.id.desc()).limit(limit)
        if since is not None:
            q = q.where(alerts.c.created_at >= since)
        if status:
            q = q.where(alerts.c.status == status)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    # --- streaming reads for exports -----------------------------------------------------------
    # Export rows carry times as ISO 8601 UTC text and evidence/findings as "a; b" text, made in
    # SQL: per-value conversion in Python was most of the cost of a million-row export.
    def iter_items(self, filters: ItemFilters | None = None, batch_size: int = 5000) -> Iterator[dict]:
        """Every matching item with its current classification, reviews and cases, one row at a time."""
        for batch in self.iter_export_batches("items", filters, batch_size):
            yield from batch

    def iter_export_batches(self, what: str, filters: ItemFilters | None = None, batch_size: int = 5000,
                            ) -> Iterator[list[dict]]:
        """Lists of at most batch_size row dicts (see `iter_export_rows`)."""
        for columns, rows in self.iter_export_rows(what, filters, batch_size):
            yield [dict(zip(columns, r, strict=True)) for r in rows]

    def iter_export_rows(self, what: str, filters: ItemFilters | None = None, batch_size: int = 5000,
                         ) -> Iterator[tuple[tuple[str, ...], list[Sequence[Any]]]]:
        """(column names, rows as tuples) in batches, by keyset on the record id: each batch is one
        short read, so memory stays flat and a long export never holds a snapshot open."""
        if what not in EXPORT_WHATS:
            raise FilterError(f"cannot export {what!r}: choose one of {', '.join(EXPORT_WHATS)}")
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        base = self._export_query(what, filters or ItemFilters(), now=utcnow())  # relative dates fixed once
        key = {"items": items.c.id, "reviews": reviews.c.id, "cases": cases.c.id, "alerts": alerts.c.id}[what]
        last = 0
        while True:
            with self.read() as conn:
                result = conn.execute(base.where(key > last).limit(batch_size))
                columns = tuple(result.keys())
                rows: list[Sequence[Any]] = result.all()
                if rows and what == "items":
                    self._add_item_history(conn, columns, rows)
            if not rows:
                return
            last = rows[-1][0]
            yield columns, rows
            if len(rows) < batch_size:
                return

    def count_export_rows(self, what: str, filters: ItemFilters | None = None) -> int:
        q = self._export_query(what, filters or ItemFilters())
        with self.read() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(q.order_by(None).subquery())).scalar_one()

    def _iso(self, col: sa.ColumnElement, name: str | None = None) -> sa.ColumnElement:
        """A stored time as ISO 8601 UTC text, computed by the database."""
        if self.dialect == "postgresql":
            text = sa.func.to_char(sa.func.timezone("UTC", col), 'YYYY-MM-DD"T"HH24:MI:SS.US', type_=sa.Text)
        else:  # stored as naive UTC 'YYYY-MM-DD HH:MM:SS.ffffff'
            text = sa.func.substr(col, 1, 10, type_=sa.Text) + "T" + sa.func.substr(col, 12, type_=sa.Text)
        return (text + "+00:00").label(name or col.name)

    def _json_terms(self, col_sql: str, key: str, name: str) -> sa.ColumnElement:
        """'a; b' from a JSON list of objects (evidence terms, finding messages), by the database."""
        if self.dialect == "postgresql":
            sql = (f"(CASE WHEN json_typeof({col_sql}) = 'array' THEN (SELECT string_agg(j.value->>'{key}', '; ' "
                   f"ORDER BY j.n) FROM json_array_elements({col_sql}) WITH ORDINALITY AS j(value, n)) END)")
        else:
            sql = (f"(CASE WHEN {col_sql} IS NULL OR {col_sql} = '[]' THEN NULL ELSE (SELECT group_concat("
                   f"json_extract(j.value, '$.{key}'), '; ') FROM json_each({col_sql}) AS j) END)")
        return sa.literal_column(sql, type_=sa.Text).label(name)

    def _export_query(self, what: str, f: ItemFilters, now: dt.datetime | None = None) -> sa.Select:
        iso = self._iso
        if what == "items":
            cls = classifications
            none = sa.literal_column("NULL", type_=sa.Text)
            return (
                sa.select(
                    items.c.id, iso(items.c.published_at), iso(items.c.fetched_at), sources.c.name.label("source_name"),
                    items.c.kind, items.c.lang, items.c.title, items.c.url, items.c.text, items.c.narrative,
                    items.c.score, items.c.status, items.c.model_version, cls.c.matched_message_key,
                    cls.c.match_score, self._json_terms("classifications.evidence", "term", "evidence"),
                    self._json_terms("classifications.findings", "message", "findings"), items.c.cluster_key,
                    # filled per batch by _add_item_history (reviews are few; a join would multiply rows)
                    sa.literal_column("0", type_=sa.Integer).label("review_count"), none.label("last_decision"),
                    none.label("last_reviewer"), none.label("last_reviewed_at"), none.label("last_note"),
                    none.label("case_sets"),
                )
                .join(sources, sources.c.id == items.c.source_id)
                .outerjoin(cls, sa.and_(cls.c.item_id == items.c.id, cls.c.model_version == items.c.model_version))
                .where(*item_conditions(f, now)).order_by(items.c.id)
            )
        if what == "reviews":
            return (
                sa.select(
                    reviews.c.id, iso(reviews.c.created_at), reviews.c.username, reviews.c.decision,
                    reviews.c.narrative.label("decided_narrative"), reviews.c.note, reviews.c.item_id,
                    items.c.title, items.c.url, sources.c.name.label("source_name"), iso(items.c.published_at),
                    items.c.narrative.label("current_narrative"), items.c.status.label("item_status"),
                )
                .join(items, items.c.id == reviews.c.item_id).join(sources, sources.c.id == items.c.source_id)
                .where(*item_conditions(f, now, time_col=reviews.c.created_at)).order_by(reviews.c.id)
            )
        if what == "cases":
            return (
                sa.select(
                    cases.c.id, case_sets.c.name.label("case_set"), cases.c.item_id, items.c.title, items.c.url,
                    sources.c.name.label("source_name"), iso(items.c.published_at), items.c.narrative,
                    cases.c.teaching_note, cases.c.added_by, iso(cases.c.added_at),
                )
                .join(case_sets, case_sets.c.id == cases.c.case_set_id).join(items, items.c.id == cases.c.item_id)
                .join(sources, sources.c.id == items.c.source_id)
                .where(*item_conditions(f, now, time_col=cases.c.added_at)).order_by(cases.c.id)
            )
        # alerts are about narratives and clusters, not items: only time, narrative and status apply
        if f.sources or f.kinds or f.langs or f.min_score is not None or f.q:
            raise FilterError("alert exports take only since, until, narrative and status filters")
        cols = [iso(c) if isinstance(c.type, UTCDateTime) else c for c in alerts.columns]
        q = sa.select(*cols).order_by(alerts.c.id)
        start, end = f.window(now)
        if start is not None:
            q = q.where(alerts.c.created_at >= start)
        if end is not None:
            q = q.where(alerts.c.created_at < end)
        if f.narratives:
            q = q.where(alerts.c.narrative.in_(f.narratives))
        if f.statuses:
            q = q.where(alerts.c.status.in_(f.statuses))
        return q

    def _add_item_history(self, conn: sa.Connection, columns: tuple[str, ...], rows: list[Sequence[Any]]) -> None:
        """Reviews and case sets for one batch, replacing the rows that have any. The batch is a
        contiguous id range, so a range condition (index-friendly, no 5,000 bound parameters)
        finds them; entries of items outside the batch's filter are skipped."""
        lo, hi = rows[0][0], rows[-1][0]
        pos = {r[0]: i for i, r in enumerate(rows)}
        extra: dict[int, dict[str, Any]] = {}
        q = (sa.select(reviews.c.item_id, reviews.c.username, reviews.c.decision, reviews.c.note,
                       self._iso(reviews.c.created_at))
             .where(reviews.c.item_id >= lo, reviews.c.item_id <= hi).order_by(reviews.c.item_id, reviews.c.id))
        for item_id, username, decision, note, created_at in conn.execute(q):
            if item_id in pos:
                e = extra.setdefault(item_id, {"review_count": 0})
                e.update(review_count=e["review_count"] + 1, last_decision=decision, last_reviewer=username,
                         last_reviewed_at=created_at, last_note=note)
        q = (sa.select(cases.c.item_id, case_sets.c.name).join(case_sets, case_sets.c.id == cases.c.case_set_id)
             .where(cases.c.item_id >= lo, cases.c.item_id <= hi).order_by(cases.c.item_id, case_sets.c.name))
        for item_id, name in conn.execute(q):
            if item_id in pos:
                e = extra.setdefault(item_id, {})
                e["case_sets"] = f"{e['case_sets']}; {name}" if e.get("case_sets") else name
        index = {c: i for i, c in enumerate(columns)}
        for item_id, e in extra.items():
            row = list(rows[pos[item_id]])
            for col, value in e.items():
                row[index[col]] = value
            rows[pos[item_id]] = tuple(row)
