"""A day of the election's *work* is not the election's day. Provincial portals report the work
around the vote by its date: a training course on election work, a conference that launches or
reviews it, a rehearsal. "công tác bầu cử" (election work), "tập huấn", "tổng kết", "sơ kết",
"diễn tập", "tuyên truyền", "chào mừng", "tài liệu" before the election word name such an event, and its day asserts nothing about the
vote's. The election itself said to be held on another day is still found."""

import pytest

from tests.classifiers.test_distortion import FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent


@pytest.mark.parametrize(
    "text",
    [
        "Tập huấn nghiệp vụ công tác bầu cử tổ chức ngày 10/4/2021.",
        "Hội nghị triển khai công tác bầu cử diễn ra ngày 5/2/2021.",
        "Sơ kết công tác bầu cử ngày 30/5/2021 tại hội trường tỉnh.",
        "Tỉnh tổ chức hội nghị tổng kết công tác bầu cử vào ngày 15/7/2021.",
        "Hội nghị tổng kết công tác bầu cử đại biểu Quốc hội và HĐND các cấp tổ chức ngày 15/7/2021.",
        "Buổi tập huấn về công tác bầu cử diễn ra ngày 10/4/2021 tại hội trường huyện.",
        "Diễn tập công tác bầu cử ngày 9/5/2021 tại xã Tân Lộc.",
        "Huyện Phú Mỹ tổng kết bầu cử đại biểu HĐND huyện ngày 28/6/2021.",
        "tap huan cong tac bau cu cho to bau cu xa yen phu dien ra ngay 12/4/2021",
        # the campaign of information, a celebration, the election's papers handed over
        "Lễ ra quân tuyên truyền bầu cử ngày 20/4/2021 tại quảng trường tỉnh.",
        "Phát động thi đua chào mừng bầu cử ngày 1/3/2021.",
        "Chương trình nghệ thuật chào mừng ngày bầu cử tổ chức tối 22/5/2021.",
        "Bàn giao tài liệu bầu cử cho các tổ bầu cử ngày 12/5/2021.",
    ],
)
def test_a_day_of_the_elections_work_is_not_its_day(text):
    assert_silent(text, FACTS, "election_date")


@pytest.mark.parametrize(
    "text,found",
    [
        ("Bầu cử đại biểu Quốc hội khóa XV tổ chức ngày 30/5/2021.", "30/5/2021"),
        ("Ngày bầu cử đã dời sang 30/5/2021, các tổ bầu cử chuẩn bị lại công tác bầu cử.", "30/5/2021"),
        ("Công tác bầu cử vất vả lắm, mà bầu cử năm nay tổ chức ngày 30/5/2021 nha.", "30/5/2021"),
    ],
)
def test_the_election_said_on_another_day_is_still_found(text, found):
    assert_found(text, FACTS, "election_date", found)


def test_to_before_an_english_vote_is_no_election_team():
    # "tổ bầu cử" (an election team) folds to "to bau cu"; the English "to vote" stays a claim
    assert_found("Voters in Ward 4 are asked to vote on May 30, 2021.", FACTS, "election_date", "May 30, 2021")
