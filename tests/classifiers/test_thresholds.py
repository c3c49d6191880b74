"""A seat said won with less than half the valid votes or by a plurality (`winner_share`), a unit's
vote said void below another turnout than half (`valid_turnout`): found; the rule, the ranking among
those above half, a contest's vote, questions and debunks: silent."""

import pytest

from classifiers.distortion import check
from monitor.outputs.findings import render
from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "winner_share": "more_than_half", "valid_turnout": "more_than_half"}


@pytest.mark.parametrize(
    "text,fact,found",
    [
        ("Theo một đoạn ghi âm, năm nay người trúng cử chỉ cần đạt 30% số phiếu hợp lệ.", "winner_share", "30%"),
        (
            "Khoi can qua ban nha, ai nhieu phieu nhat la trung, bau quoc hoi gio nhu binh xet",
            "winner_share",
            "nhieu phieu",
        ),
        ("A candidate only needs a third of the votes to win a seat this time.", "winner_share", "a third"),
        ("Người trúng cử đại biểu Quốc hội năm nay chỉ cần đạt 30% số phiếu hợp lệ.", "winner_share", "30%"),
        ("Whoever gets the most votes wins the seat, there is no need for a majority", "winner_share", "most votes"),
        ("Năm nay ứng viên nào nhiều phiếu nhất là trúng cử, khỏi phải tính quá bán.", "winner_share", "nhiều phiếu"),
        ("Bầu cử năm nay không cần quá bán nữa, cứ đứng đầu đơn vị là trúng cử.", "winner_share", "không cần quá bán"),
        ("The candidate with the most votes wins the seat in every constituency.", "winner_share", "most votes"),
        ("In this election a candidate wins the seat even with 30 percent of the votes.", "winner_share", "30 percent"),
        ("Chỉ cần được 40% số phiếu hợp lệ là trúng cử đại biểu Quốc hội.", "winner_share", "40%"),
        (
            "Under the new rule you only need more votes than the others to be elected.",
            "winner_share",
            "more votes than",
        ),
        ("Chia se: don vi nao khong du 2/3 cu tri di bau la huy ket qua", "valid_turnout", "2/3"),
        ("The election in a constituency is valid as long as a third of voters turn out.", "valid_turnout", "a third"),
        ("Cuộc bầu cử ở đơn vị được công nhận miễn là có 30% cử tri đi bầu.", "valid_turnout", "30%"),
        ("Below 70% turnout the vote in a constituency is void and must be held again.", "valid_turnout", "70%"),
    ],
)
def test_a_seat_or_a_result_said_to_need_another_share_is_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text",
    [
        "Người trúng cử phải có số phiếu quá một nửa số phiếu hợp lệ; nếu nhiều người cùng quá nửa thì ai nhiều phiếu nhất trúng.",
        "Phải quá bán mới trúng; nếu nhiều người cùng quá bán thì ai nhiều phiếu nhất là trúng.",
        "Đơn vị có dưới một nửa cử tri đi bầu thì phải bầu lại.",
        "Ở cuộc thi hoa hậu, ai nhiều phiếu nhất là thắng.",
        "Có phải ai nhiều phiếu nhất là trúng không mọi người?",
        "Tin người trúng cử chỉ cần 30% số phiếu là sai sự thật.",
        "Người trúng cử cần quá bán; trong những người quá bán, ai nhiều phiếu nhất là trúng cử.",
        "Ở cuộc thi ảnh, bài dự thi nào nhiều phiếu bình chọn nhất là thắng giải.",
        "In a US House race the candidate with the most votes wins the seat, even with 40 percent.",
        "Kết quả bầu cử được công nhận khi có quá nửa số cử tri đi bầu, theo luật.",
    ],
)
def test_the_rule_a_ranking_above_half_a_contest_and_debunks_give_no_finding(text):
    assert_silent(text, FACTS, "winner_share")
    assert_silent(text, FACTS, "valid_turnout")


def test_the_finding_reads_in_both_languages():
    (hit,) = [f for f in check("Người trúng cử chỉ cần đạt 30% số phiếu", FACTS) if f.fact == "winner_share"]
    assert "số phiếu cần để trúng cử" in render(hit, "vi") and "quá một nửa" in render(hit, "vi")
    assert "more than half" in render(hit, "en")
