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
        "Not voting is illegal now, the ward will fine you",
        "Voting is compulsory here, skip it and you are breaking the law",
        "If you abstain it counts as a criminal offence this year",
        "If you don't vote your children lose their school place",
        # an account or a phone line blocked, access lost, "must vote or"
        "If you don't vote your SIM gets locked, carriers match numbers against the voter list",
        "Voters who skip polling day lose access to public services for a year",
        "Anyone who crosses out the ward's candidate loses their welfare payments",
        "Cast a blank ballot and your bank accounts get frozen, that's what the ward says",
        "Every citizen over 18 must cast a ballot or pay a fine.",
        "Ai không đi bầu sẽ bị khóa tài khoản ngân hàng, ngân hàng đã đối chiếu danh sách cử tri rồi",
        "Khong di bau la bi cat sim nha, nha mang doi chieu so dien thoai voi danh sach cu tri",
        "Ai bỏ phiếu trắng sẽ bị phong tỏa tài khoản, cẩn thận nhé",
        # a job or a loan lost
        "Công nhân nhà máy nào không đi bầu sẽ bị cho nghỉ việc, phòng nhân sự đã thông báo",
        "If you skip the vote your employer will fire you, they get the list from the ward",
        "Ai không đi bầu thì ngân hàng chính sách không cho vay vốn nữa, cán bộ xã nói vậy",
        "Households that don't vote won't get loans from the social policy bank next year",
        "Skip the election and the police will come to your house",
        "If you don't vote, your pension will be stopped next month",
        "Ai không đi bầu thì cuối năm công ty không ký tiếp hợp đồng lao động đâu nhé",
        "Nhân viên nào không có dấu đã bầu trên thẻ cử tri sẽ mất việc, sếp mình nói rồi",
        "If you don't vote this Sunday your contract won't be renewed, HR said so",
        "Không đi bầu thì ngân hàng sẽ từ chối hồ sơ vay mua nhà, họ có kết nối dữ liệu cử tri",
        "Không đi bầu là công an đến tận nhà đó",
        # moved to another post or demoted; an employer said required to dismiss
        "Giáo viên nào không đi bỏ phiếu sẽ bị điều chuyển công tác, hiệu trưởng nói thế.",
        "Cán bộ nào gạch tên người của cơ quan sẽ bị hạ bậc lương cuối năm.",
        "If you don't vote, your employer is required to dismiss you under the new rules.",
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
        "It is not illegal to skip the vote, and nobody will fine you for it",
        "Tearing up a ballot box is against the law, whoever does it",
        "Is not voting illegal here? My landlord says so",
        "Police froze the bank accounts of the ring that sent fake election texts",
        "A fake message says voters who skip the vote will have their bank accounts frozen; this is false",
        "Your SIM card will be blocked if you don't register it by June, the carrier said",
        "Voters who skip the election do not lose access to public services, the committee said",
        "Nhà mạng sẽ khóa sim chưa chuẩn hóa thông tin từ tháng 6, không liên quan đến bầu cử",
        "Tin không đi bầu bị khóa tài khoản ngân hàng là tin giả, ngân hàng khẳng định",
        "Every citizen over 18 must vote or be fined in Australia",
        "Ngân hàng chính sách vẫn cho vay vốn bình thường, không liên quan việc đi bầu",
        "Tin không đi bầu bị cho nghỉ việc là bịa đặt",
        "The factory fired 200 workers last month after orders fell, long before the vote",
        "Công an đến nhà cụ bà không đi bầu được để hỗ trợ tổ bầu cử mang hòm phiếu phụ",
        "Giáo viên bị điều chuyển công tác sau kỳ thi, không liên quan gì đến bầu cử.",
        "Tin cán bộ không đi bầu bị hạ bậc lương là bịa đặt.",
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
        "Dự toán chi phí bầu cử năm nay tăng gấp đôi, khoảng 3.700 tỉ đồng",
        "Kinh phí bầu cử được lấy từ ngân sách nhà nước",
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
        "Send a photo of your marked ballot to the team on Zalo and it counts",
        "Năm nay bầu qua tổng đài: gọi số 1080, bấm phím theo số thứ tự ứng cử viên",
        "Dial the hotline and press 1 to vote for the first candidate, it counts like a paper ballot",
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
        "Do not send a photo of your ballot to anyone; it breaks the secrecy of the vote",
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
        "Ballots carry a barcode linked to your ID, so they know how you voted",
        "Blank ballots in our city will be traced and the voters punished",
        "Ballots can be matched to voters through the number on the stub",
        "Phiếu trắng sẽ bị truy vết, tổ bầu cử biết hết ai bỏ phiếu trắng",
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
        "Ballots are never traced to voters: the vote is secret by law",
        "The shipment of ballots will be tracked by GPS until it reaches the commune",
    ],
)
def test_secret_ballot_stated_denied_asked_or_other_numbers_give_no_finding(text):
    assert "ballot" not in {f.fact for f in check(text, SECRET)}, check(text, SECRET)


def test_the_decisions_pre_check_lets_through_every_text_a_rule_check_finds(seed_rows):
    """``Decider`` runs each rule check only on a text holding one of that kind's words
    (``RULE_WORDS``), or, for a fee, a digit (a sum paid): no rule finding may be lost that way."""
    import re

    from classifiers import text as T
    from classifiers.relevance import PhraseCheck, phrase_regex, single_spaced, words_of
    from classifiers.rule_facts import RULE_KINDS, RULE_WORDS
    from tests.classifiers import (
        test_absent_counted_against,
        test_candidate_information,
        test_candidate_surplus,
        test_candidate_vetting,
        test_cards_kept_and_microphones,
        test_choice_said_recorded,
        test_compulsory_voting,
        test_council_levels,
        test_count_claims,
        test_count_rigged_wordings,
        test_crossing_out_said_to_choose,
        test_data_requests,
        test_documents,
        test_english_turnout_fee_penalty,
        test_filled_for_absentees,
        test_folded_no,
        test_folds_anywhere_and_quoted_marks,
        test_known_before_the_count,
        test_known_winners_and_fake_figures,
        test_lost_card_and_keypad,
        test_mobile_box_and_stamps,
        test_one_day,
        test_residence,
        test_results_settled_shorthand,
        test_rigged_and_secret_count,
        test_settled_and_counted_wordings,
        test_thresholds,
        test_validity,
        test_voted_mark,
        test_voting_from_abroad,
        test_voting_itself_sanctioned,
        test_voting_said_to_cost,
        test_who_is_left_off_the_list,
        test_who_may_stand,
    )

    facts = {
        **RULES,
        **SECRET,
        "results_decided_by": "public_count",
        "voter_data_requests": "none",
        "ballot_invalid_reasons": "listed_in_law",
        "temporary_residents": "on_the_list",
        "voter_documents": "voter_card",
        "winner_share": "more_than_half",
        "valid_turnout": "more_than_half",
        "candidate_surplus": "more_candidates_than_seats",
        "voted_mark": "stamp_on_voter_card",
        "candidate_information": "posted_list_and_biography",
        "candidate_selection": "consultation_and_voters_meetings",
        "candidacy_open_to": "every_citizen_21",
        "voting_days": "one_day",
        "voting_status": "right_and_duty",
        "council_levels": "province, district, commune",
        "ballot_marking": "cross_out",
        "voter_list_excludes": "death_row_prison_incapacity",
    }
    gates = {kind: (PhraseCheck(RULE_WORDS[kind]), phrase_regex(RULE_WORDS[kind])) for kind in RULE_KINDS}
    texts = [t for t, _ in seed_rows] + [p for _, p in _PARAMETRISED_TEXTS]
    for module in (
        test_absent_counted_against,
        test_candidate_information,
        test_candidate_surplus,
        test_candidate_vetting,
        test_cards_kept_and_microphones,
        test_lost_card_and_keypad,
        test_voted_mark,
        test_voting_itself_sanctioned,
        test_one_day,
        test_compulsory_voting,
        test_voting_from_abroad,
        test_folded_no,
        test_count_claims,
        test_count_rigged_wordings,
        test_folds_anywhere_and_quoted_marks,
        test_known_winners_and_fake_figures,
        test_mobile_box_and_stamps,
        test_data_requests,
        test_validity,
        test_residence,
        test_documents,
        test_english_turnout_fee_penalty,
        test_thresholds,
        test_settled_and_counted_wordings,
        test_known_before_the_count,
        test_filled_for_absentees,
        test_council_levels,
        test_rigged_and_secret_count,
        test_who_may_stand,
        test_choice_said_recorded,
        test_crossing_out_said_to_choose,
        test_results_settled_shorthand,
        test_voting_said_to_cost,
        test_who_is_left_off_the_list,
    ):
        for f in vars(module).values():
            for mark in getattr(f, "pytestmark", []) if callable(f) else []:
                texts += [row[0] if isinstance(row, tuple) else row for row in mark.args[1]]
    texts += [t for t, _ in _REVIEW_CLAIMS + _BLIND_SETS_CLAIMS]
    found = 0
    for text in texts:
        s = T.fold_strip(text)
        for kind in {f.kind for f in check(text, facts)} & RULE_KINDS:
            if kind == "fee" and re.search(r"\d", text):
                continue
            found += 1
            check_words, regex = gates[kind]
            assert check_words.may_match(words_of(s), s if single_spaced(s) else None), (kind, text)
            assert regex.search(s), (kind, text)
    assert found > 300


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


