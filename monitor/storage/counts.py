"""Item counts over time: per narrative, per cluster, per source and of approved messaging (read-only)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import sqlalchemy as sa

from monitor.storage.core import StoreCore, item_source_join
from monitor.storage.schema import OFFICIAL, UTCDateTime, classifications, item_hourly_counts, items, sources

DISTORTED_STATUSES = ("flagged", "confirmed")

# Maintained by triggers on `items` (migrations 0003, 0012); only narrative_counts reads it.
_hourly = item_hourly_counts
HOUR = dt.timedelta(hours=1)
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_KEY_SECONDS = 900  # scans in a time zone group by quarter hours: every zone's offset is a multiple


def _floor_hour(t: dt.datetime) -> dt.datetime:
    return t.astimezone(dt.UTC).replace(minute=0, second=0, microsecond=0)


def _ceil_hour(t: dt.datetime) -> dt.datetime:
    m = _floor_hour(t)
    return m if m == t else m + HOUR


def _hour_no(t: dt.datetime) -> int:
    return int((t - EPOCH) // HOUR)


def _utc_offsets(tz: dt.tzinfo, start: dt.datetime, end: dt.datetime) -> set[dt.timedelta]:
    """The UTC offsets zone `tz` has over [start, end] (a daily probe finds every change: they are
    months apart)."""
    out, t = set(), start
    while True:
        out.add(t.astimezone(tz).utcoffset() or dt.timedelta(0))
        if t >= end:
            return out
        t = min(t + dt.timedelta(days=1), end)


def local_bucket(t: dt.datetime, tz: dt.tzinfo, granularity: str) -> dt.datetime:
    """The naive local start of the day, week (from Monday) or hour that time `t` falls in."""
    local = t.astimezone(tz).replace(tzinfo=None)
    if granularity == "hour":
        return local.replace(minute=0, second=0, microsecond=0)
    day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return day - dt.timedelta(days=day.weekday()) if granularity == "week" else day


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
        self,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
        granularity: str = "day",
        statuses: tuple[str, ...] = DISTORTED_STATUSES,
        tz: dt.tzinfo | None = None,
    ) -> list[dict]:
        """Rows of (bucket, narrative, count) for distorted items (flagged or confirmed).

        Buckets are the naive starts of the days, weeks (from Monday) or hours of time zone `tz`
        (UTC by default). Day and week buckets come from `item_hourly_counts` (kept exact by
        triggers, migrations 0003 and 0012) for the whole hours in the range, plus a scan of the
        items in the partial hours at either end; hour buckets, zones whose offset is not whole
        hours, or times without a zone, scan the items."""
        tz = tz or dt.UTC
        aware = all(t is None or t.tzinfo is not None for t in (start, end))
        if granularity not in ("day", "week") or "new" in statuses or not aware:
            return self._scan_narrative_counts(start, end, granularity, statuses, tz)
        lo = _ceil_hour(start) if start is not None else None
        hi = _floor_hour(end) if end is not None else None
        totals: dict[tuple[dt.datetime, str], int] = {}

        def add(b: dt.datetime, narrative: str, count: int) -> None:
            totals[(b, narrative)] = totals.get((b, narrative), 0) + count

        edges = []
        if lo is not None and hi is not None and lo >= hi:  # less than a whole hour
            edges.append((start, end))
        else:
            rolled = self._rolled_up(lo, hi, granularity, statuses, tz)
            if rolled is None:  # a zone whose offset is not whole hours
                return self._scan_narrative_counts(start, end, granularity, statuses, tz)
            for b, narrative, count in rolled:
                add(b, narrative, count)
            if lo is not None and start < lo:
                edges.append((start, lo))
            if hi is not None and hi < end:
                edges.append((hi, end))
        for a, b in edges:
            for r in self._scan_narrative_counts(a, b, granularity, statuses, tz):
                add(r["bucket"], r["narrative"], r["count"])
        return [
            {"bucket": b, "narrative": n, "count": c}
            for (b, n), c in sorted(totals.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))
            if c
        ]

    def _rolled_up(
        self,
        lo: dt.datetime | None,
        hi: dt.datetime | None,
        granularity: str,
        statuses: tuple[str, ...],
        tz: dt.tzinfo,
    ) -> list[tuple[dt.datetime, str, int]] | None:
        """(bucket, narrative, count) from `item_hourly_counts` for the whole hours [lo, hi) (an
        open end: all of them), or None when a UTC offset of `tz` there is not whole hours."""
        q_lo, q_hi = lo, hi
        if q_lo is None or q_hi is None:  # an open end: the zone is probed over the data's span
            first, last = self.date_range()
            if first is None or last is None:
                return []  # no dated items
            q_lo = q_lo or _floor_hour(first)
            q_hi = q_hi or _ceil_hour(last) + HOUR
        offsets = {dt.timedelta(0)} if tz is dt.UTC else _utc_offsets(tz, q_lo, max(q_lo, q_hi))
        if any(off % HOUR for off in offsets):
            return None
        offsets = {int(off // HOUR) for off in offsets}
        where = [_hourly.c.status.in_(statuses)]
        if lo is not None:
            where.append(_hourly.c.hour >= _hour_no(lo))
        if hi is not None:
            where.append(_hourly.c.hour < _hour_no(hi))
        out = []
        if len(offsets) == 1:  # one offset all through: the database adds the hours into days
            day = (_hourly.c.hour + offsets.pop()).self_group().op("/")(24).label("d")
            q = sa.select(day, _hourly.c.narrative, sa.func.sum(_hourly.c.n)).where(*where)
            with self.read() as conn:
                rows = conn.execute(q.group_by(day, _hourly.c.narrative)).all()
            for d, narrative, count in rows:
                b = dt.datetime(1970, 1, 1) + dt.timedelta(days=int(d))
                out.append((b - dt.timedelta(days=b.weekday()) if granularity == "week" else b, narrative, int(count)))
        else:  # the offset changes in the range (summer time): each hour is placed here
            q = sa.select(_hourly.c.hour, _hourly.c.narrative, sa.func.sum(_hourly.c.n)).where(*where)
            with self.read() as conn:
                rows = conn.execute(q.group_by(_hourly.c.hour, _hourly.c.narrative)).all()
            for h, narrative, count in rows:
                out.append((local_bucket(EPOCH + int(h) * HOUR, tz, granularity), narrative, int(count)))
        return out

    def _scan_narrative_counts(
        self,
        start: dt.datetime | None,
        end: dt.datetime | None,
        granularity: str,
        statuses: tuple[str, ...],
        tz: dt.tzinfo | None = None,
    ) -> list[dict]:
        """narrative_counts computed from the items themselves."""
        where = [items.c.status.in_(statuses), items.c.published_at.is_not(None)]
        if start is not None:
            where.append(items.c.published_at >= start)
        if end is not None:
            where.append(items.c.published_at < end)
        if tz is not None and tz is not dt.UTC:
            return self._zoned_counts([items.c.narrative], where, granularity, tz, start, end)
        bucket = self._bucket(granularity).label("bucket")
        q = (
            sa.select(bucket, items.c.narrative, sa.func.count().label("count"))
            .where(*where)
            .group_by(bucket, items.c.narrative)
            .order_by(bucket)
        )
        with self.read() as conn:
            return [self._norm_bucket(dict(r._mapping)) for r in conn.execute(q)]

    def _epoch_seconds(self) -> sa.ColumnElement:
        col = items.c.published_at
        if self.dialect == "postgresql":
            return sa.cast(sa.func.floor(sa.extract("epoch", col)), sa.BigInteger)
        return sa.cast(sa.func.strftime("%s", col), sa.Integer)

    def _zoned_counts(
        self,
        by: list,
        where: list,
        granularity: str,
        tz: dt.tzinfo,
        start: dt.datetime | None,
        end: dt.datetime | None,
    ) -> list[dict]:
        """Counts of the items matching `where` per bucket of zone `tz` (and per the `by` columns).

        With one UTC offset all through the range, the database groups by local day; otherwise
        (summer time starts or ends in it) by quarter hour, each quarter placed in its bucket here."""
        if start is None or end is None:
            first, last = self.date_range()
            start, end = start or first, end or last
        offsets = set()
        if start is not None and end is not None and granularity in ("day", "week"):
            offsets = _utc_offsets(tz, start, max(start, end))
        if len(offsets) == 1:  # local day numbers since 1970-01-01
            shift = int(offsets.pop().total_seconds())
            key = (self._epoch_seconds() + shift).self_group().op("/")(86_400).label("k")

            def place(k) -> dt.datetime:
                return dt.datetime(1970, 1, 1) + dt.timedelta(days=int(k))

        else:  # quarter hours since the epoch
            key = self._epoch_seconds().op("/")(_KEY_SECONDS).label("k")
            unit = "hour" if granularity == "hour" else "day"

            def place(k) -> dt.datetime:
                return local_bucket(EPOCH + dt.timedelta(seconds=int(k) * _KEY_SECONDS), tz, unit)

        q = sa.select(key, *by, sa.func.count()).where(*where).group_by(key, *by)
        totals: dict[tuple, int] = {}
        with self.read() as conn:
            rows = conn.execute(q).all()
        for k, *rest, count in rows:
            b = place(k)
            if granularity == "week":
                b -= dt.timedelta(days=b.weekday())
            totals[(b, *rest)] = totals.get((b, *rest), 0) + int(count)
        names = ["bucket", *(c.name for c in by), "count"]
        ordered = sorted(totals.items(), key=lambda kv: (kv[0][0], *(x or "" for x in kv[0][1:])))
        return [dict(zip(names, (*k, n), strict=True)) for k, n in ordered]

    def official_counts(
        self,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
        granularity: str = "day",
        tz: dt.tzinfo | None = None,
    ) -> list[dict]:
        """Rows of (bucket, count) of items from official feeds: the approved messaging volume,
        per day, week or hour of time zone `tz` (UTC by default)."""
        where = [OFFICIAL, items.c.published_at.is_not(None)]
        if start is not None:
            where.append(items.c.published_at >= start)
        if end is not None:
            where.append(items.c.published_at < end)
        if tz is not None and tz is not dt.UTC:
            return self._zoned_counts([], where, granularity, tz, start, end)
        bucket = self._bucket(granularity).label("bucket")
        q = sa.select(bucket, sa.func.count().label("count")).where(*where).group_by(bucket).order_by(bucket)
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

    def top_sources(
        self, start: dt.datetime | None = None, end: dt.datetime | None = None, limit: int = 5
    ) -> list[dict]:
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
            .where(OFFICIAL, items.c.published_at.is_not(None))
            .order_by(items.c.published_at)
        )
        if start is not None:
            q = q.where(items.c.published_at >= start)
        if end is not None:
            q = q.where(items.c.published_at < end)
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

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
        return [items.c.status.in_(DISTORTED_STATUSES), items.c.published_at > start, items.c.published_at <= end]

    def narrative_window_counts(self, start: dt.datetime, end: dt.datetime) -> dict[str, int]:
        """Distorted items per narrative published in (start, end]."""
        q = (
            sa.select(items.c.narrative, sa.func.count())
            .where(*self._distorted_between(start, end))
            .group_by(items.c.narrative)
        )
        with self.read() as conn:
            return {n: c for n, c in conn.execute(q) if n}

    def narrative_hourly_counts(self, start: dt.datetime, end: dt.datetime) -> dict[str, dict[dt.datetime, int]]:
        """Narrative → {calendar hour (UTC) → distorted items} for items published in (start, end]."""
        bucket = self._hour_bucket().label("bucket")
        q = (
            sa.select(items.c.narrative, bucket, sa.func.count())
            .where(*self._distorted_between(start, end))
            .group_by(items.c.narrative, bucket)
        )
        out: dict[str, dict[dt.datetime, int]] = {}
        with self.read() as conn:
            for n, b, c in conn.execute(q):
                if n:
                    out.setdefault(n, {})[self._as_hour(b)] = c
        return out

    def cluster_window_counts(
        self, start: dt.datetime, end: dt.datetime, min_count: int = 1
    ) -> dict[str, tuple[int, str | None]]:
        """Cluster → (distorted items in (start, end], its most common narrative) for clusters with
        at least min_count items."""
        q = (
            sa.select(items.c.cluster_key, items.c.narrative, sa.func.count())
            .where(items.c.cluster_key.is_not(None), *self._distorted_between(start, end))
            .group_by(items.c.cluster_key, items.c.narrative)
        )
        totals: dict[str, Counter] = {}
        with self.read() as conn:
            for ck, n, c in conn.execute(q):
                totals.setdefault(ck, Counter())[n] += c
        return {
            ck: (sum(c.values()), c.most_common(1)[0][0]) for ck, c in totals.items() if sum(c.values()) >= min_count
        }

    def cluster_hourly_counts(
        self, cluster_keys: list[str], start: dt.datetime, end: dt.datetime
    ) -> dict[str, dict[dt.datetime, int]]:
        """Cluster → {calendar hour → distorted items} for the given clusters."""
        if not cluster_keys:
            return {}
        bucket = self._hour_bucket().label("bucket")
        out: dict[str, dict[dt.datetime, int]] = {}
        with self.read() as conn:
            for i in range(0, len(cluster_keys), 500):
                q = (
                    sa.select(items.c.cluster_key, bucket, sa.func.count())
                    .where(items.c.cluster_key.in_(cluster_keys[i : i + 500]), *self._distorted_between(start, end))
                    .group_by(items.c.cluster_key, bucket)
                )
                for ck, b, c in conn.execute(q):
                    out.setdefault(ck, {})[self._as_hour(b)] = c
        return out

    def cluster_source_counts(self, start: dt.datetime, end: dt.datetime, min_sources: int = 2) -> list[dict]:
        """Clusters of distorted items seen from at least min_sources distinct sources in (start, end]:
        cluster_key, sources, items, narrative (the most common one)."""
        q = (
            sa.select(
                items.c.cluster_key,
                sa.func.count(sa.distinct(items.c.source_id)).label("sources"),
                sa.func.count().label("items"),
            )
            .where(items.c.cluster_key.is_not(None), *self._distorted_between(start, end))
            .group_by(items.c.cluster_key)
            .having(sa.func.count(sa.distinct(items.c.source_id)) >= min_sources)
        )
        with self.read() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
            for r in rows:
                r["narrative"] = conn.execute(
                    sa.select(items.c.narrative)
                    .where(items.c.cluster_key == r["cluster_key"], *self._distorted_between(start, end))
                    .group_by(items.c.narrative)
                    .order_by(sa.func.count().desc(), items.c.narrative)
                    .limit(1)
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
            sa.select(
                items.c.id.label("item_id"),
                items.c.published_at,
                items.c.title,
                items.c.text,
                classifications.c.matched_message_key,
            )
            .select_from(
                items.outerjoin(
                    classifications,
                    sa.and_(
                        classifications.c.item_id == items.c.id,
                        classifications.c.model_version == items.c.model_version,
                    ),
                )
            )
            .where(OFFICIAL, items.c.published_at.is_not(None))
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
            sa.select(
                items.c.id,
                items.c.title,
                items.c.url,
                items.c.narrative,
                items.c.cluster_key,
                items.c.published_at,
                sources.c.name.label("source_name"),
                classifications.c.matched_message_key,
            )
            .join(sources, item_source_join())
            .outerjoin(
                classifications,
                sa.and_(
                    classifications.c.item_id == items.c.id, classifications.c.model_version == items.c.model_version
                ),
            )
            .where(items.c.status == "confirmed", items.c.published_at >= start, items.c.published_at < end)
            .order_by(items.c.published_at, items.c.id)
        )
        with self.read() as conn:
            rows = [dict(r._mapping) for r in conn.execute(confirmed)]
            keys = sorted({r["cluster_key"] for r in rows if r["cluster_key"]})
            sizes: dict[str, tuple[int, int]] = {}
            for i in range(0, len(keys), 500):
                q = (
                    sa.select(items.c.cluster_key, sa.func.count(), sa.func.count(sa.distinct(items.c.source_id)))
                    .where(items.c.cluster_key.in_(keys[i : i + 500]))
                    .group_by(items.c.cluster_key)
                )
                sizes.update({ck: (n, s) for ck, n, s in conn.execute(q)})
        best: dict[str, dict] = {}
        for r in rows:  # oldest confirmed copy stands for its cluster
            group = r["cluster_key"] or f"item:{r['id']}"
            if group not in best:
                r["copies"], r["sources"] = sizes.get(r["cluster_key"], (1, 1))
                best[group] = r
        return sorted(best.values(), key=lambda r: (-r["copies"], -r["sources"], r["id"]))[:limit]
