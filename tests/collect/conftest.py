"""A real HTTP server on 127.0.0.1 (ephemeral port) serving one odd case per path."""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from monitor.config import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
ETAG = '"v1"'
LAST_MODIFIED = "Sun, 16 May 2021 00:00:00 GMT"


def rss_bytes(n: int, prefix: str = "e", text: str = "Nội dung bài viết số") -> bytes:
    items = "".join(
        f"<item><title>Tin {prefix} {i}</title><link>https://baotinh.example/{prefix}/{i}</link>"
        f"<guid>{prefix}-{i}</guid><pubDate>Sun, 16 May 2021 07:00:00 +0700</pubDate>"
        f"<description>{text} {prefix} {i}</description></item>"
        for i in range(n)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{prefix}</title>'
        f"{items}</channel></rss>"
    ).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FeedHTTPServer

    def log_message(self, *args) -> None:  # quiet
        pass

    def _send(
        self,
        status: int,
        body: bytes = b"",
        ctype: str = "application/rss+xml; charset=utf-8",
        headers: dict | None = None,
    ) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        self.server.log.append((path, time.monotonic(), dict(self.headers)))
        try:
            self._route(path, query)
        except (BrokenPipeError, ConnectionResetError):
            pass

    # path → handler, and path prefix → handler (no path matches two of them)
    _EXACT = {
        "/redirect": "_redirect",
        "/to": "_to",
        "/etag": "_etag",
        "/gzip": "_gzip",
        "/big": "_big",
        "/endless": "_endless",
        "/drip": "_drip",
        "/ftfeed": "_ftfeed",
    }
    _PREFIXES = (
        ("/f/", "_fixture"),
        ("/status/", "_status"),
        ("/loop/", "_loop"),
        ("/feed/", "_feed"),
        ("/article/", "_article"),
    )

    def _route(self, path: str, query: dict) -> None:
        name = self._EXACT.get(path) or next((h for p, h in self._PREFIXES if path.startswith(p)), None)
        if name is None:
            return self._send(404, b"not found", "text/plain")
        return getattr(self, name)(path, query)

    def _fixture(self, path: str, query: dict) -> None:
        file = FIXTURES / path[3:]
        if not file.is_file():
            return self._send(404, b"not found", "text/plain")
        ctype = query.get("ct", ["text/html" if file.suffix == ".html" else "application/xml"])[0]
        return self._send(200, file.read_bytes(), ctype)

    def _status(self, path: str, query: dict) -> None:
        code = int(path.rsplit("/", 1)[1])
        headers = {"Retry-After": "120"} if code in (429, 503) else {}
        return self._send(code, b"error page", "text/html", headers)

    def _redirect(self, path: str, query: dict) -> None:
        return self._send(301, b"", "", {"Location": "/f/wellformed/rss20.xml"})

    def _to(self, path: str, query: dict) -> None:  # redirect wherever ?u= says
        return self._send(302, b"", "", {"Location": query["u"][0]})

    def _loop(self, path: str, query: dict) -> None:
        other = "/loop/b" if path == "/loop/a" else "/loop/a"
        return self._send(302, b"", "", {"Location": other})

    def _etag(self, path: str, query: dict) -> None:
        if self.headers.get("If-None-Match") == ETAG or self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            return self._send(304, b"", "", {"ETag": ETAG})
        return self._send(200, rss_bytes(3, "etag"), headers={"ETag": ETAG, "Last-Modified": LAST_MODIFIED})

    def _gzip(self, path: str, query: dict) -> None:
        body = gzip.compress(rss_bytes(5, "gz"))
        return self._send(200, body, headers={"Content-Encoding": "gzip"})

    def _big(self, path: str, query: dict) -> None:  # 50 MB, generated on the fly, chunked (no Content-Length to trust)
        return self._stream(total=50 * 1024 * 1024)

    def _endless(self, path: str, query: dict) -> None:
        return self._stream(total=None)

    def _drip(self, path: str, query: dict) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        for _ in range(100):
            self.wfile.write(b" ")
            self.wfile.flush()
            time.sleep(1.0)
        return None

    def _feed(self, path: str, query: dict) -> None:  # /feed/<name>?n=<items>&delay=<seconds>
        delay = float(query.get("delay", ["0"])[0])
        if delay:
            time.sleep(delay)
        name = path.rsplit("/", 1)[1]
        tag = f'"{name}"'
        if self.headers.get("If-None-Match") == tag:
            return self._send(304, b"", "", {"ETag": tag})
        n = int(query.get("n", ["3"])[0])
        return self._send(200, rss_bytes(n, name), headers={"ETag": tag})

    def _ftfeed(self, path: str, query: dict) -> None:  # entries whose pages hold the full text
        items = "".join(
            f"<item><title>Bài {i}</title><link>{self.server.base}/article/{i}</link>"
            f"<description>Tóm tắt {i}</description></item>"
            for i in range(3)
        )
        return self._send(
            200, f'<?xml version="1.0"?><rss version="2.0"><channel><title>ft</title>{items}</channel></rss>'.encode()
        )

    def _article(self, path: str, query: dict) -> None:
        body = (
            "<html><head><title>Bài</title></head><body><nav>Menu Trang chủ</nav><article><h1>Tiêu đề</h1>"
            + "".join(f"<p>Đoạn văn đầy đủ số {i} của bài báo về cuộc bầu cử đại biểu Quốc hội.</p>" for i in range(8))
            + "</article><footer>Bản quyền</footer></body></html>"
        ).encode()
        return self._send(200, body, "text/html; charset=utf-8")

    def _stream(self, total: int | None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"<!-- " + b"x" * 65_000 + b" -->"
        head = b'<?xml version="1.0"?><rss version="2.0"><channel>'
        sent = 0
        self.wfile.write(b"%x\r\n%s\r\n" % (len(head), head))
        while total is None or sent < total:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sent += len(chunk)
        self.wfile.write(b"0\r\n\r\n")


class FeedHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.log: list[tuple[str, float, dict]] = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path


@contextlib.contextmanager
def running_feed_server(server: FeedHTTPServer | None = None):
    """A FeedHTTPServer (a new one, or ``server``) answering on its own thread until the block ends."""
    server = server or FeedHTTPServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def feed_server():
    with running_feed_server() as server:
        yield server


@pytest.fixture
def refused_url() -> str:
    """A port nobody listens on."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}/feed.xml"


@pytest.fixture
def settings() -> Settings:
    """Small bounds so the slow cases finish fast; no politeness gap between test requests."""
    return Settings(
        max_bytes=2_000_000,
        connect_timeout=2,
        read_timeout=2,
        total_timeout=3,
        max_redirects=5,
        concurrency=16,
        per_host_concurrency=16,
        per_host_min_gap=0,
    )