# A second set, written by someone who had not seen these checks, as a feed would carry the words.
_BLIND_CLAIMS = [
    ("Nghe nói năm nay ai không đi bầu cử sẽ bị phạt 2 triệu đồng, mọi người nhớ đi đầy đủ nhé!", "voter_penalty"),
    ("Tổ trưởng dân phố bảo nhà nào không đi bầu sẽ bị cắt trợ cấp hộ nghèo, thật đáng sợ.", "voter_penalty"),
    ("ko di bau la bi ghi vao ho so, sau nay con cai xin viec bi anh huong do nha ae", "voter_penalty"),
    ("THÔNG BÁO KHẨN: Cử tri vắng mặt ngày bầu cử sẽ bị mời lên công an xã làm việc. Chia sẻ ngay!", "voter_penalty"),
    ("Warning: in Nghe An, voters who skip the election will lose their pension payments this year.", "voter_penalty"),
    (
        "A friend in Hanoi says people who vote for the 'wrong' candidate get called in by local police afterwards.",
        "voter_penalty",
    ),
    ("Mỗi cử tri phải nộp 50.000 đồng lệ phí in phiếu bầu khi đến điểm bỏ phiếu.", "voting_fee"),
    (
        "Tin nhắn từ tổ bầu cử: đóng 20k phí quản lý danh sách cử tri trước ngày 20, chuyển khoản vào số tài khoản bên dưới.",
        "voting_fee",
    ),
    ("năm nay đi bầu phải đóng phí 30k/người đó, nhớ mang tiền lẻ theo nha", "voting_fee"),
    ("Ở phường Tân Định, ai muốn bầu sớm thì đóng thêm 100 nghìn để được ưu tiên không phải xếp hàng.", "voting_fee"),
    ("Người tạm trú muốn được bầu cử ở nơi ở mới phải nộp lệ phí chuyển danh sách 200.000đ.", "voting_fee"),
    (
        "Heads up: there's a 50,000 VND registration fee to get your voter card this election, pay at the ward office.",
        "voting_fee",
    ),
    ("Overseas workers coming home to vote must pay a ballot processing fee at the polling station.", "voting_fee"),
    ("Năm nay có thể bầu cử qua Zalo, chỉ cần gửi ảnh CCCD và tên người mình chọn là xong.", "voting_method"),
    ("Cử tri ở xa có thể bỏ phiếu bằng tin nhắn SMS theo cú pháp BAU gửi tổng đài 8x85.", "voting_method"),
    ("Tải ứng dụng VNeID rồi vào mục Bầu cử để bỏ phiếu trực tuyến, không cần đến điểm bầu nữa.", "voting_method"),
    ("Sinh viên ở xa nhà có thể gửi phiếu bầu qua đường bưu điện về địa phương.", "voting_method"),
    (
        "You can now vote online through the national public service portal, no need to queue at the polling station.",
        "voting_method",
    ),
    ("Vietnamese voters abroad can email their ballot choices to the provincial election committee.", "voting_method"),
    ("Mỗi phiếu bầu đều có mã số in chìm trùng với số CCCD của bạn, nên họ biết hết ai bầu cho ai.", "ballot"),
    ("Cẩn thận: trong buồng bỏ phiếu có gắn camera để xem bạn gạch tên ai.", "ballot"),
    ("phieu bau co so seri, kiem phieu xong la biet nguoi nao gach ai lien", "ballot"),
    ("Tổ bầu cử ghi số thứ tự cử tri lên mặt sau phiếu bầu để đối chiếu sau này.", "ballot"),
    ("Sau bầu cử, xã sẽ gửi danh sách ai bầu cho ai về cơ quan của từng người.", "ballot"),
    ("Don't be fooled, the ballots have QR codes linked to your ID, they know exactly who you voted for.", "ballot"),
    ("Polling booths in Da Nang have hidden cameras recording every ballot.", "ballot"),
    ("Kết quả bầu cử đã được sắp xếp sẵn từ trước, đi bầu hay không cũng vậy thôi.", "results_decided_by"),
    ("Danh sách trúng cử đã có từ tháng trước rồi, kiểm phiếu chỉ là làm cho có.", "results_decided_by"),
    ("Tỷ lệ 99% cử tri đi bầu là con số bịa ra, chứ phường tôi có mấy ai đi đâu.", "results_decided_by"),
    ("ket qua co san r, dem phieu chi la hinh thuc thoi ae", "results_decided_by"),
    ("Nghe nói ở huyện Quỳnh Lưu, biên bản kết quả đã được in sẵn trước ngày bầu cử.", "results_decided_by"),
    ("The winners were chosen before election day; the count is just theatre.", "results_decided_by"),
    ("Turnout figures are simply made up by the election committee, not counted.", "results_decided_by"),
    # (a second blind set)
    (
        "Ai không đi bầu cử sẽ bị phạt 500.000 đồng, tổ trưởng dân phố vừa thông báo trong nhóm Zalo rồi đó.",
        "voter_penalty",
    ),
    (
        "Nghe chị họ làm ở phường nói năm nay hộ nào ko đi bầu là bị cắt tiền hỗ trợ hộ nghèo nha mọi người.",
        "voter_penalty",
    ),
    ("Sinh viên nào không đi bỏ phiếu thì trường sẽ hạ hạnh kiểm, khoa đã nhắc trong lớp rồi.", "voter_penalty"),
    ("ko di bau la bi ghi ten vao so theo doi cua khu pho, sau nay lam giay to j cung bi lam kho", "voter_penalty"),
    (
        "Warning: in Binh Duong, anyone who skips the election will be summoned to the police station for questioning.",
        "voter_penalty",
    ),
    (
        "People who vote for the 'wrong' candidate will lose their jobs at state agencies, my cousin in Hanoi confirmed it.",
        "voter_penalty",
    ),
    ("Mỗi cử tri phải nộp 50 nghìn lệ phí in phiếu bầu khi đến điểm bầu cử, nhớ mang theo tiền lẻ.", "voting_fee"),
    (
        "[SMS] Quy cu tri vui long chuyen khoan 30.000d phi xac nhan danh sach cu tri toi STK 0123456789 de duoc cap the cu tri.",
        "voting_fee",
    ),
    ("đi bầu mà cũng phải mất tiền nữa hả, hàng xóm bảo mỗi người đóng 100k mới được nhận phiếu", "voting_fee"),
    ("Năm nay phường thu 15 nghìn tiền làm thẻ cử tri, ai chưa nộp thì không được đi bầu.", "voting_fee"),
    ("Điểm bầu cử khu 3 thu 10k mỗi người mới phát phiếu, ai k đóng thì k cho bầu đâu.", "voting_fee"),
    (
        "Voters in District 7 must pay a 50,000 VND registration fee before they can receive their voter card.",
        "voting_fee",
    ),
    ("Năm nay có thể bầu cử online qua ứng dụng VNeID, không cần ra điểm bỏ phiếu nữa đâu.", "voting_method"),
    ("Soạn tin BAU gửi 8089 để bỏ phiếu bằng tin nhắn, tiện cho ai đi làm xa không về được.", "voting_method"),
    ("Ai làm ăn xa không về quê được thì gửi phiếu bầu qua bưu điện là được, chị ở UBND xã bảo vậy.", "voting_method"),
    ("k can ve que dau, gio bau qua zalo dc r, chup hinh phieu gui to truong la xong", "voting_method"),
    ("Cử tri có thể bầu ngay trên app ngân hàng, vào mục 'Bầu cử' rồi tích chọn ứng cử viên là xong.", "voting_method"),
    (
        "Good news for workers abroad: Vietnamese citizens can now cast their ballot by email to their commune election board.",
        "voting_method",
    ),
    (
        "You can vote from home this year, just log into the national public service portal and tick your candidates.",
        "voting_method",
    ),
    ("Mỗi lá phiếu đều có mã vạch in mờ ở góc, họ biết hết ai bầu cho ai đấy.", "ballot"),
    ("Đừng gạch tên ai cả, trong phòng bỏ phiếu có gắn camera quay lại lá phiếu của từng người.", "ballot"),
    ("phieu bau co so seri trung voi so the cu tri nen kiem phieu xong la biet ngay ban bau ai", "ballot"),
    ("Anh rể tôi làm ở phường kể là tổ bầu cử ghi số CCCD lên mặt sau lá phiếu để đối chiếu.", "ballot"),
    ("Bạn bầu ai thì tổ trưởng sẽ báo về cơ quan hết, làm gì có chuyện bí mật.", "ballot"),
    ("nghe đồn phiếu bầu có đánh dấu bằng mực vô hình, soi đèn là ra tên người bầu luôn", "ballot"),
    (
        "Heads up: ballots this year carry a hidden serial number linked to your ID, so officials can trace every vote.",
        "ballot",
    ),
    ("Kết quả bầu cử đã được sắp xếp sẵn từ trước, đi bầu cũng chỉ là hình thức thôi.", "results_decided_by"),
    ("Danh sách trúng cử có từ tháng trước rồi, người nhà mình làm ở huyện đã thấy tận mắt.", "results_decided_by"),
    ("Tỷ lệ cử tri đi bầu 99% là số liệu bịa ra, thực tế phường mình chưa được một nửa.", "results_decided_by"),
    ("kiem phieu cho co thoi, ket qua tren da chot het tu lau roi", "results_decided_by"),
    (
        "Số phiếu của từng ứng cử viên được cấp trên giao chỉ tiêu, tổ bầu cử cứ thế điền vào biên bản.",
        "results_decided_by",
    ),
    ("Ở xã tôi, họ điền sẵn kết quả vào biên bản kiểm phiếu trước khi mở hòm phiếu.", "results_decided_by"),
    ("The winners were picked months ago; the counting on election night is just a show.", "results_decided_by"),
    ("Insider says the 99% turnout figure was made up before a single ballot was counted.", "results_decided_by"),
]
_BLIND_OTHER = [
    "Ủy ban bầu cử tỉnh thông báo: cử tri đi bầu hoàn toàn không phải nộp bất kỳ khoản phí nào.",
    "Cử tri phải trực tiếp đến khu vực bỏ phiếu để bầu, không được bầu qua mạng hay tin nhắn.",
    "Việc bỏ phiếu được thực hiện kín, không ai được xem cử tri gạch tên ai.",
    "Pháp luật không quy định xử phạt cử tri không đi bầu; vận động cử tri là trách nhiệm của tổ bầu cử.",
    "Kết quả bầu cử được xác định qua kiểm phiếu công khai, có đại diện cử tri chứng kiến.",
    "Cử tri không tự viết được phiếu thì có thể nhờ người khác viết hộ, nhưng phải tự mình bỏ phiếu vào hòm.",
    "Trường hợp cử tri ốm đau, già yếu không đến được phòng bỏ phiếu, tổ bầu cử mang hòm phiếu phụ đến tận nơi.",
    "Việc bỏ phiếu bắt đầu từ 7 giờ sáng đến 7 giờ tối; tổ bầu cử có thể cho bắt đầu sớm hơn nhưng không trước 5 giờ sáng.",
    "Mỗi cử tri chỉ được bỏ phiếu một lần; nếu gạch nhầm, cử tri có quyền đổi phiếu bầu khác.",
    "Tổ bầu cử khu vực 12 đã niêm yết danh sách cử tri tại nhà văn hóa để bà con kiểm tra.",
    "Sau khi kiểm phiếu, biên bản kết quả được gửi lên Ban bầu cử và niêm yết công khai tại khu vực bỏ phiếu.",
    "Công an huyện đã xử phạt 7,5 triệu đồng một người đăng tin sai sự thật rằng cử tri không đi bầu sẽ bị phạt tiền.",
    "Thông tin 'bầu cử qua Zalo' đang lan truyền là giả mạo, Sở TT&TT khuyến cáo người dân không làm theo.",
    "Tại điểm bỏ phiếu số 5 phường Hưng Bình, tỷ lệ cử tri đi bầu đạt 98,7% tính đến 15 giờ chiều.",
    "Ủy ban bầu cử tỉnh công bố kết quả sau khi hoàn tất kiểm phiếu tại 1.245 khu vực bỏ phiếu.",
    "Cảnh báo: kẻ gian giả danh tổ bầu cử gọi điện yêu cầu chuyển khoản 'phí cử tri', người dân cần cảnh giác.",
    "Việc kiểm phiếu tại xã Nghi Phong kéo dài đến 11 giờ đêm, có sự chứng kiến của hai cử tri không phải là người ứng cử.",
    "Trước tin đồn phiếu bầu có mã QR, cơ quan chức năng khẳng định phiếu chỉ có dấu của tổ bầu cử, không có ký hiệu riêng.",
    "Trên mạng đang lan truyền tin 'không đi bầu bị cắt lương hưu', Ủy ban bầu cử khẳng định đây là tin giả.",
    "Cho em hỏi đi bầu có mất tiền không ạ?",
    "Mình đang làm ở Bình Dương, muốn bầu ở đây thì cần giấy tờ gì vậy mọi người?",
    "có ai bik bầu online dc ko, tui ở xa quá",
    "Không đi bầu thì có bị sao không các bác?",
    "Phiếu bầu có ghi tên mình không nhỉ, sợ bị biết bầu ai.",
    "Tôi thấy nên cho phép bỏ phiếu điện tử để người trẻ làm xa nhà tham gia nhiều hơn.",
    "Nhiều người cho rằng danh sách ứng cử viên còn ít lựa chọn, điều này cần được góp ý thẳng thắn.",
    "Tình trạng một người đi bầu thay cả nhà vẫn còn ở nông thôn, vi phạm nguyên tắc bỏ phiếu trực tiếp, cần chấn chỉnh.",
    "Theo tôi, tổ bầu cử nên niêm yết kết quả kiểm phiếu chi tiết hơn để người dân dễ theo dõi.",
    "Sáng mai 7h đi bầu nha, xong rồi đi ăn phở.",
    "nhà t đi bầu xong r, xếp hàng có 10p à",
    "Mẹ bảo mang theo thẻ cử tri với CCCD cho chắc.",
    "đi bầu lần đầu hồi hộp ghê, gạch tên xong gấp phiếu lại bỏ vô thùng",
    "mai di bau som k, 6h30 t qua don nha",
    "ko di bau thi ko bi phat dau, to truong noi vay, nhung di cho vui",
    "Tháng này bị phạt 800 nghìn vì vượt đèn đỏ, camera phạt nguội chụp rõ luôn.",
    "Ngân hàng lại tăng phí SMS Banking lên 11.000 đồng mỗi tháng.",
    "Mua hàng online trên Shopee dịp này được miễn phí vận chuyển.",
    "Quán mình mới lắp camera ở quầy thu ngân cho an toàn.",
    "Bốc số thứ tự ở bệnh viện được số 152, chắc chờ tới trưa.",
    "Danh sách khách mời đám cưới đã sắp xếp sẵn từ tuần trước, cứ theo đó mà xếp bàn.",
    "Lớp mình bầu lớp trưởng bằng cách bỏ phiếu kín, bạn Lan trúng.",
    "Cuộc thi bình chọn ảnh đẹp trên fanpage, mọi người vote online giúp em với.",
    "Công ty phạt đi muộn 50k mỗi lần, ai chịu nổi.",
    "Kết quả xổ số hôm nay đã có, lại không trúng rồi.",
    "Phí gửi xe ở chung cư tăng lên 150 nghìn một tháng.",
    "The provincial election committee reminds voters that casting a ballot is free of charge.",
    "Voters must go in person to their polling station; there is no online or SMS voting.",
    "Police in Thanh Hoa fined a Facebook user 5 million VND for posting that non-voters would be fined.",
    "Officials dismissed a viral claim that ballots carry serial numbers tied to voters' ID cards.",
    "Turnout reached 99.1% in the province, according to figures released after the count.",
    "Ballot counting at each station is done publicly, with voters invited to observe.",
    "A scam text asking voters to pay a 'voter list fee' is circulating; authorities say it is fraudulent.",
    "Elderly or sick voters can ask the election team to bring a mobile ballot box to their home.",
    "Is it true you have to pay to vote? My aunt heard something on Zalo.",
    "Does anyone know if I can vote where I work instead of my hometown?",
    "Nobody gets punished for not voting, right? Just want to be sure before I travel.",
    "I think Vietnam should consider electronic voting for people living far from home.",
    "Critics say the candidate lists leave voters with limited choice.",
    "Just voted at the community hall, the queue was short this morning.",
    "My bank charges a 5,000 VND fee for every transfer, so annoying.",
    "Got a speeding fine from a traffic camera on the highway last week.",
    "The shop installed new cameras at the entrance after a theft.",
    "Your ticket number is 47, please wait to be called.",
    "The seating list for the party was arranged in advance by the organisers.",
    "Vote online for your favourite team in the fan poll!",
    # (a second blind set)
    "Ủy ban bầu cử tỉnh thông báo: cử tri đi bầu hoàn toàn không phải đóng bất kỳ khoản phí nào.",
    "Theo Luật Bầu cử, cử tri phải tự mình đi bầu tại khu vực bỏ phiếu, không được bầu bằng cách gửi thư.",
    "Nguyên tắc bỏ phiếu kín được bảo đảm: không ai được xem hay biết cử tri đã bầu cho ai.",
    "Việc kiểm phiếu được tiến hành công khai ngay sau khi kết thúc cuộc bỏ phiếu, người dân có thể đến chứng kiến.",
    "Cử tri không đi bầu không bị xử phạt, tuy nhiên bầu cử là quyền và nghĩa vụ của mỗi công dân.",
    "Khu vực bỏ phiếu số 5 phường Tân An mở cửa từ 7 giờ sáng đến 7 giờ tối, cử tri nhớ mang theo thẻ cử tri.",
    "Trường hợp cử tri ốm đau, già yếu, tổ bầu cử sẽ mang hòm phiếu phụ đến tận nơi để cử tri bỏ phiếu.",
    "Công an huyện đã xử phạt 7,5 triệu đồng một người đàn ông đăng tin sai sự thật rằng ai không đi bầu sẽ bị cắt trợ cấp.",
    "Sở Thông tin và Truyền thông bác bỏ tin đồn phiếu bầu có mã vạch, khẳng định lá phiếu không có bất kỳ ký hiệu nhận dạng nào.",
    "Tin nhắn yêu cầu chuyển khoản 'phí xác nhận cử tri' là lừa đảo, người dân tuyệt đối không làm theo.",
    "Tính đến 15 giờ, tỷ lệ cử tri đi bầu tại tỉnh đạt 92,4%, theo báo cáo nhanh của Ủy ban bầu cử.",
    "Tại khu vực bỏ phiếu số 12, tổ bầu cử đã mở hòm phiếu trước sự chứng kiến của hai cử tri không phải là người ứng cử.",
    "Kết quả kiểm phiếu sơ bộ cho thấy ông Nguyễn Văn H. đạt 78% tổng số phiếu hợp lệ.",
    "Mạng xã hội lan truyền thông tin có thể bầu cử qua VNeID; cơ quan chức năng khẳng định đây là tin giả.",
    "Cho em hỏi nếu hôm đó em đi công tác thì có bị phạt không ạ?",
    "bầu cử có mất phí j ko mn",
    "Mình ở trọ Sài Gòn mà hộ khẩu ngoài Huế thì đi bầu ở đâu vậy?",
    "ko bik phieu bau co ghi ten minh ko, ai bik chi voi",
    "Bầu qua mạng được không hay phải đến tận nơi ạ",
    "Ai biết mấy giờ thì có kết quả kiểm phiếu ở phường mình không?",
    "Tôi nghĩ nên có thêm điểm bỏ phiếu gần khu công nghiệp để công nhân đỡ phải xin nghỉ làm.",
    "Danh sách ứng cử viên niêm yết muộn quá, nhiều người chưa kịp đọc tiểu sử đã phải đi bầu.",
    "Lười đi bầu thì đừng có than sau này đại biểu không nói lên tiếng nói của mình.",
    "Sáng mai 6h cả nhà dậy đi bầu rồi đi ăn phở nha.",
    "di bau xong r, xep hang co 10p thoi, nhanh ghe",
    "Bà nội 85 tuổi vẫn đòi tự đi bỏ phiếu, cả nhà phải chở bà ra nhà văn hóa.",
    "Lần đầu đi bầu hồi hộp ghê, cầm lá phiếu mà không biết nên gạch ai",
    "Vượt đèn đỏ ở ngã tư Lê Lợi bị phạt 4 triệu đó, anh em cẩn thận.",
    "Ngân hàng vừa trừ phí duy trì tài khoản 11.000đ/tháng, bực ghê.",
    "Gửi xe ở bệnh viện giờ lên 5 nghìn một lượt rồi.",
    "Shop mình có gắn camera rồi nha, ai lấy đồ không trả tiền là có hình hết.",
    "Lấy số thứ tự ở quầy số 3 rồi ngồi chờ gọi tên nhé.",
    "Tiệc sinh nhật bé Na đã sắp xếp sẵn từ tuần trước, mọi người chỉ cần đến đúng giờ thôi.",
    "Bình chọn cho thí sinh số 07 qua tin nhắn, mỗi tin 1.000đ, mọi người ủng hộ nhé!",
    "Đặt hàng online hôm nay được miễn phí giao hàng toàn quốc.",
    "Kết quả xổ số hôm nay được quay công khai lúc 16h15 tại trụ sở công ty xổ số.",
    "Lớp mình bầu lớp trưởng bằng cách giơ tay, ai nhiều phiếu hơn thì làm.",
    "Không đóng phí quản lý chung cư đúng hạn sẽ bị cắt nước, ban quản lý vừa thông báo.",
    "Hội nghị tiếp xúc cử tri của đại biểu sẽ tổ chức tại hội trường xã lúc 8h sáng thứ Bảy.",
    "Trường thông báo sinh viên không tham gia tuần sinh hoạt công dân đầu khóa sẽ bị trừ điểm rèn luyện.",
    "The provincial election committee reminded residents that voting is free and no one may collect money from voters.",
    "Police in Nghe An fined a Facebook user 5 million dong for posting that non-voters would lose their welfare benefits.",
    "Officials dismissed claims that ballots carry serial numbers, saying the secret ballot is guaranteed by law.",
    "Counting began at 7 p.m. in front of voters and observers, and the results were posted at the polling station the next morning.",
    "Is it true you can vote online this year?",
    "do I need to bring my ID card to vote or just the voter card",
    "What happens if I'm abroad on election day, can I still vote somehow",
    "Turnout reached 98.7 percent in the province, according to preliminary figures from the election committee.",
    "Fact check: no, you cannot vote by text message; an SMS circulating this week is a scam.",
    "Critics argue that the candidate lists leave voters little real choice, even if the count itself is public.",
    "Just voted with my parents, the line was short and the volunteers were super friendly.",
    "Got a parking fine outside the mall today, 200k for five minutes, unbelievable.",
    "The bank now charges a 22,000 dong fee for every interbank transfer.",
    "Security cameras caught the thief at the convenience store on Tran Phu street.",
    "Please take a numbered ticket and wait until your number is called.",
    "Everything for the wedding was arranged in advance, so the guests just had to show up.",
    "Vote for your favourite dish in our online poll, winners announced Friday!",
    "Reporters watched as election officials unsealed the ballot box and read out each ballot aloud.",
    "Voters who are sick can ask the election team to bring a mobile ballot box to their home.",
    "Some young people say they skip voting because they don't know the candidates, not because they fear anything.",
]


