"""Voting itself said to bring a sanction (`voter_penalty: none`: voters are penalised neither for
not voting nor for their vote): a background check at the polling station, a lost nationality, a
military-service list, a photo filed. Beside each, a denial, a question, a debunk and another
country's polls."""

import pytest

from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "voter_penalty": "none"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Ai từng có án mà ra điểm bầu là bị kiểm tra lý lịch ngay tại chỗ, đừng có ra", "ra điểm bầu"),
        ("mấy đứa 18 tuổi đi bầu lần đầu là tên vào sổ quản lý, năm sau bị gọi nghĩa vụ trước", "đi bầu"),
        ("Dual nationals who vote in the province lose their foreign passport, warn your cousins.", "vote"),
        ("Heads up: first-time voters get flagged for military service this year.", "voters"),
        ("Whoever shows up at the polls in my ward gets photographed and filed.", "shows up at the polls"),
    ],
)
def test_the_claim_is_found(text, found):
    assert_found(text, FACTS, "voter_penalty", found)


@pytest.mark.parametrize(
    "text",
    [
        "Cử tri đi bầu không bị kiểm tra lý lịch, cứ yên tâm.",
        "Voters who are dual nationals do not lose their other passport by voting here.",
        "Có phải ai đi bầu lần đầu là bị gọi nghĩa vụ quân sự không?",
        "Tin đồn đi bầu bị tước quốc tịch là bịa đặt.",
        "In the US, voters who show up at the polls get photographed and filed, a reporter claimed.",
    ],
)
def test_denied_asked_debunked_or_elsewhere_is_not(text):
    assert_silent(text, FACTS, "voter_penalty")
