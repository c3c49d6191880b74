"""The results said to be announced by another body than the election's own (`results_body:
National Election Council`, Luật Bầu cử 85/2015/QH13: the Council announces the National Assembly's
results, each level's election committee its council's): found; the Council or a committee
announcing, a ministry's running or preliminary figure, another country's, questions and
debunks: silent."""

import pytest

from classifiers.distortion import check
from monitor.outputs.findings import render
from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "results_body": "National Election Council"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Kết quả bầu cử năm nay sẽ do Bộ Công an công bố chứ không phải Hội đồng bầu cử.", "Kết quả bầu cử"),
        ("Ủy ban nhân dân tỉnh sẽ công bố người trúng cử đại biểu Quốc hội của tỉnh vào tuần sau.", "Ủy ban nhân dân"),
        ("ket qua bau cu nam nay do cong an tinh cong bo nha moi nguoi", "ket qua bau cu"),
        ("The results will be announced by the Ministry of Public Security this year.", "results"),
        ("Nghe nói danh sách trúng cử sẽ do tỉnh ủy công bố luôn, khỏi chờ Hội đồng bầu cử.", "danh sách trúng cử"),
    ],
)
def test_results_said_announced_by_another_body_are_found(text, found):
    assert_found(text, FACTS, "results_body", found)


@pytest.mark.parametrize(
    "text",
    [
        "Hội đồng bầu cử quốc gia công bố kết quả bầu cử đại biểu Quốc hội khóa XV ngày 10/6.",
        "Ủy ban bầu cử tỉnh công bố kết quả bầu cử đại biểu HĐND tỉnh.",
        "Theo báo cáo của Bộ Nội vụ, tỷ lệ cử tri đi bầu tính đến 17h đạt 96%.",
        "Bộ Nội vụ công bố kết quả sơ bộ về số cử tri đi bầu cả nước.",
        "Kết quả bầu cử do Hội đồng bầu cử quốc gia công bố, không phải Bộ Công an như tin đồn.",
        "Tin kết quả bầu cử sẽ do Bộ Công an công bố là sai sự thật.",
        "Kết quả bầu cử có phải do Ủy ban nhân dân tỉnh công bố không?",
        "In Thailand the election results are announced by the Election Commission and released by the government.",
        "Công an tỉnh công bố kết quả điều tra vụ lừa đảo mạo danh tổ bầu cử.",
        "Tỉnh ủy họp, nghe công bố kết quả bầu cử đại biểu HĐND tỉnh của Ủy ban bầu cử tỉnh.",
        "The government will publish the results of the audit before the election.",
    ],
)
def test_the_councils_own_announcement_reports_and_debunks_give_no_finding(text):
    assert_silent(text, FACTS, "results_body")


def test_the_finding_reads_in_both_languages():
    (hit,) = [f for f in check("Kết quả bầu cử sẽ do Bộ Công an công bố", FACTS) if f.fact == "results_body"]
    assert "cơ quan công bố kết quả" in render(hit, "vi") and "Hội đồng bầu cử quốc gia" in render(hit, "vi")
    assert "National Election Council announces" in render(hit, "en")
