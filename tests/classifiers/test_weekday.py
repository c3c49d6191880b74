"""The approved ``election_weekday`` is checked: a text that gives the election another weekday
("bầu cử năm nay tổ chức vào thứ bảy", "the vote is on Saturday") contradicts it, with no digit
in the text. A weekday is the election's only where an election phrase asserts it; a weekday
that labels a date is the date check's, and a denial, a question, early voting, a report of the
rumour or an ordinal ("lần bầu cử thứ ba") is no claim."""

import pytest

from classifiers import distortion
from classifiers.weekday import weekday_kind
from tests.classifiers.test_distortion_wordings import FACTS as RULES
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**RULES, "election_date": "2021-05-23", "election_weekday": "Sunday"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Bầu cử năm nay tổ chức vào thứ bảy nhé, share gấp", "thứ bảy"),
        ("Năm nay đi bầu vào thứ sáu nha mọi người", "thứ sáu"),
        ("Bau cu nam nay dien ra vao thu bay nhe ca nha", "thu bay"),
        ("NÓNG: bầu cử dời sang thứ hai tuần sau", "thứ hai"),
        ("Thứ bảy là ngày bầu cử nhé bà con", "Thứ bảy"),
        ("Bầu cử diễn ra vào thứ bảy và chủ nhật, đi ngày nào cũng được", "thứ bảy"),
        ("The election is on Saturday this year, share!", "Saturday"),
        ("Heads up: voting has been moved to Monday", "Monday"),
        # the competent body cited: a wrong day is wrong whoever is named, as the date is
        ("Theo hướng dẫn chính thức, bầu cử vào thứ bảy", "thứ bảy"),
    ],
)
def test_another_weekday_asserted_for_the_election(text, found):
    assert_found(text, FACTS, "election_weekday", found)


@pytest.mark.parametrize(
    "text",
    [
        "Bầu cử vào chủ nhật nhé mọi người",  # the approved day
        "The election is on Sunday, polls open at 7am",
        "Lần bầu cử thứ ba trong lịch sử của xã",  # an ordinal
        "Thứ bảy, tổ bầu cử trang trí khu vực bỏ phiếu",  # a dateline: the day of a report
        "Tổ bầu cử họp vào thứ sáu để phân công nhiệm vụ",  # another event's day
        "Bầu cử không phải vào thứ bảy mà là chủ nhật",  # denied
        "Có tin đồn bầu cử dời sang thứ bảy, đây là tin sai",  # a rumour reported as false
        "Bầu cử dời sang thứ bảy à?",  # asked
        "Bầu cử ở các huyện đảo diễn ra sớm vào thứ sáu",  # early voting in island districts
        "Bầu cử năm 2016 diễn ra vào thứ bảy",  # another year's election (read as the date check does)
        "Sáng thứ bảy, cử tri phường 3 đến xem danh sách cử tri niêm yết",
    ],
)
def test_no_weekday_claimed(text):
    assert_silent(text, FACTS, "election_weekday")


def test_a_weekday_that_labels_a_date_is_the_date_checks():
    """ "thứ bảy 22/5": the date is the claim, found once, as the date."""
    found = distortion.check("Bầu cử vào thứ bảy 22/5 nhé", FACTS)
    assert [f.fact for f in found] == ["election_date"]


def test_the_kind_needs_a_weekday_value():
    assert weekday_kind("election_weekday", "Sunday") == "weekday"
    assert weekday_kind("election_weekday", "sunday") == "weekday"
    assert weekday_kind("election_weekday", "every day") is None
    assert weekday_kind("election_date", "Sunday") is None
    # a configuration whose election is on a Saturday: Sunday is then the wrong day
    saturday = {**FACTS, "election_weekday": "Saturday"}
    assert_found("Bầu cử năm nay tổ chức vào chủ nhật", saturday, "election_weekday", "chủ nhật")
    assert_silent("Bầu cử năm nay tổ chức vào thứ bảy", saturday, "election_weekday")


@pytest.fixture(scope="module")
def decider(small_model, messages, synth_rows):
    import yaml

    from classifiers.decision import Decider
    from tests.classifiers.conftest import ROOT

    data = yaml.safe_load((ROOT / "data" / "relevance.yaml").read_text(encoding="utf-8"))
    return Decider(small_model, messages, data, known_claims=synth_rows)


def test_the_decision_reads_the_shipped_weekday_with_no_digit_in_the_text(decider):
    """The shipped approved messages name the weekday; the decision opens the check on the
    weekday's words alone (a text with no digit opens no value check)."""
    assert decider.fact_kinds.get("weekday") == {"election_weekday": "Sunday"}
    wrong, right = decider.decide(
        ["Bầu cử năm nay tổ chức vào thứ bảy nhé cả nhà, share gấp", "Bầu cử năm nay tổ chức vào chủ nhật nhé cả nhà"]
    )
    assert [f.fact for f in wrong.findings] == ["election_weekday"] and "fact" in wrong.evidence_kinds, wrong
    assert not right.findings and "fact" not in right.evidence_kinds, right
