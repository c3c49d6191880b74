"""Functions the background-process tests run in a second process: this module imports nothing
heavy, so the process starts quickly."""

from __future__ import annotations

import os
import time


def where(value):
    return value, os.getpid()


def fails(message):
    raise ValueError(message)


def sleeps(seconds):
    time.sleep(seconds)
    return "woke"


def dies_unless_in(pid):
    if os.getpid() != pid:
        os._exit(3)
    return "fitted here"


class Picky(Exception):
    """An exception pickle cannot rebuild (its constructor takes two arguments)."""

    def __init__(self, a, b):
        super().__init__(f"{a}/{b}")


def raises_picky():
    raise Picky("no", "rows")
