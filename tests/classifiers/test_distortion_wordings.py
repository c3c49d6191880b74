"""Claims the checks used to miss because of how they were worded: an election date after a
longer subject or a place, a postponement after a denial of the old date, the voting age stated as
the limit, proxy voting said "bầu giùm" or "vote for your whole family", a whole vote said to run
online, a signature required on the ballot, a count of the people elected. Beside each, the
nearest statements that assert nothing false."""

import pytest

from classifiers.distortion import check
from tests.classifiers.test_distortion import FACTS as BASE_FACTS


def assert_found(text: str, facts: dict, fact: str, found: str) -> None:
    """A finding on ``fact`` whose span of ``text`` holds ``found`` (the other tests' helper too)."""
    hit = [f for f in check(text, facts) if f.fact == fact]
    assert hit, check(text, facts)
    assert found.lower() in text[hit[0].start : hit[0].end].lower(), hit[0]


def assert_silent(text: str, facts: dict, fact: str) -> None:
    """No finding on ``fact`` in ``text``."""
    assert not [f for f in check(text, facts) if f.fact == fact], check(text, facts)


# The facts of the other distortion tests, with the rules these wordings are about.
FACTS = {
    **BASE_FACTS,
    "voting_method": "in_person",
    "ballot": "secret",
    "results_decided_by": "public_count",
    "voter_penalty": "none",
}


