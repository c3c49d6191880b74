"""How a vote is recorded on the voter (`voted_mark: stamp_on_voter_card`, a new approved message:
the election team stamps the voter card): a finger said to be dipped in or marked with ink. Beside
each, the stamp on the card, a pen's ink, a fingerprint for an ID card, another country's ink, a
question and a debunk."""

import pytest

from classifiers.distortion import check
from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "voted_mark": "stamp_on_voter_card"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Năm nay cử tri bỏ phiếu xong phải nhúng ngón tay vào mực, ai chưa có mực là chưa bầu.", "nhúng ngón tay"),
        ("Tổ bầu cử sẽ chấm mực lên ngón tay từng người để chống bầu hai lần.", "chấm mực"),
        ("cu tri bo phieu xong ngon tay se bi boi muc tim, 3 ngay moi phai", "ngon tay"),
        ("Voters in the province will dip a finger in ink after casting their ballot.", "dip a finger"),
        ("Election staff put ink on your finger so you can't vote twice.", "ink on your finger"),
        ("Everyone's thumb will be inked after voting, bring a tissue.", "thumb will be inked"),
        ("This year they use indelible ink at every polling station.", "indelible ink"),
    ],
)
def test_the_claim_is_found(text, found):
    assert_found(text, FACTS, "voted_mark", found)


@pytest.mark.parametrize(
    "text",
    [
        "Bỏ phiếu xong, Tổ bầu cử đóng dấu 'Đã bỏ phiếu' vào thẻ cử tri.",
        "Cử tri dùng bút mực do Tổ bầu cử chuẩn bị để gạch tên trong buồng kín.",
        "Làm căn cước công dân phải lăn tay, chấm mực vào ngón tay trỏ.",
        "Ở Ấn Độ, cử tri được đánh dấu mực lên ngón tay sau khi bỏ phiếu.",
        "In India, voters dip a finger in indelible ink after voting.",
        "Có phải bỏ phiếu xong phải nhúng ngón tay vào mực không?",
        "Tin đồn cử tri phải nhúng ngón tay vào mực là sai sự thật; Tổ bầu cử chỉ đóng dấu vào thẻ cử tri.",
        "Voters do not dip a finger in ink; the team stamps the voter card.",
    ],
)
def test_what_is_true_denied_or_asked_is_not(text):
    assert_silent(text, FACTS, "voted_mark")


def test_the_finding_says_the_stamp():
    text = "Voters in the province will dip a finger in ink after casting their ballot."
    (finding,) = [f for f in check(text, FACTS) if f.fact == "voted_mark"]
    assert finding.kind == "voted_mark" and "stamps the voter card" in finding.message
