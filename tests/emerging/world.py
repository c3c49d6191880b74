"""Items for the emerging-narrative tests: stored through the storage verbs on the real `store`."""

from __future__ import annotations

import datetime as dt
import itertools

from monitor.ingest.dedupe import content_hash
from monitor.models import Classification, FeedKind, Item, Source

NOW = dt.datetime(2021, 5, 20, 12, 0, tzinfo=dt.UTC)
MODEL = "test-v1"
_n = itertools.count(1)

# A rumour told in a few wordings, and routine news that recurs every day.
RUMOUR = [
    "Nghe nói phiếu bầu năm nay in mã QR ở góc, tổ bầu cử quét mã là biết ai bầu cho ai",
    "Mã QR in ở góc phiếu bầu, quét mã là biết cử tri bầu cho ai, chia sẻ cho bà con",
    "Phiếu bầu có mã QR ở góc, tổ bầu cử quét mã ra tên cử tri bầu cho ai",
]
ROUTINE = [
    ("Tập huấn tổ bầu cử tại xã {k}", "Các thành viên tổ bầu cử được hướng dẫn quy trình phát phiếu và kiểm phiếu."),
    (
        "Niêm yết danh sách cử tri ở phường {k}",
        "Danh sách cử tri được dán tại nhà văn hóa để người dân xem và đề nghị sửa.",
    ),
    (
        "Sửa sang nhà văn hóa làm phòng bỏ phiếu {k}",
        "Nhà văn hóa khu dân cư được sửa sang, treo băng rôn, bố trí lối đi.",
    ),
]


def add(
    store,
    when: dt.datetime,
    title: str,
    text: str,
    *,
    source: str = "news",
    kind: str = "news",
    narrative: str = "none",
    score: float = 0.2,
    status: str = "unflagged",
    cluster_key: str | None = None,
) -> int:
    """One stored, classified item; returns its id."""
    sid = store.upsert_source(Source(name=source, url=f"https://{source}.example/rss", kind=FeedKind(kind)))
    i = next(_n)
    store.save_items(
        [
            Item(
                source_id=sid,
                title=title,
                text=text,
                url=f"https://{source}.example/{i}",
                canonical_url=None,
                guid=f"g{i}",
                lang="vi",
                published_at=when,
                fetched_at=when,
                content_hash=content_hash(title, text),
                dedupe_key=f"g{i}",
                cluster_key=cluster_key,
                search_text=title.lower(),
            )
        ]
    )
    iid = max(r[0] for r in store.items_to_classify(MODEL, 100_000))
    flagged = status in ("flagged",)
    store.save_classifications(
        [Classification(item_id=iid, model_version=MODEL, narrative=narrative, score=score, flagged=flagged)]
    )
    return iid


def routine_week(store, now: dt.datetime = NOW, days: int = 7) -> list[int]:
    """Routine election news, the same few stories every day from three sources."""
    ids = []
    for d in range(days, 0, -1):
        for k, (title, text) in enumerate(ROUTINE):
            when = now - dt.timedelta(days=d) + dt.timedelta(hours=3 + 5 * k)
            ids.append(add(store, when, title.format(k=d), text, source=f"news{k}"))
    return ids


def rumour(store, now: dt.datetime = NOW, n: int = 6, sources: int = 2, variants: int = 1, **kw) -> list[int]:
    """n copies of the rumour (in `variants` wordings) in the last 20 hours, over `sources` sources."""
    return [
        add(
            store,
            now - dt.timedelta(hours=20) + dt.timedelta(hours=3 * j),
            RUMOUR[j % variants],
            RUMOUR[j % variants],
            source=f"social{j % sources}",
            kind="social",
            **kw,
        )
        for j in range(n)
    ]


def across_utc_midnight(now: dt.datetime) -> list[dt.datetime]:
    """Four times half an hour and an hour and a half either side of a UTC midnight before `now`:
    two UTC days, but one day in Hà Nội's zone (UTC+7, whose midnight is 17:00 UTC)."""
    midnight = (now - dt.timedelta(hours=2)).replace(hour=0, minute=0, second=0, microsecond=0)
    return [midnight + dt.timedelta(minutes=m) for m in (-90, -30, 30, 90)]


def rumour_at(store, times: list[dt.datetime], sources: int = 2) -> list[int]:
    """The rumour once at each of `times`, over `sources` sources."""
    return [
        add(store, when, RUMOUR[0], RUMOUR[0], source=f"social{j % sources}", kind="social")
        for j, when in enumerate(times)
    ]
