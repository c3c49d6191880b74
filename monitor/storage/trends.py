"""Read-only aggregates for the Trends page: narrative counts, approved-messaging volume, response times."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from monitor.schema import fetch_log, items, sources
from monitor.storage.core import StoreCore

DISTORTED_STATUSES = ("flagged", "confirmed")


class TrendsMixin(StoreCore):
    def _bucket(self, granularity: str) -> sa.ColumnElement:
        col = items.c.published_at
        if self.dialect == "postgresql":
            return sa.func.date_trunc(granularity, sa.func.timezone("UTC", col))
        if granularity == "day":
            return sa.func.strftime("%Y-%m-%d", col)
        if granularity == "hour":
            return sa.func.strftime("%Y-%m-%d %H:00", col)
        # The Monday of the item's week: forward to Sunday ('weekday 0'), then back six days.
        return sa.func.date(col, "weekday 0", "-6 days")

    def narrative_counts(
        self, start: dt.datetime | None = None, end: dt.datetime | None = None, granularity: str = "day",
        statuses: tuple[str, ...] = DISTORTED_STATUSES,
    ) -> list[dict]:
        """Rows of (bucket, narrative, count) for distorted items (flagged or confirmed)."""
        bucket = self._bucket(granularity).label("bucket")
        q = (
            sa.select(bucket, items.c.narrative, sa.func.count().label("count"))
            .where(items.c.status.in_(statuses), items.c.published_at.is_not(None))
            .group_by(bucket, items.c.narrative).order_by(bucket)
        )
        if start is not None:
            q = q.where(items.c.published_at >= start)
        if end is not None:
            q = q.where(items.c.published_at < end)
        with self.read() as conn:
            return [self._norm_bucket(dict(r._mapping)) for r in conn.execute(q)]

    def official_counts(
        self, start: dt.datetime | None = None, end: dt.datetime | None = None, granularity: str = "day"
    ) -> list[dict]:
        """Rows of (bucket, count) of items from official feeds: the approved messaging volume."""
        bucket = self._bucket(granularity).label("bucket")
        q = (
            sa.select(bucket, sa.func.count().label("count"))
            .where(items.c.kind == "official", items.c.published_at.is_not(None))
            .group_by(bucket).order_by(bucket)
        )
        if start is not None:
            q = q.where(items.c.published_at >= start)
        if end is not None:
            q = q.where(items.c.published_at < end)
        with self.read() as conn:
            return [self._norm_bucket(dict(r._mapping)) for r in conn.execute(q)]

    @staticmethod
    def _norm_bucket(row: dict) -> dict:
        b = row["bucket"]
        if isinstance(b, str):
            b = dt.datetime.fromisoformat(b)
        if isinstance(b, dt.datetime) and b.tzinfo is not None:
            b = b.astimezone(dt.UTC).replace(tzinfo=None)
        row["bucket"] = b
        return row

    def date_range(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        with self.read() as conn:
            lo, hi = conn.execute(sa.select(sa.func.min(items.c.published_at), sa.func.max(items.c.published_at))).one()
        from monitor.schema import UTCDateTime

        conv = UTCDateTime().process_result_value
        return conv(lo, self.engine.dialect), conv(hi, self.engine.dialect)

    def top_sources(self, start: dt.datetime | None = None, end: dt.datetime | None = None, limit: int = 5) -> list[dict]:
        """Per narrative, the sources carrying most distorted items."""
        q = (
            sa.select(items.c.narrative, sources.c.name.label("source_name"), sa.func.count().label("count"))
            .join(sources, sources.c.id == items.c.source_id)
            .where(items.c.status.in_(DISTORTED_STATUSES))
            .group_by(items.c.narrative, sources.c.name)
            .order_by(items.c.narrative, sa.func.count().desc())
        )
        if start is not None:
            q = q.where(items.c.published_at >= start)
        if end is not None:
            q = q.where(items.c.published_at < end)
        out: list[dict] = []
        seen: dict[str, int] = {}
        with self.read() as conn:
            for r in conn.execute(q):
                if seen.get(r.narrative, 0) < limit:
                    seen[r.narrative] = seen.get(r.narrative, 0) + 1
                    out.append(dict(r._mapping))
        return out

    def first_seen(self, start: dt.datetime | None = None, end: dt.datetime | None = None) -> dict[str, dt.datetime]:
        """The first distorted item's time per narrative in the range."""
        q = (
            sa.select(items.c.narrative, sa.func.min(items.c.published_at))
            .where(items.c.status.in_(DISTORTED_STATUSES), items.c.published_at.is_not(None))
            .group_by(items.c.narrative)
        )
        if start is not None:
            q = q.where(items.c.published_at >= start)
        if end is not None:
            q = q.where(items.c.published_at < end)
        from monitor.schema import UTCDateTime

        conv = UTCDateTime().process_result_value
        with self.read() as conn:
            return {n: conv(t, self.engine.dialect) for n, t in conn.execute(q)}

    def official_items(self, start: dt.datetime | None = None, end: dt.datetime | None = None) -> list[dict]:
        """Official items (id, time, title, text) in the range, oldest first; the caller decides
        which narrative each answers (via the matcher) for time-to-response."""
        q = (
            sa.select(items.c.id, items.c.published_at, items.c.title, items.c.text)
            .where(items.c.kind == "official", items.c.published_at.is_not(None)).order_by(items.c.published_at)
        )
        if start is not None:
            q = q.where(items.c.published_at >= start)
        if end is not None:
            q = q.where(items.c.published_at < end)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def feed_outages(self, start: dt.datetime | None = None, end: dt.datetime | None = None) -> list[dict]:
        """Failed fetches in the range (source, time, status, error) so charts can mark gaps."""
        q = (
            sa.select(sources.c.name.label("source_name"), fetch_log.c.started_at, fetch_log.c.status, fetch_log.c.error)
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
