"""Sources (feeds): their settings, fetch state, leases, the fetch log and outages."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import sqlalchemy as sa

from monitor.models import FeedKind, FetchResult, FetchStatus, Item, Source
from monitor.storage.audit import write_audit
from monitor.storage.core import StoreCore, utcnow
from monitor.storage.items import insert_item_groups
from monitor.storage.schema import fetch_log, items, sources

_STATE_FIELDS = (
    "etag",
    "last_modified",
    "next_fetch_at",
    "last_fetch_at",
    "last_success_at",
    "last_status",
    "last_error",
    "consecutive_failures",
)


def _to_source(row: Any) -> Source:
    m = row._mapping
    return Source(
        id=m["id"],
        name=m["name"],
        url=m["url"],
        kind=FeedKind(m["kind"]),
        lang=m["lang"],
        interval_seconds=m["interval_seconds"],
        enabled=m["enabled"],
        tags=list(m["tags"] or []),
        full_text=m["full_text"],
        origin=m["origin"],
        url_from_ui=bool(m["url_from_ui"]),
        removed_at=m["removed_at"],
        **{f: m[f] for f in _STATE_FIELDS},
    )


def _fetch_state(result: FetchResult, next_fetch_at: dt.datetime, release_lease: bool) -> dict[str, Any]:
    """A fetch's new feed state as bind values for `_state_update` (keys: column names, "v_id")."""
    state: dict[str, Any] = {
        "v_id": result.source_id,
        "last_fetch_at": result.finished_at,
        "last_status": result.status.value,
        "next_fetch_at": next_fetch_at,
    }
    if result.status in (FetchStatus.OK, FetchStatus.NOT_MODIFIED):
        state.update(last_success_at=result.finished_at, consecutive_failures=0, last_error=result.warning)
        if result.etag is not None or result.last_modified is not None or result.status == FetchStatus.OK:
            state.update(etag=result.etag, last_modified=result.last_modified)
    else:
        state.update(last_error=result.error)  # consecutive_failures + 1, in the statement
    if release_lease:
        state.update(lease_owner=None, lease_until=None)
    return state


@functools.lru_cache(maxsize=32)
def _state_update(shape: tuple[str, ...]) -> sa.Update:
    """UPDATE sources for one shape of `_fetch_state`, built once (a handful of shapes exist)."""
    values: dict[str, Any] = {k: sa.bindparam(k) for k in shape if k != "v_id"}
    if "consecutive_failures" not in values:  # a failure: one more in a row
        values["consecutive_failures"] = sources.c.consecutive_failures + 1
    return sources.update().where(sources.c.id == sa.bindparam("v_id")).values(values)


