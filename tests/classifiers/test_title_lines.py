"""A feed item is its title and its text joined by a line break. A title without a stop is a
sentence of its own: its words do not make a value in the text's first sentence a claim of
another fact ("… đúng luật" + "Đến 22 giờ ngày 20.5, …" is no date of the election law). A claim
followed by a sentence that calls it false ("Đây là tin giả") is a debunk, after a stop as after
a line break. The election law's own date is read beside the law's own words, not beside
"đúng luật" (lawful) or "theo luật" (by law)."""

import pytest

from tests.classifiers.test_distortion_wordings import FACTS as RULES
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**RULES, "election_law_adopted": "2015-06-25"}


@pytest.mark.parametrize(
    "text",
    [
        "Hà Nội: cuộc bầu cử diễn ra an toàn, đúng luật\nĐến 22 giờ ngày 20.5, Hà Nội ghi nhận 5.421.168 cử tri đi bỏ phiếu.",
        "Bầu cử an toàn, đúng luật\nSáng 21/5, tổ bầu cử kiểm tra lại hòm phiếu",
        "Cuộc bầu cử bảo đảm đúng luật vào ngày 20/5 tại các tổ bầu cử",
        "Theo luật, cử tri đi bầu tại nơi cư trú; ngày 20/5 các tổ niêm yết lại danh sách.",
    ],
)
def test_no_date_of_the_law_without_the_laws_words(text):
    assert_silent(text, FACTS, "election_law_adopted")


@pytest.mark.parametrize(
    "text,fact,found",
    [
        # a claim on one line is found, whatever the next line says of something else
        ("NÓNG: bầu cử dời sang 30/5\nmọi người chia sẻ gấp", "election_date", "30/5"),
        ("Không đi bầu bị phạt 5 triệu\nmọi người nhớ đi đầy đủ nhé", "voter_penalty", "bị phạt 5 triệu"),
        ("Kết quả bầu cử đã được sắp xếp trước rồi\nđi bầu làm gì cho mệt", "results_decided_by", "sắp xếp trước"),
    ],
)
def test_a_claim_on_its_own_line_is_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Không đi bầu bị phạt 5 triệu\nĐây là tin giả", "voter_penalty"),
        ("Không đi bầu bị phạt 5 triệu. Đây là tin giả.", "voter_penalty"),
        ("Không đi bầu bị phạt 5 triệu\nThông tin trên là bịa đặt, Sở Tư pháp khẳng định", "voter_penalty"),
        ("Bỏ phiếu qua Zalo được rồi nhé. Thông tin này hoàn toàn sai sự thật.", "voting_method"),
        ("Voters who skip the election will be fined. This is false.", "voter_penalty"),
    ],
)
def test_a_claim_the_next_sentence_calls_false_is_not_asserted(text, fact):
    assert_silent(text, FACTS, fact)
