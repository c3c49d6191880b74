"""Fetch one feed → FetchResult. Every way a fetch can go wrong ends as a status, never a crash.

Bounds on every fetch: connect and read timeouts, a total time limit (a server that drips one
byte a second never trips a read timeout), a byte cap (counted after decompression, so a gzip
bomb stops too), a redirect limit with loop detection, and politeness per host (at most
`per_host_concurrency` requests at once, `per_host_min_gap` seconds apart).
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import datetime as dt
import email.utils
import importlib.util
import re
import unicodedata
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import feedparser
import feedparser.api
import httpx

from monitor.config import Settings
from monitor.ingest import transport, urlguard
from monitor.models import FetchResult, FetchStatus, RawEntry, Source, utcnow

ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
ARTICLE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
MAX_RETRY_AFTER = 7 * 86400
DRAIN_BYTES = 64 * 1024  # most of a 304's or redirect's body read just to keep the connection

_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_VI_LETTERS = frozenset(
    "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
)
# feedparser asks xml.sax for "drv_libxml2" first; it is not installed, and a failed import is not
# cached, so every parse paid a full search of sys.path (a third of a small feed's parse time).
feedparser.api.PREFERRED_XML_PARSERS[:] = [
    p for p in feedparser.api.PREFERRED_XML_PARSERS if importlib.util.find_spec(p) is not None
]
_UTF_ENCODINGS = ("utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le", "utf-32be")


class FetchFailed(Exception):
    """Internal: ends a fetch with a status and a cause (the feed is named by the caller)."""

    def __init__(
        self, status: FetchStatus, cause: str, http_status: int | None = None, retry_after: float | None = None
    ):
        super().__init__(cause)
        self.status, self.cause, self.http_status, self.retry_after = status, cause, http_status, retry_after


def describe(source: Source) -> str:
    """How errors name a feed: "feed 'Tuổi Trẻ' (https://...)"."""
    return f"feed {source.name!r} ({source.url})"


# --- politeness ----------------------------------------------------------------------------


class HostGate:
    """At most `per_host` requests at once per host, and `min_gap` seconds between their starts."""

    def __init__(self, per_host: int, min_gap: float):
        self.per_host, self.min_gap = per_host, min_gap
        self._sems: dict[str, asyncio.Semaphore] = {}
        self._next: dict[str, float] = {}
        self._last: dict[str, float] = {}

    @contextlib.asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        sem = self._sems.setdefault(host, asyncio.Semaphore(self.per_host))
        async with sem:
            loop = asyncio.get_running_loop()
            now = loop.time()
            start = max(now, self._next.get(host, 0.0))
            self._next[host] = start + self.min_gap  # reserved before sleeping: no await in between
            if start > now:
                await asyncio.sleep(start - now)
            # A task woken late by a busy loop must not squeeze the next one: measure real starts.
            while (wait := self._last.get(host, float("-inf")) + self.min_gap - loop.time()) > 0:
                await asyncio.sleep(wait)
            self._last[host] = loop.time()
            yield


# --- HTTP ------------------------------------------------------------------------------------


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(min(int(value), MAX_RETRY_AFTER))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    seconds = (when - (now or utcnow())).total_seconds()
    return float(min(max(seconds, 0.0), MAX_RETRY_AFTER))


@dataclass
class Body:
    data: bytes
    url: str
    http_status: int | None
    content_type: str
    etag: str | None = None
    last_modified: str | None = None


class Fetcher:
    """An HTTP client plus per-host gates, shared by every fetch of one run."""

    def __init__(self, settings: Settings, client: httpx.AsyncClient | None = None):
        self.settings = settings
        self.gate = HostGate(settings.per_host_concurrency, settings.per_host_min_gap)
        # Taken after the host gate: a feed waiting for its host's turn holds no global slot.
        self.slots = asyncio.Semaphore(settings.concurrency)
        self.resolve = None  # urlguard's DNS lookup; tests put a fake resolver here
        self.allowed_networks = urlguard.parse_networks(settings.full_text_allowed_networks)
        self._own_client = client is None
        self.client = client or transport.make_client(settings)

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._own_client:
            await self.client.aclose()

    # -- one feed --------------------------------------------------------------------------
    async def fetch(self, source: Source) -> FetchResult:
        """Fetch and parse one feed; always returns a FetchResult."""
        started = utcnow()
        result = FetchResult(source_id=source.id or 0, status=FetchStatus.OK, started_at=started, finished_at=started)
        try:
            body = await self._get(source.url, source, feed=True)
            result.http_status = body.http_status
            result.bytes_read = len(body.data)
            result.etag, result.last_modified = body.etag, body.last_modified
            if body.http_status == 304:
                result.status = FetchStatus.NOT_MODIFIED
                # keep the old validators unless the server sent new ones
                result.etag = body.etag or source.etag
                result.last_modified = body.last_modified or source.last_modified
            else:
                # In a thread: a big feed takes feedparser a while and the other fetches go on.
                entries, warning = await asyncio.to_thread(parse_feed, body.data, body.content_type, body.url)
                result.entries, result.warning = entries, (f"{describe(source)}: {warning}" if warning else None)
        except FetchFailed as exc:
            result.status, result.http_status = exc.status, exc.http_status or result.http_status
            result.retry_after_seconds = exc.retry_after
            result.error = f"{describe(source)}: {exc.cause}"
        except TimeoutError:
            result.status = FetchStatus.TEMPORARY
            result.error = f"{describe(source)}: took longer than {self.settings.total_timeout:g} s in all"
        result.finished_at = utcnow()
        return result

    async def fetch_article(self, url: str, source: Source | None = None) -> str | None:
        """The main text of an article page (trafilatura), or None; same byte/time limits.

        ``source`` is the feed that linked the page. Every hop must be a public address, the
        feed's own host (not for a feed set from the dashboard) or in `full_text_allowed_networks`.
        """
        try:
            body = await self._get(url, source, feed=False)
        except (FetchFailed, TimeoutError):
            return None
        if body.http_status != 200 or not body.data:
            return None
        return await asyncio.to_thread(extract_article, body.data, body.url or None)

    def _guard(self, source: Source | None, feed: bool) -> dict | None:
        """How every hop of this request is checked (urlguard.refused_reason's keywords), or None
        for an unrestricted request (a feeds.yaml feed's own URL, or the guard switched off)."""
        dashboard_set = source is not None and source.url_set_in_ui
        guarded = dashboard_set and self.settings.block_private_addresses
        if feed:
            return {} if guarded else None
        # Article pages are links chosen by the feed's publisher: public addresses, the feed's own
        # host (not for a dashboard-set feed), or ranges the operator allowed.
        own = None if guarded or source is None else urlguard.site_of(source.url)
        return {
            "allowed": self.allowed_networks,
            "own_site": own,
            "setting": "full_text_allowed_networks",
            "what": "full-text article pages",
        }

    async def _get(self, url: str, source: Source | None, feed: bool) -> Body:
        scheme = urlsplit(url).scheme.lower()
        guard = self._guard(source, feed)
        if guard is not None and (refusal := await urlguard.refused_reason(url, self.resolve, **guard)):
            raise FetchFailed(FetchStatus.HARD_ERROR, refusal)
        if scheme == "file":
            return await asyncio.to_thread(read_file_url, url, self.settings.max_bytes)
        if scheme not in ("http", "https"):
            raise FetchFailed(FetchStatus.HARD_ERROR, f"unsupported URL scheme {scheme or '(none)'!r}; use http(s)")
        headers = {"Accept": ACCEPT if feed else ARTICLE_ACCEPT}
        if source is not None and feed:
            if source.etag:
                headers["If-None-Match"] = source.etag
            if source.last_modified:
                headers["If-Modified-Since"] = source.last_modified
        seen = {url}
        deadline: float | None = None  # the total bound starts with the first request, not in the queue
        for hop in range(self.settings.max_redirects + 1):
            if hop and guard is not None and (refusal := await urlguard.refused_reason(url, self.resolve, **guard)):
                raise FetchFailed(FetchStatus.HARD_ERROR, refusal)
            host = (urlsplit(url).hostname or "").lower()
            async with self.gate.slot(host), self.slots:
                loop = asyncio.get_running_loop()
                if deadline is None:
                    deadline = loop.time() + self.settings.total_timeout
                remaining = deadline - loop.time()
                if remaining <= 0:
                    raise TimeoutError
                body, location = await asyncio.wait_for(self._request(url, headers), remaining)
            if location is None:
                return body
            nxt = urljoin(url, location)
            if urlsplit(nxt).scheme.lower() not in ("http", "https"):
                raise FetchFailed(FetchStatus.HARD_ERROR, f"redirected to a non-web URL {nxt!r}", body.http_status)
            if nxt in seen:
                raise FetchFailed(FetchStatus.HARD_ERROR, f"redirect loop ({url} → {nxt})", body.http_status)
            seen.add(nxt)
            url = nxt
        raise FetchFailed(FetchStatus.HARD_ERROR, f"more than {self.settings.max_redirects} redirects")

    async def _request(self, url: str, headers: dict[str, str]) -> tuple[Body, str | None]:
        try:
            async with self.client.stream("GET", url, headers=headers) as resp:
                return await self._response(url, resp)
        except FetchFailed:
            raise
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise _transport_failure(exc, self.settings) from None

    async def _response(self, url: str, resp: httpx.Response) -> tuple[Body, str | None]:
        """The body (or the redirect's Location) of one response, or FetchFailed for an HTTP error."""
        status = resp.status_code
        if resp.is_redirect and resp.headers.get("location"):
            await _drain(resp)
            return Body(b"", url, status, ""), resp.headers["location"]
        if status == 304:
            await _drain(resp)
            return Body(b"", url, 304, "", resp.headers.get("etag"), resp.headers.get("last-modified")), None
        if status >= 400:
            raise _http_failure(status, resp.reason_phrase, resp.headers.get("retry-after"))
        if 300 <= status < 400:
            raise FetchFailed(FetchStatus.SOFT_ERROR, f"HTTP {status} without a Location header", status)
        data = await _read_capped(resp, self.settings.max_bytes, status)
        return Body(
            data,
            str(resp.url),
            status,
            resp.headers.get("content-type", ""),
            resp.headers.get("etag"),
            resp.headers.get("last-modified"),
        ), None


def _transport_failure(exc: Exception, settings: Settings) -> FetchFailed:
    """What an httpx transport error means for the fetch log (checked most specific first)."""
    if isinstance(exc, httpx.ConnectTimeout):
        return FetchFailed(FetchStatus.TEMPORARY, f"no connection within {settings.connect_timeout:g} s")
    if isinstance(exc, httpx.ReadTimeout):
        return FetchFailed(FetchStatus.TEMPORARY, f"no data for {settings.read_timeout:g} s")
    if isinstance(exc, httpx.PoolTimeout):
        return FetchFailed(FetchStatus.TEMPORARY, "no free connection in time")
    if isinstance(exc, httpx.TimeoutException):
        return FetchFailed(FetchStatus.TEMPORARY, f"timed out ({type(exc).__name__})")
    if isinstance(exc, httpx.ConnectError):
        return FetchFailed(FetchStatus.TEMPORARY, f"cannot connect ({_short(exc)})")
    if isinstance(exc, httpx.DecodingError):
        return FetchFailed(FetchStatus.SOFT_ERROR, f"body cannot be decompressed ({_short(exc)})")
    if isinstance(exc, httpx.TooManyRedirects):
        return FetchFailed(FetchStatus.HARD_ERROR, "too many redirects")
    if isinstance(exc, httpx.UnsupportedProtocol):
        return FetchFailed(FetchStatus.HARD_ERROR, f"unsupported URL ({_short(exc)})")
    if isinstance(exc, httpx.InvalidURL):
        return FetchFailed(FetchStatus.HARD_ERROR, f"invalid URL ({_short(exc)})")
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError, httpx.NetworkError)):
        return FetchFailed(FetchStatus.TEMPORARY, f"connection broke ({_short(exc)})")
    return FetchFailed(FetchStatus.TEMPORARY, f"HTTP error ({_short(exc)})")


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def _http_failure(status: int, reason: str, retry_after: str | None) -> FetchFailed:
    label = f"HTTP {status} {reason}".strip()
    if status in (429, 503):
        seconds = parse_retry_after(retry_after)
        more = f" (Retry-After {seconds:g} s)" if seconds is not None else ""
        return FetchFailed(FetchStatus.TEMPORARY, label + more, status, seconds)
    if status == 408 or status >= 500:
        return FetchFailed(FetchStatus.TEMPORARY, label, status)
    # 404/410 and the other 4xx: the address is wrong or refused. Still retried on a long backoff,
    # since active feeds DO return 404 for a while and come back to life.
    return FetchFailed(FetchStatus.HARD_ERROR, label, status)


