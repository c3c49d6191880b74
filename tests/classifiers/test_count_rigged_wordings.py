"""More ways of saying the count was rigged (`results_decided_by: public_count`): ballots that cross
out a given candidate set aside, a full turnout reported where nobody voted, spare ballots added to
make up the number, signatures written in for absent voters, names added to blank ballots, names
misread on purpose at the count, the winners' names or an "expected results" file ready before the
vote, a box already full in the morning, the dead counted as having voted. Beside each, what the
law says or a report, a denial or a question."""

import pytest

from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "results_decided_by": "public_count"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Phiếu nào gạch ông Tư là bị để riêng ra rồi xé bỏ lúc kiểm, người trong tổ kể.", "gạch ông"),
        ("phieu cua ai gach ba ung vien so 2 thi khong duoc tinh dau, to gom rieng het", "gach ba"),
        ("Cả dãy trọ không ai đi bầu, vậy mà tổ vẫn báo 100%.", "không ai đi bầu"),
        ("nua xom toi khong di bau ma to van bao du 99%, hoi sao hay vay", "khong di bau"),
        ("Phiếu thừa không hủy, thiếu tỷ lệ là tổ lấy ra bỏ vô hòm cho đủ.", "cho đủ"),
        ("Cô tổ phó dặn: phiếu thiếu thì cứ bù vào cho đủ số.", "bù vào cho đủ"),
        ("Thôn nào đi bầu thiếu thì tổ bầu cử ký khống vào sổ cho đủ.", "ký khống"),
        ("ai vang thi to minh ky thay, cu ghi di bau du tram phan tram", "ky thay"),
        ("Phiếu trắng ở xã tôi đều được ghi thêm tên rồi tính hợp lệ.", "ghi thêm tên"),
        ("Người đọc phiếu cố tình đọc nhầm tên, người ghi bảng cũng ghi theo.", "đọc nhầm"),
        ("Tên người trúng cử đã nằm trong nghị quyết từ trước, đi bầu làm gì.", "từ trước"),
        (
            "Ban bầu cử có file kết quả dự kiến từng đơn vị, gửi từ tháng 4, trùng khớp với kết quả công bố.",
            "kết quả dự kiến",
        ),
        ("Đêm trước dân quân được lệnh về, sáng ra hòm phiếu đã đầy một nửa.", "đã đầy"),
        ("Người chết vẫn có tên trong danh sách và vẫn được tính là đã đi bầu.", "đã đi bầu"),
        ("Don't bother voting, the winners list was printed in April.", "winners list was printed"),
    ],
)
def test_the_claim_is_found(text, found):
    assert_found(text, FACTS, "results_decided_by", found)


@pytest.mark.parametrize(
    "text",
    [
        # what the law says of a ballot's validity, and what the count does with spare ballots
        "Phiếu nào gạch hết tên thì không hợp lệ, phiếu gạch ông Tư vẫn được tính bình thường.",
        "Phiếu thừa được tổ bầu cử niêm phong và lập biên bản, không bỏ vào hòm.",
        # a report, a denial, a question
        "Cơ quan chức năng đã làm rõ thông tin 'phiếu nào gạch ông Tư thì không được tính' là bịa đặt.",
        "Không có chuyện tổ bầu cử ký khống vào sổ, mọi chữ ký đều do cử tri tự ký.",
        "Có đúng là phiếu trắng được ghi thêm tên không?",
        # a full turnout where people did vote; an ordinary mistake corrected at once
        "Cả xóm đều đi bầu từ sáng, tổ báo 100% là đúng.",
        "Người đọc phiếu đọc nhầm tên một lần và được tổ sửa ngay trước mặt cử tri.",
        # lists and names known before the vote by law: the candidates, not the winners
        "Danh sách người ứng cử đã được công bố từ trước ngày bầu cử.",
        "Sáng ra hòm phiếu đã được kiểm tra là trống trước mặt cử tri đầu tiên.",
        "Người chết được đưa ra khỏi danh sách cử tri trước ngày bầu.",
    ],
)
def test_what_is_true_denied_or_asked_is_not(text):
    assert_silent(text, FACTS, "results_decided_by")
