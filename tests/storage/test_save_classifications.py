"""`save_classifications` sends pre-built SQL through the DB-API cursor; what it stores is exactly
what the former SQLAlchemy Core write stored (kept here as the reference), byte for byte as the
driver reads it back, on both engines: JSON text, times, booleans, NULLs, the statuses a person
set, and a second write of the same model version replacing the first."""

from __future__ import annotations

import dataclasses
import datetime as dt

import sqlalchemy as sa

from classifiers.results import Evidence, Finding
from monitor.models import Classification, Review, ReviewDecision, Source
from monitor.storage.classifications import MODEL_STATUSES, model_status, write_classifications
from monitor.storage.schema import classifications, items
from tests.storage.stored import stored_items

_UPDATE = (
    items.update()
    .where(items.c.id == sa.bindparam("b_id"))
    .values(
        narrative=sa.bindparam("b_narrative"),
        score=sa.bindparam("b_score"),
        model_version=sa.bindparam("b_model_version"),
        relevant=sa.bindparam("b_relevant"),
        status=sa.case(
            (items.c.status.in_([sa.literal_column(f"'{s}'") for s in MODEL_STATUSES]), sa.bindparam("b_status")),
            else_=items.c.status,
        ),
    )
)


def _reference_save(store, rows: list[Classification], now: dt.datetime) -> None:
    """The former write, through SQLAlchemy's column types."""
    with store.engine.begin() as conn:
        ids = [c.item_id for c in rows]
        for version in {c.model_version for c in rows}:
            conn.execute(
                classifications.delete().where(
                    classifications.c.item_id.in_(ids), classifications.c.model_version == version
                )
            )
        conn.execute(
            classifications.insert(),
            [
                {
                    "item_id": c.item_id,
                    "model_version": c.model_version,
                    "narrative": c.narrative,
                    "score": float(c.score),
                    "flagged": bool(c.flagged),
                    "probabilities": c.probabilities,
                    "evidence": [dataclasses.asdict(e) for e in c.evidence],
                    "matched_message_key": c.matched_message_key,
                    "match_score": c.match_score,
                    "findings": [dataclasses.asdict(f) for f in c.findings],
                    "created_at": now,
                    "relevant": c.relevant,
                    "relevance": c.relevance,
                    "relevance_reason": c.relevance_reason,
                    "band": c.band,
                    "flag_score": c.flag_score,
                    "evidence_kinds": list(c.evidence_kinds),
                }
                for c in rows
            ],
        )
        conn.execute(
            _UPDATE,
            [
                {
                    "b_id": c.item_id,
                    "b_narrative": c.narrative,
                    "b_score": float(c.score),
                    "b_model_version": c.model_version,
                    "b_relevant": c.relevant,
                    "b_status": model_status(c),
                }
                for c in rows
            ],
        )


def _rows(ids: list[int], version: str, shift: int = 0) -> list[Classification]:
    out = []
    for n, i in enumerate(ids):
        k = (n + shift) % 5
        band = ("flag", "look", "clear", "off_topic", None)[k]
        out.append(
            Classification(
                item_id=i,
                model_version=version,
                narrative=("procedure_false", "fraud_claim", "none", "none", "impersonation")[k],
                score=0.1 + 0.17 * k,
                flagged=band == "flag",
                probabilities={"procedure_false": 0.61 + k / 100, "none": 0.25, "fraud_claim": 1e-05} if k != 4 else {},
                evidence=[Evidence("bầu cử", 0.4125, 3, 9), Evidence('hoãn "ngày" ☐', -0.5)][: k % 3],
                matched_message_key="msg_date" if k == 0 else None,
                match_score=0.375 if k == 0 else None,
                findings=[Finding("election_date", "30/5", "23/5/2021", "says 30/5; approved: 23/5/2021", 0, 4, "date")]
                if k in (0, 1)
                else [],
                relevant=(True, True, False, False, None)[k],
                relevance=(0.9, 0.55, 0.2, 0.0, None)[k],
                relevance_reason=("on_topic", "on_topic", "no_election_words", "other_election", None)[k],
                band=band,
                flag_score=(0.93, 0.51, 0.1, 0.0, None)[k],
                evidence_kinds=(["topic", "fact"], ["topic"], [], [], [])[k],
            )
        )
    return out