@pytest.mark.parametrize(
    "text,fact,found",
    [
        # the election date after a long subject ("bầu cử đại biểu Quốc hội … dời sang")
        ("Bầu cử đại biểu Quốc hội dời sang ngày 29/5", "election_date", "29/5"),
        ("BẦU CỬ ĐẠI BIỂU QUỐC HỘI VÀ HĐND CÁC CẤP DỜI SANG NGÀY 6/6", "election_date", "6/6"),
        ("Hoãn bầu cử toàn quốc, ngày bỏ phiếu mới là 20/6", "election_date", "20/6"),
        # a subject longer than the nearest-words reach of other facts, with no verb of moving
        (
            "Cuộc bầu cử đại biểu Quốc hội và HĐND các cấp năm 2021 diễn ra vào chủ nhật 30/5 nhé",
            "election_date",
            "30/5",
        ),
        (
            "Theo hướng dẫn, bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp tổ chức vào ngày 6/6",
            "election_date",
            "6/6",
        ),
        # after a place, and after the old date denied
        ("Cuộc bầu cử tại xã Tân Lộc được tổ chức vào chủ nhật 30/5", "election_date", "30/5"),
        ("bầu cử ở thị trấn Phú Mỹ dời sang 6/6 do dịch nha mn", "election_date", "6/6"),
        ("Cuộc bầu cử sẽ không diễn ra vào 23/5 mà lùi sang 29/5", "election_date", "29/5"),
        ("The election in Ward 4 has been moved to May 30", "election_date", "May 30"),
        # the voting or candidacy age stated as the limit
        ("Tin nóng: tuổi được đi bầu năm nay là tròn 25 tuổi", "voting_age", "25 tuổi"),
        ("tuoi di bau nam nay la 20 tuoi nha ca nha", "voting_age", "20 tuoi"),
        ("The voting age this year is 20", "voting_age", "20"),
        ("The minimum age to run for the National Assembly is 35", "candidacy_age", "35"),
        ("Tuổi ứng cử năm nay là 30 tuổi", "candidacy_age", "30 tuổi"),
        # proxy voting in other words
        ("Không đi được thì đưa thẻ cử tri cho hàng xóm bầu giùm, luật cho phép mà", "proxy_voting", "bầu giùm"),
        ("Ông bà già yếu thì con cháu được bỏ phiếu dùm", "proxy_voting", "bỏ phiếu dùm"),
        (
            "You can vote for your whole family this year, just bring their voter cards",
            "proxy_voting",
            "vote for your whole family",
        ),
        (
            "Any relative can cast your ballot for you if they bring your voter card",
            "proxy_voting",
            "cast your ballot for you",
        ),
        # a whole vote said to run online or by a photo
        ("Bầu cử năm nay làm online hết rồi, khỏi ra điểm bỏ phiếu", "voting_method", "online"),
        ("Năm nay bầu cử online, chờ link gửi về điện thoại", "voting_method", "online"),
        ("Chụp ảnh phiếu bầu gửi qua Zalo cho tổ bầu cử là xong, không cần đến tận nơi", "voting_method", "là xong"),
        ("Vote for your National Assembly deputies by SMS, it takes a minute", "voting_method", "SMS"),
        # a signature, a name or a fingerprint required on the ballot, or voters' picks known
        ("Bỏ phiếu xong phải lăn tay vào góc phiếu cho tổ bầu cử đối chiếu", "ballot", "lăn tay vào góc phiếu"),
        ("phai ky ten vao mat sau la phieu moi hop le, to truong dan vay", "ballot", "ky ten vao mat sau la phieu"),
        (
            "Voters in our ward must sign the back of their ballot or it won't be counted",
            "ballot",
            "sign the back of their ballot",
        ),
        ("Ballots are photographed so officials know exactly who you picked", "ballot", "who you picked"),
        # a count of people elected; results printed before the vote
        ("Báo chí thừa nhận: Quốc hội khóa XV chỉ có 300 người trúng cử", "deputies_elected", "300"),
        ("Kết quả bầu cử ở tỉnh Bắc Giang Xanh được in sẵn từ hôm 20/5", "results_decided_by", "in sẵn"),
        ("Chỉ 396 ứng viên trúng cử đại biểu Quốc hội, hàng trăm ghế bỏ trống", "deputies_elected", "396"),
        # a postponement to a month; a date right after "announced"; a fake notice's date
        (
            "năm nay vì dịch nên bầu cử dời qua tháng 7 rồi, Chủ nhật 23/5 không có bầu gì đâu",
            "election_date",
            "tháng 7",
        ),
        ("The National Assembly vote has been pushed back to late June because of COVID", "election_date", "June"),
        ("The election has been postponed to October, the committee says", "election_date", "October"),
        # postponed by how long, or with no date at all
        ("Bầu cử năm nay lùi lại một tuần, sang Chủ nhật 30/5 nhé cả nhà", "election_date", "30/5"),
        ("Cuộc bầu cử ở tỉnh mình bị hoãn vô thời hạn, chờ thông báo mới", "election_date", "hoãn vô thời hạn"),
        ("The election in our province has been postponed indefinitely", "election_date", "postponed indefinitely"),
        ("Cuộc bầu cử đã bị lùi sang tháng sau, chưa rõ ngày.", "election_date", "lùi sang tháng sau"),
        ("The vote in our ward has been postponed to next month", "election_date", "next month"),
        # a year, "kéo dài từ", a long subject; "mới là ngày bầu"
        ("Bầu cử năm 2021 kéo dài từ 30/5 đến hết tháng 6", "election_date", "30/5"),
        (
            "Cuộc bầu cử đại biểu Quốc hội và HĐND các cấp năm 2021 diễn ra vào 13/6; cử tri chuẩn bị thẻ",
            "election_date",
            "13/6",
        ),
        ("Chủ nhật 30/5/2021 mới là ngày bầu nha mọi người, tờ lịch in nhầm đó", "election_date", "30/5/2021"),
        # noon named as an hour; "shuts"
        ("Polls close at noon this year, so go in the morning.", "polls_close", "noon"),
        ("The polling station shuts at midday on Sunday.", "polls_close", "midday"),
        ("The polling station shuts at 3 p.m. on Sunday.", "polls_close", "3 p.m."),
        ("Bầu cử bị hoãn vì dịch, tuần sau mới biết ngày", "election_date", "hoãn vì"),
        # "đóng lúc" and "shut" close; "5 in the afternoon"; a friend is no competent body
        ("Điểm bỏ phiếu đóng lúc 15h, ai đến muộn là mất quyền", "polls_close", "15h"),
        ("Voting stations shut at 5 in the afternoon this time", "polls_close", "5 in the afternoon"),
        ("Hòm phiếu đóng lúc 3 giờ chiều, ai đến muộn là mất quyền", "polls_close", "3 giờ chiều"),
        # an hour after which voting is said to stop, or said to end the hours of voting
        ("Sau 15 giờ là không được bầu nữa đâu, đi sớm nhé", "polls_close", "15 giờ"),
        ("Quá 11 giờ là không được bỏ phiếu nữa", "polls_close", "11 giờ"),
        ("After 3pm you can't vote anymore, go early", "polls_close", "3pm"),
        ("12 giờ trưa là đóng hòm phiếu, bà con nhớ nhé", "polls_close", "12 giờ trưa"),
        ("Năm nay 17h là hết giờ bầu", "polls_close", "17h"),
        ("Turnout was only 70% nationwide, according to my friend", "turnout_percent", "70%"),
        (
            "Kết quả chính thức bầu đại biểu Quốc hội được công bố hôm 31 tháng 5 nghe bà con",
            "results_announced_date",
            "31 tháng 5",
        ),
        ("The official results of the election were announced on 1 July 2021", "results_announced_date", "1 July 2021"),
        (
            "[THÔNG BÁO KHẨN - ỦY BAN BẦU CỬ TỈNH] Ngày bầu cử được chuyển sang Chủ nhật 6/6/2021",
            "election_date",
            "6/6/2021",
        ),
        # an hour or an age "theo quy định mới": a rule cited, wrong whoever states it
        ("bau cu 23/5 nam nay mo cua luc 10h sang theo quy dinh moi", "polls_open", "10h"),
        (
            "Theo quy định mới, công dân từ 25 tuổi trở lên mới được ghi tên vào danh sách cử tri",
            "voting_age",
            "25 tuổi",
        ),
        # an age limit stated in a sentence that ends in a tag question; proxy voting in English
        (
            "tuổi đi bầu ở mình là 22 trở lên thì sinh viên làm sao có tiếng nói, đúng không mọi người?",
            "voting_age",
            "22",
        ),
        (
            "She said I can take her voter card and cast her ballot for her, that's allowed here",
            "proxy_voting",
            "her ballot for her",
        ),
        (
            "Vietnam lets voters cast their NA ballot by SMS this year, text the codes to the number",
            "voting_method",
            "SMS",
        ),
        # a month with its year; a turnout "lower than expected" (no source cited)
        (
            "Breaking: the National Assembly election has been postponed to July 2021 amid COVID",
            "election_date",
            "July",
        ),
        ("Cả nước chỉ có 85,3% cử tri đi bầu đợt này, thấp hơn hẳn dự kiến.", "turnout_percent", "85,3%"),
        ("Người ta công bố kết quả bầu đại biểu Quốc hội ngay tối 23/5 rồi nhé", "results_announced_date", "23/5"),
        # the Party's Central Committee is no club's board
        ("Một ủy viên Ban Chấp hành Trung ương nói bầu cử dời sang 30/5", "election_date", "30/5"),
        # chat spelling of the age limit; the date after "chốt" or "QH"
        ("bn oi phai du 20t ms co quyen bo phieu nha", "voting_age", "20t"),
        ("Ngày bầu cử chốt là thứ Bảy 22/5 nha cả nhà", "election_date", "22/5"),
        ("bau cu QH khoa XV to chuc ngay 6/6/2021 nha moi nguoi", "election_date", "6/6/2021"),
        # new channels; a signature or a shown ballot; abstaining said "không tham gia bỏ phiếu"
        ("Ai cách ly tại nhà thì bỏ phiếu qua video call với tổ bầu cử là được", "voting_method", "video call"),
        ("This year voters can cast their ballot through a government web portal", "voting_method", "portal"),
        ("Phiếu bầu phải ký tên ở mặt sau mới hợp lệ nha", "ballot", "ký tên"),
        ("Gạch phiếu xong phải đưa tổ trưởng coi rồi mới bỏ vô thùng", "ballot", "coi"),
        ("Cử tri không tham gia bỏ phiếu sẽ bị xử phạt hành chính 2 triệu đồng", "voter_penalty", "xử phạt"),
        # a deadline or an hour said to be the law's, whoever the law is said to let do it
        ("Luật Bầu cử cho phép Hội đồng bầu cử quốc gia công bố kết quả trong 40 ngày", "results_deadline_days", "40"),
        ("By law the election council has 90 days to announce the results", "results_deadline_days", "90 days"),
        ("Theo luật, Ủy ban bầu cử được phép cho điểm bỏ phiếu đóng cửa lúc 23 giờ", "polls_close", "23 giờ"),
        # midnight, and "đến tận" before the closing hour
        ("Điểm bầu cử khu mình mở cửa tới 12 giờ đêm, cứ đi làm về rồi bầu", "polls_close", "12 giờ đêm"),
        ("Nam nay diem bo phieu mo den tan 22 gio nha ae", "polls_close", "22 gio"),
        # values stated as the item's own (their answered and "against the rules" neighbours are below)
        ("Turnout was only 58%, the official figure is made up", "turnout_percent", "58%"),
        ("Điểm bỏ phiếu phường 12 đóng cửa lúc 15h, đi trễ là mất quyền bầu", "polls_close", "15h"),
        ("Kết quả bầu cử phải 45 ngày mới công bố, đừng chờ", "results_deadline_days", "45 ngày"),
        ("Kết quả bầu cử công bố ngày 25/5 rồi, còn chờ gì nữa", "results_announced_date", "25/5"),
        ("Năm nay điểm bỏ phiếu mở cửa lúc 9 giờ, ai mở sớm hơn là sai quy định", "polls_open", "9 giờ"),
        ("Polls close at 3pm this year, and staying open later is against the rules", "polls_close", "3pm"),
        # a question answered by a claim after it
        ("Bầu cử ngày nào? Năm nay bầu cử dời sang 30/5 rồi nha mọi người", "election_date", "30/5"),
        # a ballot scanned and emailed "counts the same"
        (
            "Can't make it Sunday? Scan your marked ballot and email it to the ward team, it counts the same.",
            "voting_method",
            "counts the same",
        ),
        # the age limit given as "not until" ("until you're 30", "till they're 20")
        ("You can't stand for a People's Council until you're 30 in Vietnam", "candidacy_age", "30"),
        ("Kids can't vote till they're 20 now", "voting_age", "20"),
        # a penalty claimed, in the writer's own scare quotes or not
        ("Ai 'không đi bầu' thì bị cắt trợ cấp nha", "voter_penalty", "cắt trợ cấp"),
        ("Không đi bầu là bị phạt 2 triệu, tổ trưởng nói vậy", "voter_penalty", "phạt"),
    ],
)
def test_claims_in_these_wordings_are_found(text, fact, found):
    assert_found(text, FACTS, fact, found)