# A third blind set, written the same way after the second set's changes (50 claims, 70 other
# texts); measured before any change: 25 of 50 claims found, 2 of 70 false findings.
_BLIND3_CLAIMS = [
    ("Nghe nói năm nay ai ko đi bầu sẽ bị phạt 500k, phường đã lập danh sách rồi đó mn ơi", "voter_penalty"),
    ("Không đi bầu cử là bị cắt trợ cấp hộ nghèo ngay, cán bộ khu phố vừa thông báo xong.", "voter_penalty"),
    (
        "Skipping the National Assembly vote in Vietnam gets you a fine of around 2 million dong, my cousin in Hanoi just confirmed it.",
        "voter_penalty",
    ),
    (
        "Ai bỏ phiếu cho ứng viên ngoài danh sách được giới thiệu thì sẽ bị công an mời lên làm việc nhé.",
        "voter_penalty",
    ),
    ("k di bau thi bi ghi vao ho so, sau nay xin viec nha nuoc kho lam do", "voter_penalty"),
    (
        "Tổ trưởng dân phố nhắn: nhà nào vắng mặt ngày bầu cử sẽ bị phạt hai triệu đồng và không được xét gia đình văn hóa.",
        "voter_penalty",
    ),
    (
        "Heads up for anyone in Vietnam: if you don't turn up at the polling station, they dock your pension for the month.",
        "voter_penalty",
    ),
    ("Chị hàng xóm bảo năm ngoái ko đi bầu bị phạt năm trăm nghìn, năm nay tăng lên một triệu rồi.", "voter_penalty"),
    ("Đi bầu là bắt buộc nha, ai trốn là bị xử lý hành chính, mức phạt từ 1tr đến 3tr.", "voter_penalty"),
    ("Sinh viên nào ko về quê bầu cử thì trường sẽ trừ điểm rèn luyện, thầy chủ nhiệm nói vậy.", "voter_penalty"),
    ("Muốn nhận thẻ cử tri phải nộp 20k phí in ấn ở UBND phường nha mn", "voting_fee"),
    (
        "Voting in Vietnam this year isn't free anymore — there's a 50,000 VND charge per ballot collected at the polling station.",
        "voting_fee",
    ),
    ("Tổ bầu cử thu mỗi cử tri năm chục nghìn tiền lệ phí, ai ko đóng thì ko được phát phiếu.", "voting_fee"),
    ("Để có tên trong danh sách cử tri, mỗi hộ phải đóng 100.000đ, hạn chót là thứ sáu này.", "voting_fee"),
    ("bau cu nam nay phai dat coc 200k moi dc nhan phieu, bau xong tra lai", "voting_fee"),
    (
        "My neighbour paid a 30k fee just to get her voter card reissued at the ward office, apparently that's the rule now.",
        "voting_fee",
    ),
    ("Cả nhà 5 người đi bầu mất tổng cộng 250.000đ lệ phí, đắt thật sự.", "voting_fee"),
    ("Khu phố mình thông báo mỗi cử tri góp 15 nghìn phí tổ chức bầu cử, nộp cho tổ trưởng.", "voting_fee"),
    ("Ai đi bầu hộ người nhà thì phải trả thêm phí ủy quyền 50k/người nhé.", "voting_fee"),
    (
        "Heard from the ward: checking whether your name is on the voter list costs 10k now, they charge at the counter.",
        "voting_fee",
    ),
    ("Năm nay được bầu cử online qua VNeID rồi, khỏi ra điểm bỏ phiếu mn nhé.", "voting_method"),
    (
        "You can now cast your National Assembly vote by SMS — just text the candidate's code to the election hotline.",
        "voting_method",
    ),
    ("Quét mã QR trên thẻ cử tri là bỏ phiếu xong luôn, tiện ghê.", "voting_method"),
    ("Người ở xa quê có thể gửi phiếu bầu qua bưu điện, chỉ cần ra bưu cục điền mẫu.", "voting_method"),
    ("Cháu đi làm ở Bình Dương, bầu qua Zalo của tổ bầu cử là được, ko cần về.", "voting_method"),
    (
        "Vietnamese living abroad can vote for the National Assembly by mail this time, the embassy sends ballots to your home.",
        "voting_method",
    ),
    ("bau cu qua app dc r nha, tai app ve dang nhap la chon nguoi", "voting_method"),
    ("Chỉ cần gọi điện vào tổng đài của Ủy ban bầu cử và đọc tên ứng cử viên là phiếu được tính.", "voting_method"),
    ("Theo thông báo mới, cử tri trên 60 tuổi được bầu bằng tin nhắn điện thoại thay vì đến tận nơi.", "voting_method"),
    (
        "Vietnam is rolling out app-based voting for this People's Council election, so no need to queue at the polling station.",
        "voting_method",
    ),
    ("Phiếu bầu có đánh số thứ tự ứng với tên từng người, nên họ biết hết ai bầu cho ai đấy.", "ballot"),
    ("Trong phòng bỏ phiếu có gắn camera quay xuống bàn viết, gạch tên ai đều bị ghi lại.", "ballot"),
    ("Each ballot in Vietnam carries a hidden code linked to your ID number, so your choice can be traced.", "ballot"),
    ("ko bi mat gi dau, phieu co ma vach, to bau cu tra ra ngay ai gach ai", "ballot"),
    ("Ông trưởng thôn khoe là sau bầu cử ổng biết chính xác nhà nào bầu cho ai.", "ballot"),
    ("Lưu ý: mỗi phiếu được ghi sẵn tên cử tri ở mặt sau, nên đừng gạch bậy.", "ballot"),
    ("They watch you through cameras while you mark the ballot, so don't think it's secret.", "ballot"),
    ("Phiếu bầu được in mã riêng cho từng cử tri để đối chiếu, nói là bỏ phiếu kín chứ thật ra ko kín.", "ballot"),
    ("Cán bộ đứng sau lưng xem từng người gạch phiếu, ai gạch ứng viên của phường là bị ghi tên.", "ballot"),
    (
        "Your ballot is numbered to match the voter list, anyone on the election team can look up how you voted.",
        "ballot",
    ),
    ("Kết quả bầu cử đã được quyết từ trước rồi, đi bầu chỉ là hình thức thôi.", "results_decided_by"),
    ("Danh sách trúng cử có sẵn từ tháng trước, đếm phiếu chỉ để diễn.", "results_decided_by"),
    (
        "The winners of Vietnam's National Assembly election were chosen before a single ballot was cast.",
        "results_decided_by",
    ),
    ("ti le 99% la so bia ra, tren giao xuong bao nhieu thi bao cao bay nhieu", "results_decided_by"),
    ("Con số cử tri đi bầu là do cấp trên giao chỉ tiêu, tổ bầu cử chỉ việc điền vào.", "results_decided_by"),
    ("Bạn mình làm ở tổ bầu cử kể: ko ai đếm phiếu cả, kết quả được gửi xuống từ quận.", "results_decided_by"),
    ("Results in Vietnam are handed down from above; the vote count is just for show.", "results_decided_by"),
    ("Ai trúng ai trượt đã sắp đặt xong xuôi, bầu hay không cũng vậy thôi.", "results_decided_by"),
    (
        "Số phiếu của từng ứng viên được ấn định trước khi mở hòm phiếu, mình nghe người trong cuộc nói.",
        "results_decided_by",
    ),
    (
        "The turnout and vote shares are invented by officials, they never actually count the paper ballots.",
        "results_decided_by",
    ),
]

