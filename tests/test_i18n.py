"""Every UI string exists in Vietnamese and English, and every key the dashboard uses exists."""

from __future__ import annotations

import re
from pathlib import Path

from monitor.analysis import retraining
from monitor.i18n import LANGS, STRINGS, missing_keys, t

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "dashboard.py",
    *sorted((ROOT / "app_pages").glob("*.py")),
    ROOT / "monitor" / "interfaces" / "dashboard_data.py",
]
LITERAL_KEY = re.compile(r"""\bt\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""")
FSTRING_KEY = re.compile(r"""\bt\(\s*f["']([a-z_]+\.)\{""")


def test_every_key_has_both_languages():
    assert missing_keys() == []
    assert all(set(v) == set(LANGS) for v in STRINGS.values())


def test_placeholders_match_between_languages():
    for key, v in STRINGS.items():
        # `{n_s}` is a plural ending English needs and Vietnamese does not: compare the counts
        fields = [{f.removesuffix("_s") for f in re.findall(r"\{(\w+)\}", v[lang])} for lang in LANGS]
        assert fields[0] == fields[1], key


def test_keys_used_by_the_dashboard_exist():
    used = set()
    for path in SOURCES:
        used |= set(LITERAL_KEY.findall(path.read_text(encoding="utf-8")))
    missing = sorted(k for k in used if k not in STRINGS)
    assert not missing, missing
    assert len(used) > 100


def test_dynamic_key_families_are_complete():
    families = {
        "kind.": ["news", "social", "official"],
        "status.": ["flagged", "confirmed", "dismissed", "unflagged", "new"],
        "decision.": ["confirm", "dismiss", "relabel", "note", "case"],
        "role.": ["officer", "manager", "trainer", "admin"],
        "nav.": ["queue", "trends", "cases", "messages", "sources", "model", "admin"],
        "queue.order.": ["priority", "recent", "uncertain"],
        "trends.": ["day", "week"],
        "sources.err.": ["scheme", "host", "private"],
        "sources.warn.": ["unresolved"],
        "trainkind.": list(retraining.KINDS),
        "evidence_kind.": [
            "topic",
            "fact",
            "known_claim",
            "rumour_marker",
            "report_marker",
            "question",
            "known_benign",
            "official",
            "satire",
        ],
    }
    used_prefixes = set()
    for path in SOURCES:
        used_prefixes |= set(FSTRING_KEY.findall(path.read_text(encoding="utf-8")))
    assert used_prefixes <= set(families) | {"col."}, used_prefixes - set(families)
    for prefix, names in families.items():
        for name in names:
            assert prefix + name in STRINGS, prefix + name


def test_t_formats_and_falls_back():
    assert t("queue.count", "en", n=3) == "3 items match"
    assert t("queue.count", "vi", n=3) == "3 tin khớp bộ lọc"
    assert t("no.such.key", "en") == "no.such.key"
    assert t("app.title", "fr") == STRINGS["app.title"]["vi"]


def test_english_counts_take_the_plural_only_when_not_one():
    assert t("queue.story", "en", copies=2, sources=1) == "×2 copies · 1 source"
    assert t("queue.story", "en", copies=3, sources=2) == "×3 copies · 2 sources"
    assert t("queue.story", "vi", copies=3, sources=1) == "×3 bản · 1 nguồn"
    header = t("emerging.header", "en", rank=1, label="x", size=1, sources=1, growth="2")
    assert header == "1. x — 1 item, 1 source, growth ×2"
