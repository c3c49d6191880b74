"""More ways of saying the count was rigged (`results_decided_by: public_count`), a penalty on
voters (`voter_penalty: none`) or a fee (`voting_fee: none`): a turnout quota handed down, a
seal faked or broken and stuck back, observers sent out of the count, sacks of ballots carried
in at night, ballots swapped while the camera was off, blank ballots filled in by the counting
team, the dead recorded as having received a ballot, invented voters on the list, a group's
ballots cast for them by an office; a pension suspended or a dormitory place refused; the cost of
the election put on the voters' electricity bill. Beside each, what is true or said otherwise."""

import pytest

from tests.classifiers.test_distortion import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "voter_penalty": "none", "voting_fee": "none", "results_decided_by": "public_count"}


@pytest.mark.parametrize(
    "text,fact,found",
    [
        (
            "Ảnh chụp tin nhắn của cán bộ huyện: các tổ phải báo tỷ lệ đi bầu không dưới 99%, sai lệch phải giải trình.",
            "results_decided_by",
            "không dưới 99%",
        ),
        (
            "Ủy ban bầu cử tỉnh dặn các tổ báo tỷ lệ trên 95% bằng mọi giá, kể cả khu vắng người.",
            "results_decided_by",
            "95%",
        ),
        ("The district told every team to report turnout above 98% no matter what.", "results_decided_by", "98%"),
        (
            "Băng niêm phong hòm phiếu ở xã mình là băng keo thường, bóc ra dán lại không để dấu.",
            "results_decided_by",
            "niêm phong",
        ),
        ("Người quan sát bị mời ra ngoài cổng, tổ bầu cử đóng cửa đếm một mình.", "results_decided_by", "quan sát"),
        (
            "At the school, observers were told to wait outside while the ballots were counted.",
            "results_decided_by",
            "observers",
        ),
        (
            "2 giờ sáng có xe tới khiêng thêm mấy bao phiếu vào rồi dán lại niêm phong y như cũ.",
            "results_decided_by",
            "khiêng thêm",
        ),
        ("Camera ở điểm bầu tắt đúng lúc mở hòm để họ kịp thay phiếu.", "results_decided_by", "thay phiếu"),
        (
            "Phiếu trắng không gạch ai sẽ được tổ kiểm phiếu điền vào cho đúng người cần trúng.",
            "results_decided_by",
            "Phiếu trắng",
        ),
        ("Bác tôi mất 3 năm rồi mà sổ ở phường vẫn có chữ ký đã nhận phiếu của bác.", "results_decided_by", "mất"),
        (
            "Danh sách cử tri khu phố 3 độn thêm 48 người ảo, tên lạ hoắc không ai biết.",
            "results_decided_by",
            "người ảo",
        ),
        ("Trường gom thẻ cử tri của sinh viên rồi cán bộ bầu giùm cả lớp.", "results_decided_by", "bầu giùm"),
        ("Người đang hưởng lương hưu mà gạch tên lãnh đạo cũ là bị tạm dừng lương hưu.", "voter_penalty", "tạm dừng"),
        ("Sinh viên nào không về bầu là học kỳ sau không được xếp phòng ký túc xá.", "voter_penalty", "không được xếp"),
        ("Tiền tổ chức bầu cử sẽ cộng vào hóa đơn điện của nhà nào có người đi bầu.", "voting_fee", "hóa đơn"),
    ],
)
def test_more_ways_of_saying_it_are_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text,fact",
    [
        (
            "Tổ bầu cử kiểm tra niêm phong hòm phiếu trước sự chứng kiến của cử tri, băng niêm phong còn nguyên.",
            "results_decided_by",
        ),
        (
            "Ủy ban bầu cử tỉnh đặt mục tiêu tỷ lệ cử tri đi bầu trên 98%, tăng cường tuyên truyền.",
            "results_decided_by",
        ),
        ("Tổ bầu cử niêm phong số phiếu thừa trước khi mở hòm kiểm phiếu.", "results_decided_by"),
        ("Cử tri viết hỏng phiếu thì được tổ bầu cử thay phiếu khác.", "results_decided_by"),
        (
            "Lỡ viết hỏng thì cử tri cứ đề nghị đổi phiếu bầu khác, tổ bầu cử phải thu lại phiếu hỏng.",
            "results_decided_by",
        ),
        ("Ai gạch nhầm thì báo tổ bầu cử để được thay phiếu bầu mới.", "results_decided_by"),
        ("Người quan sát được mời vào phòng chứng kiến kiểm phiếu, theo quy định.", "results_decided_by"),
        ("Tổ bầu cử đưa người đã mất ra khỏi danh sách cử tri trước ngày bầu.", "results_decided_by"),
        ("Tin tổ kiểm phiếu điền vào phiếu trắng là bịa đặt, kiểm phiếu có cử tri chứng kiến.", "results_decided_by"),
        ("Bộ Nội vụ tạm dừng chi trả lương hưu qua bưu điện trong ngày bầu cử để nhân viên đi bầu.", "voter_penalty"),
        ("Ký túc xá xếp phòng cho sinh viên theo thứ tự đăng ký, không liên quan đến bầu cử.", "voter_penalty"),
        ("Tiền điện tháng 6 tăng vì nắng nóng, hóa đơn của nhiều nhà tăng gấp đôi.", "voting_fee"),
        ("Sát giờ đóng cửa đêm qua, siêu thị gần điểm bỏ phiếu vẫn đông khách.", "results_decided_by"),
    ],
)
def test_what_is_true_or_said_otherwise_gives_no_finding(text, fact):
    assert_silent(text, FACTS, fact)


