"""The "needs a look" band reaches the queue as its own status, and classifications are written
in one batched statement with the same result as the former one-UPDATE-per-item (both engines)."""

from __future__ import annotations

import sqlalchemy as sa

from monitor.models import Classification, ItemStatus, Review, ReviewDecision, Source
from monitor.storage.classifications import MODEL_STATUSES, model_status
from monitor.storage.filters import ItemFilters
from monitor.storage.schema import items
from tests.storage.stored import stored_items

_items = stored_items


def _cls(item_id, band, version="v1"):
    flagged = band == "flag"
    return Classification(
        item_id,
        version,
        "procedure_false" if band != "clear" else "none",
        0.7 if flagged else 0.4,
        flagged,
        relevant=True,
        relevance=0.9,
        relevance_reason="on_topic",
        band=band,
        flag_score={"flag": 0.9, "look": 0.5, "clear": 0.1}[band],
        evidence_kinds=["topic"],
    )


def test_look_band_items_are_a_separate_queue_tier(store):
    sid = store.upsert_source(Source(name="a", url="https://a.example/rss"))
    flag, look, clear = _items(store, sid, 3, "item")
    store.save_classifications([_cls(flag, "flag"), _cls(look, "look"), _cls(clear, "clear")])
    assert [r["id"] for r in store.flagged_items()] == [flag]  # the default queue: flagged only
    looked = store.flagged_items(ItemFilters(statuses=["look"]))
    assert [r["id"] for r in looked] == [look] and looked[0]["status"] == ItemStatus.LOOK.value
    assert store.count_flagged(ItemFilters(statuses=["look"])) == 1
    assert {r["id"] for r in store.flagged_items(ItemFilters(statuses=["flagged", "look"]))} == {flag, look}
    # an officer's decision on a look item stands when the model classifies again
    store.save_review(Review(look, "officer", ReviewDecision.DISMISS))
    store.save_classifications([_cls(look, "look", "v2")])
    assert store.item_detail(look)["status"] == ItemStatus.DISMISSED.value


def _old_per_row_writes(store, rows):
    """The former write: one UPDATE per item."""
    with store.engine.begin() as conn:
        for c in rows:
            status = (
                ItemStatus.FLAGGED.value
                if c.flagged
                else (ItemStatus.LOOK.value if c.band == "look" else ItemStatus.UNFLAGGED.value)
            )
            conn.execute(
                items.update()
                .where(items.c.id == c.item_id)
                .values(
                    narrative=c.narrative,
                    score=float(c.score),
                    model_version=c.model_version,
                    relevant=c.relevant,
                    status=sa.case((items.c.status.in_(MODEL_STATUSES), status), else_=items.c.status),
                )
            )


def _state(store, ids):
    with store.engine.connect() as conn:
        q = sa.select(items.c.narrative, items.c.score, items.c.model_version, items.c.relevant, items.c.status)
        return [tuple(conn.execute(q.where(items.c.id == i)).one()) for i in ids]


def test_batched_writes_equal_the_former_per_item_updates(store):
    sid = store.upsert_source(Source(name="a", url="https://a.example/rss"))
    bands = ["flag", "look", "clear", "flag", "clear", "look"] * 5
    a = _items(store, sid, len(bands), "batched")
    b = _items(store, sid, len(bands), "per-row")
    for ids in (a, b):  # an officer confirmed one item of each set: no model may overwrite that
        store.save_review(Review(ids[2], "officer", ReviewDecision.CONFIRM, narrative="procedure_false"))
    store.save_classifications([_cls(i, band) for i, band in zip(a, bands, strict=True)])
    _old_per_row_writes(store, [_cls(i, band) for i, band in zip(b, bands, strict=True)])
    got, want = _state(store, a), _state(store, b)
    assert got == want
    assert got[2][4] == ItemStatus.CONFIRMED.value
    assert [s[4] for s in got[:2]] == [ItemStatus.FLAGGED.value, ItemStatus.LOOK.value]
    assert model_status(_cls(0, "clear")) == ItemStatus.UNFLAGGED.value
