"""The day the results were announced (`results_announced_date`) is the National Assembly's, announced
by the National Election Council. A province's election committee announces its own council's
results on its own day, within the deadline: that day, named in the sentence after the committee or
the council, contradicts nothing. A wrong day still does when said of the country's results. And a
wrong day called made up or unsourced right after it ("… là bịa", "… là số liệu không có nguồn") is a
correction, not the claim."""

import pytest

from tests.classifiers.test_distortion import FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent


@pytest.mark.parametrize(
    "text",
    [
        # a province's committee and its council, named in the sentence before the day
        "Chậm nhất 10 ngày sau ngày bầu cử, Ủy ban bầu cử cấp tỉnh công bố kết quả bầu cử đại biểu HĐND"
        " tỉnh. Tại tỉnh Đông Hải, việc công bố diễn ra ngày 28/5 với 52 người trúng cử.",
        "Ủy ban bầu cử huyện Phú Mỹ đã tổng hợp xong biên bản. Kết quả được công bố sáng 27/5 tại hội trường huyện.",
        "Kết quả bầu cử đại biểu HĐND xã Tân Lộc được công bố ngày 26/5.",
        # a wrong day called made up, or unsourced, right after it
        "Kết quả cả nước công bố ngày 10/6/2021, ai đăng 'kết quả ngày 25/5' là bịa.",
        "Sửa lại cho đúng: ai đăng 'kết quả công bố ngày 25/5' là số liệu không có nguồn.",
        "A post saying the results came out on May 25 is unsourced; the council announced them on June 10.",
    ],
)
def test_a_councils_day_or_a_day_called_made_up_is_no_finding(text):
    assert_silent(text, FACTS, "results_announced_date")


@pytest.mark.parametrize(
    "text,found",
    [
        ("Kết quả bầu cử sẽ được công bố ngày 28/5.", "28/5"),
        ("Kết quả bầu cử Quốc hội và HĐND các cấp được công bố ngày 28/5, sớm hơn mọi năm.", "28/5"),
        ("Ủy ban bầu cử tỉnh họp rồi. Kết quả bầu cử cả nước công bố ngày 28/5 nha.", "28/5"),
    ],
)
def test_the_countrys_day_said_wrong_is_still_found(text, found):
    assert_found(text, FACTS, "results_announced_date", found)
