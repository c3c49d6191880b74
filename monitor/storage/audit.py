"""The audit log: who did what, when (append-only)."""

from __future__ import annotations

import sqlalchemy as sa

from monitor.storage.core import StoreCore, utcnow
from monitor.storage.schema import audit_log


def write_audit(conn: sa.Connection, username: str, action: str, target: str = "", detail: dict | None = None) -> None:
    conn.execute(
        audit_log.insert().values(at=utcnow(), username=username, action=action, target=target, detail=detail or {})
    )


class AuditMixin(StoreCore):
    def audit(self, username: str, action: str, target: str = "", detail: dict | None = None) -> None:
        with self.tx() as conn:
            write_audit(conn, username, action, target, detail)

    def audit_entries(
        self, limit: int = 200, username: str | None = None, action_prefix: str | None = None
    ) -> list[dict]:
        q = sa.select(audit_log).order_by(audit_log.c.at.desc(), audit_log.c.id.desc()).limit(limit)
        if username:
            q = q.where(audit_log.c.username == username)
        if action_prefix:
            q = q.where(audit_log.c.action.startswith(action_prefix))
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]
