"""The narrative a flagged item is given, fitted beside the flag decision
(classifiers/narrative_choice.py)."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import yaml

from classifiers import narrative_choice, training
from classifiers.decision import Decider
from classifiers.registry import Registry
from tests.classifiers.conftest import ROOT

DATA = yaml.safe_load((ROOT / "data" / "relevance.yaml").read_text(encoding="utf-8"))
SMALL = {"word_max_features": 5000, "char_max_features": 10000}
LABELS = ("fraud_claim", "participation_deterrence")


def _rows(n: int = 120, seed: int = 0):
    """Rows whose narrative probabilities lean the wrong way half the time, while a kind of finding
    tells the narrative: a traced ballot (``secret``) goes with ``participation_deterrence``."""
    rng = np.random.default_rng(seed)
    probs, kinds, y, groups = [], [], [], []
    for i in range(n):
        label = LABELS[i % 2]
        lean = rng.uniform(0.35, 0.65)
        probs.append({"fraud_claim": lean, "participation_deterrence": 1 - lean, "none": 0.0})
        kinds.append(["secret"] if label == "participation_deterrence" else ["decided"])
        y.append(label)
        groups.append(i // 4)
    return probs, kinds, y, groups


def test_a_kind_of_finding_that_tells_the_narrative_is_learned():
    probs, kinds, y, groups = _rows()
    fitted = narrative_choice.fit(probs, kinds, y, groups)
    assert fitted is not None and fitted["labels"] == sorted(LABELS)
    assert fitted["report"]["right_after"] > fitted["report"]["right_before"]
    lean_wrong = {"fraud_claim": 0.6, "participation_deterrence": 0.4}
    assert narrative_choice.choose(fitted, lean_wrong, ["secret"]) == "participation_deterrence"
    assert narrative_choice.choose(fitted, {"fraud_claim": 0.4, "participation_deterrence": 0.6}, ["decided"]) == (
        "fraud_claim"
    )


def test_the_narrative_of_the_message_answering_a_fact_carries_to_kinds_never_seen():
    """Every row's finding is of a kind no other row has (as a held-out template's may be), so no
    kind can tell the narrative; the narratives of the approved messages answering the contradicted
    fact can, and they carry to a kind the fit never saw."""
    probs, _, y, groups = _rows()
    kinds = [[f"kind{i}"] for i in range(len(y))]
    answers = [[t, "procedure_false"] if i % 3 else [t] for i, t in enumerate(y)]
    assert narrative_choice.fit(probs, kinds, y, groups) is None  # (the model's own choice is as good)
    fitted = narrative_choice.fit(probs, kinds, y, groups, answers=answers)
    assert fitted is not None and fitted["answers"] is True
    assert fitted["report"]["right_after"] > fitted["report"]["right_before"]
    lean_wrong = {"fraud_claim": 0.6, "participation_deterrence": 0.4}
    assert narrative_choice.choose(fitted, lean_wrong, ["new"], ["participation_deterrence"]) == (
        "participation_deterrence"
    )
    assert narrative_choice.choose(fitted, lean_wrong, ["new"], ["fraud_claim", "participation_deterrence"]) == (
        "fraud_claim"
    )


def test_a_choice_fitted_without_answers_reads_no_answers():
    probs, kinds, y, groups = _rows()
    fitted = narrative_choice.fit(probs, kinds, y, groups)
    assert "answers" not in fitted
    lean_wrong = {"fraud_claim": 0.6, "participation_deterrence": 0.4}
    assert narrative_choice.choose(fitted, lean_wrong, ["secret"], ["fraud_claim"]) == "participation_deterrence"


def test_no_choice_is_kept_when_the_model_is_already_right():
    probs, kinds, y, groups = _rows()
    probs = [{lab: (0.9 if lab == t else 0.1) for lab in LABELS} for t in y]
    kinds = [[] for _ in y]
    assert narrative_choice.fit(probs, kinds, y, groups) is None


def test_too_few_rows_or_one_narrative_fit_nothing():
    probs, kinds, y, groups = _rows(10)
    assert narrative_choice.fit(probs, kinds, y, groups) is None
    probs, kinds, y, groups = _rows()
    assert narrative_choice.fit(probs, kinds, ["fraud_claim"] * len(y), groups) is None


@pytest.fixture(scope="module")
def fitted_model(synth_rows, messages):
    texts, labels = [t for t, _ in synth_rows], [lab for _, lab in synth_rows]
    return training.train(texts, labels, decision={"messages": messages, "data": DATA}, **SMALL)[0]


def _always(label: str, labels: list[str], kinds: list[str]) -> dict:
    """A fitted choice that names ``label`` whatever the item."""
    return {
        "labels": labels,
        "kinds": kinds,
        "coef": [[0.0] * (len(labels) + len(kinds)) for _ in labels],
        "intercept": [5.0 if lab == label else 0.0 for lab in labels],
        "report": {"rows": 0, "right_before": 0, "right_after": 0},
    }


def test_flagged_items_and_looks_get_the_fitted_narrative(fitted_model, messages, synth_rows):
    model = copy.copy(fitted_model)
    labels = sorted({lab for _, lab in synth_rows} - {"none"})
    target = labels[-1]
    model.decision_ = {**model.decision_, "narrative": _always(target, labels, ["date"])}
    texts = [t for t, lab in synth_rows if lab != "none"]
    plain = Decider(fitted_model, messages, DATA, synth_rows).decide(texts)
    chosen = Decider(model, messages, DATA, synth_rows).decide(texts)
    seen = 0
    for a, b in zip(plain, chosen, strict=True):
        assert (a.band, a.flagged, a.flag_score) == (b.band, b.flagged, b.flag_score)  # only the label moves
        if b.band in ("flag", "look") and (a.label != "none" or b.findings):
            assert b.label == target and b.score == pytest.approx(b.probabilities.get(target, 0.0))
            seen += 1
        else:
            assert b.label == a.label
    assert seen


def test_a_finding_is_answered_by_the_narratives_of_its_fact_messages(fitted_model, messages):
    decider = Decider(fitted_model, messages, DATA)
    findings = decider.decide(["Bầu cử đại biểu Quốc hội năm nay diễn ra ngày 30/5, nghe nói vậy"])[0].findings
    assert [f.fact for f in findings] == ["election_date"]
    want: list[str] = []
    for m in messages:
        if "election_date" in (m.get("key_facts") or {}):
            want += [n for n in m.get("narratives") or () if n not in want]
    assert want and decider.answering(findings) == want
    assert decider.answering([]) == []


def test_decide_hands_the_answering_narratives_to_the_choice(fitted_model, messages, synth_rows):
    """A choice fitted with answers that reads nothing but "this narrative is the first answering
    one": every flagged or looked-at item with a finding gets its first answering narrative, which
    only holds if ``Decider.decide`` passes them on."""
    model = copy.copy(fitted_model)
    labels = sorted({lab for _, lab in synth_rows} - {"none"})
    n = len(labels)
    coef = [[0.0] * (3 * n) for _ in labels]
    for k in range(n):
        coef[k][2 * n + k] = 5.0  # (columns: log-probabilities, answered, answered first)
    choice = {**_always(labels[0], labels, []), "answers": True, "coef": coef, "intercept": [0.0] * n}
    model.decision_ = {**model.decision_, "narrative": choice}
    decider = Decider(model, messages, DATA, synth_rows)
    texts = [t for t, lab in synth_rows if lab != "none"]
    seen = 0
    for d in decider.decide(texts):
        first = decider.answering(d.findings)[:1]
        if d.band in ("flag", "look") and first and first[0] in labels:
            assert d.label == first[0], d
            seen += 1
    assert seen


def test_the_fitted_choice_survives_the_registry(fitted_model, tmp_path, synth_rows):
    model = copy.copy(fitted_model)
    labels = sorted({lab for _, lab in synth_rows} - {"none"})
    model.decision_ = {**model.decision_, "narrative": _always(labels[0], labels, ["date", "secret"])}
    path = Registry(tmp_path / "models").save(model, {"decision": model.decision_}, training_rows=synth_rows)
    assert Registry(tmp_path / "models").load(path.name).model.decision_ == model.decision_
