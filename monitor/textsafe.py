"""Free text typed by people (reviewer and teaching notes, case-set names and descriptions) made
safe to store and to write into every handout format.

One control character is enough to break a whole export: XML 1.0 (DOCX, XLSX) has no way to
write U+000B or U+0000, PostgreSQL refuses NUL in text, and a lone surrogate cannot be encoded
as UTF-8 at all. Notes are cleaned when stored and again when exported (rows stored before the
cleaning, or written by other tools, pass through the export too).
"""

from __future__ import annotations

import re
import unicodedata

NOTE_MAX = 20_000  # characters of one note (a spreadsheet cell holds 32,767)

# C0 controls but tab and newline, DEL, C1 controls, lone surrogates, and the noncharacters
# U+FFFE/U+FFFF (also outside XML 1.0). Carriage returns are turned into newlines first.
_CONTROLS_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str | None, limit: int | None = None) -> str:
    """NFC text without control characters (tab and newline kept), cut to ``limit`` characters."""
    if not value:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS_RE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return text[:limit] if limit else text


def clean_note(value: str | None) -> str:
    """A reviewer or teaching note as stored: cleaned, trimmed, at most NOTE_MAX characters."""
    return clean_text(value, NOTE_MAX).strip()


def nfc(text: object) -> str:
    """Any value as NFC text (None as "")."""
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def clip(text: object, n: int) -> str:
    """NFC text on one line, cut to ``n`` characters with an ellipsis."""
    t = " ".join(nfc(text).split())
    return t if len(t) <= n else t[: n - 1].rstrip() + "…"
