"""Key facts that are rules, not values: no penalty on voters, no fee to vote, voting in person
(``classifiers.rule_facts``, run by ``classifiers.distortion.check``)."""

import pytest

from classifiers.distortion import check, fact_kinds

RULES = {
    "election_date": "2021-05-23",
    "voter_penalty": "none",
    "voting_fee": "none",
    "voting_method": "in_person",
}


def _facts(text):
    return {f.fact for f in check(text, RULES)}


def test_rule_facts_get_their_own_kinds():
    kinds = fact_kinds(RULES)
    assert kinds["penalty"] == {"voter_penalty": "none"}
    assert kinds["fee"] == {"voting_fee": "none"}
    assert kinds["method"] == {"voting_method": "in_person"}


@pytest.mark.parametrize(
    "text",
    [
        "Không đi bầu sẽ bị phạt 200k",
        "khong di bau bi phat 1,5 trieu nha moi nguoi, phuong moi thong bao",
        "Cử tri không bỏ phiếu sẽ bị phạt 3.000.000đ và ghi vào hồ sơ cư trú",
        "Nghe nói ai không đi bầu sẽ bị ghi vào hồ sơ, sau này xin giấy tờ gì cũng khó",
        "Năm nay ai không đi bầu sẽ bị cắt trợ cấp, tổ trưởng nói vậy",
        "Người tạm trú không đi bầu thì chủ nhà bị phạt 7 triệu đồng",
        "Cử tri gạch tên ứng viên của phường sẽ bị mời lên làm việc, đừng dại",
        "Đi bầu là bắt buộc theo luật, không đi là vi phạm pháp luật, bị xử lý như trốn nghĩa vụ",
        "Skip the election and you'll be fined VND 10 million",
        "If you don't vote you get fined 3 million dong, that's the rule now",
        "Word is anyone who skips the vote gets a mark on their record",
    ],
)
def test_a_penalty_for_not_voting_or_for_a_choice_is_found(text):
    assert "voter_penalty" in _facts(text), check(text, RULES)


@pytest.mark.parametrize(
    "text",
    [
        # denied, asked, named, quoted, reported as a scam, another country's rule
        "Không đi bầu không bị phạt đồng nào hết, luật không có khoản phạt đó",
        "There's no fine for not voting, stop sharing that fake message",
        "No, you can't be fined for not voting",
        "Không đi bầu thì có bị phạt không mọi người? Em đi làm xa không về kịp",
        "Heard you get fined 2 million VND for not voting, is that true?",
        "Luật Bầu cử không quy định phạt tiền người không đi bầu",
        "Pháp luật không có quy định phạt tiền đối với cử tri không đi bầu",
        "Ý kiến độc giả: không ai bị phạt vì không đi bầu, tôi thấy như vậy là đúng",
        "Công an đã mời chủ tài khoản đăng tin 'không đi bầu bị phạt 7 triệu đồng' lên làm việc",
        "Công an tỉnh X đã xử phạt vi phạm hành chính 7,5 triệu đồng đối với chủ một tài khoản vì đăng "
        "thông tin bịa đặt rằng cử tri không đi bầu sẽ bị phạt tiền",
        "Claims that abstaining voters were fined 3 million dong are false",
        "A post claiming that people who skip the vote will be fined spread this week",
        "Ở một số nước như Úc, đi bầu là bắt buộc và người không bỏ phiếu có thể bị phạt",
        "In Australia voting is compulsory and those who skip it can be fined",
        "Bác bỏ tin đồn không đi bầu bị phạt 500 nghìn",
        # a penalty that is not for voting or not voting
        "Người phá hoại hòm phiếu sẽ bị xử lý theo pháp luật",
        "Chủ tài khoản tung tin sai về bầu cử bị phạt 5 triệu đồng",
        "Người dân bị phạt vì vượt đèn đỏ khi đi bầu",
        "Người nào tuyên truyền, vận động cử tri không đi bầu là hành vi vi phạm pháp luật",
        "Bà con đi bầu nhớ mang thẻ, ai quên thì tổ vẫn dò tên, không ai bị phạt",
        "Không đi bầu thì có bị phạt không các bạn, mình nghe mỗi người nói một kiểu",
        "Tin không đi bầu bị phạt 5 triệu là bịa đó, đừng share lung tung",
        "Trước thông tin cho rằng cử tri gạch tên người ứng cử sẽ bị ghi vào 'sổ đen', tỉnh khẳng định phiếu kín",
        "Tổ bầu cử phát phiếu bầu cho cử tri không đi bầu được vì ốm",
    ],
)
def test_penalties_denied_asked_named_or_not_on_voters_give_no_finding(text):
    assert "voter_penalty" not in _facts(text), check(text, RULES)


