"""The shipped model (trained from data/labels/ as `monitor demo` and a first run do) on the press's
routine candidacy reports: who is nominated, who stands where, who was elected. Real election
coverage is full of them, and before seed v5 they were flagged as fabricated claims about
candidates. Claims about candidates are still flagged. Reports from after the vote (councils electing
their officers, public figures voting: seed v6) are clear.

Every sentence here is the team's own, written after seed v5 (the reports from after the vote:
after seed v6) and in words their templates do not use, so they test the style, not the templates."""

from __future__ import annotations

import pytest

from tests.demo_support import shipped_models

pytestmark = pytest.mark.slow


REPORTS = [
    "Ông Trần Quang Minh, kỹ sư thủy lợi, được giới thiệu ứng cử đại biểu Quốc hội tại đơn vị bầu cử số 2.",
    "Giới thiệu bà Hà Thu Trang, Phó Giám đốc Sở Giáo dục, ứng cử đại biểu Quốc hội tại tỉnh Nam Sơn",
    "Chân dung 14 người ứng cử đại biểu Quốc hội ở tỉnh Hòa Lâm",
    "Ứng cử viên đại biểu Quốc hội trẻ nhất tỉnh cam kết lo việc làm cho thanh niên nông thôn",
    "Nhiều giáo sư, bác sĩ có tên trong danh sách người ứng cử đại biểu Quốc hội tại thành phố",
    "Cử tri nơi cư trú nhất trí 100% giới thiệu ông Lê Văn Thành ra ứng cử đại biểu HĐND tỉnh",
    "Ba ứng viên đại biểu HĐND tỉnh tiếp xúc cử tri thị trấn Phú Mỹ, nói về giá điện và rác thải",
    # self-nominees and their trades (seed v7; the first was flagged before it)
    "Tỉnh Nam Sơn có hai ứng cử viên tự ứng cử, trong đó ông Lương Văn Tài là chủ doanh nghiệp tư nhân chế biến gỗ.",
    "Ở tỉnh Hòa Lâm chỉ có 1 người tự ứng cử là bà Mai Thị Hương - Giám đốc Công ty TNHH May mặc Hồng Phát.",
    "The province's only self-nominated candidate, Mr. Kieu Minh Duc, runs a software company.",
]

# After the vote: councils fill their offices, congresses re-elect their presidents, and public
# figures cast their ballots (seed v6's styles; written after it, in other words). The model
# trained before v6 put 3 of these 10 in "needs a look" as claims about candidates or results.
AFTER_THE_VOTE = [
    "Phó Bí thư Thành ủy Tống Đức Lâm được HĐND thành phố bầu giữ chức Chủ tịch UBND thành phố nhiệm kỳ mới",
    "Bà Vương Thị Hạnh tái đắc cử Chủ tịch Hội Liên hiệp Phụ nữ tỉnh với số phiếu tuyệt đối",
    "Ông Ninh Văn Hòa được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ tỉnh",
    "Giới thiệu Giám đốc Sở Xây dựng để bầu làm Phó Chủ tịch UBND tỉnh",
    "Tân Chủ tịch UBND tỉnh Lê Quốc Bảo nhận nhiệm vụ sau khi được HĐND tỉnh bầu chiều qua",
    "HĐND thành phố bầu ông Tạ Đình Phúc làm Phó Chủ tịch HĐND, ông Mã Văn Long làm Trưởng ban Đô thị",
    "Trung vệ Nguyễn Hữu Khang tranh thủ về quê bỏ phiếu bầu cử rồi lên đội tập trung",
    "Danh thủ bóng chuyền Lò Thị Mai đi bầu cử sớm cùng người dân bản Pá Chè",
    "Ông Kha Minh Tuấn được bầu làm Chủ tịch Liên đoàn Lao động tỉnh nhiệm kỳ mới",
    "Kỳ họp thứ nhất HĐND tỉnh khóa mới: ông Đinh Quốc Việt tiếp tục được bầu làm Chủ tịch UBND tỉnh",
]

CLAIMS = [
    "Nghe nói ứng viên Trần Văn B đã bị loại khỏi danh sách vì gian lận hồ sơ, share gấp trước khi bị xóa",
    "Ghi âm lộ ra: ứng cử viên hứa cho mỗi hộ 500 nghìn nếu bầu cho mình, nghe rõ từng câu",
    "Clip ứng cử viên Lê Thị C say rượu hứa chia đất cho ai bầu mình, xem ngay trước khi bị gỡ",
    "Ứng viên Phạm Văn D đã rút khỏi cuộc bầu cử tối qua, ai còn định bầu thì gạch tên ông ấy đi",
]


@pytest.mark.parametrize("text", REPORTS)
def test_a_candidacy_report_is_not_flagged(shipped_decider, text):
    (d,) = shipped_decider.decide([text])
    assert d.relevance.relevant and not d.flagged, (d.band, d.label, d.evidence_kinds)


