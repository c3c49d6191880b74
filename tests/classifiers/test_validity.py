"""A ballot said void for a reason the law does not give (`ballot_invalid_reasons: listed_in_law`):
a pencil or an ink's colour, a fold, fewer names kept than seats. Beside them, the law's own
reasons, explainers, questions and the rumour answered."""

import pytest

from classifiers.distortion import check
from monitor.outputs.findings import render
from tests.classifiers.test_distortion_wordings import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "ballot_invalid_reasons": "listed_in_law"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Phiếu gạch bằng bút chì sẽ bị hủy khi kiểm phiếu", "bút chì"),
        ("phieu gach bang but muc xanh la khong hop le, nho mang but den theo", "but muc xanh"),
        ("If you fold the ballot it becomes invalid, keep it flat", "fold"),
        ("Leave fewer names than there are seats and your ballot gets thrown out", "fewer names"),
        ("Chỉ gạch một người thì phiếu sẽ không được tính đâu nha", "một người"),
        ("Phiếu sẽ không hợp lệ nếu cử tri gấp phiếu trước khi bỏ vào hòm", "gấp phiếu"),
        ("Any ballot with a crease is thrown out, so keep it flat", "crease"),
        ("Phiếu bị nhàu là không hợp lệ, cầm cẩn thận", "nhàu"),
    ],
)
def test_a_ballot_said_void_for_a_reason_the_law_does_not_give_is_found(text, found):
    assert_found(text, FACTS, "ballot_invalid_reasons", found)


@pytest.mark.parametrize(
    "text",
    [
        "Phiếu bị nhàu vẫn hợp lệ, đừng lo",
        # the law's own reasons
        "Phiếu gạch hết tên những người ứng cử là phiếu không hợp lệ",
        "Phiếu để số người được bầu nhiều hơn số đại biểu cần bầu sẽ không hợp lệ",
        "A ballot without the election team's stamp is invalid",
        # valid, denied, asked, answered
        "Phiếu gạch bằng bút chì vẫn hợp lệ, miễn là gạch đúng cách",
        "Gấp phiếu trước khi bỏ vào hòm không làm phiếu mất hiệu lực",
        "Bầu ít hơn số đại biểu được bầu vẫn là phiếu hợp lệ",
        "Có phải phiếu gạch bằng bút chì bị hủy không mọi người?",
        "Tin phiếu gạch bằng bút bi xanh bị hủy là bịa đặt",
        "Folding your ballot does not make it invalid",
        "Leaving fewer names than there are seats is fine; a ballot is only invalid if you leave too many",
        # a fold, a pencil with nothing said void
        "Cử tri gấp phiếu làm tư rồi bỏ vào hòm",
        "Tổ bầu cử chuẩn bị bút bi và bút chì trong buồng kín",
    ],
)
def test_the_laws_reasons_explainers_and_answers_give_no_finding(text):
    assert_silent(text, FACTS, "ballot_invalid_reasons")


def test_the_finding_reads_in_both_languages():
    (hit,) = [f for f in check("Phiếu gạch bằng bút chì sẽ bị hủy", FACTS) if f.fact == "ballot_invalid_reasons"]
    assert "lý do phiếu không hợp lệ" in render(hit, "vi") and "năm trường hợp" in render(hit, "vi")
    assert "five reasons the law lists" in render(hit, "en")
