"""Four misreadings found on real election pages (a set of 242 dated units from provincial portals
and the press, kept outside the repository), each in the team's own words:

- a count out of a total ("10/11 huyện đạt trên 99%") read as a day and month;
- a candidate's age "as of election day" ("tính đến ngày bầu cử … đủ 21 tuổi") read as the voting
  age, the election day being the nearest voting word;
- the period to complain about the voter list, counted from its posting ("30 ngày kể từ ngày niêm
  yết"), read as the days the list is posted before the vote;
- an item published years before the configured election ("the general election held on May 22",
  2016) read as this election's.

Beside each, the claim it must not hide is still found."""

import pytest

from classifiers.distortion import check
from tests.classifiers.test_distortion import FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Theo kết quả tổng hợp, 10/11 huyện, thị xã có trên 99% cử tri đi bầu.", "results_announced_date"),
        ("Kết quả bầu cử: 9/10 xã bầu đủ số đại biểu, còn một xã phải bầu thêm.", "results_announced_date"),
        (
            "Người ứng cử đại biểu HĐND tính đến ngày bầu cử phải là công dân Việt Nam đủ 21 tuổi trở lên.",
            "voting_age",
        ),
        (
            "Trong thời hạn 30 ngày kể từ ngày niêm yết danh sách cử tri, ai thấy sai sót có quyền khiếu nại.",
            "voter_list_days_before",
        ),
    ],
)
def test_a_ratio_an_age_as_of_election_day_and_a_span_after_posting_are_no_findings(text, fact):
    assert_silent(text, FACTS, fact)


@pytest.mark.parametrize(
    "text,fact,found",
    [
        ("Kết quả bầu cử công bố ngày 5/6 tỉnh Nam Sơn đã nhận được.", "results_announced_date", "5/6"),
        ("Ngày bầu cử 6/6 thành phố miễn phí xe buýt cho cử tri.", "election_date", "6/6"),
        ("Bầu cử dời sang 30/5 tỉnh mình thông báo rồi.", "election_date", "30/5"),
        ("Công dân đủ 16 tuổi tính đến ngày bầu cử là được đi bầu rồi nhé.", "voting_age", "16 tuổi"),
        ("Danh sách cử tri được niêm yết 30 ngày trước ngày bầu cử thôi.", "voter_list_days_before", "30 ngày"),
    ],
)
def test_the_claims_beside_them_are_still_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


def test_an_item_published_years_before_the_election_speaks_of_an_earlier_one():
    text = "The general election was held on May 22 and the results came out on June 11."
    assert not check(text, FACTS, published_year=2016)
    assert check(text, FACTS)  # undated, it is read as this election's


@pytest.mark.parametrize("year", [2020, 2021])
def test_an_item_of_the_election_year_or_the_year_before_speaks_of_this_one(year):
    found = check("Bầu cử đại biểu Quốc hội sẽ diễn ra ngày 30/5, mọi người nhớ nhé.", FACTS, published_year=year)
    assert [f.fact for f in found] == ["election_date"]


# Early voting named in the item's title, the day in a later sentence said of its polling stations
# (before, the day was read as a wrong election day; two real reports of the 2026 vote were flagged).
@pytest.mark.parametrize(
    "text",
    [
        "Huyện đảo tổ chức bầu cử sớm. Theo kế hoạch, 12 khu vực bỏ phiếu trên các đảo sẽ bỏ phiếu vào ngày 20/5.",
        "Island district to hold early voting. Ten polling stations on the islands will conduct voting on May 20.",
    ],
)
def test_a_polling_stations_early_day_named_after_an_early_vote_is_no_finding(text):
    assert_silent(text, FACTS, "election_date")


@pytest.mark.parametrize(
    "text,found",
    [
        # the polling stations' day after the election's: a move, not an early vote
        ("Huyện đảo tổ chức bầu cử sớm. Riêng khu vực bỏ phiếu số 3 dời sang ngày 30/5.", "30/5"),
        # the early vote said of the whole country, no polling station
        ("Bầu cử sớm năm nay. Cả nước sẽ bỏ phiếu vào ngày 16/5.", "16/5"),
    ],
)
def test_a_move_or_the_whole_countrys_vote_is_still_found(text, found):
    assert_found(text, FACTS, "election_date", found)
