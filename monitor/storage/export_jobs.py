"""Export jobs: the records of background bulk exports (the Downloads panel lists them)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from monitor.storage.core import StoreCore, utcnow
from monitor.storage.schema import export_jobs

JOB_STATUSES = ("queued", "running", "done", "failed")


class ExportJobsMixin(StoreCore):
    # --- export jobs -------------------------------------------------------------------------
    def create_export_job(self, owner: str, what: str, fmt: str, filters: dict, path: str | None = None) -> int:
        with self.tx() as conn:
            return conn.execute(
                export_jobs.insert().values(
                    owner=owner,
                    what=what,
                    format=fmt,
                    filters=filters,
                    status="queued",
                    path=path,
                    created_at=utcnow(),
                )
            ).inserted_primary_key[0]

    def update_export_job(self, job_id: int, **values: Any) -> None:
        allowed = {"status", "rows", "bytes", "path", "error", "finished_at"}
        if set(values) - allowed:
            raise ValueError(f"can only update {sorted(allowed)}")
        if values.get("status") not in (None, *JOB_STATUSES):
            raise ValueError(f"unknown job status {values['status']!r}")
        self.retrying(
            lambda conn: conn.execute(export_jobs.update().where(export_jobs.c.id == job_id).values(**values))
        )

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
            return conn.execute(
                export_jobs.update()
                .where(export_jobs.c.status.in_(["queued", "running"]), export_jobs.c.created_at <= cutoff)
                .values(status="failed", error="interrupted (the process running it stopped)", finished_at=utcnow())
            ).rowcount

        return self.retrying(run)
