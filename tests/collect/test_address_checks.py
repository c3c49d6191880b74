"""Address checks that follow the URL, not the feed: a URL set from the dashboard on a feeds.yaml
feed, full-text article pages of any feed, IPv6 forms that translate to internal IPv4 addresses,
and name lookups that leave the process-wide socket timeout alone.

Two real HTTP servers on 127.0.0.1: ``feed_server`` plays a public site (the client reaches it as
an HTTP proxy, and a fake resolver says its names are public), ``internal`` plays an internal
service. The internal server's request log shows whether the collector reached it.
"""

from __future__ import annotations

import asyncio
import socket

import httpx
import pytest

from monitor.config import Settings, load_config
from monitor.ingest import urlguard
from monitor.ingest.collect import Fetcher
from monitor.ingest.schedule import collect_once
from monitor.models import FetchStatus, Source
from tests.collect.conftest import running_feed_server

FEED = "/f/wellformed/rss20.xml"


@pytest.fixture(scope="module")
def internal():
    with running_feed_server() as server:
        yield server


async def _public(host: str) -> list[str]:
    return ["93.184.216.34"]


def _hits(server, path: str) -> int:
    return sum(1 for p, _t, _h in server.log if p == path)


def _fetch(settings: Settings, source: Source, proxy: str | None = None, article: str | None = None):
    async def go():
        client = httpx.AsyncClient(proxy=proxy, follow_redirects=False, trust_env=False, timeout=5) if proxy else None
        try:
            async with Fetcher(settings, client=client) as f:
                f.resolve = _public
                if article is not None:
                    return await f.fetch_article(article, source)
                return await f.fetch(source)
        finally:
            if client is not None:
                await client.aclose()

    return asyncio.run(go())


# --- point 4: a URL set from the dashboard is checked whatever the feed's origin -----------------


def test_dashboard_edit_of_a_config_feed_is_checked_at_every_hop(store, feed_server, internal, settings):
    settings.block_private_addresses = True
    store.sync_sources([Source(name="Báo tỉnh", url=internal.url(FEED))])
    operator = store.get_source(name="Báo tỉnh")
    assert operator.origin == "config" and not operator.url_set_in_ui
    before = _hits(internal, FEED)
    assert _fetch(settings, operator).status == FetchStatus.OK  # the operator's own URL: not restricted
    assert _hits(internal, FEED) == before + 1

    # An officer points the feeds.yaml feed at a public site that redirects to the internal one.
    hostile = f"http://news.example/to?u={internal.url(FEED)}"
    store.upsert_source(Source(name="Báo tỉnh", url=hostile), origin="ui")
    edited = store.get_source(name="Báo tỉnh")
    assert edited.origin == "config" and edited.url_set_in_ui
    result = _fetch(settings, edited, proxy=feed_server.base)
    assert result.status == FetchStatus.HARD_ERROR
    assert "refused" in result.error and "127.0.0.1" in result.error
    assert _hits(internal, FEED) == before + 1, "the redirect reached the internal server"
    # ... and pointing it straight at the internal address is refused before any request.
    store.upsert_source(Source(name="Báo tỉnh", url=internal.url(FEED)), origin="ui")
    direct = _fetch(settings, store.get_source(name="Báo tỉnh"))
    assert direct.status == FetchStatus.HARD_ERROR and "refused" in direct.error
    assert _hits(internal, FEED) == before + 1

    # feeds.yaml setting its own address again makes it the operator's URL once more.
    store.sync_sources([Source(name="Báo tỉnh", url=internal.url(FEED) + "?v=2")])
    assert not store.get_source(name="Báo tỉnh").url_set_in_ui


def test_dashboard_set_url_keeps_its_check_through_a_sync_that_does_not_change_it(store):
    store.sync_sources([Source(name="A", url="https://a.example/rss")])
    store.upsert_source(Source(name="A", url="https://b.example/rss"), origin="ui")
    store.sync_sources([Source(name="A", url="https://b.example/rss")])  # feeds.yaml now says the same
    assert store.get_source(name="A").url_set_in_ui


# --- point 5: full-text article pages ------------------------------------------------------------


