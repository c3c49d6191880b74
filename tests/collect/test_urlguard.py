"""Dashboard-added feeds cannot make the collector reach private or loopback addresses.

The feed server listens on 127.0.0.1, which is exactly what the guard refuses; for the redirect
cases the client reaches it as an HTTP proxy, so a public-looking name (resolved by a fake resolver
to a public address) can answer with a redirect to a loopback URL, as a hostile site would.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
import pytest

from monitor.ingest import urlguard
from monitor.ingest.collect import Fetcher
from monitor.models import FetchStatus, Source

FEED = "/f/wellformed/rss20.xml"


async def _public(host: str) -> list[str]:
    return ["93.184.216.34"]


def _run(settings, source: Source, proxy: str | None = None, article: bool = False):
    async def go():
        client = None
        if proxy:
            client = httpx.AsyncClient(proxy=proxy, follow_redirects=False, trust_env=False, timeout=5)
        try:
            async with Fetcher(settings, client=client) as f:
                f.resolve = _public
                if article:
                    return await f.fetch_article(source.url, source)
                return await f.fetch(source)
        finally:
            if client is not None:
                await client.aclose()

    return asyncio.run(go())


def _requests(feed_server, path: str) -> int:
    return sum(1 for p, _t, _h in feed_server.log if p == path)


def test_ui_feed_on_loopback_is_refused_before_any_request(feed_server, settings):
    settings.block_private_addresses = True
    before = _requests(feed_server, FEED)
    result = _run(settings, Source(name="lạ", url=feed_server.url(FEED), id=1, origin="ui"))
    assert result.status == FetchStatus.HARD_ERROR
    assert "refused" in result.error and "127.0.0.1" in result.error and "'lạ'" in result.error
    assert _requests(feed_server, FEED) == before


@pytest.mark.parametrize("origin,guard", [("config", True), ("ui", False)])
def test_config_feeds_and_guard_off_fetch_loopback(feed_server, settings, origin, guard):
    settings.block_private_addresses = guard
    result = _run(settings, Source(name="local", url=feed_server.url(FEED), id=1, origin=origin))
    assert result.status == FetchStatus.OK and result.entries


def test_redirect_to_loopback_is_refused(feed_server, settings):
    settings.block_private_addresses = True
    target = feed_server.url(FEED)
    src = Source(name="hostile", url=f"http://news.example/to?u={target}", id=1, origin="ui")
    result = _run(settings, src, proxy=feed_server.base)
    assert result.status == FetchStatus.HARD_ERROR
    assert "refused" in result.error and "127.0.0.1" in result.error


def test_redirect_to_public_host_is_followed(feed_server, settings):
    """Control for the case above: the proxy path works and a public redirect is fine."""
    settings.block_private_addresses = True
    src = Source(name="moved", url=f"http://news.example/to?u=http://other.example{FEED}", id=1, origin="ui")
    result = _run(settings, src, proxy=feed_server.base)
    assert result.status == FetchStatus.OK and result.entries


def test_ui_feed_cannot_use_file_urls(tmp_path, settings):
    settings.block_private_addresses = True
    path = tmp_path / "secret.xml"
    path.write_text("<rss/>")
    result = _run(settings, Source(name="f", url=path.as_uri(), id=1, origin="ui"))
    assert result.status == FetchStatus.HARD_ERROR and "only http and https" in result.error


def test_full_text_pages_of_ui_feeds_are_guarded(feed_server, settings):
    settings.block_private_addresses = True
    before = _requests(feed_server, "/article/1")
    src = Source(name="ui", url=feed_server.url("/article/1"), id=1, origin="ui")
    assert _run(settings, src, article=True) is None
    assert _requests(feed_server, "/article/1") == before


@pytest.mark.parametrize(
    "host,verdict",
    [
        ("127.0.0.1", True),
        ("::1", True),
        ("[::1]", True),
        ("::ffff:127.0.0.1", True),
        ("10.1.2.3", True),
        ("172.16.0.9", True),
        ("192.168.1.1", True),
        ("169.254.169.254", True),
        ("0.0.0.0", True),
        ("localhost", True),
        ("LOCALHOST.", True),
        ("db.internal", True),
        ("printer.local", True),
        ("", True),
        ("224.0.0.1", True),
        ("93.184.216.34", False),
        ("2606:4700::1111", False),
        ("news.example", None),
    ],
)
def test_literal_verdicts(host, verdict):
    assert urlguard.literal_verdict(host) is verdict


def test_refused_reason_resolves_names():
    async def private(host):
        return ["10.0.0.5"]

    async def unresolvable(host):
        raise OSError("no such host")

    assert "refused" in asyncio.run(urlguard.refused_reason("https://intranet.example/feed", private))
    assert asyncio.run(urlguard.refused_reason("https://news.example/feed", _public)) is None
    assert asyncio.run(urlguard.refused_reason("https://gone.example/feed", unresolvable)) is None
    assert "only http" in asyncio.run(urlguard.refused_reason("gopher://x.example/", _public))


def test_sources_read_back_with_their_origin(store):
    """The collector decides on the stored origin, so every way of reading sources carries it."""
    store.upsert_source(Source(name="from-ui", url="https://a.example/rss"), origin="ui")
    store.upsert_source(Source(name="from-config", url="https://b.example/rss"))
    assert store.get_source(name="from-ui").origin == "ui"
    assert {s.name: s.origin for s in store.list_sources()} == {"from-ui": "ui", "from-config": "config"}
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    assert {s.name: s.origin for s in store.due_sources(now)} == {"from-ui": "ui", "from-config": "config"}
