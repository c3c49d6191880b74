"""Alerts (raised, acknowledged, closed) and the record of each notification sent for them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from monitor.errors import AlertError
from monitor.storage.audit import write_audit
from monitor.storage.core import StoreCore, utcnow
from monitor.storage.schema import alerts, audit_log


class AlertsMixin(StoreCore):
    # --- the alerts table ------------------------------------------------------------------
    def save_alert(self, alert: Any) -> int:
        """Store a new alert (a `monitor.outputs.alerts.Alert`); returns its id."""
        values = {
            "kind": alert.kind,
            "narrative": alert.narrative,
            "cluster_key": alert.cluster_key,
            "window": alert.window,
            "window_start": alert.window_start,
            "count": int(alert.count),
            "baseline": alert.baseline,
            "why": alert.why,
            "facts": getattr(alert, "facts", None) or None,
            "status": alert.status or "open",
            "created_at": alert.created_at or utcnow(),
        }
        return self.retrying(lambda conn: conn.execute(alerts.insert().values(**values)).inserted_primary_key[0])

    def open_alerts(self, unacknowledged_only: bool = False) -> list[dict]:
        """Open alerts, not yet acknowledged first, newest first (the sidebar badge and Trends page)."""
        q = (
            sa.select(alerts)
            .where(alerts.c.status == "open")
            .order_by(alerts.c.acknowledged_at.is_not(None), alerts.c.created_at.desc(), alerts.c.id.desc())
        )
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
            conn.execute(
                alerts.update()
                .where(alerts.c.id == alert_id)
                .values(acknowledged_by=username, acknowledged_at=utcnow())
            )
            write_audit(conn, username, "alert.ack", f"alert:{alert_id}")
            return True

        return self.retrying(run)

    def close_alert(self, alert_id: int) -> None:
        """Close an alert whose counts calmed down (the same narrative may alert again)."""
        self.retrying(lambda conn: conn.execute(alerts.update().where(alerts.c.id == alert_id).values(status="closed")))

    def raise_alert_count(self, alert_id: int, count: int) -> None:
        """Keep an open alert's count at the peak seen while it stays open."""
        self.retrying(
            lambda conn: conn.execute(
                alerts.update().where(alerts.c.id == alert_id, alerts.c.count < count).values(count=count)
            )
        )

    def alerted_cluster_keys(self, kind: str, cluster_keys: list[str]) -> set[str]:
        """Which of these clusters ever had an alert of this kind (open or closed)."""
        keys = [k for k in cluster_keys if k]
        if not keys:
            return set()
        with self.read() as conn:
            return set(
                conn.execute(
                    sa.select(alerts.c.cluster_key).where(alerts.c.kind == kind, alerts.c.cluster_key.in_(keys))
                ).scalars()
            )

    # --- notification records --------------------------------------------------------------
    def record_notification(
        self, target: str, channel: str, ok: bool, attempts: int, detail: dict | None = None
    ) -> None:
        """One delivery (after its retries) in the audit log as notify.ok or notify.failed."""
        info = {"channel": channel, "attempts": attempts, **(detail or {})}
        self.retrying(lambda conn: write_audit(conn, "system", "notify.ok" if ok else "notify.failed", target, info))

    def undelivered_notifications(self, prefix: str, since: dt.datetime) -> list[dict]:
        """Notifications (targets starting with ``prefix``) first recorded at or after ``since``
        that never reached a channel: ``target``, ``channel``, how many ``failures`` were recorded
        and when the first and the last were (``first_at``, ``last_at``), oldest first. A delivery
        on one channel does not count for another."""
        base = sa.select(audit_log.c.action, audit_log.c.target, audit_log.c.detail, audit_log.c.at).where(
            audit_log.c.action.in_(["notify.ok", "notify.failed"]),
            audit_log.c.target.startswith(prefix, autoescape=True),
        )
        with self.read() as conn:
            recent = conn.execute(base.where(audit_log.c.at >= since).order_by(audit_log.c.at, audit_log.c.id)).all()
            delivered = {
                (r.target, str((r.detail or {}).get("channel") or "")) for r in recent if r.action == "notify.ok"
            }
            # only the undelivered ones are looked up before `since` (most notifications are delivered)
            targets = sorted({r.target for r in recent} - {t for t, _ in delivered})
            older = set()
            for i in range(0, len(targets), 500):  # a notification that began before `since` is not recent
                chunk = targets[i : i + 500]
                q = sa.select(audit_log.c.target, audit_log.c.detail).where(
                    audit_log.c.action.in_(["notify.ok", "notify.failed"]),
                    audit_log.c.target.in_(chunk),
                    audit_log.c.at < since,
                )
                older |= {(t, str((d or {}).get("channel") or "")) for t, d in conn.execute(q)}
        seen: dict[tuple[str, str], dict] = {}
        for action, target, detail, at in recent:
            key = (target, str((detail or {}).get("channel") or ""))
            if key in older:
                continue
            row = seen.setdefault(key, {"target": key[0], "channel": key[1], "failures": 0, "first_at": at})
            row["last_at"] = at
            if action == "notify.ok":
                row["delivered"] = True
            else:
                row["failures"] += 1
        return [r for r in seen.values() if not r.pop("delivered", False)]

    def notifications(self, limit: int = 100) -> list[dict]:
        """Recent delivery records, newest first."""
        q = (
            sa.select(audit_log)
            .where(audit_log.c.action.in_(["notify.ok", "notify.failed"]))
            .order_by(audit_log.c.at.desc(), audit_log.c.id.desc())
            .limit(limit)
        )
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]
