"""Every detector's complete findings (wording included), one sentence per fact kind.

The values were recorded from the single-function `check` before it was split per fact kind; a
comparison over the seed texts against several fact sets found the two versions identical."""

import pytest

from classifiers.distortion import check

from .test_distortion import FACTS

CASES = [
    (
        "Ngày bầu cử đã dời sang 30/5/2021, kết quả công bố ngày 15/6/2021",
        [
            (
                "date",
                "election_date",
                "30/5/2021",
                "23/5/2021",
                "says the election is on 30/5/2021; approved: 23/5/2021",
            ),
            (
                "date",
                "results_announced_date",
                "15/6/2021",
                "10/6/2021",
                "says the results announced is 15/6/2021; approved: 10/6/2021",
            ),
        ],
    ),
    (
        "Bầu cử năm nay: điểm bỏ phiếu mở cửa từ 4 giờ đến 22 giờ",
        [
            ("time", "polls_open", "4 giờ", "07:00", "says polls open at 04:00; approved: 07:00"),
            ("time", "polls_close", "22 giờ", "19:00", "says polls close at 22:00; approved: 19:00"),
        ],
    ),
    (
        "Cử tri dưới 18 tuổi vẫn được đi bầu, ứng viên 19 tuổi được ứng cử",
        [
            ("age", "voting_age", "dưới 18 tuổi", "18", "says voters can be dưới 18 tuổi; approved: from 18"),
            ("age", "candidacy_age", "19 tuổi", "21", "says candidates can be 19 tuổi; approved: from 21"),
        ],
    ),
    (
        "Tỷ lệ cử tri đi bầu chỉ đạt 45,5%, chỉ có 300 đại biểu trúng cử",
        [
            ("percent", "turnout_percent", "45,5%", "99.6%", "says turnout is 45.5%; approved: 99.6%"),
            ("count", "deputies_elected", "300", "499", "says 300 deputies elected; approved: 499"),
        ],
    ),
    (
        "Danh sách cử tri niêm yết trước 20 ngày; được bỏ phiếu hộ cho người nhà",
        [
            (
                "days",
                "voter_list_days_before",
                "20 ngày",
                "40 days",
                "says voter list days before: 20 days; approved: 40 days",
            ),
            (
                "allowed",
                "proxy_voting",
                "bỏ phiếu hộ",
                "not allowed",
                "says proxy voting is allowed; approved: not allowed",
            ),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_findings_per_fact_kind(text, expected):
    found = check(text, FACTS)
    assert [(f.kind, f.fact, f.found, f.approved, f.message) for f in found] == expected
    assert all(text[f.start : f.end] == f.found for f in found)
