"""Verbs that read what emerging-narrative discovery works on: on-topic items no narrative claims."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from monitor.models import FeedKind, ItemStatus
from monitor.storage.core import StoreCore
from monitor.storage.schema import items, sources

# Statuses of items no narrative claims: the model left them unflagged (classified `none`, or a
# narrative below its threshold: "flags only weakly"), or they are not classified yet.
UNCLAIMED_STATUSES = (ItemStatus.UNFLAGGED.value, ItemStatus.LOOK.value, "new")


def on_topic(weak_score: float) -> sa.ColumnElement[bool]:
    """The one place that says which stored items discovery looks at.

    Today: items no narrative claims — not flagged, or flagged only weakly (score below
    `weak_score`) and not yet reviewed; never dismissed or confirmed by an officer; never from an
    `official` feed (approved messaging is the answer, not a rumour); never an item the relevance
    stage found not about this election (items not yet classified have no decision and count)."""
    unclaimed = sa.or_(
        items.c.status.in_(UNCLAIMED_STATUSES),
        sa.and_(items.c.status == ItemStatus.FLAGGED.value, items.c.score < weak_score),
    )
    return sa.and_(
        unclaimed,
        items.c.kind != FeedKind.OFFICIAL.value,
        sa.or_(items.c.relevant.is_(None), items.c.relevant.is_(True)),
    )


class EmergingMixin(StoreCore):
    def emerging_candidates(
        self, start: dt.datetime, end: dt.datetime, weak_score: float = 0.7, max_chars: int = 4000
    ) -> list[dict]:
        """On-topic items published (or, without a date, fetched) in [start, end), oldest first:
        id, source_id, source, when, title, text (cut to max_chars), cluster_key, content_hash."""
        when = sa.func.coalesce(items.c.published_at, items.c.fetched_at)
        q = (
            sa.select(
                items.c.id,
                items.c.source_id,
                sources.c.name.label("source"),
                when.label("when"),
                sa.func.substr(items.c.title, 1, 500).label("title"),
                sa.func.substr(items.c.text, 1, max_chars).label("text"),
                items.c.cluster_key,
                items.c.content_hash,
            )
            .join(sources, sources.c.id == items.c.source_id)
            .where(on_topic(weak_score), when >= start, when < end)
            .order_by(when, items.c.id)
        )
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]
