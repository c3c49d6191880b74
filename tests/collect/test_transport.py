"""The collector's HTTP client against real servers on 127.0.0.1: connections are reused (also
after a 304 or a redirect), a server that hangs up on an idle connection is noticed before a
request is sent on it, and the pool keeps its limits."""

from __future__ import annotations

import asyncio
import contextlib

from monitor.ingest import transport
from monitor.ingest.collect import Fetcher
from monitor.models import FetchStatus, Source
from tests.collect.conftest import ETAG, FeedHTTPServer, Handler, running_feed_server


class CountingHandler(Handler):
    """The shared test handler; records which client port (connection) sent each request."""

    def do_GET(self) -> None:
        self.server.ports.append(self.client_address[1])
        super().do_GET()
        if self.server.hang_up:
            # Close after the response without saying so (no "Connection: close"), as servers
            # with a short keep-alive timeout do: the client learns it from the socket only.
            self.close_connection = True


class CountingServer(FeedHTTPServer):
    def __init__(self, hang_up: bool = False):
        super().__init__()
        self.RequestHandlerClass = CountingHandler
        self.ports: list[int] = []
        self.hang_up = hang_up


def counting_server(hang_up: bool = False):
    return running_feed_server(CountingServer(hang_up))


def _src(url: str, **kw) -> Source:
    return Source(name="Tuổi Trẻ", url=url, id=1, **kw)


def _fetch_one_by_one(settings, sources: list[Source], pause: float = 0.0):
    async def go():
        async with Fetcher(settings) as f:
            out = []
            for s in sources:
                out.append(await f.fetch(s))
                await asyncio.sleep(pause)
            return out

    return asyncio.run(go())


def test_304_and_redirects_keep_the_connection(settings):
    with counting_server() as server:
        conditional = _src(server.url("/etag"), etag=ETAG)
        results = _fetch_one_by_one(settings, [conditional] * 5 + [_src(server.url("/redirect"))] * 3)
    assert [r.status for r in results] == [FetchStatus.NOT_MODIFIED] * 5 + [FetchStatus.OK] * 3
    assert len(server.ports) == 5 + 3 * 2
    assert len(set(server.ports)) == 1  # one connection for all 11 requests


def test_a_server_hanging_up_on_an_idle_connection_is_noticed(settings):
    with counting_server(hang_up=True) as server:
        results = _fetch_one_by_one(settings, [_src(server.url("/feed/hup"))] * 5, pause=0.1)
    assert [r.status for r in results] == [FetchStatus.OK] * 5, [r.error for r in results]
    assert len(set(server.ports)) == 5  # a fresh connection each time, and no failed request


def test_concurrent_fetches_to_one_host_share_its_connections(settings):
    settings = settings.model_copy(update={"per_host_concurrency": 4})
    with counting_server() as server:
        sources = [Source(name=f"f{i}", url=server.url(f"/feed/c{i}?delay=0.01"), id=i + 1) for i in range(60)]

        async def go():
            async with Fetcher(settings) as f:
                return await asyncio.gather(*(f.fetch(s) for s in sources))

        results = asyncio.run(go())
    assert all(r.status == FetchStatus.OK for r in results)
    assert len(server.ports) == 60 and len(set(server.ports)) <= 4


def test_idle_connections_beyond_the_keepalive_limit_are_closed(settings, monkeypatch):
    monkeypatch.setattr(transport, "KEEPALIVE", 2)
    with contextlib.ExitStack() as stack:
        servers = [stack.enter_context(counting_server()) for _ in range(4)]  # four origins

        async def go():
            async with Fetcher(settings) as f:
                results = await asyncio.gather(*(f.fetch(_src(s.url("/feed/k?delay=0.05"))) for s in servers))
                pool = f.client._transport._pool
                return results, [c.is_idle() for c in pool.connections]

        results, idle = asyncio.run(go())
    assert all(r.status == FetchStatus.OK for r in results)
    assert idle == [True, True]


def test_the_collector_reads_the_certificate_store_once(settings):
    assert transport.tls_context() is transport.tls_context()  # the CA bundle is read once per process
    client = transport.make_client(settings)
    assert client._transport._pool._ssl_context is transport.tls_context()
    assert client.headers["User-Agent"] == transport.USER_AGENT
