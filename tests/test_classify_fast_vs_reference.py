"""The whole classify stage of the pipeline (``classify_new``: stored items read in batches,
decided, written) stores what the former, slower code decides for the same items.

The reference is the decision with every shortcut taken out: text folding with regex character
checks and every line re-collapsed, names found with the plain title alternation, the relevance
rules and every phrase scan as plain alternations with no word pre-check (the references kept in
tests/classifiers). Compared: every stored column of the classifications, and each item's current
narrative, score, relevance and status, on a real SQLite file and on PostgreSQL, over more items
than one batch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re

import pytest
import sqlalchemy as sa

from classifiers import names as N
from classifiers import text as T
from monitor.config import Config
from monitor.ingest import pipeline
from monitor.models import FeedKind, Item, Source
from monitor.storage.schema import classifications, items
from tests.classifiers.test_fast_paths import HAND, _reference_decider
from tests.classifiers.test_text_fast_checks import VI_RE_PLAIN, fold_strip_reference
from tests.deployment_support import deployment, small_trained

WORDS = (
    "bầu cử đại biểu Quốc hội Hội đồng nhân dân cử tri khu vực bỏ phiếu tổ ủy ban tỉnh huyện xã "
    "phường ngày danh sách ứng cử viên kết quả kiểm phiếu công bố thông báo hướng dẫn tuyên truyền "
    "tin giả hoãn gian lận chia sẻ mạng xã hội an toàn phòng dịch nghe nói share gấp bác bỏ sai sự thật "
    "ông Nguyễn Văn An bà Trần Thị B có thật không ? 30/5 16 tuổi 41% Mỹ tổng thống"
).split()


@pytest.fixture(scope="module")
def trained():
    return small_trained()


def _config(tmp_path, trained) -> Config:
    return deployment(tmp_path, *trained)[0]


def _texts(rows) -> list[tuple[str, str]]:
    """(title, text) pairs: hand-written cases, labelled rows, the same without accents, and
    bench-like word salad with titles; more than one classification batch."""
    rng = random.Random(5)
    seeds = [t for t, _ in rows]
    out = [("", t) for t in HAND + seeds + [T.strip_accents(t) for t in seeds[:150]]]
    for _ in range(1100 - len(out)):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 10)))
        out.append((title, " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 80)))))
    return out


def _reference(monkeypatch) -> None:
    """The text shortcuts taken out (what the code did before them)."""
    monkeypatch.setattr(T, "fold_strip_batch", lambda texts: [fold_strip_reference(t) for t in texts])
    monkeypatch.setattr(T, "_has_any", lambda s, chars: re.search(f"[{re.escape(chars)}]", s) is not None)
    monkeypatch.setattr(T, "_collapsed", lambda s: False)
    monkeypatch.setattr(T, "_latin_nfd", lambda d: T._NOT_LATIN_NFD_RE.search(d) is None)
    monkeypatch.setattr(N, "_VI_RE", VI_RE_PLAIN)


def test_the_pipeline_stores_what_the_reference_decides(tmp_path, store, trained, monkeypatch):
    from monitor.analysis.classify import classify_texts

    cfg = _config(tmp_path, trained)
    now = dt.datetime(2021, 5, 16, tzinfo=dt.UTC)
    news = store.upsert_source(Source(name="news", url="https://baotinh.example/rss"))
    official = store.upsert_source(Source(name="gov", url="https://gov.example/rss", kind=FeedKind.OFFICIAL))
    pairs = _texts(trained[2])
    store.save_items(
        [
            Item(official if i % 23 == 0 else news, title, text, None, None, None, "vi", now, now, f"h{i}", f"k{i}")
            for i, (title, text) in enumerate(pairs)
        ]
    )
    assert pipeline.classify_new(cfg, store) == len(pairs) > 1000  # two batches

    model = pipeline._active_model(cfg, pipeline.seed_label_files(cfg), store)
    _reference(monkeypatch)
    ref = _reference_decider(model.model, pipeline.approved_messages(cfg, store), pipeline.known_claims(cfg, store))
    matcher = pipeline._decider_and_matcher(cfg, store, model)[1]
    batch = store.items_to_classify(model.version, 10**6, reclassify_all=True, with_kind=True)
    want = classify_texts(model, ref, matcher, batch)

    cols = [c.name for c in classifications.c if c.name not in ("id", "created_at")]
    with store.read() as conn:
        stored = conn.execute(sa.select(*(classifications.c[c] for c in cols)).order_by(classifications.c.item_id))
        stored = [dict(zip(cols, r, strict=True)) for r in stored]
        current = conn.execute(
            sa.select(items.c.id, items.c.narrative, items.c.score, items.c.relevant, items.c.status).order_by(
                items.c.id
            )
        ).all()
    expected = []
    for c in want:
        row = {k: v for k, v in dataclasses.asdict(c).items() if k in cols}
        row["evidence_kinds"] = list(c.evidence_kinds)
        expected.append(row)
    assert stored == expected
    from monitor.storage.classifications import model_status

    assert [tuple(r) for r in current] == [(c.item_id, c.narrative, c.score, c.relevant, model_status(c)) for c in want]
    # Every path was taken: off-topic, clear, look and flagged items, official sources, findings,
    # rumour and report markers, questions, names.
    assert {c.band for c in want} >= {"off_topic", "clear", "flag"}
    kinds = {k for c in want for k in c.evidence_kinds}
    assert {"official", "rumour_marker", "report_marker", "question"} <= kinds
    assert any(c.findings for c in want) and any(c.evidence for c in want)
