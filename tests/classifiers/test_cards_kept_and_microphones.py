"""More wordings of claims the rule checks already know: voter cards kept and used to vote for their
holders, names counted as voted, the team marking and casting a ballot for a voter, a quota handed
down without the word "tỷ lệ" (the count decides: `results_decided_by`); a microphone in the booth,
who marks whom written down (`ballot: secret`); papers held back from a household that did not vote
(`voter_penalty`); an introduction letter from home asked of temporary residents (`voter_documents`);
a name written in said to keep the ballot valid (`ballot_marking`); a place on the list said to mean
a seat (`candidate_surplus`); ballots taken home to be marked (`voting_method`). Beside each, the
true rule, a denial, a question, a debunk, a rule of law stated, and the same words elsewhere."""

import pytest

from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {
    **BASE_FACTS,
    "results_decided_by": "public_count",
    "ballot": "secret",
    "voter_penalty": "none",
    "voter_documents": "voter_card",
    "ballot_marking": "cross_out",
    "candidate_surplus": "more_candidates_than_seats",
    "voting_method": "in_person",
}


@pytest.mark.parametrize(
    "text,fact,found",
    [
        (
            "Công ty giữ thẻ cử tri của cả xưởng rồi bầu thay cho anh em, khỏi nghỉ ca",
            "results_decided_by",
            "giữ thẻ cử tri",
        ),
        (
            "Ký túc xá thu thẻ sinh viên từ tối thứ bảy, sáng ra cán bộ bầu hộ hết",
            "results_decided_by",
            "thu thẻ sinh viên",
        ),
        ("Ai đi biển xa thì tên tự động được tính là đã đi bầu, khỏi lo", "results_decided_by", "tự động được tính"),
        (
            "Cụ nào yếu quá thì tổ sẽ tự điền phiếu cho, người nhà khỏi phải báo",
            "results_decided_by",
            "tự điền phiếu cho",
        ),
        ("Ông bà không đọc được chữ thì tổ bầu cử gạch giùm rồi bỏ vào hòm luôn", "results_decided_by", "gạch giùm"),
        ("Huyện dặn các tổ báo không dưới 97% bằng mọi giá, ai thấp phải giải trình", "results_decided_by", "97%"),
        ("Trong buồng kín năm nay có gắn micro nhỏ dưới mặt bàn, đừng nói gì trong đó", "ballot", "buồng kín"),
        ("The booths at my ward have hidden microphones, so keep quiet in there.", "ballot", "booths"),
        (
            "Người của phường ngồi ngay cửa, ghi lại ai gạch nhiều tên để báo lên trên",
            "ballot",
            "ghi lại ai gạch nhiều",
        ),
        (
            "Nhà nào có người không đi bầu thì bị tạm dừng cấp giấy tờ hộ tịch cả năm",
            "voter_penalty",
            "tạm dừng cấp giấy tờ",
        ),
        (
            "Sinh viên tạm trú phải xin giấy giới thiệu của xã thường trú mới được bầu ở đây",
            "voter_documents",
            "giấy giới thiệu",
        ),
        (
            "Thích ai ngoài danh sách thì cứ viết thêm tên người đó vào cuối phiếu, vẫn tính hợp lệ",
            "ballot_marking",
            "viết thêm",
        ),
        ("Có tên trong danh sách chính thức là chắc trúng, bầu bán chỉ cho vui", "candidate_surplus", "danh sách"),
        (
            "Tổ phát phiếu theo hộ, chủ hộ mang phiếu về nhà cho cả nhà gạch rồi nộp lại",
            "voting_method",
            "mang phiếu về nhà",
        ),
    ],
)
def test_the_claim_is_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Doanh nghiệp giữ thẻ cử tri rồi bầu thay là vi phạm pháp luật và sẽ bị xử lý.", "results_decided_by"),
        ("Không có chuyện tổ bầu cử giữ thẻ cử tri rồi bầu thay cho công nhân.", "results_decided_by"),
        ("Có phải trường gom thẻ sinh viên rồi bầu giùm cả lớp không?", "results_decided_by"),
        ("Giữ thẻ cử tri cẩn thận, mất thẻ thì báo tổ bầu cử để được cấp lại.", "results_decided_by"),
        ("Cử tri không biết chữ có thể nhờ người khác viết hộ rồi tự bỏ vào hòm.", "results_decided_by"),
        ("Hệ thống tự động ghi nhận đơn hàng đã thanh toán.", "results_decided_by"),
        ("Các tổ báo cáo trên 95% số phiếu đã kiểm xong lúc 21 giờ.", "results_decided_by"),
        ("Trong buồng kín không gắn camera hay micro nào, cử tri yên tâm.", "ballot"),
        ("Phóng viên gắn micro phỏng vấn cử tri sau khi bỏ phiếu.", "ballot"),
        ("Tin đồn trong buồng kín có gắn micro là sai sự thật.", "ballot"),
        ("Sở xây dựng tạm dừng cấp giấy phép xây dựng ở khu vực dự án.", "voter_penalty"),
        ("Cơ quan cấp giấy giới thiệu để nhân viên đi công tác ở tỉnh khác.", "voter_documents"),
        ("Cử tri không phải xin giấy giới thiệu của nơi thường trú, chỉ cần thẻ cử tri.", "voter_documents"),
        ("Phiếu viết thêm tên người ngoài danh sách là phiếu không hợp lệ.", "ballot_marking"),
        ("Phiếu viết thêm tên thì không được tính hợp lệ.", "ballot_marking"),
        ("mng nhớ đừng khoanh tròn hay viết thêm j vào phiếu, phiếu sẽ hông hợp lệ", "ballot_marking"),
        ("Có tên trong danh sách cử tri thì mới được bầu.", "candidate_surplus"),
        ("Lọt vào danh sách chính thức là đã qua ba vòng hiệp thương.", "candidate_surplus"),
        ("Cử tri không được mang phiếu về nhà gạch, phải gạch trong buồng kín.", "voting_method"),
        ("Có phải được mang phiếu về nhà gạch không?", "voting_method"),
    ],
)
def test_the_rule_denied_asked_or_elsewhere_is_not(text, fact):
    assert_silent(text, FACTS, fact)
