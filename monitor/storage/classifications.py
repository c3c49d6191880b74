"""Classification results: a batch written in one transaction (the classifications, and each
item's current narrative, score, relevance and status).

The batch goes to the database as a few statements of pre-built SQL executed through the DB-API
cursor (executemany): SQLAlchemy's per-row parameter processing took a fifth of the write's
time. The values are the ones SQLAlchemy's column types would bind (same JSON
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


_FLAGGED, _LOOK, _UNFLAGGED = ItemStatus.FLAGGED.value, ItemStatus.LOOK.value, ItemStatus.UNFLAGGED.value


def model_status(c: Classification) -> str:
    """The status a classification gives an item: flagged, "needs a look" (the decision's look
    band), else unflagged (the values read once: an enum member's ``.value`` is a descriptor call)."""
    if c.flagged:
        return _FLAGGED
    return _LOOK if c.band == "look" else _UNFLAGGED


_ITEM_SET = (
    "narrative = b.narrative, score = b.score, model_version = b.model_version, relevant = b.relevant, "
    f"status = CASE WHEN items.status IN ({', '.join(repr(s) for s in MODEL_STATUSES)}) "
    "THEN b.status ELSE items.status END"
)


@functools.cache
def _statements(dialect: str) -> tuple[str, str, str]:
    """(delete, insert, update) for one engine, in its DB-API parameter style."""
    p = "?" if dialect == "sqlite" else "%s"
    if dialect == "sqlite":  # the ids as one JSON array: one statement, no 500-placeholder list
        delete = (
            f"DELETE FROM classifications WHERE model_version = {p} AND item_id IN (SELECT value FROM json_each({p}))"
        )
        # the batch's new values are staged in a temporary table (executemany, no triggers) and
        # applied by one UPDATE ... FROM (SQLite 3.33+)
        update = f"UPDATE items SET {_ITEM_SET} FROM temp.classified_batch AS b WHERE items.id = b.id"
    else:
        delete = f"DELETE FROM classifications WHERE model_version = {p} AND item_id = ANY({p})"
        update = (
            f"UPDATE items SET {_ITEM_SET} FROM unnest({p}::text[], {p}::float8[], {p}::text[], {p}::boolean[], "
            f"{p}::text[], {p}::integer[]) AS b(narrative, score, model_version, relevant, status, id) "
            "WHERE items.id = b.id"
        )
    values = ", ".join(f"CAST({p} AS JSON)" if c in _JSON_COLUMNS and dialect != "sqlite" else p for c in _COLUMNS)
    insert = f"INSERT INTO classifications ({', '.join(_COLUMNS)}) VALUES ({values})"
    if dialect != "sqlite":
        # Two processes classifying the same new item (two `collect` runs at once): the DELETE
        # above found no row to lock, so both insert; the second replaces the first instead of
        # failing on the unique key. SQLite's single writer never gets here.
        keep = ", ".join(f"{c} = EXCLUDED.{c}" for c in _COLUMNS if c not in ("item_id", "model_version"))
        insert += f" ON CONFLICT (item_id, model_version) DO UPDATE SET {keep}"
    return delete, insert, update


_SQLITE_BATCH = (
    "CREATE TEMP TABLE IF NOT EXISTS classified_batch "
    "(narrative, score, model_version, relevant, status, id INTEGER PRIMARY KEY)"
)


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
    dumps = _dumps  # empty values (most rows: off-topic items) as constants, what json.dumps gives
    conn.exec_driver_sql(
        insert,
        [
            (
                c.item_id,
                c.model_version,
                c.narrative,
                float(c.score),
                bool(c.flagged),
                "{}" if c.probabilities == {} else dumps(c.probabilities),
                "[]" if c.evidence == [] else dumps(c.evidence, default=_fields),
                c.matched_message_key,
                c.match_score,
                "[]" if c.findings == [] else dumps(c.findings, default=_fields),
                created,
                c.relevant,
                c.relevance,
                c.relevance_reason,
                c.band,
                c.flag_score,
                "[]" if c.evidence_kinds == [] else dumps(list(c.evidence_kinds)),
            )
            for c in rows
        ],
    )
    # The items' current classification in ONE statement per batch, not one per row: SQLite
    # runs the daily-count triggers (migration 0003) as a sub-program set up again for every
    # statement executed, which made an executemany of 3,000 one-row UPDATEs 2.5 times as slow
    # (0.12 s instead of 0.05 s); PostgreSQL ran its statement-level count trigger once per row.
    # The same triggers keep the counts, so they stay exact whatever the path. The last
    # classification of an item in the batch wins, as it did row by row. A person's decision is kept.
    latest = {c.item_id: (c.narrative, float(c.score), c.model_version, c.relevant, model_status(c)) for c in rows}
    if dialect == "sqlite":
        conn.exec_driver_sql(_SQLITE_BATCH)
        conn.exec_driver_sql("DELETE FROM temp.classified_batch")
        conn.exec_driver_sql(
            "INSERT INTO temp.classified_batch VALUES (?, ?, ?, ?, ?, ?)", [(*v, i) for i, v in latest.items()]
        )
        conn.exec_driver_sql(update)
        conn.exec_driver_sql("DELETE FROM temp.classified_batch")
    else:
        # The rows locked in id order first, as the row-by-row UPDATEs of a batch (in id order)
        # locked them: an UPDATE ... FROM takes them in whatever order its plan reads them, and
        # two classifiers doing that could deadlock on overlapping items.
        conn.exec_driver_sql("SELECT id FROM items WHERE id = ANY(%s) ORDER BY id FOR UPDATE", (sorted(latest),))
        conn.exec_driver_sql(update, (*(list(col) for col in zip(*latest.values(), strict=True)), list(latest)))