def test_article_pages_on_internal_addresses_are_refused_for_config_feeds(feed_server, internal, settings):
    feed = Source(name="ft", url="http://news.example/ftfeed", id=1, full_text=True)  # origin config
    before = _hits(internal, "/article/1")
    assert _fetch(settings, feed, article=internal.url("/article/1")) is None
    # a public page that redirects to the internal one: the second hop is refused
    assert (
        _fetch(
            settings, feed, proxy=feed_server.base, article=f"http://pages.example/to?u={internal.url('/article/1')}"
        )
        is None
    )
    assert _hits(internal, "/article/1") == before
    # a public page is fetched (control: the proxy path works)
    text = _fetch(settings, feed, proxy=feed_server.base, article="http://pages.example/article/1")
    assert text and "Đoạn văn đầy đủ" in text


def test_article_pages_from_an_allowed_range_or_the_feeds_own_host(internal, settings):
    page = internal.url("/article/2")
    feed_elsewhere = Source(name="ft", url="http://news.example/ftfeed", id=1, full_text=True)
    settings.full_text_allowed_networks = ["127.0.0.0/8"]
    assert "Đoạn văn" in _fetch(settings, feed_elsewhere, article=page)
    settings.full_text_allowed_networks = []
    own = Source(name="own", url=internal.url("/ftfeed"), id=2, full_text=True)  # same host and port
    assert "Đoạn văn" in _fetch(settings, own, article=page)
    # the same machine on another port is another service, not the feed's own host
    other_port = Source(name="port", url="http://127.0.0.1:9/ftfeed", id=3, full_text=True)
    assert _fetch(settings, other_port, article=page) is None
    # a dashboard-set feed gets no own-host exemption
    ui = Source(name="ui", url=internal.url("/ftfeed"), id=4, full_text=True, origin="ui")
    assert _fetch(settings, ui, article=page) is None


def test_collect_pass_keeps_teasers_when_article_links_point_inside(tmp_path, store, feed_server, internal):
    """End to end: a feeds.yaml feed whose entries link to an internal service (another port)."""
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(
        "settings:\n  demo: false\n  per_host_min_gap: 0\nfeeds:\n"
        f"  - name: Trang ngoài\n    url: {feed_server.url('/ftfeed')}\n    full_text: true\n",
        encoding="utf-8",
    )
    config = load_config(cfg)
    # The feed's links point at feed_server itself (its own host): fetched, as before.
    summary = collect_once(config, store, classify=False)
    assert summary.items_new == 3
    assert all("Đoạn văn đầy đủ" in text for text in _texts(store))
    before = _hits(internal, "/article/0")
    links = [internal.url(f"/article/{i}") for i in range(3)]
    entries = "".join(
        f"<item><title>Bài {i}</title><link>{link}</link><description>Tóm tắt {i}</description></item>"
        for i, link in enumerate(links)
    )
    rss = tmp_path / "inside.xml"
    rss.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{entries}</channel></rss>', encoding="utf-8"
    )
    cfg.write_text(
        "settings:\n  demo: false\n  per_host_min_gap: 0\nfeeds:\n"
        f"  - name: Trang trong\n    url: {rss.as_uri()}\n    full_text: true\n",
        encoding="utf-8",
    )
    summary = collect_once(load_config(cfg), store, classify=False)
    assert summary.items_new == 3
    assert _hits(internal, "/article/0") == before, "an article link reached the internal service"
    assert sum("Tóm tắt" in text for text in _texts(store)) == 3  # the teasers stay the text


def _texts(store) -> list[str]:
    import sqlalchemy as sa

    from monitor.storage.schema import items

    with store.engine.connect() as conn:
        return list(conn.execute(sa.select(items.c.text)).scalars())


def test_fetch_now_of_an_edited_config_feed_is_refused(tmp_path, store, internal):
    """End to end through a collection pass (what the dashboard's "fetch now" runs)."""
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(
        "settings:\n  demo: false\n  per_host_min_gap: 0\nfeeds:\n  - name: Cổng\n    url: https://93.184.216.34/rss\n",
        encoding="utf-8",
    )
    config = load_config(cfg)
    store.sync_sources(config.sources())
    store.upsert_source(Source(name="Cổng", url=internal.url("/feed/secret")), origin="ui")
    before = _hits(internal, "/feed/secret")
    summary = collect_once(config, store, sources=[store.get_source(name="Cổng")], classify=False)
    assert summary.failed == 1 and "refused" in summary.errors[0] and "127.0.0.1" in summary.errors[0]
    assert _hits(internal, "/feed/secret") == before
    assert "refused" in store.get_source(name="Cổng").last_error  # what Sources and /api/sources show


