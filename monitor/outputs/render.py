"""Safe rendering of feed content: Markdown escaping, evidence highlighting (accent- and
case-insensitive, whole words), and links that are only ever plain http(s). Every piece of feed
text goes through html.escape; nothing here depends on Streamlit."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import urlsplit

from classifiers.text import fold_strip_aligned

MAX_SHOWN_CHARS = 20_000
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^&])")


# GFM turns a bare URL, a www.-name or an e-mail address into a link even when every Markdown
# character is escaped; an invisible word joiner inside "://", "www." and "@" stops that.
_AUTOLINK = re.compile(r"(?i)(://|\bwww\.|@)")
_JOINER = "\u2060"


def md_escape(text: str | None) -> str:
    """Text that Markdown shows literally (no links, autolinks, emphasis, HTML or Streamlit
    directives): for feed text in labels, captions and messages."""
    text = unicodedata.normalize("NFC", text or "")
    text = _AUTOLINK.sub(
        lambda m: m.group(0)[:-1] + _JOINER + m.group(0)[-1] if m.group(0) != "@" else "@" + _JOINER, text
    )
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


def heading_html(text: str | None, level: int = 3) -> str:
    """A heading for feed text (an item's title) as escaped HTML for st.html. Not Markdown: GFM
    turns a bare URL, www.-name or e-mail address into a link even when every Markdown character
    is escaped, and only the item's own checked link may be clickable."""
    text = unicodedata.normalize("NFC", text or "")
    return f'<h{level} class="item-title" style="margin:0.25rem 0">{html.escape(text)}</h{level}>'


def _same_length_lower(text: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def evidence_spans(text: str, terms: Iterable[str], exact: bool = False) -> list[tuple[int, int]]:
    """Where the terms occur in ``text``, case-insensitively and (unless ``exact``) accent-
    insensitively, whole words only, merged."""
    fold = _same_length_lower if exact else fold_strip_aligned
    folded = fold(unicodedata.normalize("NFC", text)) if exact else fold(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle = fold(unicodedata.normalize("NFC", " ".join((term or "").split())))
        if len(needle.strip()) < 2:
            continue
        for m in re.finditer(re.escape(needle), folded):
            a, b = m.start(), m.end()
            # whole words only: "bau" must not light up inside "bauxit"
            if (a > 0 and folded[a - 1].isalnum()) or (b < len(folded) and folded[b].isalnum()):
                continue
            spans.append((a, b))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def highlight_html(text: str, terms: Iterable[str], search: Iterable[str] = (), exact: bool = False) -> str:
    """HTML of ``text`` with evidence in <mark class="evidence"> and the searched words in
    <mark class="search">; every piece of the text goes through html.escape."""
    text = unicodedata.normalize("NFC", text or "")
    found = evidence_spans(text, search, exact=exact)
    marks = []
    for a, b in evidence_spans(text, terms):  # evidence holding a searched word is marked as both
        marks.append((a, b, "evidence search" if any(a < y and x < b for x, y in found) else "evidence"))
    for a, b in found:
        if not any(a < y and x < b for x, y, _ in marks):
            marks.append((a, b, "search"))
    out, pos = [], 0
    for a, b, kind in sorted(marks):
        out.append(html.escape(text[pos:a]))
        out.append(f'<mark class="{kind}">' + html.escape(text[a:b]) + "</mark>")
        pos = b
    out.append(html.escape(text[pos:]))
    return "".join(out)


def search_words(query: str | None) -> list[str]:
    """The words of a search, as the item text highlights them."""
    return [w for w in (query or "").split() if len(w) >= 2]


def evidence_block(
    title: str | None, text: str | None, terms: Iterable[str], search: Iterable[str] = (), exact: bool = False
) -> str:
    """The item's title and text as HTML for st.html, evidence and searched words marked, content escaped."""
    terms, search = list(terms), list(search)
    body = (text or "")[:MAX_SHOWN_CHARS]
    mark_css = "background:#ffe08a;color:inherit;padding:0 2px;border-radius:3px"
    search_css = "background:#b9e3ff;color:inherit;padding:0 2px;border-radius:3px;outline:1px solid #5aa9e6"
    return (
        (
            '<div class="item-text" style="line-height:1.6;border:1px solid #ddd;border-radius:6px;padding:0.75rem">'
            f'<div style="font-weight:600;margin-bottom:0.5rem">{highlight_html(title or "", terms, search, exact)}</div>'
            f'<div style="white-space:pre-wrap">{highlight_html(body, terms, search, exact)}</div></div>'
        )
        .replace('<mark class="evidence">', f'<mark class="evidence" style="{mark_css}">')
        .replace('<mark class="search">', f'<mark class="search" style="{search_css}">')
        .replace(
            '<mark class="evidence search">',
            f'<mark class="evidence search" style="{mark_css};outline:1px solid #5aa9e6">',
        )
    )


def safe_link(url: str | None) -> str | None:
    """The URL when it is plain http(s), else None (javascript:, data:, file: are never links)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(c in url for c in "\r\n\t "):
        return url.strip()
    return None