@pytest.mark.parametrize(
    "text",
    [
        # the date denied, re-run and extra elections, other events, other countries, contests
        "Bầu cử đại biểu Quốc hội không dời sang 30/5, vẫn là Chủ nhật 23/5",
        "Bầu cử đại biểu Quốc hội khóa XV diễn ra vào Chủ nhật 23/5/2021",
        "Cuộc bầu cử thêm tại đơn vị số 3 được tổ chức vào ngày 30/5",
        "Cuộc bầu cử lại ở xã Tân Lộc được tổ chức vào chủ nhật 30/5",
        "Hội nghị hiệp thương lần thứ ba về bầu cử đã lùi sang 20/4",
        "Bầu cử tổng thống Mỹ năm 2020 diễn ra ngày 3/11",
        "Cuộc bình chọn ca sĩ được yêu thích tại chương trình lùi sang 29/5",
        # ages that are not the limit
        "Tuổi được đi bầu là đủ 18 tuổi tính đến ngày bầu cử",
        "Em tôi năm nay 25 tuổi, lần đầu được đi bầu",
        "Tuổi trung bình của cử tri đi bầu ở tổ 5 là 46 tuổi",
        # proxy voting denied or asked, help to a voter who cannot write
        "Không ai được bầu giùm người khác, kể cả vợ chồng",
        "Can I vote for my whole family if they are sick?",
        "Cử tri không tự viết được thì nhờ người khác viết hộ, nhưng phải tự bỏ phiếu vào hòm",
        "You cannot vote for your whole family: each voter casts their own ballot",
        # the channel denied, or a channel for something else
        "Bầu cử năm nay không làm online, cử tri phải đến điểm bỏ phiếu",
        "Tra cứu danh sách cử tri online tại cổng thông tin của phường",
        "Ai gửi ảnh phiếu bầu qua Zalo là vi phạm bí mật, đừng chụp phiếu nhé",
        "Công ty mình bỏ phiếu online chọn địa điểm du lịch hè, ai chưa vote thì vào link nội bộ",
        "Our HOA is voting by email this week on the new parking rules",
        # a name or signature on the ballot denied, warned against, or not required
        "Đừng ký tên lên phiếu bầu như bài kia xúi nha, ghi thêm gì lên phiếu là phiếu không hợp lệ",
        "Tổ bầu cử không yêu cầu cử tri ký tên lên phiếu",
        "You don't have to sign your ballot; it goes into the box folded",
        # an hour denied; an age, a proxy vote asked; an age named to be answered; a date in a rumour
        "đính chính: điểm bỏ phiếu ko đóng cửa lúc 17h như tin nhắn lan truyền, giờ kết thúc vẫn là 19h",
        "em 17 tuoi 11 thang thi co dc di bau ko mn oi 😅",
        'Cô hàng xóm hỏi "con bầu giùm cô được không", mình giải thích là không được',
        "The claim that candidates only need to be 18 is wrong: you must be at least 21",
        "A rumour that the election had been moved to June 20 spread in chat groups this week.",
        # a ward whose name folds to another word
        "Cử tri phường Hòa An bỏ phiếu tại nhà văn hóa khu phố",
        "Theo hướng dẫn, cử tri phường Hòa An bỏ phiếu từ 7h đến 19h ngày 23/5/2021",
        # a group of the deputies; a count named and called false; an age denied as a whole
        "Chính phủ có 22 người trúng cử đại biểu Quốc hội khóa XV",
        "Thông tin 'chỉ 450 người trúng cử' là không đúng; Quốc hội khóa XV có 499 đại biểu trúng cử.",
        "Bài viết nói Quốc hội khóa XV chỉ có 450 đại biểu là sai.",
        "Không có chuyện ứng cử viên phải từ 30 tuổi; luật quy định công dân đủ 21 tuổi là có quyền ứng cử.",
        "Thật không mọi người: 17 tuổi có được đi bầu không, hay phải đủ 18?",
        # a club's or a building's own vote; a date headline asking whether a rumour is true
        "Câu lạc bộ cờ tướng bầu ban chủ nhiệm mới, hội viên từ 16 tuổi trở lên được bỏ phiếu",
        "Apartment owners can vote on the new parking fee by proxy; sign the form at reception",
        "Thực hư thông tin bầu cử dời sang 30/5",
        'Cái tin "bầu cử lùi sang 6/6" là bịa đặt, ngày bầu vẫn giữ nguyên nha bà con',
        "Một số trang mạng nói bầu cử dời sang tháng 7, thực tế ngày bầu cử vẫn là 23/5",
        "Results were announced on 10 June 2021 by the National Election Council",
        "Kết quả bầu cử ngày 23/5 được công bố ngày 10/6",
        "The July 4 celebrations were postponed to August this year",
        "Bầu cử không bị hoãn vì dịch, vẫn diễn ra ngày 23/5/2021",
        "The election has not been postponed, it is still on Sunday",
        "Nhật Bản hoãn bầu cử địa phương vì bão",
        "Một quốc gia châu Phi hoãn bầu cử địa phương vì thiên tai",
        "Có phải bầu cử bị hoãn vô thời hạn không mọi người?",
        "Tin bầu cử bị hoãn vì dịch là bịa đặt",
        # a club electing its chair on Zalo; a truck of 25t; a ballot filled in, shown to nobody
        "CLB cầu lông phường mình bỏ phiếu bầu chủ nhiệm mới qua group Zalo",
        "Xe tải 25t bị cấm vào nội thành trong ngày bầu cử",
        "Gạch phiếu xong cử tri tự gấp phiếu và bỏ vào hòm, không ai được xem",
        # the law's own deadline and hours; the council's actual figure; counting until late
        "Theo luật, Hội đồng bầu cử quốc gia công bố kết quả chậm nhất 20 ngày sau ngày bầu cử.",
        "Hội đồng bầu cử quốc gia công bố kết quả sau 18 ngày, sớm hơn hạn luật định",
        "Luật Bầu cử cho phép điểm bỏ phiếu mở cửa sớm từ 5 giờ và đóng cửa muộn nhất 21 giờ",
        "Tổ bầu cử làm việc đến tận 12 giờ đêm để kiểm phiếu xong",
        "Theo luật, sau khi công bố kết quả, khiếu nại về kết quả được giải quyết trong 30 ngày trước khi công bố tư cách đại biểu",
        # another body's vote on its day; a body's own dates; another year's election
        "Ngày 1/6 là ngày bầu Chủ tịch HĐND tỉnh tại kỳ họp thứ nhất",
        "Ủy ban bầu cử tỉnh năm 2021 kéo dài từ 1/3 việc nhận hồ sơ ứng cử",
        "Bầu cử năm 2016 diễn ra vào 22/5, năm nay vào 23/5",
        "We will meet at noon after voting.",
        "Polls are open from 7 a.m. until 7 p.m.; lunch break at noon for the team.",
        "Turnout had passed 60 percent by noon, the ward said.",
    ],
)
def test_the_nearest_statements_give_no_finding(text):
    assert not check(text, FACTS), check(text, FACTS)


