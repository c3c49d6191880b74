"""The results said drawn up by hand ("trò tự vẽ kết quả bầu cử", "vẽ ra con số"), a real
headline's wording (from a set of 19 real claims kept outside the repository), written here in
the team's own words: the count does not decide, someone draws the figures. Beside it, the uses of
the same words that must stay silent: a chart drawn of the results, a denial, a report of the
claim, a poster."""

import pytest

from tests.classifiers.test_distortion_wordings import FACTS, assert_found, assert_silent


@pytest.mark.parametrize(
    "text,found",
    [
        ("Vạch mặt trò tự vẽ kết quả bầu cử ở huyện này.", "tự vẽ kết quả"),
        ("Bầu cử gì đâu, họ tự vẽ ra con số rồi công bố thôi.", "tự vẽ ra con số"),
        ("Tỷ lệ đi bầu 99% là do xã vẽ ra số liệu cho đẹp.", "vẽ ra số liệu"),
        ("Ủy ban bầu cử tự vẽ tỷ lệ cử tri đi bầu rồi báo lên trên.", "tự vẽ tỷ lệ"),
    ],
)
def test_results_said_drawn_up_are_a_finding(text, found):
    assert_found(text, FACTS, "results_decided_by", found)


@pytest.mark.parametrize(
    "text",
    [
        "Phóng viên vẽ biểu đồ kết quả bầu cử theo số liệu của Hội đồng bầu cử quốc gia.",
        "Học sinh tự vẽ tranh cổ động ngày bầu cử và treo ở nhà văn hóa.",
        "Không có chuyện tự vẽ kết quả bầu cử: kiểm phiếu công khai trước cử tri.",
        "Các trang mạng xuyên tạc rằng chính quyền tự vẽ kết quả bầu cử, đây là luận điệu sai trái.",
        "Bảo vệ kết quả bầu cử là trách nhiệm của các tổ bầu cử.",
    ],
)
def test_other_drawings_denials_and_reports_are_silent(text):
    assert_silent(text, FACTS, "results_decided_by")
