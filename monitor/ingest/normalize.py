"""Pure: a RawEntry from a feed or an import → an Item ready to store.

HTML becomes plain text (sanitized by nh3 first, so no markup survives in any form), Unicode is
NFC with the Vietnamese look-alikes fixed ("HÐND" → "HĐND"), control characters go, dates get a
time zone, and the language is decided. No I/O: `fetched_at` is passed in.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from email._parseaddr import _parsedate_tz
from zoneinfo import ZoneInfo

import nh3

from classifiers.text import strip_accents
from monitor.ingest import dedupe
from monitor.models import Item, RawEntry, Source

try:
    VN_TZ: dt.tzinfo = ZoneInfo("Asia/Ho_Chi_Minh")
except Exception:  # pragma: no cover - no tz database: Vietnam has kept +07:00 since 1975
    VN_TZ = dt.timezone(dt.timedelta(hours=7))

MAX_TITLE_CHARS = 1_000
MAX_TEXT_CHARS = 200_000
DERIVED_TITLE_CHARS = 120
FUTURE_SLACK = dt.timedelta(days=1)
EARLIEST = dt.datetime(1990, 1, 1, tzinfo=dt.UTC)

# Block-level tags become line breaks; everything else is dropped by nh3 (content kept,
# script/style content removed).
_BLOCK_TAGS = {
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "blockquote",
    "pre",
    "table",
    "section",
    "article",
    "figcaption",
    "dd",
    "dt",
    "hr",
}
# One sanitizer built once: nh3.clean() turns the tag set into a new Rust one on every call.
_CLEANER = nh3.Cleaner(tags=_BLOCK_TAGS, attributes={}, strip_comments=True)
_TAG_RE = re.compile(r"<[^>]*>")
_MARKUP_RE = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>")
_WEB_URL_RE = re.compile(r"^https?://", re.IGNORECASE)
# Look-alike letters (Ð, ð, Ɖ) for Vietnamese ones; looked for with ``in`` (a regex scan tested every
# character of every field).
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110"})
# C0/C1 controls except tab and newline, zero-width characters, soft hyphen, BOM, bidi controls.
_CONTROL_RE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffe\uffff]"
)
_SPACES_RE = re.compile(r"[ \t\r\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_NEWLINES_RE = re.compile(r"\s*\n\s*")
# Whitespace to str.split() (and \s) that _SPACES_RE leaves alone (besides the line break).
_SPLIT_ONLY_SPACES = ("\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\u2028", "\u2029")

# Letters only Vietnamese uses among Latin scripts (horn, breve, circumflex with tone, dot below).
_VI_LETTERS = frozenset(
    "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
)
_VI_LETTER_RE = re.compile("[" + "".join(sorted(_VI_LETTERS)) + "]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not _LETTER_RE.match(chr(c)))
# Very common Vietnamese syllables as typed without accents ("bau cu gian lan").
_VI_ASCII_WORDS = frozenset(
    "va cua cac nhung khong duoc nguoi bau cu la cho trong nay da se co mot nhu voi tai thi cung "
    "dan phieu viec cuoc ngay toan tinh huyen xa phuong dai bieu hoi dong nhan ung vien ket qua "
    "gian lan di bo lai roi ma khi nao ai chung toi ban minh ho den tu theo nam thang lam biet".split()
)
_EN_ASCII_WORDS = frozenset(
    "the and of to in is that for on with as are was be by this it from at or an not have will "
    "election vote voters polling results".split()
)


# --- text --------------------------------------------------------------------------------------


def clean_unicode(s: str) -> str:
    """NFC, look-alike letters fixed, control and invisible characters removed."""
    if not s.isascii():
        if not unicodedata.is_normalized("NFC", s):
            s = unicodedata.normalize("NFC", s)
        if "\u00d0" in s or "\u00f0" in s or "\u0189" in s:
            s = s.translate(_LOOKALIKES)
    return _CONTROL_RE.sub("", s)


def _single_spaced(s: str, lines: list[str]) -> bool:
    """Whether every line of ``s`` (``lines``: ``s`` split at its line breaks) is already its words
    joined by single spaces: no whitespace in a line but single spaces, none at either end of a
    line (every whitespace character but the space is non-printable). Then ``collapse`` need not
    split and join the words again, which was most of its time on accented text."""
    return (
        "  " not in s
        and " \n" not in s
        and "\n " not in s
        and s[:1] != " "
        and s[-1:] != " "
        and all(map(str.isprintable, lines))
    )


def collapse(s: str, keep_lines: bool = False) -> str:
    """Runs of whitespace → one space (and, with keep_lines, runs of line breaks → one)."""
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    if not keep_lines:
        return s if _single_spaced(s, [s]) else " ".join(s.split())
    if not any(c in s for c in _SPLIT_ONLY_SPACES):
        # Without those, str.split() on a line sees exactly the spaces _SPACES_RE does, and line by
        # line is what the two regexes below amount to (a third of the time: they test every char).
        lines = s.split("\n")
        if _single_spaced(s, lines):
            return "\n".join([line for line in lines if line])
        return "\n".join([line for line in (" ".join(part.split()) for part in lines) if line])
    s = _SPACES_RE.sub(" ", s)
    return _NEWLINES_RE.sub("\n", s).strip()


def html_to_text(value: str | None, keep_lines: bool = True) -> str:
    """HTML (or plain text) → clean plain text; never returns markup."""
    if not value:
        return ""
    s = value
    # Feeds often double-escape ("&lt;p&gt;"); unescaping reveals markup, which goes round again.
    for _ in range(3):
        if "<" not in s and "&" not in s:
            break
        s = _CLEANER.clean(s)
        s = _TAG_RE.sub("\n", s)
        s = html.unescape(s)
        if not _MARKUP_RE.search(s):
            break
    else:
        s = _MARKUP_RE.sub(" ", s)
    return collapse(clean_unicode(s), keep_lines=keep_lines)


def title_text(value: str | None) -> str:
    """A title on one line (feeds wrap titles in newlines and indentation)."""
    return html_to_text(value, keep_lines=False)[:MAX_TITLE_CHARS]


def search_text(title: str, text: str) -> str:
    """Case-folded, accent-stripped title + text: "bau cu" finds "Bầu cử"."""
    joined = f"{title}\n{text}"
    folded = joined.casefold()
    if unicodedata.is_normalized("NFC", joined) and unicodedata.is_normalized("NFC", folded):
        # Then NFC before or after case folding is the same string, and the content hash has
        # already stripped the accents of this one (cached).
        return dedupe.folded_text(title, text)
    return strip_accents(unicodedata.normalize("NFC", folded))


# --- dates -------------------------------------------------------------------------------------

_VN_DATE_RE = re.compile(
    r"^(?:(?P<h1>\d{1,2})[:h](?P<m1>\d{2})(?::\d{2})?\s*,?\s*)?"
    r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?"
    r"(?P<d>\d{1,2})[/.\-](?P<mo>\d{1,2})[/.\-](?P<y>\d{4})"
    r"(?:\s*,?\s*(?:-\s*)?(?P<h2>\d{1,2})[:h](?P<m2>\d{2})(?::(?P<s2>\d{2}))?)?"
    r"(?:\s*\(?(?:GMT|UTC)\s*(?P<tz>[+-]\d{1,2})\)?)?$",
    re.IGNORECASE,
)


def _aware(d: dt.datetime) -> dt.datetime:
    return (d.replace(tzinfo=VN_TZ) if d.tzinfo is None else d).astimezone(dt.UTC)


def _parse_date_string(s: str) -> dt.datetime | None:
    s = " ".join(s.split())
    if not s:
        return None
    # RFC 822 / 2822 ("Sun, 23 May 2021 07:00:00 +0700")
    # email.utils.parsedate_tz reports a missing zone as UTC; the private twin says None, and a
    # feed without a zone here means Vietnam time.
    tup = _parsedate_tz(s)
    if tup is not None and tup[0] > 0:
        try:
            naive = dt.datetime(*tup[:6])
        except ValueError:
            naive = None
        if naive is not None:
            if tup[9] is None:
                return _aware(naive)
            return (naive - dt.timedelta(seconds=tup[9])).replace(tzinfo=dt.UTC)
    # ISO 8601 / W3C-DTF ("2021-05-23T07:00:00+07:00", "2021-05-23 07:00", "2021-05-23Z")
    iso = s.replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} \d", s) else s
    try:
        return _aware(dt.datetime.fromisoformat(iso))
    except ValueError:
        pass
    # Vietnamese sites: "23/05/2021 07:00", "07:00 23/05/2021", "Chủ nhật, 23/5/2021 - 07:00 (GMT+7)"
    m = _VN_DATE_RE.match(s)
    if m:
        hour = m.group("h1") or m.group("h2") or "0"
        minute = m.group("m1") or m.group("m2") or "0"
        try:
            naive = dt.datetime(
                int(m.group("y")),
                int(m.group("mo")),
                int(m.group("d")),
                int(hour),
                int(minute),
                int(m.group("s2") or 0),
            )
        except ValueError:
            return None
        if m.group("tz"):
            return (naive - dt.timedelta(hours=int(m.group("tz")))).replace(tzinfo=dt.UTC)
        return _aware(naive)
    # Last resort: feedparser's many date parsers (they assume UTC when no zone is given).
    try:
        from feedparser.datetimes import _parse_date

        tt = _parse_date(s)
    except Exception:
        tt = None
    if tt:
        try:
            return dt.datetime(*tt[:6], tzinfo=dt.UTC)
        except ValueError:
            return None
    return None


def parse_date(value: str | dt.datetime | None, fetched_at: dt.datetime) -> dt.datetime | None:
    """An aware UTC datetime, or None. Naive times are Vietnam time; dates more than a day
    after `fetched_at` are clamped to it (sites publish "tomorrow" by time-zone mistakes)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        d = _aware(value)
    elif isinstance(value, dt.date):
        d = _aware(dt.datetime(value.year, value.month, value.day))
    else:
        try:
            d = _parse_date_string(str(value))
        except (ValueError, OverflowError):
            d = None
    if d is None or d < EARLIEST:
        return None
    fetched = _aware(fetched_at)
    if d > fetched + FUTURE_SLACK:
        return fetched
    return d


