"""Imports: CSV with a bad row reported by line, JSONL, Telegram; no author names stored."""

from __future__ import annotations

import datetime as dt
import errno
import io
import json
import os
import re
from pathlib import Path

import pytest
import sqlalchemy as sa

from monitor.errors import DataFileError, MonitorError
from monitor.ingest.imports import Limits, import_file, telegram_text

SMALL_LINES = Limits(max_line_chars=1000)


def _items(store):
    from monitor.storage.schema import items

    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.select(items).order_by(items.c.id))]


def test_csv_with_bad_rows(tmp_path, store):
    f = tmp_path / "posts.csv"
    f.write_text(
        "message,link,posted_at,author\n"
        "Bầu cử bị hoãn sang 30/5 rồi mọi người ơi,https://fb.example/p/1,2021-05-15 08:00,Nguyễn Văn A\n"
        '"Dòng có\nxuống dòng, và dấu phẩy",https://fb.example/p/2,2021-05-15T09:00:00+07:00,Trần B\n'
        "thiếu cột,https://fb.example/p/3\n"
        "Ngày sai,https://fb.example/p/4,hôm qua,C\n"
        ",https://fb.example/p/5,2021-05-15 10:00,D\n"
        "bau cu gian lan het roi,https://fb.example/p/6,1621058400,E\n",
        encoding="utf-8",
    )
    report = import_file(
        store, f, "Nhóm Facebook X", mapping={"text": "message", "url": "link", "published": "posted_at"}
    )
    assert report.new == 3 and report.empty == 1 and len(report.errors) == 2
    assert [str(e) for e in report.errors] == [
        "posts.csv line 5: expected 4 columns, found 2",
        "posts.csv line 6: cannot read the date 'hôm qua' in column 'posted_at'",
    ]
    rows = _items(store)
    assert [r["url"] for r in rows] == ["https://fb.example/p/1", "https://fb.example/p/2", "https://fb.example/p/6"]
    assert rows[1]["text"] == "Dòng có\nxuống dòng, và dấu phẩy"
    assert all("Nguyễn" not in str(r) and "Trần" not in str(r) for r in rows)
    assert all(r["kind"] == "social" for r in rows)
    src = store.get_source(name="Nhóm Facebook X")
    assert src is not None and src.url.startswith("import:")
    # idempotent
    again = import_file(
        store, f, "Nhóm Facebook X", mapping={"text": "message", "url": "link", "published": "posted_at"}
    )
    assert again.new == 0 and again.duplicate == 3
    assert len(_items(store)) == 3


def test_csv_mapping_errors(tmp_path, store):
    f = tmp_path / "p.csv"
    f.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="no text column found"):
        import_file(store, f, "X")
    with pytest.raises(DataFileError, match="column 'msg' \\(mapped to text\\) not found; columns are: a, b"):
        import_file(store, f, "X", mapping={"text": "msg"})
    with pytest.raises(DataFileError, match="author and user names are never imported"):
        import_file(store, f, "X", mapping={"author": "a"})
    with pytest.raises(DataFileError, match="file not found"):
        import_file(store, tmp_path / "none.csv", "X")


def test_csv_undecodable_row(tmp_path, store):
    f = tmp_path / "p.csv"
    f.write_bytes("text\nđúng\n".encode() + b"sai \xff\xfe\n" + "cũng đúng\n".encode())
    report = import_file(store, f, "X")
    assert report.new == 2 and [str(e) for e in report.errors] == ["p.csv line 3: text is not UTF-8 text"]


