"""Emerging-narrative discovery: pure ranking and labels, bad input, and the real store on both engines."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.analysis.emerging import EmergingError, discover, emerging, is_function_word, window
from monitor.models import Review, ReviewDecision
from tests.emerging.world import NOW, RUMOUR, routine_week, rumour

DAY = dt.timedelta(days=1)


def row(i: int, text: str, when: dt.datetime, source: int = 1, title: str = "", **kw) -> dict:
    return {
        "id": i,
        "source_id": source,
        "source": f"s{source}",
        "when": when,
        "title": title,
        "text": text,
        "cluster_key": kw.get("cluster_key"),
        "content_hash": kw.get("content_hash", f"h{i}"),
    }


# --- bad input: clear output, no crash --------------------------------------------------------------
def test_empty_window_and_one_item_give_no_cluster():
    assert discover([], NOW) == []
    assert discover([row(1, "phiếu bầu có mã QR", NOW - DAY / 2)], NOW) == []
    one = discover([row(1, "phiếu bầu có mã QR", NOW - DAY / 2)], NOW, min_size=1)
    assert len(one) == 1 and one[0].size == 1 and one[0].item_ids == [1]


def test_identical_items_only_make_one_cluster_with_a_label():
    rows = [
        row(i, "Phiếu bầu năm nay có mã QR ở góc", NOW - dt.timedelta(hours=i), source=i % 3, content_hash="same")
        for i in range(1, 31)
    ]
    [c] = discover(rows, NOW)
    assert c.size == 30 and c.sources == 3 and c.label
    # the same texts with different hashes (no near-duplicate key): the TF-IDF path still joins them
    [c2] = discover([{**r, "content_hash": f"h{r['id']}"} for r in rows], NOW)
    assert c2.size == 30


def test_very_long_items_and_texts_without_words():
    long_text = "mã QR trên phiếu bầu " * 200_000  # ~4 MB
    rows = [row(i, long_text, NOW - dt.timedelta(hours=i)) for i in range(1, 4)]
    rows += [row(10 + i, "😱 123 456 !!!", NOW - dt.timedelta(hours=i + 1), content_hash="same") for i in range(3)]
    out = discover(rows, NOW)
    assert sorted(c.size for c in out) == [3, 3]
    assert all(c.label for c in out)


def test_bad_window_and_size_are_named():
    with pytest.raises(EmergingError, match="--days"):
        window(NOW, 0)
    with pytest.raises(EmergingError, match="--min-size"):
        discover([], NOW, min_size=0)


def test_replay_window_ends_after_the_newest_item():
    newest = NOW - 400 * DAY
    start, end = window(NOW, 7, newest)
    assert end - start == 7 * DAY and start < newest < end


# --- ranking and labels ----------------------------------------------------------------------------
def test_a_new_spreading_story_outranks_steady_routine_news():
    rows, i = [], 0
    for d in range(7, 0, -1):  # a story told five times a day all week, from four sources
        for k in range(5):
            i += 1
            rows.append(
                row(
                    i,
                    f"Tập huấn tổ bầu cử về quy trình kiểm phiếu tại xã số {k}",
                    NOW - d * DAY + k * dt.timedelta(hours=2),
                    source=k % 4,
                    content_hash=f"routine{k}",
                )
            )
    for j in range(6):  # new today, three sources
        i += 1
        rows.append(row(i, RUMOUR[j % 3], NOW - dt.timedelta(hours=20 - 3 * j), source=10 + j % 3))
    out = discover(rows, NOW)
    top = out[0]
    assert set(top.item_ids) <= set(range(36, 42)) and top.size >= 4 and "mã QR" in top.terms
    assert top.growth == top.size and top.recent_sources >= 2
    routine = [c for c in out if c.size == 7]
    assert len(routine) == 5 and all(c.growth == 1 and c.score < top.score for c in routine)
    assert top.first_seen == min(r["when"] for r in rows if r["id"] in top.item_ids)
    assert sum(d["n"] for d in top.daily) == top.size and len(top.daily) == 8


def test_labels_have_no_names_and_no_function_words():
    texts = [
        "Ông Trần Văn Bình nói rằng phiếu bầu có mã QR và tổ bầu cử quét mã để biết ai bầu cho ai",
        "Theo ông Trần Văn Bình thì mã QR trên phiếu bầu bị quét để biết cử tri bầu cho ai",
        "Bà Lê Thị Hoa cũng kể là phiếu bầu có mã QR, tổ bầu cử quét mã là biết",
    ]
    [c] = discover([row(i, t, NOW - dt.timedelta(hours=i), cluster_key="k") for i, t in enumerate(texts, 1)], NOW)
    words = {w.lower() for term in c.terms for w in term.split()}
    assert words and not words & {"trần", "bình", "lê", "hoa", "văn", "thị"}
    assert not [w for term in c.terms for w in term.lower().split() if is_function_word(w)]
    assert (
        "QR" in {w for t in c.terms for w in t.split()} and "phiếu bầu" in c.terms
    )  # acronyms are content; accented spelling shown


# --- on the real store (SQLite and PostgreSQL) -----------------------------------------------------
def test_store_discovery_takes_only_items_no_narrative_claims(store):
    routine_week(store)
    ids = rumour(store, n=6, sources=2)
    strong = rumour(store, n=3, narrative="fraud_claim", score=0.95, status="flagged")  # claimed: left out
    weak = rumour(store, n=2, narrative="fraud_claim", score=0.4, status="flagged")  # a weak flag: in
    official = rumour(store, n=2, sources=1)
    store.save_review(Review(ids[0], "lan", ReviewDecision.DISMISS))  # dismissed: left out
    from monitor.storage.schema import items

    with store.tx() as conn:  # items of an official feed are the answer, not a rumour
        conn.execute(items.update().where(items.c.id.in_(official)).values(kind="official"))
    start, end = window(NOW, 7)
    candidates = {r["id"] for r in store.emerging_candidates(start, end)}
    assert set(ids[1:]) | set(weak) <= candidates and not candidates & (set(strong) | set(official) | {ids[0]})
    out = emerging(store, NOW)
    top = out[0]
    assert set(top.item_ids) == set(ids[1:]) | set(weak)
    assert not set(top.item_ids) & (set(strong) | set(official))
    assert top.sources == 2 and top.growth >= 5


def test_empty_store(store):
    assert emerging(store, NOW) == []


def test_the_daily_history_counts_the_offices_days():
    """A cluster's per-day history counted UTC days: posts at 03:00 and 05:00 in Hà Nội landed on
    the day before. The Emerging page's chart now shows the office's days."""
    from zoneinfo import ZoneInfo

    hanoi = ZoneInfo("Asia/Ho_Chi_Minh")
    now = dt.datetime(2021, 5, 20, 12, tzinfo=dt.UTC)  # 19:00 on 20 May in Hà Nội
    times = [dt.datetime(2021, 5, 19, h, tzinfo=dt.UTC) for h in (20, 22)] + [now - dt.timedelta(hours=1)]
    rows = [row(i, "Phiếu bầu năm nay có mã QR ở góc", w, source=i, content_hash="same") for i, w in enumerate(times)]
    [c] = discover(rows, now, days=3, tz=hanoi)
    assert c.daily == [
        {"day": "2021-05-17", "n": 0},
        {"day": "2021-05-18", "n": 0},
        {"day": "2021-05-19", "n": 0},
        {"day": "2021-05-20", "n": 3},
    ]
    [utc] = discover(rows, now, days=3)  # the API and the CLI keep UTC days
    assert [d["day"] for d in utc.daily][-1] == "2021-05-20" and utc.daily[-2] == {"day": "2021-05-19", "n": 2}
