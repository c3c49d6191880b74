"""Pure, Vietnamese-aware text functions: NFC, look-alike fixes, case folding, accent stripping,
tokens.

Nothing here does I/O. Everything is ``str -> str`` (or ``str -> list``) and cheap enough to run
on every item: the hot paths use ``str.translate`` with tables built once at import time, not a
per-character Python loop.

Why an accent-stripped view at all: social posts are often typed without diacritics
("bau cu gian lan"), so features and search must treat ``bầu cử`` and ``bau cu`` alike.

Word segmentation: ``bench/segmentation.py`` measured underthesea ``word_tokenize`` and pyvi
against plain syllable n-grams (see the "Classifier" section of ``bench/README.md``); neither
segmenter paid for its cost, so tokens here are syllables and the classifier uses syllable
uni- and bigrams (a Vietnamese word is mostly one or two syllables).
"""

from __future__ import annotations

import functools
import re
import unicodedata

import numpy as np

__all__ = [
    "URL_TOKEN",
    "EMOJI_TOKEN",
    "normalize",
    "fold",
    "strip_accents",
    "fold_strip",
    "fold_strip_batch",
    "fold_strip_aligned",
    "prepare",
    "prepare_stripped",
    "prepare_batch",
    "views",
    "tokenize",
    "token_spans",
    "chunk_spans",
    "NEGATED_MARK",
    "NEGATION_WORDS",
    "SCOPE_BREAK_WORDS",
    "ends_clause",
    "negation_scope",
]

URL_TOKEN = "_url_"
EMOJI_TOKEN = "_emoji_"

# Letters that real pages write in place of Vietnamese ones: "HÐND" with Ð (U+00D0, Icelandic eth)
# for Đ (U+0110). They look identical, but search and features would treat them as different.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110"})
_LOOKALIKE_CHARS = "\u00d0\u00f0\u0189"

# Zero-width characters and soft hyphens copied from web pages split words invisibly.
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = str.maketrans({c: None for c in _INVISIBLE_CHARS})

_WS_RE = re.compile(r"\s+")
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
# Emoji and pictographs: the main emoji blocks, dingbats, flags, variation selectors and ZWJ.
_EMOJI_RE = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f1e6-\U0001f1ff\u2b00-\u2bff]+"
    "[\ufe0f\u200d\U0001f3fb-\U0001f3ff\U0001f000-\U0001faff\u2600-\u27bf]*"
)
# Dates, times, decimals and percentages stay whole ("23/5/2021", "7:00", "99,6%").
_TOKEN_RE = re.compile(
    r"\d+(?:[/.\-:,]\d+)*%?"  # numbers, dates, times, decimals, percentages
    r"|_url_|_emoji_|_name_"
    r"|[^\W\d_]+(?:['’][^\W\d_]+)?",  # letters (any script), with an inner apostrophe
    re.UNICODE,
)


def _build_strip_table() -> dict[int, str]:
    """Map every precomposed Latin letter to its base letter (ầ→a, Đ→D, ư→u, ơ→o)."""
    table: dict[int, str] = {0x0110: "D", 0x0111: "d", 0x00D0: "D", 0x00F0: "d"}
    for cp in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        if cp in table:
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base and base != ch and len(base) == 1:
            table[cp] = base
    # The Vietnamese horned letters do not decompose to a plain base under NFD for every
    # Unicode version; pin them explicitly.
    table.update({0x01A0: "O", 0x01A1: "o", 0x01AF: "U", 0x01B0: "u"})
    return table


_STRIP_TABLE = _build_strip_table()
# The look-alike mapping followed by the accent stripping, in one pass over the text.
_LOOKALIKE_STRIP_TABLE = {
    **_STRIP_TABLE,
    **{k: (v if isinstance(v, str) else chr(v)).translate(_STRIP_TABLE) for k, v in _LOOKALIKES.items()},
}
# After NFD, Vietnamese text is ASCII plus combining marks (once đ/Đ are mapped); anything else
# (other scripts, curly quotes, dashes) takes the slower exact path.
_NOT_LATIN_NFD_RE = re.compile("[^\x00-\x7f\u0300-\u036f]")
_COMBINING_RE = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Whitespace ``str.split`` splits on, other than the space and the newline (all of it is below
# U+3001; a test checks every code point).
_OTHER_SPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace() and chr(c) not in " \n")


def _has_any(s: str, chars: str) -> bool:
    """Whether ``s`` contains any of ``chars``: a few ``in`` tests (a C scan, ~4 µs for a batch of
    500 news items, where a character-class regex took ~0.8 ms)."""
    for c in chars:
        if c in s:
            return True
    return False


