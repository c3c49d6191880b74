"""Deterministic offline demo: RSS/Atom feeds and a social-post export for 2021-03-20 .. 2021-06-10.

``regenerate(out_dir)`` writes the files listed in ``DEMO_FEEDS`` and ``DEMO_SOCIAL``. The story
the demo tells: ordinary election news that grows toward election day (Sunday 23/5/2021), a few
slow-burning distortions, a sharp ``procedure_false`` spike ("the election is postponed to 30/5")
on 15–18 May copied across channels with small variations, an official rebuttal about a day and
a half after the spike starts, and fabricated "results" after election day until the National
Election Council's announcement on 10/6/2021.

Everything comes from templates in this file (separate from data/labels/build_seed.py) and a
fixed seed; no clock is read, so a rerun is byte-identical. Run ``python -m monitor.demo.demo_data [OUT_DIR]``.
Places, provinces and candidates are fictional; links use reserved ``.example`` domains.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from classifiers.text import strip_accents
from monitor.config import PROJECT_ROOT
from monitor.demo.demo_phrases import (
    DIST,
    NEWS_DIST_TITLE,
    NEWS_EN,
    NEWS_EN_AFTER,
    NEWS_VI,
    NEWS_VI_AFTER,
    NEWS_VI_ELECTION_DAY,
    NEWS_VI_REBUTTAL,
    OFFICIAL,
    OFFICIAL_REBUTTAL,
    OFFICIAL_RESULTS,
    RUMOUR_NEWS,
    RUMOUR_POSTS,
    SOCIAL_NONE,
    SOCIAL_REBUTTAL_SHARE,
    SOCIAL_TAILS,
    SPIKE_BASE,
    SPIKE_EMOJI,
    SPIKE_SWAPS,
    P,
)

DEMO_FEEDS: list[dict] = [
    {"name": "Cổng thông tin bầu cử tỉnh (demo)", "file": "official_portal.xml", "kind": "official", "lang": "vi"},
    {"name": "Báo Tin Tức Demo", "file": "tintuc_demo.xml", "kind": "news", "lang": "vi"},
    {"name": "Thời Sự Tỉnh Demo", "file": "thoisu_demo.xml", "kind": "news", "lang": "vi"},
    {"name": "Đời Sống 24h Demo", "file": "doisong24h_atom.xml", "kind": "news", "lang": "vi"},
    {"name": "Tin Nhanh Cộng Đồng Demo", "file": "tinnhanh_demo.xml", "kind": "news", "lang": "vi"},
    {"name": "Vietnam Daily Demo", "file": "vndaily_demo.xml", "kind": "news", "lang": "en"},
]
DEMO_SOCIAL: dict = {"name": "Bài đăng mạng xã hội (demo)", "file": "social_posts.csv", "kind": "social", "lang": "vi"}
DEMO_SOCIAL_JSONL = "social_posts.jsonl"

SEED = 515
START = dt.date(2021, 3, 20)
END = dt.date(2021, 6, 10)
ELECTION = dt.date(2021, 5, 23)
TZ = dt.timezone(dt.timedelta(hours=7))
# The rumour spike and the official answer (the answer lags the first post by ~37 hours).
SPIKE_START = dt.datetime(2021, 5, 15, 6, 40, tzinfo=TZ)
SPIKE_END = dt.datetime(2021, 5, 18, 22, 0, tzinfo=TZ)
REBUTTAL_AT = dt.datetime(2021, 5, 16, 19, 30, tzinfo=TZ)
# The emerging rumour (no narrative names it): posts from Saturday evening 8 May, news from the 9th.
RUMOUR_START = dt.datetime(2021, 5, 8, 20, 30, tzinfo=TZ)
# Per day from the start: (posts, items on Tin Nhanh, on Đời Sống 24h, on Thời Sự).
RUMOUR_DAYS = [(2, 0, 0, 0), (7, 2, 0, 0), (10, 2, 1, 0), (8, 0, 1, 1), (4, 0, 0, 0)]


@dataclass(frozen=True)
class Site:
    file: str
    name: str
    domain: str
    fmt: str  # rss | atom
    lang: str
    per_day: float  # mean items on an ordinary weekday
    distortion_share: float  # share of items carrying a distortion (before the spike)
    guid_style: str  # link | tag


SITES = {
    "official_portal.xml": Site(
        "official_portal.xml",
        "Cổng thông tin bầu cử tỉnh (demo)",
        "baucu-tinh-demo.example.vn",
        "rss",
        "vi",
        1.2,
        0.0,
        "link",
    ),
    "tintuc_demo.xml": Site(
        "tintuc_demo.xml", "Báo Tin Tức Demo", "tintuc-demo.example.vn", "rss", "vi", 4.0, 0.0, "link"
    ),
    "thoisu_demo.xml": Site(
        "thoisu_demo.xml", "Thời Sự Tỉnh Demo", "thoisu-demo.example.vn", "rss", "vi", 3.2, 0.0, "tag"
    ),
    "doisong24h_atom.xml": Site(
        "doisong24h_atom.xml", "Đời Sống 24h Demo", "doisong24h-demo.example.vn", "atom", "vi", 3.0, 0.1, "tag"
    ),
    "tinnhanh_demo.xml": Site(
        "tinnhanh_demo.xml", "Tin Nhanh Cộng Đồng Demo", "tinnhanh-demo.example.vn", "rss", "vi", 2.6, 0.35, "link"
    ),
    "vndaily_demo.xml": Site(
        "vndaily_demo.xml", "Vietnam Daily Demo", "vndaily-demo.example.com", "rss", "en", 1.5, 0.0, "link"
    ),
}
SOCIAL_PER_DAY = 9.0
SOCIAL_DISTORTION_SHARE = 0.2
CHANNELS = [
    "Nhóm Cư dân Phường Hòa An",
    "Hội Những Người Yêu Bình Giang",
    "Trang Tin Nóng 24h Demo",
    "Group Chợ Tân Lộc",
    "Cộng đồng Sinh viên Nam Sơn",
    "Nhóm Phụ huynh Trường Tiểu học Demo",
    "Hội Xe Ôm Công Nghệ Phú Điền",
    "Fanpage Góc Nhìn Cư Dân",
    "Nhóm Mua Bán Thuận Hòa",
    "Cộng đồng Đông Hải 24/7",
]


def _fill(text: str, rng: random.Random, chosen: dict[str, str] | None = None) -> str:
    """`text` with each {slot} filled from the phrase lists; slots already in `chosen` keep their
    value there (a title and its body name the same place and candidate), new ones are added."""
    chosen = {} if chosen is None else chosen

    def value(m: re.Match) -> str:
        if m.group(1) not in chosen:
            chosen[m.group(1)] = rng.choice(P[m.group(1)])
        return chosen[m.group(1)]

    return re.sub(r"\{(\w+)\}", value, text)


def _fill_story(title: str, body: str, rng: random.Random) -> tuple[str, str]:
    """A news item's title and body, their shared slots filled alike."""
    chosen: dict[str, str] = {}
    return _fill(title, rng, chosen), _fill(body, rng, chosen)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(text).lower()).strip("-")[:70]


