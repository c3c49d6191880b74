"""How a filled template is dressed as a headline or a social post (the same for every class)."""

from __future__ import annotations

import random
import re

from classifiers.text import strip_accents

from .slots import SLOTS

TEEN = [
    (r"\bkhông\b", ["ko", "k", "hông", "khum"]),
    (r"\bđược\b", ["dc", "đc"]),
    (r"\bbiết\b", ["bít", "bik"]),
    (r"\bgì\b", ["j"]),
    (r"\brồi\b", ["r", "rùi"]),
    (r"\bvậy\b", ["v", "zậy"]),
    (r"\bmọi người\b", ["mn", "mng"]),
    (r"\bvới\b", ["vs"]),
    (r"\btrước\b", ["trc"]),
    (r"\bngười\b", ["ng"]),
    (r"\bquá\b", ["wá", "qá"]),
    (r"\bnhé\b", ["nha", "nhen"]),
    (r"\banh em\b", ["ae"]),
    (r"\bthôi\b", ["thui"]),
    (r"\bchồng\b", ["ck"]),
    (r"\bvợ\b", ["vk"]),
    (r"\bFacebook\b", ["fb", "phây"]),
]
EMOJI = ["😱", "😡", "⚠️", "‼️", "🔥", "👉", "😂", "🙏", "📢", "❗", "😢", "🤔", "👇", "💯"]
HASHTAGS_VI = [
    "#baucu2021",
    "#bầucử",
    "#tinnong",
    "#chiase",
    "#cảnhbáo",
    "#23thang5",
    "#cutri",
    "#QuocHoiKhoaXV",
    "#thongtin",
    "#tinđịaphương",
]
HASHTAGS_EN = ["#VietnamElection", "#election2021", "#Vietnam", "#fakenews", "#PSA", "#vote"]
PREFIX_VI = [
    "",
    "",
    "",
    "Mọi người ơi, ",
    "Chia sẻ: ",
    "Tin nóng: ",
    "Ai biết chưa, ",
    "Cả nhà ơi ",
    "@all ",
    "Nhóm mình ơi, ",
]
SUFFIX_VI = [
    "",
    "",
    "",
    " !!!",
    "...",
    " chia sẻ cho mọi người biết nhé",
    " share giúp mình",
    " ai biết thêm thì nói nhé",
    " 🙏",
    " nha",
]
PREFIX_EN = ["", "", "", "PSA: ", "FYI ", "Guys, ", "Just heard: "]
SUFFIX_EN = ["", "", "", "!!", "...", " pls share", " 🙏", " (via a friend)"]


def teencode(text: str, rng: random.Random) -> str:
    """Swap common words for the abbreviations seen in Vietnamese chats ("không" -> "ko")."""
    for pattern, options in TEEN:
        if rng.random() < 0.75:
            text = re.sub(pattern, lambda _m, o=options: rng.choice(o), text)
    return text


def fill(template: str, rng: random.Random) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(SLOTS[m.group(1)]), template)


def capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def join_prefix(prefix: str, text: str) -> str:
    """Put an opener before a sentence, lower-casing its first letter unless it starts an acronym."""
    if prefix and len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return prefix + text


def style_post(text: str, lang: str, rng: random.Random) -> str:
    """Dress a post the way social media does: openers, accents dropped, teen-code, emoji, tags."""
    if lang == "vi":
        text = join_prefix(rng.choice(PREFIX_VI), text) + rng.choice(SUFFIX_VI)
        if rng.random() < 0.25:
            text = teencode(text, rng)
        if rng.random() < 0.3:
            text = strip_accents(text)
        if rng.random() < 0.2:
            text = text.lower()
        tags = HASHTAGS_VI
    else:
        text = join_prefix(rng.choice(PREFIX_EN), text) + rng.choice(SUFFIX_EN)
        if rng.random() < 0.2:
            text = text.lower()
        tags = HASHTAGS_EN
    text = capitalize_first(text) if rng.random() < 0.8 else text
    if rng.random() < 0.06:
        text = text.upper()
    if rng.random() < 0.35:
        emo = "".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 3)))
        text = f"{emo} {text}" if rng.random() < 0.5 else f"{text} {emo}"
    if rng.random() < 0.25:
        text = text + " " + " ".join(rng.sample(tags, rng.randint(1, 2)))
    return text


def style_headline(text: str, lang: str, rng: random.Random) -> str:
    if rng.random() < 0.05:
        return text.upper()
    if lang == "vi" and rng.random() < 0.04:
        return strip_accents(text)
    return text


def render(kind: str, lang: str, template: str, rng: random.Random) -> str:
    text = fill(template, rng)
    if kind == "p":
        text = style_post(text, lang, rng)
    elif kind == "h":
        text = style_headline(text, lang, rng)
    return re.sub(r"[ \t]+", " ", text).strip()


KINDS = {"h": "headline", "a": "article", "p": "post"}