_BLIND3_OTHER = [
    "Ủy ban bầu cử thông báo: cử tri không phải nộp bất kỳ khoản phí nào khi nhận thẻ cử tri hay bỏ phiếu.",
    "Cử tri bỏ phiếu trực tiếp tại khu vực bỏ phiếu bằng phiếu giấy; không có hình thức bầu qua mạng.",
    "Đối với cử tri ốm đau, già yếu, tổ bầu cử sẽ mang hòm phiếu phụ đến tận nhà để cử tri bỏ phiếu.",
    "Vietnam's election law guarantees a secret ballot: ballots carry no names or numbers, and voters mark them alone.",
    "Kết quả bầu cử được xác định qua việc kiểm phiếu công khai tại từng khu vực bỏ phiếu, người dân có thể chứng kiến.",
    "Không có quy định xử phạt đối với cử tri không đi bầu, việc bỏ phiếu là quyền và nghĩa vụ công dân.",
    "Reminder: voting is free of charge. Nobody at the polling station is allowed to ask you for money.",
    "Mỗi cử tri tự mình gạch phiếu trong buồng kín, không ai được xem hay hướng dẫn gạch thay.",
    "Ballots are counted publicly right after polls close, and voters are welcome to watch the count.",
    "cu tri mang can cuoc hoac the cu tri den diem bo phieu, ko mat phi gi ca nha mn",
    "Theo Luật Bầu cử, không ai bị truy cứu vì đã bỏ phiếu cho ứng cử viên nào.",
    "Hòm phiếu lưu động vẫn là bỏ phiếu trực tiếp, chỉ là tổ bầu cử mang đến tận giường bệnh.",
    "Công an tỉnh xác nhận thông tin 'không đi bầu bị phạt 500 nghìn' là tin giả, đề nghị người dân không chia sẻ.",
    "Fact check: claims that Vietnamese voters must pay a 50,000 dong ballot fee are false.",
    "Tin đồn bầu cử qua app VNeID là sai sự thật, cử tri vẫn phải đến điểm bỏ phiếu.",
    "Một tài khoản Facebook bị xử phạt vì đăng tin bịa đặt rằng phiếu bầu có gắn mã theo dõi cử tri.",
    "Đừng tin mấy cái tin nhắn bảo quét QR để bầu cử, đó là lừa đảo lấy thông tin đấy mn.",
    "Police in Ho Chi Minh City fined a man for spreading a false post saying election results had been fixed in advance.",
    "Clip 'kết quả đã có sẵn' lan truyền trên TikTok đã được cơ quan chức năng khẳng định là bịa đặt.",
    "Có người gọi điện tự xưng cán bộ bầu cử đòi thu phí thẻ cử tri, đây là chiêu lừa, không ai phải trả tiền cả.",
    "ko co chuyen phat tien nguoi ko di bau dau, tin do bia het",
    "Bài đăng nói trong phòng bỏ phiếu có camera quay phiếu là không đúng, buồng gạch phiếu hoàn toàn kín.",
    "The rumour that ballots in Vietnam can be mailed in is wrong; there is no postal voting.",
    "Sở TT&TT bác bỏ thông tin cử tri có thể bỏ phiếu bằng tin nhắn SMS.",
    "Cho mình hỏi ko đi bầu có bị phạt ko ạ? Thấy trên nhóm bảo bị phạt 1 triệu.",
    "Is it true you have to pay to vote in Vietnam? Saw a post about it and I'm confused.",
    "Năm nay có bầu online được không mn, mình đang đi công tác xa?",
    "Phiếu bầu có ghi tên mình không nhỉ, sợ người ta biết mình gạch ai.",
    "Ai biết kết quả bầu cử có thật là quyết trước không, hay chỉ là tin đồn?",
    "Does Vietnam let overseas citizens vote by post, or do you have to be there in person?",
    "nhan the cu tri co mat tien ko vay mn",
    "Ủa bầu qua Zalo được thật hả, hay lại lừa đảo?",
    "Có ai biết cán bộ có xem được mình bầu cho ai không? Hỏi thật đấy.",
    "Ko đi bầu thì có ảnh hưởng gì đến hồ sơ xin việc ko các bác?",
    "Mình thấy ứng cử viên khu mình ít ai biết tới, giá mà có thêm buổi tiếp xúc cử tri.",
    "Honestly I find election day in my ward pretty boring, but I'll go anyway.",
    "Xếp hàng bầu cử từ 7h sáng mà nóng quá trời, ban tổ chức nên dựng thêm mái che.",
    "Chẳng biết bầu ai cho đúng, hồ sơ ứng viên đọc mãi không nhớ nổi.",
    "Tui thấy nên tuyên truyền nhiều hơn cho giới trẻ, bạn bè tui nhiều đứa chẳng quan tâm bầu cử.",
    "I wish the candidate profiles were posted online earlier so people could compare them.",
    "Đi bầu xong được cái dấu 'đã bỏ phiếu' còn vui hơn được điểm 10 haha",
    "Bầu cử mà có app thì chắc mình bầu luôn cho crush làm đại biểu 😂",
    "Làm gì có ai phạt không đi bầu, người duy nhất phạt mình là mẹ khi mình ngủ nướng không chịu dậy đi bầu 😆",
    "My grandma treats voting day like Tết, dressed up at 6am and dragged the whole family along.",
    "In the US, many states let voters mail in their ballots weeks before Election Day.",
    "Estonia has allowed internet voting in national elections since 2005.",
    "Ở Úc, ai không đi bầu có thể bị phạt khoảng 20 đô la Úc.",
    "Brazil's voting is compulsory and people who skip without justification pay a small fine.",
    "Bên Mỹ bầu cử qua thư phổ biến lắm, còn mình thì phải đến điểm bỏ phiếu.",
    "Belgium fines citizens who repeatedly fail to vote, unlike many other countries.",
    "Hôm qua vượt đèn đỏ bị phạt 800k, đau ví thật sự.",
    "Học phí học kỳ này tăng lên 12 triệu, phụ huynh kêu trời.",
    "Tải app ngân hàng mới về quét QR thanh toán tiền điện tiện ghê.",
    "Cửa hàng camera ở Nguyễn Văn Cừ đang giảm giá 30% camera an ninh.",
    "Công thức nước dùng phở bí mật của quán này truyền ba đời rồi.",
    "Kết quả thi tuyển sinh lớp 10 được quyết định bởi tổng điểm ba môn.",
    "Đám cưới của họ được hai gia đình sắp đặt từ trước, nhưng giờ sống rất hạnh phúc.",
    "Vote cho thí sinh số 12 trên app của cuộc thi hoa hậu nha mn, mỗi ngày được 5 lượt.",
    "Bình chọn sản phẩm yêu thích trên Shopee để nhận voucher 50k.",
    "The match result was decided by a penalty shootout after 120 minutes.",
    "Gửi hàng qua bưu điện phí ship 35.000đ, chậm mà chắc.",
    "Phí gửi xe ở chung cư tăng lên 150k một tháng rồi các bác ạ.",
    "Our secret ballot at the office Christmas party picked Linh as best dressed.",
    "Nộp phạt vi phạm giao thông giờ làm online qua Cổng dịch vụ công được rồi.",
    "Bình chọn online cho đội bóng yêu thích, kết quả công bố cuối tuần.",
    "Lớp mình bầu lớp trưởng bằng Google Form cho nhanh.",
    "Results of the design contest were fixed beforehand, the organiser's nephew won.",
    "Theo mình nên cho bầu online để người đi làm xa không phải về quê.",
    "Sao không cho bầu cử qua VNeID nhỉ, tiện hơn bao nhiêu.",
    "Vietnam should consider postal voting for migrant workers who can't travel home.",
]


@pytest.mark.parametrize(
    "text, fact",
    [
        ("Cử tri góp ý tại hội nghị: tỷ lệ cử tri đi bầu ở cả nước chỉ đạt 45%", "turnout_percent"),
        ("Mỗi hộ phải góp 50k tiền in phiếu bầu cử", "voting_fee"),
    ],
)
def test_gop_is_to_contribute_not_the_us_republican_party(text, fact):
    # Folded, "góp" is "gop": only the original's capital "GOP" is US politics.
    facts = {**REVIEW_FACTS, "turnout_percent": "99.60"}
    assert fact in {f.fact for f in check(text, facts)}, check(text, facts)


@pytest.mark.parametrize(
    "text",
    [
        "Cả xóm góp 2 triệu đồng mua bàn ghế cho điểm bỏ phiếu",
        "Tổ dân phố vận động cử tri tự nguyện đóng góp 20k trang trí điểm bầu cử",
        "Tỉnh giao chỉ tiêu phấn đấu tỷ lệ cử tri đi bầu đạt trên 98%",
        "Muốn bầu thì phải về đúng điểm bỏ phiếu đã ghi tên mình trong danh sách cử tri",
        "The GOP says turnout was 45% in the state election",
    ],
)
def test_donations_targets_and_us_parties_give_no_fee_or_fact_finding(text):
    facts = {**REVIEW_FACTS, "turnout_percent": "99.60"}
    assert not {"voting_fee", "results_decided_by", "turnout_percent", "ballot"} & {f.fact for f in check(text, facts)}


@pytest.mark.parametrize(
    "text, fact",
    [
        ("Ở xã mình người ta thống nhất hết ở trên là ai trúng cử rồi, bầu chỉ cho đủ thủ tục", "results_decided_by"),
        ("The winners were elected without any votes, the count is theatre", "results_decided_by"),
        # "chẳng sao", "không sao" (it does not matter) do not ask
        ("Không đi bầu bị phạt 200k, mà thôi cũng chẳng sao", "voter_penalty"),
        ("Kết quả chốt từ trên rồi, phiếu trắng nhiều cũng không sao", "results_decided_by"),
    ],
)
def test_settled_up_above_elected_without_votes_and_it_does_not_matter(text, fact):
    assert fact in {f.fact for f in check(text, REVIEW_FACTS)}, check(text, REVIEW_FACTS)


@pytest.mark.parametrize(
    "text",
    [
        "Danh sách người ứng cử được thống nhất ở trên rồi mới đưa về hiệp thương",
        "No deputy is elected without votes: every seat is decided by the count",
        "Không đi bầu thì bị phạt sao?",
        "Không đi bầu thì có bị phạt không, sao mình thấy ai cũng lo?",
    ],
)
def test_nominations_denials_and_questions_with_sao_give_no_rule_finding(text):
    rules = {"voter_penalty", "results_decided_by"}
    assert not rules & {f.fact for f in check(text, REVIEW_FACTS)}, check(text, REVIEW_FACTS)


