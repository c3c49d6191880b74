"""What the real-browser tests share: Debian's Chromium through Playwright, and a Streamlit
server for `dashboard.py` on a free port of 127.0.0.1 over a given SQLite database."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(tmp: Path, db: Path, lang: str, config: Path | None = None) -> Iterator[str]:
    """Run the dashboard (no demo, `lang` UI) over `db`; yields its base URL. Its log is
    tmp/streamlit.log, shown when it does not start. With `config` (a feeds.yaml), that file's
    settings are used as they are, demo mode included."""
    cfg = config or tmp / "feeds.yaml"
    if config is None:
        cfg.write_text(
            f"settings:\n  data_dir: {ROOT / 'data'}\n  models_dir: {tmp / 'models'}\n  demo: false\n"
            f"  ui_language: {lang}\nfeeds: []\n",
            encoding="utf-8",
        )
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "MONITOR_DEMO"}
    env.update({"MONITOR_CONFIG": str(cfg), "MONITOR_DATABASE_URL": f"sqlite:///{db}"})
    if config is None:
        env["MONITOR_DEMO"] = "0"
    log = open(tmp / "streamlit.log", "wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "dashboard.py",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("streamlit did not start:\n" + (tmp / "streamlit.log").read_text(errors="replace"))
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """Debian's Chromium, headless, through Playwright (its own browser download does not work here)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        try:
            yield b
        finally:
            b.close()


# The app root says whether a run is requested or going on (set by the browser the moment a
# widget asks for one, while the "running" badge shows only after a delay), and elements a run
# has not redrawn yet are marked stale.
_SETTLED = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    return !!app && app.getAttribute('data-test-script-state') === 'notRunning'
        && !document.querySelector('[data-stale="true"]')
        && !document.querySelector('[data-testid="stStatusWidget"]');
}"""


def settle(page) -> None:
    """Wait until Streamlit has finished running the script and redrawn every element."""
    page.wait_for_timeout(200)
    page.wait_for_function(_SETTLED, timeout=60_000)
    page.wait_for_timeout(200)


def text_becomes(locator, text: str, timeout: float = 30.0) -> str:
    """The locator's text once it reads ``text``, or the last text seen when it never does
    (a rerun on a busy machine can finish after ``settle`` has returned)."""
    import time

    end = time.monotonic() + timeout
    while (seen := locator.inner_text().strip()) != text and time.monotonic() < end:
        locator.page.wait_for_timeout(200)
    return seen
