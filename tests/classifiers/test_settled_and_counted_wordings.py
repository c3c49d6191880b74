"""Wordings of rules the checks missed: seats said shared out before the vote ("chia ghế đã xong",
"có sẵn tên người trúng", "đã xếp xong cả"), figures handed out ("phát sẵn một bảng số"), a ballot
the law voids said counted (unstamped, printed outside), a name written in after a longer phrase,
and no way said to exist to vote elsewhere. Beside each, what is true, denied or another matter."""

import pytest

from tests.classifiers.test_distortion_wordings import FACTS as RULES
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {
    **RULES,
    "ballot_invalid_reasons": "listed_in_law",
    "ballot_marking": "cross_out",
    "temporary_residents": "on_the_list",
}


@pytest.mark.parametrize(
    "text,fact,found",
    [
        ("Mỗi đơn vị đã có sẵn tên người trúng, dân gạch ai thì kết quả vẫn y như vậy", "results_decided_by", "có sẵn"),
        ("Bầu cử khóa này là cuộc chia ghế đã xong trên giấy, đi làm gì", "results_decided_by", "chia ghế"),
        ("Ghế nào người nấy ngồi đã xếp xong cả, bầu cử là tự biên tự diễn", "results_decided_by", "xếp xong"),
        ("Tổ bầu cử được phát sẵn một bảng số để báo tỷ lệ đi bầu mỗi giờ", "results_decided_by", "phát sẵn"),
        ("Phiếu in thêm không có dấu của Ủy ban bầu cử mà vẫn được đếm", "ballot_invalid_reasons", "vẫn được đếm"),
        ("Ballots without the stamp still count, the team never checks", "ballot_invalid_reasons", "still count"),
        (
            "Muốn bầu ai ngoài danh sách thì cứ viết thêm tên vào dòng trống cuối phiếu, tổ bầu cử vẫn tính hợp lệ",
            "ballot_marking",
            "viết thêm tên",
        ),
        (
            "Luật không có thủ tục chuyển nơi bỏ phiếu, ai đi công tác hay nằm viện đều mất quyền bầu",
            "temporary_residents",
            "thủ tục chuyển nơi bỏ phiếu",
        ),
    ],
)
def test_the_claim_is_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Phiếu bầu có sẵn tên các ứng cử viên, cử tri gạch tên người mình không chọn", "results_decided_by"),
        ("Không có chuyện chia ghế xong trước, kết quả do kiểm phiếu công khai quyết định", "results_decided_by"),
        ("Ghế ngồi cho cử tri cao tuổi đã xếp xong cả, mời bà con vào phòng chờ", "results_decided_by"),
        ("Ban tổ chức phát sẵn nước uống và khẩu trang cho cử tri", "results_decided_by"),
        ("Phiếu không có dấu của tổ bầu cử thì không hợp lệ, không được đếm", "ballot_invalid_reasons"),
        ("Phiếu không có dấu không được đếm, kể cả khi đã gạch đúng", "ballot_invalid_reasons"),
        ("Viết thêm tên vào phiếu thì phiếu không hợp lệ, tổ bầu cử không tính", "ballot_marking"),
        (
            "Cử tri đi công tác có thể xin giấy chứng nhận để bỏ phiếu nơi khác, không phải là không có thủ tục chuyển nơi bỏ phiếu",
            "temporary_residents",
        ),
    ],
)
def test_what_is_true_denied_or_else_is_not(text, fact):
    assert_silent(text, FACTS, fact)