async def _read_capped(resp: httpx.Response, max_bytes: int, status: int) -> bytes:
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes and "content-encoding" not in resp.headers:
        raise FetchFailed(
            FetchStatus.SOFT_ERROR, f"body larger than {max_bytes} bytes (Content-Length {declared})", status
        )
    chunks, size = [], 0
    async for chunk in resp.aiter_bytes():  # decoded: the cap applies to what we would parse
        size += len(chunk)
        if size > max_bytes:
            raise FetchFailed(FetchStatus.SOFT_ERROR, f"body larger than {max_bytes} bytes", status)
        chunks.append(chunk)
    return b"".join(chunks)


async def _drain(resp: httpx.Response) -> None:
    """Read a small unused body (304, redirect) to its end so the connection goes back to the pool.

    httpcore closes a connection whose response was not read to the end: without this every 304
    cost a new TCP connection (and the idle-connection checks that come with a churning pool).
    A body larger than DRAIN_BYTES is not worth reading; the connection is then closed as before.
    """
    declared = resp.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > DRAIN_BYTES):
        return
    size = 0
    async with contextlib.aclosing(resp.aiter_raw()) as chunks:  # raw: a discarded body is not decompressed
        async for chunk in chunks:
            size += len(chunk)
            if size > DRAIN_BYTES:
                return