@pytest.mark.parametrize(
    "text",
    [
        "Tin nóng: lúc nhận phiếu phải đóng lệ phí in phiếu 50.000đ",
        "Cử tri phải nộp phí 20 nghìn khi nhận thẻ cử tri",
        "Hệ thống ghi nhận quý vị vắng mặt ngày bầu cử. Nộp phạt 200k qua xacnhan-cutri.example trong 48 giờ",
        "Voters have to pay a fee of 50,000 dong to get their ballot this year",
    ],
)
def test_a_fee_to_vote_is_found(text):
    assert _facts(text) & {"voting_fee", "voter_penalty"}, check(text, RULES)


@pytest.mark.parametrize(
    "text",
    [
        "Đi bầu không mất phí, cơ quan bầu cử không thu tiền",
        "There is no fee at the table. If someone asks you for VND 200,000, it's a scam",
        "Cảnh giác tin nhắn giả mạo yêu cầu cử tri nộp phí xác nhận",
        "Có phải nộp phí khi đi bầu không?",
        "Phí gửi xe tại nhà văn hóa 5 nghìn, ai đi bầu nhớ mang tiền lẻ",
        "Tỷ lệ phiếu hợp lệ tại tỉnh Nam Sơn đạt trên 98%",
        "Điểm bỏ phiếu mở cửa 7 giờ và đóng 19 giờ Chủ nhật 23/5",
        "Nhóm chat lớp bầu người trả tiền trà sữa, nghi có gian lận vì nó là admin",
        "Ảnh 'quyết định thay đổi địa điểm bỏ phiếu' đòi 50.000đ lệ phí là giả, đi bầu không mất đồng nào",
    ],
)
def test_fees_denied_asked_warned_or_not_to_vote_give_no_finding(text):
    assert "voting_fee" not in _facts(text), check(text, RULES)


@pytest.mark.parametrize(
    "text",
    [
        "Năm nay bỏ phiếu qua ứng dụng VNeID, không cần ra nhà văn hóa nữa",
        "Gửi phiếu bầu qua bưu điện cũng được tính nhé",
        "Có người nhắn năm nay bầu bằng tin nhắn được rồi",
        "Overseas Vietnamese can vote at their embassy or by email this year",
        "You can vote online this year, no need to queue",
        "Chụp màn hình tin nhắn gửi tổ bầu cử là coi như đã bầu",
    ],
)
def test_voting_other_than_in_person_is_found(text):
    assert "voting_method" in _facts(text), check(text, RULES)


