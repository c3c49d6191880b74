"""Value types the classifiers return: evidence terms and distortion findings (plain dataclasses).

They live here, not in monitor/, so that classifiers/ depends on nothing in monitor/; the
monitor's `Classification` (monitor/models.py) carries them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Evidence:
    """A term that pushed the classifier's decision, with its place in the text."""

    term: str
    weight: float
    start: int | None = None
    end: int | None = None


@dataclass
class Finding:
    """A checkable fact in the item that disagrees with an approved key fact."""

    fact: str  # key fact name, e.g. election_date
    found: str  # what the item says, as written
    approved: str  # what the approved message says
    message: str  # English rendering: "says the election is on 30/5/2021; approved: 23/5/2021"
    start: int | None = None
    end: int | None = None
    kind: str | None = (
        None  # date | time | age | percent | days | count | allowed (monitor.outputs.findings renders it)
    )
