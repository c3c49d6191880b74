"""Reviews: officers' decisions on items (append-only), applied in one transaction by `decide`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from monitor.models import ItemStatus, Review, ReviewDecision
from monitor.storage.audit import write_audit
from monitor.storage.cases import _inbox, add_cases_in
from monitor.storage.core import StoreCore, utcnow
from monitor.storage.schema import classifications as cl
from monitor.storage.schema import items, narratives, reviews
from monitor.textsafe import clean_note

_STATUS_AFTER = {
    ReviewDecision.CONFIRM: ItemStatus.CONFIRMED.value,
    ReviewDecision.RELABEL: ItemStatus.CONFIRMED.value,
    ReviewDecision.DISMISS: ItemStatus.DISMISSED.value,
}


@dataclass(frozen=True)
class Seen:
    """What the page showed of an item when the officer decided: a decision is refused when
    the item's status or narrative has changed since (another officer decided it)."""

    status: str
    narrative: str | None


@dataclass
class Decided:
    """The outcome of `Store.decide`: either every item got the decision, or none did and
    ``refused`` names the items that changed since the page was drawn (with their state now)."""

    applied: list[int] = field(default_factory=list)
    refused: dict[int, Seen] = field(default_factory=dict)
    case_set_id: int | None = None


def _apply(conn: sa.Connection, review: Review, decision: ReviewDecision, previous: str | None) -> int:
    """One review row, the item's new status and the audit row (inside the caller's transaction)."""
    narrative = review.narrative
    note = clean_note(review.note) or None  # control characters would break DOCX/XLSX handouts
    if decision == ReviewDecision.CONFIRM and not narrative:
        narrative = previous
    rid = conn.execute(
        reviews.insert().values(
            item_id=review.item_id,
            username=review.username,
            decision=decision.value,
            narrative=narrative,
            note=note,
            created_at=review.created_at or utcnow(),
        )
    ).inserted_primary_key[0]
    if decision in _STATUS_AFTER:
        values: dict[str, Any] = {"status": _STATUS_AFTER[decision]}
        if decision == ReviewDecision.RELABEL:
            values["narrative"] = narrative
        conn.execute(items.update().where(items.c.id == review.item_id).values(**values))
    write_audit(
        conn,
        review.username,
        f"review.{decision.value}",
        f"item:{review.item_id}",
        {"narrative": narrative, "note": note, "previous_narrative": previous},
    )
    return rid


def write_review(conn: sa.Connection, review: Review) -> int:
    """A decision, its audit row and the item's new status, inside the caller's transaction."""
    decision = ReviewDecision(review.decision)
    if decision == ReviewDecision.RELABEL and not review.narrative:
        raise ValueError("a relabel needs the new narrative")
    current = conn.execute(sa.select(items.c.narrative).where(items.c.id == review.item_id)).first()
    if current is None:
        raise ValueError(f"item {review.item_id} does not exist")
    return _apply(conn, review, decision, current.narrative)


