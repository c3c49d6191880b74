"""Which evidence terms may be shown to officers and printed in handouts. Pure.

Evidence names content, never people: a term goes when it is (or holds) a person's name or a
fragment of one, an honorific ("ông", "bà"), a piece of the item's address ("example", "www")
or only function words. The classifier is meant to keep names out of its features; this is the
last check before a term reaches a screen or a page. When a term cannot be shown, fewer are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from classifiers.text import fold, strip_accents

# Forms of address that come before a person's name (and the unaccented spellings that are
# not also common words: "chi", "ba", "co" are "spend", "three", "shrink" too).
HONORIFICS = frozenset("ông bà anh chị cô chú bác cậu mợ dì thím cụ ngài thầy em".split()) | {
    "đồng chí",
    "ong",
    "ngai",
    "dong chi",
}

# The commonest Vietnamese family names (together about nine people in ten). Most are words
# too ("vi phạm", "ngày mai", "Hà Nội"), so they mark a name only at the head of a capitalized
# run in the item's text; the few that are nothing but names are never shown.
SURNAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý trương đinh lâm mai "
    "đoàn trịnh cao lưu tạ hà".split()
)
ONLY_NAMES = frozenset({"nguyễn", "huỳnh", "nguyen", "huynh"})

# Words that carry no content of their own (accented and as typed without accents).
FUNCTION_WORDS = frozenset(
    """và với của là các những cái được bị cho này đó kia thì mà để từ trong ngoài khi đã sẽ đang
    rằng nên vì nhưng hoặc hay tại theo về lại ra vào lên xuống cũng rất đều một mỗi mọi nào ấy
    thế như nếu còn chỉ có ở do bởi qua nhé ạ à ơi the a an of to in on at for and or is are was
    be by with from that this it va voi cua la cac nhung cai duoc bi cho nay do kia thi ma de tu
    trong ngoai khi da se dang rang nen vi nhung hoac hay tai theo ve lai ra vao len xuong cung rat
    deu mot moi nao ay the nhu neu con chi co o boi qua""".split()
)

# Pieces of web addresses that say nothing about the content.
URL_WORDS = frozenset("http https www com vn org net gov edu html htm php aspx amp utm example".split())

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(s: str) -> list[str]:
    return _WORD.findall(fold(s or ""))


def name_words(text: str) -> set[str]:
    """The folded words of the person names in ``text``: runs of capitalized words that start
    with a common family name or follow an honorific ("ông Hùng", "Nguyễn Văn Minh")."""
    found: set[str] = set()
    tokens = re.findall(r"\w+", text or "", re.UNICODE)
    i = 0
    while i < len(tokens):
        low = fold(tokens[i])
        after_honorific = low in HONORIFICS and i + 1 < len(tokens) and tokens[i + 1][:1].isupper()
        starts_name = (
            tokens[i][:1].isupper() and low in SURNAMES and i + 1 < len(tokens) and tokens[i + 1][:1].isupper()
        )
        if after_honorific or starts_name:
            j = i + 1 if after_honorific else i
            while j < len(tokens) and tokens[j][:1].isupper() and not tokens[j].isupper():
                found.add(fold(tokens[j]))
                j += 1
            i = max(j, i + 1)
        else:
            i += 1
    return found


def url_words(url: str | None) -> set[str]:
    """The folded words of an address's host and path."""
    if not url:
        return set()
    parts = urlsplit(url)
    return set(_words(f"{parts.netloc} {parts.path}"))


def _matches(word: str, banned: set[str]) -> bool:
    # a term written without accents ("nguyen") matches the accented name ("nguyễn") too
    return word in banned or (word.isascii() and word in {strip_accents(b) for b in banned})


def allowed(term: str, names: set[str], address: set[str]) -> bool:
    """Whether one evidence term may be shown (see the module docstring)."""
    words = _words(term)
    if not words or all(len(w) < 2 for w in words):
        return False
    if all(w in FUNCTION_WORDS for w in words):
        return False
    phrase = " ".join(words)
    if phrase in HONORIFICS:
        return False
    return not any(
        w in HONORIFICS or w in URL_WORDS or w in ONLY_NAMES or _matches(w, names) or _matches(w, address)
        for w in words
    )


def shown_evidence(
    evidence: Iterable[dict] | None, title: str | None = None, text: str | None = None, url: str | None = None
) -> list[dict]:
    """The evidence entries of an item that may be shown, in their order."""
    names = name_words(f"{title or ''}\n{text or ''}")
    address = url_words(url)
    return [e for e in (evidence or []) if e.get("term") and allowed(str(e["term"]), names, address)]
