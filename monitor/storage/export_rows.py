"""Items, reviews, cases and alerts as flat rows: streaming keyset reads that never hold a
whole table in memory (bulk exports write them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from monitor.storage.core import StoreCore, item_source_join, utcnow
from monitor.storage.filters import FilterError, ItemFilters, item_conditions
from monitor.storage.schema import (
    UTCDateTime,
    alerts,
    case_sets,
    cases,
    classifications,
    items,
    reviews,
    sources,
)

EXPORT_WHATS = ("items", "reviews", "cases", "alerts")
EXPORT_KEYS = {"items": items.c.id, "reviews": reviews.c.id, "cases": cases.c.id, "alerts": alerts.c.id}


class ExportRowsMixin(StoreCore):
    # --- streaming reads for exports -----------------------------------------------------------
    # Export rows carry times as ISO 8601 UTC text and evidence/findings as "a; b" text, made in
    # SQL: per-value conversion in Python was most of the cost of a million-row export.
    def iter_items(self, filters: ItemFilters | None = None, batch_size: int = 5000) -> Iterator[dict]:
        """Every matching item with its current classification, reviews and cases, one row at a time."""
        for batch in self.iter_export_batches("items", filters, batch_size):
            yield from batch

    def iter_export_batches(
        self,
        what: str,
        filters: ItemFilters | None = None,
        batch_size: int = 5000,
    ) -> Iterator[list[dict]]:
        """Lists of at most batch_size row dicts (see `iter_export_rows`)."""
        for columns, rows in self.iter_export_rows(what, filters, batch_size):
            yield [dict(zip(columns, r, strict=True)) for r in rows]

    def export_key_bounds(
        self, what: str, filters: ItemFilters | None = None, now: dt.datetime | None = None
    ) -> tuple[int, int] | None:
        """The lowest and highest record id an export covers (None when it covers nothing); a
        parallel export splits this range between its workers."""
        key = EXPORT_KEYS[what]
        inner = self._export_query(what, filters or ItemFilters(), now=now or utcnow()).order_by(None)
        ids = inner.with_only_columns(key).subquery()
        with self.read() as conn:  # two statements: each is one index probe when nothing filters
            lo = conn.execute(sa.select(sa.func.min(ids.c[0]))).scalar()
            hi = conn.execute(sa.select(sa.func.max(ids.c[0]))).scalar()
        return None if lo is None else (int(lo), int(hi))

    def iter_export_rows(
        self,
        what: str,
        filters: ItemFilters | None = None,
        batch_size: int = 5000,
        key_range: tuple[int, int] | None = None,
        now: dt.datetime | None = None,
    ) -> Iterator[tuple[tuple[str, ...], list[Sequence[Any]]]]:
        """(column names, rows as tuples) in batches, by keyset on the record id: each batch is one
        short read, so memory stays flat and a long export never holds a snapshot open.
        ``key_range`` (inclusive) limits the ids, for one worker of a parallel export; ``now``
        fixes relative dates ("7d") so every worker resolves them alike."""
        if what not in EXPORT_WHATS:
            raise FilterError(f"cannot export {what!r}: choose one of {', '.join(EXPORT_WHATS)}")
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        base = self._export_query(what, filters or ItemFilters(), now=now or utcnow())  # relative dates fixed once
        key = EXPORT_KEYS[what]
        last = 0
        if key_range is not None:
            last = key_range[0] - 1
            base = base.where(key <= key_range[1])
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

    def count_export_rows(self, what: str, filters: ItemFilters | None = None, cap: int | None = None) -> int:
        """How many rows an export writes; with ``cap``, counting stops there (ids only)."""
        q = self._export_query(what, filters or ItemFilters()).order_by(None)
        if cap is not None:
            q = q.with_only_columns(EXPORT_KEYS[what]).limit(cap)
        with self.read() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(q.subquery())).scalar_one()

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
            sql = (
                f"(CASE WHEN json_typeof({col_sql}) = 'array' THEN (SELECT string_agg(j.value->>'{key}', '; ' "
                f"ORDER BY j.n) FROM json_array_elements({col_sql}) WITH ORDINALITY AS j(value, n)) END)"
            )
        else:
            sql = (
                f"(CASE WHEN {col_sql} IS NULL OR {col_sql} = '[]' THEN NULL ELSE (SELECT group_concat("
                f"json_extract(j.value, '$.{key}'), '; ') FROM json_each({col_sql}) AS j) END)"
            )
        return sa.literal_column(sql, type_=sa.Text).label(name)

    def _export_query(self, what: str, f: ItemFilters, now: dt.datetime | None = None) -> sa.Select:
        iso = self._iso
        if what == "items":
            cls = classifications
            none = sa.literal_column("NULL", type_=sa.Text)
            return (
                sa.select(
                    items.c.id,
                    iso(items.c.published_at),
                    iso(items.c.fetched_at),
                    sources.c.name.label("source_name"),
                    items.c.kind,
                    items.c.lang,
                    items.c.title,
                    items.c.url,
                    items.c.text,
                    items.c.narrative,
                    items.c.score,
                    items.c.status,
                    items.c.model_version,
                    cls.c.matched_message_key,
                    cls.c.match_score,
                    self._json_terms("classifications.evidence", "term", "evidence"),
                    self._json_terms("classifications.findings", "message", "findings"),
                    items.c.cluster_key,
                    # filled per batch by _add_item_history (reviews are few; a join would multiply rows)
                    sa.literal_column("0", type_=sa.Integer).label("review_count"),
                    none.label("last_decision"),
                    none.label("last_reviewer"),
                    none.label("last_reviewed_at"),
                    none.label("last_note"),
                    none.label("case_sets"),
                )
                .join(sources, item_source_join())
                .outerjoin(cls, sa.and_(cls.c.item_id == items.c.id, cls.c.model_version == items.c.model_version))
                .where(*item_conditions(f, now))
                .order_by(items.c.id)
            )
        if what == "reviews":
            return (
                sa.select(
                    reviews.c.id,
                    iso(reviews.c.created_at),
                    reviews.c.username,
                    reviews.c.decision,
                    reviews.c.narrative.label("decided_narrative"),
                    reviews.c.note,
                    reviews.c.item_id,
                    items.c.title,
                    items.c.url,
                    sources.c.name.label("source_name"),
                    iso(items.c.published_at),
                    items.c.narrative.label("current_narrative"),
                    items.c.status.label("item_status"),
                )
                .join(items, items.c.id == reviews.c.item_id)
                .join(sources, item_source_join())
                .where(*item_conditions(f, now, time_col=reviews.c.created_at))
                .order_by(reviews.c.id)
            )
        if what == "cases":
            return (
                sa.select(
                    cases.c.id,
                    case_sets.c.name.label("case_set"),
                    cases.c.item_id,
                    items.c.title,
                    items.c.url,
                    sources.c.name.label("source_name"),
                    iso(items.c.published_at),
                    items.c.narrative,
                    cases.c.teaching_note,
                    cases.c.added_by,
                    iso(cases.c.added_at),
                )
                .join(case_sets, case_sets.c.id == cases.c.case_set_id)
                .join(items, items.c.id == cases.c.item_id)
                .join(sources, item_source_join())
                .where(*item_conditions(f, now, time_col=cases.c.added_at))
                .order_by(cases.c.id)
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
        q = (
            sa.select(
                reviews.c.item_id,
                reviews.c.username,
                reviews.c.decision,
                reviews.c.note,
                self._iso(reviews.c.created_at),
            )
            .where(reviews.c.item_id >= lo, reviews.c.item_id <= hi)
            .order_by(reviews.c.item_id, reviews.c.id)
        )
        for item_id, username, decision, note, created_at in conn.execute(q):
            if item_id in pos:
                e = extra.setdefault(item_id, {"review_count": 0})
                e.update(
                    review_count=e["review_count"] + 1,
                    last_decision=decision,
                    last_reviewer=username,
                    last_reviewed_at=created_at,
                    last_note=note,
                )
        q = (
            sa.select(cases.c.item_id, case_sets.c.name)
            .join(case_sets, case_sets.c.id == cases.c.case_set_id)
            .where(cases.c.item_id >= lo, cases.c.item_id <= hi)
            .order_by(cases.c.item_id, case_sets.c.name)
        )
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