@pytest.mark.parametrize(
    "text",
    [
        "Không có chuyện bầu qua mạng, cử tri phải tự đến điểm bỏ phiếu",
        "Cử tri không thể bỏ phiếu qua tin nhắn hay email",
        "Vietnam does not have online voting",
        "Kết quả bỏ phiếu được cập nhật trên website của Hội đồng bầu cử",
        "Cử tri tra cứu danh sách cử tri qua ứng dụng VNeID",
        "Có được bỏ phiếu qua bưu điện không?",
        "Thông tin 'năm nay bầu qua VNeID' là sai sự thật",
        "Tổ bầu cử thông báo lịch bỏ phiếu qua loa phát thanh và nhóm Zalo của khu phố",
        "Đi bầu sớm để tránh nắng, bỏ phiếu xong nhớ check-in trên Facebook",
        "Cử tri có thể xem kết quả bỏ phiếu qua trang web của Ủy ban",
        "Tại Pháp, cử tri có thể bỏ phiếu qua đường bưu điện từ nhiều tuần trước",
        "Someone in our group said you can vote by text. You can't: you go to your polling station",
        "Ảnh 'phiếu bầu gạch sẵn' lan truyền trên mạng là ảnh cũ",
        "Việc bỏ phiếu qua đường bưu điện không được áp dụng tại Việt Nam",
        "Hình thức bỏ phiếu điện tử chưa được áp dụng ở nước ta",
        "Trong ngày bầu cử, tổ bầu cử cập nhật tỷ lệ đi bầu qua Zalo mỗi 2 giờ",
        "Cử tri đăng ký bỏ phiếu ở nơi tạm trú qua ứng dụng VNeID",
        "Năm nay có thể đăng ký thay đổi nơi bỏ phiếu trên VNeID",
        # a proposal, a fan poll
        "Nhiều người đề xuất nên cho phép bỏ phiếu trực tuyến cho công nhân ở xa",
        "Vietnam should perhaps consider online voting for workers far from home",
        "Cuộc thi ảnh trên fanpage của trường, mọi người bình chọn online giúp lớp mình nhé",
        "Voting by mail invites cheating, every Republican knows it",
        "Voting by mail allows cheating. Dead voters among Biden's supporters always vote by mail",
    ],
)
def test_other_ways_of_voting_denied_asked_or_only_informed_about_give_no_finding(text):
    assert "voting_method" not in _facts(text), check(text, RULES)


def test_rule_findings_render_in_both_languages():
    from monitor.outputs.findings import render

    (f,) = check("Không đi bầu sẽ bị phạt 200k", RULES)
    assert f.kind == "penalty" and f.approved == "none"
    assert render(f, "vi").endswith("thông tin chính thức: không có khoản phạt nào đối với cử tri")
    assert render(f, "en").endswith("approved: no penalty on voters")
    (f,) = check("Năm nay bỏ phiếu qua ứng dụng VNeID", RULES)
    assert render(f, "vi").endswith("thông tin chính thức: cử tri trực tiếp đến nơi bỏ phiếu")


SECRET = {"election_date": "2021-05-23", "ballot": "secret"}


@pytest.mark.parametrize(
    "text",
    [
        "Phiếu bầu có mã số, họ biết bạn gạch ai hết, đừng dại gạch tên",
        "ca nha oi phieu bau co ma so, ho bit ban gach ai het",
        "Phiếu bầu có số thứ tự in ngược mặt sau trùng với số trong danh sách cử tri, họ dò ngược ra từng người",
        "Phòng bỏ phiếu có camera soi từng lá phiếu, gạch ai là họ biết hết",
        "Cẩn thận: camera trong phòng bỏ phiếu quay lại lá phiếu của từng người",
        "Người đi bầu ở phường 7 bị yêu cầu khai báo bầu cho ai",
        "Cross out the wrong name and you're on a list, ballots are numbered and traced back to you",
        "Every ballot carries a tiny serial printed under the fold, so officials can trace exactly who crossed out whom",
        "Hòm phiếu gắn chip định vị từng lá phiếu theo số căn cước cử tri",
    ],
)
def test_a_ballot_said_traceable_is_found(text):
    fs = [f for f in check(text, SECRET) if f.fact == "ballot"]
    assert fs and fs[0].kind == "secret", check(text, SECRET)


