"""The count said altered in more wordings: ballots filled in or cast for voters who stayed away
("tổ tự điền phiếu cho người vắng mặt", "they filled in ballots for absent voters"), ballots added
to make up a number ("thiếu phiếu thì bù vào cho đủ số"), and a candidate "counted to lose" ("dân
bầu nhiều cũng bị đếm cho trượt"). Beside each, what is true, denied, asked or another matter."""

import pytest

from tests.classifiers.test_distortion_wordings import FACTS, assert_found, assert_silent


@pytest.mark.parametrize(
    "text,found",
    [
        ("Tỷ lệ cao là vì tổ bầu cử tự điền phiếu cho người vắng mặt, ở xóm ai cũng biết", "điền phiếu cho"),
        (
            "Ở thôn tôi cán bộ bầu thay cho những người vắng mặt, nên mới đủ trăm phần trăm",
            "bầu thay cho những người vắng",
        ),
        ("They filled in ballots for absent voters so the turnout looked perfect", "filled in ballots for absent"),
        ("Thùng phiếu thiếu thì tổ trưởng bảo cứ bù vào cho đủ số, ai mà kiểm", "bù vào cho đủ"),
        ("Ứng viên ngoài danh sách của trên thì dân bầu nhiều mấy cũng bị đếm cho trượt", "đếm cho trượt"),
    ],
)
def test_the_claim_is_found(text, found):
    assert_found(text, FACTS, "results_decided_by", found)


@pytest.mark.parametrize(
    "text",
    [
        "Không ai được bầu thay cho người vắng mặt; người ốm thì tổ mang hòm phiếu phụ đến",
        "Người vắng mặt có được nhờ người nhà bầu thay không mọi người?",
        "Cử tri vắng mặt được tổ bầu cử ghi vào biên bản, không ai được điền phiếu thay họ",
        "Quán thiếu ghế thì bù vào cho đủ số khách, chủ quán nói vậy",
        "Phiếu kiểm phiếu được đếm cho từng ứng viên, ai trượt ai trúng do số phiếu hợp lệ quyết định",
    ],
)
def test_what_is_true_denied_or_else_is_not(text):
    assert_silent(text, FACTS, "results_decided_by")
