"""Seed labels written for one election read for another (``classifiers.retarget``): dates move
by the days between the two election days, election years and terms by the years and terms
between them, the results' figures are swapped; everything else stays as written."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classifiers.retarget import Election, Retarget, for_files, from_roman, roman

SEED = Election(dt.date(2021, 5, 23), 15, (2011, 2016, 2021, 2026), 499, "99.60")
NEXT = Election(dt.date(2026, 3, 15), 16, (), 500, "99.69")
TO_NEXT = Retarget(SEED, NEXT)


@pytest.mark.parametrize(
    "text,expected",
    [
        # the election day, the day before and a wrong day keep their distance to it
        ("Bầu cử ngày 23/5/2021, Chủ nhật 23/5", "Bầu cử ngày 15/3/2026, Chủ nhật 15/3"),
        (
            "bầu cử năm nay vào thứ bảy 22/5, không phải chủ nhật",
            "bầu cử năm nay vào thứ bảy 14/3, không phải chủ nhật",
        ),
        ("Nghe nói bầu cử dời sang 30/5 rồi", "Nghe nói bầu cử dời sang 22/3 rồi"),
        ("Bầu cử được tổ chức ngày 30-5-2021", "Bầu cử được tổ chức ngày 22-3-2026"),
        ("ngay 05/06 bau lai", "ngay 28/03 bau lai"),
        ("Bầu cử diễn ra ngày 6 tháng 6 năm 2021", "Bầu cử diễn ra ngày 29 tháng 3 năm 2026"),
        ("ngay 30 thang 5 di bau nhe #23thang5", "ngay 22 thang 3 di bau nhe #15thang3"),
        ("Voting is on Sunday, May 23, 2021.", "Voting is on Sunday, March 15, 2026."),
        ("Election day moved to 30 May 2021", "Election day moved to 22 March 2026"),
        ("results on June 10th", "results on April 2nd"),
        ("Polls move to may 30 this year", "Polls move to march 22 this year"),
        # election years, periods, hashtags and terms
        ("#baucu2021 nhiệm kỳ 2021-2026, trước đó 2016-2021", "#baucu2026 nhiệm kỳ 2026-2031, trước đó 2021-2026"),
        ("hồi bầu cử 2011 phiếu còn viết tay", "hồi bầu cử 2016 phiếu còn viết tay"),
        ("Quốc hội khóa XV, khoá XIV, #QuocHoiKhoaXV", "Quốc hội khóa XVI, khoá XV, #QuocHoiKhoaXVI"),
        ("Quốc hội khoá 15 và the 15th National Assembly", "Quốc hội khoá 16 và the 16th National Assembly"),
        # results: swapped both ways, written as they were
        ("499 đại biểu trúng cử, tỷ lệ đi bầu 99,60%", "500 đại biểu trúng cử, tỷ lệ đi bầu 99,69%"),
        ("Chỉ có 500 đại biểu trúng cử, tỷ lệ 99.6 %", "Chỉ có 499 đại biểu trúng cử, tỷ lệ 99.69 %"),
        ("Election council confirms 499 deputies elected", "Election council confirms 500 deputies elected"),
    ],
)
def test_what_is_moved(text, expected):
    assert TO_NEXT(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đơn vị nào không đủ 2/3 cử tri đi bầu là phải bầu lại",  # fractions
        "Không phải 2/3 đâu, chỉ cần quá nửa",
        "4/5 phiếu dồn cho một người, 31/40 phiếu",
        "Luật số 85/2015/QH13 được thông qua năm 2015",  # a law's number and year
        "Sinh tháng 5/2003, sinh năm 2003",  # a month of another year
        "Giá xăng ngày 1/6/2019 tăng",  # a date of a year that is no election's
        "You may 2 times a day",  # the verb, not the month
        "Vòng loại World Cup 2022 và khóa học 15 buổi",  # another year, a course
        "Tăng 2-3 lần, điểm 7.5",
        "868 người ứng cử cho 500 ghế, cả nước bầu 500 đại biểu Quốc hội",  # the seats, not the elected
        "",
    ],
)
def test_what_stays(text):
    assert TO_NEXT(text) == text


def test_another_elections_date_moves_with_its_year():
    # a row about another election stays about another one (2026 → 2031), its day moved too
    assert TO_NEXT("bầu cử 2016 ngày 22/5/2016") == "bầu cử 2021 ngày 14/3/2021"


def test_the_same_election_is_the_identity():
    r = Retarget(SEED, Election(dt.date(2021, 5, 23), 15, (), 499, "99.60"))
    assert (
        r.identity
        and r("Bầu cử ngày 23/5/2021, khóa XV, 499 đại biểu") == "Bầu cử ngày 23/5/2021, khóa XV, 499 đại biểu"
    )


def test_figures_unknown_to_the_target_stay():
    r = Retarget(SEED, Election(dt.date(2026, 3, 15), 16))
    assert r("499 đại biểu trúng cử ngày 23/5") == "499 đại biểu trúng cử ngày 15/3"


@given(st.integers(1, 30))
def test_roman_round_trip(n):
    assert from_roman(roman(n)) == n


def test_configured_election_from_the_facts_and_relevance_data():
    e = Election.of({"election": {"term": "XVI"}}, {"election_date": "2026-03-15", "deputies_elected": 500})
    assert (e.date, e.term, e.deputies, e.turnout) == (dt.date(2026, 3, 15), 16, 500, None)
    assert Election.of({}, {}) is None  # no election date: nothing to move the rows to


def test_the_label_folder_declares_its_election(tmp_path):
    assert for_files(tmp_path, NEXT) is None  # the office's own labels: read as written
    (tmp_path / "election.yaml").write_text(
        "date: 2021-05-23\nterm: XV\nyears: [2016, 2021]\ndeputies: 499\nturnout: '99.60'\n", encoding="utf-8"
    )
    r = for_files(tmp_path, NEXT)
    assert r is not None and r("bầu cử 2016, 2021 ngày 23/5") == "bầu cử 2021, 2026 ngày 15/3"
    assert for_files(tmp_path, Election(dt.date(2021, 5, 23), 15, (), 499, "99.60")) is None
    assert for_files(tmp_path, None) is None


@pytest.mark.parametrize(
    "content,field",
    [
        ("date: 23/5/2021\n", "date"),
        ("date: 2021-05-23\nyears: 2021\n", "years"),
        ("date: 2021-05-23\nterm: abc\n", "term"),
    ],
)
def test_a_wrong_election_file_names_itself_and_the_field(tmp_path, content, field):
    (tmp_path / "election.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(ValueError) as exc:
        for_files(tmp_path, NEXT)
    assert "election.yaml" in str(exc.value) and str(exc.value).split(": ", 1)[1].startswith(field)


def test_the_shipped_labels_declare_their_election():
    from monitor.config import SHIPPED_DIRS

    r = for_files(SHIPPED_DIRS[0] / "labels", NEXT)
    assert r is not None and r.source.date == dt.date(2021, 5, 23) and r.source.term == 15