def read_file_url(url: str, max_bytes: int) -> Body:
    """A bundled demo feed on disk, with the same byte cap as the network."""
    path = Path(unquote(urlsplit(url).path))
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FetchFailed(FetchStatus.SOFT_ERROR, f"body larger than {max_bytes} bytes")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise FetchFailed(FetchStatus.HARD_ERROR, f"file not found: {path}") from None
    except IsADirectoryError:
        raise FetchFailed(FetchStatus.HARD_ERROR, f"is a folder, not a file: {path}") from None
    except PermissionError:
        raise FetchFailed(FetchStatus.HARD_ERROR, f"permission denied: {path}") from None
    except OSError as exc:
        raise FetchFailed(FetchStatus.TEMPORARY, f"cannot read {path}: {exc.strerror}") from None
    if len(data) > max_bytes:
        raise FetchFailed(FetchStatus.SOFT_ERROR, f"body larger than {max_bytes} bytes")
    ctype = "text/html" if path.suffix.lower() in (".html", ".htm") else "application/xml"
    # No content-location for files: relative links and guids must not depend on where the
    # project folder happens to be.
    return Body(data, "", None, ctype)


# --- parsing -----------------------------------------------------------------------------------


def _strip_leading_blank(data: bytes) -> bytes:
    """Blank lines before the XML declaration make strict parsers give up; keep a BOM if any."""
    for bom in _BOMS:
        if data.startswith(bom):
            if bom in (codecs.BOM_UTF8,):
                return bom + data[len(bom) :].lstrip()
            return data  # UTF-16/32: leave whitespace to the decoder
    return data.lstrip()


