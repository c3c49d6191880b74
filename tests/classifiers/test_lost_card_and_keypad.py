"""More wordings of claims the rule checks already know: a lost voter card said to cost the vote
(`voter_documents: voter_card`: a lost card is reported to the team), a key to press to reach an
"election officer" on an automated call (`voter_data_requests: none`), voters asked to mark
beforehand whom they will vote for (`ballot: secret`). Beside each, the true rule, a denial, a
question, a debunk and a bank's hotline."""

import pytest

from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "voter_documents": "voter_card", "voter_data_requests": "none", "ballot": "secret"}


@pytest.mark.parametrize(
    "text,fact,found",
    [
        ("Bà con nhớ giữ kỹ, làm mất thẻ cử tri là không được bầu đâu nha", "voter_documents", "mất thẻ cử tri"),
        ("Lose your voter card and you can't vote this year, no replacements.", "voter_documents", "voter card"),
        ("Automated call from the 'district election hotline': press 2 to speak to an officer about your record.",
         "voter_data_requests", "press 2"),
        ("Tổng đài bầu cử gọi tự động: thông tin cử tri sai, bấm phím 1 để gặp cán bộ xác minh", "voter_data_requests",
         "bấm phím 1"),
        ("Tổ trưởng đi từng nhà dặn đánh dấu trước người mình sẽ bầu vào tờ khảo sát để tổ in sẵn", "ballot",
         "đánh dấu trước"),
    ],
)  # fmt: skip
def test_the_claim_is_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Cử tri làm mất thẻ cử tri thì báo Tổ bầu cử để được cấp lại, vẫn được bầu bình thường.", "voter_documents"),
        ("Không có chuyện mất thẻ cử tri thì không được bầu, cứ báo tổ bầu cử.", "voter_documents"),
        ("Có phải làm mất thẻ cử tri thì không được bầu không?", "voter_documents"),
        ("Press 1 to hear this message in English.", "voter_data_requests"),
        ("Bấm phím 9 để gặp tổng đài viên của ngân hàng.", "voter_data_requests"),
        ("Tổ bầu cử không yêu cầu cử tri đánh dấu trước người mình sẽ bầu; tin nhắn như vậy là giả mạo.", "ballot"),
    ],
)
def test_the_rule_denied_asked_or_elsewhere_is_not(text, fact):
    assert_silent(text, FACTS, fact)
