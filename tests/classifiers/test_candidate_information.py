"""What is known about a candidate (`candidate_information: posted_list_and_biography`, a new
approved message: the official list and each candidate's summary biography, posted by the election
bodies): a candidate's words resting on a recording, a screenshot or a leaked paper, and a record the
posted biography does not carry (a fake degree, a second nationality, a hidden illness). Beside each,
the posted list itself, an election body's own decision, a debunk of the recording, a question,
another country's candidate, and the same words about someone who is not a candidate."""

import pytest

from classifiers.distortion import check
from classifiers.names import proper_noun_spans
from classifiers.rule_facts import RULE_WORDS, rule_kind
from monitor.outputs.findings import render as render_finding
from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "candidate_information": "posted_list_and_biography"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Nghe đoạn ghi âm ứng cử viên phường 4 nói 'dân nghèo là tại lười', share cho mọi người biết", "đoạn ghi âm"),
        ("Ảnh chụp màn hình tin nhắn của một ứng viên dặn tổ trưởng gạch tên người khác nè", "ảnh chụp màn hình"),
        ("Lộ văn bản ứng cử viên hứa cấp đất cho ai bầu mình, ai cần bản gốc inbox", "lộ văn bản"),
        ("Tài liệu mật: hồ sơ ứng cử của người đứng đầu danh sách bị sửa hết", "tài liệu mật"),
        ("ung vien so 3 dung bang gia, truong do khong ton tai, moi nguoi tra thu xem", "bang gia"),
        ("Người ứng cử ở đơn vị 2 có hai quốc tịch mà vẫn lọt danh sách, lạ thật", "hai quốc tịch"),
        ("Ứng cử viên trẻ nhất đã sửa năm sinh để đủ tuổi ứng cử", "sửa năm sinh"),
        ("Bà ấy giấu bệnh nặng, trúng cử xong là xin nghỉ, cả xóm biết", "giấu bệnh"),
        ("A leaked memo shows the candidate promised jobs to anyone who votes for her.", "leaked memo"),
        ("The candidate in unit 5 holds a second passport and nobody checked.", "second passport"),
        ("Candidate number two plagiarised his whole doctoral thesis, look it up.", "plagiarised"),
    ],
)
def test_the_claim_is_found(text, found):
    assert_found(text, FACTS, "candidate_information", found)


@pytest.mark.parametrize(
    "text",
    [
        "Tổ bầu cử niêm yết danh sách người ứng cử kèm tiểu sử tóm tắt tại nhà văn hóa khu phố.",
        "Hội đồng bầu cử quốc gia đã quyết định xóa tên một người ứng cử vì có hai quốc tịch.",
        "Đoạn ghi âm được cho là của ứng cử viên đơn vị 3 đã bị cắt ghép từ nhiều đoạn khác nhau.",
        "The recording of the candidate's remarks was doctored, the election committee said.",
        "Có phải ứng cử viên đơn vị 1 có hai quốc tịch không?",
        "Tin đồn ứng cử viên dùng bằng giả là sai sự thật.",
        "Không có chuyện người ứng cử khai man tuổi, hồ sơ đã được thẩm tra.",
        "Một ứng cử viên tổng thống Mỹ bị lộ đoạn ghi âm gây tranh cãi.",
        "Ca sĩ nổi tiếng bị lộ clip riêng tư, người hâm mộ phản đối.",
        "Bằng giả tràn lan ở một số trường tư, nhiều cán bộ bị phát hiện.",
        "Giải bóng đá chính thức khai màn, nhiều ứng viên vô địch gây bất ngờ.",
        "Cử tri được nghe ghi âm buổi tiếp xúc cử tri do đài truyền thanh xã phát lại.",
        "Danh sách 26 cầu thủ bị rò rỉ trước ngày công bố; một tiền vệ có hai quốc tịch.",
    ],
)
def test_what_is_true_reported_denied_or_elsewhere_is_not(text):
    assert_silent(text, FACTS, "candidate_information")


def test_the_finding_never_shows_the_persons_name():
    text = "Nghe đoạn ghi âm ứng cử viên Nguyễn Văn An nói với doanh nghiệp là sẽ lo giấy phép, share gấp"
    (finding,) = [f for f in check(text, FACTS) if f.fact == "candidate_information"]
    assert finding.found == "đoạn ghi âm"
    names = proper_noun_spans(text)
    assert names and all(b <= finding.start or a >= finding.end for a, b in names)
    assert finding.kind == "candidate" and "election bodies" in finding.message


def test_the_rule_and_its_words_are_registered():
    assert rule_kind("candidate_information", "posted_list_and_biography") == "candidate"
    assert "candidate" in RULE_WORDS


def test_the_finding_reads_in_both_languages():
    text = "Người ứng cử ở đơn vị 2 có hai quốc tịch mà vẫn lọt danh sách"
    (finding,) = [f for f in check(text, FACTS) if f.fact == "candidate_information"]
    vi, en = render_finding(finding, "vi"), render_finding(finding, "en")
    assert "thông tin về người ứng cử" in vi and "tiểu sử" in vi
    assert "what is known about a candidate" in en and "biography" in en


@pytest.mark.parametrize(
    "text,found",
    [
        # the claim's own words are not a report that something is fake, nor a denial
        ("Ứng viên đơn vị 4 giả mạo hồ sơ quân ngũ để được ra ứng cử.", "giả mạo hồ sơ"),
        ("Ứng cử viên trẻ đó có bằng thạc sĩ của một trường không có thật, tra là biết.", "trường không có thật"),
        # the candidate named in the sentence before the material
        ("Ứng cử viên khu vực 3 chửi cử tri ở buổi tiếp xúc. Đoạn ghi âm đây, nghe rõ từng câu.", "đoạn ghi âm"),
        ("Listen to this voice message from the candidate: vote for me or lose your market stall.", "voice message"),
        ("Tin nhắn Zalo của ứng cử viên gửi trưởng thôn: vận động bà con gạch tên đối thủ.", "tin nhắn zalo"),
    ],
)
def test_more_ways_the_claim_is_said(text, found):
    assert_found(text, FACTS, "candidate_information", found)


@pytest.mark.parametrize(
    "text",
    [
        # material said to show the count or a rule: the count's and the rule's own checks read it
        "Tài liệu rò rỉ: huyện đã định sẵn số phiếu cho từng ứng cử viên từ trước ngày bầu.",
        "A leaked memo shows the district set vote shares for every candidate before polling day.",
    ],
)
def test_material_said_to_show_the_count_is_not_about_a_candidate(text):
    assert_silent(text, FACTS, "candidate_information")
