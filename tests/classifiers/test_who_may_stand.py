"""Who may stand (`candidacy_open_to: every_citizen_21`, approved message ``who-may-stand``): every
citizen aged 21 or over may stand, party member or not, nominated by a body or self-nominated
(Luật Bầu cử số 85/2015/QH13, Điều 2 and chapter V). A claim that only party members may stand, that
people outside the Party may not, or that self-nomination is not allowed was found in a real rumour
quoted by a page answering it (a set kept outside the repository); these are the team's own words.
Beside them, what is true, denied, asked, reported as false, or about another body's vote."""

import pytest

from classifiers.distortion import check
from classifiers.rule_values import rule_kind
from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "candidacy_open_to": "every_citizen_21"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Chỉ đảng viên mới được ứng cử đại biểu Quốc hội, người ngoài Đảng đừng mơ.", "mới được ứng cử"),
        ("Người ngoài Đảng không được ứng cử vào HĐND đâu, luật quy định rồi.", "không được ứng cử"),
        ("Chỉ những ai là đảng viên Đảng Cộng sản mới đủ điều kiện ra ứng cử.", "đủ điều kiện ra ứng cử"),
        ("Nghe nói năm nay không được tự ứng cử nữa, phải có cơ quan giới thiệu mới có tên.", "tự ứng cử"),
        ("Tự ứng cử là vi phạm pháp luật, ai nộp hồ sơ sẽ bị mời lên làm việc.", "vi phạm pháp luật"),
        ("chi dang vien moi duoc ung cu thoi, ng ngoai dang nop ho so cung vo ich", "moi duoc ung cu"),
        ("Only Communist Party members can run for the National Assembly.", "can run"),
        ("Non-party members are not allowed to stand for the provincial council.", "stand"),
        ("Self-nomination is illegal in this election, so don't bother filing.", "illegal"),
    ],
)
def test_a_claim_that_only_some_citizens_may_stand_is_found(text, found):
    assert_found(text, FACTS, "candidacy_open_to", found)


@pytest.mark.parametrize(
    "text",
    [
        "Không phải chỉ đảng viên mới được ứng cử; người ngoài Đảng và người tự ứng cử đều có quyền.",
        "Có phải chỉ đảng viên mới được ứng cử không?",
        "Tin đồn người ngoài Đảng không được ứng cử là sai sự thật.",
        "Danh sách chính thức có 3 người ngoài Đảng và 1 người tự ứng cử.",
        "Chỉ đảng viên mới được dự đại hội chi bộ và bầu ban chấp hành.",
        "Người tự ứng cử phải nộp hồ sơ trước ngày 14/3 tại Ủy ban bầu cử tỉnh.",
        "Chỉ công dân đủ 21 tuổi mới được ứng cử.",
        "Only party members may vote at the party congress.",
        "Non-party candidates made up a small share of those elected.",
        "It is not true that only party members can run: self-nominated citizens are on the list too.",
        "Một người không được tự ứng cử ở hai đơn vị bầu cử cùng lúc.",
    ],
)
def test_true_denied_asked_reported_or_other_votes_are_silent(text):
    assert_silent(text, FACTS, "candidacy_open_to")


def test_the_fact_is_a_rule_of_its_own_kind_and_renders_in_both_languages():
    from monitor.outputs.findings import render

    assert rule_kind("candidacy_open_to", "every_citizen_21") == "standing"
    (finding,) = [f for f in check("Chỉ đảng viên mới được ứng cử.", FACTS) if f.fact == "candidacy_open_to"]
    assert finding.kind == "standing"
    assert "ngoài Đảng" in render(finding, "vi")
    assert "party member or not" in render(finding, "en")


def test_the_shipped_message_carries_the_fact():
    from monitor.ingest.pipeline import approved_messages

    facts = {k: v for m in approved_messages(None) for k, v in (m.get("key_facts") or {}).items()}
    assert facts["candidacy_open_to"] == "every_citizen_21"
