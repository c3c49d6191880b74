"""Voting from abroad (`voting_method: in_person`): the law sets up no polling station at an embassy or
a consulate, and citizens abroad vote only by coming back to a list at home. Found: voting said
possible at an embassy, a consulate or the representative office, or from abroad. Not: the way back
("phải về nước"), a question, a debunk, a denial, another country's citizens voting at their own
embassy in Vietnam."""

import pytest

from tests.classifiers.test_distortion_wordings import FACTS, assert_found, assert_silent


@pytest.mark.parametrize(
    "text,found",
    [
        ("Người Việt ở nước ngoài vẫn tham gia được cuộc bầu cử qua đại sứ quán, bà con cứ yên tâm", "nước ngoài"),
        ("Cơ quan đại diện mở hòm phiếu ngày 22/5 để bà con ở Peru bỏ phiếu", "mở hòm phiếu"),
        ("Năm nay bỏ phiếu tại đại sứ quán được rồi nha, khỏi phải về nước", "đại sứ quán"),
        ("Con gái tôi bên Nhật vừa bầu ở lãnh sự quán xong, nhanh lắm", "lãnh sự quán"),
        ("Du hoc sinh o nuoc ngoai duoc bo phieu truc tuyen tu nam nay", "nuoc ngoai"),
        ("Good news: you can vote at the Vietnamese embassy in Berlin this year.", "embassy"),
        ("Overseas Vietnamese can now vote in the National Assembly election, no need to fly home.", "vote"),
    ],
)
def test_the_claim_is_found(text, found):
    assert_found(text, FACTS, "voting_method", found)


@pytest.mark.parametrize(
    "text",
    [
        "Con đang học ở châu Phi thì có bầu ở đại sứ quán được không?",
        "Không có điểm bỏ phiếu tại cơ quan đại diện Việt Nam ở nước ngoài.",
        "Luật không tổ chức hòm phiếu ở cơ quan đại diện, muốn bầu thì phải về nước và bổ sung tên trước ngày bầu.",
        "Người ở nước ngoài không bầu qua đại sứ quán hay email được đâu, phải về nước đăng ký.",
        "Thông tin người Việt ở nước ngoài được bỏ phiếu tại đại sứ quán là không chính xác.",
        "Cử tri từ nước ngoài về kịp bổ sung tên, bỏ phiếu tại phường Hòa An.",
        "Người Philippines ở Hà Nội bỏ phiếu tại Đại sứ quán Philippines cho cuộc bầu cử tổng thống.",
        "Can Vietnamese living in Brazil vote at the embassy? No, they have to come back and register.",
        "Đại sứ quán tổ chức gặp mặt kiều bào nhân dịp Quốc khánh.",
        "Bầu ở đại sứ quán thì không có đâu nha, luật không cho.",
        "Voting at the embassy is not possible for this election.",
        "Bỏ phiếu tại lãnh sự quán là không hợp lệ, phiếu đó không được tính.",
    ],
)
def test_what_is_not_the_claim_is_silent(text):
    assert_silent(text, FACTS, "voting_method")
