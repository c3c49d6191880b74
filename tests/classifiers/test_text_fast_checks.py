"""Character checks without a regex scan, and name masking's grouped alternation, give what the
code they replaced gave.

The references are that code, kept here verbatim: ``normalize``, ``strip_accents`` and the batch
fold with a regex search for look-alike letters, invisible characters and non-Latin characters,
every line rebuilt to collapse whitespace, and the name regex as one plain alternation of the
titles and family names.
"""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from classifiers import names as N
from classifiers import text as T
from tests.classifiers.test_fast_paths import _texts
from tests.classifiers.test_fold_batch import ODD

# The former character checks, kept here as the reference.
_LOOKALIKE_RE = re.compile("[\u00d0\u00f0\u0189]")
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def normalize_reference(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    if _LOOKALIKE_RE.search(s):
        s = s.translate(T._LOOKALIKES)
    if _INVISIBLE_RE.search(s):
        s = s.translate(T._INVISIBLE)
    return " ".join(s.split())


def strip_accents_reference(s: str) -> str:
    if s.isascii():
        return s
    if _LOOKALIKE_RE.search(s):
        s = s.translate(T._LOOKALIKES)
    d = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    if T._NOT_LATIN_NFD_RE.search(d) is None:
        return d.encode("ascii", "ignore").decode("ascii")
    return unicodedata.normalize("NFC", T._COMBINING_RE.sub("", d)).translate(T._STRIP_TABLE)


def fold_strip_reference(s: str) -> str:
    return strip_accents_reference(unicodedata.normalize("NFC", normalize_reference(s).casefold()))


def _collapse_lines(s: str) -> str:
    return "\n".join([" ".join(p.split()) for p in s.split("\n")])


VI_RE_PLAIN = re.compile(
    rf"(?<!\w)(?=[{re.escape(N._FIRST)}])(?:(?i:{N._VI_TITLES})\s+{N._CAP}(?:\s+{N._CAP}){{0,3}}"
    rf"|(?:{N._FAMILY})(?:\s+{N._CAP}){{1,3}})(?!\w)"
)


def _same_text_functions(texts) -> None:
    for t in texts:
        assert T.normalize(t) == normalize_reference(t), t
        assert T.strip_accents(t) == strip_accents_reference(t), t
        assert T.fold_strip(t) == fold_strip_reference(t), t
    assert T.fold_strip_batch(texts) == [fold_strip_reference(t) for t in texts]


def test_other_space_is_every_whitespace_split_knows():
    every = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(T._OTHER_SPACE) | {" ", "\n"} == every
    assert all(len(f"a{c}b".split()) == 2 for c in every)


def test_text_functions_match_the_regex_checks(seed_rows):
    texts = _texts(seed_rows)
    _same_text_functions(texts)
    _same_text_functions(ODD)
    # Latin text with look-alikes, invisible characters, other scripts and odd spaces mixed in.
    for extra in ("Ð", "ð", "Ɖ", "\u200b", "\u00ad", "\ufeff", "ß", "—", "選", "\u00a0", "  ", "\t", "\u1ab0"):
        _same_text_functions([t + extra + t for t in texts[:60]])


def test_every_character_in_text():
    chars = [chr(c) for c in range(sys.maxunicode + 1) if c < 0x3400 or 0xA000 <= c < 0xD800 or 0xF900 <= c < 0x10000]
    _same_text_functions([f"Bầu {c}x{c}\u0301 {c}{c} ẩ" for c in chars])


@hsettings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("aĐđêế ̣̀\u0301\n\t\u00a0\u200bÐß選 xy"), max_size=30), max_size=8))
def test_any_text(texts):
    _same_text_functions(texts)
    s = "\n".join(texts)
    assert T._collapsed(s) == (_collapse_lines(s) == s)
    d = unicodedata.normalize("NFD", s)
    for long in (d, d * (5000 // max(len(d), 1) + 1)):  # short ones take the regex, long ones numpy
        assert T._latin_nfd(long) == (T._NOT_LATIN_NFD_RE.search(long) is None)


def test_latin_check_on_long_text_with_any_character():
    base = unicodedata.normalize("NFD", "Bầu cử dại biểu Quốc hội, ngày 23/5! ") * 120  # đ is mapped before NFD
    assert len(base) > 4096 and T._latin_nfd(base)
    edges = [0x7F, 0x80, 0x2FF, 0x300, 0x36F, 0x370, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF]
    for c in list(range(0x400)) + edges + [0x10000, 0x1F525, 0x10FFFF]:
        for d in (base + chr(c), chr(c) + base, base[:2000] + chr(c) + base[2000:]):
            assert T._latin_nfd(d) == (T._NOT_LATIN_NFD_RE.search(d) is None), hex(c)


def test_table_strip_is_nfd_without_marks_for_every_character():
    vietnamese = unicodedata.normalize("NFC", "ầắẵẫậệễởợựỹđĐ ÀẢÃÁẠ ê ô ơ ư")
    assert T._stripped_by_table(vietnamese) == "aaaaaeeoouydD AAAAA e o o u"
    for c in [*range(0x10000), 0x10000, 0x1F525, 0x10FFFF]:  # beyond U+FFFF: surrogate pairs, never in the table
        if 0xD800 <= c < 0xE000:
            continue
        s = f"a{chr(c)}b\nx{chr(c)}"
        got = T._stripped_by_table(s)
        d = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
        if got is not None:
            assert T._NOT_LATIN_NFD_RE.search(d) is None and got == d.encode("ascii", "ignore").decode("ascii"), c
        elif (c < 0x80 and not chr(c).isspace()) or 0x300 <= c < 0x370:
            raise AssertionError(f"ASCII and combining marks are in the table: {c:#x}")
    # Whitespace passes only as single spaces between characters and newlines.
    for s in ("a b\nc d", "", "\n", "a\n\nb"):
        assert T._stripped_by_table(s) == s
    for s in ("a  b", " a", "a ", "a \nb", "a\n b", "a\tb", "a\rb", "a\x1cb", "a\u00a0b"):
        assert T._stripped_by_table(s) is None, repr(s)


def test_case_folding_keeps_whitespace_as_it_is():
    for c in map(chr, range(sys.maxunicode + 1)):
        f = c.casefold()
        assert f == c if c.isspace() else (f and not any(x.isspace() for x in f)), hex(ord(c))


@hsettings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_collapsed_check_on_anything(s):
    assert T._collapsed(s) == (_collapse_lines(s) == s)


def _name_texts(seed_rows) -> list[str]:
    titles = N._VI_TITLES.split("|") + [t.upper() for t in N._VI_TITLES.split("|")] + ["Bác Sĩ", "ỨNG CỬ VIÊN"]
    families = N._FAMILY.split("|")
    caps = ["Văn", "Thị", "An", "B", "Bình", "Sĩ", "Nguyễn", "Chí Minh", "lan", "Hoàng", "ĐỨC"]
    out = []
    for i, t in enumerate(titles + families):
        c = [caps[(i + k) % len(caps)] for k in range(5)]
        out += [f"{t} {' '.join(c[: 1 + i % 5])} nói", f"thành phố {t} {c[0]}", f"x{t} {c[0]}", f"{t}  {c[1]}"]
    return out + _texts(seed_rows) + [t for t, _ in seed_rows]


def test_name_regex_matches_the_plain_alternation(seed_rows):
    for t in _name_texts(seed_rows):
        assert [m.span() for m in N._VI_RE.finditer(t)] == [m.span() for m in VI_RE_PLAIN.finditer(t)], t


@hsettings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["bà", "bác", "bác sĩ", "Bác Sĩ", "ông", "ÔNG", "Hồ", "Ho", "Hoang", "Hoàng", "Chí", "Minh", "An", "B", "a"]
            + ["ứng cử viên", "Ứng viên", "phó chủ tịch", "chủ tịch", "Đỗ", "Do", "Doan", "tp.", "thành phố", ",", "x"]
        ),
        max_size=12,
    ),
    st.sampled_from([" ", "  ", "\n", ", "]),
)
def test_name_regex_on_anything(words, sep):
    t = sep.join(words)
    assert [m.span() for m in N._VI_RE.finditer(t)] == [m.span() for m in VI_RE_PLAIN.finditer(t)], t
