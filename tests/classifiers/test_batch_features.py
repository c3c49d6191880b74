"""The classifier's batch path gives what the reference path gives.

``BatchFeatures`` (array look-ups per batch) must produce the matrix of the fitted vectorizers'
own ``transform(token_views(texts))``; the highlighting spans it derives from the prepared text
must be the spans found by tokenizing the original text; the text helpers it relies on must
agree with ``prepare``/``tokenize``. Texts below mix what real feeds carry: accents and none,
NFD, look-alike letters, invisible characters, emoji, URLs, newlines, numbers and dates,
apostrophes, other scripts, letters whose case folding changes length.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
import skops.io as sio
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers import batch as B
from classifiers import features as F
from classifiers import text as T
from classifiers.batch import BatchFeatures
from classifiers.features import token_views
from classifiers.narrative import NarrativeClassifier, _TermSpans
from classifiers.registry import TRUSTED_TYPES
from tests.demo_support import shipped_models

TRICKY = [
    "",
    "   ",
    "Ai không đi bầu sẽ bị phạt 5 triệu đồng",
    "AI KHONG DI BAU SE BI PHAT 5 TRIEU DONG!!",
    "  Bầu cử   ngày 23/5/2021,\n\nlúc 7:00 — tỷ lệ 99,6%  ",
    "XEM NGAY https://bit.ly/x?y=1 😡😡 bầu cử www.example.vn/a,b",
    "😡bầu😡cử😡 🙏🏻 ❗🔥",
    "H\u00d0ND tỉnh\u200b Quảng\u00adNam",
    "b\u0300\u00e2\u0300u c\u01b0\u0309 (NFD)",
    "l'état d’esprit it's 'quoted' ‘x’",
    "Straße İstanbul ﬁnal ǅ",
    "中文 bầu cử 選挙 ١٢٣ ²",
    "a-b c_d e__url__f _url_ _emoji_ x_url_",
    '(HĐND), [bầu] {cử}… «kết quả» "tin giả"',
    "1,000,000 5-6 1.2.3.4 23/ /5 %",
    "e\u200b\u0301 \u0301lone",
    "tab\tsep\x0bvt\x1cfs\u3000ideo\u00a0nbsp",
    "title. text\nline two\r\nline three",
    "Không được ủy quyền, nhưng có thể bầu thay. KHONG DI BAU thì sao?",
    "(không) bầu (cử) mà không, ko k... chưa “đi bầu.” isn't it; don’t vote",
]

ALPHABET = st.sampled_from(
    list("abcdeghiklmnopqrstuvxyAĐÔƠƯăâđêôơưàáảãạầấẩẫậèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ")
    + list("0123456789/.-:,%'’ _\n\t()!?")
    + ["😡", "🙏🏻", "❗", "http://x.vn/a ", "www.b.vn ", "\u0301", "\u200b", "\u00d0", "ß", "İ", "中", "\u3000"]
    + [" không ", " ko ", " nhưng ", " mà ", " not ", "…", ";", "”", "bầu", " cử"]
)
texts_st = st.lists(ALPHABET, max_size=60).map("".join)


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    """The first-run model of the shipped seed, as a deployment loads it (trained once per test
    run and shared with the other modules that use it): the tests compare the batch path with the
    reference path of the same fitted vectorizers, which needs a realistic vocabulary."""
    from classifiers.registry import Registry

    models = shipped_models(tmp_path_factory, tmp_path_factory.mktemp("shipped") / "models")
    return Registry(models).active().model


def _reference(model, texts):
    return model.pipeline_.named_steps["features"].transform(token_views(texts))


def _fast(model):
    return BatchFeatures.of_union(model.pipeline_.named_steps["features"])


_LONG_LIVED: dict[int, BatchFeatures] = {}


def _long_lived(model):
    """One batch object per model kept across a property test's examples, as a model keeps its
    own across batches in a long collection run: each example meets the pieces every earlier
    example left in it (a fresh object per example cost ~0.15 s of set-up each; fresh objects are
    compared in the tests above and below)."""
    key = id(model)
    if key not in _LONG_LIVED:
        _LONG_LIVED[key] = _fast(model)
    return _LONG_LIVED[key]


def _same_matrix(a, b):
    assert a.shape == b.shape
    a, b = a.tocsr(), b.tocsr()
    a.sum_duplicates()
    b.sum_duplicates()
    assert a.nnz == b.nnz
    assert np.array_equal(a.indptr, b.indptr) and np.array_equal(a.indices, b.indices)
    assert np.allclose(a.data, b.data, rtol=1e-12, atol=1e-15)


# -- text helpers ----------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.lists(texts_st, min_size=1, max_size=5))
def test_prepare_batch_has_the_pieces_of_prepare(texts):
    assert [p.split() for p in T.prepare_batch(texts)] == [T.prepare(t).split() for t in texts]


def test_prepare_batch_tricky_texts():
    assert [p.split() for p in T.prepare_batch(TRICKY)] == [T.prepare(t).split() for t in TRICKY]
    assert T.prepare_batch([]) == []


@settings(max_examples=300, deadline=None)
@given(texts_st)
def test_chunk_spans_and_token_spans_agree_with_the_token_pattern(text):
    for chunk in text.split():
        assert [tok for tok, _, _ in T.chunk_spans(chunk)] == T._TOKEN_RE.findall(chunk)
    assert T.token_spans(text) == [(m.group(), m.start(), m.end()) for m in T._TOKEN_RE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(texts_st)
def test_replay_replacements_maps_back_into_the_folded_text(text):
    folded = " ".join(T.fold(text).split())
    replayed, where = T.replay_replacements(folded)
    assert replayed == T.prepare(text)
    assert len(where) == len(replayed)
    # Every character outside a placeholder comes from the same character of the folded text.
    for tok in re.finditer(r"\S+", replayed):
        if tok.group() in (T.URL_TOKEN, T.EMOJI_TOKEN):
            continue
        for k in range(tok.start(), tok.end()):
            assert folded[where[k]] == replayed[k]


# -- features --------------------------------------------------------------------------------


def test_batch_features_equal_reference_on_seed_and_tricky_texts(model, seed_rows):
    fast = _fast(model)
    texts = [t for t, _ in seed_rows][:400] + TRICKY
    _same_matrix(fast.transform(texts), _reference(model, texts))
    # Again: now every piece is remembered; and in other batch sizes.
    _same_matrix(fast.transform(texts), _reference(model, texts))
    _same_matrix(fast.transform(TRICKY[3:5]), _reference(model, TRICKY[3:5]))
    _same_matrix(fast.transform([""]), _reference(model, [""]))
    assert fast.transform([]).shape == (0, _reference(model, TRICKY).shape[1])
    assert fast.transform([], spans=True)[0].shape[0] == 0


@settings(max_examples=150, deadline=None)
@given(st.lists(texts_st, min_size=1, max_size=8))
def test_batch_features_equal_reference_on_generated_texts(model, texts):
    _same_matrix(_long_lived(model).transform(texts), _reference(model, texts))


def test_batch_features_start_afresh_when_too_many_tokens(model, seed_rows, monkeypatch):
    fast = _fast(model)
    texts = [t for t, _ in seed_rows][:200]
    monkeypatch.setattr(B, "_ID_LIMIT", len(fast._strings[0]) + 50)
    for _ in range(3):  # each pass adds far more than 50 new tokens, so each starts afresh
        _same_matrix(fast.transform(texts), _reference(model, texts))
        _same_matrix(
            fast.transform([f"số {i} mã {i * 7}" for i in range(300)]),
            _reference(model, [f"số {i} mã {i * 7}" for i in range(300)]),
        )
    assert len(fast._strings[0]) < fast._base[0] + 2000


def test_classifier_uses_batch_path_and_same_probabilities(model, seed_rows):
    texts = [t for t, _ in seed_rows][:300] + TRICKY
    clf = model.pipeline_.named_steps["clf"]
    # The model masks person names before features are made; the reference sees the same text.
    expected = clf.predict_proba(_reference(model, model._masked(texts)))
    assert np.allclose(model.predict_proba(texts), expected, rtol=1e-9, atol=1e-12)
    assert model.__dict__.get("_batch_features")


def test_unsupported_vectorizer_falls_back_to_reference(model):
    assert not BatchFeatures.supports([F.NgramTfidf(analyzer="word", ngram_range=(1, 3))])
    assert not BatchFeatures.supports([F.NgramTfidf(view=3)])
    assert BatchFeatures.supports([v for _, v in model.pipeline_.named_steps["features"].transformer_list])


# -- explanations ----------------------------------------------------------------------------


def _spans_agree(model, texts, fast=None):
    fast = fast or _fast(model)
    _, spans = fast.transform(texts, spans=True)
    mapped = 0
    for i, text in enumerate(texts):
        row = spans.row(i)
        reference = _TermSpans.of_text(text)
        if row is None:
            continue
        mapped += 1
        ids, starts, ends = row
        # Same tokens at the same places: every token the batch path found is a token of the text
        # with the same accent-stripped key; and it found all of them.
        keys = [fast._strings[1][j] if j >= 0 else None for j in ids]
        got = [(k, s, e) for k, s, e in zip(keys, starts, ends, strict=True) if k is not None]
        want = [(k, s, e) for k, s, e in zip(reference.keys, reference.starts, reference.ends, strict=True) if k]
        assert got == want, text
    return mapped


def test_spans_from_the_batch_path_are_the_text_own_tokens(model, seed_rows):
    texts = [t for t, _ in seed_rows][:300] + TRICKY
    mapped = _spans_agree(model, texts)
    assert mapped >= 300  # the seed texts and most tricky ones map back


@settings(max_examples=200, deadline=None)
@given(st.lists(texts_st, min_size=1, max_size=6))
def test_spans_agree_on_generated_texts(model, texts):
    _spans_agree(model, texts, _long_lived(model))


def test_predict_batch_evidence_matches_single_text_explain(model, seed_rows):
    texts = [t for t, _ in seed_rows][:300] + [t + "  🔥 https://x.vn/y" for t, _ in seed_rows][:100] + TRICKY
    preds = model.predict_batch(texts, explain=True)
    assert sum(p.flagged for p in preds) > 50
    for text, p in zip(texts, preds, strict=True):
        if not p.flagged:
            assert p.evidence == []
            continue
        single = model.explain(text, top_k=8, label=p.label)  # tokenizes the original text
        assert [(e.term, e.start, e.end) for e in p.evidence] == [(e.term, e.start, e.end) for e in single]
        assert np.allclose([e.weight for e in p.evidence], [e.weight for e in single], atol=1e-4)
        for e in p.evidence:
            if e.start is not None:
                assert T.fold_strip(text[e.start : e.end]) == T.fold_strip(e.term)


def test_caches_are_not_saved_with_the_model(model, tmp_path):
    model.predict_batch(["Ai không đi bầu sẽ bị phạt"], explain=True)
    assert model.__dict__.get("_batch_features") and model.__dict__.get("_explain_pos")
    sio.dump(model, tmp_path / "m.skops")
    loaded = sio.load(tmp_path / "m.skops", trusted=TRUSTED_TYPES)
    assert "_batch_features" not in loaded.__dict__ and "_explain_pos" not in loaded.__dict__
    text = "Ai không đi bầu sẽ bị phạt 5 triệu đồng"
    assert (
        loaded.predict_batch([text], explain=True)[0].evidence == model.predict_batch([text], explain=True)[0].evidence
    )


def test_spans_handed_out_before_starting_afresh_stay_consistent(model, seed_rows, monkeypatch):
    """Explanations are located outside the featurizer's lock: a batch in another thread that
    makes it start afresh must not change the ids an earlier batch's spans refer to."""
    fast = _fast(model)
    texts = [t for t, _ in seed_rows][:50]
    _, spans = fast.transform(texts, spans=True)
    monkeypatch.setattr(B, "_ID_LIMIT", len(fast._strings[0]) + 10)
    fast.transform([f"mã số {i} khác {i * 13}" for i in range(400)])  # past the limit
    fast.transform(["bầu cử"])  # starts afresh here
    for i, text in enumerate(texts):
        row = spans.row(i)
        assert row is not None
        ids, _, _ = row
        reference = _TermSpans.of_text(text)
        keys = [k for k in reference.keys if k]
        assert [spans.terms[k] for k in keys] == [[j] for j in ids if j >= 0]


