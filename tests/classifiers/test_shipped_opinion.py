"""The shipped model (trained from data/labels/ as `monitor demo` and a first run do) on hostile
political opinion about the election as a whole: a staged show, "the Party nominates, the people
vote", a rubber-stamp assembly. It is opinion (`none`): nothing in it for an officer to check. The
model trained before seed v8 put such slogans in "needs a look" as fraud claims, for they share
their words with claims that the winners were picked before the vote, which are still flagged.

Every sentence here is the team's own, written after seed v8 in words its templates do not use."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


SLOGANS = [
    "Bầu cử ở nước mình chỉ là diễn kịch thôi, Đảng cử dân bầu, ai cũng biết.",
    "Nói thẳng: cuộc bầu cử này là một màn kịch dân chủ.",
    "Elections here are theatre for a one-party state, in my view.",
]

CLAIMS = [
    "Bầu cử chỉ là diễn kịch, người trúng đã chọn sẵn từ trước ngày bỏ phiếu.",
    "Cấp trên chỉ đạo dàn xếp bầu cử ở phường mình rồi, đi bầu làm gì.",
    "Chỉ đảng viên mới được ứng cử đại biểu HĐND, người ngoài Đảng nộp hồ sơ cũng bị loại.",
]


@pytest.mark.parametrize("text", SLOGANS)
def test_hostile_opinion_without_a_claim_is_clear(shipped_decider, text):
    (d,) = shipped_decider.decide([text])
    assert d.band in ("clear", "off_topic"), (d.band, d.label, d.evidence_kinds, d.flag_score)


@pytest.mark.parametrize("text", CLAIMS)
def test_the_claims_beside_the_same_words_are_flagged(shipped_decider, text):
    (d,) = shipped_decider.decide([text])
    assert d.flagged and "fact" in d.evidence_kinds, (d.band, d.label, d.evidence_kinds)
