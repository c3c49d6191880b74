"""Temporary residents said barred from voting where they live, or a vote in two places said
allowed (`temporary_residents: on_the_list`, Luật Bầu cử 85/2015/QH13, Điều 29): found; the lower
councils' lists, a choice to vote at home, explainers, questions and debunks: silent."""

import pytest

from classifiers.distortion import check
from monitor.outputs.findings import render
from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "temporary_residents": "on_the_list"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Năm nay ai không có hộ khẩu thường trú thì không được bầu, tạm trú là mất quyền", "không được bầu"),
        ("Người ở trọ không được bầu ở đâu cả, phải về quê, không về thì mất quyền", "ở trọ"),
        ("Tin nong: ng o tro hong dc bau o dau ca, phai ve que, ko ve thi mat quyen", "o tro"),
        ("Công nhân tạm trú phải về quê mới được bầu, công ty không cho nghỉ thì chịu", "về quê"),
        ("Phải tạm trú đủ 2 năm mới được bầu ở phường này nhé", "2 năm"),
        ("Cử tri chỉ được bầu ở nơi có hộ khẩu thường trú, ai tạm trú thì về quê", "hộ khẩu"),
        ("Citizens can only vote where their permanent household registration is", "permanent household registration"),
        ("Migrant workers on temporary residence are not on the local rolls and have to travel back home", "Migrant"),
        ("You need 2 years of temporary residence to vote in our ward", "temporary residence"),
        # a vote in two places said allowed
        ("Ai có hộ khẩu một nơi, tạm trú một nơi thì bầu cả hai chỗ nha, luật cho phép", "hai chỗ"),
        ("Năm nay mỗi người được bỏ phiếu ở hai nơi, nơi thường trú và nơi tạm trú", "hai nơi"),
        ("You're allowed to vote twice if you're registered in two places", "vote twice"),
    ],
)
def test_temporary_residents_said_barred_where_they_live_are_found(text, found):
    assert_found(text, FACTS, "temporary_residents", found)


@pytest.mark.parametrize(
    "text",
    [
        # the lower councils, for which under twelve months' registration is indeed not enough
        "Cử tri tạm trú chưa đủ 12 tháng không được bầu đại biểu HĐND cấp xã nơi tạm trú.",
        # the rule, a choice, a personal trip home
        "Người tạm trú vẫn được bầu đại biểu Quốc hội tại nơi tạm trú, không cần về quê.",
        "Nếu muốn, người tạm trú có thể về quê bầu, hoặc đăng ký bầu nơi tạm trú.",
        "Em tạm trú ở Bình Dương nhưng tuần này phải về quê vì mẹ ốm, nhờ tổ bầu cử chuyển tên",
        "Temporary residents can still vote where they live; they do not need to go back home.",
        # asked, debunked, named to be answered
        "Có phải người ở trọ không được bầu không mọi người?",
        "Tin người tạm trú mất quyền bầu cử là sai sự thật.",
        "Migrant workers are not allowed to vote in their home province, a fake post claims.",
        "Mỗi người chỉ được bỏ phiếu ở một nơi, không được bầu hai nơi.",
        "Nobody is allowed to vote twice; each voter is on one list.",
    ],
)
def test_the_rule_a_choice_questions_and_debunks_give_no_finding(text):
    assert_silent(text, FACTS, "temporary_residents")


def test_the_finding_reads_in_both_languages():
    (hit,) = [f for f in check("Người ở trọ không được bầu, phải về quê bầu", FACTS) if f.fact == "temporary_residents"]
    assert "nơi cử tri được bầu" in render(hit, "vi") and "người tạm trú cũng được ghi tên" in render(hit, "vi")
    assert "temporary residents are put on the list where they live" in render(hit, "en")
