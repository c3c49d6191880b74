"""How long the vote lasts (`voting_days: one_day`, a new key fact of the election-date message: the
vote is held on a single day, a Sunday): the vote said to run over two days or to be open on either
of two days. Beside each, a countdown, a congress, a council's session, the preparations, a
question, a debunk, a denial and another country's two-day vote."""

import pytest

from classifiers.distortion import check
from classifiers.rule_facts import rule_kind
from monitor.outputs.findings import render
from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "voting_days": "one_day"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Năm nay bầu cử kéo dài 2 ngày, ai bận ngày nào thì đi ngày kia nha", "kéo dài 2 ngày"),
        ("Nghe phường nói bỏ phiếu diễn ra trong hai ngày thứ bảy và chủ nhật cho đỡ đông", "hai ngày"),
        ("Được bầu 2 ngày liên tiếp nên khỏi phải xin nghỉ làm", "2 ngày liên tiếp"),
        ("Bận ngày nào thì đi ngày kia, tổ bầu cử mở cả hai hôm", "ngày kia"),
        ("It's a two-day vote this year, no need to queue on Sunday morning.", "two-day vote"),
        ("Voting runs over two days this time, Saturday and Sunday.", "over two days"),
        ("You can vote on either day of the weekend, the booths stay up.", "either day"),
    ],
)
def test_the_claim_is_found(text, found):
    assert_found(text, FACTS, "voting_days", found)


@pytest.mark.parametrize(
    "text",
    [
        "Còn 2 ngày nữa là bầu cử, các tổ bầu cử đã sẵn sàng.",
        "Đại hội cổ đông bỏ phiếu diễn ra trong hai ngày.",
        "Kỳ họp HĐND tỉnh diễn ra trong 2 ngày, bầu chủ tịch vào ngày thứ hai.",
        "Công tác chuẩn bị bầu cử diễn ra trong 2 ngày 20 và 21/5.",
        "Có phải bầu cử kéo dài 2 ngày không?",
        "Tin bầu cử kéo dài 2 ngày là sai, cuộc bầu cử chỉ diễn ra trong ngày chủ nhật 23/5.",
        "Bầu cử không kéo dài 2 ngày, chỉ một ngày chủ nhật.",
        "Ở Indonesia, bỏ phiếu kéo dài hai ngày tại một số vùng.",
    ],
)
def test_what_is_not_the_claim_is_silent(text):
    assert_silent(text, FACTS, "voting_days")


def test_the_rule_is_registered_and_reads_in_both_languages():
    assert rule_kind("voting_days", "one_day") == "one_day"
    (finding,) = [f for f in check("Năm nay bầu cử kéo dài 2 ngày, ai bận ngày nào thì đi ngày kia", FACTS)
                  if f.fact == "voting_days"]  # fmt: skip
    assert "một ngày" in render(finding, "vi") and "a single day" in render(finding, "en")