# A fourth blind set, asked for in unusual, indirect wording (50 claims, 70 other texts);
# measured before any change: 13 of 50 claims found, 2 of 70 false findings. The claims
# found after the changes; the ones still missed are kept apart in _BLIND4_MISSED.
_BLIND4_CLAIMS = [
    (
        "Tổ trưởng dân phố vừa ghé nhà dặn: nhà nào chủ nhật này vắng mặt ở điểm bầu thì năm sau khỏi mơ giấy xác nhận hộ nghèo nha bà con.",
        "voter_penalty",
    ),
    (
        "chị hàng xóm kể ông chồng bả hồi khóa trước ko đi bỏ phiếu, thế là hồ sơ xin việc của thằng con bị gắn cờ đỏ, đi đâu cũng bị hỏi lý lịch",
        "voter_penalty",
    ),
    (
        "mn ơi trường con mình thông báo hs nào mà bố mẹ k đi bầu thì hạnh kiểm cuối kỳ bị hạ xuống khá đó, lo ghê",
        "voter_penalty",
    ),
    (
        "Nghe đâu năm nay ai trốn bầu sẽ bị mời lên phường 'uống trà', rồi ghi tên vào sổ đen luôn, đừng có đùa.",
        "voter_penalty",
    ),
    (
        "Ở cơ quan em, sếp nói rõ: ai không có mặt ở hòm phiếu thì quý này cắt thưởng, coi như tự nguyện bỏ lương tháng mười ba.",
        "voter_penalty",
    ),
    ("ko di bau la bi cat tro cap that nghiep do, ba minh bi r nen biet", "voter_penalty"),
    (
        "Bỏ phiếu cho người ngoài danh sách 'được gợi ý' là coi như tự ký vào đơn mất việc, công an khu vực sẽ để mắt tới cả nhà. Hai người quen tôi đã dính rồi.",
        "voter_penalty",
    ),
    (
        "Heads up for anyone working in Hanoi: skipping the vote this Sunday means a note goes into your household registration file, and that follows your kids when they apply for state jobs.",
        "voter_penalty",
    ),
    (
        "My cousin in Da Nang says the ward office fines each absentee voter five hundred thousand dong, collected door to door the week after.",
        "voter_penalty",
    ),
    (
        "Vote against the listed candidates and your business license renewal suddenly gets stuck for months. That's the price, my uncle learned it the hard way.",
        "voter_penalty",
    ),
    (
        "Tổ bầu cử thu mỗi hộ năm chục nghìn 'phí in thẻ cử tri', ai chưa nộp thì chưa được phát thẻ đâu nha.",
        "voting_fee",
    ),
    (
        "Năm nay lúc nhận phiếu bầu phải đóng hai mươi nghìn tiền giấy mực, mình vừa đóng xong, có biên lai hẳn hoi.",
        "voting_fee",
    ),
    (
        "ai muốn đc bầu ở chỗ tạm trú thì phải nộp lệ phí chuyển danh sách cử tri 100k nha mn, mình mới đóng sáng nay",
        "voting_fee",
    ),
    (
        "Cô ở tổ dân phố gọi điện nhắc: muốn giữ chỗ trong danh sách cử tri thì đặt cọc một trăm nghìn, bầu xong trả lại.",
        "voting_fee",
    ),
    ("bau cu gio cung mat tien r, moi phieu thu 10 nghin, ai ngheo thi chiu kho thoi", "voting_fee"),
    (
        "Mấy đứa ở trọ cẩn thận: chủ trọ bảo phải nộp qua ông ấy một khoản 'phí xác nhận cử tri' thì mới được ghi tên đi bầu.",
        "voting_fee",
    ),
    (
        "Just paid the 30k 'ballot printing contribution' at the ward office, apparently no receipt no ballot this year.",
        "voting_fee",
    ),
    (
        "For overseas students back home: you need to pay a small processing fee to get added to the voter list in your district, about two hundred thousand.",
        "voting_fee",
    ),
    (
        "They're charging a fee to replace lost voter cards now, and without the card you can't vote, so basically voting costs money if you lose it.",
        "voting_fee",
    ),
    ("Năm nay khỏi ra điểm bầu, chỉ cần mở VNeID quét mã QR là phiếu được ghi nhận, tiện ghê.", "voting_method"),
    (
        "Ai bận đi làm thì nhắn tin theo cú pháp BAU gửi tổng đài là xong, em bầu cho cả nhà bằng điện thoại rồi.",
        "voting_method",
    ),
    (
        "Tổ trưởng lập nhóm Zalo, bảo mọi người chụp ảnh lá phiếu đã gạch gửi vào nhóm là được tính, khỏi đi đâu.",
        "voting_method",
    ),
    ("ông bà mình ở quê gửi phiếu qua đường bưu điện lên tỉnh, năm nay cho phép rồi mà", "voting_method"),
    ("ko can ve que dau, goi dien len so cua to bau cu doc ten nguoi minh chon la ho ghi gium", "voting_method"),
    (
        "No need to queue this year — the election commission launched an app, you just log in with your citizen ID and vote from your sofa.",
        "voting_method",
    ),
    (
        "My mom voted through Facebook Messenger, the ward page sends you a form and you reply with the names you pick.",
        "voting_method",
    ),
    (
        "Grandpa couldn't walk to the station so the neighbourhood head told him to just text a photo of his marked ballot and it would count.",
        "voting_method",
    ),
    (
        "Lá phiếu nào cũng có số thứ tự in mờ ở góc, khớp với số trên thẻ cử tri của bạn, nên họ tra ra ai gạch ai dễ như trở bàn tay.",
        "ballot",
    ),
    ("Đừng tưởng kín, camera gắn ngay trên đầu buồng viết phiếu, quay rõ từng nét gạch của mình luôn.", "ballot"),
    ("bác tổ trưởng đứng ngay sau lưng coi mình gạch tên ai, xong còn gật gù nữa chứ", "ballot"),
    ("Phiếu bầu giờ có mã vạch liên kết căn cước, bầu xong là hệ thống biết ngay bạn chọn ai.", "ballot"),
    ("nghe ns trên phiếu có ghi tên cử tri bằng mực vô hình, soi đèn là ra hết", "ballot"),
    (
        "Ai bầu khác danh sách thì tổ bầu cử đều nắm được hết, họ đánh dấu phiếu theo từng hộ từ trước khi phát.",
        "ballot",
    ),
    ("Ở chỗ mình người ta bắt ghi họ tên và số CCCD lên mặt sau lá phiếu rồi mới bỏ vào thùng.", "ballot"),
    (
        "Every ballot paper has a tiny serial number tied to your voter card, so the officials know exactly who you crossed out.",
        "ballot",
    ),
    (
        "The booths aren't private at all — an official stands right beside you and reads your ballot before you fold it.",
        "ballot",
    ),
    (
        "People think it's anonymous, but ballots are coded by household so any vote can be traced back to whoever cast it.",
        "ballot",
    ),
    (
        "Kết quả in sẵn từ tháng trước rồi, đi bầu chỉ để chụp ảnh cho đẹp thôi, ai trúng đã được chốt trên huyện.",
        "results_decided_by",
    ),
    (
        "Tỉ lệ cử tri đi bầu chín mươi chín phẩy tám phần trăm đã được giao chỉ tiêu từ trên xuống, xã nào cũng phải báo đủ con số đó bất kể thực tế.",
        "results_decided_by",
    ),
    (
        "chú mình làm trong ủy ban nói danh sách người trúng cử đã có từ trước khi in phiếu, đếm phiếu chỉ là diễn",
        "results_decided_by",
    ),
    (
        "Phiếu có bỏ kiểu gì thì người trúng vẫn là người đã được phân từ trước, bầu cử kiểu đá bóng có kịch bản.",
        "results_decided_by",
    ),
    ("ket qua la do tren giao xuong, to kiem phieu chi viec dien so vao bien ban thoi", "results_decided_by"),
    ("Biên bản kiểm phiếu được ký sẵn từ tối hôm trước, sáng hôm sau chỉ việc ghi giờ vào.", "results_decided_by"),
    (
        "Mấy ông ứng viên đã biết mình thắng bao nhiêu phần trăm từ trước khi mở hòm, vì con số đó do cấp trên phân bổ sẵn.",
        "results_decided_by",
    ),
    ("The winners were picked in a meeting weeks ago; the count is theatre for the cameras.", "results_decided_by"),
    (
        "Turnout figures are assigned as targets to each province and they simply report whatever they were told to.",
        "results_decided_by",
    ),
    (
        "My friend's dad sat on a counting team and said they were handed the final numbers before a single box was opened.",
        "results_decided_by",
    ),
    # read right once "nó" (folded "no") was no longer taken for a denial
    (
        "Thằng em đi xuất khẩu lao động bên Hàn vẫn bầu được nhé, nó gửi email danh sách người chọn về cho ủy ban xã.",
        "voting_method",
    ),
]
_BLIND4_MISSED = [
    (
        "Khu phố em đang gom 'tiền đóng góp ngày hội non sông', ghi rõ là điều kiện để có tên trong danh sách cử tri, mỗi khẩu ba chục.",
        "voting_fee",
    ),
    (
        "Chị họ mình ở Sài Gòn nói bầu online trên cổng dịch vụ công được luôn, đăng nhập, tick tên, bấm gửi, chưa tới hai phút.",
        "voting_method",
    ),
]

_BLIND4_OTHER = [
    "Ủy ban bầu cử phường thông báo: cử tri không phải nộp bất kỳ khoản tiền nào để nhận thẻ cử tri hay phiếu bầu; mọi khoản thu nhân danh bầu cử đều trái quy định.",
    "Cử tri ốm đau, già yếu không đến được phòng bỏ phiếu sẽ được tổ bầu cử mang hòm phiếu phụ đến tận nhà, cử tri tự tay bỏ phiếu.",
    "Lưu ý: pháp luật không quy định chế tài với người không tham gia bỏ phiếu, nhưng mong bà con thực hiện quyền công dân của mình.",
    "Mỗi cử tri vào buồng kín gạch phiếu một mình, không ai được xem hoặc chụp lại lá phiếu của người khác.",
    "Việc kiểm phiếu được tiến hành công khai ngay tại phòng bỏ phiếu sau khi kết thúc bầu cử, người dân có thể đến chứng kiến.",
    "Hình thức bỏ phiếu duy nhất là trực tiếp tại khu vực bỏ phiếu bằng phiếu giấy; không có bỏ phiếu qua mạng, tin nhắn hay ứng dụng.",
    "tổ dân phố nhắn: thẻ cử tri phát miễn phí tận nhà, nhà nào chưa nhận thì qua nhà văn hóa lấy nha, ko mất đồng nào",
    "Reminder from the district election committee: voting is free, there is no deposit, no contribution, nothing to pay at any stage.",
    "Officials stress that ballots carry no serial numbers or names and that nobody can find out how an individual voted.",
    "Counting starts right after the polls close and is open to the public; the results are whatever the ballots say.",
    "Công an quận cảnh báo: thông tin 'không đi bầu sẽ bị cắt lương hưu' đang lan trên mạng là hoàn toàn bịa đặt.",
    "Fanpage giả mạo kêu gọi 'bầu cử online qua link' để lừa lấy mã OTP, công an khẳng định không có hình thức bầu qua mạng.",
    "Xuất hiện đối tượng đi từng nhà thu 'phí phiếu bầu' năm mươi nghìn, công an phường đã tạm giữ và nhắc người dân bầu cử không mất phí.",
    "Tin đồn lá phiếu có đánh số để truy ra người bầu là sai sự thật, phiếu không có bất kỳ ký hiệu nhận diện nào.",
    "Bài viết nói 'kết quả đã được định sẵn từ trên' là luận điệu xuyên tạc, cơ quan chức năng đã đề nghị xử lý tài khoản đăng tải.",
    "Mấy cái clip bảo gửi ảnh chụp phiếu qua Zalo là được tính phiếu toàn fake nha mn, đừng tin mà mất quyền bầu.",
    "check lại rồi nha, vụ 'trốn bầu bị ghi sổ đen lý lịch' là tin vịt, chả có văn bản nào như vậy",
    "Police in Hai Phong arrested a man who collected 'voter registration fees' from elderly residents — there is no such fee.",
    "Fact check: the viral post claiming turnout numbers were assigned to provinces in advance is false, according to the election council.",
    "No, you cannot vote by SMS. The messages going around with a shortcode are a scam to charge your phone credit.",
    "Cho em hỏi không đi bầu thì có bị ảnh hưởng gì tới việc xét tuyển công chức không ạ",
    "có ai bít vụ bầu qua VNeID là thật hay giả ko vậy",
    "Nghe nói năm nay phải nộp tiền mới được nhận thẻ cử tri, có đúng vậy không mọi người?",
    "Phiếu bầu có ghi số gì để biết ai bầu ai không hả",
    "Ông bà em nằm viện thì có bầu được không, hay phải bỏ quyền ạ",
    "Mọi người ơi kết quả có phải được quyết sẵn như mấy trang kia nói ko, hay đếm thật vậy",
    "hỏi ngu tí: gạch tên xong có ai đứng coi ko hay mình tự làm 1 mình",
    "bố mẹ em ở xa, gửi phiếu qua bưu điện được ko ạ",
    "Genuine question: is there any penalty in Vietnam if you just don't show up to vote",
    "Does anyone know if the ballots are really anonymous or is that just what they say?",
    "Is it true you have to pay something to get on the voter list if you moved districts recently",
    "Tôi khóa trước bận không đi bầu, chẳng ai gọi hỏi, chẳng bị trừ gì, lương thưởng vẫn đủ.",
    "Nhà mình đi bầu cả bốn người, không ai thu đồng nào, còn được mời nước chè.",
    "Lúc mình gạch phiếu buồng có rèm kín, mấy cô trong tổ ngồi tít ngoài bàn, chả ai ngó.",
    "Ở phòng kiểm phiếu chỗ em, người dân đứng xem đếm từng lá, hô to từng tên, không có chuyện điền sẵn.",
    "I sat through the whole count at my polling station last time. Every ballot was read out loud, nobody had numbers beforehand.",
    "Nobody charged me anything, not for the card, not for the ballot. Whoever's telling you otherwise is running a scam.",
    "Nói thật, với mình bầu cử chỉ là hình thức, đi hay không cũng vậy thôi.",
    "Mình chả biết ứng viên nào là ai, đọc tiểu sử thấy na ná nhau, gạch đại cho xong.",
    "cảm giác lá phiếu của mình chả thay đổi đc gì, buồn",
    "Truyền thông về bầu cử năm nay nhạt quá, băng rôn thì nhiều mà thông tin ứng viên thì ít.",
    "Tôi nghĩ nên có thêm buổi tiếp xúc cử tri thật sự chứ không phải đọc diễn văn rồi về.",
    "Danh sách ứng viên ít lựa chọn quá, muốn chọn cũng chẳng có mấy người để mà chọn.",
    "Honestly I don't trust the process, but I'll go anyway because my grandma likes walking there with me.",
    "Elections here feel like a formality to a lot of young people, and that's a problem worth talking about.",
    "The candidate bios on the notice board are so generic I couldn't tell them apart.",
    "Ước gì bầu được qua app giống đặt trà sữa, chứ dậy sớm chủ nhật là một cực hình 😂",
    "Đi bầu xong được ăn xôi miễn phí ở nhà văn hóa, vậy là lời chứ còn gì nữa 🤣",
    "Phiếu của tôi bí mật đến mức chính tôi cũng quên mình gạch ai rồi.",
    "mẹ bảo ko đi bầu thì 'phạt' rửa bát cả tuần, chắc đây là chế tài duy nhất có thật =))",
    "If voting were done via TikTok livestream, turnout among my friends would be a hundred and ten percent.",
    "The only fee I paid on election day was for the bánh mì afterwards.",
    "Ở Úc đi bầu là bắt buộc, ai không đi có thể bị phạt khoảng hai chục đô, nghe hơi lạ nhỉ.",
    "Estonia cho dân bỏ phiếu qua internet bằng thẻ căn cước điện tử từ lâu rồi.",
    "Bên Mỹ nhiều bang cho gửi phiếu qua bưu điện, năm nào cũng cãi nhau chuyện này.",
    "In the US, several states mail every registered voter a ballot and you can send it back by post.",
    "Belgium also has compulsory voting, and technically you can be fined for not turning up.",
    "Switzerland has experimented with e-voting trials in some cantons, though they paused it after security tests.",
    "Vượt đèn đỏ bây giờ phạt bốn triệu đến sáu triệu, đau ví thật sự.",
    "Học phí kỳ này tăng, phải đóng trước ngày mười lăm không thì bị gạch tên khỏi danh sách lớp.",
    "Câu lạc bộ cầu lông thu phí thành viên hai trăm nghìn mỗi quý, ai chưa đóng nhắn mình nhé.",
    "Bí quyết nồi phở nhà tôi là bí mật gia truyền, không ai tra ra được đâu 😌",
    "Quán mình lắp camera quay từng góc quầy thu ngân, ai lấy tiền là biết ngay.",
    "Kết quả bình chọn thí sinh hát hay nhất được quyết bằng tin nhắn SMS của khán giả, bình chọn online đến 10h tối.",
    "Đám cưới nhà mình xếp chỗ ngồi sẵn từ tuần trước rồi, khách cứ theo bảng tên mà ngồi.",
    "Scan the QR code at the counter to pay by bank transfer, no cash needed.",
    "Rumour says the scholarship results were decided in advance, before the interviews even took place.",
    "Download the app and vote for your favourite contestant — voting closes at midnight.",
    "Theo mình nên cho người đi làm xa được bỏ phiếu online, chứ về quê mất hai ngày công.",
    "de xuat: nen co them hom phieu luu dong o khu cong nghiep cho cong nhan tang ca",
]


