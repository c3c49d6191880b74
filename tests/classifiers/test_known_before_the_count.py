"""Results said known, signed or declared before the count, penalties and ways of marking in more
wordings: winners "known months ago", count sheets signed before polling day, a seat's place
"bought before the vote", a winner declared before the polls closed; access to public services or
an account's functions said cut for not voting; a name written in after a place, and a ballot said
valid only when a name is circled. Beside each, what is true, denied or another matter."""

import pytest

from tests.classifiers.test_distortion_wordings import FACTS as RULES
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**RULES, "ballot_marking": "cross_out"}


@pytest.mark.parametrize(
    "text,fact,found",
    [
        # winners known long before
        ("They knew who would win months ago, the count on Sunday is theatre", "results_decided_by", "knew"),
        ("Everyone in the ward office knew the winners weeks ago", "results_decided_by", "knew"),
        ("Ở huyện tôi người ta biết ai trúng cử từ mấy tháng trước rồi", "results_decided_by", "biết"),
        # count sheets or results signed or posted before the vote
        ("Biên bản kiểm phiếu ở khu vực 5 đã được ký trước ngày bỏ phiếu", "results_decided_by", "ký trước"),
        ("Tổ trưởng ký biên bản kết quả trước khi mở hòm phiếu, số liệu điền sau", "results_decided_by", "ký"),
        ("The tally sheets were signed the night before polling day", "results_decided_by", "signed"),
        ("Results sheets for unit 3 were filled in two days before the vote", "results_decided_by", "before"),
        # a place among the winners said bought or handed out before the vote
        ("Ai vào HĐND tỉnh khóa này đều đã có người nhận suất từ trước ngày bầu", "results_decided_by", "nhận suất"),
        ("Ghế đại biểu ở đơn vị 2 đã có người mua suất từ trước rồi", "results_decided_by", "mua suất"),
        # a winner declared before the polls closed or the count began
        ("She was declared the winner at noon, hours before the polls closed", "results_decided_by", "declared"),
        ("Xã tôi công bố người trúng cử khi chưa kiểm phiếu", "results_decided_by", "công bố"),
        # public services or an account's functions cut for not voting
        (
            "Người bỏ bầu kỳ này bị khóa chức năng làm thủ tục trên cổng dịch vụ công ba tháng",
            "voter_penalty",
            "khóa chức năng",
        ),
        ("Voters who skip the vote lose access to public-service paperwork for a year", "voter_penalty", "access"),
        ("Citizens who stay home on polling day face a fine of 2 million dong", "voter_penalty", "fine"),
        # a name written in after a place, a ballot valid only when a name is circled
        (
            "Bầu thêm người quen thì cứ viết thêm tên vào dòng cuối của phiếu, tổ bầu cử khu phố Hòa Bình vẫn tính hợp lệ",
            "ballot_marking",
            "viết thêm tên",
        ),
        ("Your candidate isn't listed? Write the name below the last one, it still counts", "ballot_marking", "write"),
        ("Phiếu chỉ hợp lệ khi cử tri khoanh tròn tên người mình chọn", "ballot_marking", "khoanh tròn"),
        ("A ballot is only valid if you tick the names you choose", "ballot_marking", "tick"),
    ],
)
def test_the_claim_is_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text,fact",
    [
        # known, signed, declared: what is true or denied
        ("We knew the candidates months ago: their biographies were posted in every ward", "results_decided_by"),
        ("Cử tri biết danh sách người ứng cử từ mấy tuần trước, niêm yết ở nhà văn hóa", "results_decided_by"),
        ("Không ai biết ai trúng cử từ trước, kết quả do kiểm phiếu công khai", "results_decided_by"),
        ("Tổ bầu cử lập biên bản kiểm tra hòm phiếu trước khi bỏ phiếu, có cử tri chứng kiến", "results_decided_by"),
        ("Biên bản kiểm phiếu được ký sau khi đếm xong, trước khi gửi lên Ủy ban bầu cử", "results_decided_by"),
        ("The tally sheets are signed after the count, before they go to the committee", "results_decided_by"),
        ("Kết quả sơ bộ được công bố khi chưa kiểm phiếu xong ở vài tổ vùng sâu", "results_decided_by"),
        ("Suất ăn cho tổ bầu cử đã có người nhận từ trước ngày bầu", "results_decided_by"),
        ("Nobody was declared the winner before the polls closed; the count began at 7 p.m.", "results_decided_by"),
        # penalties denied, other services
        ("Không đi bầu cũng không bị khóa chức năng nào trên cổng dịch vụ công", "voter_penalty"),
        ("Hackers can make you lose access to public-service accounts: never share your code", "voter_penalty"),
        ("Voters who stay home on polling day face no fine at all", "voter_penalty"),
        # marking: what is true or denied
        ("Viết thêm tên vào phiếu thì tổ bầu cử khu phố Hòa Bình không tính hợp lệ", "ballot_marking"),
        ("A written-in name does not count: only the printed names can be left uncrossed", "ballot_marking"),
        ("Phiếu chỉ hợp lệ khi có dấu của tổ bầu cử, không cần khoanh tròn gì cả", "ballot_marking"),
    ],
)
def test_what_is_true_denied_or_else_is_not(text, fact):
    assert_silent(text, FACTS, fact)
