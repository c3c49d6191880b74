"""bench/ingest.py's feeds made from given texts (``--texts``) read back as those texts."""

import datetime as dt

import pytest

from bench.ingest import _real_texts, make_feed_from
from monitor.ingest.collect import parse_feed
from monitor.ingest.normalize import normalize_entry
from monitor.models import Source


def test_feeds_from_texts_keep_each_text_whole(tmp_path):
    texts = [
        "Giá xăng giảm 300 đồng, giá dầu <5%. Liên Bộ Công Thương & Tài chính điều chỉnh giá lúc 15h",
        "Cử tri đi bầu sớm ở đảo. Hòm phiếu được đưa ra tàu trước ngày bầu cử",
        "Một câu duy nhất không có dấu chấm nào",
    ]
    entries, warning = parse_feed(make_feed_from(texts, 3), "application/rss+xml", "https://baotinh.example/3/rss")
    assert warning is None and len(entries) == 3
    source = Source(name="Báo 3", url="https://baotinh.example/3/rss", id=1)
    for text, entry in zip(texts, entries, strict=True):
        item = normalize_entry(entry, source, dt.datetime.now(dt.UTC))
        title, _, body = text.partition(". ")
        assert item.title == title and item.text == body  # (the thumbnail leaves no text behind)
        assert item.url.startswith("https://baotinh.example/3/tin-")
    rows = tmp_path / "texts.jsonl"
    rows.write_text('{"text": "a"}\n{"text": "a"}\n\n{"text": "b"}\n{"text": " "}\n', encoding="utf-8")
    assert sorted(_real_texts(str(rows), 10)) == ["a", "b"]  # (unique, blank rows skipped)
    rows.write_text('{"text": "a"}\n{"title": "b"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"line 2: not a JSON object with a text field"):
        _real_texts(str(rows), 10)
