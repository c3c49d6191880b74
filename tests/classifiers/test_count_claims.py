"""Ballots said to be marked before the vote, a box said to hold ballots before it opens, officials
said to mark everyone's ballots, or the count said to be done out of sight: claims against the
approved fact that a public count in the polling room decides (`results_decided_by: public_count`).
Beside them, how ballots and counts really are described, and the rumour answered."""

import pytest

from tests.classifiers.test_distortion_wordings import FACTS, assert_found, assert_silent


@pytest.mark.parametrize(
    "text,found",
    [
        ("Nghe nói phiếu ở khu phố 4 đã được gạch sẵn hết rồi, đi cũng vậy thôi", "gạch sẵn"),
        ("Thùng phiếu lưu động đem tới nhà bà cụ thực ra đã có sẵn mấy chục phiếu bên trong", "có sẵn"),
        ("to bau cu ap em tu dien phieu ho cho ca xom luon, dan khoi di", "dien phieu ho"),
        ("Tối qua người ta chở cả hòm phiếu lên huyện để đếm, dân không ai được xem", "lên huyện"),
        ("Officials stuffed the ballot box at the school before anyone arrived", "stuffed"),
        ("In our ward the votes were counted behind closed doors", "behind closed doors"),
        ("Pre-marked ballots were handed out at the community hall this morning", "Pre-marked"),
    ],
)
def test_a_count_out_of_sight_or_marked_ballots_are_found(text, found):
    assert_found(text, FACTS, "results_decided_by", found)


@pytest.mark.parametrize(
    "text",
    [
        "Phiếu bầu được in sẵn họ tên những người ứng cử theo vần chữ cái",
        "Trước giờ bỏ phiếu, tổ bầu cử mở hòm cho cử tri thấy trong hòm không có sẵn phiếu nào",
        "Tổ bầu cử kiểm phiếu công khai ngay tại phòng bỏ phiếu, có cử tri chứng kiến",
        "Tin đồn phiếu đã gạch sẵn là bịa đặt, tổ bầu cử đã lập biên bản",
        "Voters are allowed to watch the count in every polling room",
        "Images shared as 'pre-marked ballots' were sample ballots from a training session",
        "Có thật là phiếu ở xã mình bị gạch sẵn không mọi người?",
    ],
)
def test_how_ballots_and_counts_really_are_give_no_finding(text):
    assert_silent(text, FACTS, "results_decided_by")