@pytest.mark.parametrize(
    "text",
    [
        "Bầu cử theo nguyên tắc bỏ phiếu kín, không ai được biết cử tri đã bầu cho ai",
        "Phiếu bầu không ghi tên, không đánh số theo người bỏ",
        "Phiếu kín không ai biết, chuyện bị kỷ luật vì gạch tên là bịa",
        "Có thật là phiếu bầu có mã số để biết ai gạch ai không, hay tin đồn thôi?",
        "Bố mẹ ơi đừng tin clip bảo phiếu bầu có mã số, bỏ phiếu kín mà",
        "That 'ballots have hidden serial numbers' post is wrong, the ballots are plain paper",
        "Trong buồng kín không có micro hay camera gì đâu, chỉ có cái bàn với cây bút",
        "Camera an ninh ở điểm bỏ phiếu ghi lại cảnh mở hòm trước mặt cử tri",
        "Tổ bầu cử đánh số thứ tự hòm phiếu phụ trước khi mang đến nhà cử tri",
        "Khu vực bỏ phiếu số 4 có 1.200 phiếu bầu, đánh dấu đã bỏ phiếu vào thẻ cử tri",
        "Camera quay cảnh kiểm phiếu công khai",
        "Tổ bầu cử phát phiếu có đóng dấu, số thứ tự của cử tri trong danh sách được đánh dấu",
        "Ai biết chưa, vợ mình bầu 8 tháng vẫn đi bầu, được ưu tiên lên trước",
        "Tôi vẫn đi bầu, vẫn gạch theo ý mình, dù biết người mình gạch có khi vẫn trúng",
        "Tổ trưởng cho biết cử tri gạch tên những người mình không tín nhiệm",
    ],
)
def test_secret_ballot_stated_denied_asked_or_other_numbers_give_no_finding(text):
    assert "ballot" not in {f.fact for f in check(text, SECRET)}, check(text, SECRET)


def test_the_decisions_pre_check_lets_through_every_text_a_rule_check_finds(seed_rows):
    """``Decider`` runs the fact checks on a text without a digit only when one of the rule
    kinds' words (``RULE_WORDS``) is in it: no rule finding may be lost that way."""
    import re

    from classifiers import text as T
    from classifiers.relevance import PhraseCheck, single_spaced, words_of
    from classifiers.rule_facts import RULE_KINDS, RULE_WORDS

    facts = {**RULES, **SECRET, "results_decided_by": "public_count"}
    gate = PhraseCheck([w for kind in RULE_KINDS for w in RULE_WORDS[kind]])
    texts = [t for t, _ in seed_rows] + [p for _, p in _PARAMETRISED_TEXTS] + [t for t, _ in _REVIEW_CLAIMS]
    found = 0
    for text in texts:
        kinds = {f.kind for f in check(text, facts)} & RULE_KINDS
        if not kinds or re.search(r"\d", text):
            continue
        found += 1
        s = T.fold_strip(text)
        assert gate.may_match(words_of(s), s if single_spaced(s) else None), text
    assert found > 100


_PARAMETRISED_TEXTS = [
    (m.__name__, t)
    for m in (
        test_a_penalty_for_not_voting_or_for_a_choice_is_found,
        test_a_fee_to_vote_is_found,
        test_voting_other_than_in_person_is_found,
        test_a_ballot_said_traceable_is_found,
    )
    for mark in getattr(m, "pytestmark", [])
    for t in mark.args[1]
]


def test_secret_ballot_and_fee_findings_render_in_both_languages():
    from monitor.outputs.findings import render

    (f,) = check("Phiếu bầu có mã số, họ biết bạn gạch ai hết", SECRET)
    assert render(f, "vi") == (
        "Nội dung nói lá phiếu là “Phiếu bầu có mã số”; thông tin chính thức: bỏ phiếu kín, không ai biết cử tri bầu cho ai"
    )
    assert render(f, "en").endswith("approved: secret: nobody learns whom a voter chose")
    (f,) = check("Cử tri phải nộp phí 20 nghìn khi nhận thẻ cử tri", RULES)
    assert render(f, "en") == "Says a fee to vote is “nộp phí 20 nghìn khi nhận thẻ cử tri”; approved: voting is free"


# Sentences written to break the rule checks (a review); each was misread before the fixes.
REVIEW_FACTS = {**RULES, **SECRET, "results_decided_by": "public_count"}


