"""Every odd case of a real HTTP server ends as a recorded status with a message naming the feed."""

from __future__ import annotations

import asyncio
import time
import unicodedata

import pytest

from monitor.ingest.collect import Fetcher, HostGate, fetch_all, parse_retry_after
from monitor.models import FetchStatus, Source
from tests.collect.conftest import FIXTURES

OK, NM, SOFT, HARD, TEMP = (
    FetchStatus.OK,
    FetchStatus.NOT_MODIFIED,
    FetchStatus.SOFT_ERROR,
    FetchStatus.HARD_ERROR,
    FetchStatus.TEMPORARY,
)
TITLE = "Bầu cử đại biểu Quốc hội khóa XV diễn ra ngày 23/5/2021"

# (path, expected status, words the error must contain, entries expected)
CASES = [
    ("/f/wellformed/rss20.xml", OK, None, 3),
    ("/f/wellformed/atom10.xml", OK, None, 3),
    ("/f/wellformed/empty_channel.xml", OK, None, 0),
    ("/f/wellformed/bom_utf8.xml", OK, None, 3),
    ("/f/wellformed/blank_line_before_decl.xml", OK, None, 3),
    ("/f/wellformed/bom_then_blank_line.xml", OK, None, 3),
    ("/f/illformed/malformed_no_entries.xml", SOFT, "not a readable feed", 0),
    ("/f/illformed/html_page.html", SOFT, "HTML page", 0),
    ("/f/illformed/html_page.html?ct=application/xml", SOFT, "HTML page", 0),
    ("/f/illformed/empty.xml", SOFT, "empty body", 0),
    ("/f/illformed/whitespace_only.xml", SOFT, "empty body", 0),
    ("/f/illformed/raw_ampersand_in_url.xml", OK, None, 3),
    ("/f/illformed/unclosed_tag.xml", OK, None, 4),
    ("/f/encoding/windows1258_declared.xml", OK, None, 3),
    ("/f/encoding/windows1258_undeclared.xml", OK, None, 3),
    ("/f/encoding/windows1258_declared_utf8.xml", OK, None, 3),
    ("/f/encoding/utf8_declared_latin1.xml", OK, None, 3),
    ("/f/encoding/utf8_declared_latin1.xml?ct=text/xml;charset=iso-8859-1", OK, None, 3),
    ("/f/encoding/utf16_bom.xml", OK, None, 3),
    ("/f/encoding/utf16le_no_bom.xml", OK, None, 3),
    ("/f/encoding/http_charset_utf8.xml?ct=text/xml;charset=utf-8", OK, None, 3),
    ("/f/encoding/windows1258_undeclared.xml?ct=text/plain", OK, None, 3),
    ("/gzip", OK, None, 5),
    ("/redirect", OK, None, 3),
    ("/loop/a", HARD, "redirect loop", 0),
    ("/status/404", HARD, "HTTP 404 Not Found", 0),
    ("/status/410", HARD, "HTTP 410 Gone", 0),
    ("/status/429", TEMP, "HTTP 429", 0),
    ("/status/503", TEMP, "HTTP 503", 0),
    ("/status/500", TEMP, "HTTP 500", 0),
    ("/big", SOFT, "body larger than 2000000 bytes", 0),
    ("/endless", SOFT, "body larger than 2000000 bytes", 0),
    ("/drip", TEMP, "longer than 3 s", 0),
]


def _src(url: str, name: str = "Tuổi Trẻ", **kw) -> Source:
    return Source(name=name, url=url, id=1, **kw)


def _fetch(settings, source: Source):
    async def go():
        async with Fetcher(settings) as f:
            return await f.fetch(source)

    return asyncio.run(go())


@pytest.fixture(scope="module")
def all_results(feed_server, request):
    """Every case fetched at once, as a run would: one slow feed must not hold up the others."""
    from monitor.config import Settings

    settings = Settings(
        max_bytes=2_000_000,
        connect_timeout=2,
        read_timeout=2,
        total_timeout=3,
        concurrency=16,
        per_host_concurrency=16,
        per_host_min_gap=0,
    )
    sources = [_src(feed_server.url(p), name=f"case {i}") for i, (p, *_rest) in enumerate(CASES)]
    t0 = time.monotonic()
    results = asyncio.run(fetch_all(sources, settings))
    return results, time.monotonic() - t0


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c[0] for c in CASES])
def test_case_ends_as_status(all_results, feed_server, index):
    path, status, words, n_entries = CASES[index]
    result = all_results[0][index]
    assert result.status == status, (result.error, result.warning)
    assert len(result.entries) == n_entries
    if words:
        assert words in result.error
        assert f"feed 'case {index}' ({feed_server.url(path)})" in result.error
    else:
        assert result.error is None
    if n_entries:
        assert unicodedata.normalize("NFC", result.entries[0].title) in (TITLE, "Tin gz 0")
    assert result.finished_at >= result.started_at


def test_whole_run_is_bounded(all_results):
    # the drip and the endless body are cut off by the total bound (3 s), concurrently
    assert all_results[1] < 8


