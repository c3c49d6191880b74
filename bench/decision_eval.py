"""The flag decision measured honestly: whole generator templates held out, and real text when
an evaluation set exists outside the repository.

    python bench/decision_eval.py [--folds 5] [--real /work/eval/real] [--strict]

For each of ``--folds`` group folds over the seed generator's templates (``data/labels/
build_seed.py``, rows of one template never on both sides), a model is trained on the training
templates and two decisions are scored on the held-out ones:

- **model only**: the narrative model's own threshold decision (how flags were made before);
- **pipeline**: ``classifiers.decision.Decider`` (relevance, evidence of falsity, look band), with
  only the training fold's rows as known claims, and the decision's combination fitted on the
  training fold alone (``classifiers.combiner``; ``--hand-set`` uses the old hand-set weights).

Printed: macro-F1 of the operated label (the label when flagged, else ``none``), the false-flag
rate on held-out ``none`` rows, and the flag rate (recall) on held-out distortion rows. With
``--real``: the flag rate per category (general_news, election_benign, opinion, rumour) of each
``*.jsonl`` file there (fields ``text``, ``category``), using a model trained on all seed rows.
The real text is read in place and never written anywhere. ``--strict`` holds out clusters of
templates instead (templates whose rows are near-duplicates of each other's, same label, word TF-IDF
cosine ≥ 0.5), so two templates that put one claim in similar words are never split.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "data" / "labels"))

import numpy as np  # noqa: E402
import yaml  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

from classifiers import training  # noqa: E402
from classifiers.decision import Decider  # noqa: E402
from monitor.ingest.pipeline import load_relevance  # noqa: E402


def _messages():
    return yaml.safe_load((ROOT / "data" / "approved_messages.yaml").read_text(encoding="utf-8"))["messages"]


def _both(model, texts, claims):
    decider = Decider(model, _messages(), load_relevance(None), claims)
    preds = model.predict_batch(texts)
    before = [p.label if p.flagged else "none" for p in preds]
    decisions = decider.decide(texts, explain=False)
    after = [d.label if d.flagged else "none" for d in decisions]
    return before, after, decisions


def _train(texts, labels, hand_set: bool, relevant=None):
    """A model as ``monitor train`` makes it: with the flag decision fitted (unless ``hand_set``)
    and the learned relevance score from the rows marked ``relevant: false``."""
    decision = None if hand_set else {"messages": _messages(), "data": load_relevance(None)}
    return training.train(texts, labels, relevant=relevant, decision=decision)[0]


def claim_groups(rows, similar: float = 0.5) -> list[int]:
    """Stricter groups than templates: templates joined when any of their rows are near-duplicates
    of another template's rows of the same label (word TF-IDF cosine ≥ ``similar``), so paraphrases of
    one claim written as separate templates stay on one side of a fold."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    from classifiers.combiner import near_duplicate_groups

    templates = sorted({r["template"] for r in rows})
    index = {t: i for i, t in enumerate(templates)}
    near = near_duplicate_groups([r["text"] for r in rows], [r["label"] for r in rows], similar)
    first: dict[int, int] = {}
    a, b = [], []
    for r, g in zip(rows, near, strict=True):
        t = index[r["template"]]
        a.append(first.setdefault(int(g), t))
        b.append(t)
    graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(len(templates), len(templates)))
    _, comp = connected_components(graph, directed=False)
    return [int(comp[index[r["template"]]]) for r in rows]


def holdout(folds: int, hand_set: bool = False, strict: bool = False) -> None:
    from build_seed import build_rows

    rows = build_rows()
    texts = [r["text"] for r in rows]
    labels = np.array([r["label"] for r in rows], dtype=object)
    groups = claim_groups(rows) if strict else [r["template"] for r in rows]
    relevant = [r.get("relevant", True) is not False for r in rows]
    y_true, y_before, y_after, looks, order, bands = [], [], [], 0, [], []
    for tr, te in GroupKFold(folds).split(texts, labels, groups):
        model = _train([texts[i] for i in tr], labels[tr].tolist(), hand_set, [relevant[i] for i in tr])
        before, after, decisions = _both(model, [texts[i] for i in te], [(texts[i], labels[i]) for i in tr])
        y_true += labels[te].tolist()
        y_before += before
        y_after += after
        looks += sum(d.band == "look" for d in decisions)
        order += te.tolist()
        bands += [d.band for d in decisions]
    y_true = np.array(y_true, dtype=object)
    what = "claim-cluster" if strict else "template"
    print(f"{what} hold-out ({folds} group folds, {len(set(groups))} groups, {len(texts)} rows):")
    for name, y in (("model only", y_before), ("pipeline", y_after)):
        y = np.array(y, dtype=object)
        neg = y_true == "none"
        print(
            f"  {name:<10}  macro-F1 {f1_score(y_true, y, average='macro', zero_division=0):.3f}   "
            f"false flags on none {np.mean(y[neg] != 'none'):.1%} ({int(np.sum(y[neg] != 'none'))}/{int(neg.sum())})   "
            f"recall on distortions {np.mean(y[~neg] != 'none'):.1%}   "
            f"right narrative {np.mean(y[~neg] == y_true[~neg]):.1%}"
        )
    print(f"  pipeline 'needs a look' band: {looks} rows ({looks / len(texts):.1%})")
    _by_part(y_true, np.array(y_after, dtype=object), [rows[i] for i in order])
    _breakdown(y_true, np.array(y_after, dtype=object), np.array(bands, dtype=object), [rows[i] for i in order])