# --- language ----------------------------------------------------------------------------------

_langid = None


def _langid_classify(text: str) -> str:
    global _langid
    if _langid is None:
        from py3langid.langid import _load_identifier

        # Our own identifier: py3langid's global one may be narrowed by other callers.
        _langid = _load_identifier(langs=["vi", "en", "fr", "de", "es", "zh", "ja", "ko", "ru", "th", "km", "lo", "id"])
    return _langid.classify(text)[0]


def detect_language(text: str, hint: str | None = None) -> str:
    """'vi' or 'en' (another ISO code when clearly something else).

    Vietnamese diacritics decide most cases cheaply; unaccented social posts are caught by
    common syllables; py3langid settles the rest.
    """
    sample = text[:800]
    if sample.isascii():  # no Vietnamese letters, and the letters are a-z, A-Z
        letters, vi = len(sample.encode("ascii").translate(None, _ASCII_NON_LETTERS)), 0
    else:
        # Counting letters with the regex costs more than all the rest. Every non-ASCII character
        # counted as a letter gives an upper bound, so a share above 3 % of it is above 3 % of
        # the true count too: accented text is decided after a few dozen Vietnamese letters.
        ascii_part = sample.encode("ascii", "ignore")
        most_letters = len(ascii_part.translate(None, _ASCII_NON_LETTERS)) + len(sample) - len(ascii_part)
        vi = 0
        for _ in _VI_LETTER_RE.finditer(sample):
            vi += 1  # never more than most_letters: Vietnamese letters are non-ASCII letters
            if vi / most_letters > 0.03:
                return "vi"
        letters = len(_LETTER_RE.findall(sample))
    if letters == 0:
        return _hint_lang(hint) or "vi"
    if vi / letters > 0.03:
        return "vi"
    words = re.findall(r"[a-z]+", sample.casefold())
    if words:
        vi_words = sum(1 for w in words if w in _VI_ASCII_WORDS)
        en_words = sum(1 for w in words if w in _EN_ASCII_WORDS)
        if vi_words >= 2 and vi_words > 2 * en_words:
            return "vi"
        if en_words >= 2 and en_words > 2 * vi_words and vi == 0:
            return "en"
    if letters < 20 and _hint_lang(hint):
        return _hint_lang(hint)
    return _langid_classify(sample)


