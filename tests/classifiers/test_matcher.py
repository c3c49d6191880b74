from classifiers.matcher import Matcher


def test_match_finds_message_accent_insensitive(messages):
    m = Matcher(messages)
    top = m.match("nghe noi nam nay duoc bo phieu ho cho ca nha", k=3)
    keys = [x.key for x in top]
    assert "no-proxy-voting" in keys
    assert all(0 < x.score <= 1 for x in top)


def test_narrative_preference(messages):
    m = Matcher(messages)
    top = m.match("Ngày bầu cử dời sang 30/5", narrative="procedure_false", k=3)
    linked = {msg["key"] for msg in messages if "procedure_false" in msg["narratives"]}
    assert top[0].key in linked
    assert top[0].key == "election-date-2021"


def test_examples_and_batch(messages):
    m = Matcher(messages, examples=[("máy đếm phiếu cài sẵn kết quả", "fraud_claim")])
    res = m.match_batch(["May dem phieu cai san ket qua roi", "xyz"], [None, None], k=2)
    assert len(res) == 2
    fraud = {msg["key"] for msg in messages if "fraud_claim" in msg["narratives"]}
    assert res[0][0].key in fraud


def test_empty_matcher():
    assert Matcher([]).match("anything") == []


def test_stored_rows_match_like_yaml_messages():
    """The matcher reads approved messages as stored rows (title_vi, text_en, ...) too."""
    from classifiers.matcher import Matcher

    row = {
        "key": "date",
        "narratives": ["procedure_false"],
        "title_vi": "Ngày bầu cử",
        "title_en": "Election day",
        "text_vi": "Cuộc bầu cử diễn ra vào Chủ nhật ngày 23/5/2021",
        "text_en": "The election is on Sunday 23 May 2021",
    }
    other = {
        "key": "age",
        "narratives": ["procedure_false"],
        "title_vi": "Tuổi bầu cử",
        "title_en": "Voting age",
        "text_vi": "Công dân đủ 18 tuổi có quyền bầu cử",
        "text_en": "Citizens aged 18 may vote",
    }
    best = Matcher([row, other]).match("bau cu doi sang chu nhat ngay 30/5/2021", k=1)
    assert best and best[0].key == "date" and best[0].score > 0.2
