"""A ballot said to be marked another way than by crossing out the names one does not choose
(`ballot_marking: cross_out`, the Ministry of Home Affairs' circulars on the election forms):
ticks and circles said required, crossing out said to spoil the ballot, a blank ballot said to
count for everyone: found; the rule, every name crossed out, another country's ballot,
questions and debunks: silent."""

import pytest

from classifiers.distortion import check
from monitor.outputs.findings import render
from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "ballot_marking": "cross_out"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Muốn chọn ai thì đánh dấu tích vào ô bên cạnh tên người đó, gạch tên là phiếu hỏng.", "đánh dấu"),
        ("Cử tri phải khoanh tròn tên người mình chọn, không được gạch.", "khoanh tròn"),
        ("nam nay bau ai thi khoanh tron ten nguoi do nha, gach la phieu hong", "khoanh tron"),
        ("Gạch tên ai là phiếu đó bị hủy, cứ để nguyên rồi bỏ vào hòm.", "là phiếu"),
        ("To vote, tick the box next to the names you want on the ballot.", "tick"),
        ("You must circle the name of your chosen candidate or the ballot won't count.", "circle"),
        ("Crossing out a name makes the whole ballot void, so don't do it.", "makes"),
        ("Để phiếu trắng không gạch ai thì phiếu đó được tính là bầu cho tất cả mọi người.", "tính là bầu"),
        ("A blank ballot counts as a vote for every candidate on the list.", "counts"),
    ],
)
def test_another_way_of_marking_the_ballot_is_found(text, found):
    assert_found(text, FACTS, "ballot_marking", found)


@pytest.mark.parametrize(
    "text",
    [
        "Cử tri không tín nhiệm ai thì gạch ngang cả họ tên người đó; không khoanh tròn, không đánh dấu.",
        "Gạch hết tên những người ứng cử là phiếu không hợp lệ.",
        "In the US, voters fill in the bubble next to the candidate's name.",
        "Có phải muốn chọn ai thì đánh dấu tích vào tên người đó không?",
        "Tin phải khoanh tròn tên người mình chọn là sai, cử tri gạch tên người không bầu.",
        "Ở cuộc thi ảnh, muốn chọn ai thì đánh dấu tim vào bài dự thi.",
    ],
)
def test_the_rule_every_name_crossed_out_another_country_and_debunks_give_no_finding(text):
    assert_silent(text, FACTS, "ballot_marking")


def test_the_finding_reads_in_both_languages():
    (hit,) = [f for f in check("Cử tri phải khoanh tròn tên người mình chọn", FACTS) if f.fact == "ballot_marking"]
    assert "cách ghi phiếu bầu" in render(hit, "vi") and "gạch ngang cả họ tên" in render(hit, "vi")
    assert "nothing ticked or circled" in render(hit, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Tổ bầu cử cần tích cực ở các khu vực đông dân để vận động cử tri đi bầu.",
        "Nhớ đánh dấu ngày 23/5 ở lịch nhà mình nhé, đi bầu cử sớm.",
        "Các tổ bầu cử cần đánh dấu ô tên cử tri đã nhận phiếu trong sổ.",
    ],
)
def test_being_active_marking_a_calendar_or_the_register_is_no_claim_about_the_ballot(text):
    assert_silent(text, FACTS, "ballot_marking")
