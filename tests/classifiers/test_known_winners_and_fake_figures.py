"""Winners said known before the vote, the published figures called fake, the team marking ballots
in voters' place by a list, a penalty for being absent "without a reason", and a rigged count
said of "every candidate" that "wins": claims the count check (`results_decided_by:
public_count`) and the penalty check (`voter_penalty: none`) used to miss. Beside each, what is
true, denied, reported or asked."""

import pytest

from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "voter_penalty": "none", "results_decided_by": "public_count"}


@pytest.mark.parametrize(
    "text,fact,found",
    [
        # a rigged count said of the candidates who win (the nomination list is not the subject)
        (
            "Every candidate on the list wins no matter how people mark, the figures are filled in afterwards.",
            "results_decided_by",
            "filled in",
        ),
        ("All nominees win whatever the ballots say; the numbers are made up.", "results_decided_by", "made up"),
        # the winners known before the vote
        (
            "Ứng viên phường tôi biết chắc mình trúng cử từ trước ngày bầu cử cả tháng, người nhà còn đi khoe.",
            "results_decided_by",
            "trúng cử",
        ),
        (
            "ung vien xa minh biet minh se trung cu truoc khi bau roi, ca nha ho noi vay",
            "results_decided_by",
            "trung cu",
        ),
        ("Our candidate knew he would win weeks before the vote, it was all arranged.", "results_decided_by", "win"),
        # the published figures called fake
        (
            "Tỷ lệ đi bầu 99% công bố hôm qua là bịa, xóm tôi nửa số nhà không đi mà vẫn báo đủ.",
            "results_decided_by",
            "bịa",
        ),
        ("ti le di bau 98% la xao, khu toi co ai di dau", "results_decided_by", "xao"),
        ("The official turnout figure is fake, barely half of my street voted.", "results_decided_by", "fake"),
        ("Honestly the results they published are all a lie, nobody I know voted.", "results_decided_by", "lie"),
        # the team marking ballots in voters' place, by a list
        (
            "Tổ bầu cử ghi phiếu thay cho các cụ trên 80 tuổi theo danh sách, các cụ khỏi phải đến.",
            "results_decided_by",
            "ghi phiếu thay",
        ),
        ("Nhà trường thu thẻ cử tri của sinh viên rồi bầu giùm cả lớp luôn.", "results_decided_by", "bầu giùm"),
        # a penalty for being absent without a reason
        ("Cử tri vắng mặt không có lý do sẽ bị phạt hành chính 2 triệu đồng.", "voter_penalty", "bị phạt"),
        ("Voters absent without a valid reason will be fined 500,000 dong.", "voter_penalty", "fined"),
    ],
)
def test_the_claim_is_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text,fact",
    [
        # the nomination list is settled beforehand, truly (consultations), with no outcome word
        ("Danh sách người ứng cử được chốt từ trước ngày bầu cử qua ba vòng hiệp thương.", "results_decided_by"),
        # a winner known after the count, or the wish of a candidate
        ("Ông ấy biết mình trúng cử sau khi Ủy ban bầu cử công bố kết quả.", "results_decided_by"),
        ("The candidate said he hoped he would win, weeks before the vote.", "results_decided_by"),
        ("Sau khi kiểm phiếu xong, ứng viên mới biết mình trúng cử.", "results_decided_by"),
        # figures called fake by a denial, a debunk, a question, or a report of the rumour
        ("Tin đồn tỷ lệ đi bầu là bịa đặt đã bị Ủy ban bầu cử tỉnh bác bỏ.", "results_decided_by"),
        ("Không có chuyện tỷ lệ đi bầu là bịa, các tổ đếm công khai.", "results_decided_by"),
        ("Is the official turnout figure fake?", "results_decided_by"),
        ("Posts claiming that the official turnout figure is fake have been shown to be false.", "results_decided_by"),
        ("The results are not fake: every count was public.", "results_decided_by"),
        ("Con số 99% là bia ôm? Bài báo về tỷ lệ tiêu thụ bia.", "results_decided_by"),
        # a rumour's figure, quoted, called invented: a debunk
        ("Tin 'tỷ lệ đi bầu chỉ 45%' là bịa, chờ Hội đồng bầu cử quốc gia công bố nhé.", "results_decided_by"),
        ("tin ty le di bau chi 40% la bia, dung share nua", "results_decided_by"),
        ("The post saying 'turnout was 40%' is fake, the council said.", "results_decided_by"),
        # writing the ballot for a voter who asks (the law allows someone to write it for them)
        ("Cụ không nhìn rõ nên nhờ cháu gái ghi phiếu hộ theo ý cụ.", "results_decided_by"),
        ("Tổ bầu cử nhắc cử tri không được nhờ người khác bầu thay theo danh sách gia đình.", "results_decided_by"),
        # absent, penalties for something else or denied
        ("Cử tri vắng mặt không có lý do sẽ không bị phạt, nhưng tổ bầu cử sẽ đến vận động.", "voter_penalty"),
        ("Đại biểu vắng mặt không có lý do tại kỳ họp bị nhắc nhở.", "voter_penalty"),
        ("Voters absent on election day are not fined; they simply miss their say.", "voter_penalty"),
    ],
)
def test_what_is_true_denied_or_asked_is_not(text, fact):
    assert_silent(text, FACTS, fact)