def test_bozo_with_entries_warns(all_results):
    i = [c[0] for c in CASES].index("/f/illformed/raw_ampersand_in_url.xml")
    result = all_results[0][i]
    assert result.warning and "not well-formed" in result.warning and "case" in result.warning
    assert result.entries[0].link.endswith("?a=1&b=2")


def test_retry_after_recorded(all_results):
    i = [c[0] for c in CASES].index("/status/429")
    assert all_results[0][i].retry_after_seconds == 120
    assert all_results[0][i].http_status == 429


def test_connection_refused(settings, refused_url):
    r = _fetch(settings, _src(refused_url))
    assert r.status == TEMP
    assert "cannot connect" in r.error and "Tuổi Trẻ" in r.error and refused_url in r.error


def test_bad_scheme_is_hard(settings):
    r = _fetch(settings, _src("ftp://example.vn/feed.xml"))
    assert r.status == HARD and "unsupported URL scheme 'ftp'" in r.error


def test_too_many_redirects(feed_server, settings):
    s = settings.model_copy(update={"max_redirects": 0})
    r = _fetch(s, _src(feed_server.url("/redirect")))
    assert r.status == HARD and "more than 0 redirects" in r.error


def test_conditional_get_gives_304(feed_server, settings):
    src = _src(feed_server.url("/etag"))
    first = _fetch(settings, src)
    assert first.status == OK and first.etag == '"v1"' and first.last_modified
    src.etag, src.last_modified = first.etag, first.last_modified
    second = _fetch(settings, src)
    assert second.status == NM and second.etag == '"v1"' and not second.entries
    sent = [h for p, _t, h in feed_server.log if p == "/etag"][-1]
    assert sent.get("If-None-Match") == '"v1"' and sent.get("If-Modified-Since") == first.last_modified
    assert "election-integrity-monitor/" in sent.get("User-Agent")
    assert "gzip" in sent.get("Accept-Encoding")


def test_file_url_with_byte_cap(tmp_path, settings):
    f = tmp_path / "feed.xml"
    f.write_bytes((FIXTURES / "wellformed" / "rss20.xml").read_bytes())
    ok = _fetch(settings, _src(f"file://{f}"))
    assert ok.status == OK and len(ok.entries) == 3
    small = settings.model_copy(update={"max_bytes": 10_000})
    f.write_bytes(b" " * 20_000)
    big = _fetch(small, _src(f"file://{f}"))
    assert big.status == SOFT and "body larger than 10000 bytes" in big.error
    missing = _fetch(settings, _src(f"file://{tmp_path}/nope.xml"))
    assert missing.status == HARD and "file not found" in missing.error


def test_full_text_article(feed_server, settings):
    settings.full_text_allowed_networks = ["127.0.0.0/8"]  # no feed given: the page's host is allowed explicitly

    async def go():
        async with Fetcher(settings) as f:
            return await f.fetch_article(feed_server.url("/article/1"))

    text = asyncio.run(go())
    assert text and "Đoạn văn đầy đủ số 7" in text and "Bản quyền" not in text


def test_host_gate_spaces_requests():
    gate = HostGate(per_host=2, min_gap=0.1)
    starts: list[float] = []
    running = [0, 0]

    async def one():
        async with gate.slot("h"):
            starts.append(time.monotonic())
            running[0] += 1
            running[1] = max(running[1], running[0])
            await asyncio.sleep(0.05)
            running[0] -= 1

    async def go():
        await asyncio.gather(*(one() for _ in range(5)))

    asyncio.run(go())
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert min(gaps) >= 0.09
    assert running[1] <= 2


def test_per_host_politeness_over_http(feed_server, monkeypatch):
    import contextlib

    from monitor.config import Settings
    from monitor.ingest import collect

    # Measured where the gate lets each request go: the server's own clock also counts its
    # thread scheduling, which on a loaded machine can delay one request's log by 0.2 s and make
    # two well-spaced requests look 0.03 s apart.
    starts: list[float] = []

    class RecordingGate(collect.HostGate):
        @contextlib.asynccontextmanager
        async def slot(self, host):
            async with super().slot(host):
                starts.append(asyncio.get_running_loop().time())
                yield

    monkeypatch.setattr(collect, "HostGate", RecordingGate)
    s = Settings(per_host_concurrency=1, per_host_min_gap=0.2, concurrency=8, total_timeout=10)
    sources = [_src(feed_server.url(f"/feed/polite{i}?n=1"), name=f"p{i}") for i in range(4)]
    t0 = time.monotonic()
    results = asyncio.run(fetch_all(sources, s))
    assert all(r.status == OK for r in results)
    hits = [p for p, t, _h in feed_server.log if p.startswith("/feed/polite") and t >= t0]
    assert sorted(hits) == [f"/feed/polite{i}" for i in range(4)]
    assert len(starts) == 4
    assert min(b - a for a, b in zip(starts, starts[1:], strict=False)) >= 0.2 - 1e-3


def test_parse_retry_after():
    import datetime as dt

    now = dt.datetime(2021, 5, 16, tzinfo=dt.UTC)
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Sun, 16 May 2021 00:02:00 GMT", now) == 120
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("999999999") == 7 * 86400
