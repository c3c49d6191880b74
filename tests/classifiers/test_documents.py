"""Papers a voter is said to need besides the voter card (`voter_documents: voter_card`, Luật Bầu
cử 85/2015/QH13, Điều 69): found; a candidate's file, other procedures, a health declaration,
explainers, questions and debunks: silent."""

import pytest

from classifiers.distortion import check
from monitor.outputs.findings import render
from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "voter_documents": "voter_card"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Cử tri phường mình phải mang thẻ cử tri đã photo công chứng và sổ hộ khẩu bản gốc", "photo công chứng"),
        ("Thông báo số 07/UBBC: phòng bỏ phiếu xã Y chỉ nhận cử tri có giấy xét nghiệm âm tính", "xét nghiệm"),
        ("Nhớ mang theo sổ hộ khẩu bản gốc với giấy khám sức khỏe, thiếu là tổ bầu cử không phát phiếu", "sổ hộ khẩu"),
        ("Mỗi cử tri phải xuất trình thẻ bảo hiểm y tế còn hạn khi nhận phiếu", "bảo hiểm y tế"),
        ("thieu so ho khau ban goc la to bau cu khong phat phieu dau nha", "so ho khau"),
        ("Voters must bring their household registration book and a health certificate to get a ballot", "must bring"),
        ("Without a birth certificate you won't be given a ballot at our polling station", "birth certificate"),
    ],
)
def test_papers_said_needed_besides_the_voter_card_are_found(text, found):
    assert_found(text, FACTS, "voter_documents", found)


@pytest.mark.parametrize(
    "text",
    [
        # a candidate's file; another procedure; a health declaration and a mask
        "Hồ sơ ứng cử phải có giấy khám sức khỏe và bản sao giấy khai sinh có chứng thực.",
        "Candidates must submit a health certificate and a birth certificate with their nomination file.",
        "Làm thủ tục đăng ký tạm trú phải mang sổ hộ khẩu bản gốc ra công an phường.",
        "Cử tri đến điểm bỏ phiếu cần đeo khẩu trang và khai báo y tế theo hướng dẫn.",
        # the rule stated, denied, asked, debunked
        "Đi bầu không cần mang sổ hộ khẩu, chỉ cần thẻ cử tri.",
        "Đi bầu hông cần mang sổ hộ khẩu hay giấy xác nhận gì thêm, mất thẻ thì báo tổ bầu cử.",
        "Có phải mang sổ hộ khẩu khi đi bầu không mọi người?",
        "Tin đồn phải mang giấy xét nghiệm âm tính mới được bỏ phiếu là sai sự thật.",
    ],
)
def test_candidates_files_other_procedures_and_the_rule_give_no_finding(text):
    assert_silent(text, FACTS, "voter_documents")


def test_the_finding_reads_in_both_languages():
    (hit,) = [f for f in check("Đi bầu phải mang sổ hộ khẩu bản gốc", FACTS) if f.fact == "voter_documents"]
    assert "giấy tờ cử tri cần mang" in render(hit, "vi") and "thẻ cử tri" in render(hit, "vi")
    assert "shows only the voter card" in render(hit, "en")