_REVIEW_CLAIMS = [
    ("ko đi bầu bị phạt 200k đó mn ơi, tổ trưởng nói rồi", "voter_penalty"),
    ("k di bau la bi cat ho ngheo nha ba con", "voter_penalty"),
    ("If you don't vote, the ward will cut your pension.", "voter_penalty"),
    ("Bà con cảnh giác nhé, ai không đi bầu là bị ghi tên vào danh sách theo dõi đó", "voter_penalty"),
    ("Thông tin được chia sẻ từ cán bộ phường: không đi bầu sẽ bị cắt trợ cấp.", "voter_penalty"),
    ("Nếu bạn bầu không đúng ý họ thì sẽ bị mời lên công an làm việc.", "voter_penalty"),
    ("Beware: if you skip the vote you'll be fined by the ward.", "voter_penalty"),
    ("Cử tri ở Mỹ Đình được dặn: không đi bầu sẽ bị cắt nước ba ngày.", "voter_penalty"),
    ("Không đi bầu là bị phạt 200k, tại anh Tư tổ trưởng nói thế", "voter_penalty"),
    ("Nhà nào không đi bầu sẽ bị trừ điểm thi đua khu phố, cả xóm chịu", "voter_penalty"),
    ("Voters who don't turn up will face a fine of 1 million dong", "voter_penalty"),
    ("hong đi bầu là bị cắt lương tháng này, sếp mình nói", "voter_penalty"),
    ("Phải bỏ ra 100k mới được nhận phiếu bầu, vô lý thật.", "voting_fee"),
    ("There's a 30,000 dong fee to vote this year, pay it at the ward office.", "voting_fee"),
    ("Đi bầu có thu phí đó, 10 nghìn một người, ai bảo miễn phí là sai", "voting_fee"),
    ("Muốn lấy thẻ cử tri thì đưa tổ trưởng 30 nghìn tiền mực in", "voting_fee"),
    ("Từ năm nay cử tri có thể bỏ phiếu qua ứng dụng VNeID, không cần ra điểm bầu.", "voting_method"),
    ("Bầu cử bằng tin nhắn SMS: soạn tin theo cú pháp rồi gửi tổng đài.", "voting_method"),
    ("No kidding you can vote online now", "voting_method"),
    ("K đùa đâu bầu qua app được thật", "voting_method"),
    ("Đừng tin ai nói bầu cử là bí mật, phiếu có số seri hết đó", "ballot"),
    ("Mỗi lá phiếu đều in số CCCD của cử tri ở mặt sau", "ballot"),
    ("Ballots have your ID number printed on the back", "ballot"),
    ("Hòm phiếu có gắn camera, quay rõ từng lá phiếu bạn bỏ vào", "ballot"),
    ("Kết quả có từ lâu rồi, bầu chỉ là hình thức", "results_decided_by"),
    ("The winners were picked months ago by the party, the vote is theatre", "results_decided_by"),
    ("Kết quả đã chốt hết rồi, đi bầu hay không cũng vậy", "results_decided_by"),
]


@pytest.mark.parametrize("text, fact", _REVIEW_CLAIMS)
def test_review_claims_are_found(text, fact):
    assert fact in {f.fact for f in check(text, REVIEW_FACTS)}, check(text, REVIEW_FACTS)


