"""More candidates than seats (`candidate_surplus: more_candidates_than_seats`, a new approved
message): every name on the ballot said to be elected, or the lists said to hold no more
candidates than seats. Beside each, what is true (the surplus, some not elected), a denial, a
question, a debunk, a council electing its chair from one name, a bank balance ("số dư")."""

import pytest

from classifiers.distortion import check
from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "candidate_surplus": "more_candidates_than_seats"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Trên phiếu có bao nhiêu người thì trúng bấy nhiêu, đi bầu cho có thôi.", "bao nhiêu người"),
        ("moi nguoi oi danh sach bao nhieu ng la trung het, k co chuyen so du dau", "bao nhieu ng"),
        ("Ai có tên trên phiếu cũng trúng, gạch hay không cũng vậy.", "có tên trên phiếu"),
        ("Tất cả ứng viên trên phiếu đều trúng, năm nào cũng thế.", "ứng viên trên phiếu"),
        ("Không có chuyện số dư đâu, số người ứng cử bằng đúng số ghế.", "số dư"),
        ("Every name on the ballot gets elected, so why bother.", "every name on the ballot"),
        ("There are never more candidates than seats in these elections.", "more candidates than seats"),
        ("Each unit lists as many candidates as there are seats, it's a formality.", "as many candidates"),
        # every candidate said elected, with no ballot or list named
        ("868 người ứng cử thì trúng cử hết cả 868, không ai trượt", "868 người ứng cử"),
        ("868 nguoi ung cu thi trung cu het ca 868, ko ai truot, bau cho co", "868 nguoi ung cu"),
        ("Năm nay ứng viên nào cũng trúng, đi bầu làm gì", "ứng viên nào cũng trúng"),
        ("Tất cả ứng viên đều trúng cử hết, bầu cho vui", "Tất cả ứng viên"),
        ("Không có ứng viên nào trượt đâu, yên tâm mà gạch bừa", "ứng viên nào trượt"),
        ("Every candidate gets elected anyway, why bother", "Every candidate"),
        ("All 868 candidates were elected, nobody lost", "All 868 candidates"),
        ("No candidate ever loses in these elections", "No candidate ever loses"),
    ],
)
def test_the_claim_is_found(text, found):
    assert_found(text, FACTS, "candidate_surplus", found)


@pytest.mark.parametrize(
    "text",
    [
        "Mỗi đơn vị bầu cử có số người ứng cử nhiều hơn số đại biểu được bầu, ít nhất là 2 người.",
        "Không phải ai có tên trên phiếu cũng trúng: năm 2021 có hàng trăm người ứng cử không trúng cử.",
        "Có phải trên phiếu có bao nhiêu người thì trúng bấy nhiêu không?",
        "Thông tin 'ai có tên trên phiếu cũng trúng' là sai sự thật, Ủy ban bầu cử khẳng định.",
        "HĐND tỉnh bầu chủ tịch: danh sách có một người, bao nhiêu người có tên thì trúng hết.",
        "Số dư tài khoản của khách hàng không đổi sau giao dịch.",
        "Số dư nợ tín dụng toàn tỉnh tăng 12%.",
        "Not every name on the ballot gets elected: there are more candidates than seats.",
        "Every name on the ballot is printed in the same font.",
        "Không phải ứng viên nào cũng trúng cử, có 368 người không trúng.",
        "Tin đồn tất cả ứng viên đều trúng cử là sai sự thật.",
        "Ứng viên nào cũng trúng thì đâu cần đi bầu?",
        "Cả 5 ứng viên HĐND xã đều trúng cử với số phiếu cao.",  # (a commune's candidates, in their units)
        "Every candidate gets a slot to speak at the voters' meeting.",
        "Not every candidate gets elected: 868 stood for 500 seats.",
    ],
)
def test_what_is_true_denied_or_asked_is_not(text):
    assert_silent(text, FACTS, "candidate_surplus")


def test_the_finding_says_the_approved_rule():
    text = "Every name on the ballot gets elected, so why bother."
    (finding,) = [f for f in check(text, FACTS) if f.fact == "candidate_surplus"]
    assert finding.kind == "surplus" and "more candidates than seats" in finding.message
