"""First run: fill an empty database with the bundled demo, once, whatever the sessions.

A lock file beside the database keeps two browser tabs (or two server processes) from loading the
demo twice. The lock is an advisory `flock` on that file, not the file's existence: the operating
system drops it the moment its holder exits, however it exits (a crash or `kill -9` included), so
an interrupted load never blocks the next visitor. The file itself stays; it holds no state.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from monitor.config import Config
from monitor.demo.bootstrap import load_demo

LOCK_NAME = ".demo-loading.lock"

Progress = Callable[[float, str], None]


@contextlib.contextmanager
def demo_lock(data_dir: Path | str) -> Iterator[bool]:
    """Hold the first-run lock for the block: yields True when this caller holds it, False when a
    live process (or another session of this one) holds it now."""
    path = Path(data_dir) / LOCK_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())  # for a person looking at the file
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def demo_loading(data_dir: Path | str) -> bool:
    """Whether someone holds the first-run lock now (a demo load is under way). A data folder
    where the lock file cannot be made (read-only) has no load under way."""
    try:
        with demo_lock(data_dir) as held:
            return not held
    except OSError:
        return False


def demo_wanted(config: Config, store) -> bool:
    """Whether the dashboard must load the demo, or wait for another session's load: demo mode,
    and an empty database or a load under way (items appear long before a load is done)."""
    return bool(config.demo_enabled) and (not store.has_items() or demo_loading(config.data_dir))


def load_demo_once(config: Config, store, progress: Progress | None = None) -> bool | None:
    """Load the demo into an empty database unless someone else is doing it or has done it.

    Returns True when this call loaded it, False when the database already had items, None when
    another process or session is loading it right now (try again in a moment).
    """
    with demo_lock(config.data_dir) as held:
        if not held:
            return None
        if store.has_items():  # another session finished while we waited for the lock
            return False
        load_demo(config, store, progress=progress)
        return True
