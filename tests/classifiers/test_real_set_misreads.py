"""Benign election text a new real evaluation set (kept outside the repository) showed misread,
written here in the team's own words: another country's vote named by its cities or its
parliament's members ("nghị sĩ"), and a unit's results annulled read as the whole election called
off."""

import pytest

from classifiers.distortion import check
from classifiers.relevance import RelevanceRules
from monitor.ingest.pipeline import load_relevance
from tests.classifiers.test_distortion_wordings import FACTS


@pytest.mark.parametrize(
    "text",
    [
        "Tại Seoul, tỷ lệ cử tri đi bỏ phiếu đạt 69%, thấp hơn thành phố Gwangju.",
        "Cử tri đi bỏ phiếu từ 6 giờ sáng đến 6 giờ tối để bầu 300 nghị sĩ.",
        "Đảo Jeju có tỷ lệ cử tri đi bầu thấp nhất trong cuộc bầu cử quốc hội.",
    ],
)
def test_another_countrys_vote_named_by_its_cities_or_members_is_another_election(text):
    r = RelevanceRules(load_relevance(None)).check(text)
    assert not r.relevant and r.reason == "other_election"


def test_a_units_results_annulled_are_not_the_election_called_off():
    text = (
        "Bầu cử lại được tổ chức ở nơi có vi phạm pháp luật nghiêm trọng, khi kết quả bầu cử bị hủy bỏ "
        "theo quyết định của Hội đồng Bầu cử quốc gia."
    )
    assert not [f for f in check(text, FACTS) if f.fact == "election_date"]
    found = [
        f for f in check("Cuộc bầu cử năm nay đã bị hủy bỏ, mọi người khỏi đi.", FACTS) if f.fact == "election_date"
    ]
    assert found
