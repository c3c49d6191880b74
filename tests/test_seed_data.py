"""Guards for the bundled data: the seed label set, the taxonomy, approved messages and the demo feeds."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import feedparser
import pytest
import yaml

from monitor.demo import demo_data

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEED = DATA / "labels" / "seed.jsonl"
KINDS = {"article", "headline", "post"}
# Styles seed v2 must cover (docs/LABELING.md says where each comes from).
HARD_NEGATIVE_STYLES = {
    "official_results",
    "procedure_explainer",
    "notice",
    "debunk_report",
    "opinion",
    "other_election",
    "offtopic_business",
    "offtopic_technology",
    "offtopic_sport",
    "offtopic_entertainment",
    "offtopic_crime",
    "offtopic_weather",
}
NOT_ABOUT_THIS_ELECTION = {"other_election", "other_vote", "satire"}
LANGS = {"vi", "en"}
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in SEED.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def narratives() -> dict:
    return yaml.safe_load((DATA / "narratives.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def messages() -> list[dict]:
    return yaml.safe_load((DATA / "approved_messages.yaml").read_text(encoding="utf-8"))["messages"]


@pytest.fixture(scope="module")
def demo_items() -> dict[str, list[dict]]:
    return demo_data.build_items()


# --- seed labels ------------------------------------------------------------------------------


def test_seed_counts(rows):
    labels = Counter(r["label"] for r in rows)
    assert len(rows) >= 1200
    assert sum(r["lang"] == "vi" for r in rows) / len(rows) >= 0.70
    for label, n in labels.items():
        if label != "none":
            assert n >= 100, label
    assert labels["none"] >= 400
    assert len(labels) == 7


def test_seed_v2_adds_hard_negatives_in_every_style(rows):
    first_seed = 1425
    added = [r for r in rows[first_seed:] if r["label"] == "none"]
    assert len(added) >= 1500
    styles = Counter(r["style"] for r in added)
    assert set(styles) >= HARD_NEGATIVE_STYLES
    for style in HARD_NEGATIVE_STYLES:
        assert styles[style] >= 40, style
    langs = Counter(r["lang"] for r in added)
    assert langs["vi"] > langs["en"] >= 300


def test_seed_relevant_marks_rows_not_about_this_election(rows):
    for i, r in enumerate(rows, 1):
        off = r["style"].startswith("offtopic_") or r["style"] in NOT_ABOUT_THIS_ELECTION
        assert r.get("relevant", True) is (not off), (i, r["style"])
        if "relevant" in r:
            assert r["relevant"] is False and r["label"] == "none", i
    assert sum("relevant" in r for r in rows) >= 500


def test_seed_distortion_rows_have_their_styles(rows):
    for r in rows:
        if r["label"] == "impersonation":
            assert r["style"] == "fake_notice"
        elif r["label"] != "none":
            assert r["style"] == f"rumour_{r['kind']}"


def test_seed_rows_are_well_formed(rows):
    for i, r in enumerate(rows, 1):
        assert (
            {"text", "label", "lang", "kind", "style"}
            <= set(r)
            <= {"text", "label", "lang", "kind", "style", "relevant"}
        ), i
        assert SNAKE.match(r["style"]), i
        assert isinstance(r["text"], str) and r["text"].strip() == r["text"] and r["text"], i
        assert r["lang"] in LANGS, i
        assert r["kind"] in KINDS, i


def test_seed_has_no_duplicate_texts(rows):
    dup = [t for t, n in Counter(r["text"] for r in rows).items() if n > 1]
    assert not dup


def test_seed_labels_are_taxonomy_keys(rows, narratives):
    keys = {n["key"] for n in narratives["narratives"]}
    assert {r["label"] for r in rows} <= keys


def test_seed_regenerates_byte_identical(tmp_path):
    spec = importlib.util.spec_from_file_location("build_seed", DATA / "labels" / "build_seed.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / "seed.jsonl"
    rows = mod.build_rows()
    mod.write(out, rows)
    assert out.read_bytes() == SEED.read_bytes(), "run data/labels/build_seed.py and commit seed.jsonl"
    # the internal template id (for grouped cross-validation) never reaches the file
    assert all(r["template"] for r in rows) and "template" not in SEED.read_text(encoding="utf-8")
    # the first seed is reproduced unchanged: its rows come first, as they always were
    first = mod.build_rows(v2=False)
    assert [(r["text"], r["label"]) for r in first] == [(r["text"], r["label"]) for r in rows[: len(first)]]


# --- taxonomy and approved messages ------------------------------------------------------------


def test_taxonomy_shape(narratives):
    items = narratives["narratives"]
    keys = [n["key"] for n in items]
    assert len(keys) == len(set(keys))
    assert {
        "procedure_false",
        "fraud_claim",
        "participation_deterrence",
        "fabricated_results",
        "impersonation",
        "candidate_fabrication",
        "none",
    } <= set(keys)
    for n in items:
        assert n["name"]["vi"] and n["name"]["en"] and n["definition"]["vi"] and n["definition"]["en"]
        assert n["distortion"] is (n["key"] != "none")
        assert all(SNAKE.match(f) for f in n["key_facts"])


def test_messages_link_known_narratives_and_cover_key_facts(narratives, messages):
    keys = {n["key"] for n in narratives["narratives"]}
    assert len(messages) >= 10
    provided: set[str] = set()
    seen = set()
    for m in messages:
        assert (m["key"], m["version"]) not in seen
        seen.add((m["key"], m["version"]))
        assert set(m["narratives"]) <= keys - {"none"}, m["key"]
        assert m["title"]["vi"] and m["title"]["en"] and m["text"]["vi"] and m["text"]["en"]
        assert m["source"]["title"] and m["source"]["url"].startswith("http")
        for name, value in m["key_facts"].items():
            assert SNAKE.match(name), name
            assert isinstance(value, (str, int)) and not isinstance(value, bool), (m["key"], name)
        provided |= set(m["key_facts"])
    for n in narratives["narratives"]:
        if n["key"] != "none":
            missing = set(n["key_facts"]) - provided
            assert not missing, (n["key"], missing)


def test_messages_load_with_the_project_loader():
    taxonomy_mod = pytest.importorskip("monitor.analysis.taxonomy")
    tax = taxonomy_mod.load_taxonomy(DATA / "narratives.yaml")
    assert len(taxonomy_mod.load_messages(DATA / "approved_messages.yaml", tax)) >= 10


def test_election_facts_are_the_approved_ones(messages):
    facts = {k: v for m in messages for k, v in m["key_facts"].items()}
    assert facts["election_date"] == "2021-05-23"
    assert facts["voting_age"] == 18 and facts["candidacy_age"] == 21
    assert facts["polls_open"] == "07:00" and facts["polls_close"] == "19:00"
    assert facts["deputies_elected"] == 499 and facts["turnout_percent"] == "99.60"


# --- demo feeds ------------------------------------------------------------------------------------


def test_demo_regenerates_byte_identical(tmp_path):
    written = demo_data.regenerate(tmp_path)
    assert len(written) >= 7
    for path in written:
        bundled = DATA / "demo" / path.name
        assert bundled.exists(), f"{bundled} missing: run python -m monitor.demo.demo_data"
        assert path.read_bytes() == bundled.read_bytes(), f"{path.name} differs: run python -m monitor.demo.demo_data"


def test_demo_feed_list_matches_files():
    files = [f["file"] for f in demo_data.DEMO_FEEDS]
    assert len(files) >= 6 and len(set(files)) == len(files)
    assert sum(f["kind"] == "official" for f in demo_data.DEMO_FEEDS) >= 1
    assert sum(f["kind"] == "news" for f in demo_data.DEMO_FEEDS) >= 4
    assert {f["lang"] for f in demo_data.DEMO_FEEDS} == {"vi", "en"}
    assert demo_data.DEMO_SOCIAL["kind"] == "social"
    assert (DATA / "demo" / demo_data.DEMO_SOCIAL["file"]).exists()


@pytest.mark.parametrize("feed", demo_data.DEMO_FEEDS, ids=lambda f: f["file"])
def test_demo_feed_parses(feed):
    parsed = feedparser.parse((DATA / "demo" / feed["file"]).read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert len(parsed.entries) >= 50
    for e in parsed.entries:
        assert e.get("title") and e.get("link") and e.get("id") and e.get("published_parsed")
        assert e.link.startswith("https://") and ".example" in e.link


def test_demo_social_export():
    with (DATA / "demo" / demo_data.DEMO_SOCIAL["file"]).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["text", "url", "posted_at", "channel"]
        rows = list(reader)
    assert len(rows) >= 300
    for r in rows:
        assert r["text"] and r["url"].startswith("https://") and r["channel"]
        assert dt.datetime.fromisoformat(r["posted_at"]).utcoffset() == dt.timedelta(hours=7)
    jsonl = (DATA / "demo" / demo_data.DEMO_SOCIAL_JSONL).read_text(encoding="utf-8").splitlines()
    assert [json.loads(x) for x in jsonl] == rows


def test_demo_period_volume_and_story(demo_items):
    everything = [x for xs in demo_items.values() for x in xs]
    dates = [x["published"] for x in everything]
    assert (max(dates) - min(dates)).days >= 60
    assert 1500 <= len(everything) <= 3000
    share = sum(x["narrative"] != "none" for x in everything) / len(everything)
    assert 0.10 <= share <= 0.30
    # the spike: procedure_false on 15-18 May clearly above its usual daily level
    pf = Counter(x["published"].date() for x in everything if x["narrative"] == "procedure_false")
    spike = max(pf[dt.date(2021, 5, d)] for d in range(15, 19))
    usual = sorted(pf.values())[len(pf) // 2]
    assert spike >= 5 * max(usual, 1)
    # the official rebuttal comes after the spike starts, within two days
    official = demo_items["official_portal.xml"]
    rebuttals = [x["published"] for x in official if "tin đồn" in x["title"].lower() or "vẫn là 23/5" in x["title"]]
    assert rebuttals and demo_data.SPIKE_START < min(rebuttals) < demo_data.SPIKE_START + dt.timedelta(days=2)


def test_demo_texts_are_not_seed_rows(rows, demo_items):
    seed_texts = {r["text"] for r in rows}
    for xs in demo_items.values():
        for x in xs:
            for text in (x.get("title"), x.get("text"), x.get("description")):
                assert text not in seed_texts


def test_a_demo_news_items_title_and_body_tell_one_story(demo_items):
    """Each distortion headline goes with its own claim, and a title and its body name the same
    candidate and place (a headline about one candidate's withdrawal sat on a body about another's
    false degree, so the evidence shown did not match the headline)."""
    from monitor.demo.demo_phrases import DIST, NEWS_DIST_TITLE, P

    checked = 0
    for name, entries in demo_items.items():
        for e in entries:
            if "title" not in e or e.get("narrative", "none") == "none":
                continue
            title, body = " ".join(e["title"].split()).replace("\u00d0", "Đ"), e["description"]
            for slot in ("cand", "place", "prov"):
                for value in P[slot]:
                    if value in title:
                        assert value in body, (name, title, body)
            k = next((i for i, t in enumerate(NEWS_DIST_TITLE[e["narrative"]]) if _matches(t, title)), None)
            if k is None:  # the scripted spike and rumour stories have their own titles
                continue
            assert _matches(DIST[e["narrative"]][k], body), (title, body)
            checked += 1
    assert checked > 50


def _matches(template: str, text: str) -> bool:
    """`template`'s fixed words are all in `text` (its {slots} aside)."""
    return all(part.strip() in text for part in re.split(r"\{\w+\}", template) if part.strip())
