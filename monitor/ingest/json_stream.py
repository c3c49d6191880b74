"""Read one large JSON document a piece at a time: the members of its top-level object, and the
elements of one array member one by one (a Telegram export's ``messages``).

Memory stays near the size of the largest single value, which is capped: a value longer than
``max_value_chars`` is refused with its line, as is a value nested too deeply for the parser.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TextIO

_WS = re.compile(r"[ \t\r\n]*")
_DECODER = json.JSONDecoder()
CHUNK = 1 << 16
_NUMBER_CHARS = frozenset("0123456789+-.eE")


class JSONStreamError(ValueError):
    """The document is not valid JSON, or a value is too large or too deep; ``line`` is 1-based."""

    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


class ARRAY_START:  # noqa: N801 - a marker value
    """Yielded as the value of the streamed member before its elements."""


class _Reader:
    def __init__(self, fh: TextIO, max_value_chars: int):
        self.fh, self.cap = fh, max_value_chars
        self.text, self.pos, self.eof, self.lines_before = "", 0, False, 0

    @property
    def line(self) -> int:
        return self.lines_before + self.text.count("\n", 0, self.pos) + 1

    def more(self) -> bool:
        """Read on (at least as much again as is pending, so retries stay linear); False at the end."""
        if self.eof:
            return False
        pending = len(self.text) - self.pos
        chunk = self.fh.read(max(CHUNK, pending))
        if not chunk:
            self.eof = True
            return False
        self.lines_before += self.text.count("\n", 0, self.pos)
        self.text, self.pos = self.text[self.pos :] + chunk, 0
        return True

    def peek(self) -> str:
        while True:
            self.pos = _WS.match(self.text, self.pos).end()
            if self.pos < len(self.text) or not self.more():
                return self.text[self.pos : self.pos + 1]

    def expect(self, chars: str) -> str:
        ch = self.peek()
        if not ch or ch not in chars:
            found = repr(ch) if ch else "the end of the file"
            raise JSONStreamError(f"expected {' or '.join(repr(c) for c in chars)}, found {found}", self.line)
        self.pos += 1
        return ch

    def value(self):
        self.peek()
        start_line = self.line
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except RecursionError:
                raise JSONStreamError("nested too deeply", self.line) from None
            except json.JSONDecodeError as exc:
                if self._grow():
                    continue
                raise JSONStreamError(exc.msg, self.lines_before + exc.lineno) from None
            except ValueError as exc:  # e.g. an integer with too many digits
                raise JSONStreamError(str(exc).splitlines()[0][:120], self.line) from None
            if self._may_go_on(value, end) and self._grow():
                continue  # a number cut by the chunk boundary ("2" of "2.5"): read on, decode again
            if end - self.pos > self.cap:
                raise JSONStreamError(f"a value longer than {self.cap:,} characters", start_line)
            self.pos = end
            return value

    def _may_go_on(self, value, end: int) -> bool:
        """A value ending where the text read so far ends, or a number followed only by characters
        that could continue it, may be longer than it looks."""
        if end == len(self.text):
            return True
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return all(c in _NUMBER_CHARS for c in self.text[end:])
        return False

    def _grow(self) -> bool:
        if len(self.text) - self.pos > self.cap:
            raise JSONStreamError(f"a value longer than {self.cap:,} characters", self.line)
        return self.more()


def top_level_members(fh: TextIO, stream_key: str, max_value_chars: int) -> Iterator[tuple[str, object]]:
    """(key, value) for each member of the top-level object; for ``stream_key`` holding an array,
    (key, ARRAY_START) and then (key, element) per element. JSONStreamError on bad input."""
    r = _Reader(fh, max_value_chars)
    if r.peek() != "{":
        raise JSONStreamError("expected a JSON object", r.line)
    r.pos += 1
    if r.peek() == "}":
        r.pos += 1
    else:
        while True:
            key = r.value()
            if not isinstance(key, str):
                raise JSONStreamError("expected a member name", r.line)
            r.expect(":")
            if key == stream_key and r.peek() == "[":
                r.pos += 1
                yield key, ARRAY_START
                if r.peek() == "]":
                    r.pos += 1
                else:
                    while True:
                        yield key, r.value()
                        if r.expect(",]") == "]":
                            break
            else:
                yield key, r.value()
            if r.expect(",}") == "}":
                break
    if r.peek():
        raise JSONStreamError("extra data after the document", r.line)