@pytest.mark.parametrize("text", AFTER_THE_VOTE)
def test_an_office_vote_or_a_public_figure_voting_is_clear(shipped_decider, text):
    # neither flagged nor "needs a look": nothing in them for an officer to check
    (d,) = shipped_decider.decide([text])
    assert d.band in ("clear", "off_topic"), (d.band, d.label, d.evidence_kinds, d.flag_score)


def test_a_report_of_a_winner_with_the_most_votes_is_not_flagged(shipped_decider):
    # (a winner "with the most votes" still reads a little like a fabricated result: it may be in
    # "needs a look"; flagged before the out-of-fold false-flag target went to 2.7%)
    (d,) = shipped_decider.decide(["Bà Nguyễn Thị Lan trúng cử đại biểu Quốc hội với số phiếu cao nhất đơn vị"])
    assert not d.flagged


@pytest.mark.parametrize("text", CLAIMS)
def test_a_claim_about_a_candidate_is_still_flagged(shipped_decider, text):
    (d,) = shipped_decider.decide([text])
    assert d.flagged and d.label == "candidate_fabrication", (d.band, d.label, d.evidence_kinds)


# A figure compared with another year's: the other year dates what it is compared with, not the
# item (before, "2016" made the model read the item as about that election, off the topic).
@pytest.mark.parametrize(
    "text",
    ["Turnout was 45%, down from 99% in 2016", "Tỷ lệ cử tri đi bầu chỉ 45%, giảm mạnh so với 99% năm 2016"],
)
def test_a_wrong_turnout_compared_with_another_years_is_flagged(shipped_decider, text):
    (d,) = shipped_decider.decide([text])
    assert d.flagged and "fact" in d.evidence_kinds, (d.relevance, d.band, d.evidence_kinds)
    assert [f.found for f in d.findings] == [text[text.index("45") :].split(",")[0]]


def test_another_elections_turnout_compared_with_an_earlier_one_stays_off_the_topic(shipped_decider):
    (d,) = shipped_decider.decide(["Tỷ lệ cử tri đi bầu năm 2016 là 45%, giảm so với 60% năm 2011"])
    assert d.band == "off_topic", (d.relevance, d.band)


# The next election: an office watching the 2026 vote (term XVI) with the model the shipped seed
# trains (its rows were written for 2021). Before, the model had learnt "khóa XVI" and "2026" as
# another election's and put short claims naming them off the topic (learned relevance 0.01-0.4).
NEXT_ELECTION_CLAIMS = [
    "Bầu cử khóa XVI năm 2026 chỉ là hình thức, kết quả có sẵn",
    "Nghe nói bầu cử năm 2026 được bầu qua Zalo",
    "Kết quả bầu cử đại biểu Quốc hội khóa XVI đã được dàn xếp từ trước",
]


@pytest.fixture(scope="module")
def next_election_decider(tmp_path_factory):
    from classifiers.registry import Registry
    from monitor.analysis.classify import build_decider
    from monitor.ingest.pipeline import approved_messages, known_claims, load_relevance

    data = load_relevance(None)
    data = {**data, "election": {**data["election"], "year": 2026, "term": "XVI", "period": "2026-2031"}}
    models = shipped_models(tmp_path_factory, tmp_path_factory.mktemp("shipped-next") / "models")
    return build_decider(Registry(models).active(), approved_messages(None), data, known_claims(None))


@pytest.mark.parametrize("text", NEXT_ELECTION_CLAIMS)
def test_a_claim_naming_the_configured_next_election_is_on_the_topic_and_flagged(next_election_decider, text):
    (d,) = next_election_decider.decide([text])
    assert d.relevance.relevant and d.flagged, (d.relevance, d.band, d.evidence_kinds)


@pytest.mark.parametrize("text", NEXT_ELECTION_CLAIMS)
def test_the_same_claims_are_another_election_for_an_office_watching_2021(shipped_decider, text):
    (d,) = shipped_decider.decide([text])
    assert d.band == "off_topic" and d.relevance.reason == "other_year", d.relevance


def test_the_model_sees_no_year_and_no_term():
    from classifiers.clauses import years_and_terms
    from classifiers.narrative import _without

    text = "Bầu cử Quốc hội KHÓA XVI ngày 15/3/2026, nhiệm kỳ 2026-2031 #baucu2026; the 16th National Assembly"
    assert _without(text) == (
        "Bầu cử Quốc hội KHÓA ___ ngày 15/3/____, nhiệm kỳ ____-____ #baucu2026; the ____ National Assembly"
    )
    assert years_and_terms("khoá 15, Khóa XV, 12021, khoa hoc 2") == [(5, 7), (14, 16)]
