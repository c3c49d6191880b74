"""An import file read as text, never whole: its encoding found from a byte-order mark, its size
and each line within the caps, and file content made safe to print in a message."""

from __future__ import annotations

import codecs
import contextlib
import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from monitor.errors import DataFileError

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Limits:
    """Caps on one import file (the settings import_max_file_bytes and import_max_line_chars)."""

    max_file_bytes: int = 500_000_000
    max_line_chars: int = 1_000_000

    @classmethod
    def from_settings(cls, settings) -> Limits:
        return cls(settings.import_max_file_bytes, settings.import_max_line_chars)


def shown_text(text: str, limit: int = 80) -> str:
    """File content made safe to print in one line: control characters and undecodable bytes
    as escapes, cut at ``limit`` characters."""
    out = "".join(
        c
        if c.isprintable()
        else (f"\\x{ord(c) & 0xFF:02x}" if "\udc80" <= c <= "\udcff" else c.encode("unicode_escape").decode("ascii"))
        for c in text[:limit]
    )
    return out + ("…" if len(text) > limit else "")


class ReadStopped(DataFileError):
    """The reader cannot go past ``line`` of ``file`` (a line over the cap, a JSON document cut off
    or broken); the rows before it were handed on already."""

    def __init__(self, file: str, line: int | None, reason: str):
        super().__init__(f"{file} line {line}: {reason}" if line else f"{file}: {reason}")
        self.file, self.line, self.reason = file, line, reason


@contextlib.contextmanager
def open_text(path: Path, limits: Limits) -> Iterator[TextIO]:
    """The file as text, read as it is used (never whole): UTF-8, or UTF-16/32 with a byte-order
    mark. Undecodable UTF-8 bytes become surrogates, so only the rows holding them are reported.
    A file larger than the cap is refused before reading."""
    shown = path.name
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise DataFileError(
                f"{shown}: {size:,} bytes, more than import_max_file_bytes ({limits.max_file_bytes:,}); "
                f"split the file or raise the setting"
            )
        raw = path.open("rb")
    except FileNotFoundError:
        raise DataFileError(f"{path}: file not found") from None
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read ({exc.strerror})") from None
    with raw:
        try:
            head = raw.read(4)
        except OSError as exc:
            raise DataFileError(f"{path}: cannot read ({exc.strerror})") from None
        encoding = next((enc for bom, enc in _BOMS if head.startswith(bom)), "utf-8")
        if encoding == "utf-8" and b"\x00" in head:
            raise DataFileError(f"{shown}: holds NUL bytes (UTF-16 without a byte-order mark?); save it as UTF-8")
        raw.seek(0)
        errors = "surrogateescape" if encoding.startswith("utf-8") else "replace"
        with io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline="") as fh:
            yield fh


def capped_lines(fh: TextIO, shown: str, limits: Limits) -> Iterator[str]:
    """The file's lines (endings kept), each read with a cap: a longer line ends the import with
    one message naming it, before it is held in memory; so does a read that fails."""
    cap = limits.max_line_chars
    for number in itertools.count(1):
        try:
            line = fh.readline(cap + 1)
        except OSError as exc:
            raise ReadStopped(shown, number, f"cannot read ({exc.strerror})") from None
        if not line:
            return
        if len(line) > cap and line[-1] not in "\r\n":
            raise ReadStopped(shown, number, f"longer than {cap:,} characters (import_max_line_chars)")
        yield line
