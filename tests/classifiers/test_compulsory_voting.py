"""Whether voting is compulsory (`voting_status: right_and_duty`, a key fact of the no-penalty
message): voting said compulsory by law, or voters said to need an exemption to stay home. Beside
each, the official "quyền và nghĩa vụ", a step of voting made compulsory (the voter card, voting in
person), a question, a debunk, a denial and another country's compulsory voting."""

import pytest

from classifiers.distortion import check
from classifiers.rule_facts import rule_kind
from monitor.outputs.findings import render
from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "voting_status": "right_and_duty"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Đi bầu ở nước mình là nghĩa vụ bắt buộc theo Luật Bầu cử, ai vắng phải có lý do", "bắt buộc"),
        ("Năm nay bỏ phiếu là bắt buộc nha mọi người, tổ trưởng đi điểm danh từng nhà", "bắt buộc"),
        ("Luật mới bắt buộc mọi người phải đi bầu, trốn là có hồ sơ", "bắt buộc mọi người phải đi bầu"),
        ("Di bau bat buoc roi, khong phai tuy y nhu truoc dau", "bat buoc"),
        ("Đi bầu bắt buộc phải đi, không đi là có chuyện với tổ trưởng", "bắt buộc"),
        ("Ai bận ngày bầu cử thì làm đơn xin miễn bỏ phiếu nộp tổ bầu cử trước ba ngày", "xin miễn bỏ phiếu"),
        ("Voting is compulsory under the new election law, so plan your Sunday around it.", "compulsory"),
        ("Heads up: voting here is now mandatory, the ward keeps a list of who turns up.", "mandatory"),
        ("The law requires every citizen to vote, skipping it goes on your record.", "requires every citizen to vote"),
        ("If you will be away, apply to the election team for an exemption before polling day.", "exemption"),
    ],
)
def test_the_claim_is_found(text, found):
    assert_found(text, FACTS, "voting_status", found)


@pytest.mark.parametrize(
    "text",
    [
        "Bầu cử là quyền và nghĩa vụ của công dân, mỗi cử tri hãy đi bầu đầy đủ.",
        "Đi bầu bắt buộc phải mang theo thẻ cử tri hoặc căn cước không mọi người?",
        "Khi đi bầu, cử tri bắt buộc phải tự mình bỏ phiếu, không được nhờ người khác bỏ hộ.",
        "Đi bầu có bắt buộc không mọi người?",
        "Đi bầu không bắt buộc, không ai bị phạt vì không đi bầu.",
        "Tin đồn đi bầu là bắt buộc theo luật là sai, bầu cử là quyền và nghĩa vụ của công dân.",
        "Ở Úc, đi bầu là bắt buộc và người không đi có thể bị phạt tiền.",
        "Australia is one of the few countries where voting is compulsory.",
        "Đại hội cổ đông bắt buộc các cổ đông tham gia bỏ phiếu trực tuyến.",
        "Is voting compulsory in Vietnam? No: it is a right and a duty, and nobody is fined.",
        # what the organisers or the vote itself must do, not the voter's duty to vote
        "Việc tổ chức bầu cử bắt buộc phải tuân thủ đúng quy định của luật.",
        "Khi bỏ phiếu bắt buộc phải giữ bí mật lá phiếu, không ai được xem.",
        "Công tác bầu cử bắt buộc phải bảo đảm dân chủ, đúng luật, an toàn.",
        "Mỗi cử tri bắt buộc phải bỏ phiếu kín, không ai được xem lá phiếu.",
        "Cử tri bắt buộc phải bỏ phiếu trực tiếp tại khu vực bỏ phiếu nơi mình có tên.",
    ],
)
def test_what_is_not_the_claim_is_silent(text):
    assert_silent(text, FACTS, "voting_status")


def test_the_rule_is_registered_and_reads_in_both_languages():
    assert rule_kind("voting_status", "right_and_duty") == "compulsory"
    (finding,) = [f for f in check("Đi bầu là bắt buộc theo luật, ai vắng phải giải trình", FACTS)
                  if f.fact == "voting_status"]  # fmt: skip
    assert "quyền và nghĩa vụ" in render(finding, "vi") and "right and duty" in render(finding, "en")


def test_the_shipped_message_answers_it_as_a_procedure_claim():
    """A flag resting on this finding alone takes the first narrative of the message holding the
    fact: a claim about how voting works, not a threat."""
    from classifiers.matcher import message_field
    from monitor.ingest.pipeline import approved_messages

    holding = [m for m in approved_messages(None) if "voting_status" in (message_field(m, "key_facts") or {})]
    assert [message_field(m, "narratives")[0] for m in holding] == ["procedure_false"]