def test_twelve_at_night_is_midnight_not_noon():
    (hit,) = [f for f in check("Điểm bầu cử khu mình mở cửa tới 12 giờ đêm", FACTS) if f.fact == "polls_close"]
    assert "00:00" in hit.message, hit.message


@pytest.mark.parametrize(
    "text, fact",
    [
        # a figure, an hour or a number of days named to be answered: a claim named before it in its
        # sentence, or called false right after it (before, only dates, ages and counts were read so)
        ("A widely shared claim that turnout was only 58% does not come from any election body.", "turnout_percent"),
        ("Tin điểm bỏ phiếu phường 12 đóng cửa lúc 15h là sai, vẫn mở từ 7 giờ đến 19 giờ", "polls_close"),
        ("Tin đồn kết quả bầu cử phải 45 ngày mới công bố là bịa đặt", "results_deadline_days"),
        ("Bài viết nói kết quả bầu cử công bố ngày 25/5 là không đúng", "results_announced_date"),
        # a council's session announcing its own vote for its officers, not the election's results
        (
            "Ban Thường vụ giới thiệu ông Trần Minh Q để HĐND tỉnh bầu giữ chức Chủ tịch HĐND tỉnh. "
            "Kết quả kiểm phiếu được công bố ngay tại phiên họp chiều 24/5.",
            "results_announced_date",
        ),
        # the claim posted, in quotes or after "vì đăng tin" / "posting that"; the sanction named
        # after it is the poster's, not a voter's
        (
            "Ông hàng xóm đăng tin 'không đi bầu bị phạt' lên nhóm Zalo, bị công an xã mời lên làm việc",
            "voter_penalty",
        ),
        ("A neighbour posted 'skip the vote and you get fined' in the group and was fined by police", "voter_penalty"),
        ("Một phụ nữ bị phạt 7,5 triệu đồng vì đăng tin người không đi bầu sẽ bị cắt trợ cấp", "voter_penalty"),
        ("Police fined a man for posting that voters who skip the election lose their pension", "voter_penalty"),
        # a value in a sentence that asks, whatever follows it
        (
            "Nghe nói bầu cử dời sang 30/5, có thật không mọi người? Ai biết chính xác chỉ mình với, "
            "nhà mình định về quê",
            "election_date",
        ),
        ("Is turnout really only 45% this time? My whole street voted before nine this morning", "turnout_percent"),
        # the mobile ballot box brought home "counts the same": voting in person
        ("If you can't come, the team brings the mobile ballot box, and it counts the same", "voting_method"),
        # "not until" the approved ages
        ("You can't vote until you're 18 in Vietnam", "voting_age"),
        ("In Vietnam you cannot run for office until you turn 21", "candidacy_age"),
        ("The minimum age to run for the National Assembly is 21", "candidacy_age"),  # (the approved one)
        # a claim reported as spread or held by others, or called false at the start of what follows
        (
            "Mạng xã hội lan truyền tin chưa đủ 20 tuổi không được đi bầu. Ủy ban bầu cử khẳng định đây là tin sai.",
            "voting_age",
        ),
        ("Một số người cho rằng sinh viên 19 tuổi không được bầu vì chưa có hộ khẩu; điều này sai.", "voting_age"),
        ("National turnout was only 45%. That is false: the council reported 99.6%.", "turnout_percent"),
        (
            "Một số tài khoản đăng lại bản hướng dẫn ghi ngày bầu cử là 13/6. Cả hai đều sai: bầu cử diễn ra 23/5.",
            "election_date",
        ),
        ("Ngày bầu cử là 13/6 và giờ mở cửa 8h, theo một tấm ảnh. Cả hai đều sai.", "polls_open"),
    ],
)
def test_values_named_asked_or_posted_and_other_votes_are_not_claimed(text, fact):
    assert_silent(text, FACTS, fact)


