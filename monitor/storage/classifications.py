"""Classification results: a batch written in one transaction (the classifications, and each
item's current narrative, score, relevance and status).

The batch goes to the database as a few statements of pre-built SQL executed through the DB-API
cursor (executemany): SQLAlchemy's per-row parameter processing cost about as much as SQLite's
own work for these rows. The values are the ones SQLAlchemy's column types would bind (same JSON
text, same stored time); tests/storage/test_save_classifications.py compares both ways.
"""

from __future__ import annotations

import functools
import json

import sqlalchemy as sa

from monitor.models import Classification, ItemStatus
from monitor.storage.schema import classifications

# Statuses a new classification may overwrite; a human decision is never overwritten by a model.
MODEL_STATUSES = ("new", ItemStatus.UNFLAGGED.value, ItemStatus.FLAGGED.value, ItemStatus.LOOK.value)

_COLUMNS = (
    "item_id",
    "model_version",
    "narrative",
    "score",
    "flagged",
    "probabilities",
    "evidence",
    "matched_message_key",
    "match_score",
    "findings",
    "created_at",
    "relevant",
    "relevance",
    "relevance_reason",
    "band",
    "flag_score",
    "evidence_kinds",
)
_JSON_COLUMNS = {"probabilities", "evidence", "findings", "evidence_kinds"}


def model_status(c: Classification) -> str:
    """The status a classification gives an item: flagged, "needs a look" (the decision's look
    band), else unflagged."""
    if c.flagged:
        return ItemStatus.FLAGGED.value
    return ItemStatus.LOOK.value if c.band == "look" else ItemStatus.UNFLAGGED.value


@functools.cache
def _statements(dialect: str) -> tuple[str, str, str]:
    """(delete, insert, update) for one engine, in its DB-API parameter style."""
    p = "?" if dialect == "sqlite" else "%s"
    if dialect == "sqlite":  # the ids as one JSON array: one statement, no 500-placeholder list
        delete = (
            f"DELETE FROM classifications WHERE model_version = {p} AND item_id IN (SELECT value FROM json_each({p}))"
        )
    else:
        delete = f"DELETE FROM classifications WHERE model_version = {p} AND item_id = ANY({p})"
    values = ", ".join(f"CAST({p} AS JSON)" if c in _JSON_COLUMNS and dialect != "sqlite" else p for c in _COLUMNS)
    insert = f"INSERT INTO classifications ({', '.join(_COLUMNS)}) VALUES ({values})"
    model_statuses = ", ".join(f"'{s}'" for s in MODEL_STATUSES)
    update = (
        f"UPDATE items SET narrative = {p}, score = {p}, model_version = {p}, relevant = {p}, "
        f"status = CASE WHEN status IN ({model_statuses}) THEN {p} ELSE status END WHERE id = {p}"
    )
    return delete, insert, update


def _fields(obj) -> dict:
    """A result dataclass (evidence term, finding) as JSON: what ``dataclasses.asdict`` gives for
    these flat records, without its deep copy."""
    fields = getattr(obj, "__dataclass_fields__", None)
    if fields is None:
        raise TypeError(f"{type(obj).__name__} is not JSON serializable")
    return {name: getattr(obj, name) for name in fields}


_dumps = json.dumps  # SQLAlchemy's JSON type writes json.dumps(value) with the default options


def write_classifications(conn: sa.Connection, rows: list[Classification], now) -> None:
    """Store classifications (one per item and model version, replacing an earlier one of the
    same version) and make them the items' current ones, in ``conn``'s transaction."""
    dialect = conn.dialect.name
    delete, insert, update = _statements(dialect)
    # the engine's own form of the time (SQLite: SQLAlchemy's text with six fraction digits, which
    # sqlite3's default datetime adapter drops when the microseconds are 0)
    ts = classifications.c.created_at.type
    created = ts.dialect_impl(conn.dialect).bind_processor(conn.dialect)(now)
    ids = [c.item_id for c in rows]
    for version in {c.model_version for c in rows}:
        conn.exec_driver_sql(delete, (version, _dumps(ids) if dialect == "sqlite" else ids))
    dumps = _dumps
    conn.exec_driver_sql(
        insert,
        [
            (
                c.item_id,
                c.model_version,
                c.narrative,
                float(c.score),
                bool(c.flagged),
                dumps(c.probabilities),
                dumps(c.evidence, default=_fields),
                c.matched_message_key,
                c.match_score,
                dumps(c.findings, default=_fields),
                created,
                c.relevant,
                c.relevance,
                c.relevance_reason,
                c.band,
                c.flag_score,
                dumps(list(c.evidence_kinds)),
            )
            for c in rows
        ],
    )
    # One statement for all rows (executemany); a person's decision is kept.
    conn.exec_driver_sql(
        update,
        [(c.narrative, float(c.score), c.model_version, c.relevant, model_status(c), c.item_id) for c in rows],
    )
