"""Claims about candidates that name no recording or record: words said to have been said in a
private or social channel ("nói trên livestream", "admitted on Facebook"), a vote said to be bought
or threatened, a withdrawal or a removal no election body announced, a family tie said to have put
someone on the list, a seat said to be bought (``candidate_information:
posted_list_and_biography``). Beside them: a post about something else, the election body's own
decision, a candidate's programme reported, a denial, a question, another race.

Also a threatened penalty said in shorter words ("hông có dấu 'đã bầu'", "bị tổ trưởng ghi tên",
"không được cấp lại căn cước"), the seats a vote is to fill read as no count of the elected
("bầu chọn 500 đại biểu"), and another country's election body named without its country."""

import pytest

from classifiers.relevance import RelevanceRules
from monitor.ingest.pipeline import load_relevance
from tests.classifiers.test_candidate_information import FACTS as CANDIDATE_FACTS
from tests.classifiers.test_distortion_wordings import FACTS, assert_found, assert_silent


@pytest.mark.parametrize(
    "text,found",
    [
        ("Ứng cử viên đơn vị 2 nói trên livestream tối qua: 'đằng nào tôi cũng trúng'", "nói trên livestream"),
        ("ung vien so 4 viet tren fb ca nhan la chi ra cho du so thoi", "viet tren fb"),
        ("Một ứng viên nhắn trong nhóm kín là sau bầu cử sẽ chia đất cho người nhà", "nhắn trong nhóm kín"),
        ("The candidate for unit 3 admitted on Facebook that she never read the law.", "admitted on Facebook"),
        ("Ứng cử viên phường 6 hứa mỗi hộ bầu cho mình được miễn phí gửi xe cả năm", "hứa mỗi hộ bầu cho"),
        ("A candidate in the ward promised cash to voters at the market this morning.", "promised cash to voters"),
        ("Ứng cử viên xã Tân Hòa đã rút tên khỏi danh sách, đừng bầu cho người đó nữa", "rút tên khỏi danh sách"),
        ("The youngest candidate has dropped out of the race, so skip her name.", "dropped out of the race"),
        ("The candidate in unit 1 was struck off the ballot last night, friends say.", "struck off the ballot"),
        ("Ứng viên khu 4 là con rể của giám đốc sở, nhờ thế mới lọt danh sách", "con rể của"),
        ("Ứng viên trẻ nhất bỏ 5 tỷ mua suất ứng cử, ai cũng biết", "mua suất ứng cử"),
        ("Ứng viên đơn vị 3 đã định cư ở nước ngoài từ lâu, về chỉ để ứng cử", "định cư ở nước ngoài"),
        ("Người ra tiếp xúc cử tri thay ứng viên số 2 là người đóng thế, giọng khác hẳn", "người đóng thế"),
        ("Hai ứng cử viên ở đơn vị 5 là họ hàng ruột mà tiểu sử không nói", "họ hàng ruột"),
        ("The candidate's thesis was copied word for word from a student's paper.", "copied word for word"),
    ],
)
def test_a_candidates_words_or_deeds_said_without_the_election_bodies_are_found(text, found):
    assert_found(text, CANDIDATE_FACTS, "candidate_information", found)


@pytest.mark.parametrize(
    "text",
    [
        # a post about the list, quoted to be answered: not a candidate's words
        "Một bài viết trên Zalo nói danh sách người trúng cử đã in từ tháng 4; thực tế đó là danh sách ứng cử.",
        # the election body's own decision
        "Hội đồng bầu cử quốc gia đã quyết định xóa tên một người ứng cử khỏi danh sách theo đơn xin rút.",
        # a candidate's programme, reported
        "Tại buổi tiếp xúc cử tri, ứng cử viên trình bày chương trình hành động và hứa lắng nghe ý kiến người dân.",
        # denied, asked
        "Tin đồn ứng cử viên hứa cho tiền ai bầu cho mình là sai sự thật.",
        "Có đúng là ứng cử viên đơn vị 5 đã rút tên khỏi danh sách không?",
        # another race
        "Tiền đạo số 9 đã rút khỏi danh sách đội tuyển vì chấn thương.",
        # a life abroad or a gambling den with no candidate: a rule of the vote, a crime report
        "Người Việt Nam định cư ở nước ngoài về nước trước ngày bầu cử được ghi tên vào danh sách cử tri.",
        "Công an phường 7 triệt phá một sòng bạc trá hình ngay trước ngày bầu cử.",
    ],
)
def test_the_bodys_decision_a_programme_a_denial_or_another_race_is_not(text):
    assert_silent(text, CANDIDATE_FACTS, "candidate_information")


@pytest.mark.parametrize(
    "text,found",
    [
        ("Ai không bầu cho ứng viên số 1 sẽ bị tổ trưởng ghi tên báo lên xã", "bị tổ trưởng ghi tên"),
        ("Hộ nghèo mà hông có dấu 'đã bầu' trên thẻ cử tri thì bị cắt trợ cấp", "bị cắt trợ cấp"),
        ("Người không đi bầu sẽ không được cấp lại căn cước năm sau", "không được cấp lại căn cước"),
    ],
)
def test_a_penalty_said_in_shorter_words_is_found(text, found):
    assert_found(text, FACTS, "voter_penalty", found)


@pytest.mark.parametrize(
    "text",
    [
        "Người không đi bầu không bị ghi tên hay xử phạt gì cả.",
        "Cử tri mất thẻ cử tri được cấp lại tại tổ bầu cử.",
    ],
)
def test_no_penalty_or_a_card_reissued_is_not(text):
    assert_silent(text, FACTS, "voter_penalty")


@pytest.mark.parametrize(
    "text",
    [
        "Cả nước có 866 người ứng cử để bầu chọn 500 đại biểu Quốc hội khóa XV.",
        "Cử tri cả nước sẽ bầu 500 đại biểu Quốc hội trong ngày bầu cử.",
        "Ngày 15/3, khoảng 79 triệu cử tri đi bỏ phiếu bầu 500 đại biểu Quốc hội khóa XV.",
        "Voters will elect 500 deputies to the National Assembly.",
    ],
)
def test_the_seats_a_vote_is_to_fill_are_no_count_of_the_elected(text):
    assert_silent(text, FACTS, "deputies_elected")


@pytest.mark.parametrize(
    "text",
    [
        "Quốc hội khóa XV đã bầu chọn 450 đại biểu, thiếu 50 ghế.",
        "Bầu cử xong chỉ bầu chọn được 450 đại biểu.",
        # the whole country's people elected, not a group of them ("Chính phủ có 22 người trúng cử")
        "Cả nước có 450 người trúng cử đại biểu Quốc hội khóa XV.",
    ],
)
def test_a_count_of_the_elected_is_still_compared(text):
    assert_found(text, FACTS, "deputies_elected", "450")


def test_another_countrys_election_body_named_alone_is_another_election():
    text = "The Comelec has canvassed 172 of 173 certificates, covering most registered voters, since Election Day."
    r = RelevanceRules(load_relevance(None)).check(text)
    assert not r.relevant and r.reason == "other_election"