def _vi_score(text: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFC", text) if c in _VI_LETTERS)


def _fix_encoding(data: bytes, chosen: str | None) -> tuple[bytes, str] | None:
    """A better decoding than feedparser's guess, as UTF-8 bytes + a note; None to keep its guess.

    Vietnamese sites mislabel encodings: UTF-8 declared as ISO-8859-1, or Windows-1258 with no
    declaration at all (feedparser then falls back to Windows-1252 and the tone marks turn into
    "Ì" and "ò").
    """
    enc = (chosen or "").lower()
    if enc in _UTF_ENCODINGS or data.isascii():
        return None
    if data.startswith(_BOMS):
        return None
    try:
        data.decode("utf-8")
        return data, f"body is UTF-8 although it was declared as {chosen or 'something else'}"
    except UnicodeDecodeError:
        pass
    try:
        current = data.decode(enc or "windows-1252", errors="replace")
    except LookupError:
        current = data.decode("windows-1252", errors="replace")
    vi1258 = data.decode("windows-1258", errors="replace")
    if enc not in ("windows-1258", "cp1258") and _vi_score(vi1258) > max(2, 2 * _vi_score(current)):
        text = unicodedata.normalize("NFC", vi1258)
        return text.encode("utf-8"), f"body read as Windows-1258 (declared or guessed: {chosen or 'none'})"
    return None


def _utf8_doc(data: bytes) -> bytes:
    """Point the XML declaration at UTF-8 after re-encoding."""
    return re.sub(rb"^(\s*<\?xml[^>]*?encoding\s*=\s*)([\"'])[^\"']*\2", rb"\1\2utf-8\2", data, count=1)


def parse_feed(data: bytes, content_type: str = "", url: str = "") -> tuple[list[RawEntry], str | None]:
    """Bytes → entries and an optional warning; raises FetchFailed(SOFT_ERROR) when unusable."""
    if not data.strip():
        raise FetchFailed(FetchStatus.SOFT_ERROR, "empty body")
    data = _strip_leading_blank(data)
    # No content-location: feedparser would then resolve every guid against the feed URL, and a
    # feed moving from http to https would store its entries again. Links are resolved below.
    headers = {"content-type": content_type} if content_type else {}
    # feedparser's own sanitizer and URI resolver are pure-Python HTML passes over every entry;
    # normalize sanitizes with nh3 and drops the markup anyway, so both are off (a third faster).
    parsed = feedparser.parse(data, response_headers=headers, resolve_relative_uris=False, sanitize_html=False)
    warning = None
    fixed = _fix_encoding(data, parsed.get("encoding"))
    if fixed is not None:
        new_data, note = fixed
        reparsed = feedparser.parse(
            _utf8_doc(new_data),
            response_headers={**headers, "content-type": "application/xml; charset=utf-8"},
            resolve_relative_uris=False,
            sanitize_html=False,
        )
        if len(reparsed.entries) >= len(parsed.entries):
            parsed, warning = reparsed, note
    if not parsed.entries:
        looks_html = "html" in content_type.lower() or _HTML_START.match(data[:2048]) is not None
        if looks_html and not parsed.get("version"):
            raise FetchFailed(FetchStatus.SOFT_ERROR, "got an HTML page, not a feed")
        if parsed.get("bozo"):
            raise FetchFailed(FetchStatus.SOFT_ERROR, f"not a readable feed ({_bozo_text(parsed)})")
        if not parsed.get("version"):
            raise FetchFailed(FetchStatus.SOFT_ERROR, "not an RSS or Atom feed")
        return [], warning
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        # A feed served as text/plain or text/html is common and harmless once it parsed; an
        # encoding override we already explained is not worth a second warning.
        harmless = isinstance(exc, feedparser.NonXMLContentType) or (
            warning and isinstance(exc, feedparser.CharacterEncodingOverride)
        )
        if not harmless:
            note = f"feed is not well-formed, read leniently ({_bozo_text(parsed)})"
            warning = f"{warning}; {note}" if warning else note
    lang = parsed.feed.get("language") if parsed.get("feed") else None
    entries = [to_raw_entry(e, lang) for e in parsed.entries]
    if url:
        for entry in entries:
            if entry.link and not entry.link.lower().startswith(("http://", "https://")):
                entry.link = urljoin(url, entry.link)
    return entries, warning


def _bozo_text(parsed) -> str:
    exc = parsed.get("bozo_exception")
    return _short(exc) if exc is not None else "unknown problem"


def to_raw_entry(e, feed_lang: str | None = None) -> RawEntry:
    """feedparser's dict → our RawEntry (the only place a feedparser entry is touched)."""
    content = None
    values = [c.get("value") for c in e.get("content") or [] if c.get("value")]
    if values:
        content = max(values, key=len)
    published = e.get("published") or e.get("updated") or e.get("created")
    if not published:
        tt = e.get("published_parsed") or e.get("updated_parsed")
        if tt:
            published = dt.datetime(*tt[:6], tzinfo=dt.UTC)
    link = e.get("link")
    if not link:
        link = next((lk.get("href") for lk in e.get("links") or [] if lk.get("href")), None)
    guid = e.get("id") or e.get("guid")
    return RawEntry(
        title=e.get("title"),
        link=link,
        guid=guid if isinstance(guid, str) else None,
        summary=e.get("summary") or e.get("description"),
        content=content,
        published=published,
        lang_hint=e.get("language") or feed_lang,
    )


def extract_article(data: bytes, url: str | None) -> str | None:
    """Main text of an article page via trafilatura (no comments, no tables of links)."""
    try:
        import trafilatura

        text = trafilatura.extract(data, url=url, include_comments=False, include_tables=False, favor_precision=True)
    except Exception:  # trafilatura raises assorted errors on odd pages; the summary stays
        return None
    return text or None


async def fetch_all(sources: list[Source], settings: Settings) -> list[FetchResult]:
    """Fetch many feeds concurrently (convenience for tests and benchmarks)."""
    async with Fetcher(settings) as fetcher:
        return await asyncio.gather(*(fetcher.fetch(s) for s in sources))
