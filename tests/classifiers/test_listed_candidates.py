"""A claim about someone on the office's candidate list is a claim about a candidate
(`classifiers.names.mark_candidates`, read by the key-fact checks of `classifiers.decision`): "nghe
voice của ông <listed name>", "Mr <listed name> has a second passport" say a candidate's words or
record from what the election bodies do not publish, though the sentence never says "candidate". The
same words about someone not on the list are not; the name is never what a finding shows; a title's
full stop ("Ms.", "Mr.", "TP.") does not end a sentence, so a debunk before it still covers it."""

import pytest

from classifiers.distortion import check
from classifiers.names import CANDIDATE_TOKEN, mark_candidates
from tests.classifiers.test_candidate_information import FACTS

LISTED = ["Hoàng Văn E", "Đỗ Thị F", "Lê Thị C"]


def _kinds(findings):
    return [f.kind for f in findings]


def test_marking_keeps_every_offset_and_only_listed_names():
    text = "Nghe voice của ông Hoàng Văn E và ông Trần Văn Q"
    marked = mark_candidates(text, LISTED)
    assert len(marked) == len(text)
    assert marked.startswith("Nghe voice của ông " + CANDIDATE_TOKEN)
    assert marked.endswith("và ông Trần Văn Q")
    assert mark_candidates("Ong hoang van e noi", LISTED).startswith("Ong " + CANDIDATE_TOKEN)  # accents, case
    assert mark_candidates(text, []) is text
    assert mark_candidates("", LISTED) == ""


@pytest.mark.parametrize(
    "text",
    [
        "@all nghe voice của ông Hoàng Văn E trong nhóm Zalo dòng họ: 'cả họ phải bầu cho tôi' share giúp mình",
        "Ms. Do Thi F has a second passport, here's the proof",
        "Tài liệu nội bộ: ông Hoàng Văn E được ưu tiên vì là cháu lãnh đạo tỉnh, share giúp mình",
        "Mr. Hoang Van E's master's degree is from a diploma mill, the school doesn't even exist",
        "Chia sẻ: tin nhắn Zalo của bà Lê Thị C gửi tổ trưởng: 'vận động bà con gạch người kia, cuối năm tôi lo'",
        "Nghe nói chồng bà Đỗ Thị F đứng sau sòng bạc ở chợ phường, ai cũng biết",
    ],
)
def test_a_listed_candidates_words_or_record_is_a_candidate_claim(shipped_decider, text):
    assert "candidate" not in _kinds(check(text, FACTS))  # (no word of a candidate in the sentence)
    findings = shipped_decider.decide([text])[0].findings
    assert "candidate" in _kinds(findings)
    for f in findings:
        assert CANDIDATE_TOKEN not in f.found and f.found == text[f.start : f.end]


@pytest.mark.parametrize(
    "text",
    [
        "Nghe voice của ông Trần Văn Q trong nhóm Zalo dòng họ, share giúp mình",  # not on the list
        "Election committee rejects claim that Ms. Le Thi C was disqualified over a fake degree",
        "Ủy ban bầu cử tỉnh bác bỏ tin đồn ông Hoàng Văn E dùng bằng giả: hồ sơ đã được thẩm tra.",
        "Đoạn ghi âm được cho là của ông Hoàng Văn E đã bị cắt ghép từ nhiều đoạn khác nhau.",
    ],
)
def test_not_a_listed_candidates_claim(shipped_decider, text):
    assert "candidate" not in _kinds(shipped_decider.decide([text])[0].findings)


@pytest.mark.parametrize(
    "text",
    [
        "Election committee rejects claim that Ms. Lan was disqualified over a fake degree in the election",
        "The commission dismissed claims that Dr. Minh faked a degree to stand in the election",
        "Tin đồn TP. Hà Nội xóa tên ứng viên vì có hai quốc tịch là sai sự thật",
    ],
)
def test_a_titles_full_stop_ends_no_sentence(text):
    assert "candidate" not in _kinds(check(text, FACTS))
