"""A Vietnamese word that folds to the English "no" is not a denial: "nó" (he, she, it), "nợ"
(a debt) before a claim used to silence every rule check ("Nó nói năm nay bầu qua Zalo được rồi").
Where the text has its accents, "no" denies only where it is written "no"; typed without accents,
"no" stays a possible denial (nothing tells the two apart)."""

import pytest

from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {
    **BASE_FACTS,
    "voting_method": "in_person",
    "voter_penalty": "none",
    "results_decided_by": "public_count",
}


@pytest.mark.parametrize(
    "text,fact,found",
    [
        ("Nó nói năm nay bầu qua Zalo được rồi, khỏi ra điểm bỏ phiếu", "voting_method", "bầu qua Zalo"),
        ("Mấy người nợ thuế mà đi bầu là bị kiểm tra lý lịch tại chỗ", "voter_penalty", "đi bầu"),
        ("Chị tôi nói nó biết chắc mình trúng cử từ trước ngày bầu cử", "results_decided_by", "biết chắc"),
        # the permission checks ("allowed" facts) read the same way
        ("Nó bầu hộ cho cả nhà được mà, khỏi đi", "proxy_voting", "bầu hộ"),
        ("Chị tôi bảo nó bầu thay cho mẹ được luôn, khỏi đưa mẹ đi", "proxy_voting", "bầu thay"),
    ],
)
def test_a_word_that_folds_to_no_denies_nothing(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text,fact",
    [
        ("No, you cannot vote by text message; go to your polling station.", "voting_method"),
        ("There is no fee and no penalty: nobody is fined for not voting.", "voter_penalty"),
        ("no noi nam nay bau qua zalo duoc roi", "voting_method"),  # typed without accents: ambiguous
        ("No one may vote on behalf of a relative, not even a spouse.", "proxy_voting"),
        ("Không ai được bầu hộ, kể cả vợ chồng", "proxy_voting"),
    ],
)
def test_the_english_no_still_denies(text, fact):
    assert_silent(text, FACTS, fact)
