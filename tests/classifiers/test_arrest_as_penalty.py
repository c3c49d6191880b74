"""Arrest and jail said to follow not voting: a penalty on voters (``voter_penalty: none``), read by
the ``penalty`` rule (``classifiers.penalties``) like a fine or a lost allowance."""

import pytest

from classifiers.distortion import check

RULES = {"election_date": "2021-05-23", "voter_penalty": "none", "voting_fee": "none"}


def _facts(text):
    return {f.fact for f in check(text, RULES)}


@pytest.mark.parametrize(
    "text",
    [
        "Ai không đi bầu sẽ bị bắt đó, cả nhà nhớ nha",
        "Không đi bầu là bị bắt giam luôn, tổ trưởng nói rồi",
        "Nhà nào không đi bỏ phiếu thì bị công an bắt về đồn",
        "Không đi bầu thì bị bỏ tù như trốn nghĩa vụ",
        "Anyone who doesn't vote ends up in jail, that's what they told us",
        "Skip the vote and you get taken in, the ward police have a list",
        "If you don't vote you'll be locked up for a week",
        # custody said to follow: "tạm giữ" names a police report's arrest too, but not said of what
        # will happen ("sẽ bị tạm giữ", "là bị … tạm giữ")
        "Ai không đi bầu sẽ bị tạm giữ 24 tiếng nha",
        "Không đi bầu là bị công an tạm giữ đó",
    ],
)
def test_arrest_or_jail_for_not_voting_is_a_penalty_claim(text):
    assert "voter_penalty" in _facts(text), check(text, RULES)


@pytest.mark.parametrize(
    "text",
    [
        # forced to vote, caught on camera, deceived: not an arrest
        "Công nhân bị bắt buộc đi bầu theo danh sách của công ty",
        "Ai không đi bầu cũng bị bắt gặp ngồi quán cà phê cả buổi",
        "Don't get taken in by texts saying non-voters are punished",
        # denied, reported as false, or for something else than not voting
        "Không đi bầu cũng không ai bị bắt hay bỏ tù cả",
        "Tin không đi bầu bị bắt là bịa đặt, công an tỉnh khẳng định",
        "Người phá hoại hòm phiếu đã bị bắt giữ",
        "Nobody goes to jail for not voting here",
        "He was jailed for stealing a ballot box, not for skipping the vote",
        # a police report of the one who spread the claim
        "Người tung tin không đi bầu bị phạt đã bị tạm giữ",
        "Công an đã tạm giữ người đăng tin ai không đi bầu sẽ bị bắt",
        "Người đăng tin không đi bầu bị phạt 5 triệu chỉ bị tạm giữ một ngày rồi thả",
        # bullied or kidnapped: not an arrest
        "Không đi bầu mà bị bắt nạt ở tổ thì báo công an",
        "The man who posted that non-voters will be fined was arrested",
        "Police detained two men who spread the claim that anyone who skips the vote will be jailed",
    ],
)
def test_arrests_denied_reported_or_for_other_deeds_give_no_penalty(text):
    assert "voter_penalty" not in _facts(text), check(text, RULES)