@pytest.mark.parametrize(
    "url",
    [
        "http://93.184.216.34@127.0.0.1/",
        "http://127.0.0.1#@93.184.216.34/",
        "http://[::ffff:7f00:1]/",
        "http://0x7f.1/",
        "http://2130706433/",
        "http://127.1/",
        "http://017700000001/",
        "http://[64:ff9b::a9fe:a9fe]/latest/meta-data",
        "http://[2002:a9fe:a9fe::]/",
        "http://[::127.0.0.1]/",
        "http://localhost./",
        "http://LocalHost:8501/",
        "http://[fe80::1%25eth0]/",
        "http://0/",
        "http://[::]/",
        "http://169.254.169.254/",
        "http://100.64.0.1/",
        "http://198.18.0.1/",
        "http://[fd00::1]/",
        "http://a.localhost/",
    ],
)
def test_odd_spellings_of_internal_addresses_are_refused(url):
    assert urlguard.check_feed_url(url, True)[0] == "private"
    assert "refused" in asyncio.run(urlguard.refused_reason(url))


# --- point 6: translated IPv6 forms and the resolver -------------------------------------------


@pytest.mark.parametrize(
    "host,verdict",
    [
        ("64:ff9b::7f00:1", True),
        ("64:ff9b::a9fe:a9fe", True),
        ("64:ff9b::c0a8:101", True),
        ("2002:7f00:1::", True),
        ("2002:a00:1::1", True),
        ("2002:a9fe:a9fe::", True),
        ("::127.0.0.1", True),
        ("::10.0.0.1", True),
        ("::169.254.169.254", True),
        ("[::7f00:1]", True),
        ("64:ff9b:1::5db8:d822", True),  # local-use NAT64 prefix
        ("64:ff9b::5db8:d822", False),
        ("2002:5db8:d822::1", False),  # public IPv4 inside: fine
    ],
)
def test_translated_ipv6_forms_are_judged_by_their_ipv4_address(host, verdict):
    assert urlguard.literal_verdict(host) is verdict


def test_names_resolving_to_translated_internal_addresses_are_refused():
    for addr in ("64:ff9b::7f00:1", "2002:a9fe:a9fe::", "::10.1.2.3"):

        async def resolve(host, addr=addr):
            return [addr]

        assert "refused" in asyncio.run(urlguard.refused_reason("http://sneaky.example/rss", resolve))
        assert urlguard.check_feed_url("http://sneaky.example/rss", True, lambda h, addr=addr: [addr])[0] == "private"


def test_resolving_leaves_the_default_socket_timeout_alone():
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(None)
    try:
        assert urlguard.resolve_host("localhost")
        assert urlguard.check_feed_url("http://localhost.example.invalid/rss", True) is not None
        assert socket.getdefaulttimeout() is None
    finally:
        socket.setdefaulttimeout(previous)


def test_a_lookup_that_hangs_ends_in_time(monkeypatch):
    import time

    def slow(host, *_a, **_k):
        time.sleep(2)
        return []

    # The system resolver that does not answer (this machine has no DNS server to make hang).
    monkeypatch.setattr(socket, "getaddrinfo", slow)
    started = time.monotonic()
    with pytest.raises(OSError, match="took longer"):
        urlguard.resolve_host("slow.example", timeout=0.2)
    assert time.monotonic() - started < 1.5


def test_allowed_networks_setting_is_validated(tmp_path):
    from monitor.errors import ConfigError

    cfg = tmp_path / "feeds.yaml"
    cfg.write_text("settings:\n  full_text_allowed_networks: ['10.0.0.0/8', 'intranet']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="line 2: settings.full_text_allowed_networks.*'intranet'"):
        load_config(cfg)