def test_row_normalization_is_sklearns_bit_for_bit(small_model):
    """``l2_rows`` (the in-place routine without sklearn's argument checks) gives exactly what
    ``sklearn.preprocessing.normalize`` gives, on the features of real texts and on random matrices."""
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    from classifiers.batch import l2_rows

    X = small_model._features_of(["Bầu cử ngày 23/5", "Nghe nói share gấp", "", "x " * 300]).tocsr()
    matrices = [X, sp.random(50, 400, density=0.05, format="csr", random_state=1) * 1e6, sp.csr_matrix((3, 5))]
    for M in matrices:
        want = normalize(M, copy=True)
        got = l2_rows(M.copy())
        assert np.array_equal(got.data, want.data) and np.array_equal(got.indices, want.indices)
        assert np.array_equal(got.indptr, want.indptr)


def test_models_without_the_negation_view_keep_their_batch_path(seed_rows):
    # Models saved before the negation view (plain accent-stripped word view, no weights).
    old = NarrativeClassifier(word_max_features=4000, char_max_features=8000, negation_weight=0).fit(
        [t for t, _ in seed_rows][:1500], [lab for _, lab in seed_rows][:1500]
    )
    assert [v.view for _, v in old.pipeline_.named_steps["features"].transformer_list] == [0, 1, 1]
    texts = [t for t, _ in seed_rows][:200] + TRICKY
    _same_matrix(_fast(old).transform(texts), _reference(old, texts))
