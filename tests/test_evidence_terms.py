"""Evidence names content, never people: the display-time filter of monitor/outputs/evidence_terms.py."""

from __future__ import annotations

from monitor.outputs.evidence_terms import allowed, name_words, shown_evidence

TEXT = (
    "Ông Trần Văn Hùng nói ngày bầu cử đã dời sang 30/5. Bà Lan cho biết ai không đi bầu "
    "sẽ bị phạt. Nguyễn Thị Mai chia sẻ bài viết."
)
URL = "https://tin.example.org/bau-cu/123.html"


def _shown(terms: list[str], text: str = TEXT, url: str | None = URL) -> list[str]:
    return [e["term"] for e in shown_evidence([{"term": x, "weight": 1.0} for x in terms], "Tin", text, url)]


def test_names_honorifics_and_name_fragments_are_never_shown():
    assert name_words(TEXT) >= {"trần", "văn", "hùng", "lan", "nguyễn", "thị", "mai"}
    hidden = [
        "ông",
        "bà",
        "ông trần",
        "hùng",
        "Văn Hùng",
        "tran van hung",
        "lan",
        "mai",
        "nguyen thi",
        "bà lan",
        "đồng chí",
        "huỳnh",
    ]
    assert _shown(hidden) == []


def test_url_pieces_and_function_words_are_never_shown():
    assert _shown(["example", "www", "html", "tin example", "và", "của", "la", "là của", "a"]) == []


def test_content_terms_stay_in_their_order():
    terms = ["dời sang", "30/5", "bị phạt", "vi phạm", "gian lận", "gian lan", "ngày mai"]
    # "Mai" and "Lan" are names in TEXT, so "ngày mai" and the unaccented "gian lan" (which may
    # spell "Lan") go for this item only: when in doubt, fewer terms
    assert _shown(terms) == ["dời sang", "30/5", "bị phạt", "vi phạm", "gian lận"]
    assert _shown(["gian lan"], text="Bầu cử gian lận.") == ["gian lan"]
    assert _shown(["ngày mai", "vi phạm", "Hà Nội"], text="Ngày mai bỏ phiếu ở Hà Nội.", url=None) == [
        "ngày mai",
        "vi phạm",
    ]


def test_allowed_keeps_numbers_and_drops_empty():
    assert allowed("23/5/2021", set(), set()) and not allowed("  ", set(), set()) and not allowed("-", set(), set())


def test_handouts_print_only_content_terms():
    from monitor.outputs.exports import case_records

    row = {
        "title": "Ông Trần Văn Hùng nói",
        "text": TEXT,
        "url": URL,
        "narrative": "procedure_false",
        "evidence": [{"term": "ông"}, {"term": "hùng"}, {"term": "example"}, {"term": "dời sang"}, {"term": "của"}],
    }
    assert case_records([row], [], {}, "vi")[0]["evidence"] == "dời sang"
