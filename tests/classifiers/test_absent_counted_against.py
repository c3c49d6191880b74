"""Voters who stay home said to count as votes against (`winner_share: more_than_half`: the share is
of the valid votes cast, and a voter who does not vote casts none). Beside each, a protest said
as opinion, a denial, a question, and a vote against cast in the booth."""

import pytest

from classifiers.distortion import check
from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "winner_share": "more_than_half", "valid_turnout": "more_than_half"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Không đi bầu là cách phản đối hợp pháp, luật tính người vắng mặt là phiếu chống.", "vắng mặt"),
        ("cu tri khong di bau se bi tinh la phieu chong, cang nhieu nguoi o nha cang tot", "khong di bau"),
        ("Staying home is the legal way to protest: every absent voter is counted as a vote against.", "absent voter"),
        ("Abstentions are counted as votes against the candidates, so just stay home.", "Abstentions"),
    ],
)
def test_the_claim_is_found(text, found):
    assert_found(text, FACTS, "winner_share", found)


@pytest.mark.parametrize(
    "text",
    [
        "Tôi không đi bầu để phản đối, đó là lựa chọn của tôi.",
        "Người vắng mặt không được tính là phiếu chống; chỉ phiếu hợp lệ mới được đếm.",
        "Có phải người vắng mặt bị tính là phiếu chống không?",
        "Cử tri không đồng ý ai thì gạch tên người đó, đó là phiếu chống.",
        "Absent voters are not counted as votes against anyone; only valid ballots count.",
        "Is staying home counted as a vote against?",
    ],
)
def test_what_is_opinion_denied_or_asked_is_not(text):
    assert_silent(text, FACTS, "winner_share")


def test_the_finding_says_what_it_read():
    text = "Staying home is the legal way to protest: every absent voter is counted as a vote against."
    (finding,) = [f for f in check(text, FACTS) if f.fact == "winner_share"]
    assert "stay home count as votes against" in finding.message
