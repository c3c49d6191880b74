"""Items: idempotent inserts, what the collector and classifier ask about them, classification
results, the review queue, API pages and item detail."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from typing import Any

import sqlalchemy as sa

from monitor.models import Classification, Item, ItemStatus
from monitor.storage.classifications import write_classifications
from monitor.storage.core import StoreCore, item_source_join, utcnow
from monitor.storage.filters import (
    MAX_INT,
    ItemFilters,
    after_cursor,
    decode_cursor,
    encode_cursor,
    item_conditions,
)
from monitor.storage.schema import classifications, items, reviews, sources
from monitor.storage.search import fts_query, search_condition

_ITEM_FIELDS = tuple(f.name for f in dataclasses.fields(Item) if f.name != "id")


def _item_row(item: Item, kind: str) -> dict[str, Any]:
    # A shallow copy: dataclasses.asdict deep-copies every value and cost a quarter of ingest time.
    row = {name: getattr(item, name) for name in _ITEM_FIELDS}
    row["kind"] = kind
    row["status"] = "new"
    return row


def insert_items(store: StoreCore, conn: sa.Connection, new_items: list[Item]) -> tuple[int, int]:
    """Insert items, skipping those whose (source, dedupe_key) is already stored."""
    return insert_item_groups(store, conn, [new_items])[0]


def insert_item_groups(store: StoreCore, conn: sa.Connection, groups: list[list[Item]]) -> list[tuple[int, int]]:
    """`insert_items` for several fetches with one look-up and one INSERT; (new, duplicate) per group.

    An item counts as new for the first group holding its key, as one call per group in order
    would count it."""
    flat = [it for group in groups for it in group]
    if not flat:
        return [(0, 0)] * len(groups)
    kinds = dict(
        conn.execute(sa.select(sources.c.id, sources.c.kind).where(sources.c.id.in_({i.source_id for i in flat}))).all()
    )
    # Collapse repeats inside the batch too (a feed may list the same entry twice).
    unique: dict[tuple[int, str], Item] = {}
    for it in flat:
        unique.setdefault((it.source_id, it.dedupe_key), it)
    rows = [_item_row(it, kinds.get(it.source_id, "news")) for it in unique.values()]
    # executemany of one cached statement (SQLAlchemy batches it into multi-row VALUES itself);
    # RETURNING tells what was really inserted, as rowcount is unreliable across drivers here.
    stmt = store.insert_ignore(items, None, ["source_id", "dedupe_key"]).returning(
        items.c.source_id, items.c.dedupe_key
    )
    inserted = {(r.source_id, r.dedupe_key) for r in conn.execute(stmt, rows)}
    counts = []
    for group in groups:
        new = 0
        for it in group:
            key = (it.source_id, it.dedupe_key)
            if key in inserted:
                inserted.discard(key)  # a repeat later in the batch is a duplicate
                new += 1
        counts.append((new, len(group) - new))
    return counts


COMMON_SEARCH_MIN = 5_000  # below this many matches, listing them is always cheap
COMMON_SEARCH_TTL = 600.0  # seconds a query's common/rare decision is reused
CLUSTER_MAX_ITEMS = 30_000
ITEM_LIST_COLUMNS = (
    items.c.id,
    items.c.title,
    items.c.url,
    items.c.lang,
    items.c.kind,
    items.c.source_id,
    sources.c.name.label("source_name"),
    items.c.published_at,
    items.c.fetched_at,
    items.c.narrative,
    items.c.score,
    items.c.status,
    items.c.model_version,
    items.c.cluster_key,
)


class ItemsMixin(StoreCore):
    def save_items(self, new_items: list[Item]) -> tuple[int, int]:
        """Store items idempotently in one transaction; returns (new, duplicate)."""
        return self.retrying(lambda conn: insert_items(self, conn, new_items))

    def has_items(self) -> bool:
        """Whether any item is stored (one index probe; the dashboard asks on every rerun)."""
        with self.read() as conn:
            return conn.execute(sa.select(items.c.id).limit(1)).first() is not None

    def count_items(self) -> int:
        with self.read() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(items)).scalar_one()

    def items_to_classify(
        self,
        model_version: str,
        limit: int,
        since: dt.datetime | None = None,
        reclassify_all: bool = False,
        after_id: int = 0,
        with_kind: bool = False,
    ) -> list[tuple]:
        """(id, title, text) of items not yet classified by this model version, oldest id first;
        ``with_kind`` adds the source kind (official items are never flagged) and the publication
        time (a date without a year in an item of a later year is a later election's)."""
        cols = [items.c.id, items.c.title, items.c.text] + ([items.c.kind, items.c.published_at] if with_kind else [])
        q = sa.select(*cols).where(items.c.id > after_id).order_by(items.c.id).limit(limit)
        if not reclassify_all:
            q = q.where(sa.or_(items.c.model_version.is_(None), items.c.model_version != model_version))
        if since is not None:
            q = q.where(sa.or_(items.c.published_at >= since, items.c.fetched_at >= since))
        with self.read() as conn:
            return [tuple(r) for r in conn.execute(q)]

    def save_classifications(self, rows: list[Classification]) -> None:
        """Store classifications (one per item and model version) and make them current."""
        if not rows:
            return
        now = utcnow()
        self.retrying(lambda conn: write_classifications(conn, rows, now))

    # --- the review queue ------------------------------------------------------------------
    def _queue_filters(
        self, filters: ItemFilters | None, *, grouped: bool = False, search_probe: bool = False
    ) -> list[sa.ColumnElement[bool]]:
        """WHERE conditions of the review queue: ``filters`` (no status chosen = flagged items);
        ``grouped`` keeps one row per story."""
        f = filters or ItemFilters()
        if not f.statuses:
            f = dataclasses.replace(f, statuses=[ItemStatus.FLAGGED.value])
        conds = item_conditions(f, search_probe=search_probe)
        if grouped:
            # one row per story: of a near-duplicate cluster's copies in the same status, the first stored
            c = items.alias("g")
            first = (
                sa.select(sa.func.min(c.c.id))
                .where(c.c.cluster_key == items.c.cluster_key, c.c.status == items.c.status)
                .scalar_subquery()
            )
            conds.append(sa.or_(items.c.cluster_key.is_(None), items.c.id == first))
        return conds

    def cluster_members(self, cluster_key: str, statuses: tuple[str, ...] = (ItemStatus.FLAGGED.value,)) -> list[dict]:
        """The copies of a story (near-duplicate cluster) in the given statuses, first stored first."""
        q = (
            sa.select(items.c.id, items.c.title, items.c.status, items.c.narrative, items.c.source_id)
            .where(items.c.cluster_key == cluster_key, items.c.status.in_(statuses))
            .order_by(items.c.id)
        )
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def common_search(self, query: str | None) -> bool:
        """Whether a search's words are in so many items (a fifth or more) that a page of results
        is found faster by probing the rows in page order than by listing every match (SQLite).

        Decided by counting matches up to that fifth (~20 ms at 1M items) and remembered for
        ten minutes per query; PostgreSQL plans this itself."""
        if self.dialect != "sqlite" or not query:
            return False
        fts = fts_query(query)
        if not fts:
            return False
        now = time.monotonic()
        cache = self.__dict__.setdefault("_common_search", {})
        hit = cache.get(fts)
        if hit is not None and now - hit[1] < COMMON_SEARCH_TTL:
            return hit[0]
        with self.read() as conn:
            top = conn.execute(sa.text("SELECT max(id) FROM items")).scalar() or 0
            cap = max(top // 5, COMMON_SEARCH_MIN)
            found = conn.execute(
                sa.text("SELECT count(*) FROM (SELECT 1 FROM items_fts WHERE items_fts MATCH :q LIMIT :cap)"),
                {"q": fts, "cap": cap},
            ).scalar()
        common = found >= cap
        if len(cache) > 1000:
            cache.clear()
        cache[fts] = (common, now)
        return common

    def flagged_items(
        self,
        filters: ItemFilters | None = None,
        *,
        limit: int = 50,
        offset: int = 0,
        order: str = "priority",
        grouped: bool = False,
    ) -> list[dict]:
        """A page of the review queue (no status filter = flagged items; ``grouped``: one row per
        story). order: priority (score, then recency) | recent | uncertain."""
        cluster_size = (
            sa.select(sa.func.count())
            .select_from(items.alias("c"))
            .where(sa.literal_column("c.cluster_key") == items.c.cluster_key)
            .scalar_subquery()
        )
        copies = items.alias("s")
        cluster_sources = (
            sa.select(sa.func.count(sa.distinct(copies.c.source_id)))
            .where(copies.c.cluster_key == items.c.cluster_key)
            .scalar_subquery()
        )
        order_by = {
            "priority": (items.c.score.desc(), items.c.published_at.desc(), items.c.id.desc()),
            "recent": (items.c.published_at.desc(), items.c.id.desc()),
            "uncertain": (sa.func.abs(items.c.score - 0.5), items.c.published_at.desc(), items.c.id.desc()),
        }[order]
        q = (
            sa.select(
                items.c.id,
                items.c.title,
                items.c.url,
                items.c.lang,
                items.c.kind,
                items.c.published_at,
                items.c.narrative,
                items.c.score,
                items.c.status,
                items.c.cluster_key,
                items.c.source_id,
                sources.c.name.label("source_name"),
                sa.case((items.c.cluster_key.is_(None), 1), else_=cluster_size).label("cluster_size"),
                sa.case((items.c.cluster_key.is_(None), 1), else_=cluster_sources).label("cluster_sources"),
            )
            .join(sources, item_source_join())
            .where(
                *self._queue_filters(filters, grouped=grouped, search_probe=self.common_search(filters and filters.q))
            )
            .order_by(*order_by)
            .limit(limit)
            .offset(offset)
        )
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def count_flagged(
        self, filters: ItemFilters | None = None, *, cap: int | None = None, grouped: bool = False
    ) -> int:
        """How many rows the queue lists for ``filters`` (stories when ``grouped``); with ``cap``,
        counting stops at cap + 1 (the queue says "more than 1,000": an exact count of 50k search
        matches reads 50k rows)."""
        if cap is None:
            q = sa.select(sa.func.count()).select_from(items).where(*self._queue_filters(filters, grouped=grouped))
        else:
            probe = self.common_search(filters and filters.q)
            inner = (
                sa.select(items.c.id)
                .where(*self._queue_filters(filters, grouped=grouped, search_probe=probe))
                .limit(cap + 1)
                .subquery()
            )
            q = sa.select(sa.func.count()).select_from(inner)
        with self.read() as conn:
            return conn.execute(q).scalar_one()

    def unreviewed_texts(self, *, official: bool, limit: int) -> list[str]:
        """Texts ("title\ntext") of the newest ``limit`` items no officer has confirmed or
        dismissed, from ``official`` sources only or from all other sources (for retraining)."""
        kind = items.c.kind == "official" if official else items.c.kind != "official"
        q = (
            sa.select(items.c.title, items.c.text)
            .where(kind, items.c.status.notin_([ItemStatus.CONFIRMED.value, ItemStatus.DISMISSED.value]))
            .order_by(items.c.id.desc())
            .limit(max(0, int(limit)))
        )
        with self.read() as conn:
            return [t for t in (f"{title or ''}\n{text or ''}".strip() for title, text in conn.execute(q)) if t]

    def item_detail(self, item_id: int) -> dict | None:
        """Everything the item view shows: the item, its current classification, reviews, cluster copies."""
        with self.read() as conn:
            row = conn.execute(
                sa.select(items, sources.c.name.label("source_name"), sources.c.kind.label("source_kind"))
                .join(sources, item_source_join())
                .where(items.c.id == item_id)
            ).first()
            if row is None:
                return None
            detail = dict(row._mapping)
            cls = None
            if detail["model_version"]:
                cls = conn.execute(
                    sa.select(classifications).where(
                        classifications.c.item_id == item_id, classifications.c.model_version == detail["model_version"]
                    )
                ).first()
            detail["classification"] = dict(cls._mapping) if cls else None
            detail["reviews"] = [
                dict(r._mapping)
                for r in conn.execute(
                    sa.select(reviews).where(reviews.c.item_id == item_id).order_by(reviews.c.created_at, reviews.c.id)
                )
            ]
            copies = []
            if detail["cluster_key"]:
                copies = [
                    dict(r._mapping)
                    for r in conn.execute(
                        sa.select(
                            items.c.id,
                            items.c.title,
                            items.c.url,
                            items.c.published_at,
                            sources.c.name.label("source_name"),
                        )
                        .join(sources, item_source_join())
                        .where(items.c.cluster_key == detail["cluster_key"], items.c.id != item_id)
                        .order_by(items.c.published_at)
                        .limit(200)
                    )
                ]
            detail["cluster_copies"] = copies
        return detail

    def search_items(self, query: str, limit: int = 50) -> list[dict]:
        q = (
            sa.select(
                items.c.id,
                items.c.title,
                items.c.published_at,
                items.c.narrative,
                items.c.status,
                sources.c.name.label("source_name"),
            )
            .join(sources, item_source_join())
            .where(search_condition(query, self.common_search(query)))
            .order_by(items.c.published_at.desc())
            .limit(limit)
        )
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def recent_items_for_clustering(
        self, since: dt.datetime, limit: int = CLUSTER_MAX_ITEMS
    ) -> list[tuple[str, str | None, str, str]]:
        """(content_hash, cluster_key, title, text) of items fetched since `since`, oldest first,
        at most `limit` (the newest ones) — what rebuilds the cluster index across runs."""
        q = (
            sa.select(items.c.id, items.c.content_hash, items.c.cluster_key, items.c.title, items.c.text)
            .where(items.c.fetched_at >= since)
            .order_by(items.c.id.desc())
            .limit(limit)
        )
        with self.read() as conn:
            rows = conn.execute(q).all()
        return [(r.content_hash, r.cluster_key, r.title, r.text) for r in reversed(rows)]

    def existing_dedupe_keys(self, source_id: int, keys: list[str]) -> set[str]:
        """Which of these dedupe keys this source already has stored."""
        found: set[str] = set()
        with self.read() as conn:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                found.update(
                    conn.execute(
                        sa.select(items.c.dedupe_key).where(
                            items.c.source_id == source_id, items.c.dedupe_key.in_(chunk)
                        )
                    ).scalars()
                )
        return found

    def has_unclassified(self, model_version: str) -> bool:
        """Whether any item waits for this model version: three index lookups on
        items.model_version (NULL, below, above), cheap enough for every collection pass."""
        mv = items.c.model_version
        with self.read() as conn:
            return any(
                conn.execute(sa.select(items.c.id).where(cond).limit(1)).first() is not None
                for cond in (mv.is_(None), mv < model_version, mv > model_version)
            )

    def newest_item_time(self) -> dt.datetime | None:
        """When the newest stored item was published (fetched when undated)."""
        with self.read() as conn:
            return conn.execute(
                sa.select(sa.func.max(sa.func.coalesce(items.c.published_at, items.c.fetched_at)))
            ).scalar()

    def item_titles(self, item_ids: list[int]) -> dict[int, str]:
        """id → title (or the start of the text when untitled), for pickers."""
        ids = [int(i) for i in item_ids][:5000]
        if not ids:
            return {}
        q = sa.select(items.c.id, sa.func.substr(items.c.title, 1, 200), sa.func.substr(items.c.text, 1, 200)).where(
            items.c.id.in_(ids)
        )
        with self.read() as conn:
            return {i: (title or text or "").strip() for i, title, text in conn.execute(q)}

    # --- API reads ---------------------------------------------------------------------------
    def api_items(
        self, filters: ItemFilters, limit: int = 50, cursor: str | None = None
    ) -> tuple[list[dict], str | None]:
        """A page of items, newest first, and the cursor of the next page (None at the end).
        Keyset paging: items that arrive between two calls never shift or repeat rows."""
        q = (
            sa.select(*ITEM_LIST_COLUMNS)
            .join(sources, item_source_join())
            .where(*item_conditions(filters, search_probe=self.common_search(filters.q)))
            .order_by(items.c.published_at.desc().nulls_last(), items.c.id.desc())
            .limit(limit + 1)
        )
        if cursor:
            q = q.where(after_cursor(*decode_cursor(cursor)))
        with self.read() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
        more = len(rows) > limit
        rows = rows[:limit]
        nxt = encode_cursor(rows[-1]["published_at"], rows[-1]["id"]) if more and rows else None
        return rows, nxt

    def api_item(self, item_id: int) -> dict | None:
        if not 0 < item_id <= MAX_INT:
            return None
        detail = self.item_detail(item_id)  # from ItemsMixin
        if detail is None:
            return None
        detail.pop("search_text", None)
        return detail
