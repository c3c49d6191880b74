"""Crossing a name out said to choose that candidate (``ballot_marking: cross_out``: a voter
crosses out the names of those they do not choose). Beside it, the rule said right: crossing out
the ones one does not want, a denial, a question."""

import pytest

from tests.classifiers.test_distortion_wordings import FACTS as BASE
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE, "ballot_marking": "cross_out"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Gạch tên là chọn người đó nha mấy bà, để nguyên là phiếu vô nghĩa.", "Gạch tên là chọn người"),
        ("Bầu cử mai rồi, thích ai thì gạch người đó, đừng gạch nhầm.", "thích ai thì gạch người"),
        (
            "On the ballot, cross out the names of the candidates you want to elect.",
            "cross out the names of the candidates you want",
        ),
    ],
)
def test_crossing_out_said_to_choose_is_a_finding(text, found):
    assert_found(text, FACTS, "ballot_marking", found)


@pytest.mark.parametrize(
    "text",
    [
        "Không tín nhiệm ai thì gạch tên người đó, giữ lại tên người mình chọn.",
        "Không thích ai thì gạch người đó trên phiếu bầu.",
        "On the ballot, cross out the names of the candidates you do not want.",
        "Có phải gạch tên là chọn người đó không mọi người?",
    ],
)
def test_the_rule_said_right_is_silent(text):
    assert_silent(text, FACTS, "ballot_marking")
