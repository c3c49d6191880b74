"""Who is old enough to vote, said by a birth date ("sinh sau tháng 2/2003 là chưa đủ tuổi bầu",
"born in 2003? you can't vote this time"): with the approved voting age (18) and election day
(23 May 2021), a voter born on or before 23 May 2003 votes. Beside them, the voting age said without
"tuổi" ("phải đủ 20 mới được bầu") or by a name left off the list, and temporary residents barred
in chat shorthand ("ko có hộ khẩu thì k dc bầu"). Beside each, what is true, denied or another
matter."""

import datetime as dt

import pytest

from classifiers.birth_dates import born_cutoff
from tests.classifiers.test_distortion_wordings import FACTS as RULES
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**RULES, "temporary_residents": "on_the_list"}


def test_the_cutoff_is_election_day_less_the_voting_age():
    assert born_cutoff(dt.date(2021, 5, 23), 18) == dt.date(2003, 5, 23)
    assert born_cutoff(dt.date(2026, 3, 15), 18) == dt.date(2008, 3, 15)
    assert born_cutoff(dt.date(2024, 2, 29), 18) == dt.date(2006, 2, 28)  # (no 29 February that year)


@pytest.mark.parametrize(
    "text,fact,found",
    [
        # born after, from or in a time that still holds voters
        ("Lớp mình ai sinh sau tháng 2/2003 là chưa đủ tuổi bầu đợt này, khỏi ra", "voting_age", "sinh sau"),
        ("Nghe nói sinh từ tháng 3 năm 2003 trở đi thì chưa được đi bầu kỳ này", "voting_age", "sinh từ"),
        ("Em sinh năm 2003 nên năm nay chưa được bầu cử đâu, phải chờ kỳ sau", "voting_age", "sinh năm 2003"),
        ("Phải sinh trước năm 2003 mới được đi bầu đại biểu Quốc hội", "voting_age", "sinh trước"),
        ("Kids born in 2003 can't vote in this election, they have to wait five years", "voting_age", "born in 2003"),
        ("Anyone born after March 2003 is not old enough to vote this time", "voting_age", "born after"),
        # the age without "tuổi", and a name said left off the list
        ("Năm nay phải đủ 20 mới được bầu, tổ trưởng nói vậy", "voting_age", "đủ 20"),
        ("Ai chưa đủ 19 tuổi thì tên không có trong danh sách cử tri đâu", "voting_age", "chưa đủ 19 tuổi"),
        # temporary residents barred, in shorthand
        ("Ai ko có hộ khẩu ở đây thì k dc bầu, về quê mà bầu", "temporary_residents", "ko có hộ khẩu"),
        ("Hong có hộ khẩu thường trú là hong được bầu đâu nha", "temporary_residents", "hong có hộ khẩu"),
    ],
)
def test_the_claim_is_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text,fact",
    [
        # what the law says, by date
        ("Công dân sinh trước hoặc trong ngày 23/5/2003 có quyền bầu cử", "voting_age"),
        ("Người sinh sau ngày 23/5/2003 chưa đủ tuổi đi bầu lần này", "voting_age"),
        ("Sinh từ tháng 6/2003 trở đi thì chưa được bầu, phải đợi kỳ sau", "voting_age"),
        ("Em sinh năm 2004 nên năm nay chưa được đi bầu", "voting_age"),
        ("Kids born in 2004 can't vote in this election yet", "voting_age"),
        ("Anyone born after May 23, 2003 is not old enough to vote this time", "voting_age"),
        # denied, asked, another election, another matter
        ("Không phải ai sinh năm 2003 cũng chưa được bầu: sinh trước 24/5/2003 là đủ tuổi", "voting_age"),
        ("Em sinh tháng 4/2003 thì có được đi bầu không ạ?", "voting_age"),
        ("Ông sinh năm 1950, năm nay vẫn đi bầu đều đặn", "voting_age"),
        ("Sinh năm 2003 nhưng chưa có căn cước thì đi bầu mang giấy gì?", "voting_age"),
        # a person's birth year beside "không được bầu" (not elected), or far from the voting age
        ("Chị Lan sinh năm 1985, lần này không được bầu lại làm tổ trưởng", "voting_age"),
        ("Ông Trần Văn Hòa sinh năm 1968 không được bầu vào Ban Chấp hành khóa mới tại đại hội", "voting_age"),
        ("Người sinh năm 1940 không được bầu vì đã quá tuổi", "voting_age"),
        # the age said right, a name on the list
        ("Phải đủ 18 mới được bầu, con bé mới 17 nên chưa đi", "voting_age"),
        ("Ai chưa đủ 18 tuổi thì tên không có trong danh sách cử tri", "voting_age"),
        # temporary residents: what is true
        ("Ko có hộ khẩu ở đây vẫn được bầu nếu đăng ký tạm trú, tổ trưởng nói vậy", "temporary_residents"),
    ],
)
def test_what_is_true_denied_or_else_is_not(text, fact):
    assert_silent(text, FACTS, fact)
