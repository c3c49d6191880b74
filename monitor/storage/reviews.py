"""Verbs for officer decisions (append-only reviews) and the audit log."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from monitor.models import ItemStatus, Review, ReviewDecision
from monitor.storage.core import StoreCore, utcnow
from monitor.storage.schema import audit_log, items, reviews
from monitor.storage.schema import classifications as cl

_STATUS_AFTER = {
    ReviewDecision.CONFIRM: ItemStatus.CONFIRMED.value,
    ReviewDecision.RELABEL: ItemStatus.CONFIRMED.value,
    ReviewDecision.DISMISS: ItemStatus.DISMISSED.value,
}


def write_audit(conn: sa.Connection, username: str, action: str, target: str = "", detail: dict | None = None) -> None:
    conn.execute(audit_log.insert().values(
        at=utcnow(), username=username, action=action, target=target, detail=detail or {}))


class ReviewsMixin(StoreCore):
    def save_review(self, review: Review) -> int:
        """Store a decision, its audit row and the item's new status in one transaction."""
        decision = ReviewDecision(review.decision)
        if decision == ReviewDecision.RELABEL and not review.narrative:
            raise ValueError("a relabel needs the new narrative")

        def run(conn: sa.Connection) -> int:
            current = conn.execute(sa.select(items.c.narrative).where(items.c.id == review.item_id)).first()
            if current is None:
                raise ValueError(f"item {review.item_id} does not exist")
            narrative = review.narrative
            if decision == ReviewDecision.CONFIRM and not narrative:
                narrative = current.narrative
            rid = conn.execute(reviews.insert().values(
                item_id=review.item_id, username=review.username, decision=decision.value,
                narrative=narrative, note=review.note, created_at=review.created_at or utcnow(),
            )).inserted_primary_key[0]
            if decision in _STATUS_AFTER:
                values: dict[str, Any] = {"status": _STATUS_AFTER[decision]}
                if decision == ReviewDecision.RELABEL:
                    values["narrative"] = narrative
                conn.execute(items.update().where(items.c.id == review.item_id).values(**values))
            write_audit(conn, review.username, f"review.{decision.value}", f"item:{review.item_id}",
                        {"narrative": narrative, "note": review.note, "previous_narrative": current.narrative})
            return rid

        return self.retrying(run)

    def save_reviews(self, batch: list[Review]) -> list[int]:
        """Bulk decisions from the queue; each one is its own review and audit row."""
        return [self.save_review(r) for r in batch]

    def reviews_for_item(self, item_id: int) -> list[dict]:
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(
                sa.select(reviews).where(reviews.c.item_id == item_id).order_by(reviews.c.id))]

    def review_training_rows(self) -> list[tuple[str, str]]:
        """(text, label) from the latest human decision per item: confirmed → its narrative,
        relabelled → the new narrative, dismissed → `none`."""
        latest = (
            sa.select(reviews.c.item_id, sa.func.max(reviews.c.id).label("rid"))
            .where(reviews.c.decision.in_(["confirm", "relabel", "dismiss"]))
            .group_by(reviews.c.item_id).subquery()
        )
        q = (
            sa.select(items.c.title, items.c.text, reviews.c.decision, reviews.c.narrative)
            .join(latest, latest.c.item_id == items.c.id)
            .join(reviews, reviews.c.id == latest.c.rid)
        )
        out = []
        with self.read() as conn:
            for title, text, decision, narrative in conn.execute(q):
                label = "none" if decision == "dismiss" else narrative
                if label:
                    out.append((f"{title}\n{text}".strip(), label))
        return out

    def review_stats(self) -> list[dict]:
        """Per narrative the model flagged: how many flags officers confirmed, relabelled, dismissed."""
        latest = (
            sa.select(reviews.c.item_id, sa.func.max(reviews.c.id).label("rid"))
            .where(reviews.c.decision.in_(["confirm", "relabel", "dismiss"]))
            .group_by(reviews.c.item_id).subquery()
        )

        q = (
            sa.select(cl.c.narrative, reviews.c.decision, sa.func.count().label("n"))
            .join(latest, latest.c.item_id == cl.c.item_id)
            .join(reviews, reviews.c.id == latest.c.rid)
            .join(items, sa.and_(items.c.id == cl.c.item_id, items.c.model_version == cl.c.model_version))
            .group_by(cl.c.narrative, reviews.c.decision)
        )
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def audit(self, username: str, action: str, target: str = "", detail: dict | None = None) -> None:
        with self.tx() as conn:
            write_audit(conn, username, action, target, detail)

    def audit_entries(self, limit: int = 200, username: str | None = None, action_prefix: str | None = None) -> list[dict]:
        q = sa.select(audit_log).order_by(audit_log.c.at.desc(), audit_log.c.id.desc()).limit(limit)
        if username:
            q = q.where(audit_log.c.username == username)
        if action_prefix:
            q = q.where(audit_log.c.action.startswith(action_prefix))
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]
