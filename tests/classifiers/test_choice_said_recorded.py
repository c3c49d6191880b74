"""A voter's choice said recorded, read out or photographed (``ballot: secret``) in wordings the
checks missed: ballots said scanned or photographed before they go into the box, the names of
blank-ballot voters said read out, a ballot crossing out more names said noted with its voter's
card number, those who do not vote for a given candidate said reported. Beside them, the same
words where nothing is claimed: the press photographing the count, a results sheet scanned, a
denial, a report of the claim."""

import pytest

from tests.classifiers.test_distortion_wordings import FACTS, assert_found, assert_silent


@pytest.mark.parametrize(
    "text,found",
    [
        (
            "Năm nay mọi lá phiếu đều được máy quét chụp lại trước khi bỏ vào hòm rồi gửi lên tỉnh.",
            "phiếu đều được máy quét chụp",
        ),
        ("Every ballot is scanned before it goes into the box and the images go to the province.", "ballot is scanned"),
        (
            "Sau kiểm phiếu, tổ bầu cử sẽ đọc tên từng người bỏ phiếu trắng trên loa phường.",
            "đọc tên từng người bỏ phiếu trắng",
        ),
        (
            "Election staff will read out the names of blank-ballot voters after the count.",
            "read out the names of blank-ballot voters",
        ),
        ("Phiếu nào gạch quá hai tên sẽ bị ghi lại số thẻ cử tri và báo về tổ dân phố.", "bị ghi lại số thẻ cử tri"),
    ],
)
def test_a_choice_said_recorded_is_a_finding(text, found):
    assert_found(text, FACTS, "ballot", found)


@pytest.mark.parametrize(
    "text",
    [
        "Phóng viên chụp ảnh các tổ kiểm phiếu làm việc công khai trước cử tri.",
        "Biên bản kết quả kiểm phiếu được quét và gửi lên Ủy ban bầu cử tỉnh trong đêm.",
        "Không có chuyện lá phiếu được máy quét chụp lại: bỏ phiếu kín là nguyên tắc của Luật Bầu cử.",
        "Tin đồn tổ bầu cử đọc tên người bỏ phiếu trắng trên loa là sai sự thật.",
        "Tổ trưởng ghi tên những cử tri chưa nhận thẻ để đến tận nhà phát.",
    ],
)
def test_the_same_words_without_a_claim_are_silent(text):
    assert_silent(text, FACTS, "ballot")
