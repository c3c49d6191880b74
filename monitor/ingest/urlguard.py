"""Which URLs the server may fetch: feeds set from the dashboard, and full-text article pages.

A feed URL typed into the Sources page makes the server fetch what a user chose. With the guard on
(``block_private_addresses``, the default) such a URL must be http(s) and its host may not be, or
resolve to, a private, loopback, link-local or reserved address. The dashboard checks when the URL
is saved; the collector checks again before every request for a feed whose URL was set or changed
from the dashboard (whatever the feed's origin: an officer editing a feeds.yaml feed gets the same
check), including each redirect hop.

Full-text article pages are links chosen by the feed's publisher, so every hop of an article fetch
must be a public address or the feed's own host, or lie in a range the operator listed in
``full_text_allowed_networks`` (a dashboard-set feed gets no own-host exemption).

IPv6 forms that carry an IPv4 address (mapped ``::ffff:a.b.c.d``, IPv4-compatible ``::a.b.c.d``,
NAT64 ``64:ff9b::/96``, 6to4 ``2002::/16``) are judged by the IPv4 address inside. Names are
resolved with a time limit in a worker thread (never by changing the process-wide socket
timeout). A DNS answer that changes between this check and the connection is not covered: that
needs an egress firewall. Feeds from feeds.yaml are the operator's own and are not restricted.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable
from urllib.parse import urlsplit

LOCAL_NAMES = (".localhost", ".local", ".internal", ".localdomain", ".home.arpa")
RESOLVE_TIMEOUT = 3.0  # seconds for one name lookup
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215 local-use translation
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
_RESOLVER = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="urlguard-dns")

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class ResolveTimeout(OSError):
    """A name lookup did not answer in time."""


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address reaches through mapping or translation, if any."""
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    packed = ip.packed
    if ip in _NAT64:
        return ipaddress.IPv4Address(packed[12:])
    if ip in _IPV4_COMPATIBLE and int(ip) > 1:  # ::a.b.c.d (not :: or ::1, judged as they are)
        return ipaddress.IPv4Address(packed[12:])
    return None


def _ip(addr: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    return ipaddress.ip_address(addr.split("%")[0])


def bad_address(addr: str) -> bool:
    """True for an address the server must not fetch for a user (not globally routable)."""
    ip = _ip(addr)
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _NAT64_LOCAL:
            return True
        inner = embedded_ipv4(ip)
        if inner is not None:
            ip = inner
    return not ip.is_global or ip.is_multicast


def parse_networks(values: Iterable[str]) -> list[Network]:
    """Address ranges from settings ('10.0.0.0/8', 'fd00::/8', a single address); ValueError names
    the bad one."""
    out = []
    for value in values:
        try:
            out.append(ipaddress.ip_network(str(value).strip(), strict=False))
        except ValueError:
            raise ValueError(f"not an address range like 10.1.0.0/16 (got {value!r})") from None
    return out


def in_networks(addr: str, networks: list[Network]) -> bool:
    ip = _ip(addr)
    candidates = [ip]
    if isinstance(ip, ipaddress.IPv6Address) and (inner := embedded_ipv4(ip)) is not None:
        candidates.append(inner)
    return any(c in n for c in candidates for n in networks if c.version == n.version)


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


def resolve_host(host: str, timeout: float = RESOLVE_TIMEOUT) -> list[str]:
    """The addresses of ``host``; OSError when it does not resolve within ``timeout`` seconds.

    The lookup runs in a worker thread with a deadline, so the process-wide default socket
    timeout (which every other socket in the process inherits) is never touched.
    """
    future = _RESOLVER.submit(socket.getaddrinfo, host, None)
    try:
        infos = future.result(timeout=timeout)
    except concurrent.futures.TimeoutError:
        raise ResolveTimeout(f"name lookup for {host!r} took longer than {timeout:g} s") from None
    return sorted({info[4][0] for info in infos})


async def _resolve_async(host: str) -> list[str]:
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(loop.getaddrinfo(host, None), RESOLVE_TIMEOUT)
    except TimeoutError:
        raise ResolveTimeout(f"name lookup for {host!r} took longer than {RESOLVE_TIMEOUT:g} s") from None
    return sorted({info[4][0] for info in infos})


def _host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").rstrip(".").lower()


def site_of(url: str) -> str | None:
    """'host:port' of an http(s) URL (default ports filled in), or None: what "the feed's own
    host" means for its article pages (another port on the same machine is another service)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        return None
    return f"{_host_of(url)}:{port}"


async def refused_reason(
    url: str,
    resolve: Callable[[str], Awaitable[list[str]]] | None = None,
    *,
    allowed: list[Network] | None = None,
    own_site: str | None = None,
    setting: str = "block_private_addresses",
    what: str = "feeds set from the dashboard",
) -> str | None:
    """Why the collector must not fetch ``url`` (one hop), or None when it may.

    ``allowed``: address ranges the operator allows although they are not public; ``own_site``:
    a 'host:port' that is always fine (the feed's own, for its article pages; see ``site_of``).
    """
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return f"only http and https are allowed for {what}, not {url!r}"
    host = _host_of(url)
    if own_site and site_of(url) == own_site:
        return None
    allowed = allowed or []
    refusal = f"refused: {host or url!r} is a private, loopback or reserved address ({setting})"
    literal = host.strip("[]")
    if not literal:
        return refusal
    if not _is_name(literal):
        return None if not bad_address(literal) or in_networks(literal, allowed) else refusal
    local = literal == "localhost" or literal.endswith(LOCAL_NAMES)
    if local and not allowed:
        return refusal
    try:
        addresses = await (resolve or _resolve_async)(literal)
    except ResolveTimeout:
        return f"refused: the address of {host!r} could not be checked in time ({setting})"
    except OSError:
        # Does not resolve: the request itself reports the DNS failure (a local name is refused).
        return refusal if local else None
    if any(bad_address(a) and not in_networks(a, allowed) for a in addresses):
        return refusal
    return None


def _is_name(host: str) -> bool:
    try:
        _ip(host)
    except ValueError:
        return True
    return False
