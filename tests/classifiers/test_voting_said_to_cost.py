"""Voting itself said to bring a sanction (``voter_penalty: none``) in wordings the checks missed: a
tax check after voting, a vaccination forced at the polling station, a bill for the ward's funds
because voting shows where one lives. Beside them, the same words where nothing is claimed: a tax
office's own work, a vaccination day, a denial."""

import pytest

from tests.classifiers.test_distortion_wordings import FACTS, assert_found, assert_silent


@pytest.mark.parametrize(
    "text,found",
    [
        ("Đi bầu xong sẽ bị kiểm tra thuế, ai kinh doanh thì né ra.", "bị kiểm tra thuế"),
        ("Cử tri trên 60 tuổi tới điểm bỏ phiếu bị bắt tiêm vắc xin tại chỗ.", "bị bắt tiêm vắc xin"),
        ("Đi bầu là xác nhận đang ở phường, tháng sau phường gửi giấy đòi đóng quỹ.", "gửi giấy đòi đóng quỹ"),
    ],
)
def test_voting_said_to_bring_a_sanction_is_a_finding(text, found):
    assert_found(text, FACTS, "voter_penalty", found)


@pytest.mark.parametrize(
    "text",
    [
        "Chi cục Thuế kiểm tra thuế các hộ kinh doanh sau kỳ nghỉ lễ, cử tri phường 3 đi bầu đông đủ.",
        "Đi bầu xong không bị kiểm tra thuế gì cả, đó là tin đồn.",
        "Trạm y tế tiêm vắc xin cho người cao tuổi sau ngày bầu cử.",
    ],
)
def test_the_same_words_without_a_claim_are_silent(text):
    assert_silent(text, FACTS, "voter_penalty")
