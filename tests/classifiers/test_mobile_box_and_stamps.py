"""The mobile ballot box said to need a hospital letter (`voter_documents: voter_card`: a voter who
cannot come asks for the box, no paper is needed), and ballots said void without another body's
stamp (the police's, the commune committee's) or because they went through the mobile box
(`ballot_invalid_reasons: listed_in_law`: the law wants the election team's stamp, and the
mobile box's ballots are counted with the others). Beside each, what is true or said otherwise."""

import pytest

from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "voter_documents": "voter_card", "ballot_invalid_reasons": "listed_in_law"}


@pytest.mark.parametrize(
    "text,fact,found",
    [
        (
            "Hòm phiếu phụ chỉ dành cho cụ nào có giấy xác nhận của bệnh viện, không có thì tự đi.",
            "voter_documents",
            "hòm phiếu phụ",
        ),
        (
            "Mobile ballot boxes are only for patients with a hospital letter, everyone else walks in.",
            "voter_documents",
            "mobile",
        ),
        ("Phiếu không có dấu của công an phường sẽ bị loại khi kiểm.", "ballot_invalid_reasons", "công an phường"),
        (
            "Ballots stamped by the ward police are the only valid ones; any ballot without the police stamp is void.",
            "ballot_invalid_reasons",
            "police stamp",
        ),
        (
            "Bỏ vào hòm phiếu phụ thì không được kiểm chung, bị tính là phiếu trắng hết.",
            "ballot_invalid_reasons",
            "hòm phiếu phụ",
        ),
        (
            "Votes put in the mobile box are not counted, so go to the polling room.",
            "ballot_invalid_reasons",
            "mobile box",
        ),
    ],
)
def test_the_claim_is_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Hòm phiếu phụ dành cho cử tri ốm đau, già yếu, khuyết tật không thể đến phòng bỏ phiếu.", "voter_documents"),
        (
            "The mobile ballot box is for voters who are ill or frail; they ask the election team for it.",
            "voter_documents",
        ),
        ("Phiếu không có dấu của Tổ bầu cử là phiếu không hợp lệ.", "ballot_invalid_reasons"),
        ("Công an phường bảo vệ hòm phiếu, phiếu được kiểm công khai.", "ballot_invalid_reasons"),
        ("Phiếu ở hòm phiếu phụ được kiểm chung với phiếu ở hòm chính.", "ballot_invalid_reasons"),
        ("Ballots from the mobile box are counted with all the others.", "ballot_invalid_reasons"),
        ("Có phải phiếu bỏ vào hòm phiếu phụ không được tính không?", "ballot_invalid_reasons"),
    ],
)
def test_what_is_true_or_asked_is_not(text, fact):
    assert_silent(text, FACTS, fact)
