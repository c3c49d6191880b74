"""The collector's HTTP client: pool limits, timeouts, User-Agent, one TLS context per process.

httpx's own connection pool (httpcore) is used as it is. Two things keep it cheap over a pass of
thousands of feeds: responses whose body is not wanted (304, redirects) are read to their end by
the fetcher so their connection goes back to the pool (see ``collect._drain``), and the pool keeps
at most ``KEEPALIVE`` idle connections (httpcore examines every pooled connection on each request).
"""

from __future__ import annotations

import functools
import ssl

import httpx

from monitor.config import Settings

KEEPALIVE = 16  # idle connections kept open between requests
USER_AGENT = "election-integrity-monitor/0.1 (+https://github.com/election-integrity-monitor/monitor)"


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The certificate store, loaded once per process (not once per collection pass)."""
    return httpx.create_ssl_context(verify=True, trust_env=False)


def make_client(settings: Settings) -> httpx.AsyncClient:
    """The client one collection pass shares: bounded pool, our timeouts, no redirects followed."""
    return httpx.AsyncClient(
        verify=tls_context(),
        timeout=httpx.Timeout(
            connect=settings.connect_timeout,
            read=settings.read_timeout,
            write=settings.read_timeout,
            pool=settings.total_timeout,
        ),
        follow_redirects=False,  # followed by hand: each hop passes the host gate, loops are named
        headers={"User-Agent": USER_AGENT},
        limits=httpx.Limits(max_connections=max(settings.concurrency * 2, 10), max_keepalive_connections=KEEPALIVE),
        trust_env=False,
    )