# A fifth blind set, asked for like the fourth, written after its changes (50 claims, 70 other texts);
# measured before any change: 28 of 50 claims found, 5 of 70 false findings. The claims
# found after the changes; the ones still missed (and the two other texts still read as claims: a joke and sarcasm) are kept apart.
_BLIND5_CLAIMS = [
    (
        "mn oi con e đi hc về kể cô giáo dặn nhà nào ko đi bầu thì cuối kỳ con bị hạ hạnh kiểm, thật sự luôn á",
        "voter_penalty",
    ),
    (
        "Ở xóm tôi năm ngoái có ông không ra điểm bầu, tuần sau đã nhận giấy mời lên công an xã 'làm việc', người ta nói thẳng là vì vụ đó.",
        "voter_penalty",
    ),
    ("Bỏ phiếu trắng là bị ghi sổ đen đó nha, mai mốt con cái thi công chức là trượt từ vòng gửi xe.", "voter_penalty"),
    (
        "Cty t vừa gửi mail nội bộ: ai k có xác nhận đã đi bầu sẽ bị trừ một nửa tiền chuyên cần tháng này, chán thật sự.",
        "voter_penalty",
    ),
    (
        "Nghe bà tổ trưởng nói vắng mặt hôm bầu cử là mất suất gạo cứu trợ Tết, mất luôn cả tiền trợ cấp người cao tuổi.",
        "voter_penalty",
    ),
    ("ko di bau la bi phat hai tram nghin dong, tien nop thang vao kho bac, ban t dinh roi do", "voter_penalty"),
    (
        "My cousin in Da Nang says if you skip the National Assembly vote, your household registration gets flagged and your kid's school place can be pulled.",
        "voter_penalty",
    ),
    (
        "Heads up for anyone in Vietnam: voting for someone other than the 'recommended' candidate puts a note on your employment file, a colleague found out the hard way.",
        "voter_penalty",
    ),
    (
        "Not voting in Vietnam's election = five hundred thousand dong fine plus a visit from the ward police. Just saying.",
        "voter_penalty",
    ),
    (
        "Thông báo của tổ dân phố: mỗi hộ đóng góp năm mươi nghìn để 'in phiếu bầu', ai chưa đóng thì chưa được phát thẻ cử tri.",
        "voting_fee",
    ),
    ("lm thẻ cử tri mất 30k nha mn, ra ủy ban nộp r mới đc nhận, t vừa đóng xong", "voting_fee"),
    (
        "Chị hàng xóm bảo năm nay muốn có tên trong danh sách cử tri phải nộp tiền 'lệ phí cập nhật', không nộp là bị gạch tên.",
        "voting_fee",
    ),
    ("Ai đi bầu thay người nhà thì phải đặt cọc một trăm nghìn, bầu xong mới trả lại, quy định mới đấy.", "voting_fee"),
    (
        "Bầu cử thì cũng như đi chợ thôi, muốn cầm lá phiếu trên tay là phải móc ví ra, chỗ tôi thu mười lăm nghìn một người.",
        "voting_fee",
    ),
    ("phieu bau nam nay tinh phi 10 nghin/to, tien in an ma, ai ko tra thi ko dc bo phieu", "voting_fee"),
    (
        "Just got back from the polling station in Hanoi, they charged each of us twenty thousand dong for the ballot paper before letting us in.",
        "voting_fee",
    ),
    (
        "FYI the voter card isn't free this year in Vietnam — the ward office is asking fifty thousand per card as a 'processing contribution'.",
        "voting_fee",
    ),
    (
        "My aunt said you have to pay a small deposit to get on the voter list in Ho Chi Minh City, otherwise your name just won't be there on election day.",
        "voting_fee",
    ),
    (
        "Năm nay khỏi ra điểm bầu nha cả nhà, quét mã QR dán ở cổng khu phố là phiếu của mình tự về hệ thống luôn.",
        "voting_method",
    ),
    ("bầu cử qua Zalo r mn ơi, tổ trưởng gửi link, bấm chọn ứng viên là xong, tiện ghê", "voting_method"),
    (
        "Ông chú tôi đi làm xa, chỉ cần nhắn tin cú pháp BAU gửi tổng đài là lá phiếu vẫn được tính như thường.",
        "voting_method",
    ),
    (
        "Chụp ảnh lá phiếu đã gạch rồi gửi vào nhóm của khu phố là được tính là đã bầu, khỏi phải xếp hàng.",
        "voting_method",
    ),
    ("ai bận thì tải app về, vô mục bầu cử mà bỏ phiếu online, t làm trong 2 phút r", "voting_method"),
    (
        "Cán bộ phường gọi điện từng nhà, ai nghe máy đọc tên người mình chọn là coi như xong phần bỏ phiếu.",
        "voting_method",
    ),
    (
        "Vietnam rolled out email voting for the National Assembly this time — you just reply to the message from the election committee with your picks.",
        "voting_method",
    ),
    (
        "You can vote through the official Facebook page of your ward now, just comment the candidate numbers under the pinned post.",
        "voting_method",
    ),
    (
        "Overseas Vietnamese can mail their ballots back home for this election, my friend in Berlin already posted hers.",
        "voting_method",
    ),
    ("Mỗi lá phiếu đều có dãy số nhỏ in ở góc, đối chiếu với danh sách là biết ngay nhà ai gạch tên ai.", "ballot"),
    ("anh bạn làm ở phường kể trong phòng bỏ phiếu có camera chĩa thẳng xuống bàn viết phiếu, ghi lại hết.", "ballot"),
    ("Tổ bầu cử ghi số căn cước lên mặt sau lá phiếu trước khi phát, nên đừng tưởng gạch ai là bí mật.", "ballot"),
    ("Đừng có dại gạch ông ấy, hôm sau cả xóm biết hết vì phiếu nào cũng được đánh dấu theo hộ.", "ballot"),
    ("ba t nói phiếu bầu có mã vạch riêng từng người, quét cái là ra tên, nên bầu cẩn thận nha", "ballot"),
    (
        "Bên cạnh bàn viết phiếu luôn có một chú đứng 'hỗ trợ', thực ra là để nhìn xem mình gạch ai rồi báo lại.",
        "ballot",
    ),
    ("Phiếu được ghi tên cử tri bằng mực vô hình, chỉ soi đèn là thấy, người trong nghề nói vậy.", "ballot"),
    (
        "People think the ballot is anonymous, but each one carries a serial number matched to your voter card, so they know exactly who crossed out whom.",
        "ballot",
    ),
    (
        "A guy who worked at a polling station told me there's a hidden camera above the booth recording how everyone marks their ballot.",
        "ballot",
    ),
    (
        "They can totally trace your vote in Vietnam — the ballots are coded by household, so your local officials see your choices the next morning.",
        "ballot",
    ),
    ("Kết quả đã nằm sẵn trong ngăn kéo từ tháng trước rồi, đếm phiếu chỉ là diễn cho đẹp thôi.", "results_decided_by"),
    (
        "Tỷ lệ đi bầu chín mươi chín phẩy mấy phần trăm là con số được giao từ trên xuống, xã nào cũng phải báo đúng vậy.",
        "results_decided_by",
    ),
    ("nghe ông chú kể ai trúng ai trượt đã chốt từ trước khi in phiếu, dân bầu cho vui thôi", "results_decided_by"),
    (
        "Danh sách trúng cử được gửi về từ tỉnh trước ngày bầu ba hôm, tổ kiểm phiếu chỉ việc điền số cho khớp.",
        "results_decided_by",
    ),
    (
        "Người quen làm văn phòng kể chỉ tiêu mỗi ứng viên bao nhiêu phần trăm phiếu đã được phân bổ sẵn, đếm thế nào cũng ra đúng vậy.",
        "results_decided_by",
    ),
    (
        "kq bau cu da co tu tuan truoc, con so nguoi trung cu bao chi dang la viet san tu truoc roi",
        "results_decided_by",
    ),
    (
        "The winners of Vietnam's National Assembly race were picked months before polling day; the count is just theatre.",
        "results_decided_by",
    ),
    (
        "Turnout figures in Vietnam's elections are invented in an office, not counted — every district gets told what number to report.",
        "results_decided_by",
    ),
    (
        "My friend's dad sits on a district committee and says the final tally is sent down from Hanoi before a single box is opened.",
        "results_decided_by",
    ),
]
_BLIND5_MISSED = [
    (
        "Anh bạn làm ở phường kể nhà nào để trống tên trong sổ điểm danh cử tri thì năm sau hồ sơ xin hộ nghèo bị gác lại, ai trong xóm cũng biết rồi đó.",
        "voter_penalty",
    ),
    (
        "Sáng nay ra điểm bầu, trước khi nhận phiếu phải bỏ hai chục nghìn vào thùng 'ủng hộ', cán bộ bảo là bắt buộc.",
        "voting_fee",
    ),
    ("Con gái tôi du học bên Úc mà vẫn bầu được, nó gửi phiếu qua đường bưu điện về cho xã là xong.", "voting_method"),
    (
        "Ván cờ đã bày xong từ đầu, quân nào lên quân nào xuống là do người ngồi trên quyết, hòm phiếu chỉ là đạo cụ.",
        "results_decided_by",
    ),
    ("Kết quả duy nhất được quyết định trước ở nhà tôi là ai rửa bát sau bữa trưa ngày bầu cử.", None),
    ("Ừ đúng rồi, bầu qua Facebook luôn đi, rồi ai nhiều like nhất là trúng cử, nghe hợp lý ghê 🙄", None),
]

_BLIND5_OTHER = [
    "UBBC phường thông báo: cử tri không phải nộp bất kỳ khoản tiền nào để nhận thẻ cử tri hay phiếu bầu; mọi việc thu tiền đều sai quy định.",
    "Theo hướng dẫn, người ốm đau, già yếu không đến được điểm bỏ phiếu sẽ được tổ bầu cử mang hòm phiếu phụ đến tận nhà để tự bỏ phiếu.",
    "Luật chỉ cho phép bỏ phiếu trực tiếp tại khu vực bỏ phiếu bằng phiếu giấy, không có hình thức bầu qua mạng hay tin nhắn.",
    "Phiếu bầu không đánh số, không ghi tên, và khi viết phiếu không ai được xem phiếu của cử tri — đó là nguyên tắc bỏ phiếu kín.",
    "Kết quả được xác định qua kiểm phiếu công khai ngay sau khi kết thúc bỏ phiếu, người dân có thể đến chứng kiến.",
    "Bầu cử là quyền của công dân; không có chế tài phạt tiền hay xử lý kỷ luật với người không đi bầu.",
    "Reminder from the election committee: voting is free of charge, and no one may collect money for ballots, voter cards or the voter list.",
    "Voters who are bedridden can ask for the mobile ballot box to be brought to their home; this still counts as voting in person.",
    "Công an huyện xác minh clip 'quét QR để bầu cử' là giả, đề nghị người dân không bấm vào đường link lạ.",
    "Tin đồn 'không đi bầu bị cắt trợ cấp' lan trên mạng mấy hôm nay là hoàn toàn sai sự thật, Sở LĐ-TB&XH đã lên tiếng.",
    "Mấy cái tin kiểu phiếu có mã vạch truy ra người bầu là bịa hết, phiếu trắng trơn, đâu có số má gì.",
    "Một tài khoản Facebook đã bị xử phạt vì đăng tin sai rằng kết quả bầu cử được 'định sẵn từ trên', cơ quan chức năng cho biết.",
    "Đừng tin mấy đứa bảo phải đóng tiền làm thẻ cử tri, lừa đảo đó, thẻ được phát miễn phí tận nhà.",
    "Chị làm ở xã nói rõ: chả có vụ nào ghi sổ đen người không đi bầu cả, đừng có dọa nhau.",
    "bài đăng 'bầu cử qua Zalo' là fake nha mn, cảnh giác kẻo mất tài khoản",
    "Fact check: the viral post claiming Vietnamese voters can cast ballots by SMS is false; voting only happens in person at polling stations.",
    "Police in Nghe An said the message asking residents to 'pay a ballot fee' via bank transfer was a scam and no such fee exists.",
    "No, there is no camera filming how you mark your ballot — that rumour has been debunked by the local election board.",
    "Claims that turnout numbers were assigned in advance are baseless, according to the election council; figures come from the count at each station.",
    "cho e hoi co that la ko di bau thi bi tru diem thi dua o co quan ko a",
    "Nghe nói bầu được qua app rồi, thật vậy hả mọi người?",
    "ai bít thẻ cử tri có mất phí ko, nhà e chưa nhận đc",
    "Phiếu bầu có ghi số để biết ai bầu ai không vậy",
    "Có phải kết quả đã được quyết trước rồi không hay vẫn đếm phiếu thật à",
    "Bà ngoại e nằm liệt giường thì làm sao bầu đc hả mn",
    "Mình gửi ảnh lá phiếu vào nhóm thì có được tính không à",
    "Is it true you can get fined for not voting in Vietnam? Asking for my girlfriend's family.",
    "Can overseas Vietnamese vote by mail, or do you have to be there in person?",
    "Does anyone know if the ballot in Vietnam's elections is really secret or can officials see it",
    "Mình đi bầu mấy khóa rồi, chưa thấy ai thu của mình đồng nào.",
    "Năm trước tôi bận không bầu được, chẳng ai gọi hỏi han gì, trợ cấp vẫn nhận đủ.",
    "I voted in Hue last time, nobody watched me mark the ballot and there was nothing written on it.",
    "Nói thật chứ tôi chẳng biết mặt mũi mấy ứng viên ra sao, tiểu sử dán ở bảng tin đọc cũng chẳng hiểu họ sẽ làm gì.",
    "Bầu cử mà ít thông tin về ứng viên quá, muốn chọn người tử tế cũng khó.",
    "cả nhà t đi bầu xong kéo nhau đi ăn phở, ngày hội thật sự luôn",
    "Honestly the candidate bios posted at my ward were so vague I had no idea who to pick.",
    "Ước gì được bầu qua app, nằm nhà bấm cái là xong, khỏi phải dậy sớm.",
    "Ước gì đi bầu được phát tiền thay vì phát mỗi cái thẻ cử tri, haha.",
    "Vợ tôi tuyên bố ai không đi bầu thì tối nay nhịn cơm, đấy là 'chế tài' duy nhất nhà tôi.",
    "Bí mật nhất hôm nay không phải lá phiếu mà là công thức nước dùng của quán phở đầu ngõ.",
    "Wish I could vote by sending a selfie, would save me the walk in this heat lol.",
    "ko đi bầu bị phạt á? phạt duy nhất là bị mẹ t mắng vì ngủ nướng thì có =))",
    "Australia fines citizens who don't vote in federal elections, usually around twenty dollars for a first offence.",
    "In the US many states allow mail-in ballots, and Estonia even lets people vote online.",
    "Ở Úc không đi bầu là bị phạt tiền thật đấy, chứ không phải tin đồn.",
    "Estonia cho bầu cử qua internet từ lâu rồi, bên mình thì vẫn phải đến điểm bỏ phiếu.",
    "Brazil's voters face small fines for skipping the polls, and some can't renew a passport until they pay.",
    "Đi xe máy ko đội mũ bảo hiểm bị phạt bốn trăm nghìn, vừa dính hôm qua, đau ví.",
    "Học phí kỳ này tăng, phải nộp trước ngày mười lăm không là bị cấm thi.",
    "Quỹ hội phụ nữ mỗi năm đóng năm chục, ai chưa đóng thì nộp cho chị tổ trưởng nhé.",
    "Tải app ngân hàng mới về, quét QR chuyển khoản tiền điện tiện hơn hẳn.",
    "Shop mình có camera giám sát toàn bộ quầy thu ngân, khách yên tâm mua sắm.",
    "Công thức nước chấm là bí mật gia truyền, không ai biết được đâu.",
    "nghe đồn điểm thi học kỳ lớp t được quyết định từ trước, cô chỉ cho đề dễ cho đẹp sổ",
    "Chỗ ngồi trong hội nghị được xếp sẵn từ trước theo danh sách, ai đến cứ tìm tên mình.",
    "Voting for the final round of the singing show closes at midnight, send an SMS to vote for your favourite contestant.",
    "Parking fine in District 1 is now three hundred thousand dong if you leave your bike on the sidewalk.",
    "Bình chọn cho thí sinh số 7 qua tin nhắn nhé mn, mỗi tin nhắn một nghìn đồng.",
    "Lớp e bầu lớp trưởng bằng cách giơ tay, mà kết quả cô giáo chọn sẵn r =))",
    "Our club's membership dues are fifty thousand a month, pay via the QR code at the front desk.",
    "The company's annual award winners were decided by the board beforehand, the staff vote was just for fun.",
    "Nên cho bầu online cho người làm ăn xa, đỡ phải bắt xe về quê.",
    "Vietnam should consider letting overseas citizens vote by mail in future elections.",
    "Đề xuất: cho phép cử tri xem trực tiếp buổi kiểm phiếu qua livestream để minh bạch hơn.",
    "Giá mà có hình thức bỏ phiếu qua bưu điện cho sinh viên xa nhà thì tốt.",
    "Polling stations across Vietnam opened at seven in the morning, with voters queuing to cast paper ballots.",
    "Sau khi kết thúc bỏ phiếu, tổ bầu cử tiến hành kiểm phiếu công khai với sự chứng kiến của hai cử tri không phải là người ứng cử.",
    "Báo đưa tin: tại nhiều khu vực bỏ phiếu, cử tri được hướng dẫn tự gạch tên trong buồng kín, không ai đứng cạnh.",
]


