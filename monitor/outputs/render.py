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


def md_escape(text: str | None) -> str:
    """Text that Markdown shows literally (no links, emphasis, HTML or Streamlit directives)."""
    text = unicodedata.normalize("NFC", text or "")
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


def evidence_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Where the evidence terms occur in ``text``, accent- and case-insensitively, merged."""
    folded = fold_strip_aligned(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle = fold_strip_aligned(" ".join((term or "").split()))
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


def highlight_html(text: str, terms: Iterable[str]) -> str:
    """HTML of ``text`` with evidence in <mark>; every piece of the text goes through html.escape."""
    text = unicodedata.normalize("NFC", text or "")
    out, pos = [], 0
    for a, b in evidence_spans(text, terms):
        out.append(html.escape(text[pos:a]))
        out.append('<mark class="evidence">' + html.escape(text[a:b]) + "</mark>")
        pos = b
    out.append(html.escape(text[pos:]))
    return "".join(out)


def evidence_block(title: str | None, text: str | None, terms: Iterable[str]) -> str:
    """The item's title and text as HTML for st.html, evidence marked, content escaped."""
    terms = list(terms)
    body = (text or "")[:MAX_SHOWN_CHARS]
    mark_css = "background:#ffe08a;color:inherit;padding:0 2px;border-radius:3px"
    return (
        '<div class="item-text" style="line-height:1.6;border:1px solid #ddd;border-radius:6px;padding:0.75rem">'
        f'<div style="font-weight:600;margin-bottom:0.5rem">{highlight_html(title or "", terms)}</div>'
        f'<div style="white-space:pre-wrap">{highlight_html(body, terms)}</div></div>'
    ).replace('<mark class="evidence">', f'<mark class="evidence" style="{mark_css}">')


def safe_link(url: str | None) -> str | None:
    """The URL when it is plain http(s), else None (javascript:, data:, file: are never links)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(c in url for c in "\r\n\t "):
        return url.strip()
    return None
