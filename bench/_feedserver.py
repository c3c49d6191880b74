"""The local feed server the collector benchmarks share, run in its own process so the figures
measured are the collector's alone.

/feed/<name> answers after `delay` seconds with 3 entries and the ETag "<name>"; a request carrying
that ETag gets 304 Not Modified.
"""

from __future__ import annotations

import multiprocessing as mp
import time


def serve(port_q, delay: float) -> None:
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def do_GET(self):
            time.sleep(delay)
            name = self.path.rsplit("/", 1)[-1]
            tag = f'"{name}"'
            if self.headers.get("If-None-Match") == tag:
                self.send_response(304)
                self.send_header("ETag", tag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            items = "".join(
                f"<item><title>Tin {name} số {i}: cử tri chuẩn bị đi bầu</title><guid>{name}-{i}</guid>"
                f"<link>https://site{name}.example/tin/{i}</link><description>Bài viết {i} của trang {name} "
                f"về công tác bầu cử đại biểu Quốc hội tại địa phương.</description></item>"
                for i in range(3)
            )
            body = (
                f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{name}</title>'
                f"{items}</channel></rss>"
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("ETag", tag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    class S(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 1024

    srv = S(("127.0.0.1", 0), H)
    port_q.put(srv.server_address[1])
    srv.serve_forever()


def start(delay: float) -> tuple[mp.Process, int]:
    """Start the server process; returns it and its port on 127.0.0.1."""
    q: mp.Queue = mp.Queue()
    server = mp.Process(target=serve, args=(q, delay), daemon=True)
    server.start()
    return server, q.get(timeout=10)
