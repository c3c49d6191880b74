"""The results said to come out later than the law allows: a span of weeks or months longer than
the deadline, or a later month than the announcement's. Beside them, the statements that assert
nothing false: a span within the deadline, another body's results, a re-run's, another year's, a
denial, a question, a debunk, the competent body's own schedule."""

import pytest

from classifiers.distortion import check
from tests.classifiers.test_distortion import FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent


@pytest.mark.parametrize(
    "text,fact,found",
    [
        ("Kết quả bầu cử phải 3 tháng sau mới công bố.", "results_deadline_days", "3 tháng"),
        ("Kết quả bầu cử sẽ được công bố sau hai tháng, mọi người chờ nhé.", "results_deadline_days", "hai tháng"),
        ("Phải 3 tháng nữa mới có kết quả bầu cử, chờ dài cổ.", "results_deadline_days", "3 tháng"),
        ("ket qua bau cu quoc hoi phai 6 tuan sau moi cong bo nha", "results_deadline_days", "6 tuan"),
        (
            "Election results won't be out for two months, they need time to fix the numbers.",
            "results_deadline_days",
            "two months",
        ),
        ("The election results will be announced after 6 weeks, not before.", "results_deadline_days", "6 weeks"),
        ("Kết quả bầu cử Quốc hội sẽ được công bố vào tháng 9.", "results_announced_date", "tháng 9"),
        (
            "Results of the National Assembly election will only be announced in September.",
            "results_announced_date",
            "September",
        ),
        ("Kết quả bầu cử sẽ được công bố vào cuối tháng 8 nha bà con", "results_announced_date", "tháng 8"),
        ("Kết quả bầu cử phải đợi đến cuối năm mới công bố.", "results_announced_date", "cuối năm"),
        ("Election results will not be announced until next year.", "results_announced_date", "next year"),
    ],
)
def test_results_said_to_come_out_late_are_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text",
    [
        # within the deadline; the competent body's schedule
        "Kết quả bầu cử Quốc hội sẽ được công bố sau 2 tuần nữa.",
        "Results will be announced within two weeks of the vote, the council said.",
        "Theo Hội đồng bầu cử quốc gia, kết quả bầu cử sẽ được công bố chậm nhất ngày 12/6.",
        "Kết quả bầu cử được công bố vào tháng 6, đúng thời hạn luật định.",
        # another body's results; a re-run's; another year's; another country's
        "Kết quả thi tốt nghiệp sẽ được công bố vào tháng 7.",
        "Kết quả bầu cử bổ sung tại đơn vị số 3 sẽ được công bố vào tháng 7.",
        "Kết quả bầu cử năm 2016 được công bố vào tháng 6, còn năm nay sau 3 tháng mới có kết quả khảo sát.",
        "The results of the 2020 US election were certified in December.",
        # denied, asked, debunked; a span of something else
        "Không có chuyện kết quả bầu cử 3 tháng sau mới công bố, luật quy định chậm nhất 20 ngày.",
        "Tin đồn kết quả bầu cử sẽ công bố vào tháng 9 là sai sự thật.",
        "Kết quả bầu cử có được công bố sau 3 tháng không?",
        "Sau 3 tháng hoạt động, kết quả bầu cử vẫn được người dân nhắc đến.",
        "Kết quả thi tốt nghiệp phải đợi đến cuối năm.",
        "Cuối năm nay sẽ tổng kết kết quả bầu cử.",
        "Election results are not announced after two months: the law gives the council 20 days.",
    ],
)
def test_statements_within_the_deadline_or_not_claimed_give_no_finding(text):
    assert_silent(text, FACTS, "results_deadline_days")
    assert_silent(text, FACTS, "results_announced_date")


def test_a_later_item_speaks_of_its_own_election_month():
    text = "Kết quả bầu cử sẽ được công bố vào tháng 9."
    assert [f.fact for f in check(text, FACTS)] == ["results_announced_date"]
    assert check(text, FACTS, published_year=2026) == []


@pytest.mark.parametrize(
    "text,found",
    [
        ("Results of the vote won't be published for at least two months.", "two months"),
        ("Kết quả bầu cử phải hai tháng nữa mới có.", "hai tháng"),
        ("The official election results will only be published three months after the vote.", "three months"),
    ],
)
def test_a_late_span_in_more_words_is_found(text, found):
    assert_found(text, FACTS, "results_deadline_days", found)


@pytest.mark.parametrize(
    "text",
    [
        "Kết quả bầu cử đã công bố; phải hai tháng nữa mới có kỳ họp đầu tiên của Quốc hội.",
        "Kết quả thi tốt nghiệp phải hai tháng nữa mới có.",
        "Results of the by-election will be published two months after the vote.",
        "The election results were published two weeks after the vote, within the legal deadline.",
    ],
)
def test_another_span_after_the_results_or_within_the_deadline_gives_no_finding(text):
    assert_silent(text, FACTS, "results_deadline_days")