def _hint_lang(hint: str | None) -> str | None:
    if not hint:
        return None
    code = hint.strip().lower().replace("_", "-").split("-")[0]
    return code if code in ("vi", "en") else None


# --- the whole entry ---------------------------------------------------------------------------


def _web_url(url: str | None) -> str | None:
    if not url:
        return None
    url = clean_unicode(url).strip()
    return url if _WEB_URL_RE.match(url) else None


def _derive_title(text: str) -> str:
    first = text.split("\n", 1)[0]
    if len(first) <= DERIVED_TITLE_CHARS:
        return first
    cut = first[:DERIVED_TITLE_CHARS].rsplit(" ", 1)[0] or first[:DERIVED_TITLE_CHARS]
    return cut + "…"


def normalize_entry(entry: RawEntry, source: Source, fetched_at: dt.datetime) -> Item | None:
    """RawEntry → Item; None when the entry has no text at all."""
    title = title_text(entry.title)
    text = html_to_text(entry.content) if entry.content else ""
    summary = html_to_text(entry.summary) if entry.summary else ""
    if len(summary) > len(text):  # some feeds put a teaser in content and the body in summary
        text = summary
    text = text[:MAX_TEXT_CHARS]
    if not title and not text:
        return None
    if title and text == title:
        text = ""
    if not title:
        title = _derive_title(text)
    url = _web_url(entry.link)
    canonical = dedupe.canonical_url(url)
    guid = clean_unicode(entry.guid).strip() if entry.guid else None
    chash = dedupe.content_hash(title, text)
    if source.lang in ("vi", "en"):
        lang = source.lang
    else:
        lang = detect_language(f"{title}\n{text}", entry.lang_hint)
    return Item(
        source_id=source.id if source.id is not None else 0,
        title=title,
        text=text,
        url=url,
        canonical_url=canonical,
        guid=guid or None,
        lang=lang,
        published_at=parse_date(entry.published, fetched_at),
        fetched_at=_aware(fetched_at),
        content_hash=chash,
        dedupe_key=dedupe.dedupe_key(guid, canonical, chash),
        search_text=search_text(title, text),
    )
