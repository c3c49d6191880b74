"""Verbs the collectors need beyond the source and item basics: the near-duplicate index's
memory, which entries are already stored, and lease housekeeping."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from monitor.storage.core import StoreCore
from monitor.storage.schema import items, sources

CLUSTER_WINDOW = dt.timedelta(days=14)
CLUSTER_MAX_ITEMS = 30_000


class CollectingMixin(StoreCore):
    def recent_items_for_clustering(
        self, since: dt.datetime, limit: int = CLUSTER_MAX_ITEMS
    ) -> list[tuple[str, str | None, str, str]]:
        """(content_hash, cluster_key, title, text) of items fetched since `since`, oldest first,
        at most `limit` (the newest ones) — what rebuilds the cluster index across runs."""
        q = (
            sa.select(items.c.id, items.c.content_hash, items.c.cluster_key, items.c.title, items.c.text)
            .where(items.c.fetched_at >= since)
            .order_by(items.c.id.desc()).limit(limit)
        )
        with self.read() as conn:
            rows = conn.execute(q).all()
        return [(r.content_hash, r.cluster_key, r.title, r.text) for r in reversed(rows)]

    def existing_dedupe_keys(self, source_id: int, keys: list[str]) -> set[str]:
        """Which of these dedupe keys this source already has stored."""
        found: set[str] = set()
        with self.read() as conn:
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                found.update(conn.execute(
                    sa.select(items.c.dedupe_key).where(items.c.source_id == source_id, items.c.dedupe_key.in_(chunk))
                ).scalars())
        return found

    def has_unclassified(self, model_version: str) -> bool:
        """Whether any item waits for this model version: three index lookups on
        items.model_version (NULL, below, above), cheap enough for every collection pass."""
        mv = items.c.model_version
        with self.read() as conn:
            return any(conn.execute(sa.select(items.c.id).where(cond).limit(1)).first() is not None
                       for cond in (mv.is_(None), mv < model_version, mv > model_version))

    def postpone_source(self, source_id: int, next_fetch_at: dt.datetime) -> None:
        """Set the next fetch time and release any lease (sources the collector does not fetch)."""
        def run(conn: sa.Connection) -> None:
            conn.execute(sources.update().where(sources.c.id == source_id).values(
                next_fetch_at=next_fetch_at, lease_owner=None, lease_until=None))

        self.retrying(run)

    def release_leases(self, worker: str) -> int:
        """Give back every lease a worker holds (on a clean stop); returns how many."""
        def run(conn: sa.Connection) -> int:
            res = conn.execute(sources.update().where(sources.c.lease_owner == worker).values(
                lease_owner=None, lease_until=None))
            return max(res.rowcount, 0)

        return self.retrying(run)