def _latin_nfd(d: str) -> bool:
    """``_NOT_LATIN_NFD_RE.search(d) is None``: only ASCII and combining marks U+0300–U+036F. A
    batch's text is checked as UTF-16 code units in one numpy pass (a tenth of the regex scan; a
    character beyond U+FFFF is two surrogate units, neither of them allowed, as the regex says)."""
    if len(d) < 4096:
        return _NOT_LATIN_NFD_RE.search(d) is None
    units = np.frombuffer(d.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    return bool(((units < 0x80) | ((units - np.uint16(0x300)) <= np.uint16(0x6F))).all())


@functools.cache
def _ascii_of_unit() -> np.ndarray:
    """For each UTF-16 code unit (a BMP character): the one ASCII character its NFD form keeps
    once its combining marks U+0300–U+036F are dropped (đ/Đ: d/D, as ``strip_accents`` maps them),
    -2 when it keeps none (a lone mark), -1 when that is not so simple (another script, a mark
    outside that block, two letters, a surrogate, whitespace other than the space and the newline).
    Built on first use (~40 ms)."""
    table = np.full(0x10000, -1, dtype=np.int16)
    for c in range(0x10000):
        if 0xD800 <= c < 0xE000 or (chr(c).isspace() and c not in (0x20, 0x0A)):
            continue
        ch = {"đ": "d", "Đ": "D"}.get(chr(c), chr(c))
        d = unicodedata.normalize("NFD", ch)
        if _NOT_LATIN_NFD_RE.search(d) is None:
            kept = d.encode("ascii", "ignore")
            if len(kept) <= 1:
                table[c] = kept[0] if kept else -2
    return table


@functools.cache
def _aligned_of_unit() -> np.ndarray:
    """For each UTF-16 code unit (a BMP character): the one character ``fold_strip_aligned``'s
    translation and lower-casing make of it, or -1 where that is not one simple character (a
    surrogate, a combining mark left, two characters, a capital sigma, which lower-cases by its
    context). A text whose every unit has one is folded by one numpy look-up: a third of the time
    of ``str.translate``, which looks each character up in a dict. Built on first use (~25 ms)."""
    table = np.full(0x10000, -1, dtype=np.int32)
    for c in range(0x10000):
        if 0xD800 <= c < 0xE000:
            continue
        t = chr(c).translate(_LOOKALIKE_STRIP_TABLE)
        v = t.lower()
        simple = len(v) == 1 and not 0xD800 <= ord(v) < 0xE000 and ord(v) < 0x10000
        if simple and "\u03a3" not in t and _COMBINING_RE.match(v) is None:
            table[c] = ord(v)
    return table


def _stripped_by_table(s: str) -> str | None:
    """``s`` with đ/Đ mapped, NFD and its combining marks dropped (the batch fold's fast path) by
    one table look-up per character, or None when a character is not in the table or a line of
    ``s`` is not collapsed (two spaces, a space at either end; other whitespace is not in the
    table). Exact: NFD decomposes each character on its own and only reorders combining marks,
    which are all dropped; an eighth of the time of NFD on a batch of news items."""
    units = np.frombuffer(s.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    mapped = _ascii_of_unit()[units]
    if (mapped == -1).any():
        return None
    if len(units):
        space = units == 0x20
        either = space | (units == 0x0A)
        if space[0] or space[-1] or (space[:-1] & either[1:]).any() or (either[:-1] & space[1:]).any():
            return None
    return mapped[mapped >= 0].astype(np.uint8).tobytes().decode("ascii")


def _collapsed(s: str) -> bool:
    """Whether every line of ``s`` is already ``" ".join(line.split())``: no other whitespace than
    single spaces between non-space characters (checks instead of rebuilding every line)."""
    if "  " in s or " \n" in s or "\n " in s or s.startswith(" ") or s.endswith(" "):
        return False
    return not _has_any(s, _OTHER_SPACE)


def normalize(s: str) -> str:
    """NFC, look-alike letters fixed, invisible characters removed, whitespace collapsed.

    Parameters
    ----------
    s : str
        Any text.

    Returns
    -------
    str
        The same text in canonical form (case and accents kept).
    """
    s = unicodedata.normalize("NFC", s)
    # str.translate is slow on non-ASCII text (a dict look-up per character), so only run the
    # tables when a character they change is actually there.
    if _has_any(s, _LOOKALIKE_CHARS):
        s = s.translate(_LOOKALIKES)
    if _has_any(s, _INVISIBLE_CHARS):
        s = s.translate(_INVISIBLE)
    return " ".join(s.split())


def fold(s: str) -> str:
    """``normalize`` then case-fold (``"HĐND Tỉnh"`` → ``"hđnd tỉnh"``)."""
    # casefold() can decompose (e.g. "ẞ" → "ss"); NFC again keeps Vietnamese letters precomposed.
    return unicodedata.normalize("NFC", normalize(s).casefold())


def strip_accents(s: str) -> str:
    """Remove diacritics, mapping ``đ`` → ``d`` (``"bầu cử"`` → ``"bau cu"``).

    Unlike sklearn's ``strip_accents_unicode`` this also maps Đ/đ, which do not decompose.
    Letters of other scripts and other symbols are kept.
    """
    if s.isascii():
        return s
    if _has_any(s, _LOOKALIKE_CHARS):
        s = s.translate(_LOOKALIKES)
    d = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    if _NOT_LATIN_NFD_RE.search(d) is None:
        # Fast path (C speed): only combining marks are non-ASCII, and ASCII-encoding drops them.
        return d.encode("ascii", "ignore").decode("ascii")
    return unicodedata.normalize("NFC", _COMBINING_RE.sub("", d)).translate(_STRIP_TABLE)


def _ascii_view(s: str) -> str:
    """Accent-stripped and ASCII-only: what is not Latin is dropped (the classifier's second view)."""
    if s.isascii():
        return s
    d = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return d.encode("ascii", "ignore").decode("ascii")


def fold_strip(s: str) -> str:
    """Case-folded and accent-stripped: the form both accented and unaccented writing share."""
    return strip_accents(fold(s))


def _joined_nfc(texts: list[str]) -> str:
    """The texts joined by newlines (their own newlines made spaces), NFC, look-alike letters fixed
    and invisible characters dropped: the start both batch paths share."""
    s = unicodedata.normalize("NFC", "\n".join([t.replace("\n", " ") if "\n" in t else t for t in texts]))
    if _has_any(s, _LOOKALIKE_CHARS):
        s = s.translate(_LOOKALIKES)
    if _has_any(s, _INVISIBLE_CHARS):
        s = s.translate(_INVISIBLE)
    return s


def fold_strip_batch(texts: list[str]) -> list[str]:
    """``fold_strip`` of each text, in a few whole-batch string operations (a fifth faster on
    a batch of news items than one call per text).

    Exact: the texts are joined by newlines (their own made spaces, which whitespace collapsing
    does anyway); no normalization, case folding or replacement joins characters across a newline
    or makes one; whitespace is collapsed per text where ``normalize`` does it (before accents
    are dropped, which can leave two spaces: "a \u0301 b"); NFD of the NFC form ``fold`` returns
    is NFD of the text before it; texts with characters outside Latin and its combining marks
    take ``strip_accents``' exact path one by one.
    """
    if not texts:
        return []
    s = _joined_nfc(texts)
    # Stored items (the collector collapses their whitespace) in Latin letters: case folded,
    # look-alikes fixed and accents dropped by table. Case folding keeps every whitespace character
    # and makes none (tested), so its lines are collapsed exactly when the text's are.
    folded = s.casefold()
    if _has_any(folded, _LOOKALIKE_CHARS):
        folded = folded.translate(_LOOKALIKES)
    stripped = _stripped_by_table(folded)
    if stripped is not None:
        out = stripped.split("\n")
        return out if len(out) == len(texts) else [fold_strip(t) for t in texts]
    if not _collapsed(s):
        s = "\n".join([" ".join(p.split()) for p in s.split("\n")])
    s = s.casefold()
    if _has_any(s, _LOOKALIKE_CHARS):
        s = s.translate(_LOOKALIKES)
    d = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    if _latin_nfd(d):
        out = d.encode("ascii", "ignore").decode("ascii").split("\n")
    else:
        out = [
            p.encode("ascii", "ignore").decode("ascii")
            if _NOT_LATIN_NFD_RE.search(p) is None
            else unicodedata.normalize("NFC", _COMBINING_RE.sub("", p)).translate(_STRIP_TABLE)
            for p in d.split("\n")
        ]
    if len(out) != len(texts):  # cannot happen (see above); never return misaligned rows
        return [fold_strip(t) for t in texts]
    return out


def fold_strip_aligned(s: str) -> str:
    """A case-folded, accent-stripped copy of ``s`` with exactly one character per character of ``s``.

    Index ``i`` of the result describes ``s[i]``, so a match found in the result is a span of
    the original text (for highlighting). Characters that would expand or vanish (combining
    marks, "ß") map to one character or a space.
    """
    if len(s) >= 64:
        units = np.frombuffer(s.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
        mapped = _aligned_of_unit()[units]
        if (mapped >= 0).all():  # (the rest: the translation below, which gives the same)
            return mapped.astype(np.uint16).tobytes().decode("utf-16-le")
    fast = s.translate(_LOOKALIKE_STRIP_TABLE).lower()
    if len(fast) == len(s) and (fast.isascii() or _COMBINING_RE.search(fast) is None):
        # Nothing expanded and no combining mark is left (emoji, other scripts stay as they are,
        # exactly as the per-character loop below leaves them).
        return fast
    out = []
    for ch in s:
        c = ch.translate(_LOOKALIKE_STRIP_TABLE).lower()
        if len(c) != 1:
            c = strip_accents(c)
            if len(c) != 1:
                c = c[:1] if c else " "
        if unicodedata.combining(c):
            c = " " if not out else "\u0000"  # a lone combining mark joins nothing
        out.append(c)
    return "".join(out)


def prepare(s: str) -> str:
    """The classifier's view: folded text with URLs and emoji replaced by tokens.

    Numbers, dates and percentages are kept ("30/5/2021" stays one token).
    """
    s = fold(s)
    if "http" in s or "www." in s:
        s = _URL_RE.sub(f" {URL_TOKEN} ", s)
    if not s.isascii():
        s = _EMOJI_RE.sub(f" {EMOJI_TOKEN} ", s)
    return " ".join(s.split())


def prepare_batch(texts: list[str]) -> list[str]:
    """``prepare`` of many texts in a few whole-batch string operations, for the classifier's
    batch path: each result has the same whitespace-separated pieces as ``prepare`` (its
    whitespace is not collapsed).

    The texts are joined by newlines (their own newlines made spaces): nothing ``prepare`` does
    joins characters across whitespace or creates a newline (NFC never composes with a
    newline, URLs end at whitespace, emoji runs contain none).
    """
    if not texts:
        return []
    s = unicodedata.normalize("NFC", _joined_nfc(texts).casefold())
    if "http" in s or "www." in s:
        s = _URL_RE.sub(f" {URL_TOKEN} ", s)
    if not s.isascii():
        # Every emoji run starts at a character ≥ U+2600: find the first one with numpy (a
        # regular-expression scan of the whole batch costs ten times more) and scan from there.
        wide = np.flatnonzero(np.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype=np.uint32) >= 0x2600)
        if len(wide):
            at = int(wide[0])
            s = s[:at] + _EMOJI_RE.sub(f" {EMOJI_TOKEN} ", s[at:])
    out = s.split("\n")
    if len(out) != len(texts):  # cannot happen (see above); never return misaligned rows
        return [prepare(t) for t in texts]
    return out


def _replace_tracked(
    pattern: re.Pattern, token: str, s: str, where: np.ndarray, start: int = 0
) -> tuple[str, np.ndarray]:
    """``" ".join(pattern.sub(f" {token} ", s).split())`` for collapsed ``s`` (no match before
    ``start``), and for each character of the result the ``where`` entry of the character it
    came from (a token's characters: its match's first character; an added space: the match's)."""
    out: list[str] = []
    pos: list[np.ndarray] = []
    prev, ends_in_space, pending = 0, True, False
    for m in pattern.finditer(s, start):
        seg = s[prev : m.start()]
        if seg:
            if pending and seg[0] != " ":
                out.append(" ")
                pos.append(where[prev - 1 : prev])
            out.append(seg)
            pos.append(where[prev : m.start()])
            ends_in_space = seg[-1] == " "
        lead = "" if ends_in_space else " "
        out.append(lead + token)
        pos.append(np.full(len(lead) + len(token), where[m.start()]))
        prev, ends_in_space, pending = m.end(), False, True
    if not out:
        return s, where
    seg = s[prev:]
    if seg:
        if seg[0] != " ":
            out.append(" ")
            pos.append(where[prev - 1 : prev])
        out.append(seg)
        pos.append(where[prev:])
    return "".join(out), np.concatenate(pos)


def replay_replacements(folded: str) -> tuple[str, np.ndarray]:
    """The URL and emoji replacements ``prepare`` makes to folded, whitespace-collapsed text.

    Returns the result (collapsed, as ``prepare`` returns it) and, for each of its characters,
    the position in ``folded`` it comes from, so offsets can be mapped back for highlighting.
    """
    where = np.arange(len(folded), dtype=np.int64)
    if "http" in folded or "www." in folded:
        folded, where = _replace_tracked(_URL_RE, URL_TOKEN, folded, where)
    if not folded.isascii():
        wide = np.flatnonzero(np.frombuffer(folded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32) >= 0x2600)
        if len(wide):  # emoji runs start at a character ≥ U+2600
            folded, where = _replace_tracked(_EMOJI_RE, EMOJI_TOKEN, folded, where, int(wide[0]))
    return folded, where


def prepare_stripped(s: str) -> str:
    """``prepare`` then ``strip_accents``: the accent-insensitive view."""
    return strip_accents(prepare(s))


def views(s: str) -> tuple[str, str]:
    """Both classifier views at once: ``(prepare(s), accent-stripped ASCII of it)``.

    The second view drops letters outside Latin (they still count in the first view).
    """
    p = prepare(s)
    return p, _ascii_view(p)


def tokenize(s: str) -> list[str]:
    """Syllable tokens of already prepared text; numbers and dates stay whole."""
    return _TOKEN_RE.findall(s)


# Punctuation that often sticks to a word ("cử," "(HĐND" "2021."): never part of a token.
_EDGE_PUNCT = ".,;:!?()[]{}\"'“”‘’«»…-–—/"


def chunk_spans(chunk: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Tokens of one whitespace-free piece of text with their spans, shifted by ``offset``."""
    core = chunk.strip(_EDGE_PUNCT)
    if core.isalpha():  # a word with punctuation around it: one token
        start = offset + chunk.index(core)
        return [(core, start, start + len(core))]
    return [(m.group(), offset + m.start(), offset + m.end()) for m in _TOKEN_RE.finditer(chunk)]


def token_spans(s: str) -> list[tuple[str, int, int]]:
    """Tokens of ``s`` (any text, not prepared) with their ``(start, end)`` character offsets."""
    out = []
    pos = 0
    find = s.find
    for chunk in s.split():
        pos = find(chunk, pos)  # the piece starts at the next non-space character
        if chunk.isalpha():
            out.append((chunk, pos, pos + len(chunk)))
        else:
            out.extend(chunk_spans(chunk, pos))
        pos += len(chunk)
    return out


# Negation scope. "Có thể ủy quyền cho người khác bầu thay" (a false claim) and "không được ủy
# quyền cho người khác bầu thay" (the rule) share every word n-gram but one; the narrative model
# tells them apart better when the words a negation governs are features of their own
# (bench/README.md, "Negation"). A word is in a negation's scope when it follows one of
# ``NEGATION_WORDS`` in the same clause. A clause ends after a piece of text that ends in
# ``_CLAUSE_END`` punctuation (closing quotes and brackets aside) and before a word of
# ``SCOPE_BREAK_WORDS`` ("nhưng", "mà": what follows is not negated).
NEGATION_WORDS = frozenset(
    "không chẳng chả chưa đừng chớ"  # Vietnamese
    " khong chang chua ko k kg kh hông hok hem"  # typed without accents, chat spellings
    " not no never nobody nothing without cannot"  # English
    " don't doesn't didn't isn't aren't wasn't weren't won't can't"
    " don’t doesn’t didn’t isn’t aren’t wasn’t weren’t won’t can’t".split()
)
SCOPE_BREAK_WORDS = frozenset({"nhưng", "nhung", "mà", "but"})
_CLAUSE_END = ".?!,;:…"
_CLOSERS = "\"'”’)»]}"
NEGATED_MARK = "¬"  # prefix of a word in a negation's scope, in the narrative model's negation view


def ends_clause(piece: str) -> bool:
    """Whether a whitespace-free piece of prepared text ends its clause ("quyền," "thay." "sai!")."""
    s = piece.rstrip(_CLOSERS)
    return bool(s) and s[-1] in _CLAUSE_END


def negation_scope(prepared: str) -> list[bool]:
    """For each token of ``tokenize(prepared)``: is it in a negation's scope (see above)?
    Negation words themselves are not."""
    out: list[bool] = []
    neg = False
    for piece in prepared.split():
        for tok in _TOKEN_RE.findall(piece):
            if tok in NEGATION_WORDS:
                neg = True
                out.append(False)
            elif tok in SCOPE_BREAK_WORDS:
                neg = False
                out.append(False)
            else:
                out.append(neg)
        if neg and ends_clause(piece):
            neg = False
    return out
