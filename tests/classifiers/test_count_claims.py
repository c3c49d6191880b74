"""Ballots said to be marked before the vote, a box said to hold ballots before it opens, officials
said to mark everyone's ballots, or the count said to be done out of sight: claims against the
approved fact that a public count in the polling room decides (`results_decided_by: public_count`).
Beside them, how ballots and counts really are described, and the rumour answered."""

import pytest

from tests.classifiers.test_distortion_wordings import FACTS, assert_found, assert_silent


@pytest.mark.parametrize(
    "text,found",
    [
        ("Nghe nói phiếu ở khu phố 4 đã được gạch sẵn hết rồi, đi cũng vậy thôi", "gạch sẵn"),
        ("Thùng phiếu lưu động đem tới nhà bà cụ thực ra đã có sẵn mấy chục phiếu bên trong", "có sẵn"),
        ("to bau cu ap em tu dien phieu ho cho ca xom luon, dan khoi di", "dien phieu ho"),
        ("Tối qua người ta chở cả hòm phiếu lên huyện để đếm, dân không ai được xem", "lên huyện"),
        ("Officials stuffed the ballot box at the school before anyone arrived", "stuffed"),
        ("In our ward the votes were counted behind closed doors", "behind closed doors"),
        ("Pre-marked ballots were handed out at the community hall this morning", "Pre-marked"),
    ],
)
def test_a_count_out_of_sight_or_marked_ballots_are_found(text, found):
    assert_found(text, FACTS, "results_decided_by", found)


@pytest.mark.parametrize(
    "text",
    [
        "Phiếu bầu được in sẵn họ tên những người ứng cử theo vần chữ cái",
        "Trước giờ bỏ phiếu, tổ bầu cử mở hòm cho cử tri thấy trong hòm không có sẵn phiếu nào",
        "Tổ bầu cử kiểm phiếu công khai ngay tại phòng bỏ phiếu, có cử tri chứng kiến",
        "Tin đồn phiếu đã gạch sẵn là bịa đặt, tổ bầu cử đã lập biên bản",
        "Voters are allowed to watch the count in every polling room",
        "Images shared as 'pre-marked ballots' were sample ballots from a training session",
        "Có thật là phiếu ở xã mình bị gạch sẵn không mọi người?",
    ],
)
def test_how_ballots_and_counts_really_are_give_no_finding(text):
    assert_silent(text, FACTS, "results_decided_by")


@pytest.mark.parametrize(
    "text,found",
    [
        ("Hòm phiếu khu vực số 3 bị đánh tráo trong lúc tổ bầu cử đi ăn trưa", "đánh tráo"),
        ("Chiều qua tổ bầu cử xã em tráo hòm phiếu, ai ở đó cũng thấy", "tráo hòm phiếu"),
        ("Election staff swapped the ballot boxes during the lunch break", "swapped the ballot box"),
        ("BALLOT BOXES SWAPPED ON THE WAY TO THE DISTRICT, A DRIVER SAYS", "SWAPPED"),
        ("Biên bản kiểm phiếu ở phường 2 đã bị tẩy xóa trước khi nộp lên huyện", "tẩy xóa"),
        ("ket qua o thon em bi sua lai sau khi kiem phieu xong, so ban dau khac han", "sua"),
        ("The tally sheets in Ward 5 were rewritten overnight to match the target", "rewritten"),
        ("Người đã chết từ năm ngoái vẫn đi bầu ở xã này, danh sách ghi đã bỏ phiếu", "đi bầu"),
        ("Dead people voted in our commune: my late grandfather is ticked as voted", "voted"),
        ("Bút để trong buồng kín dùng mực tự xóa, vài giờ sau nét gạch biến mất", "tự xóa"),
        ("The election team voted for the whole dorm, none of us went home", "the whole dorm"),
        ("Ông ngoại mình mất 3 năm rồi mà danh sách vẫn ghi là đã bỏ phiếu", "ghi là đã bỏ phiếu"),
        ("My grandmother died last year and she is marked as having voted", "marked as having voted"),
        ("Counters changed the numbers on the tally sheet after the observers left", "changed the numbers"),
        ("The final count was altered at the district office", "altered"),
        ("Ballots were handed out already marked for the approved candidates", "already marked"),
        ("The ballots come pre-ticked, you just drop them in the box", "pre-ticked"),
    ],
)
def test_a_box_swapped_a_tally_altered_or_the_dead_voting_are_found(text, found):
    assert_found(text, FACTS, "results_decided_by", found)


