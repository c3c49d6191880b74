"""Which councils the election elects (``council_levels``: the approved levels; 2021: provincial,
district and commune councils beside the National Assembly; 2026: provincial and commune ones).
A level that is elected said not to be ("năm nay không bầu HĐND cấp xã", "chỉ bỏ phiếu đại biểu
Quốc hội thôi", "no commune council elections this year") contradicts it. Beside each: a level the
office's configuration does not list (the district in 2026), the cities whose wards and urban
districts elect no council (a true report in 2021), voters who elect fewer bodies where they are,
a denial and a question."""

import pytest

from classifiers.distortion import check
from classifiers.levels import levels_of
from tests.classifiers.test_distortion_wordings import FACTS as RULES
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**RULES, "council_levels": "province, district, commune"}
FACTS_2026 = {**RULES, "election_date": "2026-03-15", "council_levels": "province, commune"}


def test_the_levels_are_read_from_the_fact():
    assert levels_of("province, district, commune") == {"province", "district", "commune"}
    assert levels_of("Province, Commune") == {"province", "commune"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Năm nay không bầu HĐND cấp xã đâu, chỉ bầu Quốc hội với tỉnh thôi", "không bầu HĐND cấp xã"),
        ("Nghe nói HĐND huyện kỳ này không tổ chức bầu, đỡ được một lá phiếu", "HĐND huyện"),
        ("Cuộc bầu cử năm nay chỉ bỏ phiếu đại biểu Quốc hội thôi, hội đồng nhân dân để năm sau", "chỉ bỏ phiếu"),
        ("There are no commune council elections this year, only the National Assembly", "no commune council"),
        ("District councils will not be elected this time, the law changed", "District councils"),
    ],
)
def test_an_elected_level_said_not_elected_is_found(text, found):
    assert_found(text, FACTS, "council_levels", found)


@pytest.mark.parametrize(
    "text",
    [
        # the cities with urban government elect no council of their wards or urban districts (2021)
        "TP.HCM không bầu HĐND quận, phường; cử tri ở đây bầu đại biểu Quốc hội và HĐND thành phố",
        "Hà Nội không tổ chức bầu HĐND phường từ năm 2021",
        # voters who elect fewer bodies where they are
        "Cử tri tạm trú chưa đủ 12 tháng chỉ bầu đại biểu Quốc hội và HĐND cấp tỉnh",
        "Người bỏ phiếu bằng giấy chứng nhận ở nơi khác chỉ bầu đại biểu Quốc hội tại đó",
        "Cử tri tạm trú dưới 12 tháng không bầu HĐND cấp huyện và cấp xã ở nơi tạm trú",
        # a council's session, a by-election
        "HĐND xã Tân Lộc không bầu được chủ tịch tại kỳ họp thứ nhất",
        "HĐND huyện không tổ chức bầu cử bổ sung vì nhiệm kỳ chỉ còn dưới 18 tháng",
        # denied, asked, another year
        "Không có chuyện năm nay không bầu HĐND cấp xã, cử tri nhận đủ bốn lá phiếu",
        "Năm nay có bầu HĐND cấp xã không mọi người?",
        "Năm 2026 không bầu HĐND cấp huyện vì cấp huyện đã bỏ từ tháng 7/2025",
    ],
)
def test_what_is_true_denied_or_else_is_not(text):
    assert_silent(text, FACTS, "council_levels")


def test_a_level_the_office_does_not_list_is_not_contradicted():
    # 2026: no district councils any more; the commune's are elected
    assert not [f for f in check("Năm nay không bầu HĐND cấp huyện nữa", FACTS_2026) if f.fact == "council_levels"]
    assert [f for f in check("Năm nay không bầu HĐND cấp xã nữa", FACTS_2026) if f.fact == "council_levels"]


def test_an_office_that_lists_no_council_level_has_no_level_claims():
    # a vote for the assembly alone: "only the National Assembly" is then true
    facts = {**RULES, "council_levels": ""}
    assert not [f for f in check("Năm nay chỉ bầu đại biểu Quốc hội thôi", facts) if f.fact == "council_levels"]
    assert not [f for f in check("Năm nay không bầu HĐND cấp xã", facts) if f.fact == "council_levels"]


def test_a_claim_is_read_in_its_own_sentence_only():
    # the whole-election words of the sentence before do not make "only the Assembly" a claim
    text = "Năm nay mình về quê. Người bỏ phiếu ở nơi khác chỉ bầu đại biểu Quốc hội"
    assert not [f for f in check(text, FACTS) if f.fact == "council_levels"]
    assert [f for f in check("Nghe nói kỳ này chỉ bầu đại biểu Quốc hội", FACTS) if f.fact == "council_levels"]
