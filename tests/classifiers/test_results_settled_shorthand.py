"""Results said settled before the vote in chat shorthand and a few more wordings: "trc" for
"trước", "r" for "rồi", a seat that "has its owner" already, results had "before", the list
"arranged since before then". Beside them, the same words where nothing is claimed: a seat's
owner in a café, results expected before a date, a denial, a report of the claim."""

import pytest

from tests.classifiers.test_distortion_wordings import FACTS, assert_found, assert_silent


@pytest.mark.parametrize(
    "text,found",
    [
        ("Bầu cử làm gì, kết quả định trc hết rồi, đi cũng vậy.", "định trc"),
        ("Ai ra ứng cử theo danh sách thì trúng, kết quả chốt cả r, đi bầu cho có.", "chốt cả r"),
        ("Dân chỉ việc bỏ phiếu cho đủ số, ghế đại biểu nào cũng có chủ từ trước rồi.", "có chủ từ trước"),
        ("Kiểm phiếu xong trong 5 phút, rõ ràng có kết quả trước rồi còn gì.", "có kết quả trước rồi"),
        ("Người trúng cử HĐND xã đã được sắp xếp từ trước đó rồi, bầu cử chỉ là thủ tục.", "sắp xếp từ trước đó rồi"),
        ("Người trúng cử HĐND huyện chốt xong r, bầu cho vui thôi.", "chốt xong r"),
    ],
)
def test_results_settled_in_shorthand_are_a_finding(text, found):
    assert_found(text, FACTS, "results_decided_by", found)


@pytest.mark.parametrize(
    "text",
    [
        "Quán cà phê gần điểm bỏ phiếu đông khách, ghế nào cũng có chủ từ sáng sớm.",
        "Hội đồng bầu cử quốc gia dự kiến có kết quả trước ngày 10/6.",
        "Không có chuyện kết quả bầu cử được định trước: kiểm phiếu công khai trước cử tri.",
        "Các trang mạng xuyên tạc rằng kết quả bầu cử đã chốt cả rồi, đây là luận điệu sai trái.",
        "Tổ bầu cử đã sắp xếp từ trước đó bàn ghế và hòm phiếu cho ngày bầu cử.",
    ],
)
def test_the_same_words_without_a_claim_are_silent(text):
    assert_silent(text, FACTS, "results_decided_by")


@pytest.mark.parametrize(
    "text,found",
    [
        ("Đi bầu làm gì, lá phiếu chỉ để hợp thức hóa sự sắp đặt nhân sự từ trên.", "hợp thức hóa sự sắp đặt"),
        ("Nobody should bother voting, the results have been arranged.", "results have been arranged"),
        ("Does my vote matter at all? They have already arranged it all.", "already arranged it all"),
    ],
)
def test_the_vote_said_to_legitimise_an_arrangement_is_a_finding(text, found):
    assert_found(text, FACTS, "results_decided_by", found)


@pytest.mark.parametrize(
    "text",
    [
        "The polling stations have already been arranged for Sunday's vote.",
        "The results have been decided by the count in front of the voters.",
        "Officials have already arranged everything for the count on election night.",
        'A common line online is that the vote is "for show", "decided by the party", or "the results have been arranged".',
        "Không có chuyện lá phiếu chỉ để hợp thức hóa sự sắp đặt: kiểm phiếu công khai trước cử tri.",
    ],
)
def test_arrangements_for_the_day_and_denials_are_silent(text):
    assert_silent(text, FACTS, "results_decided_by")