def test_jsonl(tmp_path, store):
    f = tmp_path / "p.jsonl"
    lines = [
        json.dumps(
            {
                "content": "Bài một về bầu cử",
                "permalink": "https://x.example/1",
                "created_time": "2021-05-16T07:00:00+0700",
                "user": "ai đó",
            },
            ensure_ascii=False,
        ),
        "{not json",
        "",
        json.dumps(["a"]),
        json.dumps({"content": "Bài hai", "permalink": "https://x.example/2"}, ensure_ascii=False),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_file(store, f, "Trang Y", lang="vi")
    assert report.new == 2
    assert [str(e).split(":")[0] for e in report.errors] == ["p.jsonl line 2", "p.jsonl line 4"]
    rows = _items(store)
    assert rows[0]["lang"] == "vi" and rows[0]["published_at"].hour == 0
    assert "ai đó" not in str(rows)


def test_telegram(tmp_path, store):
    export = {
        "name": "Kênh tin X",
        "type": "public_channel",
        "id": 1234567,
        "messages": [
            {"id": 1, "type": "service", "date": "2021-05-01T10:00:00", "action": "create_channel"},
            {
                "id": 2,
                "type": "message",
                "date": "2021-05-15T08:00:00",
                "date_unixtime": "1621040400",
                "from": "Kênh tin X",
                "from_id": "channel1234567",
                "text": "Bầu cử hoãn sang 30/5!",
            },
            {
                "id": 3,
                "type": "message",
                "date": "2021-05-15T09:00:00",
                "from": "Kênh tin X",
                "text": [
                    "Xem ",
                    {"type": "link", "text": "https://x.example/a"},
                    " và ",
                    {"type": "bold", "text": "chia sẻ"},
                ],
            },
            {"id": 4, "type": "message", "date": "2021-05-15T09:30:00", "photo": "photos/1.jpg", "text": ""},
            {"id": 5, "type": "message", "date": "ngày xấu", "text": "có chữ"},
        ],
    }
    f = tmp_path / "result.json"
    f.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    report = import_file(store, f, "Kênh tin X")
    assert report.new == 2 and report.empty == 1
    assert [str(e) for e in report.errors] == ["result.json message id 5: cannot read the date 'ngày xấu'"]
    rows = _items(store)
    assert rows[1]["text"] == "Xem https://x.example/a và chia sẻ"
    assert rows[0]["guid"] == "tg:1234567:2"
    assert rows[1]["published_at"].hour == 2  # 09:00 Vietnam time


def test_telegram_text():
    assert telegram_text("a") == "a"
    assert telegram_text(["a", {"type": "bold", "text": "b"}, {"type": "x"}]) == "ab"
    assert telegram_text(None) == ""


def test_not_a_telegram_export(tmp_path, store):
    f = tmp_path / "result.json"
    f.write_text('{"a": 1}', encoding="utf-8")
    with pytest.raises(DataFileError, match="not a Telegram channel export"):
        import_file(store, f, "X")


# --- an import that stops partway keeps every row read before the culprit --------------------


def _posts(n: int) -> list[tuple[str, str]]:
    return [(f"Bài đăng số {i} về bầu cử đại biểu", f"https://x.example/{i}") for i in range(n)]


@pytest.mark.parametrize("before", [5, 700], ids=["inside-the-sniffed-start", "after-a-saved-batch"])
def test_csv_rows_before_a_too_long_line_are_all_stored(tmp_path, store, before):
    f = tmp_path / "long.csv"
    rows = "".join(f"{t},{u}\n" for t, u in _posts(before))
    f.write_text("text,url\n" + rows + "x" * 1500 + ",u\n" + "sau,https://x.example/after\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        import_file(store, f, "K", limits=SMALL_LINES)
    assert str(info.value) == (
        f"long.csv line {before + 2}: longer than 1,000 characters (import_max_line_chars); "
        f"the import stopped there, after {before} rows: {before} new items stored"
    )
    assert [r["url"] for r in _items(store)] == [u for _, u in _posts(before)]


def test_jsonl_rows_before_a_too_long_line_are_all_stored(tmp_path, store):
    f = tmp_path / "long.jsonl"
    rows = [json.dumps({"text": t, "url": u}, ensure_ascii=False) for t, u in _posts(700)]
    rows[3] = "{broken"
    f.write_text("\n".join([*rows, json.dumps({"text": "x" * 1500}), rows[0]]) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        import_file(store, f, "K", limits=SMALL_LINES)
    assert str(info.value) == (
        "long.jsonl line 701: longer than 1,000 characters (import_max_line_chars); "
        "the import stopped there, after 700 rows: 699 new items stored, 1 with errors"
    )
    assert len(_items(store)) == 699


def _telegram_export(n: int) -> tuple[str, list[str]]:
    msgs = [
        {"id": i, "type": "message", "date": "2021-05-15T08:00:00", "text": t} for i, (t, _) in enumerate(_posts(n))
    ]
    lines = [json.dumps(m, ensure_ascii=False) for m in msgs]
    return '{"name": "Kênh", "id": 42, "username": "kenh", "messages": [\n' + ",\n".join(lines) + "\n]}\n", lines


def test_telegram_messages_before_a_cut_are_all_stored(tmp_path, store):
    full, lines = _telegram_export(700)
    cut = full[:-500]
    whole = sum(1 for line in lines if line in cut)  # messages read in full before the cut
    assert 600 < whole < 700
    f = tmp_path / "result.json"
    f.write_text(cut, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        import_file(store, f, "Kênh")
    message = str(info.value)
    assert message.startswith(f"result.json line {whole + 2}: not valid JSON (")
    assert message.endswith(f"; the import stopped there, after {whole} rows: {whole} new items stored")
    assert [r["guid"] for r in _items(store)] == [f"tg:42:{i}" for i in range(whole)]


def test_nothing_read_before_the_culprit_says_so(tmp_path, store):
    f = tmp_path / "long.csv"
    f.write_text("text\n" + "x" * 1500 + "\nok\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        import_file(store, f, "K", limits=SMALL_LINES)
    assert str(info.value) == (
        "long.csv line 2: longer than 1,000 characters (import_max_line_chars); the import stopped there, "
        "nothing was read before it"
    )
    assert _items(store) == []


def test_a_file_that_cannot_be_read_is_one_error(tmp_path, store):
    if not Path("/proc/self/mem").exists():
        pytest.skip("needs /proc/self/mem, a file whose reads fail")
    f = tmp_path / "mem.csv"
    os.symlink("/proc/self/mem", f)  # opens as a regular file; reading at offset 0 fails with EIO
    with pytest.raises(DataFileError, match=r"mem.csv: cannot read \(Input/output error\)$"):
        import_file(store, f, "K")


class _FailsAfter(io.FileIO):
    """A file whose reads fail past its first ``good`` bytes, as on a failing disk."""

    good = 4000

    def readinto(self, buffer):
        if self.tell() >= self.good:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return super().readinto(memoryview(buffer)[: self.good - self.tell()])


@pytest.mark.parametrize("name", ["disk.csv", "disk.jsonl", "result.json"])
def test_rows_before_a_failed_read_are_stored(tmp_path, store, monkeypatch, name):
    f, n = tmp_path / name, 700
    if name.endswith(".csv"):
        f.write_text("text,url\n" + "".join(f"{t},{u}\n" for t, u in _posts(n)), encoding="utf-8")
    elif name.endswith(".jsonl"):
        f.write_text("".join(json.dumps({"text": t}) + "\n" for t, _ in _posts(n)), encoding="utf-8")
    else:  # read 64K characters at a time: fail after the first read
        n = 2000
        f.write_text(_telegram_export(n)[0], encoding="utf-8")
        monkeypatch.setattr(_FailsAfter, "good", 100_000)
    opened = Path.open
    monkeypatch.setattr(
        Path, "open", lambda p, *a, **k: io.BufferedReader(_FailsAfter(p)) if p == f else opened(p, *a, **k)
    )
    with pytest.raises(DataFileError) as info:
        import_file(store, f, "K")
    read = len(_items(store))
    assert 0 < read < n
    assert re.fullmatch(
        rf"{name}( line \d+)?: cannot read \(Input/output error\); "
        rf"the import stopped there, after {read} rows: {read} new items stored",
        str(info.value),
    )


# --- columns and values ----------------------------------------------------------------------


def test_jsonl_text_column_is_found_from_any_record(tmp_path, store):
    f = tmp_path / "firstbad.jsonl"
    f.write_text(
        '{"foo": "x"}\n{"text": "Bài một", "url": "https://x.example/1"}\n{"bar": 1}\n'
        '{"text": "Bài hai", "url": "https://x.example/2"}\n',
        encoding="utf-8",
    )
    report = import_file(store, f, "K")
    assert report.new == 2
    assert [str(e) for e in report.errors] == [
        "firstbad.jsonl line 1: no text column (columns are: foo)",
        "firstbad.jsonl line 3: no text column (columns are: bar)",
    ]


def test_jsonl_without_a_text_column_in_any_record(tmp_path, store):
    f = tmp_path / "none.jsonl"
    f.write_text('{"foo": "x"}\n{"bar": "y"}\n', encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        import_file(store, f, "K")
    assert str(info.value) == (
        "none.jsonl: no record has a text column (columns of line 1 are: foo); say which with --map text=COLUMN"
    )
    with pytest.raises(DataFileError) as info:
        import_file(store, f, "K", mapping={"text": "msg"})
    assert str(info.value) == "none.jsonl: no record has the column 'msg' (mapped to text)"


@pytest.mark.parametrize("name", ["", "  "])
def test_an_empty_source_name_is_refused(tmp_path, store, name):
    f = tmp_path / "p.csv"
    f.write_text("text\nBài một\n", encoding="utf-8")
    with pytest.raises(MonitorError, match="^--source: the source name is empty"):
        import_file(store, f, name)
    assert store.list_sources() == [] and _items(store) == []


def test_csv_duplicate_column_names_are_refused(tmp_path, store):
    f = tmp_path / "dup.csv"
    f.write_text("text,text,url\na,b,https://x.example/1\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        import_file(store, f, "K")
    assert str(info.value) == "dup.csv line 1: columns 1 and 2 are both named 'text'; rename one"
    f.write_text("Text,url,text \na,https://x.example/1,b\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        import_file(store, f, "K")
    assert str(info.value) == (
        "dup.csv line 1: columns 1 and 3 are named 'Text' and 'text', one name when case is ignored; rename one"
    )
    assert _items(store) == []


def test_jsonl_values_that_are_not_text_are_row_errors(tmp_path, store):
    f = tmp_path / "types.jsonl"
    f.write_text(
        '{"text": NaN, "url": "https://x.example/0", "id": "0", "published": "2021-05-15"}\n'
        '{"text": 5}\n{"text": {"a": 1}}\n{"text": true}\n{"text": "a", "url": 7}\n'
        '{"text": "b", "id": 1e400}\n{"text": ["c"]}\n{"text": "Bài đúng", "id": 7, "published": 1621058400}\n',
        encoding="utf-8",
    )
    report = import_file(store, f, "K")
    assert [str(e) for e in report.errors] == [
        "types.jsonl line 1: column 'text' holds NaN, expected text",
        "types.jsonl line 2: column 'text' holds a number, expected text",
        "types.jsonl line 3: column 'text' holds an object, expected text",
        "types.jsonl line 4: column 'text' holds true, expected text",
        "types.jsonl line 5: column 'url' holds a number, expected text",
        "types.jsonl line 6: column 'id' holds Infinity, expected text or a number",
        "types.jsonl line 7: column 'text' holds a list, expected text",
    ]
    rows = _items(store)
    assert [(r["text"], r["guid"]) for r in rows] == [("Bài đúng", "7")]


def test_jsonl_keeps_a_url_or_date_that_only_later_records_carry(tmp_path, store):
    """The columns were taken from the first record with text: a url or published key that only
    later records carried was dropped for every record (their links were lost)."""
    f = tmp_path / "mixed.jsonl"
    f.write_text(
        '{"text": "Bài một không có đường dẫn"}\n'
        '{"text": "Bài hai", "url": "https://x.example/2", "published": "2021-05-20T08:00:00+07:00"}\n'
        '{"message": "Bài ba, cột khác", "link": "https://x.example/3"}\n',
        encoding="utf-8",
    )
    report = import_file(store, f, "K")
    assert report.new == 3 and not report.errors
    by_text = {r["text"]: r for r in _items(store)}
    assert by_text["Bài hai"]["url"] == "https://x.example/2"
    assert by_text["Bài hai"]["published_at"].replace(tzinfo=None) == dt.datetime(2021, 5, 20, 1, 0)
    assert by_text["Bài ba, cột khác"]["url"] == "https://x.example/3"


def test_a_refused_file_leaves_no_empty_source_behind(tmp_path, store):
    f = tmp_path / "dup.csv"
    f.write_text("text,Text\nmột,hai\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        import_file(store, f, "Nhóm mới")
    assert store.get_source(name="Nhóm mới") is None  # before: created, empty, listed on the Sources page
    g = tmp_path / "ok.csv"
    g.write_text("text\nBài một\n", encoding="utf-8")
    assert import_file(store, g, "Nhóm mới").new == 1 and store.get_source(name="Nhóm mới") is not None
