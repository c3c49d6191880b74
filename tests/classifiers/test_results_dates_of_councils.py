"""The day the results were announced (`results_announced_date`) is the National Assembly's, announced
by the National Election Council. A province's election committee announces its own council's
results on its own day, within the deadline: that day, named in the sentence after the committee or
the council, contradicts nothing. A wrong day still does when said of the country's results. And a
wrong day called made up or unsourced right after it ("… là bịa", "… là số liệu không có nguồn") is a
correction, not the claim.

A council's own day has its own deadline (`council_results_deadline_days`: the election committees
announce the councils' results no later than 10 days after the vote, Article 86 of the election
law): a later day, or a longer span, said of a council's results contradicts it."""

import pytest

from classifiers.distortion import key_facts_for
from monitor.ingest.pipeline import approved_messages
from tests.classifiers.test_distortion import FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent


@pytest.mark.parametrize(
    "text",
    [
        # a province's committee and its council, named in the sentence before the day
        "Chậm nhất 10 ngày sau ngày bầu cử, Ủy ban bầu cử cấp tỉnh công bố kết quả bầu cử đại biểu HĐND"
        " tỉnh. Tại tỉnh Đông Hải, việc công bố diễn ra ngày 28/5 với 52 người trúng cử.",
        "Ủy ban bầu cử huyện Phú Mỹ đã tổng hợp xong biên bản. Kết quả được công bố sáng 27/5 tại hội trường huyện.",
        "Kết quả bầu cử đại biểu HĐND xã Tân Lộc được công bố ngày 26/5.",
        # a wrong day called made up, or unsourced, right after it
        "Kết quả cả nước công bố ngày 10/6/2021, ai đăng 'kết quả ngày 25/5' là bịa.",
        "Sửa lại cho đúng: ai đăng 'kết quả công bố ngày 25/5' là số liệu không có nguồn.",
        "A post saying the results came out on May 25 is unsourced; the council announced them on June 10.",
    ],
)
def test_a_councils_day_or_a_day_called_made_up_is_no_finding(text):
    assert_silent(text, FACTS, "results_announced_date")


@pytest.mark.parametrize(
    "text,found",
    [
        ("Kết quả bầu cử sẽ được công bố ngày 28/5.", "28/5"),
        ("Kết quả bầu cử Quốc hội và HĐND các cấp được công bố ngày 28/5, sớm hơn mọi năm.", "28/5"),
        ("Ủy ban bầu cử tỉnh họp rồi. Kết quả bầu cử cả nước công bố ngày 28/5 nha.", "28/5"),
    ],
)
def test_the_countrys_day_said_wrong_is_still_found(text, found):
    assert_found(text, FACTS, "results_announced_date", found)


COUNCIL_FACTS = {**FACTS, "council_results_deadline_days": 10}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Bầu cử HĐND xong rồi. Kết quả công bố ngày 30/6.", "30/6"),
        ("Kết quả bầu cử đại biểu HĐND tỉnh sẽ công bố vào ngày 15/7, mọi người chờ nhé", "15/7"),
        ("ket qua bau cu hdnd xa nam nay cong bo ngay 25/6 nha ca nha", "25/6"),
        ("Results of the provincial People's Council election will be announced on July 15.", "July 15"),
        ("Kết quả bầu cử đại biểu HĐND tỉnh phải 25 ngày sau mới công bố.", "25 ngày"),
        ("Kết quả bầu cử HĐND xã phải đợi 30 ngày mới công bố, đừng hóng", "30 ngày"),
    ],
)
def test_a_councils_results_said_later_than_its_deadline_are_found(text, found):
    assert_found(text, COUNCIL_FACTS, "council_results_deadline_days", found)
    assert_silent(text, COUNCIL_FACTS, "results_deadline_days")


@pytest.mark.parametrize(
    "text",
    [
        "Ủy ban bầu cử tỉnh công bố kết quả bầu cử đại biểu HĐND tỉnh ngày 28/5/2021.",
        "Chậm nhất ngày 2/6 công bố kết quả bầu cử và danh sách những người trúng cử HĐND các cấp",
        "Kết quả bầu cử đại biểu HĐND các cấp được công bố chậm nhất 10 ngày sau ngày bầu cử.",
        # the law's two deadlines side by side
        "Hội đồng bầu cử quốc gia công bố kết quả bầu cử đại biểu Quốc hội chậm nhất là 20 ngày sau ngày bầu"
        " cử; Ủy ban bầu cử công bố kết quả bầu cử đại biểu HĐND ở cấp mình chậm nhất là 10 ngày sau ngày bầu cử.",
        # a complaint's deadline, a re-run's results, a council's first session
        "Khiếu nại về kết quả bầu cử đại biểu HĐND phải được gửi đến Ủy ban bầu cử chậm nhất ngày 7/6/2021.",
        "Ủy ban bầu cử xã công bố kết quả bầu thêm đại biểu HĐND xã ngày 10/6/2021.",
        "Kỳ họp thứ nhất HĐND tỉnh khóa mới ngày 25/6 công bố kết quả bầu Chủ tịch UBND tỉnh.",
        # denied, asked, another year's
        "Tin đồn kết quả bầu cử HĐND tỉnh công bố ngày 30/6 là bịa đặt.",
        "Kết quả bầu cử HĐND tỉnh công bố ngày 30/6 hả mọi người?",
        "Kết quả bầu cử HĐND tỉnh nhiệm kỳ 2016-2021 được công bố ngày 2/6/2016.",
    ],
)
def test_a_councils_day_within_its_deadline_or_not_asserted_is_no_finding(text):
    for fact in ("council_results_deadline_days", "results_deadline_days", "results_announced_date"):
        assert_silent(text, COUNCIL_FACTS, fact)


@pytest.mark.parametrize(
    "text,fact,found",
    [
        ("Kết quả bầu cử sẽ công bố sau 60 ngày", "results_deadline_days", "60 ngày"),
        ("Kết quả bầu cử Quốc hội phải 25 ngày sau mới công bố.", "results_deadline_days", "25 ngày"),
        (
            "Kết quả bầu cử Quốc hội và HĐND các cấp được công bố ngày 28/5, sớm hơn mọi năm.",
            "results_announced_date",
            "28/5",
        ),
    ],
)
def test_the_assemblys_deadline_and_day_are_still_the_assemblys(text, fact, found):
    assert_found(text, COUNCIL_FACTS, fact, found)
    assert_silent(text, COUNCIL_FACTS, "council_results_deadline_days")


def test_the_shipped_results_message_holds_the_councils_deadline():
    facts = key_facts_for(approved_messages(None), "fabricated_results")
    assert facts["council_results_deadline_days"] == 10
    assert facts["results_deadline_days"] == 20


def test_an_offices_own_name_for_the_assemblys_deadline_is_still_read():
    # (the span check takes any results-days fact that is not the councils')
    facts = {"election_date": "2021-05-23", "results_days": 20, "council_results_deadline_days": 10}
    assert_found("Kết quả bầu cử Quốc hội phải 3 tháng sau mới công bố.", facts, "results_days", "3 tháng")
    assert_found(
        "Kết quả bầu cử HĐND tỉnh phải 3 tuần sau mới công bố.", facts, "council_results_deadline_days", "3 tuần"
    )