def _stored(store, ids: list[int]) -> tuple[list, list]:
    """What the driver reads back (no SQLAlchemy type processing): items' classified columns and
    classification rows, in item order (their own ids left out)."""
    cols = ", ".join(
        f"CAST({c.name} AS TEXT)" if isinstance(c.type, sa.JSON) else c.name  # JSON as stored, not parsed
        for c in classifications.columns
        if c.name not in ("id", "item_id")
    )
    with store.engine.connect() as conn:
        state = [
            tuple(
                conn.exec_driver_sql(
                    "SELECT narrative, score, model_version, relevant, status FROM items WHERE id = " + str(i)
                ).one()
            )
            for i in ids
        ]
        cls = [
            [
                tuple(r)
                for r in conn.exec_driver_sql(
                    f"SELECT {cols} FROM classifications WHERE item_id = {i} ORDER BY model_version"
                ).all()
            ]
            for i in ids
        ]
    return state, cls


def test_the_driver_level_write_stores_what_the_former_write_stored(store):
    sid = store.upsert_source(Source(name="a", url="https://a.example/rss"))
    fast = stored_items(store, sid, 23, "fast")
    slow = stored_items(store, sid, 23, "slow")
    for ids in (fast, slow):  # people's decisions: a model never overwrites them
        store.save_review(Review(ids[3], "officer", ReviewDecision.CONFIRM, narrative="procedure_false"))
        store.save_review(Review(ids[8], "officer", ReviewDecision.DISMISS))
    # the write itself is given the time, so stored times can be compared too (one without microseconds)
    t0 = dt.datetime(2026, 11, 29, 6, 30, 1, 123456, tzinfo=dt.UTC)
    steps = (
        ("v1", 0, slice(None), t0),
        ("v2", 1, slice(0, 15), t0.replace(microsecond=0)),
        ("v1", 2, slice(5, 20), t0),
    )
    for version, shift, part, now in steps:
        rows = _rows(fast[part], version, shift)
        store.retrying(lambda conn, rows=rows, now=now: write_classifications(conn, rows, now))
        _reference_save(store, _rows(slow[part], version, shift), now)
        assert _stored(store, fast) == _stored(store, slow), (version, shift)
    state, cls = _stored(store, fast)
    assert state[3][4] == "confirmed" and state[8][4] == "dismissed"
    assert [len(c) for c in cls] == [2] * 15 + [1] * 8  # v1 and v2 side by side; a second v1 replaced the first
    assert store.item_detail(fast[0])["classification"]["evidence"] == [
        {"term": "bầu cử", "weight": 0.4125, "start": 3, "end": 9}
    ]


def test_the_verb_writes_the_current_time(store):
    sid = store.upsert_source(Source(name="a", url="https://a.example/rss"))
    (i,) = stored_items(store, sid, 1, "one")
    before = dt.datetime.now(dt.UTC)
    store.save_classifications(_rows([i], "v1"))
    created = store.item_detail(i)["classification"]["created_at"]
    assert before <= created <= dt.datetime.now(dt.UTC)


def test_two_writers_classifying_the_same_new_items_both_succeed(store):
    """Two `collect` runs at once on PostgreSQL: each deleted the (absent) classification of a new
    item, then both inserted it, and the second failed on the unique key with a traceback."""
    import threading

    import pytest

    if store.dialect != "postgresql":
        pytest.skip("SQLite has one writer at a time")
    sid = store.upsert_source(Source(name="a", url="https://a.example/rss"))
    ids = stored_items(store, sid, 5, "race")
    now = dt.datetime(2026, 11, 29, 6, 30, tzinfo=dt.UTC)
    first_inserted, failures = threading.Event(), []

    def first() -> None:
        with store.engine.begin() as conn:  # holds its new rows uncommitted for a moment
            write_classifications(conn, _rows(ids, "v1", 0), now)
            first_inserted.set()
            threading.Event().wait(0.5)

    def second() -> None:
        first_inserted.wait(10)
        try:
            with store.engine.begin() as conn:  # waits on the first one's rows, then meets them
                write_classifications(conn, _rows(ids, "v1", 1), now)
        except Exception as exc:  # noqa: BLE001 - the failure is the finding
            failures.append(exc)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert failures == []
    state, cls = _stored(store, ids)
    assert [len(c) for c in cls] == [1] * 5  # one classification per item and version, the second's