def test_an_items_publication_year_reads_its_dates_and_figures_without_a_year():
    # A date, turnout or count with no year in an item published in a later year than the
    # configured election's is a later election's; one naming the configured year is still read.
    assert not check("Ngày bầu cử 15/3, tỷ lệ cử tri đi bầu đạt 99,7%", FACTS, published_year=2026)
    assert [f.fact for f in check("Ngày bầu cử 15/3", FACTS, published_year=2021)] == ["election_date"]
    # (before the election's year, the election to come is the configured one)
    assert [f.fact for f in check("Bầu cử dời sang ngày 30/5", FACTS, published_year=2020)] == ["election_date"]
    assert check("Năm 2021 bầu cử ngày 30/5, không phải 23/5", FACTS, published_year=2026)
    # rules do not change with the year: a fee is a fee
    assert check("Đi bầu phải nộp 50 nghìn tiền phí", {**FACTS, "voting_fee": "none"}, published_year=2026)


@pytest.mark.parametrize(
    "text",
    [
        # a supposition, not a report
        "If the election were postponed to June 30, the voter lists would have to be posted again.",
        "Hypothetically, if the voting age were lowered to 16, two million more people could vote.",
        "If voters had to pay a fee, many would stay home; fortunately voting is free.",
        "Suppose the polls closed at noon: how many workers could still make it?",
        # a show's or a competition's vote
        "The reality show's public vote opens at 8 a.m. and closes at noon on Saturday.",
        "In the dance competition, viewers vote online and by phone every week.",
        "Big Brother housemates vote each week; viewers pay to vote by phone.",
    ],
)
def test_a_supposition_or_a_shows_vote_states_no_value_of_the_election(text):
    assert check(text, {**FACTS, "voting_fee": "none"}) == []