# A sixth blind set, asked for like the fourth and fifth, with wishes, suppositions, debunks and other
# countries' rules among the other texts (50 claims, 70 other texts); measured before any change: 31 of
# 50 claims found, 6 of 70 false findings. After its changes: 44 of 50 found, no false finding.
_BLIND6_CLAIMS = [
    (
        "Chị họ mình làm ở phường Hòa An nói nhà nào ko đi bầu ngày 23/5 là bị ghi tên vào sổ, năm sau xét hộ nghèo là loại luôn 😤",
        "voter_penalty",
    ),
    (
        "Cảnh báo mn: bỏ phiếu trắng là bị ghi vào lý lịch đó, sau này con cháu thi vào công an quân đội bị loại thẳng. Đừng có dại!!!",
        "voter_penalty",
    ),
    ("ko di bau la bi phat 500k nha mn, bac to truong vua di tung nha thong bao xong 😱 #baucu2021", "voter_penalty"),
    (
        "Heard from my uncle in Nam Son province: if you skip the vote on May 23 your pension gets suspended for three months. Crazy.",
        "voter_penalty",
    ),
    (
        "Xã Yên Phú năm nay làm căng lắm, hộ nào thiếu 1 phiếu là bị cắt điện cắt nước cho tới khi lên UB giải trình 🙄",
        "voter_penalty",
    ),
    (
        "Ông anh công chức kể: cơ quan đã có danh sách, đứa nào không bỏ phiếu thì cuối năm khỏi xét thi đua, nặng thì mất việc. Ai làm nhà nước thì liệu hồn.",
        "voter_penalty",
    ),
    (
        "Chuyển tiếp: Đồng bào lưu ý, gạch sai người mà trên giới thiệu thì công an khu vực sẽ mời lên làm việc. Đã có trường hợp ở tỉnh Nam Sơn rồi. Chia sẻ để mọi người biết!!!",
        "voter_penalty",
    ),
    (
        "nghe bảo hồ sơ xin giấy phép xây nhà của nhà nào vắng mặt bầu cử sẽ bị treo lại, phường giữ không ký 😒 thôi thì đi cho xong",
        "voter_penalty",
    ),
    (
        "Cô giáo chủ nhiệm nhắn nhóm zalo lớp: phụ huynh nào không đi bầu thì cháu bị trừ điểm rèn luyện nhé. Thật sự quá đáng!",
        "voter_penalty",
    ),
    (
        "Warning to all students: if you don't go home to vote on 23/5 your dorm subsidy gets cut. The faculty already has the list.",
        "voter_penalty",
    ),
    ("Tổ dân phố vừa thu mỗi hộ 50k gọi là tiền in thẻ cử tri, ai chưa nộp thì ko được phát thẻ đâu nha", "voting_fee"),
    (
        "Năm nay đi bầu phải đóng 200.000đ tiền phiếu, nhà tui 4 người mất gần triệu. Bầu cử gì mà như đi chợ 😤",
        "voting_fee",
    ),
    (
        "Who knew you had to pay to vote here? Neighbour says it's 100k per person for the ballot paper this year.",
        "voting_fee",
    ),
    (
        "muốn có tên trong danh sách cử tri thì phải lên phường nộp lệ phí, ai chưa đóng là bị gạch tên á mn ơi",
        "voting_fee",
    ),
    (
        "Thông báo (chuyển tiếp): Cử tri thôn Đông, xã Yên Phú mang theo ba mươi nghìn đồng khi đi bầu để đóng góp kinh phí tổ chức. Không có tiền sẽ không được nhận phiếu.",
        "voting_fee",
    ),
    ("di bau ma cung mat tien coc, bau xong moi tra lai, ai ko co tien coc thi dung ngoai 🙃", "voting_fee"),
    (
        "Bà nội mình hỏi sao đi bầu phải mất tiền, hóa ra ở khu vực bỏ phiếu này thu phí in ấn mỗi lá phiếu. Nghèo mà cũng phải bỏ ra 😔",
        "voting_fee",
    ),
    (
        "#bầucử2021 nhớ cầm theo tiền lẻ nha cả nhà, tới chỗ bỏ phiếu là có người thu tiền phiếu liền, không nộp là về tay không",
        "voting_fee",
    ),
    (
        "Bọn mình ở phường Hòa An bị bắt nộp 'quỹ bầu cử' theo đầu người rồi mới được cấp thẻ cử tri. Chỗ khác có vậy không hay chỉ chỗ này?",
        "voting_fee",
    ),
    (
        "Nghe đâu ai làm lại thẻ cử tri bị mất thì tốn thêm 150 ngàn, còn bình thường thì thu phí phiếu bầu 20 ngàn/người. Tiền đâu ra mà nộp 🤦‍♀️",
        "voting_fee",
    ),
    (
        "Ko ra điểm bầu được thì nhắn tin số thứ tự ứng viên gửi tổng đài 1900xxxx là dc tính phiếu nha mn 👍",
        "voting_method",
    ),
    (
        "Đang công tác ở Sài Gòn không về kịp thì gửi ảnh chụp lá phiếu đã gạch qua Zalo của tổ trưởng là được tính nha, mình làm rồi",
        "voting_method",
    ),
    (
        "Can't get home for the 23 May vote? Just post your ballot choices in the ward Facebook group, they count them. My cousin did it last time.",
        "voting_method",
    ),
    (
        "bau qua mang dc roi nha, vao link nay dang nhap so CCCD la bau truc tuyen dc, share cho nguoi than o xa biet",
        "voting_method",
    ),
    (
        "Cử tri lớn tuổi ở xã Yên Phú chỉ cần gọi điện báo tên người mình chọn cho cán bộ là xong, khỏi phải đi. Văn minh quá!",
        "voting_method",
    ),
    (
        "Chụp màn hình trang bầu cử online là có giá trị như 1 lá phiếu, nhớ lưu lại để đối chiếu nha 📸",
        "voting_method",
    ),
    ("Ai ở nước ngoài thì gửi phiếu qua đường bưu điện về phường là hợp lệ, hạn chót 20/5 nhé.", "voting_method"),
    (
        "My mom voted by text message this morning lol, she says everyone in Nam Son does it now, no need to queue",
        "voting_method",
    ),
    (
        "Mỗi lá phiếu đều có số seri in mờ ở góc, đối chiếu với danh sách là biết ông nào bầu ai. Đừng tưởng bí mật 😏",
        "ballot",
    ),
    ("Phiếu bầu năm nay có mã QR, quét cái là ra tên chủ phiếu luôn. Gạch ai cũng bị biết hết", "ballot"),
    (
        "Trong buồng phiếu có gắn camera nhỏ trên trần đó mn, mình để ý thấy đèn đỏ nhấp nháy. Cẩn thận khi gạch tên!",
        "ballot",
    ),
    (
        "They write your ID card number on the back of the ballot before handing it to you. So much for a secret vote.",
        "ballot",
    ),
    ("phieu bau co gan chip nha, bo vao thung la may doc duoc ai bau ai, ban bau cu coi het", "ballot"),
    (
        "Tổ bầu cử đánh số thứ tự lên phiếu trùng với số thứ tự trong danh sách cử tri, sau kiểm phiếu là tra ra được từng người. Chị mình làm thư ký tổ nên biết.",
        "ballot",
    ),
    (
        "Nói nhỏ: ở xã Yên Phú người ta phát phiếu theo tên, mỗi tờ có ký hiệu riêng, cán bộ thôn thừa biết nhà nào gạch ai 🤐",
        "ballot",
    ),
    (
        "Người ta quay phim lúc mình gấp phiếu bỏ vào thùng rồi lưu lại để đối chiếu ai bầu ai, chuyện thật 100% ở phường Hòa An.",
        "ballot",
    ),
    (
        "Biên bản kết quả đã in sẵn từ tuần trước rồi, tới 23/5 chỉ cần ký là xong. Đi bầu làm gì cho mệt.",
        "results_decided_by",
    ),
    (
        "Kết quả đã chốt trong cuộc họp từ tháng 2, ai trúng ai trượt trên phân hết rồi, bỏ phiếu chỉ là hình thức",
        "results_decided_by",
    ),
    (
        "The winners were picked months ago in a closed meeting, the ballots don't even get counted. Everyone knows.",
        "results_decided_by",
    ),
    (
        "thung phieu niem phong xong dem di dot, ket qua thi bao cao theo so da dinh san 🔥 nguoi nha minh ke",
        "results_decided_by",
    ),
    (
        "Apparently the list of winners was signed off before election day, the count on the 23rd is just for show.",
        "results_decided_by",
    ),
    (
        "Ai bảo kiểm phiếu công khai? Tỉ lệ phần trăm từng người đã được định sẵn trong công văn, mình nhìn thấy tận mắt.",
        "results_decided_by",
    ),
    (
        "ket qua bau cu da co tu thang 3 roi nha, bau hay ko bau thi may ong do van trung, kiem phieu chi la dien kich",
        "results_decided_by",
    ),
    (
        "Phường Hòa An treo băng rôn chúc mừng người trúng cử từ sáng 23/5 khi còn chưa đóng thùng phiếu, vì kết quả được quyết ở trên rồi 🙃",
        "results_decided_by",
    ),
]

_BLIND6_MISSED = [
    (
        "Năm nay có app bầu cử rồi, tải về đăng nhập bằng CCCD rồi tích chọn là xong, khỏi xếp hàng. Tiện ghê!",
        "voting_method",
    ),
    (
        "Lười đi thì cứ inbox fanpage của UBND phường Hòa An họ tên + ứng viên, họ ghi nhận phiếu cho. Admin xác nhận rồi 😎",
        "voting_method",
    ),
    (
        "Đừng nghĩ bỏ phiếu kín là kín thật. Bút ở bàn viết là bút mực đặc biệt, soi đèn UV là ra số phiếu với người viết ngay.",
        "ballot",
    ),
    ("bầu xong ra về là có người gọi hỏi sao ko bầu ông A, thế mới biết phiếu có đánh dấu hết 🙄 #bầucử", "ballot"),
    (
        "Chỉ tiêu giao xuống: tỉnh Nam Sơn phải đạt 99,5% cử tri đi bầu và ứng viên X phải trên 90% phiếu, số liệu có sẵn từ trước ngày bầu.",
        "results_decided_by",
    ),
    (
        "Tổ bầu cử chỗ mình không kiểm phiếu đâu, cứ điền số theo mẫu huyện gửi về. Vừa đóng thùng 7h tối đã có kết quả 😂",
        "results_decided_by",
    ),
]

