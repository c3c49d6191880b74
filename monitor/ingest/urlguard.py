"""Which feed URLs the server may fetch on a dashboard user's behalf.

A feed added from the Sources page makes the server fetch a URL a user typed. With the guard on
(``block_private_addresses``, the default) such a URL must be http(s) and its host may not be, or
resolve to, a private, loopback, link-local or reserved address. The dashboard checks when the feed
is added; the collector checks again before every request of a dashboard-added feed, including each
redirect hop and full-text article pages, so a redirect cannot lead it to an internal service. (A
DNS answer that changes between this check and the connection is not covered: that needs an egress
firewall.) Feeds from feeds.yaml are the operator's own and are not restricted.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

LOCAL_NAMES = (".localhost", ".local", ".internal", ".localdomain", ".home.arpa")


def bad_address(addr: str) -> bool:
    """True for an address the server must not fetch for a user (not globally routable)."""
    ip = ipaddress.ip_address(addr.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def literal_verdict(host: str) -> bool | None:
    """True (refuse) or False (fine) when the host alone decides; None when it must be resolved."""
    host = host.rstrip(".").lower().strip("[]")
    if not host or host == "localhost" or host.endswith(LOCAL_NAMES):
        return True
    try:
        return bad_address(host)
    except ValueError:
        return None  # a name, not an address literal


def check_feed_url(
    url: str, block_private: bool, resolve: Callable[[str], list[str]] | None = None
) -> tuple[str | None, str | None]:
    """(error, warning) for a feed URL typed into the Sources page.

    Errors: ``scheme`` (not http/https), ``host`` (none, or whitespace in the URL), ``private``.
    A name that does not resolve now is accepted with the warning ``unresolved``: the collector
    checks again before fetching.
    """
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        return "scheme", None
    host = (parts.hostname or "").rstrip(".").lower()
    if not host or any(c.isspace() for c in url):
        return "host", None
    if not block_private:
        return None, None
    verdict = literal_verdict(host)
    if verdict is not None:
        return ("private", None) if verdict else (None, None)
    try:
        addresses = (resolve or resolve_host)(host)
    except OSError:
        return None, "unresolved"
    if any(bad_address(a) for a in addresses):
        return "private", None
    return None, None


def resolve_host(host: str) -> list[str]:
    socket.setdefaulttimeout(3)
    return sorted({info[4][0] for info in socket.getaddrinfo(host, None)})


async def _resolve_async(host: str) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, None)
    return sorted({info[4][0] for info in infos})


async def refused_reason(
    url: str, resolve: Callable[[str], Awaitable[list[str]]] | None = None
) -> str | None:
    """Why the collector must not fetch ``url`` for a dashboard-added feed, or None when it may."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        return f"only http and https are allowed for feeds added from the dashboard, not {url!r}"
    host = (parts.hostname or "").rstrip(".").lower()
    verdict = literal_verdict(host)
    if verdict is None:
        try:
            addresses = await (resolve or _resolve_async)(host)
        except OSError:
            return None  # the request itself reports the DNS failure
        verdict = any(bad_address(a) for a in addresses)
    if verdict:
        return f"refused: {host or url!r} is a private, loopback or reserved address (block_private_addresses)"
    return None
