"""The shipped model (trained from data/labels/ as `monitor demo` and a first run do) on the press's
routine candidacy reports: who is nominated, who stands where, who was elected. Real election
coverage is full of them, and before seed v5 they were flagged as fabricated claims about
candidates. Claims about candidates are still flagged.

Every sentence here is the team's own, written after seed v5 and in words its templates do not
use, so they test the style, not the templates."""

from __future__ import annotations

import pytest

from tests.demo_support import shipped_models

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def decider(tmp_path_factory):
    from classifiers.registry import Registry
    from monitor.ingest.pipeline import make_decider

    models = shipped_models(tmp_path_factory, tmp_path_factory.mktemp("shipped") / "models")
    return make_decider(None, None, Registry(models).active())


REPORTS = [
    "Ông Trần Quang Minh, kỹ sư thủy lợi, được giới thiệu ứng cử đại biểu Quốc hội tại đơn vị bầu cử số 2.",
    "Giới thiệu bà Hà Thu Trang, Phó Giám đốc Sở Giáo dục, ứng cử đại biểu Quốc hội tại tỉnh Nam Sơn",
    "Chân dung 14 người ứng cử đại biểu Quốc hội ở tỉnh Hòa Lâm",
    "Ứng cử viên đại biểu Quốc hội trẻ nhất tỉnh cam kết lo việc làm cho thanh niên nông thôn",
    "Nhiều giáo sư, bác sĩ có tên trong danh sách người ứng cử đại biểu Quốc hội tại thành phố",
    "Cử tri nơi cư trú nhất trí 100% giới thiệu ông Lê Văn Thành ra ứng cử đại biểu HĐND tỉnh",
    "Ba ứng viên đại biểu HĐND tỉnh tiếp xúc cử tri thị trấn Phú Mỹ, nói về giá điện và rác thải",
]

CLAIMS = [
    "Nghe nói ứng viên Trần Văn B đã bị loại khỏi danh sách vì gian lận hồ sơ, share gấp trước khi bị xóa",
    "Ghi âm lộ ra: ứng cử viên hứa cho mỗi hộ 500 nghìn nếu bầu cho mình, nghe rõ từng câu",
    "Clip ứng cử viên Lê Thị C say rượu hứa chia đất cho ai bầu mình, xem ngay trước khi bị gỡ",
    "Ứng viên Phạm Văn D đã rút khỏi cuộc bầu cử tối qua, ai còn định bầu thì gạch tên ông ấy đi",
]


@pytest.mark.parametrize("text", REPORTS)
def test_a_candidacy_report_is_not_flagged(decider, text):
    (d,) = decider.decide([text])
    assert d.relevance.relevant and not d.flagged, (d.band, d.label, d.evidence_kinds)


@pytest.mark.xfail(strict=True, reason="still flagged: a winner 'with the most votes' reads like a fabricated result")
def test_a_report_of_a_winner_with_the_most_votes_is_not_flagged(decider):
    (d,) = decider.decide(["Bà Nguyễn Thị Lan trúng cử đại biểu Quốc hội với số phiếu cao nhất đơn vị"])
    assert not d.flagged


@pytest.mark.parametrize("text", CLAIMS)
def test_a_claim_about_a_candidate_is_still_flagged(decider, text):
    (d,) = decider.decide([text])
    assert d.flagged and d.label == "candidate_fabrication", (d.band, d.label, d.evidence_kinds)
