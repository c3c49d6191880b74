import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from classifiers import text as T


def test_lookalike_and_nfc():
    assert T.normalize("H\u00d0ND tỉnh") == "HĐND tỉnh"
    decomposed = unicodedata.normalize("NFD", "bầu cử")
    assert T.normalize(decomposed) == "bầu cử"
    assert T.normalize("  a\u200b b\n\tc ") == "a b c"


def test_strip_accents_examples():
    assert T.strip_accents("bầu cử") == "bau cu"
    assert T.strip_accents("Đà Nẵng đường") == "Da Nang duong"
    assert T.strip_accents("ƯƠ ươ Ỹ") == "UO uo Y"
    assert T.strip_accents("“Hà Nội” – 中文") == "“Ha Noi” – 中文"  # other symbols and scripts kept


def test_prepare_tokens_urls_numbers_emoji():
    p = T.prepare("XEM NGAY https://bit.ly/x?y=1 😡😡 bầu cử 23/5/2021 lúc 7:00, tỷ lệ 99,6%")
    assert T.URL_TOKEN in p and T.EMOJI_TOKEN in p and "http" not in p
    toks = T.tokenize(p)
    assert "23/5/2021" in toks and "7:00" in toks and "99,6%" in toks and "bầu" in toks


def test_token_spans_point_into_text():
    s = "Ngày bầu cử 23/5"
    for tok, a, b in T.token_spans(s):
        assert s[a:b] == tok


@given(st.text())
def test_strip_accents_properties(s):
    out = T.strip_accents(s)
    assert T.strip_accents(out) == out  # idempotent
    assert not any(
        unicodedata.combining(c) for c in unicodedata.normalize("NFC", out) if c.isascii() is False and c.isalpha()
    )
    assert "đ" not in out and "Đ" not in out


@given(st.text())
def test_fold_strip_aligned_keeps_length(s):
    a = T.fold_strip_aligned(s)
    assert len(a) == len(s)


@given(st.text(alphabet=st.characters(categories=["L", "N", "Zs", "P"])))
def test_views_are_consistent(s):
    p, ascii_view = T.views(s)
    assert p == T.prepare(s)
    assert ascii_view.isascii()
    assert T.prepare(p) == p  # idempotent


@given(st.text(alphabet="aăâeêioôơuưyđAĂÂĐbcdghklmnpqrstvx àáảãạầấẩẫậ"))
def test_vietnamese_letters_strip_to_ascii(s):
    assert T.strip_accents(s).isascii()
    assert T.fold_strip(s) == T.strip_accents(T.fold(s))
