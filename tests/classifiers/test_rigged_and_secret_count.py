"""Two ways of saying the count does not decide, found in real rumours quoted by the press and
by the pages that answer them (a set of 19 real claims, kept outside the repository), each in the
team's own words:

- the election itself said rigged or arranged ("dàn xếp bầu cử", "the vote was rigged"), with no
  other word for the results near it;
- the count said done in secret ("kiểm phiếu thì họ làm lén lút"), when the law has it done in
  the polling room in front of voters.

Beside each, the denials, reports and other arrangements that must stay silent."""

import pytest

from tests.classifiers.test_distortion_wordings import FACTS, assert_found, assert_silent


@pytest.mark.parametrize(
    "text,found",
    [
        ("Nghe nói trên đã chỉ đạo dàn xếp bầu cử ở huyện mình hết rồi.", "dàn xếp bầu cử"),
        ("Cuộc bầu cử này đã được dàn xếp từ đầu, đi bầu làm gì cho mệt.", "dàn xếp"),
        ("Bầu cử năm nay đã được sắp đặt cả rồi, ai vào ai ra đều biết.", "sắp đặt"),
        ("Dàn xếp cuộc bầu cử xong xuôi rồi mới cho dân đi bỏ phiếu cho có.", "dàn xếp cuộc bầu cử"),
        ("Everyone in the ward knows they rigged the election again.", "rigged the election"),
        ("The vote in our district was rigged from the start.", "was rigged"),
        ("Local officials got orders to rig the vote, a friend told me.", "rig the vote"),
        ("It is a rigged election, nothing more.", "rigged election"),
    ],
)
def test_the_election_said_rigged_is_a_finding(text, found):
    assert_found(text, FACTS, "results_decided_by", found)


@pytest.mark.parametrize(
    "text,found",
    [
        ("Bỏ phiếu thì cho xem, còn đếm phiếu thì tổ làm lén lút với nhau trong phòng.", "lén lút"),
        ("Kiểm phiếu họ làm âm thầm, chẳng cử tri nào được chứng kiến.", "âm thầm"),
        ("Ở xã tôi việc kiểm phiếu được làm vụng trộm sau giờ đóng hòm.", "vụng trộm"),
        ("The counting was done in secret after the doors closed.", "in secret"),
    ],
)
def test_the_count_said_done_in_secret_is_a_finding(text, found):
    assert_found(text, FACTS, "results_decided_by", found)


@pytest.mark.parametrize(
    "text",
    [
        # denials, reports of the rumour, corrections
        "Không có chuyện dàn xếp bầu cử như một số trang mạng xuyên tạc.",
        "Các đối tượng tung tin cuộc bầu cử đã được dàn xếp trước, đây là luận điệu sai trái.",
        "Công an tỉnh đã xử phạt một tài khoản đăng bài nói bầu cử bị dàn xếp.",
        "Thông tin cho rằng kiểm phiếu làm lén lút là sai sự thật; việc kiểm phiếu diễn ra công khai.",
        "Kiểm phiếu không hề âm thầm: cử tri được mời chứng kiến ngay tại phòng bỏ phiếu.",
        "Claims that the vote was rigged are false, the election council said.",
        "There is no evidence the election was rigged.",
        # another arrangement, another body's vote, the principle itself
        "Hai bên đã dàn xếp xong vụ tranh chấp đất đai trước ngày bầu cử.",
        "Ban tổ chức đã sắp đặt bàn ghế, hòm phiếu cho ngày bầu cử.",
        "Bầu cử đảm bảo nguyên tắc bỏ phiếu kín, cử tri tự tay bỏ phiếu vào hòm.",
        "Công tác bầu cử được sắp xếp chu đáo, kiểm phiếu công khai trước sự chứng kiến của cử tri.",
        "Họ âm thầm chuẩn bị cho ngày bầu cử, kiểm tra từng hòm phiếu.",
        "The board rigged up a tent for the polling station after the rain.",
    ],
)
def test_denials_reports_and_other_arrangements_are_silent(text):
    assert_silent(text, FACTS, "results_decided_by")