@pytest.mark.parametrize(
    "text",
    [
        "Ảnh 'hòm phiếu bị tráo' lan truyền trên mạng là ảnh cũ chụp ở nước ngoài",
        "Không có chuyện hòm phiếu bị đánh tráo, hòm được niêm phong trước mặt cử tri",
        "Tổ bầu cử đã rà soát, đưa người đã mất ra khỏi danh sách cử tri",
        "Số phiếu không hợp lệ này không làm thay đổi kết quả ở đơn vị bầu cử",
        "Số liệu đã được đối chiếu với biên bản của từng tổ bầu cử",
        "Có thật là biên bản kiểm phiếu ở phường mình bị sửa không mọi người?",
        "Police fined the account that posted a video claiming ballot boxes were swapped",
        "Bút trong buồng kín là bút bi thường, tin 'mực bay màu' là bịa đặt",
        "Biên bản kiểm phiếu được lập thành ba bản, có chữ ký của tổ trưởng và thư ký",
        "Tổ bầu cử thay hòm phiếu phụ đã đầy bằng một hòm mới trước mặt cử tri",
        "Vụ 'bút mực bay màu' ở thôn bên: mình gạch thử, để tới tối nét vẫn còn nguyên",
        "Tên ông cụ còn trong danh sách vì chưa cập nhật, đừng đồn 'người chết đi bầu' nữa",
        "Tổ bầu cử đã rà soát, người đã mất được gạch khỏi danh sách, không ai được ghi là đã bầu thay",
        "The team changed the venue after the flood, voters were told by loudspeaker",
        "Tỉnh phấn đấu nâng tỷ lệ nữ đại biểu trúng cử lên trên 30%",
    ],
)
def test_how_boxes_and_tallies_are_handled_and_the_rumours_answered_give_no_finding(text):
    assert_silent(text, FACTS, "results_decided_by")


def test_a_tampering_nothing_suggests_is_denied():
    text = "Opinion: the nomination rules need to change, but nothing I saw at my polling station suggests the count itself was faked."
    assert_silent(text, FACTS, "results_decided_by")
    assert_found("Honestly, the count itself was faked in our ward.", FACTS, "results_decided_by", "faked")


@pytest.mark.parametrize(
    "text,found",
    [
        ("The 99% turnout is made up, nobody in my street went", "turnout is made up"),
        ("Results were fixed before anyone voted, the count is a formality", "fixed before anyone"),
    ],
)
def test_figures_said_made_up_or_fixed_before_anyone_votes_are_found(text, found):
    assert_found(text, FACTS, "results_decided_by", found)


def test_figures_said_made_up_by_a_post_are_named_not_claimed():
    assert_silent(
        "A post claims the turnout is made up; the council published every unit's tally", FACTS, "results_decided_by"
    )


@pytest.mark.parametrize(
    "text,found",
    [
        ("Ai biết chưa, số phiếu ở xã Đông Sơn nhiều hơn số cử tri, vậy mà vẫn công bố hợp lệ", "nhiều hơn số cử tri"),
        ("Nhồi phiếu hàng loạt tại khu vực bỏ phiếu số 4 xã Yên Phú", "Nhồi phiếu"),
        ("Phát giác hòm phiếu có ngăn bí mật ở thôn Đồng Xuân", "ngăn bí mật"),
        ("Cử tri đã mất vẫn ký nhận phiếu: danh sách xã có hàng chục tên người khuất", "ký nhận"),
        ("dem phieu xong ho dot het phieu that, in bien ban khac, ai kiem chung duoc", "phieu that"),
        ("In our ward there were more ballots in the box than registered voters, and nobody cared", "more ballots"),
        ("The ballot box in our village had a false bottom, my cousin saw it", "false bottom"),
        # ballots burnt after the count, the mobile box back full, bosses voting for everyone
        ("Ballots were burned right after the count so nobody could ask for a recount", "burned"),
        ("Kiểm xong tối 23/5 là đốt phiếu liền tại chỗ, để khỏi ai đòi kiểm lại", "đốt phiếu"),
        ("The mobile ballot box left empty and came back full, and nobody on our street voted", "came back full"),
        ("Hòm phiếu lưu động đi qua nhà tôi chẳng ai bỏ lá nào, mang về tới nơi lại nặng trĩu", "Hòm phiếu lưu động"),
        (
            "Our factory collected every worker's voter card and the shift bosses voted for all of us",
            "bosses voted",
        ),
        ("Đơn vị gần nhà bầu tập thể, chỉ huy gạch hết rồi cho lính ký nhận", "gạch hết"),
        # the dead reported as having voted, ballots already circled, the count begun early, a hack
        ("Ông nội tôi mất hai năm rồi mà hôm nay tổ bầu cử vẫn báo ông đã bỏ phiếu", "mất hai năm"),
        ("Bà ngoại qua đời từ năm ngoái nhưng thẻ cử tri của bà vẫn được đóng dấu đã bầu", "qua đời"),
        ("My late grandfather somehow voted this morning, according to the list at the ward", "late grandfather"),
        ("Voters were handed ballots with the party's candidates already circled", "ballots"),
        ("Phiếu phát ra đã được khoanh sẵn tên người của phường, chỉ việc bỏ vào hòm", "khoanh sẵn"),
        ("Hôm nay kiểm phiếu sớm từ 2 giờ chiều dù nhiều người chưa đi bầu", "kiểm phiếu sớm"),
        ("They started counting at noon while people were still queuing to vote", "started counting"),
        ("Foreign agents have hacked the vote count and changed the results in three provinces", "hacked"),
        # the figure itself said invented
        ("Chia sẻ: tỷ lệ đi bầu 99,90% là số ảo, khu mình vắng hoe", "là số ảo"),
        ("Tỷ lệ đi bầu 99% là số bịa, ở chỗ tôi nửa xóm không đi mà vẫn báo đủ", "số bịa"),
        ("Kết quả công bố toàn số liệu giả, ngoài thực tế khác xa", "toàn số liệu giả"),
    ],
)
def test_more_ballots_than_voters_stuffing_a_false_bottom_or_burnt_ballots_are_found(text, found):
    assert_found(text, FACTS, "results_decided_by", found)


