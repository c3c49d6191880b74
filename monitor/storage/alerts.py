"""Verbs for alerts: the alerts table, the counts spike detection reads, notification records."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import sqlalchemy as sa

from monitor.errors import AlertError
from monitor.storage.core import StoreCore, item_source_join, utcnow
from monitor.storage.reviews import write_audit
from monitor.storage.schema import UTCDateTime, alerts, audit_log, classifications, items, sources

DISTORTED = ("flagged", "confirmed")


class AlertsMixin(StoreCore):
    # --- the alerts table ------------------------------------------------------------------
    def save_alert(self, alert: Any) -> int:
        """Store a new alert (a `monitor.outputs.alerts.Alert`); returns its id."""
        values = {
            "kind": alert.kind, "narrative": alert.narrative, "cluster_key": alert.cluster_key,
            "window": alert.window, "window_start": alert.window_start, "count": int(alert.count),
            "baseline": alert.baseline, "why": alert.why, "status": alert.status or "open",
            "created_at": alert.created_at or utcnow(),
        }
        return self.retrying(lambda conn: conn.execute(alerts.insert().values(**values)).inserted_primary_key[0])

    def open_alerts(self, unacknowledged_only: bool = False) -> list[dict]:
        """Open alerts, not yet acknowledged first, newest first (the sidebar badge and Trends page)."""
        q = sa.select(alerts).where(alerts.c.status == "open").order_by(
            alerts.c.acknowledged_at.is_not(None), alerts.c.created_at.desc(), alerts.c.id.desc())
        if unacknowledged_only:
            q = q.where(alerts.c.acknowledged_at.is_(None))
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def alerts(self, limit: int = 100, since: dt.datetime | None = None, status: str | None = None) -> list[dict]:
        """Alerts newest first, optionally created since a time or with a status."""
        q = sa.select(alerts).order_by(alerts.c.created_at.desc(), alerts.c.id.desc()).limit(limit)
        if since is not None:
            q = q.where(alerts.c.created_at >= since)
        if status:
            q = q.where(alerts.c.status == status)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def get_alert(self, alert_id: int) -> dict | None:
        with self.read() as conn:
            row = conn.execute(sa.select(alerts).where(alerts.c.id == alert_id)).first()
        return dict(row._mapping) if row else None

    def acknowledge_alert(self, alert_id: int, username: str) -> bool:
        """Mark an alert as seen by a user (audited). False if it was already acknowledged;
        raises AlertError when there is no such alert."""
        def run(conn: sa.Connection) -> bool:
            row = conn.execute(sa.select(alerts.c.acknowledged_at).where(alerts.c.id == alert_id)).first()
            if row is None:
                raise AlertError(f"no alert #{alert_id} (see `alerts list`)")
            if row.acknowledged_at is not None:
                return False
            conn.execute(alerts.update().where(alerts.c.id == alert_id).values(
                acknowledged_by=username, acknowledged_at=utcnow()))
            write_audit(conn, username, "alert.ack", f"alert:{alert_id}")
            return True

        return self.retrying(run)

    def close_alert(self, alert_id: int) -> None:
        """Close an alert whose counts calmed down (the same narrative may alert again)."""
        self.retrying(lambda conn: conn.execute(
            alerts.update().where(alerts.c.id == alert_id).values(status="closed")))

    def raise_alert_count(self, alert_id: int, count: int) -> None:
        """Keep an open alert's count at the peak seen while it stays open."""
        self.retrying(lambda conn: conn.execute(
            alerts.update().where(alerts.c.id == alert_id, alerts.c.count < count).values(count=count)))

    def alerted_cluster_keys(self, kind: str, cluster_keys: list[str]) -> set[str]:
        """Which of these clusters ever had an alert of this kind (open or closed)."""
        keys = [k for k in cluster_keys if k]
        if not keys:
            return set()
        with self.read() as conn:
            return set(conn.execute(sa.select(alerts.c.cluster_key).where(
                alerts.c.kind == kind, alerts.c.cluster_key.in_(keys))).scalars())

    # --- counts for detection --------------------------------------------------------------
    def _hour_bucket(self) -> sa.ColumnElement:
        col = items.c.published_at
        if self.dialect == "postgresql":
            return sa.func.date_trunc("hour", sa.func.timezone("UTC", col))
        return sa.func.strftime("%Y-%m-%d %H:00:00", col)

    @staticmethod
    def _as_hour(b: Any) -> dt.datetime:
        if isinstance(b, str):
            b = dt.datetime.fromisoformat(b)
        return b.replace(tzinfo=dt.UTC) if b.tzinfo is None else b.astimezone(dt.UTC)

    def _distorted_between(self, start: dt.datetime, end: dt.datetime) -> list[sa.ColumnElement[bool]]:
        # (start, end]: the window ends at `now` inclusive; items dated in the future are ignored.
        return [items.c.status.in_(DISTORTED), items.c.published_at > start, items.c.published_at <= end]

    def narrative_window_counts(self, start: dt.datetime, end: dt.datetime) -> dict[str, int]:
        """Distorted items per narrative published in (start, end]."""
        q = (sa.select(items.c.narrative, sa.func.count()).where(*self._distorted_between(start, end))
             .group_by(items.c.narrative))
        with self.read() as conn:
            return {n: c for n, c in conn.execute(q) if n}

    def narrative_hourly_counts(self, start: dt.datetime, end: dt.datetime) -> dict[str, dict[dt.datetime, int]]:
        """Narrative → {calendar hour (UTC) → distorted items} for items published in (start, end]."""
        bucket = self._hour_bucket().label("bucket")
        q = (sa.select(items.c.narrative, bucket, sa.func.count()).where(*self._distorted_between(start, end))
             .group_by(items.c.narrative, bucket))
        out: dict[str, dict[dt.datetime, int]] = {}
        with self.read() as conn:
            for n, b, c in conn.execute(q):
                if n:
                    out.setdefault(n, {})[self._as_hour(b)] = c
        return out

    def cluster_window_counts(self, start: dt.datetime, end: dt.datetime, min_count: int = 1) -> dict[str, tuple[int, str | None]]:
        """Cluster → (distorted items in (start, end], its most common narrative) for clusters with
        at least min_count items."""
        q = (sa.select(items.c.cluster_key, items.c.narrative, sa.func.count())
             .where(items.c.cluster_key.is_not(None), *self._distorted_between(start, end))
             .group_by(items.c.cluster_key, items.c.narrative))
        totals: dict[str, Counter] = {}
        with self.read() as conn:
            for ck, n, c in conn.execute(q):
                totals.setdefault(ck, Counter())[n] += c
        return {ck: (sum(c.values()), c.most_common(1)[0][0]) for ck, c in totals.items() if sum(c.values()) >= min_count}

    def cluster_hourly_counts(self, cluster_keys: list[str], start: dt.datetime, end: dt.datetime) -> dict[str, dict[dt.datetime, int]]:
        """Cluster → {calendar hour → distorted items} for the given clusters."""
        if not cluster_keys:
            return {}
        bucket = self._hour_bucket().label("bucket")
        out: dict[str, dict[dt.datetime, int]] = {}
        with self.read() as conn:
            for i in range(0, len(cluster_keys), 500):
                q = (sa.select(items.c.cluster_key, bucket, sa.func.count())
                     .where(items.c.cluster_key.in_(cluster_keys[i:i + 500]), *self._distorted_between(start, end))
                     .group_by(items.c.cluster_key, bucket))
                for ck, b, c in conn.execute(q):
                    out.setdefault(ck, {})[self._as_hour(b)] = c
        return out

    def cluster_source_counts(self, start: dt.datetime, end: dt.datetime, min_sources: int = 2) -> list[dict]:
        """Clusters of distorted items seen from at least min_sources distinct sources in (start, end]:
        cluster_key, sources, items, narrative (the most common one)."""
        q = (sa.select(items.c.cluster_key, sa.func.count(sa.distinct(items.c.source_id)).label("sources"),
                       sa.func.count().label("items"))
             .where(items.c.cluster_key.is_not(None), *self._distorted_between(start, end))
             .group_by(items.c.cluster_key)
             .having(sa.func.count(sa.distinct(items.c.source_id)) >= min_sources))
        with self.read() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
            for r in rows:
                r["narrative"] = conn.execute(
                    sa.select(items.c.narrative).where(items.c.cluster_key == r["cluster_key"],
                                                       *self._distorted_between(start, end))
                    .group_by(items.c.narrative).order_by(sa.func.count().desc(), items.c.narrative).limit(1)
                ).scalar()
        return sorted(rows, key=lambda r: (-r["sources"], r["cluster_key"]))

    def watching_since(self) -> dt.datetime | None:
        """When collecting started: the earliest fetched_at."""
        with self.read() as conn:
            t = conn.execute(sa.select(sa.func.min(items.c.fetched_at))).scalar()
        return UTCDateTime().process_result_value(t, self.engine.dialect)

    def official_responses(self, start: dt.datetime | None = None, end: dt.datetime | None = None) -> list[dict]:
        """Official items with the approved message the current model matched them to (if any):
        item_id, published_at, title, text, matched_message_key; oldest first."""
        q = (
            sa.select(items.c.id.label("item_id"), items.c.published_at, items.c.title, items.c.text,
                      classifications.c.matched_message_key)
            .select_from(items.outerjoin(classifications, sa.and_(
                classifications.c.item_id == items.c.id, classifications.c.model_version == items.c.model_version)))
            .where(items.c.kind == "official", items.c.published_at.is_not(None))
            .order_by(items.c.published_at, items.c.id)
        )
        if start is not None:
            q = q.where(items.c.published_at >= start)
        if end is not None:
            q = q.where(items.c.published_at <= end)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    # --- digest ----------------------------------------------------------------------------
    def top_confirmed_clusters(self, start: dt.datetime, end: dt.datetime, limit: int = 3) -> list[dict]:
        """The most-shared confirmed items published in [start, end): one per near-duplicate
        cluster, ranked by how many copies the cluster has (any status, any time), with the
        approved message the model matched: id, title, url, narrative, source_name, copies,
        sources, matched_message_key."""
        confirmed = (
            sa.select(items.c.id, items.c.title, items.c.url, items.c.narrative, items.c.cluster_key,
                      items.c.published_at, sources.c.name.label("source_name"),
                      classifications.c.matched_message_key)
            .join(sources, item_source_join())
            .outerjoin(classifications, sa.and_(classifications.c.item_id == items.c.id,
                                                classifications.c.model_version == items.c.model_version))
            .where(items.c.status == "confirmed", items.c.published_at >= start, items.c.published_at < end)
            .order_by(items.c.published_at, items.c.id)
        )
        with self.read() as conn:
            rows = [dict(r._mapping) for r in conn.execute(confirmed)]
            keys = sorted({r["cluster_key"] for r in rows if r["cluster_key"]})
            sizes: dict[str, tuple[int, int]] = {}
            for i in range(0, len(keys), 500):
                q = (sa.select(items.c.cluster_key, sa.func.count(), sa.func.count(sa.distinct(items.c.source_id)))
                     .where(items.c.cluster_key.in_(keys[i:i + 500])).group_by(items.c.cluster_key))
                sizes.update({ck: (n, s) for ck, n, s in conn.execute(q)})
        best: dict[str, dict] = {}
        for r in rows:  # oldest confirmed copy stands for its cluster
            group = r["cluster_key"] or f"item:{r['id']}"
            if group not in best:
                r["copies"], r["sources"] = sizes.get(r["cluster_key"], (1, 1))
                best[group] = r
        return sorted(best.values(), key=lambda r: (-r["copies"], -r["sources"], r["id"]))[:limit]

    # --- notification records --------------------------------------------------------------
    def record_notification(self, target: str, channel: str, ok: bool, attempts: int, detail: dict | None = None) -> None:
        """One delivery (after its retries) in the audit log as notify.ok or notify.failed."""
        info = {"channel": channel, "attempts": attempts, **(detail or {})}
        self.retrying(lambda conn: write_audit(conn, "system", "notify.ok" if ok else "notify.failed", target, info))

    def notifications(self, limit: int = 100) -> list[dict]:
        """Recent delivery records, newest first."""
        q = (sa.select(audit_log).where(audit_log.c.action.in_(["notify.ok", "notify.failed"]))
             .order_by(audit_log.c.at.desc(), audit_log.c.id.desc()).limit(limit))
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]