def _intensity(day: dt.date) -> float:
    """Election news volume: builds toward election day, decays after it, weekends quieter."""
    if day <= ELECTION:
        level = 0.6 + 1.0 * max(0.0, 1 - (ELECTION - day).days / 64)
    else:
        level = 0.7 + 0.9 * math.exp(-(day - ELECTION).days / 6)
    if day == ELECTION:
        level *= 1.8
    if day.weekday() >= 5:
        level *= 0.6
    return level


_HOUR_WEIGHTS = [1, 0.5, 0.3, 0.2, 0.3, 0.8, 2, 4, 6, 7, 7, 6, 5, 5, 6, 6, 6, 5, 4, 4, 4, 3, 2, 1.5]


def _when(day: dt.date, rng: random.Random) -> dt.datetime:
    hour = rng.choices(range(24), weights=_HOUR_WEIGHTS)[0]
    return dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(0, 60, 15), tzinfo=TZ)


def _count(mean: float, rng: random.Random) -> int:
    whole = int(mean)
    return whole + (1 if rng.random() < mean - whole else 0) + rng.choice([-1, 0, 0, 1]) * (whole > 2)


def _narrative_weights(day: dt.date) -> dict[str, float]:
    """Which distortion is in the air on a given day."""

    def between(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return dt.date(2021, *a) <= day <= dt.date(2021, *b)

    return {
        "procedure_false": 1.0,
        "candidate_fabrication": 2.0 if between((4, 20), (5, 22)) else 0.3,
        "impersonation": 2.0 if between((5, 1), (5, 22)) else 0.4,
        "participation_deterrence": 1.5 if between((5, 5), (5, 23)) else 0.3,
        "fraud_claim": 2.0 if between((5, 22), (6, 10)) else 0.4,
        "fabricated_results": 3.0 if between((5, 23), (6, 9)) else 0.05,
    }


def _pick_narrative(day: dt.date, rng: random.Random) -> str:
    w = _narrative_weights(day)
    keys = sorted(w)
    return rng.choices(keys, weights=[w[k] for k in keys])[0]


def _messy_title(title: str, rng: random.Random) -> str:
    """What real feeds do to titles: stray newlines and spaces, Ð (U+00D0) written for Đ."""
    r = rng.random()
    if r < 0.04:
        title = "\n   " + title.replace(" ", "\n  ", 1) + "  "
    elif r < 0.07:
        title = title.replace("Đ", "\u00d0")
    return title


def _social_variant(text: str, rng: random.Random) -> str:
    """Small changes a copied post picks up: an emoji, a swapped word, punctuation, no accents."""
    if rng.random() < 0.5:
        text = f"{rng.choice(SPIKE_EMOJI)} {text}"
    for old, new in SPIKE_SWAPS:
        if rng.random() < 0.3:
            text = text.replace(old, new)
    if rng.random() < 0.3:
        text = text.rstrip("!") + "!!!"
    if rng.random() < 0.15:
        text = strip_accents(text)
    if rng.random() < 0.2:
        text = text.replace(", ", ",  ")
    return text


class _Entries:
    """The demo entries being built: one random stream and one serial number shared by every entry."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.out: dict[str, list[dict]] = {f["file"]: [] for f in DEMO_FEEDS}
        self.out["social"] = []
        self.serial = 0

    def news(self, site: Site, when: dt.datetime, title: str, body: str, narrative: str) -> None:
        self.serial += 1
        serial, rng = self.serial, self.rng
        section = "bau-cu" if site.lang == "vi" else "politics"
        slug = _slug(title) or "bai-viet"
        link = f"https://{site.domain}/{section}/{slug}-{when:%Y%m%d}{serial:05d}.html"
        guid = link if site.guid_style == "link" else f"tag:{site.domain},2021:{serial:05d}"
        if site.file != "official_portal.xml" and narrative == "none":
            # a dated lead, as news copy has; it also keeps repeated templates from being identical
            lead = f"{when.day}/{when.month} – " if site.lang == "vi" else f"{when:%B} {when.day} – "
            body = lead + body
        para = body if rng.random() < 0.5 else f"<p>{body}</p>"
        if rng.random() < 0.2:
            para += f"<p>{escape(site.name)} – {when:%d/%m/%Y}</p>"
        self.out[site.file].append(
            {
                "title": _messy_title(title, rng),
                "link": link,
                "guid": guid,
                "published": when,
                "description": para,
                "narrative": narrative,
            }
        )

    def post(self, when: dt.datetime, text: str, narrative: str, channel: str | None = None) -> None:
        self.serial += 1
        channel = channel or self.rng.choice(CHANNELS)
        url = f"https://social-demo.example/{_slug(channel)}/posts/{self.serial:06d}"
        entry = {"text": text, "url": url, "published": when, "channel": channel, "narrative": narrative}
        self.out["social"].append(entry)


def _news_pool(site: Site, day: dt.date) -> list:
    """The ordinary (non-distorting) stories a site may run that day."""
    if site.lang == "en":
        return NEWS_EN_AFTER + NEWS_EN if day > ELECTION else NEWS_EN
    if day == ELECTION:
        return NEWS_VI_ELECTION_DAY
    if day > ELECTION:
        return NEWS_VI_AFTER + NEWS_VI
    return NEWS_VI


def _news_day(e: _Entries, day: dt.date, level: float) -> None:
    rng = e.rng
    for site in SITES.values():
        if site.file == "official_portal.xml":
            continue
        for _ in range(max(0, _count(site.per_day * level, rng))):
            when = _when(day, rng)
            if site.distortion_share and rng.random() < site.distortion_share:
                narrative = _pick_narrative(day, rng)
                k = rng.randrange(len(DIST[narrative]))  # the claim, and the headline that goes with it
                title, body = _fill_story(NEWS_DIST_TITLE[narrative][k], DIST[narrative][k], rng)
                e.news(site, when, title, body, narrative)
                continue
            title, body = rng.choice(_news_pool(site, day))
            e.news(site, when, *_fill_story(title, body, rng), "none")
    # the official portal publishes approved messaging on weekdays, more near the election
    if day.weekday() < 5 or day >= ELECTION - dt.timedelta(days=7):
        for _ in range(_count(1.2 * level, rng)):
            title, body = rng.choice(OFFICIAL)
            e.news(SITES["official_portal.xml"], _when(day, rng), title, body, "none")


def _social_day(e: _Entries, day: dt.date, level: float) -> None:
    rng = e.rng
    for _ in range(max(0, _count(SOCIAL_PER_DAY * level, rng))):
        when = _when(day, rng)
        if rng.random() < SOCIAL_DISTORTION_SHARE:
            narrative = _pick_narrative(day, rng)
            text = _fill(rng.choice(DIST[narrative]), rng)
            if rng.random() < 0.3:
                text = strip_accents(text)
            e.post(when, text, narrative)
        else:
            text = _fill(rng.choice(SOCIAL_NONE), rng)
            if rng.random() < 0.4:
                text += rng.choice(SOCIAL_TAILS)
            e.post(when, text, "none")


def _spike(e: _Entries) -> None:
    """The postponement rumour, copied with small variations, peaking on the 16th."""
    rng = e.rng
    spike_hours = (SPIKE_END - SPIKE_START).total_seconds() / 3600
    for i in range(70):
        offset = spike_hours * (rng.betavariate(2.0, 3.5))
        when = SPIKE_START + dt.timedelta(hours=offset, minutes=rng.randrange(60))
        when = when.replace(second=0)
        e.post(when, _social_variant(SPIKE_BASE, rng), "procedure_false", CHANNELS[i % len(CHANNELS)])
    for site_file, n in (("tinnhanh_demo.xml", 6), ("doisong24h_atom.xml", 3)):
        for _ in range(n):
            when = SPIKE_START + dt.timedelta(hours=rng.uniform(2, 40))
            e.news(
                SITES[site_file],
                when.replace(second=0, microsecond=0),
                f"Lùi ngày bầu cử sang {rng.choice(['30/5', '30/5/2021'])} vì dịch bệnh",
                _social_variant(SPIKE_BASE, rng),
                "procedure_false",
            )


def _rebuttal_and_results(e: _Entries) -> None:
    """The official answer about a day and a half after the spike, its echoes, and the real results."""
    rng = e.rng
    official = SITES["official_portal.xml"]
    for k, (title, body) in enumerate(OFFICIAL_REBUTTAL):
        e.news(official, REBUTTAL_AT + dt.timedelta(hours=12.5 * k), title, body, "none")
    for k in range(5):
        site = SITES[("tintuc_demo.xml", "thoisu_demo.xml")[k % 2]]
        title, body = NEWS_VI_REBUTTAL[k % 2]
        e.news(site, REBUTTAL_AT + dt.timedelta(hours=3 + 7 * k), *_fill_story(title, body, rng), "none")
    for k in range(14):
        e.post(
            REBUTTAL_AT + dt.timedelta(hours=1 + 3 * k, minutes=rng.randrange(60)),
            rng.choice(SOCIAL_REBUTTAL_SHARE),
            "none",
        )
    # The real results, on 10 June.
    e.news(official, dt.datetime(2021, 6, 10, 10, 30, tzinfo=TZ), *OFFICIAL_RESULTS, "none")
    e.news(
        SITES["vndaily_demo.xml"],
        dt.datetime(2021, 6, 10, 14, 5, tzinfo=TZ),
        "Vietnam's election council announces 499 deputies elected",
        "The National Election Council said nationwide turnout was 99.60%.",
        "none",
    )


def _emerging_rumour(e: _Entries) -> None:
    """The emerging rumour, added last so every other entry stays as it was."""
    rng = e.rng
    for d, counts in enumerate(RUMOUR_DAYS):
        day0 = (
            RUMOUR_START if d == 0 else dt.datetime.combine(RUMOUR_START.date() + dt.timedelta(days=d), dt.time(7), TZ)
        )
        span = 3.3 if d == 0 else 15.5  # hours of that day the copies fall in
        for k in range(counts[0]):
            text = RUMOUR_POSTS[(d + k) % len(RUMOUR_POSTS)]
            if rng.random() < 0.25:
                text = strip_accents(text)
            if rng.random() < 0.3:
                text = f"{rng.choice(SPIKE_EMOJI)} {text}"
            e.post(day0 + dt.timedelta(hours=span * (k + rng.random()) / max(1, counts[0])), text, "none")
        for site_file, n in zip(
            ("tinnhanh_demo.xml", "doisong24h_atom.xml", "thoisu_demo.xml"), counts[1:], strict=True
        ):
            for k in range(n):
                title, body = RUMOUR_NEWS[(d + k) % len(RUMOUR_NEWS)]
                when = day0 + dt.timedelta(hours=2 + 5 * k + rng.random() * 4, minutes=rng.randrange(60))
                e.news(SITES[site_file], when.replace(second=0, microsecond=0), title, body, "none")


def build_items(seed: int = SEED) -> dict[str, list[dict]]:
    """All demo entries by file name (feeds) plus ``social``; each entry keeps its true narrative."""
    e = _Entries(random.Random(seed))
    day = START
    while day <= END:
        level = _intensity(day)
        _news_day(e, day, level)
        _social_day(e, day, level)
        day += dt.timedelta(days=1)
    _spike(e)
    _rebuttal_and_results(e)
    _emerging_rumour(e)

    end_limit = dt.datetime(END.year, END.month, END.day, 23, 59, tzinfo=TZ)
    out = e.out
    for key, items in out.items():
        kept = [x for x in items if x["published"] <= end_limit]
        kept.sort(key=lambda x: (x["published"], x.get("guid", x.get("url"))), reverse=True)
        out[key] = kept
    return out


def _rfc822(when: dt.datetime) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[when.weekday()]}, {when.day:02d} {months[when.month - 1]} {when.year} {when:%H:%M:%S} +0700"


def _rss(site: Site, items: list[dict]) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0">',
        "<channel>",
        f"<title>{escape(site.name)}</title>",
        f"<link>https://{site.domain}/</link>",
        f"<description>{escape(site.name)} – tin bầu cử (dữ liệu demo)</description>"
        if site.lang == "vi"
        else f"<description>{escape(site.name)} – election news (demo data)</description>",
        f"<language>{site.lang}</language>",
        f"<lastBuildDate>{_rfc822(items[0]['published'])}</lastBuildDate>",
    ]
    for x in items:
        perma = "true" if x["guid"] == x["link"] else "false"
        lines += [
            "<item>",
            f"<title>{escape(x['title'])}</title>",
            f"<link>{escape(x['link'])}</link>",
            f'<guid isPermaLink="{perma}">{escape(x["guid"])}</guid>',
            f"<pubDate>{_rfc822(x['published'])}</pubDate>",
            f"<description>{escape(x['description'])}</description>",
            "</item>",
        ]
    lines += ["</channel>", "</rss>", ""]
    return "\n".join(lines)


def _atom(site: Site, items: list[dict]) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{site.lang}">',
        f"<title>{escape(site.name)}</title>",
        f'<link href="https://{site.domain}/"/>',
        f'<link rel="self" href="https://{site.domain}/atom.xml"/>',
        f"<id>tag:{site.domain},2021:feed</id>",
        f"<updated>{items[0]['published'].isoformat()}</updated>",
        f"<author><name>{escape(site.name)}</name></author>",
    ]
    for x in items:
        lines += [
            "<entry>",
            f"<title>{escape(x['title'])}</title>",
            f'<link rel="alternate" href="{escape(x["link"])}"/>',
            f"<id>{escape(x['guid'])}</id>",
            f"<published>{x['published'].isoformat()}</published>",
            f"<updated>{x['published'].isoformat()}</updated>",
            f'<summary type="html">{escape(x["description"])}</summary>',
            "</entry>",
        ]
    lines += ["</feed>", ""]
    return "\n".join(lines)


def _social_rows(items: list[dict]) -> list[dict]:
    return [
        {"text": x["text"], "url": x["url"], "posted_at": x["published"].isoformat(), "channel": x["channel"]}
        for x in items
    ]


def regenerate(out_dir: Path) -> list[Path]:
    """Write the demo feeds and social-post exports into ``out_dir``; returns the paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    items = build_items()
    written: list[Path] = []
    for feed in DEMO_FEEDS:
        site = SITES[feed["file"]]
        body = _atom(site, items[site.file]) if site.fmt == "atom" else _rss(site, items[site.file])
        path = out_dir / feed["file"]
        path.write_bytes(body.encode("utf-8"))
        written.append(path)
    rows = _social_rows(items["social"])
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=["text", "url", "posted_at", "channel"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path = out_dir / DEMO_SOCIAL["file"]
    path.write_bytes(buf.getvalue().encode("utf-8"))
    written.append(path)
    path = out_dir / DEMO_SOCIAL_JSONL
    path.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8"))
    written.append(path)
    return written


def summary(items: dict[str, list[dict]] | None = None) -> str:
    """Counts per file and narrative, for the README and for a quick look."""
    items = items or build_items()
    lines = []
    total = dist = 0
    for key, xs in items.items():
        n_dist = sum(x["narrative"] != "none" for x in xs)
        total += len(xs)
        dist += n_dist
        lines.append(f"{key:24} {len(xs):5d} items, {n_dist:4d} distortions")
    lines.append(f"{'total':24} {total:5d} items, {dist:4d} distortions ({dist / total:.0%})")
    return "\n".join(lines)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else PROJECT_ROOT / "data" / "demo"
    for p in regenerate(target):
        print(p)
    print(summary())