def _part(template: str) -> str:
    """Which part of the seed a template belongs to: the first seed and v2, or v3, v4, ..."""
    head = template.split(":", 1)[0]
    return head if head.startswith("v") and head[1:].isdigit() else "v1-v2"


def _by_part(y_true, y, rows) -> None:
    """The pipeline's figures per part of the seed, so a new part's rows can be told from the
    rows every earlier figure was measured on."""
    parts = np.array([_part(r["template"]) for r in rows], dtype=object)
    if len(set(parts.tolist())) < 2:
        return
    print("  pipeline per seed part: macro-F1, false flags on none, recall on distortions")
    for part in sorted(set(parts.tolist())):
        m = parts == part
        neg = m & (y_true == "none")
        pos = m & (y_true != "none")
        print(
            f"    {part:<6} {int(m.sum()):>5} rows  {f1_score(y_true[m], y[m], average='macro', zero_division=0):.3f}"
            f"  {_share(y[neg] != 'none')} of {int(neg.sum())}  {_share(y[pos] != 'none')} of {int(pos.sum())}"
        )


def _share(hits) -> str:
    """A share as a percentage, or a dash for no rows (a part of only ``none`` rows has no recall)."""
    return f"{np.mean(hits):6.1%}" if len(hits) else f"{'–':>6}"


def _breakdown(y_true, y, bands, rows) -> None:
    """Where the pipeline's recall is lost (per narrative) and where its false flags are (per style)."""
    print("  pipeline per narrative: rows, flagged, flagged or in 'needs a look'")
    for lab in sorted(set(y_true.tolist()) - {"none"}):
        m = y_true == lab
        seen = (y[m] != "none") | (bands[m] == "look")
        print(f"    {lab:<26} {int(m.sum()):>5}  {np.mean(y[m] != 'none'):6.1%}  {np.mean(seen):6.1%}")
    styles = np.array([r.get("style") or "?" for r in rows], dtype=object)
    neg = y_true == "none"
    print("  pipeline on held-out none rows per style: rows, flagged, in 'needs a look'")
    for style in sorted(set(styles[neg].tolist())):
        m = neg & (styles == style)
        print(f"    {style:<26} {int(m.sum()):>5}  {np.mean(y[m] != 'none'):6.1%}  {np.mean(bands[m] == 'look'):6.1%}")


def real(folder: Path, hand_set: bool = False) -> None:
    files = sorted(folder.glob("*.jsonl"))
    recs = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                if d.get("text"):
                    recs.append(d)
    if not recs:
        print(f"real text: none in {folder}")
        return
    from build_seed import build_rows

    seed = build_rows()
    model = _train(
        [r["text"] for r in seed],
        [r["label"] for r in seed],
        hand_set,
        [r.get("relevant", True) is not False for r in seed],
    )
    texts = [r["text"] for r in recs]
    before, after, decisions = _both(model, texts, [(r["text"], r["label"]) for r in seed])
    sources = {r.get("source") for r in recs}
    print(f"real text: {len(recs)} rows from {len(sources)} sources in {len(files)} files ({folder})")
    by = defaultdict(list)
    for r, b, a, d in zip(recs, before, after, decisions, strict=True):
        by[r.get("category", "?")].append((b != "none", a != "none", d.band, d.relevance.relevant))
    for cat, v in sorted(by.items()):
        n = len(v)
        bands = Counter(x[2] for x in v)
        print(
            f"  {cat:<16} n={n:<5} flagged: model only {sum(x[0] for x in v) / n:.1%}, pipeline {sum(x[1] for x in v) / n:.1%};"
            f" on topic {sum(x[3] for x in v) / n:.0%}; bands {dict(bands)}"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--real", type=Path, default=Path("/work/eval/real"))
    ap.add_argument("--skip-holdout", action="store_true")
    ap.add_argument(
        "--strict", action="store_true", help="hold out clusters of near-duplicate templates, not single templates"
    )
    ap.add_argument("--hand-set", action="store_true", help="the hand-set weights instead of the fitted decision")
    a = ap.parse_args()
    if not a.skip_holdout:
        holdout(a.folds, a.hand_set, a.strict)
    if a.real.exists():
        real(a.real, a.hand_set)


if __name__ == "__main__":
    main()