class SourcesMixin(StoreCore):
    def upsert_source(self, src: Source, origin: str = "config") -> int:
        """Create or update a source by name; fetch state (ETag, health) is kept on update."""
        return self.retrying(lambda conn: self._upsert_in(conn, src, origin))

    def _upsert_in(self, conn: sa.Connection, src: Source, origin: str) -> int:
        values = {
            "url": src.url,
            "kind": FeedKind(src.kind).value,
            "lang": src.lang,
            "interval_seconds": src.interval_seconds,
            "enabled": src.enabled,
            "tags": list(src.tags),
            "full_text": src.full_text,
        }
        if origin == "config":
            values.update(config_enabled=src.enabled, removed_at=None)  # (back) in feeds.yaml

        existing = conn.execute(
            sa.select(sources.c.id, sources.c.url, sources.c.config_enabled).where(sources.c.name == src.name)
        ).first()
        if existing is None:
            # ON CONFLICT DO NOTHING: several workers starting at once all sync feeds.yaml.
            new_id = conn.execute(
                self.insert_ignore(
                    sources,
                    [dict(name=src.name, origin=origin, created_at=utcnow(), url_from_ui=origin == "ui", **values)],
                    ["name"],
                ).returning(sources.c.id)
            ).scalar()
            if new_id is not None:
                return new_id
            existing = conn.execute(  # another worker created it a moment ago
                sa.select(sources.c.id, sources.c.url, sources.c.config_enabled).where(sources.c.name == src.name)
            ).first()
        if origin == "config" and existing.config_enabled is not None and existing.config_enabled == src.enabled:
            # feeds.yaml did not change this feed's switch: keep what an admin set in the dashboard.
            del values["enabled"]
        if existing.url != src.url:  # a new address: old validators mean nothing there
            values.update(etag=None, last_modified=None)
            # Whoever set the address decides how it is checked: a URL typed in the dashboard is
            # address-checked at every hop even on a feeds.yaml feed, until feeds.yaml sets its own.
            values["url_from_ui"] = origin == "ui"
        conn.execute(sources.update().where(sources.c.id == existing.id).values(**values))
        return existing.id

    def sync_sources(self, feeds: list[Source]) -> list[int]:
        """Upsert every configured feed in one transaction (a thousand feeds: one commit). Rows are
        written in name order, so workers syncing at the same time cannot deadlock each other.

        Feeds from feeds.yaml that are no longer in it are marked removed: kept with their items
        for history, never fetched again (until feeds.yaml lists them again)."""

        def run(conn: sa.Connection) -> list[int]:
            ids = {f.name: self._upsert_in(conn, f, "config") for f in sorted(feeds, key=lambda f: f.name)}
            gone = [
                r.id
                for r in conn.execute(
                    sa.select(sources.c.id, sources.c.name)
                    .where(sources.c.origin == "config", sources.c.removed_at.is_(None))
                    .order_by(sources.c.name)
                )
                if r.name not in ids
            ]
            now = utcnow()
            for start in range(0, len(gone), 500):
                conn.execute(
                    sources.update()
                    .where(sources.c.id.in_(gone[start : start + 500]))
                    .values(removed_at=now, lease_owner=None, lease_until=None)
                )
            return [ids[f.name] for f in feeds]

        return self.retrying(run)

    def get_source(self, source_id: int | None = None, name: str | None = None) -> Source | None:
        q = sa.select(sources)
        q = q.where(sources.c.id == source_id) if source_id is not None else q.where(sources.c.name == name)
        with self.read() as conn:
            row = conn.execute(q).first()
        return _to_source(row) if row else None

    def sources_by_id(self, ids: list[int]) -> dict[int, Source]:
        """The stored sources with these ids, in one read (ids not stored are left out)."""
        found: dict[int, Source] = {}
        with self.read() as conn:
            for start in range(0, len(ids), 500):
                q = sa.select(sources).where(sources.c.id.in_(ids[start : start + 500]))
                found.update((r.id, _to_source(r)) for r in conn.execute(q))
        return found

    def list_sources(self, enabled_only: bool = False) -> list[Source]:
        q = sa.select(sources).order_by(sources.c.name)
        if enabled_only:  # the feeds that may be fetched: switched on and still configured
            q = q.where(sources.c.enabled, sources.c.removed_at.is_(None))
        with self.read() as conn:
            return [_to_source(r) for r in conn.execute(q)]

    def set_source_enabled(self, source_id: int, enabled: bool) -> None:
        with self.tx() as conn:
            conn.execute(sources.update().where(sources.c.id == source_id).values(enabled=enabled))

    def due_sources(self, now: dt.datetime, limit: int | None = None) -> list[Source]:
        """Enabled sources whose next fetch time has come (never-fetched ones first); feeds removed
        from feeds.yaml are never due."""
        q = (
            sa.select(sources)
            .where(
                sources.c.enabled,
                sources.c.removed_at.is_(None),
                sa.or_(sources.c.next_fetch_at.is_(None), sources.c.next_fetch_at <= now),
            )
            .order_by(sources.c.next_fetch_at.is_not(None), sources.c.next_fetch_at, sources.c.id)
        )
        if limit:
            q = q.limit(limit)
        with self.read() as conn:
            return [_to_source(r) for r in conn.execute(q)]

    def lease_due_sources(self, worker: str, now: dt.datetime, lease_seconds: int, limit: int) -> list[Source]:
        """Claim due sources for one worker; on PostgreSQL rows are locked with SKIP LOCKED so
        several workers never take the same feed. An expired lease can be taken over."""

        def run(conn: sa.Connection) -> list[Source]:
            cond = sa.and_(
                sources.c.enabled,
                sources.c.removed_at.is_(None),
                sa.or_(sources.c.next_fetch_at.is_(None), sources.c.next_fetch_at <= now),
                sa.or_(sources.c.lease_until.is_(None), sources.c.lease_until < now),
            )
            q = (
                sa.select(sources)
                .where(cond)
                .order_by(sources.c.next_fetch_at.is_not(None), sources.c.next_fetch_at, sources.c.id)
                .limit(limit)
            )
            if self.dialect == "postgresql":
                q = q.with_for_update(skip_locked=True)
            rows = conn.execute(q).all()
            ids = [r.id for r in rows]
            if ids:
                conn.execute(
                    sources.update()
                    .where(sources.c.id.in_(ids))
                    .values(lease_owner=worker, lease_until=now + dt.timedelta(seconds=lease_seconds))
                )
            return [_to_source(r) for r in rows]

        return self.retrying(run)

    def save_fetch(
        self, result: FetchResult, new_items: list[Item], next_fetch_at: dt.datetime, release_lease: bool = True
    ) -> tuple[int, int]:
        """Store a fetch in ONE transaction: its new items, the feed's validators and health, and
        a fetch-log row. A crash before commit leaves the old ETag, so the entries come again and
        the unique key stores them once. Returns (new, duplicate) item counts."""
        return self.save_fetches([(result, new_items, next_fetch_at)], release_lease)[0]

    def save_fetches(
        self, fetches: list[tuple[FetchResult, list[Item], dt.datetime]], release_lease: bool = True
    ) -> list[tuple[int, int]]:
        """`save_fetch` for several fetches in one transaction (a collector commits the feeds that
        finished together at once: one commit instead of one per feed). Each feed's items and its
        new validators still go in with the same commit."""
        return self.retrying(lambda conn: self._save_fetches_in(conn, fetches, release_lease))

    def _save_fetches_in(
        self, conn: sa.Connection, fetches: list[tuple[FetchResult, list[Item], dt.datetime]], release_lease: bool
    ) -> list[tuple[int, int]]:
        """The writes of several fetches inside the caller's transaction, a few statements for all:
        one INSERT of items, one executemany UPDATE of feed state per run of same-shaped states
        (runs keep the fetches' order), one executemany INSERT into the fetch log."""
        counts = insert_item_groups(self, conn, [new_items for _r, new_items, _w in fetches])
        runs: list[tuple[tuple[str, ...], list[dict[str, Any]]]] = []
        for result, _items, next_fetch_at in fetches:
            state = _fetch_state(result, next_fetch_at, release_lease)
            shape = tuple(state)
            if runs and runs[-1][0] == shape:
                runs[-1][1].append(state)
            else:
                runs.append((shape, [state]))
        for shape, states in runs:
            conn.execute(_state_update(shape), states)
        conn.execute(
            fetch_log.insert(),
            [
                dict(
                    source_id=result.source_id,
                    started_at=result.started_at,
                    finished_at=result.finished_at,
                    status=result.status.value,
                    http_status=result.http_status,
                    items_new=new,
                    items_duplicate=dup,
                    bytes_read=result.bytes_read,
                    error=result.error,
                    warning=result.warning,
                )
                for (result, _items, _w), (new, dup) in zip(fetches, counts, strict=True)
            ],
        )
        return counts

    def fetch_log_entries(self, source_id: int | None = None, limit: int = 100) -> list[dict]:
        q = (
            sa.select(fetch_log, sources.c.name.label("source_name"))
            .join(sources, sources.c.id == fetch_log.c.source_id)
            .order_by(fetch_log.c.started_at.desc(), fetch_log.c.id.desc())
            .limit(limit)
        )
        if source_id is not None:
            q = q.where(fetch_log.c.source_id == source_id)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def on_topic_share(self) -> dict[int, dict]:
        """Per source id: items decided about the configured election (``on_topic``), decided
        not about it (``off_topic``), and the on-topic ``share`` of those decided (None: none yet)."""
        on = sa.func.sum(sa.case((items.c.relevant.is_(True), 1), else_=0))
        off = sa.func.sum(sa.case((items.c.relevant.is_(False), 1), else_=0))
        q = sa.select(items.c.source_id, on.label("on"), off.label("off")).group_by(items.c.source_id)
        out = {}
        with self.read() as conn:
            for sid, n_on, n_off in conn.execute(q):
                n_on, n_off = int(n_on or 0), int(n_off or 0)
                decided = n_on + n_off
                out[int(sid)] = {"on_topic": n_on, "off_topic": n_off, "share": n_on / decided if decided else None}
        return out

    def source_health(self, now: dt.datetime | None = None) -> list[dict]:
        """One row per source: status, last success, last error, failures, items in 24 h / 7 days."""
        now = now or utcnow()
        day_ago, week_ago = now - dt.timedelta(days=1), now - dt.timedelta(days=7)
        cnt_24h = (
            sa.select(sa.func.count())
            .where(items.c.source_id == sources.c.id, items.c.fetched_at >= day_ago)
            .scalar_subquery()
        )
        cnt_7d = (
            sa.select(sa.func.count())
            .where(items.c.source_id == sources.c.id, items.c.fetched_at >= week_ago)
            .scalar_subquery()
        )
        total = sa.select(sa.func.count()).where(items.c.source_id == sources.c.id).scalar_subquery()
        latest = sa.select(sa.func.max(items.c.published_at)).where(items.c.source_id == sources.c.id).scalar_subquery()
        q = sa.select(
            sources.c.id,
            sources.c.name,
            sources.c.url,
            sources.c.kind,
            sources.c.lang,
            sources.c.enabled,
            sources.c.interval_seconds,
            sources.c.last_status,
            sources.c.last_fetch_at,
            sources.c.last_success_at,
            sources.c.last_error,
            sources.c.consecutive_failures,
            sources.c.next_fetch_at,
            sources.c.origin,
            sources.c.removed_at,
            cnt_24h.label("items_24h"),
            cnt_7d.label("items_7d"),
            total.label("items_total"),
            latest.label("latest_published_at"),
        ).order_by(sources.c.name)
        with self.read() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
        for r in rows:
            r["items_per_day_7d"] = round(r["items_7d"] / 7, 1)
        return rows

    def postpone_source(self, source_id: int, next_fetch_at: dt.datetime) -> None:
        """Set the next fetch time and release any lease (sources the collector does not fetch)."""

        def run(conn: sa.Connection) -> None:
            conn.execute(
                sources.update()
                .where(sources.c.id == source_id)
                .values(next_fetch_at=next_fetch_at, lease_owner=None, lease_until=None)
            )

        self.retrying(run)

    def release_leases(self, worker: str) -> int:
        """Give back every lease a worker holds (on a clean stop); returns how many."""

        def run(conn: sa.Connection) -> int:
            res = conn.execute(
                sources.update().where(sources.c.lease_owner == worker).values(lease_owner=None, lease_until=None)
            )
            return max(res.rowcount, 0)

        return self.retrying(run)

    def set_source_enabled_audited(self, source_id: int, enabled: bool, by: str) -> None:
        """Enable or disable a feed and record who did it."""

        def run(conn: sa.Connection) -> None:
            conn.execute(sources.update().where(sources.c.id == source_id).values(enabled=enabled))
            write_audit(conn, by, "source.enable" if enabled else "source.disable", f"source:{source_id}")

        self.retrying(run)

    def feed_outages(self, start: dt.datetime | None = None, end: dt.datetime | None = None) -> list[dict]:
        """Failed fetches in the range (source, time, status, error) so charts can mark gaps."""
        q = (
            sa.select(
                sources.c.name.label("source_name"), fetch_log.c.started_at, fetch_log.c.status, fetch_log.c.error
            )
            .join(sources, sources.c.id == fetch_log.c.source_id)
            .where(fetch_log.c.status.in_(["soft_error", "hard_error", "temporary"]))
            .order_by(fetch_log.c.started_at)
        )
        if start is not None:
            q = q.where(fetch_log.c.started_at >= start)
        if end is not None:
            q = q.where(fetch_log.c.started_at < end)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]