@pytest.mark.parametrize(
    "text",
    [
        "Làm gì có chuyện không đi bầu bị phạt, luật đâu có quy định",
        "Không đi bầu thì bị phạt hả mọi người",
        "Nghe nói không đi bầu bị phạt 200k, thật không vậy",
        "You won't be fined for not voting, it's a civic duty, not a legal one",
        "Ông tôi nằm viện đang bị theo dõi tim, không đi bầu được nên tổ bầu cử mang hòm phiếu phụ tới",
        "Kẻ ném gạch vào điểm bỏ phiếu ở xã bên đã bị xử lý hình sự",
        "Voters in quarantine zones must stay home; anyone breaking quarantine will be fined under COVID-19 rules",
        "loa phat 3 lan, nha nao khong di bau thi to truong den nhac",
        "Không đi bầu bị phạt 200k. Nhầm rồi, luật không có quy định đó, mình xin đính chính.",
        "Ai không đi bầu cũng chẳng sao, nhưng phá hoại hòm phiếu thì bị phạt tù",
        "Chuyện không đi bầu mà bị phạt 500k là hoàn toàn không có trong luật",
        "Đội mũ bảo hiểm khi đi bầu nhé, không đi đúng làn là bị phạt đó",
        "Chi phí in phiếu bầu do ngân sách nhà nước bảo đảm, cử tri không phải trả bất kỳ khoản nào.",
        "Đi bầu có mất phí đâu mà lo",
        "Sau khi bỏ phiếu xong, mình ghé ngân hàng đóng phí thẻ tín dụng",
        "Poll workers receive fees of 300,000 dong per day for staffing the voting stations",
        "Mình trả 20k tiền gửi xe ở điểm bỏ phiếu, ai đi xe máy nhớ mang tiền lẻ",
        "Bầu cử tốn kém ngân sách lắm, riêng tiền in phiếu đã mấy tỷ",
        "Quyền bỏ phiếu được đánh đổi bằng mạng sống của bao thế hệ cha anh",
        "Hôm nay ai cũng khoe ảnh đi bầu trên mạng",
        "Cả nhà đi bầu nhé, mình nhắn qua Zalo cho mọi người rồi",
        "Ballot papers were delivered by post to every commune election committee last week",
        "I heard about the voting rules through a Facebook group",
        "Online voting is not available in Vietnam",
        "Việt Nam chưa áp dụng hình thức bỏ phiếu trực tuyến",
        "Có nên cho phép bỏ phiếu trực tuyến trong tương lai",
        "Estonia cho phép công dân bỏ phiếu qua internet từ nhiều năm nay",
        "Bầu qua VNeID được rồi nha. À mình nhầm, vẫn phải ra điểm bỏ phiếu như cũ",
        "Online voting would be convenient, but it's not allowed here",
        "Đi bầu xong ra lấy xe, phiếu gửi xe có mã số hẳn hoi, bãi này làm chuyên nghiệp ghê",
        "Hòm phiếu được dán niêm phong và có số thứ tự của từng khu vực bỏ phiếu",
        "Bầu xong tụi mình đi ăn, mình biết bạn chọn quán nào rồi",
        "Officials can see who voted because they tick names on the voter list, but not how you voted",
        "Lá phiếu là bí mật, chỉ có bạn mới biết bạn gạch tên ai",
        "Only you know who you voted for",
        "Gạch ai thì tự mình biết thôi, không cần khoe",
        "Camera chỉ quay cổng, không quay lá phiếu",
        "Camera các đài truyền hình chụp cận cảnh lá phiếu của cử tri cao tuổi nhất",
        "Tôi đã sắp xếp trước lịch để sáng Chủ nhật đưa bà ra trung tâm văn hóa bỏ phiếu",
        "Danh sách người ứng cử đại biểu Quốc hội đã được duyệt từ trước ngày bầu cử qua ba vòng hiệp thương",
        "Phiếu bầu đã được giao xuống các tổ bầu cử, số phiếu khớp với danh sách cử tri",
        "Sáng nay điểm mình đông lắm, có ai đếm thử bao nhiêu người không, chắc tỷ lệ đi bầu cao",
        "Invalid ballots are not counted in the results for any candidate",
        "Preliminary results are usually known before the end of the following week",
        "Kết quả đã được sắp xếp trước là thông tin sai sự thật, kết quả do kiểm phiếu công khai",
        "Trump từng nói kết quả bầu cử Mỹ năm ấy đã được sắp đặt trước",
        "Kết quả được định sẵn. Sai, kết quả do tổ bầu cử kiểm phiếu công khai trước mặt cử tri",
    ],
)
def test_review_non_claims_give_no_rule_finding(text):
    rules = {"voter_penalty", "voting_fee", "voting_method", "ballot", "results_decided_by"}
    assert not rules & {f.fact for f in check(text, REVIEW_FACTS)}, check(text, REVIEW_FACTS)
