"""A folded ballot said spoilt ("gấp là hỏng"), voting said possible anywhere, the published figures
said "all wrong", a phone line said cut for not voting, and marks written in quotes ("không có
dấu 'đã bầu'", "chữ ký 'đã nhận phiếu'" of someone who died): claims the validity, residence,
count and penalty checks used to miss. Beside each, what is true, denied or asked."""

import pytest

from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {
    **BASE_FACTS,
    "ballot_invalid_reasons": "listed_in_law",
    "temporary_residents": "on_the_list",
    "results_decided_by": "public_count",
    "voter_penalty": "none",
}


@pytest.mark.parametrize(
    "text,fact,found",
    [
        ("Phiếu bầu nhớ để phẳng nha, gấp là hỏng, tổ bầu cử dặn rồi.", "ballot_invalid_reasons", "gấp"),
        ("phieu nam nay may quet, gap lai la thanh phieu hong, nho giu phang", "ballot_invalid_reasons", "gap lai"),
        (
            "Năm nay bầu ở đâu cũng được, cầm căn cước ra điểm gần chỗ làm là họ cho bỏ phiếu.",
            "temporary_residents",
            "ở đâu cũng được",
        ),
        ("bo phieu tai dau cung dc nha, khong can dung khu vuc cua minh", "temporary_residents", "dau cung dc"),
        (
            "Mấy con số tỷ lệ công bố đều sai hết, thực tế số người đi bầu chưa tới một nửa.",
            "results_decided_by",
            "đều sai",
        ),
        ("Không đi bầu là sim điện thoại bị khóa hai chiều, nhà mạng đã đối chiếu rồi.", "voter_penalty", "bị khóa"),
        (
            "Người hưởng trợ cấp mà thẻ cử tri không có dấu 'đã bầu' thì tháng sau bị cắt tiền.",
            "voter_penalty",
            "bị cắt",
        ),
        (
            "Ông tôi mất hai năm rồi mà sổ ở phường vẫn có chữ ký 'đã nhận phiếu' của ông.",
            "results_decided_by",
            "đã nhận phiếu",
        ),
    ],
)
def test_the_claim_is_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text,fact",
    [
        # folding the ballot is how it goes into the box; an urgent share is no fold
        ("Cử tri gạch xong thì gấp phiếu lại và bỏ vào hòm phiếu.", "ballot_invalid_reasons"),
        ("Gấp phiếu không làm phiếu bị hỏng, cử tri yên tâm.", "ballot_invalid_reasons"),
        ("Share gấp là hỏng hết kế hoạch của tụi nó, đọc kỹ đã.", "ballot_invalid_reasons"),
        ("Phiếu gấp lại hông sao đâu, vẫn hợp lệ.", "ballot_invalid_reasons"),
        # voting where one is on the list, or asked where
        ("Cử tri bỏ phiếu ở đâu? Tại khu vực bỏ phiếu nơi mình có tên trong danh sách.", "temporary_residents"),
        ("Không phải bầu ở đâu cũng được, cử tri bầu tại khu vực có tên mình.", "temporary_residents"),
        ("Ăn ở đâu cũng được, miễn là ngon.", "temporary_residents"),
        # figures said wrong by a debunk, or a rumour's figures
        ("Thông tin tỷ lệ đi bầu chỉ 40% là sai sự thật.", "results_decided_by"),
        ("Các con số lan truyền trên mạng về tỷ lệ đi bầu đều sai hết, Ủy ban bầu cử đã bác bỏ.", "results_decided_by"),
        # a line cut for something else, a signature of the living
        ("Sim điện thoại bị khóa hai chiều vì chưa chuẩn hóa thông tin thuê bao.", "voter_penalty"),
        ("Cử tri ký vào sổ 'đã nhận phiếu' rồi mới vào buồng gạch phiếu.", "results_decided_by"),
    ],
)
def test_what_is_true_denied_or_asked_is_not(text, fact):
    assert_silent(text, FACTS, fact)
