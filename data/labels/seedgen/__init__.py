"""Generate ``data/labels/seed.jsonl``: the seed training set for the narrative classifier.

Every row comes from a template written by the project team; no text is copied from real
articles or posts. Places, provinces and candidates are fictional or generic ("phường X",
"ứng cử viên Nguyễn Văn A"); links use ``.example`` domains.

Two parts, each from its own fixed random seed, so the output is byte-identical on every run:

- the first seed (``distortions``, ``v1_none``): the six distortion classes and the first
  ``none`` templates, drawn exactly as before (its rows and their order are unchanged);
- seed v2: hard negatives (label ``none``) by family — ``official`` (results, explainers,
  notices, polling-day reports), ``press`` (debunks, opinion, questions), ``elsewhere`` (other
  countries, other years, other votes) and ``offtopic`` (business, technology, sport,
  entertainment, crime, weather) — and ``rumours``, more phrasings of the six distortions.
  Each template is used in turn so every one is represented.

Every row has a ``style``; rows not about the configured election carry ``"relevant": false``.
``build_rows`` also keeps the internal ``template`` id (for cross-validation grouped by
template); ``write`` leaves it out of the file.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

from . import (
    elsewhere,
    official,
    offtopic,
    press,
    rumours,
    v3_claims,
    v3_essay,
    v3_more_a,
    v3_more_b,
    v3_more_c,
    v3_none,
    v3_rumours_a,
    v3_rumours_b,
    v4_system,
    v5_candidacy,
    v6_offices,
    v7_self_nominees,
    v8_hostile_opinion,
)
from .distortions import TEMPLATES as DISTORTIONS
from .style import KINDS, render
from .v1_none import NONE as V1_NONE

SEED = 20210523
V2_SEED = SEED + 1

# How many rows each class gets in the first seed, and the share of English templates drawn.
TARGETS = {
    "procedure_false": 150,
    "fraud_claim": 145,
    "participation_deterrence": 145,
    "fabricated_results": 145,
    "impersonation": 140,
    "candidate_fabrication": 140,
    "none": 560,
}
EN_SHARE = 0.2
V2_EN_SHARE = 0.2

FAMILIES = {
    "official": official.FAMILY,
    "press": press.FAMILY,
    "elsewhere": elsewhere.FAMILY,
    "offtopic": offtopic.FAMILY,
    "rumours": rumours.FAMILY,
}

# Seed v3: more phrasings of every distortion and more hard negatives, drawn after v1 and v2 from
# their own random seed (v1 and v2 rows stay byte-identical).
FAMILIES_V3 = {
    "v3_rumours_a": v3_rumours_a.FAMILY,
    "v3_rumours_b": v3_rumours_b.FAMILY,
    "v3_none": v3_none.FAMILY,
    "v3_more_a": v3_more_a.FAMILY,
    "v3_more_b": v3_more_b.FAMILY,
    "v3_more_c": v3_more_c.FAMILY,
    "v3_essay": v3_essay.FAMILY,
    "v3_claims": v3_claims.FAMILY,
}

# Seed v4: false claims about the election as a whole in the short, abstract register of slogans
# and comment lines, with hard negatives in the same register; drawn last from their own random
# seed (earlier rows stay byte-identical).
FAMILIES_V4 = {"v4_system": v4_system.FAMILY}

# Seed v5: the press's candidacy and campaign reports (who stands where, who was elected), hard
# negatives in the style that real election news about people takes; drawn last, from their own
# random seed.
FAMILIES_V5 = {"v5_candidacy": v5_candidacy.FAMILY}

# Seed v6: after the vote, councils and congresses electing their officers, and public figures
# casting their ballots: hard negatives in the style of the press's reports of both; drawn last,
# from their own random seed.
FAMILIES_V6 = {"v6_offices": v6_offices.FAMILY}

# Seed v7: reports of self-nominated candidates (who they are, what they do for a living): hard
# negatives in the style real candidacy pages take; drawn last, from their own random seed.
FAMILIES_V7 = {"v7_self_nominees": v7_self_nominees.FAMILY}

# Seed v8: hostile political opinion about the election as a whole (a staged show, the Party
# nominates and the people vote, a rubber-stamp assembly) without a checkable claim: hard negatives
# for the fraud claims that use the same words; drawn last, from their own random seed.
FAMILIES_V8 = {"v8_hostile_opinion": v8_hostile_opinion.FAMILY}

# Styles whose rows are not about the configured election (besides every ``offtopic_*``).
NOT_RELEVANT = {"satire", "other_election", "other_vote"}


def is_relevant(style: str) -> bool:
    """Is a row of this style about the configured election?"""
    return not (style in NOT_RELEVANT or style.startswith("offtopic_"))


def distortion_style(label: str, kind: str) -> str:
    """Style of a distortion row: a fake notice, or a rumour as headline, article or post."""
    return "fake_notice" if label == "impersonation" else f"rumour_{KINDS[kind]}"


def _row(text, label, lang, kind, style, template) -> dict:
    row = {"text": text, "label": label, "lang": lang, "kind": KINDS[kind], "style": style}
    if not is_relevant(style):
        row["relevant"] = False
    row["template"] = template
    return row


def first_seed_rows(rng: random.Random, seen: set[str]) -> list[dict]:
    """The first seed's rows, drawn exactly as they always were."""
    rows: list[dict] = []
    for label, target in TARGETS.items():
        made, attempts = 0, 0
        while made < target:
            attempts += 1
            if attempts > target * 200:
                raise RuntimeError(f"{label}: templates too few for {target} distinct rows")
            lang = "en" if rng.random() < EN_SHARE else "vi"
            pool = (V1_NONE if label == "none" else DISTORTIONS[label])[lang]
            index = rng.randrange(len(pool))
            if label == "none":
                kind, style, template = pool[index].split("|", 2)
            else:
                kind, template = pool[index].split("|", 1)
                style = distortion_style(label, kind)
            text = render(kind, lang, template, rng)
            if text in seen:
                continue
            seen.add(text)
            rows.append(_row(text, label, lang, kind, style, f"{label}:{lang}:{index}"))
            made += 1
    rng.shuffle(rows)
    return rows