@pytest.mark.parametrize(
    "text,facts,found",
    [
        ("Bầu cử đại biểu Quốc hội khóa XVI sẽ tổ chức vào ngày 22/3", {"election_date": "2026-03-15"}, "22/3"),
        ("bau cu dai bieu quoc hoi khoa XVI se to chuc vao ngay 22/3", {"election_date": "2026-03-15"}, "22/3"),
        ("Bầu cử đại biểu Quốc hội khóa XV sẽ tổ chức vào ngày 30/5", {"election_date": "2021-05-23"}, "30/5"),
    ],
)
def test_the_election_date_of_any_term_is_read(text, facts, found):
    """The Assembly's term between the election and its date is any term ("khóa XVI"), not only
    the one of the demo data."""
    assert_found(text, facts, "election_date", found)


@pytest.mark.parametrize(
    "text,found",
    [
        ("Cuộc bầu cử năm nay đã bị hủy bỏ, đại biểu sẽ do cấp trên chỉ định.", "bị hủy"),
        ("bau cu nam nay da bi huy roi, khoi di nha moi nguoi", "bi huy"),
        ("The election has been cancelled and deputies will be appointed instead.", "cancelled"),
    ],
)
def test_the_whole_election_said_called_off_is_found(text, found):
    assert_found(text, FACTS, "election_date", found)