class ReviewsMixin(StoreCore):
    def save_review(self, review: Review) -> int:
        """Store a decision, its audit row and the item's new status in one transaction."""
        if ReviewDecision(review.decision) == ReviewDecision.RELABEL and not review.narrative:
            raise ValueError("a relabel needs the new narrative")
        return self.retrying(lambda conn: write_review(conn, review))

    def decide(
        self,
        item_ids: list[int],
        username: str,
        decision: ReviewDecision | str,
        *,
        seen: Mapping[int, Seen] | None = None,
        narrative: str | None = None,
        note: str | None = None,
        case_set_id: int | None = None,
        case_inbox: str | None = None,
    ) -> Decided:
        """One officer decision on one or more items, in one transaction: the reviews, their
        audit rows, the items' new status and, for a training case, the case (in ``case_set_id``
        or the set named ``case_inbox``, created when missing).

        With ``seen`` (what the page showed), a status-changing decision on an item whose status
        or narrative has changed since is refused for every item: nothing is applied, one
        ``review.refused`` audit row per changed item records the attempt, and the outcome names
        those items."""
        decision = ReviewDecision(decision)
        ids = list(dict.fromkeys(int(i) for i in item_ids))
        if not ids:
            raise ValueError("a decision needs at least one item")
        if decision == ReviewDecision.RELABEL and not narrative:
            raise ValueError("a relabel needs the new narrative")
        if decision == ReviewDecision.CASE and case_set_id is None and not case_inbox:
            raise ValueError("a training case needs a case set")
        note = clean_note(note).strip() or None  # control characters would break DOCX/XLSX handouts

        def run(conn: sa.Connection) -> Decided:
            q = sa.select(items.c.id, items.c.status, items.c.narrative).where(items.c.id.in_(ids))
            if self.dialect == "postgresql":
                q = q.with_for_update()  # SQLite's BEGIN IMMEDIATE already holds the write lock
            now = {r.id: Seen(r.status, r.narrative) for r in conn.execute(q)}
            missing = [i for i in ids if i not in now]
            if missing:
                raise ValueError(f"item {missing[0]} does not exist")
            if seen is not None and decision in _STATUS_AFTER:
                changed = {i: now[i] for i in ids if i in seen and seen[i] != now[i]}
                if changed:
                    for i, state in changed.items():
                        write_audit(
                            conn,
                            username,
                            "review.refused",
                            f"item:{i}",
                            {
                                "decision": decision.value,
                                "narrative": narrative,
                                "note": note,
                                "seen": {"status": seen[i].status, "narrative": seen[i].narrative},
                                "now": {"status": state.status, "narrative": state.narrative},
                            },
                        )
                    return Decided(refused=changed)
            for i in ids:
                _apply(
                    conn,
                    Review(item_id=i, username=username, decision=decision, narrative=narrative, note=note),
                    decision,
                    now[i].narrative,
                )
            set_id = None
            if decision == ReviewDecision.CASE:
                set_id = case_set_id if case_set_id is not None else _inbox(conn, case_inbox or "", username)
                add_cases_in(self, conn, set_id, ids, username, note or "")
            return Decided(applied=ids, case_set_id=set_id)

        return self.retrying(run)

    def save_reviews(self, batch: list[Review]) -> list[int]:
        """Bulk decisions from the queue; each one is its own review and audit row."""
        return [self.save_review(r) for r in batch]

    def reviews_for_item(self, item_id: int) -> list[dict]:
        with self.read() as conn:
            return [
                dict(r._mapping)
                for r in conn.execute(sa.select(reviews).where(reviews.c.item_id == item_id).order_by(reviews.c.id))
            ]

    def review_training_rows(self) -> list[tuple[str, str]]:
        """(text, label) from the latest human decision per item: confirmed → its narrative,
        relabelled → the new narrative, dismissed → `none`."""
        return [(text, label) for text, label, _ in self.reviewed_examples()]

    def reviewed_examples(self) -> list[tuple[str, str, str]]:
        """(text, label, decision) from the latest human decision per item, oldest item first:
        confirm/relabel → the narrative, dismiss → `none`."""
        latest = (
            sa.select(reviews.c.item_id, sa.func.max(reviews.c.id).label("rid"))
            .where(reviews.c.decision.in_(["confirm", "relabel", "dismiss"]))
            .group_by(reviews.c.item_id)
            .subquery()
        )
        q = (
            sa.select(items.c.title, items.c.text, reviews.c.decision, reviews.c.narrative)
            .join(latest, latest.c.item_id == items.c.id)
            .join(reviews, reviews.c.id == latest.c.rid)
            .order_by(items.c.id)
        )
        out = []
        with self.read() as conn:
            # Narratives named in the dashboard as "not a distortion" teach the model `none`:
            # the classifier flags every class but its one negative class.
            benign = {
                k
                for (k,) in conn.execute(
                    sa.select(narratives.c.key).where(narratives.c.origin != "file", narratives.c.distortion.is_(False))
                )
            }
            for title, text, decision, narrative in conn.execute(q):
                label = "none" if decision == "dismiss" or narrative in benign else narrative
                if label:
                    out.append((f"{title}\n{text}".strip(), label, decision))
        return out

    def review_stats(self) -> list[dict]:
        """Per narrative the model flagged: how many flags officers confirmed, relabelled, dismissed."""
        latest = (
            sa.select(reviews.c.item_id, sa.func.max(reviews.c.id).label("rid"))
            .where(reviews.c.decision.in_(["confirm", "relabel", "dismiss"]))
            .group_by(reviews.c.item_id)
            .subquery()
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