def v2_rows(rng: random.Random, seen: set[str], families: dict | None = None, part: str = "v2") -> list[dict]:
    """Seed v2 rows (v3 with ``families=FAMILIES_V3, part="v3"``): per style (per label for
    distortions), the templates of each language in turn until the style's target is met (a
    template that yields no new text is skipped after a few tries)."""
    rows: list[dict] = []
    for family_name, family in (families or FAMILIES).items():
        for name, spec in family.items():
            label, target = spec.get("label", "none"), spec["target"]
            for lang in ("vi", "en"):
                pool = spec[lang]
                want = round(target * V2_EN_SHARE) if lang == "en" else target - round(target * V2_EN_SHARE)
                made, exhausted = 0, set()
                while made < want and len(exhausted) < len(pool):
                    for index, entry in enumerate(pool):
                        if made >= want:
                            break
                        if index in exhausted:
                            continue
                        kind, template = entry.split("|", 1)
                        for _ in range(12):
                            text = render(kind, lang, template, rng)
                            if text not in seen:
                                break
                        else:
                            exhausted.add(index)
                            continue
                        seen.add(text)
                        if label == "none":
                            style, template_id = name, f"none:{name}:{lang}:{index}"
                        else:
                            style, template_id = distortion_style(label, kind), f"{label}:v2:{lang}:{index}"
                        if part != "v2":
                            style = spec.get("style", style)
                            template_id = f"{part}:{family_name}:{name}:{lang}:{index}"
                        rows.append(_row(text, label, lang, kind, style, template_id))
                        made += 1
    rng.shuffle(rows)
    return rows


def build_rows(seed: int = SEED, v2: bool = True) -> list[dict]:
    """All rows (the first seed, then seed v2 unless ``v2=False``), with the internal
    ``template`` id (``label:lang:index``; in v2 ``none:style:lang:index`` and
    ``label:v2:lang:index``) for grouped CV."""
    seen: set[str] = set()
    rows = first_seed_rows(random.Random(seed), seen)
    if v2:
        rows += v2_rows(random.Random(seed + 1), seen)
        rows += v2_rows(random.Random(seed + 2), seen, FAMILIES_V3, "v3")
        rows += v2_rows(random.Random(seed + 3), seen, FAMILIES_V4, "v4")
        rows += v2_rows(random.Random(seed + 4), seen, FAMILIES_V5, "v5")
        rows += v2_rows(random.Random(seed + 5), seen, FAMILIES_V6, "v6")
        rows += v2_rows(random.Random(seed + 6), seen, FAMILIES_V7, "v7")
        rows += v2_rows(random.Random(seed + 7), seen, FAMILIES_V8, "v8")
    return rows


PUBLIC = ("text", "label", "lang", "kind", "style", "relevant")


def public(row: dict) -> dict:
    """The row as written to the file (no ``template``)."""
    return {k: row[k] for k in PUBLIC if k in row}


def write(path: Path, rows: list[dict]) -> None:
    lines = [json.dumps(public(r), ensure_ascii=False) for r in rows]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def counts_table(rows: list[dict]) -> str:
    """Markdown tables of counts per class, language and kind, and per style."""
    out = []
    by_label = Counter(r["label"] for r in rows)
    by_label_lang = Counter((r["label"], r["lang"]) for r in rows)
    by_kind = Counter((r["label"], r["kind"]) for r in rows)
    out.append("| label | total | vi | en | headline | article | post |")
    out.append("|---|---:|---:|---:|---:|---:|---:|")
    for label in TARGETS:
        out.append(
            f"| {label} | {by_label[label]} | {by_label_lang[(label, 'vi')]} | {by_label_lang[(label, 'en')]} "
            f"| {by_kind[(label, 'headline')]} | {by_kind[(label, 'article')]} | {by_kind[(label, 'post')]} |"
        )
    langs = Counter(r["lang"] for r in rows)
    kinds = Counter(r["kind"] for r in rows)
    out.append(
        f"| **all** | {len(rows)} | {langs['vi']} | {langs['en']} | {kinds['headline']} | {kinds['article']} | {kinds['post']} |"
    )
    templates = Counter(r["label"] for r in {r["template"]: r for r in rows}.values())
    out.append("")
    out.append("Distinct templates used per class: " + ", ".join(f"{k} {templates[k]}" for k in TARGETS))
    out.append("")
    out.append("| style | rows | templates | relevant |")
    out.append("|---|---:|---:|---|")
    by_style = Counter(r["style"] for r in rows)
    style_templates = Counter(r["style"] for r in {r["template"]: r for r in rows}.values())
    for style in sorted(by_style):
        out.append(
            f"| {style} | {by_style[style]} | {style_templates[style]} | {'yes' if is_relevant(style) else 'no'} |"
        )
    return "\n".join(out)
