"""Case sets and their cases: the teaching material trainers build from reviewed items."""

from __future__ import annotations

import sqlalchemy as sa

from monitor.errors import MonitorError
from monitor.storage.audit import write_audit
from monitor.storage.core import StoreCore, item_source_join, utcnow
from monitor.storage.schema import case_sets, cases, classifications, items, reviews, sources
from monitor.textsafe import clean_note, clean_text


def _inbox(conn: sa.Connection, name: str, by: str) -> int:
    """The id of the case set named ``name``, created (and audited) when missing."""
    found = conn.execute(sa.select(case_sets.c.id).where(case_sets.c.name == name)).scalar()
    if found is not None:
        return found
    sid = conn.execute(
        case_sets.insert().values(name=name, description="", created_by=by, created_at=utcnow())
    ).inserted_primary_key[0]
    write_audit(conn, by, "caseset.create", f"caseset:{sid}", {"name": name})
    return sid


def add_cases_in(store: StoreCore, conn: sa.Connection, set_id: int, ids: list[int], by: str, note: str) -> int:
    """Add items to a case set inside the caller's transaction (an item already there is kept once)."""
    if conn.execute(sa.select(case_sets.c.id).where(case_sets.c.id == set_id)).first() is None:
        raise ValueError(f"case set {set_id} does not exist")
    now = utcnow()
    rows = [{"case_set_id": set_id, "item_id": i, "teaching_note": note, "added_by": by, "added_at": now} for i in ids]
    count = sa.select(sa.func.count()).select_from(cases).where(cases.c.case_set_id == set_id)
    before = conn.execute(count).scalar_one()
    # counted, not rowcount: PostgreSQL drivers may report -1 for INSERT .. ON CONFLICT
    conn.execute(store.insert_ignore(cases, rows, ["case_set_id", "item_id"]))
    added = conn.execute(count).scalar_one() - before
    write_audit(conn, by, "case.add", f"caseset:{set_id}", {"items": ids, "added": added})
    return added


class CaseSetError(MonitorError, ValueError):
    """A case set name that is empty or taken; ``key``/``params`` let the dashboard say it in the
    reader's language (``monitor.i18n.error_text``)."""

    def __init__(self, key: str, message: str, **params) -> None:
        super().__init__(message)
        self.key, self.params = key, params


class CasesMixin(StoreCore):
    def create_case_set(self, name: str, description: str, by: str) -> int:
        """A new named case set; raises CaseSetError (a ValueError) when the name is taken or empty."""
        name = clean_text(name, 200).strip()
        description = clean_note(description)
        if not name:
            raise CaseSetError("cases.name_needed", "a case set needs a name")

        def run(conn: sa.Connection) -> int:
            if conn.execute(sa.select(case_sets.c.id).where(case_sets.c.name == name)).first():
                raise CaseSetError("cases.name_taken", f"a case set named {name!r} already exists", name=name)
            sid = conn.execute(
                case_sets.insert().values(
                    name=name,
                    description=description or "",
                    created_by=by,
                    created_at=utcnow(),
                )
            ).inserted_primary_key[0]
            write_audit(conn, by, "caseset.create", f"caseset:{sid}", {"name": name})
            return sid

        return self.retrying(run)

    def ensure_case_set(self, name: str, by: str, description: str = "") -> int:
        """The id of the set with this name, created when missing (the queue's "training case" inbox)."""
        name = clean_text(name, 200).strip()
        with self.read() as conn:
            row = conn.execute(sa.select(case_sets.c.id).where(case_sets.c.name == name)).first()
        if row:
            return row.id
        try:
            return self.create_case_set(name, description, by)
        except ValueError:  # created by another session in between
            with self.read() as conn:
                return conn.execute(sa.select(case_sets.c.id).where(case_sets.c.name == name)).scalar_one()

    def list_case_sets(self) -> list[dict]:
        n = sa.select(sa.func.count()).where(cases.c.case_set_id == case_sets.c.id).scalar_subquery()
        q = sa.select(case_sets, n.label("cases")).order_by(case_sets.c.created_at.desc(), case_sets.c.id.desc())
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def add_cases(self, set_id: int, item_ids: list[int], by: str, teaching_note: str = "") -> int:
        """Add items to a set (an item already there is kept once); returns how many were new."""
        ids = list(dict.fromkeys(int(i) for i in item_ids))
        teaching_note = clean_note(teaching_note)
        if not ids:
            return 0
        return self.retrying(lambda conn: add_cases_in(self, conn, set_id, ids, by, teaching_note or ""))

    def update_case_note(self, case_id: int, by: str, teaching_note: str) -> None:
        teaching_note = clean_note(teaching_note)

        def run(conn: sa.Connection) -> None:
            conn.execute(cases.update().where(cases.c.id == case_id).values(teaching_note=teaching_note))
            write_audit(conn, by, "case.note", f"case:{case_id}", {"teaching_note": teaching_note})

        self.retrying(run)

    def remove_case(self, case_id: int, by: str) -> None:
        def run(conn: sa.Connection) -> None:
            row = conn.execute(sa.select(cases.c.case_set_id, cases.c.item_id).where(cases.c.id == case_id)).first()
            conn.execute(cases.delete().where(cases.c.id == case_id))
            if row:
                write_audit(conn, by, "case.remove", f"caseset:{row.case_set_id}", {"item": row.item_id})

        self.retrying(run)

    def case_rows(self, set_id: int) -> list[dict]:
        """Every case of a set with what a handout shows: the item, its source, the current
        classification (evidence, findings, matched message) and the latest reviewer note."""
        latest_note = (
            sa.select(reviews.c.note)
            .where(reviews.c.item_id == items.c.id, reviews.c.note.is_not(None), reviews.c.note != "")
            .order_by(reviews.c.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        latest_reviewer = (
            sa.select(reviews.c.username)
            .where(reviews.c.item_id == items.c.id)
            .order_by(reviews.c.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        q = (
            sa.select(
                cases.c.id.label("case_id"),
                cases.c.teaching_note,
                cases.c.added_by,
                cases.c.added_at,
                items.c.id.label("item_id"),
                items.c.title,
                items.c.text,
                items.c.url,
                items.c.lang,
                items.c.published_at,
                items.c.narrative,
                items.c.score,
                items.c.status,
                sources.c.name.label("source_name"),
                sources.c.kind.label("source_kind"),
                classifications.c.evidence,
                classifications.c.findings,
                classifications.c.matched_message_key,
                classifications.c.match_score,
                latest_note.label("reviewer_note"),
                latest_reviewer.label("reviewer"),
            )
            .join(items, items.c.id == cases.c.item_id)
            .join(sources, item_source_join())
            .outerjoin(
                classifications,
                sa.and_(
                    classifications.c.item_id == items.c.id, classifications.c.model_version == items.c.model_version
                ),
            )
            .where(cases.c.case_set_id == set_id)
            .order_by(cases.c.added_at, cases.c.id)
        )
        with self.read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]