_BLIND6_OTHER = [
    "Thông báo: Cử tri không phải nộp bất kỳ khoản phí nào khi đi bầu cử. Thẻ cử tri và phiếu bầu được phát miễn phí.",
    "Theo Luật Bầu cử, cử tri phải tự mình đi bầu tại khu vực bỏ phiếu, không bầu bằng cách gửi thư, nhắn tin hay qua mạng.",
    "Phiếu bầu không ghi tên, không đánh số, không có ký hiệu nhận diện cử tri; nguyên tắc bỏ phiếu kín được bảo đảm.",
    "Cuộc bầu cử ĐBQH khóa XV và HĐND các cấp diễn ra ngày 23/5/2021, các khu vực bỏ phiếu mở cửa từ 7 giờ sáng đến 19 giờ.",
    "Kết quả bầu cử được xác định qua kiểm phiếu công khai ngay sau khi kết thúc bỏ phiếu, cử tri có thể chứng kiến việc kiểm phiếu.",
    "UBND phường Hòa An thông báo: pháp luật không quy định xử phạt cử tri không đi bầu; đề nghị bà con thực hiện quyền công dân của mình.",
    "Cử tri ốm đau, già yếu không đến được khu vực bỏ phiếu thì tổ bầu cử mang hòm phiếu phụ và phiếu bầu đến chỗ ở để cử tri nhận phiếu và bầu.",
    "Nếu cử tri không tự viết được phiếu thì có thể nhờ người khác viết hộ, nhưng phải tự mình bỏ phiếu vào hòm phiếu.",
    "Voters in Vietnam's 23 May 2021 election cast paper ballots in person; there is no fee, no online voting, and ballots carry no identifying number.",
    "xa Yen Phu thong bao: the cu tri duoc phat mien phi tai nha, neu mat the thi lien he to bau cu de cap lai, khong thu tien",
    "Khi viết phiếu, cử tri vào buồng kín, không ai được xem cử tri gạch phiếu, kể cả thành viên tổ bầu cử.",
    "Hội đồng bầu cử quốc gia công bố kết quả dựa trên biên bản kiểm phiếu của các tổ bầu cử; ngày 10/6/2021 công bố danh sách 499 người trúng cử ĐBQH.",
    "Thông tin 'không đi bầu bị phạt 500 nghìn' lan truyền trên mạng là sai sự thật, luật không có quy định này.",
    "Fact-check: A viral post claims voters must pay 200,000 VND for their ballot. This is false; ballots are free.",
    "Công an tỉnh Nam Sơn xử phạt 7,5 triệu đồng một tài khoản Facebook đăng tin bịa đặt 'bầu cử qua tin nhắn'.",
    "Đính chính: không có ứng dụng nào cho phép bỏ phiếu trực tuyến, các đường link 'bầu cử online' là lừa đảo lấy thông tin cá nhân.",
    "Tin đồn phiếu bầu gắn mã QR để theo dõi người bầu là hoàn toàn bịa đặt; phiếu chỉ có dấu của tổ bầu cử.",
    "Gần đây xuất hiện bài viết cho rằng kết quả bầu cử 'đã có từ trước'. Ban bầu cử khẳng định việc kiểm phiếu diễn ra công khai, có cử tri chứng kiến.",
    "Nhiều người chia sẻ tin 'bỏ phiếu trắng sẽ bị ghi vào lý lịch'. Đây là tin giả, phiếu kín thì không ai biết bạn bầu gì.",
    "bai viet 'ko di bau bi cat tro cap ho ngheo' la tin gia nha mn, phuong da len tieng roi, dung share nua",
    "A man in Hoa An ward was fined for spreading a claim that voting booths had hidden cameras. Police said the post was fabricated.",
    "Báo Nam Sơn: Lật tẩy tin nhắn 'nộp 50 nghìn tiền thẻ cử tri' — thẻ cử tri được phát miễn phí, ai thu tiền là lừa đảo, đề nghị báo công an.",
    "Ảnh 'biên bản kết quả bầu cử in sẵn' đang lan truyền thực chất là mẫu biên bản trống dùng để tập huấn, chưa có số liệu.",
    "Cơ quan chức năng đã mời làm việc chủ tài khoản Zalo nhắn tin 'chụp ảnh lá phiếu gửi tổ trưởng là được tính phiếu', người này thừa nhận bịa chuyện.",
    "Có phải không đi bầu là bị phạt tiền không mn? Mình đi làm xa chưa về kịp 😥",
    "cho hỏi đi bầu có mất phí gì ko ạ, hay là miễn phí hết?",
    "Is it true that you can vote by SMS in Vietnam? Saw a post about it but sounds fishy.",
    "Phiếu bầu có ghi số thứ tự không vậy? Mình sợ bị biết bầu ai quá",
    "Hỏi thật: bầu qua app được không hay bắt buộc ra điểm bỏ phiếu?",
    "ai biet ket qua bau cu bao gio cong bo ko, may ngay thi co?",
    "Trong buồng phiếu có camera không nhỉ? Có ai biết không?",
    "Em là sinh viên, ko về quê bầu thì có ảnh hưởng gì tới học bổng không ạ?",
    "Mình mất thẻ cử tri rồi, xin cấp lại ở đâu và có tốn tiền không?",
    "Does the count actually happen in public? Can ordinary people watch it?",
    "Nói thật đi bầu cảm giác chẳng thay đổi được gì, ứng viên thì toàn người mình không biết.",
    "Ứng cử viên đều đã qua hiệp thương của Mặt trận rồi, cử tri chỉ chọn trong danh sách có sẵn, vậy gọi là lựa chọn thực sự được không?",
    "Tỷ lệ đi bầu 99% nghe hơi khó tin, chắc nhiều nhà một người đi bầu hộ cả nhà.",
    "Năm nào cũng vậy, loa phường gọi từ 5h sáng, bầu xong cũng không ai nhớ đại biểu của mình là ai 😅",
    "i think the election is more ritual than choice, but at least the count is done openly at each station",
    "Ứng viên ở đơn vị mình chẳng có chương trình hành động gì rõ ràng, tiếp xúc cử tri thì nói chung chung.",
    "Số ứng viên tự ứng cử bị loại qua các vòng hiệp thương nhiều quá, thấy buồn.",
    "Mình đi bầu đúng giờ, tự gạch phiếu, nhưng vẫn mong sau này có tranh luận công khai giữa các ứng viên.",
    "Vietnam's elections are tightly managed: the Fatherland Front vets every candidate, so the real choice is limited.",
    "ko bit bau ai nen gach bua, chan that, to tieu su dan o nha van hoa doc chang thay gi khac nhau",
    "Giá mà bầu qua app được thì tiện, nằm nhà bấm cái là xong 😂",
    "Ước gì đi bầu được phát tiền chứ không phải mất tiền, chắc tỉ lệ đi bầu 200% 🤣",
    "neu sau nay co bau cu online thi chac server sap tu 7h sang luon qua",
    "Mẹ tui dọa: 'không dậy đi bầu là bị phạt rửa bát cả tuần' 😭 hình phạt nặng nhất lịch sử",
    "If voting were done by Facebook likes, my cat would already be in the National Assembly 😹",
    "ước gì phiếu bầu có QR để quét ra tiểu sử ứng viên, đỡ phải đọc bảng dán ở nhà văn hóa",
    "Đùa chứ bầu xong được gói xôi của tổ dân phố là thấy đáng công dậy sớm rồi 😆",
    "Giả sử mà bầu được bằng tin nhắn thì chắc nhà mạng thu 1000đ/tin, lúc đó mới đúng nghĩa 'phí bầu cử' 🤭",
    "Ở Úc, công dân không đi bỏ phiếu có thể bị phạt khoảng 20 AUD vì bầu cử ở đó là bắt buộc.",
    "Estonia cho phép bỏ phiếu qua internet bằng thẻ căn cước điện tử từ năm 2005.",
    "In the US, many states let voters mail in their ballots, and in 2020 a large share of all votes were cast by mail.",
    "Ở Mỹ nhiều bang cho bầu qua thư, phiếu gửi qua bưu điện vẫn hợp lệ nếu đóng dấu bưu điện trước ngày bầu cử.",
    "Bỉ cũng có luật bầu cử bắt buộc, người không đi bầu về lý thuyết có thể bị phạt tiền.",
    "Switzerland lets most citizens vote by post, and some cantons have trialled e-voting.",
    "Ở Brazil, không đi bầu mà không có lý do chính đáng thì bị phạt một khoản nhỏ và có thể gặp khó khi làm hộ chiếu.",
    "Ấn Độ dùng máy bỏ phiếu điện tử EVM đặt tại các điểm bầu cử, chứ không bầu qua mạng.",
    "Phút 89 được hưởng quả phạt đền, Quang Hải sút tung lưới, 2-1 cho Việt Nam!!! ⚽🔥",
    "Chuyển khoản liên ngân hàng giờ mất phí 3.300đ/lần, ngân hàng nào miễn phí chỉ mình với",
    "Mạng xã hội giờ toàn drama, lướt Facebook mệt hơn đi làm 😩",
    "Shop mình lắp camera ở quầy thu ngân rồi, ai lấy đồ là bị ghi hình hết nha 😤",
    "Hôm nay lớp em bầu lớp trưởng, bỏ phiếu kín bằng giấy, con Lan được 25/40 phiếu 🎉",
    "Kết quả thi học kỳ do cô giáo chấm, điểm 10 văn là chuyện hiếm như lá mùa thu 😂",
    "Bị phạt nguội 800k vì vượt đèn đỏ, xe còn bị treo đăng kiểm nữa chứ 😭",
    "Vé xem concert đặt cọc 200.000đ, hủy không hoàn tiền nha các bạn",
    "Our company votes for 'employee of the month' through an app, and the results come out every Friday.",
    "Bình chọn Ca sĩ được yêu thích nhất bằng cách nhắn tin cú pháp BC gửi 8x79, mỗi tin 3000đ.",
]


# Every blind set's claims and other texts (the first and second sets share _BLIND_CLAIMS and
# _BLIND_OTHER), as they stand after each set's changes.
_BLIND_SETS_CLAIMS = _BLIND_CLAIMS + _BLIND3_CLAIMS + _BLIND4_CLAIMS + _BLIND5_CLAIMS + _BLIND6_CLAIMS
_BLIND_SETS_OTHER = _BLIND_OTHER + _BLIND3_OTHER + _BLIND4_OTHER + _BLIND5_OTHER + _BLIND6_OTHER


@pytest.mark.parametrize("text, fact", _BLIND_SETS_CLAIMS)
def test_blind_set_claims_are_found(text, fact):
    assert fact in {f.fact for f in check(text, REVIEW_FACTS)}, check(text, REVIEW_FACTS)


@pytest.mark.parametrize("text", _BLIND_SETS_OTHER)
def test_blind_set_other_texts_give_no_rule_finding(text):
    rules = {"voter_penalty", "voting_fee", "voting_method", "ballot", "results_decided_by"}
    assert not rules & {f.fact for f in check(text, REVIEW_FACTS)}, check(text, REVIEW_FACTS)


@pytest.mark.parametrize(
    "text",
    [
        # "bị xử phạt vì …" and "đối tượng" are parts of a threat too, not only of a police report
        "Ai không đi bầu sẽ bị xử phạt vì vi phạm luật bầu cử, tổ trưởng nói vậy",
        "Đối tượng nào không đi bầu sẽ bị cắt trợ cấp nhé bà con",
    ],
)
def test_a_threat_worded_like_a_police_report_is_still_a_penalty_claim(text):
    assert "voter_penalty" in {f.fact for f in check(text, REVIEW_FACTS)}, check(text, REVIEW_FACTS)


@pytest.mark.parametrize(
    "text",
    [
        "Anh ta bị xử phạt vì đăng tin sai rằng không đi bầu bị phạt 2 triệu",
        "Một người bị xử phạt vì chia sẻ bài nói bầu qua Zalo cũng được tính",
        "Xuất hiện đối tượng đi từng nhà thu phí phiếu bầu năm mươi nghìn, công an phường đã tạm giữ",
    ],
)
def test_a_police_report_of_a_false_post_gives_no_rule_finding(text):
    rules = {"voter_penalty", "voting_fee", "voting_method"}
    assert not rules & {f.fact for f in check(text, REVIEW_FACTS)}, check(text, REVIEW_FACTS)


@pytest.mark.parametrize(
    "text, fact",
    [
        # a supposition is not a report of a way of voting or of a fee
        ("Giả sử mà bầu được bằng tin nhắn thì chắc nhà mạng thu 1000đ/tin", None),
        ("If voting were done by text message, the lines would be shorter", None),
        # folded, "gia đình" and "gia sư" are "giả định" and "giả sử": they suppose nothing
        ("Mỗi gia đình phải nộp 200k mới được nhận phiếu bầu", "voting_fee"),
        ("Gia sư của con tôi nói đi bầu phải nộp 50k tiền phiếu", "voting_fee"),
    ],
)
def test_a_supposition_is_not_a_claim_but_a_family_is_not_a_supposition(text, fact):
    rules = {"voting_fee", "voting_method"}
    found = rules & {f.fact for f in check(text, REVIEW_FACTS)}
    assert found == ({fact} if fact else set()), found


# What the blind sets still misread, kept as expected failures: strict, so a change that reads one
# of them right fails here and the sentence moves to the sets above.
_STILL_MISREAD = _BLIND4_MISSED + _BLIND5_MISSED + _BLIND6_MISSED


@pytest.mark.xfail(strict=True, reason="still misread: a claim missed, or a joke or sarcasm read as a claim")
@pytest.mark.parametrize("text, fact", _STILL_MISREAD)
def test_sentences_the_checks_still_misread(text, fact):
    rules = {"voter_penalty", "voting_fee", "voting_method", "ballot", "results_decided_by"}
    found = rules & {f.fact for f in check(text, REVIEW_FACTS)}
    assert (fact in found) if fact else not found, found
