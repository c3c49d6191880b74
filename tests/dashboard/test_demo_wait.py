"""A session that opens the dashboard while another one loads the first-run demo waits and goes
on by itself when the load is done (before, it said "reload the page" and stopped there)."""

from __future__ import annotations

import threading
import time

from streamlit.testing.v1 import AppTest

from monitor.demo.first_run import demo_lock
from tests.dashboard.conftest import build_db
from tests.dashboard.test_apptest import no_exception


def demo_config(tmp_path, lang: str = "en"):
    """A feeds.yaml in demo mode over an empty data folder: (config, data folder, database file)."""
    data = tmp_path / "data"
    data.mkdir()
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(
        f"settings:\n  data_dir: {data}\n  models_dir: {tmp_path / 'models'}\n  demo: true\n"
        f"  ui_language: {lang}\nfeeds: []\n",
        encoding="utf-8",
    )
    return cfg, data, tmp_path / "monitor.db"


def demo_env(tmp_path, monkeypatch) -> dict:
    cfg, data, db = demo_config(tmp_path)
    monkeypatch.setenv("MONITOR_CONFIG", str(cfg))
    monkeypatch.setenv("MONITOR_DATABASE_URL", f"sqlite:///{db}")
    monkeypatch.delenv("MONITOR_DEMO", raising=False)
    monkeypatch.delenv("MONITOR_DATA_DIR", raising=False)
    return {"data": data, "url": f"sqlite:///{db}", "config": cfg}


def another_loader(env: dict, seconds: float) -> tuple[threading.Thread, threading.Event]:
    """Another session's demo load: holds the first-run lock, writes the data, then lets go."""
    holding = threading.Event()

    def run():
        with demo_lock(env["data"]) as held:
            assert held
            holding.set()
            time.sleep(seconds / 2)
            build_db(env["url"])  # items appear while the lock is still held
            time.sleep(seconds / 2)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert holding.wait(10)
    return thread, holding


def test_a_session_waiting_for_the_demo_load_goes_on_by_itself(tmp_path, monkeypatch):
    env = demo_env(tmp_path, monkeypatch)
    loader, _ = another_loader(env, 6)
    at = AppTest.from_file("../../dashboard.py", default_timeout=90)
    started = time.monotonic()
    at.run()
    no_exception(at)
    assert not loader.is_alive()
    assert time.monotonic() - started >= 5  # it waited for the whole load, not for the first items
    assert at.text_input(key="login_username") is not None  # the login page, without a reload
    assert "Another session is loading the demo data" not in " ".join(i.value for i in at.info)
