"""Reading an approved message's fields whatever its shape (no scientific libraries: commands that
only read messages, such as ``check-config``, import this and not the matcher)."""

from __future__ import annotations


def message_field(m, name, default=None):
    """Read a field from a message given as a dict or an object.

    Messages come in two shapes: as in data/approved_messages.yaml (``title: {vi, en}``) and as
    stored rows (``title_vi``, ``title_en``); both give the bilingual dict for title and text.
    """
    if isinstance(m, dict):
        if name in m:
            return m[name]
        if f"{name}_vi" in m or f"{name}_en" in m:
            return {"vi": m.get(f"{name}_vi") or "", "en": m.get(f"{name}_en") or ""}
        return default
    return getattr(m, name, default)
