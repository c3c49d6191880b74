"""Full-text search (FTS5 on SQLite, tsvector + GIN on PostgreSQL) on both engines."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from monitor.ingest.normalize import search_text
from monitor.models import Classification, FeedKind, Item, Source
from monitor.storage.filters import ItemFilters

T0 = dt.datetime(2021, 5, 1, 8, 0, tzinfo=dt.UTC)

DOCS = [
    ("Cử tri đi bầu cử sớm", "Người dân phường Đống Đa đi bỏ phiếu bầu cử đại biểu Quốc hội."),
    ("Tin đồn gian lận", "Bài đăng nói kết quả bầu cử đã được định sẵn, có gian lận phiếu."),
    ("bau cu gian lan", "bai viet khong dau: ket qua bau cu bi gian lan o xa Phu Thuong"),
    ("Thời tiết", "Trời nắng nóng, nhiệt độ 38°C ở Hà Nội."),
    ("ĐẠI BIỂU HĐND", "Danh sách ứng cử viên Hội đồng nhân dân tỉnh được niêm yết."),
    ("Giá lúa", "Giá lúa tăng 100% so với năm trước; nông dân phấn khởi."),
]


def _items(source_id: int) -> list[Item]:
    return [
        Item(
            source_id=source_id,
            title=title,
            text=text,
            url=f"https://x.example.vn/{n}",
            canonical_url=f"https://x.example.vn/{n}",
            guid=f"g{n}",
            lang="vi",
            published_at=T0 + dt.timedelta(hours=n),
            fetched_at=T0 + dt.timedelta(hours=n),
            content_hash=f"{n:064d}",
            dedupe_key=f"g{n}",
            search_text=search_text(title, text),
        )
        for n, (title, text) in enumerate(DOCS)
    ]


@pytest.fixture
def loaded(store):
    sid = store.upsert_source(Source(name="Báo Tìm Kiếm", url="https://x.example.vn/rss", kind=FeedKind.NEWS))
    store.save_items(_items(sid))
    ids = sorted(r[0] for r in store.items_to_classify("v1", limit=100))
    store.save_classifications(
        [Classification(item_id=i, model_version="v1", narrative="fraud_claim", score=0.9, flagged=True) for i in ids]
    )
    return store, ids


def _found(store, query: str) -> set[int]:
    return {r["id"] for r in store.search_items(query, limit=100)}


@pytest.mark.parametrize(
    ("accented", "plain"),
    [
        ("bầu cử", "bau cu"),
        ("gian lận", "gian lan"),
        ("Đống Đa", "dong da"),
        ("HĐND", "hdnd"),
        ("HÐND", "HDND"),  # U+00D0 look-alike typed for Đ
        ("ứng cử viên", "ung cu vien"),
    ],
)
def test_accented_and_plain_queries_find_the_same_items(loaded, accented, plain):
    store, _ids = loaded
    a, b = _found(store, accented), _found(store, plain)
    assert a == b
    assert a, f"{accented!r} found nothing"


def test_search_finds_the_right_items(loaded):
    store, ids = loaded
    assert _found(store, "bầu cử") == {ids[0], ids[1], ids[2]}
    assert _found(store, "gian lận") == {ids[1], ids[2]}
    assert _found(store, "bau cu gian lan phu thuong") == {ids[2]}
    assert _found(store, "BẦU   Cử,") == {ids[0], ids[1], ids[2]}  # case, spacing, punctuation
    assert _found(store, "100%") == {ids[5]}
    assert _found(store, "khong-co-tu-nay") == set()


def test_search_is_whole_words_and_safe(loaded):
    store, ids = loaded
    # FTS syntax typed by a user is just words, never an operator or a syntax error.
    for q in ["bầu OR thời", "bầu NEAR cử", '"bầu', "cử*", "search_text:bau", "'; DROP TABLE items; --", "(", "%", "_"]:
        store.search_items(q)
        store.count_flagged(ItemFilters(q=q))
    assert _found(store, "bầu OR thời") == set()  # OR is a word here, and no item holds it
    assert _found(store, "%") == {ids[5]}  # punctuation alone is matched literally ("100%")


def test_queue_search_and_count_agree(loaded):
    store, ids = loaded
    page = store.flagged_items(ItemFilters(q="bau cu"))
    assert {r["id"] for r in page} == {ids[0], ids[1], ids[2]}
    assert store.count_flagged(ItemFilters(q="bầu cử")) == 3
    assert store.count_flagged(ItemFilters(q="bầu cử", narratives=["fraud_claim"])) == 3
    assert store.count_flagged(ItemFilters(q="bầu cử", narratives=["impersonation"])) == 0


def test_index_follows_updates_and_deletes(loaded):
    store, ids = loaded
    import sqlalchemy as sa

    from monitor.storage.schema import items

    with store.tx() as conn:
        conn.execute(items.update().where(items.c.id == ids[3]).values(search_text="bau cu som"))
        conn.execute(items.delete().where(items.c.id == ids[0]))
    assert _found(store, "bầu cử") == {ids[1], ids[2], ids[3]}
    assert _found(store, "thoi tiet") == set()
    assert store.count_flagged(ItemFilters(q="bau cu")) == 3
    with store.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(items)).scalar_one() == len(DOCS) - 1


@pytest.mark.parametrize("query", ["bầu cử", "gian lan", "dong da", "100%", "khong-co-tu-nay", "bầu OR thời"])
def test_common_word_plan_finds_the_same_items(loaded, monkeypatch, query):
    """Words in many items are searched by probing each row (SQLite): same results either way."""
    import monitor.storage.items as items_mod

    store, _ids = loaded
    rare_page = [r["id"] for r in store.flagged_items(ItemFilters(q=query))]
    rare_found = _found(store, query)
    monkeypatch.setattr(items_mod, "COMMON_SEARCH_MIN", 1)  # every matching query counts as common
    store.__dict__.pop("_common_search", None)
    assert [r["id"] for r in store.flagged_items(ItemFilters(q=query))] == rare_page
    assert _found(store, query) == rare_found
    assert store.count_flagged(ItemFilters(q=query)) == len(rare_page)
    assert store.count_flagged(ItemFilters(q=query), cap=100) == len(rare_page)
    assert store.count_flagged(ItemFilters(q=query), cap=0) == min(1, len(rare_page))


def test_common_search_decision(loaded, monkeypatch):
    import monitor.storage.items as items_mod

    store, _ids = loaded
    monkeypatch.setattr(items_mod, "COMMON_SEARCH_MIN", 3)  # 6 items: a fifth is 1, so the floor decides
    expected = store.dialect == "sqlite"  # PostgreSQL plans this itself
    assert store.common_search("bầu cử") is expected  # 3 matches
    assert store.common_search("gian lận") is False  # 2 matches
    assert store.common_search("") is False and store.common_search("%") is False


def test_capped_count_stops_after_the_cap(loaded):
    store, _ids = loaded
    assert store.count_flagged() == len(DOCS)
    assert store.count_flagged(cap=2) == 3  # cap + 1: "more than 2"
    assert store.count_flagged(cap=100) == len(DOCS)
    assert store.count_flagged(ItemFilters(q="gian lận"), cap=1) == 2
    assert store.count_flagged(ItemFilters(q="gian lận"), cap=5) == 2


def _queue_ids(store, query: str, exact: bool) -> set[int]:
    return {r["id"] for r in store.flagged_items(ItemFilters(q=query, q_exact=exact), limit=100)}


def _flagged(store, source: str, docs: list[tuple[str, str]]) -> list[int]:
    """`docs` (title, text) stored at T0 in a new source of that name and flagged; their ids."""
    sid = store.upsert_source(Source(name=source, url=f"https://{source}.example.vn/rss", kind=FeedKind.NEWS))
    store.save_items(
        [
            Item(
                source_id=sid,
                title=title,
                text=text,
                url=f"https://{source}.example.vn/{n}",
                canonical_url=None,
                guid=f"{source}{n}",
                lang="vi",
                published_at=T0,
                fetched_at=T0,
                content_hash=f"{source}{n}".encode().hex().rjust(64, "0"),
                dedupe_key=f"{source}{n}",
                search_text=search_text(title, text),
            )
            for n, (title, text) in enumerate(docs)
        ]
    )
    ids = sorted(r[0] for r in store.items_to_classify("v1", limit=100))
    store.save_classifications(
        [Classification(item_id=i, model_version="v1", narrative="fraud_claim", score=0.9, flagged=True) for i in ids]
    )
    return ids


def test_exact_accents_tell_phat_from_phat(store):
    docs = [
        ("Không đi bầu sẽ bị phạt", "Mức phạt 5 triệu đồng."),
        ("Phát thẻ cử tri", "Tổ bầu cử phát thẻ."),
        ("PHẠT TIỀN", "tin viết hoa"),
        ("bi phat tien", "khong dau"),
    ]
    ids = _flagged(store, "dau", docs)
    # by default accents do not count: "phạt" finds every spelling, "phát" too
    assert _queue_ids(store, "phạt", exact=False) == set(ids)
    # exact: as typed, any case; the unaccented post matches neither
    assert _queue_ids(store, "phạt", exact=True) == {ids[0], ids[2]}
    assert _queue_ids(store, "Phát", exact=True) == {ids[1]}
    assert _queue_ids(store, "phat", exact=True) == {ids[3]}
    assert store.count_flagged(ItemFilters(q="phạt", q_exact=True)) == 2


def test_dates_numbers_and_hyphenated_words_are_found_alike_on_both_engines(store):
    """PostgreSQL's parser kept "30/5/2021" whole (a file path), "covid-19" as "covid" and "-19",
    "5.000.000" as one number: a search for "30/5", the most common false date, found nothing
    there, while SQLite (which splits at punctuation) found every item."""
    docs = [
        ("Lùi ngày bầu cử sang 30/5/2021", "Tin đồn về ngày bầu cử."),
        ("Phòng chống covid-19 tại điểm bỏ phiếu", "Đeo khẩu trang."),
        ("Phạt 5.000.000 đồng nếu không đi bầu?", "Tin sai."),
        ("Tỷ lệ đi bầu đạt 99.60%", "Theo hội đồng bầu cử."),
        ("Liên hệ to-bau-cu@example.vn", "hoặc https://bau-cu.example.vn/huong-dan"),
        ("Ngày 23/5 là ngày bầu cử", "Không đổi."),
    ]
    ids = _flagged(store, "ngay", docs)
    expected = {
        "30/5": {ids[0]},
        "30/5/2021": {ids[0]},
        "covid-19": {ids[1]},
        "covid": {ids[1]},
        "5.000.000": {ids[2]},
        "000": {ids[2]},
        "99,60": {ids[3]},
        "example": {ids[4]},
        "huong dan": {ids[4]},
        "23/5": {ids[5]},
    }
    for query, want in expected.items():
        assert _found(store, query) == want, (store.dialect, query)


def test_upgrading_through_0014_keeps_search_and_vacuums_on_postgresql(store):
    """Migration 0014 rewrites PostgreSQL's `items`; `Store.migrate` then runs VACUUM ANALYZE
    outside the migration's transaction (without it, searches and counts at 1M items took
    0.3-2 s until autovacuum came by). Items stored before the upgrade are found after it."""
    from tests.storage.test_daily_counts import _alembic

    _alembic(store, "downgrade", "0013")
    ids = _flagged(store, "old", [("Lùi ngày bầu cử sang 30/5/2021", "Tin đồn.")])
    store.migrate()  # 0013 → head, the VACUUM on PostgreSQL included
    assert _found(store, "30/5") == set(ids)
    if store.dialect == "postgresql":
        with store.read() as conn:
            analyzed = conn.execute(
                sa.text(
                    "SELECT last_vacuum IS NOT NULL AND last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'items'"
                )
            ).scalar_one()
        assert analyzed