@pytest.mark.parametrize(
    "text,fact,found",
    [
        (
            "I didn't vote but someone signed the register for me, so my vote was cast anyway.",
            "results_decided_by",
            "signed",
        ),
        (
            "Mình không đi bầu mà sổ vẫn có chữ ký nhận phiếu của mình, ai đó ký thay rồi.",
            "results_decided_by",
            "chữ ký",
        ),
        (
            "Vote after 10 a.m. and you get a 500,000 dong fine, the election team is writing people up.",
            "voter_penalty",
            "fine",
        ),
        (
            "Voters who skipped the election must report to their ward police station with 500,000 dong.",
            "voter_penalty",
            "report to",
        ),
        (
            "If you cross out every name on the ballot, it goes to whoever is listed first.",
            "ballot_marking",
            "listed first",
        ),
        ("Reply YES to this text to keep your place on the voter list.", "voter_data_requests", "Reply YES"),
        (
            "Send photos of your family's voter cards to this number so the team can check the list.",
            "voter_data_requests",
            "photos",
        ),
        ("Nhắn lại chữ CÓ vào số này để giữ tên trong danh sách cử tri.", "voter_data_requests", "Nhắn lại"),
        (
            "Gửi ảnh chụp thẻ cử tri của cả nhà qua Zalo cho tổ trưởng để kiểm tra danh sách.",
            "voter_data_requests",
            "ảnh",
        ),
    ],
)
def test_more_english_and_vietnamese_wordings_are_found(text, fact, found):
    assert_found(text, {**FACTS, "ballot_marking": "cross_out", "voter_data_requests": "none"}, fact, found)


@pytest.mark.parametrize(
    "text,fact",
    [
        ("I didn't vote this year but my sister voted for the first time.", "results_decided_by"),
        ("Voters can vote until 7 p.m.; those who vote after 5 p.m. should expect queues.", "voter_penalty"),
        ("Crossing out every name makes the ballot invalid, the election team reminded voters.", "ballot_marking"),
        ("Reply YES to confirm your dentist appointment on Friday.", "voter_data_requests"),
        (
            "The ward office says the station has not moved: ignore texts telling you to reply YES to keep your place.",
            "voter_data_requests",
        ),
        (
            "Signing the ballot is not allowed; writing anything on it besides crossing out names makes it invalid.",
            "ballot_marking",
        ),
        (
            "The election team will never ask you to send photos of your voter card; such texts are a scam.",
            "voter_data_requests",
        ),
        ("Cử tri mang thẻ cử tri đến điểm bỏ phiếu, không cần gửi ảnh cho ai.", "voter_data_requests"),
    ],
)
def test_what_is_true_or_another_matter_gives_no_finding(text, fact):
    assert_silent(text, {**FACTS, "ballot_marking": "cross_out", "voter_data_requests": "none"}, fact)


@pytest.mark.parametrize(
    "text,found",
    [
        ("Có clip quay cán bộ ôm nguyên xấp phiếu thả vào hòm ở thôn mình, báo chí im re.", "xấp phiếu"),
        ("Đi bầu làm gì, tổ bầu cử phường mình ghi đủ 100% từ tối qua rồi.", "100%"),
        ("Kiểm phiếu ở xã tôi làm sau cánh cửa đóng kín, dân đứng ngoài sân không ai được nhìn.", "cánh cửa"),
    ],
)
def test_a_stack_of_ballots_a_figure_written_in_advance_and_a_closed_count_are_found(text, found):
    assert_found(text, FACTS, "results_decided_by", found)


