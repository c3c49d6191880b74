"""Item counts over time: per narrative, per cluster, per source and of approved messaging (read-only)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from monitor.storage.core import StoreCore, item_source_join
from monitor.storage.schema import UTCDateTime, fetch_log, item_daily_counts, items, sources

DISTORTED_STATUSES = ("flagged", "confirmed")

# Maintained by triggers on `items` (migration 0003); only narrative_counts reads it.
_daily = item_daily_counts


def _midnight(t: dt.datetime) -> dt.datetime:
    return t.astimezone(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def _next_midnight(t: dt.datetime) -> dt.datetime:
    m = _midnight(t)
    return m if m == t else m + dt.timedelta(days=1)


def _as_date(d) -> dt.date:
    return dt.date.fromisoformat(d[:10]) if isinstance(d, str) else d


class CountsMixin(StoreCore):
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
        """Rows of (bucket, narrative, count) for distorted items (flagged or confirmed).

        Day and week buckets come from `item_daily_counts` (kept exact by triggers, migration
        0003) for the whole UTC days in the range, plus a scan of the items in the partial days
        at either end; hour buckets, or times without a zone, scan the items."""
        aware = all(t is None or t.tzinfo is not None for t in (start, end))
        if granularity not in ("day", "week") or "new" in statuses or not aware:
            return self._scan_narrative_counts(start, end, granularity, statuses)
        lo = _next_midnight(start) if start is not None else None
        hi = _midnight(end) if end is not None else None
        totals: dict[tuple[dt.datetime, str], int] = {}
        buckets: dict[object, dt.datetime] = {}  # a few hundred distinct days: convert each once

        def add(day, narrative: str, count: int) -> None:
            b = buckets.get(day)
            if b is None:
                b = day if isinstance(day, dt.datetime) else dt.datetime.combine(_as_date(day), dt.time())
                if granularity == "week":
                    b -= dt.timedelta(days=b.weekday())
                buckets[day] = b
            totals[(b, narrative)] = totals.get((b, narrative), 0) + count

        edges = []
        if lo is not None and hi is not None and lo >= hi:  # less than a whole day
            edges.append((start, end))
        else:
            q = (
                sa.select(_daily.c.day, _daily.c.narrative, sa.func.sum(_daily.c.n))
                .where(_daily.c.status.in_(statuses)).group_by(_daily.c.day, _daily.c.narrative)
            )
            if lo is not None:
                q = q.where(_daily.c.day >= lo.date())
            if hi is not None:
                q = q.where(_daily.c.day < hi.date())
            with self.read() as conn:
                for day, narrative, count in conn.execute(q):
                    add(day, narrative, int(count))
            if lo is not None and start < lo:
                edges.append((start, lo))
            if hi is not None and hi < end:
                edges.append((hi, end))
        for a, b in edges:
            for r in self._scan_narrative_counts(a, b, "day", statuses):
                add(r["bucket"], r["narrative"], r["count"])
        return [{"bucket": b, "narrative": n, "count": c}
                for (b, n), c in sorted(totals.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")) if c]

    def _scan_narrative_counts(
        self, start: dt.datetime | None, end: dt.datetime | None, granularity: str, statuses: tuple[str, ...],
    ) -> list[dict]:
        """narrative_counts computed from the items themselves."""
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
            # Two statements: SQLite answers a lone min() or max() from the index, both at once by a scan.
            lo = conn.execute(sa.select(sa.func.min(items.c.published_at))).scalar()
            hi = conn.execute(sa.select(sa.func.max(items.c.published_at))).scalar()

        conv = UTCDateTime().process_result_value
        return conv(lo, self.engine.dialect), conv(hi, self.engine.dialect)

    def top_sources(self, start: dt.datetime | None = None, end: dt.datetime | None = None, limit: int = 5) -> list[dict]:
        """Per narrative, the sources carrying most distorted items."""
        q = (
            sa.select(items.c.narrative, sources.c.name.label("source_name"), sa.func.count().label("count"))
            .join(sources, item_source_join())
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
