"""Four wordings of claims the checks read too narrowly: not voting called a breach of the law in
chat shorthand ("khum đi là vi phạm pháp luật"), proxy voting said allowed by an election body in
the next clause ("con cháu bầu hộ luôn, tổ bầu cử cho phép rồi"), voting by texting ("bỏ phiếu
bằng cách nhắn tin"), and candidates said to skip the vetting ("khỏi qua hiệp thương"). Beside each, what is true, denied, asked or answered."""

import pytest

from classifiers.distortion import check
from tests.classifiers.test_distortion_wordings import FACTS as RULES
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**RULES, "proxy_voting": "not_allowed", "candidate_selection": "consultation_and_voters_meetings"}


@pytest.mark.parametrize(
    "text,fact,found",
    [
        # not voting, in shorthand, and what is said to follow
        (
            "Đi bầu là bắt buộc theo luật, khum đi là vi phạm pháp luật, bị xử lý như trốn nghĩa vụ",
            "voter_penalty",
            "vi phạm pháp luật",
        ),
        ("Ai khum đi bầu là bị phạt 500k nha mọi người", "voter_penalty", "bị phạt"),
        ("Hok đi là bị phạt đó, tổ trưởng nói rồi", "voter_penalty", "bị phạt"),
        ("Khum ra điểm bỏ phiếu thì bị cắt trợ cấp tháng sau", "voter_penalty", "bị cắt"),
        # proxy voting said allowed by an election body in the clause after it
        ("Ông bà già yếu thì con cháu cầm phiếu bầu hộ luôn, tổ bầu cử cho phép rồi", "proxy_voting", "bầu hộ"),
        ("Cử tri nhờ con bầu hộ, tổ bầu cử đã cho phép rồi", "proxy_voting", "bầu hộ"),
        ("Vợ đi bầu hộ chồng cũng được, xã cho phép mà", "proxy_voting", "bầu hộ"),
        # voting by texting
        (
            "Cử tri có thể bỏ phiếu bằng cách nhắn tin hoặc qua ứng dụng trên điện thoại",
            "voting_method",
            "bỏ phiếu bằng",
        ),
        ("Năm nay bầu cử bằng cách nhắn tin cú pháp BC gửi tổng đài", "voting_method", "bầu cử bằng"),
        # candidates said to skip the vetting
        (
            "Ứng viên được chỉ định thì khỏi qua hiệp thương, khỏi lấy ý kiến cử tri, có tên là lên phiếu luôn",
            "candidate_selection",
            "khỏi qua hiệp thương",
        ),
        (
            "Người ứng cử do trung ương giới thiệu bỏ qua vòng hiệp thương, vào thẳng danh sách",
            "candidate_selection",
            "bỏ qua",
        ),
        (
            "Candidates picked by the party skip the consultation and go straight onto the ballot",
            "candidate_selection",
            "skip",
        ),
    ],
)
def test_the_claim_is_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text,fact",
    [
        # what is true, denied, asked or answered
        ("Đi bầu là quyền và nghĩa vụ, khum đi cũng không bị phạt đâu", "voter_penalty"),
        ("Khum đi bầu có bị phạt không mọi người?", "voter_penalty"),
        ("Ai khum đi bầu thì tổ bầu cử đến nhà vận động, không có phạt gì cả", "voter_penalty"),
        ("Không được bầu hộ, tổ bầu cử cho phép người già nhờ người khác viết phiếu theo ý mình", "proxy_voting"),
        ("Con cháu không được bầu hộ, tổ bầu cử nhắc rồi", "proxy_voting"),
        ("Cử tri không thể bỏ phiếu bằng cách nhắn tin, phải đến điểm bỏ phiếu", "voting_method"),
        ("Có thể bỏ phiếu bằng cách nhắn tin không mọi người?", "voting_method"),
        ("Kết quả bầu cử được thông báo bằng cách nhắn tin tới thuê bao của cử tri", "voting_method"),
        ("Không ứng viên nào được bỏ qua hiệp thương, kể cả người do trung ương giới thiệu", "candidate_selection"),
        ("Ứng viên được chỉ định có được khỏi qua hiệp thương không?", "candidate_selection"),
        ("Hiệp thương giá điện xong rồi, khỏi qua hiệp thương nữa", "candidate_selection"),
    ],
)
def test_what_is_not_the_claim_is_not_found(text, fact):
    assert_silent(text, FACTS, fact)


@pytest.mark.parametrize(
    "text",
    [
        'Đính chính bài viết nói "luật cho phép ủy quyền bầu thay nếu có xác nhận của trưởng khu phố": không có quy định đó.',
        "Bài viết nói cử tri được nhờ người nhà bỏ phiếu thay là sai, cử tri phải tự đi bầu",
        "Đính chính: luật cho phép ủy quyền bầu thay là sai.",
        "A post claiming that proxy voting is allowed with a note from the ward is wrong",
    ],
)
def test_proxy_voting_said_allowed_in_a_claim_named_to_be_answered_is_not_claimed(text):
    assert_silent(text, FACTS, "proxy_voting")


@pytest.mark.parametrize(
    "text",
    [
        "Luật cho phép ủy quyền bầu thay nếu có xác nhận của trưởng khu phố, share gấp",
        "Không có chuyện phải tự đi bầu, cứ ủy quyền cho người nhà bầu thay là được",
    ],
)
def test_proxy_voting_said_allowed_outright_is_still_claimed(text):
    assert [f for f in check(text, FACTS) if f.fact == "proxy_voting"]
