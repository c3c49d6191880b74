"""The first-run demo lock does not outlive its owner (a load interrupted by kill -9 used to block
every visitor for 30 minutes behind a "demo is loading" message)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from monitor.config import load_config
from monitor.demo.first_run import LOCK_NAME, demo_lock, load_demo_once

ROOT = Path(__file__).resolve().parents[1]
HOLDER = (
    "import sys, time\n"
    "from monitor.demo.first_run import demo_lock\n"
    "with demo_lock(sys.argv[1]) as held:\n"
    "    print('held' if held else 'busy', flush=True)\n"
    "    time.sleep(120)\n"
)


def _start_holder(data_dir: Path) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "held"
    return p


def test_a_lock_whose_process_was_killed_is_free_at_once(tmp_path):
    holder = _start_holder(tmp_path)
    try:
        with demo_lock(tmp_path) as held:
            assert held is False  # a live holder keeps it
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)
    finally:
        holder.kill()
    assert (tmp_path / LOCK_NAME).exists()  # the file stays behind, as after any crash ...
    with demo_lock(tmp_path) as held:
        assert held is True  # ... but the lock went with its process


def test_two_sessions_of_one_process_exclude_each_other(tmp_path):
    with demo_lock(tmp_path) as first, demo_lock(tmp_path) as second:
        assert (first, second) == (True, False)
    with demo_lock(tmp_path) as again:
        assert again is True


def test_load_demo_once_leaves_the_load_to_a_live_loader(tmp_path, store):
    (tmp_path / "feeds.yaml").write_text("feeds: []\n", encoding="utf-8")
    config = load_config(tmp_path / "feeds.yaml")
    holder = _start_holder(config.data_dir)
    try:
        assert load_demo_once(config, store) is None  # someone is loading it now
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert not store.has_items()


def test_demo_loading_tells_whether_someone_holds_the_lock(tmp_path):
    from monitor.demo.first_run import demo_loading

    assert not demo_loading(tmp_path)
    with demo_lock(tmp_path) as held:
        assert held and demo_loading(tmp_path)
    assert not demo_loading(tmp_path)
    (tmp_path / "a-file").touch()  # a data folder that cannot hold the lock file: no load under way
    assert not demo_loading(tmp_path / "a-file" / "data")


def test_demo_wanted_while_the_database_is_empty_or_a_load_is_under_way(tmp_path, store):
    from types import SimpleNamespace

    from monitor.demo.first_run import demo_wanted
    from tests.alerts.world import NOW, World

    config = SimpleNamespace(demo_enabled=True, data_dir=tmp_path)
    assert demo_wanted(config, store)  # empty
    World(store).add(NOW)
    assert not demo_wanted(config, store)
    with demo_lock(tmp_path):
        assert demo_wanted(config, store)  # items, but someone is still loading
    assert not demo_wanted(SimpleNamespace(demo_enabled=False, data_dir=tmp_path), store)