@pytest.mark.parametrize(
    "text",
    [
        "Cuộc bầu cử ở đơn vị số 3 bị hủy, phải bầu lại vào Chủ nhật sau theo quyết định của Hội đồng bầu cử.",
        "Bầu cử đã bị hủy kết quả ở một khu vực và được tổ chức lại.",
        "Tin cuộc bầu cử bị hủy bỏ là sai sự thật, bầu cử vẫn diễn ra ngày 23/5.",
        "The vote in one constituency was cancelled and will be held again next Sunday.",
        "Thailand's election was cancelled by the court in 2014.",
    ],
)
def test_a_units_vote_annulled_a_debunk_and_another_country_are_not_the_election_called_off(text):
    assert_silent(text, FACTS, "election_date")


@pytest.mark.parametrize(
    "text",
    [
        # after a long subject, another event's word near the date keeps it that event's, as it does
        # within the nearest-words reach
        "Cuộc bầu cử đại biểu Quốc hội và HĐND các cấp năm 2021 tiến hành vào ngày 30/5, hội nghị tiếp xúc cử tri cùng ngày",
        # the approved date after a long subject
        "Cuộc bầu cử đại biểu Quốc hội và HĐND các cấp năm 2021 diễn ra vào chủ nhật 23/5",
    ],
)
def test_a_date_after_a_long_subject_that_is_not_claimed(text):
    assert_silent(text, FACTS, "election_date")


@pytest.mark.parametrize(
    "text",
    [
        "Sau 19 giờ là không được bầu nữa, nhớ đi trước giờ đó",  # the approved closing hour
        "Sau 7 giờ sáng là không được bầu nữa à?",  # asked
        "7 giờ sáng tổ bầu cử niêm phong hòm phiếu trước mặt cử tri",  # sealed before the vote opens
        "Quán cà phê sau 22 giờ thì không cho khách vào nữa",
        "Sau 15 giờ là không được bầu cho người khác nữa",  # (for another, not at all)
        "After 3pm you can vote at the mobile box too",  # (still can: no closing)
        "After 3pm voters can vote at the ward office instead",
    ],
)
def test_no_closing_hour_claimed(text):
    assert_silent(text, FACTS, "polls_close")