@pytest.mark.parametrize(
    "text",
    [
        # the rule, a condition, a denial by "no … any", a debunk
        "Số phiếu phát ra không được nhiều hơn số cử tri trong danh sách, tổ bầu cử phải đối chiếu",
        "Số phiếu thu vào nhiều hơn số cử tri đi bầu thì phải kiểm lại theo quy định",
        "Theo biên bản tổng kết, không khu vực nào có số phiếu trong hòm nhiều hơn số cử tri",
        "Không có chuyện nhồi phiếu ở xã Yên Phú, tổ bầu cử kiểm phiếu công khai trước cử tri",
        "Tin đồn hòm phiếu có ngăn bí mật là bịa đặt, hòm được kiểm tra trước mặt cử tri",
        # a voter who lost the card ("mất thẻ"), not one who died
        "Cử tri mất thẻ vẫn bỏ phiếu được khi có tên trong danh sách, liên hệ tổ bầu cử",
        "Người mất thẻ cử tri vẫn đi bầu bình thường",
        "Tin tỷ lệ đi bầu thấp là bịa đặt, Hội đồng bầu cử quốc gia đã công bố số liệu",
        "Không có chuyện đốt phiếu tại chỗ sau kiểm, phiếu được niêm phong nộp lên cấp trên",
        "Unused ballots are sealed and kept with the records; none are burned",
        "Bà tôi mất thẻ cử tri nhưng tổ bầu cử vẫn báo bà đã bỏ phiếu được",
        "Kiểm phiếu sớm khi tất cả cử tri trong danh sách đã đi bầu là đúng luật",
        "The team started counting at 7 p.m. while observers watched",
        "Claims that hackers changed the results are false, the council said",
        "The mobile ballot box came back to the polling room at 3 p.m., sealed, and was opened at the count",
        "Đọc bài nói tỷ lệ đi bầu là số bịa, mình hỏi tổ trưởng thì được xem biên bản kiểm phiếu có chữ ký",
    ],
)
def test_the_rules_on_ballots_and_the_rumours_answered_give_no_finding(text):
    assert_silent(text, FACTS, "results_decided_by")


@pytest.mark.parametrize(
    "text,found",
    [
        ("Cuộc bầu cử năm nay đã bị hủy bỏ, đại biểu sẽ do cấp trên chỉ định.", "do cấp trên chỉ định"),
        ("The election has been cancelled and deputies will be appointed instead.", "appointed instead"),
        ("dai bieu quoc hoi nam nay do trung uong chi dinh het, bau chi cho co", "chi dinh"),
    ],
)
def test_deputies_said_appointed_not_elected_are_found(text, found):
    assert_found(text, FACTS, "results_decided_by", found)


@pytest.mark.parametrize(
    "text",
    [
        "Đại biểu được chỉ định làm tổ trưởng tổ đại biểu của tỉnh tại kỳ họp thứ nhất.",
        "Three deputies were appointed to the drafting committee of the new law.",
        "Tin đại biểu sẽ do cấp trên chỉ định là bịa đặt; người trúng cử do cử tri bầu ra.",
    ],
)
def test_a_deputy_appointed_to_a_post_and_the_rumour_answered_give_no_finding(text):
    assert_silent(text, FACTS, "results_decided_by")
