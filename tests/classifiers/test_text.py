import re
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


def _aligned_reference(s: str) -> str:
    """``fold_strip_aligned`` by ``str.translate`` alone, as it was before the table look-up."""
    fast = s.translate(T._LOOKALIKE_STRIP_TABLE).lower()
    if len(fast) == len(s) and (fast.isascii() or T._COMBINING_RE.search(fast) is None):
        return fast
    out = []
    for ch in s:
        c = ch.translate(T._LOOKALIKE_STRIP_TABLE).lower()
        if len(c) != 1:
            c = T.strip_accents(c)
            if len(c) != 1:
                c = c[:1] if c else " "
        if unicodedata.combining(c):
            c = " " if not out else "\u0000"
        out.append(c)
    return "".join(out)


def test_fold_strip_aligned_by_table_is_the_translation_for_every_character():
    # Each BMP character (and a few beyond it) inside a text long enough for the table look-up,
    # next to the ones that lower-case by context (Σ) or leave a combining mark.
    pad = "Bầu cử Đại biểu Quốc hội, TỔ BẦU CỬ số 5: " * 2
    for c in [*range(0xD800), *range(0xE000, 0x10000), 0x1F600, 0x1D400]:
        s = pad + chr(c) + " x" + chr(c)
        assert T.fold_strip_aligned(s) == _aligned_reference(s), hex(c)
    for tail in ("ΟΔΟΣ", "ΟΔΟΣ x", "a\u0301", "\u0301", "İ", "ß", "\udc00"):
        assert T.fold_strip_aligned(pad + tail) == _aligned_reference(pad + tail), tail
    assert (T._aligned_of_unit() >= 0).sum() > 60_000  # (most characters take the look-up)


@given(
    st.text(alphabet=st.sampled_from("ÐðƉđĐAaÀàẮắỮữƠơƯưßİΣσ́😀 ,.ДдΩ\n“”–") | st.characters(), min_size=60) | st.text()
)
def test_fold_strip_aligned_matches_the_translation(s):
    assert T.fold_strip_aligned(s) == _aligned_reference(s)


@given(st.text(alphabet=st.sampled_from("ÐðƉđĐAaÀàẮắỮữƠơƯưß́😀 ,.ДдΩ")) | st.text())
def test_one_table_maps_look_alikes_then_strips_accents(s):
    assert s.translate(T._LOOKALIKE_STRIP_TABLE) == s.translate(T._LOOKALIKES).translate(T._STRIP_TABLE)


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


def _scoped(s):
    p = T.prepare(s)
    return [tok for tok, neg in zip(T.tokenize(p), T.negation_scope(p), strict=True) if neg]


def test_negation_scope_runs_to_the_end_of_the_clause():
    # The words after the negation, up to the comma; not the negation word itself.
    assert _scoped("Cử tri không được nhờ người khác bầu thay, phải tự đi bầu.") == [
        "được", "nhờ", "người", "khác", "bầu", "thay",
    ]  # fmt: skip
    # A statement without a negation has no scope at all.
    assert _scoped("Cử tri có thể nhờ người khác bầu thay.") == []


def test_negation_scope_ends_at_punctuation_closing_quotes_and_break_words():
    assert _scoped("không đi bầu.” Cử tri vẫn đến") == ["đi", "bầu"]
    assert _scoped("chưa có kết quả; sáng nay kiểm phiếu") == ["có", "kết", "quả"]
    assert _scoped("không phải ai cũng đi, nhưng tỷ lệ cao") == ["phải", "ai", "cũng", "đi"]
    assert _scoped("ko phải bỏ phiếu mà chỉ cần ký") == ["phải", "bỏ", "phiếu"]
    # A number's inner comma or period is not the end of a clause; its last character is.
    assert _scoped("không đạt 99,6% cử tri.") == ["đạt", "99,6%", "cử", "tri"]


def test_negation_scope_unaccented_chat_and_english():
    assert _scoped("KHONG DI BAU cung duoc") == ["di", "bau", "cung", "duoc"]
    assert _scoped("k can di bau") == ["can", "di", "bau"]
    assert _scoped("Voters do not need to register again, officials said") == ["need", "to", "register", "again"]
    assert _scoped("You don’t have to vote") == ["have", "to", "vote"]


def test_negation_scope_has_one_value_per_token():
    for s in ["", "không", "không, không.", "(không) bầu", "xem https://x.vn/a không 😡 bầu"]:
        p = T.prepare(s)
        assert len(T.negation_scope(p)) == len(T.tokenize(p))


@given(
    st.lists(
        st.sampled_from(["không ", "ko ", "bầu ", "cử", "x", ", ", ". ", "”. ", "7,5 ", "nhưng ", "mà ", " ", ")"]),
        max_size=40,
    ).map("".join)
)
def test_negation_scope_matches_a_clause_by_clause_reading(s):
    # Independently: cut the text into clauses (after clause punctuation and its closing
    # quotes, before a break word); in each, the words after its first negation are in scope.
    p = T.prepare(s)
    expected = []
    for clause in re.split(r"(?<=[.?!,;:…])[\"'”’)»\]}]*(?=\s|$)|\b(?=(?:nhưng|mà)\b)", p):
        seen = False
        for tok in T.tokenize(clause):
            expected.append(seen and tok not in T.NEGATION_WORDS and tok not in T.SCOPE_BREAK_WORDS)
            seen = seen or tok in T.NEGATION_WORDS
    assert T.negation_scope(p) == expected
