"""How candidates get onto the official list (`candidate_selection: consultation_and_voters_meetings`,
a new approved message: every candidate, self-nominated ones too, goes through the consultation
conferences and a meeting of the voters where they live): claims that there is no consultation, no
voters' meeting, or that filing papers puts a name on the list. Beside each, the true rule, a
question, a debunk, those who failed the consultation, a price talk ("hiệp thương giá") and another
country's ballot."""

import pytest

from classifiers.distortion import check
from classifiers.rule_facts import rule_kind
from monitor.outputs.findings import render
from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "candidate_selection": "consultation_and_voters_meetings"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Ứng cử đại biểu HĐND xã dễ lắm, không có hội nghị hiệp thương gì đâu, nộp đơn là xong", "không có hội nghị"),
        ("Người tự ứng cử không cần qua hiệp thương, cứ nộp hồ sơ là lên phiếu", "không cần qua hiệp thương"),
        ("Ứng viên HĐND huyện không bị lấy ý kiến cử tri nơi cư trú như mọi người tưởng", "không bị lấy ý kiến"),
        ("muon ung cu thi ko phai qua buoc nao ca, ai du tuoi cung dc", "ko phai qua buoc nao"),
        ("Ai đủ 21 tuổi nộp hồ sơ ứng cử ở phường là đương nhiên có tên trong danh sách chính thức", "nộp hồ sơ"),
        ("You can stand for the provincial council simply by registering at the ward office.", "simply by registering"),
        ("There is no consultation round for council candidates, whoever applies is listed.", "no consultation round"),
        ("Self-nominated candidates are automatically put on the ballot once they apply.", "automatically put on"),
    ],
)
def test_the_claim_is_found(text, found):
    assert_found(text, FACTS, "candidate_selection", found)


@pytest.mark.parametrize(
    "text",
    [
        "Người tự ứng cử cũng phải qua ba vòng hiệp thương và lấy ý kiến cử tri nơi cư trú.",
        "Có phải người tự ứng cử không cần qua hiệp thương không?",
        "Tin đồn ứng cử viên không phải qua hiệp thương là sai sự thật.",
        "Sở Tài chính tổ chức hiệp thương giá, doanh nghiệp không cần hiệp thương giá với mặt hàng này.",
        "Những người không qua được hiệp thương lần ba sẽ không có tên trong danh sách chính thức.",
        "Nộp hồ sơ ứng cử không có nghĩa là đương nhiên có tên trong danh sách chính thức.",
        "In the US, candidates get on the ballot simply by registering and paying a fee.",
        "The committee held no consultation meeting on the budget this month.",
    ],
)
def test_the_rule_asked_debunked_or_elsewhere_is_not(text):
    assert_silent(text, FACTS, "candidate_selection")


def test_the_rule_is_registered_and_the_finding_reads_in_both_languages():
    assert rule_kind("candidate_selection", "consultation_and_voters_meetings") == "vetting"
    text = "Người tự ứng cử không cần qua hiệp thương, cứ nộp hồ sơ là lên phiếu"
    (finding,) = [f for f in check(text, FACTS) if f.fact == "candidate_selection"]
    assert finding.kind == "vetting"
    assert "hiệp thương" in render(finding, "vi") and "consultation" in render(finding, "en")