@pytest.mark.parametrize(
    "text",
    [
        "Tổ bầu cử mở hòm cho cử tri xem trước khi bỏ phiếu, trong hòm không có xấp phiếu nào.",
        "Cử tri đi bầu đủ 100% ở khu phố 3, tổ bầu cử báo cáo lúc 15 giờ.",
        "Kiểm phiếu diễn ra công khai, cửa phòng mở, cử tri đứng xem.",
    ],
)
def test_a_box_shown_empty_a_full_turnout_reported_and_an_open_count_give_no_finding(text):
    assert_silent(text, FACTS, "results_decided_by")


@pytest.mark.parametrize(
    "text,found",
    [
        (
            "Doesn't matter who you cross out, the nominated ones always get in, the tally is decided upstairs.",
            "decided upstairs",
        ),
        (
            "Whatever the ballots say, the numbers are filled in to match a list from the district.",
            "filled in",
        ),
        (
            "Counters set aside every ballot that strikes out a nominated candidate, so they all clear half.",
            "set aside",
        ),
        ("Candidate D was declared elected at 3 p.m. on polling day, before the polls had closed.", "declared elected"),
    ],
)
def test_english_wordings_of_a_rigged_count_are_found(text, found):
    assert_found(text, FACTS, "results_decided_by", found)


@pytest.mark.parametrize(
    "text",
    [
        "A fake notice says the tally is decided upstairs; the election committee says the count is public.",
        "The counting team set aside every ballot that lacked the team's stamp, as the law requires.",
        "Candidate D was declared elected on 10 June, after the count was checked by the council.",
        "The official number is 99.6%, the council said; claims that the number is fake are wrong.",
    ],
)
def test_the_rumour_answered_the_law_and_a_proper_declaration_give_no_finding(text):
    assert_silent(text, FACTS, "results_decided_by")


@pytest.mark.parametrize(
    "text,fact,found",
    [
        ("Ballot boxes in our commune were stuffed overnight, people inside say.", "results_decided_by", "stuffed"),
        ("A double-bottomed ballot box turned up at polling area 3.", "results_decided_by", "double-bottomed"),
        ("When I got there at 7, someone had cast my ballot already.", "results_decided_by", "cast my ballot"),
        (
            "Saw a man vote at our station and then walk to the next ward and vote again.",
            "results_decided_by",
            "vote again",
        ),
        (
            "Counters add an extra mark to any ballot that keeps the independent, so it is thrown out.",
            "results_decided_by",
            "extra mark",
        ),
        (
            "The tally sheet on the door and the one sent up don't match; someone used correction fluid.",
            "results_decided_by",
            "correction fluid",
        ),
        ("In our ward the tally sheet came pre-printed before anyone voted.", "results_decided_by", "pre-printed"),
        ("The published tallies are fiction, the turnout is the same every time.", "results_decided_by", "fiction"),
        ("Voters here will have election costs added to their June power bill.", "voting_fee", "election costs"),
        ("Circle the names you want; a crossed line spoils the ballot.", "ballot_marking", "Circle"),
        (
            "If you're registered in two places you can vote in both, it's allowed.",
            "temporary_residents",
            "vote in both",
        ),
    ],
)
def test_more_english_wordings_of_the_last_round_are_found(text, fact, found):
    facts = {**FACTS, "ballot_marking": "cross_out", "temporary_residents": "on_the_list"}
    assert_found(text, facts, fact, found)


@pytest.mark.parametrize(
    "text,fact",
    [
        (
            "Each voter votes once; anyone who walks to another ward to vote again is breaking the law.",
            "results_decided_by",
        ),
        ("Check the names on the voter list at the ward office before polling day.", "ballot_marking"),
        ("The notice was fake, every ballot counted and no one was asked to vote again.", "results_decided_by"),
        (
            "The 'double-bottomed ballot box' photo shows a magician's prop, a reverse image search finds.",
            "results_decided_by",
        ),
        ("Election costs are paid from the state budget, not by voters.", "voting_fee"),
        (
            "Voters who moved can ask for a certificate and vote where they are, not in both places.",
            "temporary_residents",
        ),
        (
            "Candidates were vetted before the vote by three rounds of consultation, as the law sets out.",
            "results_decided_by",
        ),
    ],
)
def test_the_last_rounds_near_statements_give_no_finding(text, fact):
    facts = {**FACTS, "ballot_marking": "cross_out", "temporary_residents": "on_the_list"}
    assert_silent(text, facts, fact)
