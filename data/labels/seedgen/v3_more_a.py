"""Seed v3 templates, second round (filled in below). Same shape as seed v2's families: each
entry of ``FAMILY`` is a name with ``label`` (omitted for ``none``), ``target`` rows, and
``vi``/``en`` template lists (``kind|text``, kind h/a/p = headline, article, post)."""

from __future__ import annotations

FAMILY: dict[str, dict] = {}
