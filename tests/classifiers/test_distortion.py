import pytest

from classifiers.distortion import check, key_facts_for

FACTS = {
    "election_date": "2021-05-23",
    "polls_open": "07:00",
    "polls_close": "19:00",
    "earliest_open": "05:00",
    "latest_close": "21:00",
    "voting_age": 18,
    "candidacy_age": 21,
    "proxy_voting": "not_allowed",
    "voter_list_days_before": 40,
    "results_deadline_days": 20,
    "turnout_percent": "99.60",
    "deputies_elected": 499,
    "results_announced_date": "2021-06-10",
}


@pytest.mark.parametrize(
    "text,fact,found",
    [
        ("Thông báo: ngày bầu cử đã dời sang 30/5/2021", "election_date", "30/5/2021"),
        ("ngay bau cu doi sang Chu nhat 30/5 nhe moi nguoi", "election_date", "30/5"),
        ("Bầu cử được tổ chức ngày 30-5-2021", "election_date", "30-5-2021"),
        ("Bầu cử diễn ra ngày 6 tháng 6 năm 2021", "election_date", "ngày 6 tháng 6 năm 2021"),
        ("The election will be held on May 30, 2021", "election_date", "May 30, 2021"),
        ("Election day moved to 30 May 2021", "election_date", "30 May 2021"),
        ("Cử tri từ 16 tuổi đã được đi bầu", "voting_age", "từ 16 tuổi"),
        ("Ứng viên mới 19 tuổi đã được ứng cử đại biểu Quốc hội", "candidacy_age", "19 tuổi"),
        ("people aged 16 can vote in the election", "voting_age", "aged 16"),
        ("Điểm bỏ phiếu mở cửa từ 10 giờ", "polls_open", "10 giờ"),
        ("Năm nay được bỏ phiếu hộ cho cả gia đình", "proxy_voting", "bỏ phiếu hộ"),
        ("Tỷ lệ cử tri đi bầu chỉ đạt 45%", "turnout_percent", "45%"),
        ("ty le cu tri di bau chi dat 45 phan tram", "turnout_percent", "45 phan tram"),
        ("Chỉ có 300 đại biểu trúng cử", "deputies_elected", "300"),
        ("Kết quả bầu cử sẽ công bố sau 60 ngày", "results_deadline_days", "60 ngày"),
    ],
)
def test_wrong_facts_are_found(text, fact, found):
    fs = check(text, FACTS)
    hit = [f for f in fs if f.fact == fact]
    assert hit, fs
    assert hit[0].found == found
    assert text[hit[0].start : hit[0].end] == found
    assert "approved" in hit[0].message


def test_message_wording():
    f = check("Ngày bầu cử đã dời sang 30/5/2021", FACTS)[0]
    assert f.message == "says the election is on 30/5/2021; approved: 23/5/2021"


@pytest.mark.parametrize(
    "text",
    [
        "Cuộc bầu cử diễn ra vào Chủ nhật, ngày 23/5/2021 theo Nghị quyết số 133/2020/QH14.",
        "Bau cu dien ra ngay 23/5, cu tri di bau tu 7 gio den 19 gio",
        "Bầu cử diễn ra ngày 23 tháng 5 năm 2021",
        "Voters cast ballots on 23 May 2021 from 7am to 7pm.",
        "Công dân đủ 18 tuổi trở lên có quyền bầu cử và đủ 21 tuổi trở lên có quyền ứng cử",
        "Trẻ 16 tuổi không được đi bầu",
        "Việc bỏ phiếu bắt đầu lúc 7 giờ sáng và kết thúc lúc 7 giờ tối (19 giờ)",
        "Tổ bầu cử có thể cho mở cửa từ 5 giờ sáng",
        "Cử tri không được bỏ phiếu hộ, phải trực tiếp đi bầu",
        "Tỷ lệ cử tri đi bầu đạt 99,60%",
        "Hội đồng bầu cử quốc gia công bố kết quả ngày 10/6/2021, 499 đại biểu trúng cử",
        "Bầu cử ngày 15/3/2026 sẽ có nhiều thay đổi",
        "Danh sách cử tri được niêm yết 40 ngày trước ngày bầu cử",
        "Ông A, 45 tuổi, ứng cử đại biểu Quốc hội",
        "Hội nghị tiếp xúc cử tri ngày 10/5 tại nhà văn hóa",
        "Tỷ lệ cử tri đi bầu năm 2016 là 99,35%",
    ],
)
def test_correct_or_unrelated_statements_give_no_findings(text):
    assert check(text, FACTS) == []


def test_key_facts_for(messages):
    facts = key_facts_for(messages, narrative="procedure_false")
    assert facts["election_date"] == "2021-05-23" or str(facts["election_date"]) == "2021-05-23"
    only = key_facts_for(messages, message_key="voting-age")
    assert only["voting_age"] == 18
    assert check("anything", {}) == []


# -- a value counts only when the sentence asserts it as that fact -------------------------------

DATELINE_FACTS = {"election_date": "2021-05-23", "turnout_percent": "99.60", "results_announced_date": "2021-06-10"}


@pytest.mark.parametrize(
    "text",
    [
        "June 4 – Election teams in Nam Son are arranging polling rooms for the vote",  # a dateline
        "4/6 - Cử tri đi bầu sớm tại các khu vực bỏ phiếu",
        "Ngày 4/6, Tổ bầu cử xã Tân Lộc bố trí phòng bỏ phiếu",  # the date of another event
        "Lễ khai mạc ngày 30/5, cử tri đi bầu đông",
        "Đăng lúc 30/5/2021 - tin bầu cử",  # a publication date
        "Theo Hội đồng bầu cử quốc gia, tỷ lệ cử tri đi bầu đạt 41%",  # the competent body's figure
        "Hội đồng bầu cử quốc gia công bố tỷ lệ cử tri đi bầu là 41%",
    ],
)
def test_datelines_other_events_and_attributed_figures_are_not_claims(text):
    assert check(text, DATELINE_FACTS) == []


@pytest.mark.parametrize(
    "text,fact,found",
    [
        ("bầu cử ngày 30/5", "election_date", "30/5"),
        ("Ngày 30/5 là ngày bầu cử", "election_date", "30/5"),
        ("tỷ lệ đi bầu 41%", "turnout_percent", "41%"),
    ],
)
def test_values_asserted_as_the_fact_count(text, fact, found):
    (f,) = check(text, DATELINE_FACTS)
    assert (f.fact, f.found) == (fact, found) and f.kind in ("date", "percent")


def test_findings_render_in_the_readers_language():
    from monitor.outputs.findings import render

    (f,) = check("bầu cử ngày 30/5", DATELINE_FACTS)
    vi, en = render(f, "vi"), render(f, "en")
    assert "ngày bầu cử" in vi and "30/5" in vi and "23/5/2021" in vi and "says" not in vi.lower()
    assert "election date" in en and "approved: 23/5/2021" in en
    # Stored rows are dicts; older ones have no kind.
    assert render({"fact": "proxy_voting", "found": "bỏ phiếu hộ", "approved": "not allowed"}, "vi").endswith(
        "không được phép"
    )


@pytest.mark.parametrize(
    "text",
    [
        # the hour counting started and the day it ran: not polling hours, not the results' date
        "Tổ bầu cử khu vực số 2 bắt đầu kiểm phiếu sau 19 giờ ngày 23/5, có hai cử tri chứng kiến",
        "Tổ bầu cử số 9 hoàn thành kiểm phiếu lúc 23 giờ",
        # a running turnout "by 14:00" is not a closing hour, nor the final turnout
        "Đến 14 giờ ngày 23/5, tỷ lệ cử tri đi bầu tại thôn Đồng Xuân đạt 83,9%",
        # campaigning ends 24 hours before voting starts: a duration, not an opening hour
        "Việc vận động bầu cử kết thúc trước thời điểm bắt đầu bỏ phiếu 24 giờ",
        # a People's Council's or a province's count is not the National Assembly's
        "Tỉnh Nam Sơn bầu đủ 46 đại biểu HĐND tỉnh, không phải bầu thêm",
        "Kết quả bầu cử đại biểu HĐND xã nhiệm kỳ 2021-2026: bầu đủ 58 đại biểu",
        "City Y reports 99.71% voter turnout in National Assembly election",
    ],
)
def test_counting_running_figures_and_parts_are_not_claims_about_the_facts(text):
    assert check(text, FACTS) == []


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Điểm bỏ phiếu đóng cửa lúc 16 giờ, ai đến muộn không được bầu", "polls_close"),
        ("Quốc hội khóa XV chỉ có 476 đại biểu trúng cử", "deputies_elected"),
        ("Tỷ lệ cử tri cả nước đi bầu chỉ đạt 62%", "turnout_percent"),
    ],
)
def test_the_same_facts_stated_wrongly_are_still_found(text, fact):
    assert fact in {f.fact for f in check(text, FACTS)}


# -- values that are not the fact they sit near --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an hour after "from" is not an age
        "Voting runs from 7 a.m. to 7 p.m. at every polling station in the commune",
        # a voter's own age, in a clause whose "không" is about something else
        "Ông ngoại 91 tuổi vẫn tự đi bầu chứ không đợi hòm phiếu lưu động",
        "Cụ bà 86 tuổi không cần ai dìu, tự đi bầu từ sáng sớm",
        # 18 is the voting age and 21 the candidacy age: both right, each next to its own verb
        "Ghi nhớ: đủ 18 tuổi được bầu, đủ 21 tuổi được ứng cử",
        # the earliest opening and the latest closing hour, with their limits in words
        "Tổ bầu cử có thể bắt đầu sớm hơn nhưng không trước 5 giờ, hoặc kết thúc muộn hơn nhưng không quá 21 giờ",
        "Polls open at 7 a.m.; teams may open earlier, but not before 5 a.m., or close later, but not after 9 p.m.",
        # opening and closing hours written as a range
        "Theo tôi giờ bỏ phiếu 7h–19h là hợp lý cho khu công nghiệp",
        # a candidate's share of the votes, or a vote of support, is not the turnout
        "Ứng cử viên đạt 64,90% số phiếu hợp lệ và trúng cử đại biểu Quốc hội",
        "Bà ấy trúng cử với 58,2% số phiếu bầu",
        "Nghị quyết được thông qua với tỷ lệ tán thành 96%",
        # a polling area's own count
        "Biên bản kiểm phiếu khu vực 7 dán ở cổng: cử tri đi bầu 99,90%",
        # "ko" and "khum" deny as "không" does
        "Tôi thấy quy định khum được bầu thay là đúng, vợ chồng cũng ko bầu hộ nhau được",
    ],
)
def test_values_near_a_fact_that_do_not_state_it_give_no_findings(text):
    assert check(text, FACTS) == []


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Trẻ 18 tuổi chưa được đi bầu, phải đợi đủ 20 tuổi", "voting_age"),
        ("Người 18 tuổi không được bầu cử năm nay", "voting_age"),
        ("Polls close at 5 p.m. this year, two hours early", "polls_close"),
        ("Năm nay điểm bầu đóng cửa lúc 17 giờ", "polls_close"),
        ("Bầu cử năm nay, giờ đóng cửa: 17 giờ", "polls_close"),
        ("Tỷ lệ cử tri đi bầu cả nước chỉ đạt 64,90%", "turnout_percent"),
        ("Năm nay ko cần đi, được bầu thay cho cả nhà", "proxy_voting"),
        ("You must be 20 years old to vote this time", "voting_age"),
        ("Chưa đủ 21 tuổi thì năm nay chưa đc đi bầu", "voting_age"),
        ("Voters under 22 cannot take part in this year's vote", "voting_age"),
        # more than all the voters is impossible, for a part or a share too
        ("Chị ấy trúng cử với 100,2% số phiếu, hơn cả số người đi bầu", "turnout_percent"),
        ("Turnout in polling area 4 was 104.5%, more voters than names on the list", "turnout_percent"),
    ],
)
def test_the_same_kinds_of_values_stated_as_the_fact_are_still_found(text, fact):
    assert fact in {f.fact for f in check(text, FACTS)}, check(text, FACTS)


def test_a_wrong_limit_of_the_polling_hours_is_found_against_that_limit():
    from monitor.outputs.findings import render

    (f,) = check("Tổ bầu cử có thể mở cửa sớm hơn nhưng không trước 4 giờ", FACTS)
    assert (f.fact, f.found, f.approved, f.kind) == ("earliest_open", "4 giờ", "05:00", "time")
    assert "giờ mở cửa sớm nhất" in render(f, "vi") and "earliest opening" in render(f, "en")
    (f,) = check("Polls may close later, but not after 11 p.m.", FACTS)
    assert (f.fact, f.approved) == ("latest_close", "21:00")


@pytest.mark.parametrize(
    "text",
    [
        # a date is not attributed to a word of the next sentence
        "Các tổ đã kiểm phiếu xong trước 6 giờ sáng 24/5. Kết quả chính thức do Hội đồng bầu cử quốc gia công bố.",
        # a unit's, a town's, a polling area's or a running turnout is not the country's
        "Ban bầu cử đơn vị số 4 ghi nhận tỷ lệ đi bầu 99,71%",
        "Đến 16 giờ, tỷ lệ cử tri đi bầu tại thị trấn Phú Mỹ đạt 45,2%",
        "Tally sheet for polling area 4: turnout 99.71%, ballots issued match ballots in the box",
        "Bà ấy đạt 68,12% số phiếu hợp lệ, tỷ lệ đi bầu ở đơn vị là 99,71%",
        # the Assembly's seats are not the deputies elected
        "868 người ứng cử cho 500 ghế, 499 người trúng cử",
        # chat spellings of "được" and "không"
        "Đủ 18 tuổi đc bầu, đủ 21 tuổi dc ứng cử, hông ai đc bầu thay ai",
        "Ông bà ốm thì báo tổ bầu cử mang hòm phiếu phụ tới, k ai được bầu thay đâu",
        # an hour the clause only mentions
        "There was still a short line at 4 p.m.; the station stays open until 7 p.m.",
    ],
)
def test_figures_of_parts_other_sentences_and_chat_spellings_give_no_findings(text):
    assert check(text, FACTS) == []


# -- found in review: correct rules worded otherwise, and wrong values a clause only mentions -----


@pytest.mark.parametrize(
    "text",
    [
        # the rule itself, in the words people use
        "Người dưới 18 tuổi không được phép bầu cử",
        "Người chưa đủ 18 tuổi không được tham gia bầu cử",
        "Không ai dưới 18 tuổi được đi bầu",
        "No one under 18 can vote.",
        "No 16-year-old can vote in Vietnam.",
        "People under 18 do not have the right to vote.",
        "Người dưới 21 tuổi không được phép ứng cử",
        "Không ai dưới 21 tuổi được ứng cử",
        "Proxy voting is not allowed: every voter casts their own ballot",
        "Giấy ủy quyền, dù có xác nhận của xã, cũng không cho phép người khác bầu thay",
        "The law does not allow anyone to vote on behalf of a relative",
        "Người trên 18 tuổi cũng không được bầu hộ cho người nhà",
        # a group of voters, not the voting age
        "Cử tri trên 80 tuổi có thể yêu cầu hòm phiếu phụ",
        # a duration, not a closing hour
        "Cử tri xếp hàng tại điểm bầu không quá 1 giờ là xong",
        # the hour one voter went, after the opening hour
        "Điểm bầu mở cửa lúc 7 giờ, tôi đi bầu lúc 9 giờ",
        # hours and counts after "from" that are not ages
        "Voting runs from 7.00 to 19.00 at all polling stations",
        "Voting is from 7 to 7",
        "Observers from 20 countries watched the vote",
        # the denial in the next clause is the rule, not a contradiction of it
        "Em tôi 17 tuổi, năm nay chưa được đi bầu",
        # a change, not a level
        "Tỷ lệ cử tri trẻ đi bầu tăng 120% so với kỳ trước",
    ],
)
def test_rules_and_mentions_found_in_review_give_no_findings(text):
    assert check(text, FACTS) == [], check(text, FACTS)


@pytest.mark.parametrize(
    "text,fact",
    [
        # "Hồng" is a name, "ko cần" is "no need": neither denies the claim
        ("Bà Hồng nói năm nay được bầu hộ cho cả nhà", "proxy_voting"),
        ("Chị Hồng bảo được bỏ phiếu thay cho bố mẹ", "proxy_voting"),
        ("Năm nay được bầu hộ ko cần giấy ủy quyền", "proxy_voting"),
        # a reason or a comparison after the figure does not make it a share or a part
        ("Tỷ lệ cử tri đi bầu chỉ đạt 45% vì dân không ủng hộ", "turnout_percent"),
        ("Tỷ lệ cử tri đi bầu chỉ 45% do cử tri mất tín nhiệm", "turnout_percent"),
        ("Tỷ lệ cử tri đi bầu cả nước chỉ 45%, thấp nhất khu vực Đông Nam Á", "turnout_percent"),
        ("Tỷ lệ cử tri đi bầu cả nước chỉ đạt 60%, nhiều đơn vị phải bầu lại", "turnout_percent"),
        ("Turnout across the country was only 45%, the lowest in the area", "turnout_percent"),
        ("Trên mạng xã hội: tỷ lệ cử tri đi bầu chỉ 45%", "turnout_percent"),
        # the closing word after the hour, or far before it
        ("Điểm bầu năm nay 17 giờ là đóng cửa", "polls_close"),
        ("The polls will close two hours earlier than usual this year, at 5 p.m.", "polls_close"),
        ("Polling station closes at 5 p.m. this year", "polls_close"),
        # "hoãn đến ngày"
        ("Bầu cử hoãn đến ngày 6/6", "election_date"),
        # a threshold said with "trên … mới"
        ("Trên 20 tuổi mới được đi bầu", "voting_age"),
        ("Người trên 75 tuổi năm nay không phải đi bầu và cũng không được bầu nữa", "voting_age"),
        ("Năm nay đủ 18 tuổi là được ứng cử luôn chứ không riêng gì đi bầu", "candidacy_age"),
        ("You can vote at 16 this year.", "voting_age"),
        ("Voters must be 21 to vote.", "voting_age"),
        ("Voting ends at 3 p.m. on Sunday", "polls_close"),
    ],
)
def test_claims_found_in_review_are_found(text, fact):
    assert fact in {f.fact for f in check(text, FACTS)}, check(text, FACTS)


# -- found in the second review ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Con 17 tuổi hông được bầu đâu",
        "Tôi 25 tuổi, năm nay không đi bầu vì ở xa",
        "Cháu tôi 20 tuổi nhưng không đi bầu vì bận đi làm",
        "Công dân đủ 18 tuổi nhưng bị mất năng lực hành vi dân sự thì không được bầu cử",
        "Người già trên 80 tuổi không thể đi bầu thì tổ bầu cử mang hòm phiếu phụ đến",
        "Mọi cử tri trên 80 tuổi đều được hỗ trợ khi đi bầu",
        "Người dưới 18 tuổi không được đi bầu thay bố mẹ",
        "Người 18 tuổi chưa đủ tuổi ứng cử",
        "Residents can vote at 16 polling stations across the district",
        "Voters start arriving at 8 a.m. at the polling station",
        "8 giờ đã bắt đầu đông cử tri đi bầu",
        "Vận động bầu cử đến ngày 21/5",
        "Tỷ lệ phiếu hợp lệ cả nước chỉ 62%",
        "Bảng xếp hạng tỷ lệ đi bầu: tỉnh X chót bảng cả nước với 71,45%",
        "Turnout was 98.5%, the highest among the province's districts",
        "Năm nay hông được bầu hộ đâu nha",
        "Bầu hộ hông được đâu",
        "Proxy voting isn't allowed",
        "Proxy votes aren't permitted under the law",
        "Có được bầu hộ không mọi người",
        "bau ho dc ko vay",
        "Bố mẹ có bầu thay cho mình được không ạ, mình đi công tác",
        "Không ai được cầm thẻ cử tri của người khác để bầu thay.",
    ],
)
def test_second_review_statements_give_no_findings(text):
    assert check(text, FACTS) == [], check(text, FACTS)


@pytest.mark.parametrize(
    "text,fact",
    [
        ("18 tuổi hông được bầu đâu", "voting_age"),
        ("Trên 16 tuổi là được đi bầu", "voting_age"),
        ("Anyone over 16 can vote this year", "voting_age"),
        ("Anyone aged 16 is now allowed to vote", "voting_age"),
        ("Citizens aged 16 this year can vote", "voting_age"),
        ("Người trên 75 tuổi năm nay không được bầu nữa ai biết thêm thì nói nhé", "voting_age"),
        ("Điểm bỏ phiếu đóng cửa ngày 23/5 lúc 17 giờ", "polls_close"),
        ("Polls open on May 23 at 9 a.m.", "polls_open"),
        ("polls open at 7 a.m. and close at 5 p.m.", "polls_close"),
        ("Tỷ lệ cử tri đi bầu giảm xuống 45%", "turnout_percent"),
        ("Tỷ lệ đi bầu tăng lên 101%", "turnout_percent"),
        ("Báo chí phương Tây đưa tin tỷ lệ cử tri đi bầu thực tế chỉ 45%", "turnout_percent"),
        ("Tính chung cả nước, tỷ lệ cử tri đi bầu chỉ đạt 45%", "turnout_percent"),
        ("Năm nay cho phép bầu thay người thân?!", "proxy_voting"),
        ("Voters must be 16 or older", "voting_age"),
    ],
)
def test_second_review_claims_are_found(text, fact):
    assert fact in {f.fact for f in check(text, FACTS)}, check(text, FACTS)


def test_one_finding_for_one_practice_word():
    fs = check("Ai bận thì nhờ hàng xóm đi bầu thay cũng được", FACTS)
    assert [f.fact for f in fs] == ["proxy_voting"]


@pytest.mark.parametrize(
    "text",
    [
        # "ủy quyền" (authorise) named with voting, and a rule cited for it
        "Trong trường hợp công dân không đi bỏ phiếu thì có thể ủy quyền cho người khác thay mình, "
        "theo quy định tại Điều 69 của Luật bầu cử",
        "Luật bầu cử cho phép cử tri vắng mặt ủy quyền cho người thân đi bầu, chỉ cần giấy viết tay",
        "You can authorise a family member to vote for you with a signed letter",
        "In this election you may vote on your neighbour's behalf",
        # "hợp lệ", "đúng luật" (valid, lawful) say it is allowed
        "Ai bận thì viết giấy cho người nhà cầm đi bầu thay là hợp lệ",
        "Bỏ phiếu hộ cho ông bà là đúng luật nha",
        "Voting on your parents' behalf is legal this year",
    ],
)
def test_proxy_voting_said_allowed_with_authorise_valid_or_lawful(text):
    assert "proxy_voting" in {f.fact for f in check(text, FACTS)}, check(text, FACTS)


@pytest.mark.parametrize(
    "text",
    [
        # "ủy quyền" that is not about voting
        "Chủ tịch UBND xã có thể ủy quyền cho Phó Chủ tịch ký quyết định thành lập tổ bầu cử",
        "Giám đốc được ủy quyền ký hợp đồng in ấn tài liệu",
        # denied or refuted
        "Nobody can vote on your behalf; sick voters can ask for the mobile ballot box",
        "No one may vote on their behalf",
        "Cử tri không được ủy quyền cho người khác bỏ phiếu",
        "Phiếu bầu thay là không hợp lệ",
        "Bầu hộ là bất hợp pháp",
        "Voting on someone's behalf is illegal",
        "Ai nói ủy quyền đi bầu thay là đúng luật thì sai nhé, cử tri phải tự bỏ phiếu",
        # the competent body cited for the real rule
        "Theo quy định, cử tri không được bỏ phiếu thay người khác",
    ],
)
def test_proxy_voting_denied_refuted_or_not_about_voting_gives_no_finding(text):
    assert "proxy_voting" not in {f.fact for f in check(text, FACTS)}, check(text, FACTS)


@pytest.mark.parametrize(
    "text",
    [
        # the hour the writer arrived or voted, not an opening or closing hour
        "Điểm bầu mở cửa rất sớm, tôi đến lúc 9 giờ",
        "Polls open early this year and I was there at 8 a.m.",
        "Điểm bầu mở cửa lúc 7 giờ, mình đi bầu lúc 9 giờ",
        # "tôi" (I) folds like "tới" (until); a wait is not a closing limit
        "Hôm bầu cử tôi 8 giờ mới dậy",
        "Điểm bầu mở cửa sớm, hôm đó tôi 8 giờ mới dậy",
        "Điểm bầu đóng cửa lúc 19 giờ, cử tri xếp hàng không quá 1 giờ",
        "Polls close at 19:00 and nobody waits in line more than 1 hour",
        # a range of hours, not an age
        "Voting runs from 7 until 19",
        "Polls are open from 7 till 19 on Sunday",
        # "tới" (until) before another hour is not "tối" (evening): 7h, not 19h
        "Khu vực bỏ phiếu mở cửa từ 7h tới 19h",
        "Điểm bầu đóng cửa lúc 7 giờ tối 23/5",  # ("tối" before a date is still evening)
        # the deadline for candidacy files, not the polls
        "Bầu cử HĐND thành phố: nhận hồ sơ ứng cử tới 17h ngày 1/2",
        "Hạn chót nộp hồ sơ tự ứng cử là tới 17 giờ thứ Sáu",
    ],
)
def test_the_writers_own_hour_and_an_hour_range_are_not_misread(text):
    assert check(text, FACTS) == [], check(text, FACTS)


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Năm nay điểm bầu chỉ mở tới 17 giờ", "polls_close"),
        ("Năm nay bỏ phiếu đến 17 giờ", "polls_close"),
        ("Polls open at 9 a.m. this year", "polls_open"),
        ("Voters from 16 can vote this year", "voting_age"),
        ("Bau cu nam nay toi 17 gio la dong cua", "polls_close"),
        ("Năm nay điểm bầu cho phép đóng cửa không quá 23 giờ", "latest_close"),
        ("Khu vực bỏ phiếu mở cửa từ 7h tới 17h nha mọi người", "polls_close"),
        ("Điểm bầu năm nay chỉ mở từ 7 giờ tối", "polls_open"),
    ],
)
def test_polling_hours_still_read_beside_the_writers_own(text, fact):
    assert fact in {f.fact for f in check(text, FACTS)}, check(text, FACTS)


DECIDED = {**FACTS, "results_decided_by": "public_count"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Kết quả bầu cử đã được sắp đặt trước nên đi bầu cũng như không", "sắp đặt trước"),
        ("Người trúng cử do trên quyết định trước, không phải do lá phiếu của cử tri", "quyết định trước"),
        ("Nhân sự khóa mới đã an bài xong, bầu cử chỉ để hợp thức hóa", "an bài"),
        ("Chưa bầu đã biết ai trúng, lá phiếu chỉ để làm cảnh", "Chưa bầu đã biết"),
        ("ket qua bau cu da dinh san tu thang truoc roi", "dinh san"),
        ("The winners were picked before a single ballot was cast", "picked before"),
        ("Election results are decided in advance, the count is a show", "decided in advance"),
    ],
)
def test_results_said_settled_before_the_vote_are_found(text, found):
    fs = [f for f in check(text, DECIDED) if f.fact == "results_decided_by"]
    assert [f.found for f in fs] == [found], fs
    assert fs[0].kind == "decided" and fs[0].approved == "public_count"


@pytest.mark.parametrize(
    "text",
    [
        # denied, asked, named to be answered, quoted
        "Không có chuyện kết quả bầu cử được sắp xếp trước",
        "Có đúng là người trúng cử được quyết định trước không?",
        "Có phải kết quả đã được định sẵn",
        "Luận điệu cho rằng kết quả bầu cử được sắp xếp trước là xuyên tạc",
        "Ai bảo chưa bầu đã biết kết quả thì đi xem kiểm phiếu một lần",
        "Công an xử phạt người đăng bài khẳng định 'danh sách trúng cử được duyệt từ trước'",
        "Saw a post saying every winner was picked before the vote; in my ward the count was public",
        "Is it true the results are fixed before the vote?",
        # other meanings of "trước", "sẵn", "định"
        "Theo quy định trước ngày bầu cử 10 ngày, danh sách người ứng cử được niêm yết",
        "Tổ bầu cử đã sắp xếp trước bàn ghế và hòm phiếu",
        "Phiếu bầu được in sẵn tên người ứng cử",
        "Cử tri nên tìm hiểu và chọn trước người mình sẽ bầu",
        "Kết quả sẽ được công bố sau khi kiểm phiếu; tỷ lệ đi bầu được tổng hợp trước 22 giờ",
        "Ngày bầu cử đã được ấn định trước từ năm ngoái",
    ],
)
def test_results_settled_denied_asked_named_or_other_meanings_give_no_finding(text):
    assert "results_decided_by" not in {f.fact for f in check(text, DECIDED)}, check(text, DECIDED)


def test_settled_results_finding_renders_in_both_languages():
    from monitor.outputs.findings import render

    (f,) = check("Kết quả đã được sắp xếp trước", DECIDED)
    assert render(f, "vi") == (
        "Nội dung nói kết quả, người trúng cử là “sắp xếp trước”; thông tin chính thức: do kiểm phiếu công khai quyết định"
    )
    assert render(f, "en").endswith("approved: decided by the public count of the votes")


@pytest.mark.parametrize(
    "text",
    [
        # a bound or a round figure that the approved one satisfies (turnout 99.60%, 499 deputies)
        "Tỷ lệ cử tri đi bầu cả nước đạt trên 99%",
        "Tỷ lệ cử tri đi bầu đạt hơn 99%",
        "tỷ lệ cử tri đi bầu vượt 95%",
        "Tỷ lệ cử tri đi bầu đạt 99% trở lên",
        "Tỷ lệ cử tri đi bầu khoảng 99%",
        "Tỷ lệ cử tri đi bầu dưới 99,9%",
        "By 8 p.m., national voter turnout exceeded 99%",
        "Turnout was over 99 percent",
        "Turnout was more than 99%",
        "Voter turnout nationwide was about 99.5%",
        "Có hơn 400 đại biểu trúng cử Quốc hội",
        "Gần 500 đại biểu trúng cử Quốc hội",
        "More than 490 deputies were elected",
    ],
)
def test_a_bound_or_round_figure_that_the_approved_value_meets_gives_no_finding(text):
    assert check(text, FACTS) == []


@pytest.mark.parametrize(
    "text, fact",
    [
        # a bound the approved value breaks, or a figure far from it, is still a claim
        ("Tỷ lệ cử tri đi bầu dưới 60%", "turnout_percent"),
        ("Tỷ lệ cử tri đi bầu chưa tới 50%", "turnout_percent"),
        ("Tỷ lệ cử tri đi bầu trên 99,7%", "turnout_percent"),
        ("Tỷ lệ cử tri đi bầu chỉ khoảng 60%", "turnout_percent"),
        ("Tỷ lệ cử tri đi bầu chỉ hơn 45%", "turnout_percent"),
        ("Turnout was below 60 percent", "turnout_percent"),
        ("Turnout was just over 45%", "turnout_percent"),
        ("Chỉ khoảng 300 đại biểu trúng cử Quốc hội", "deputies_elected"),
        ("Có hơn 520 đại biểu trúng cử Quốc hội", "deputies_elected"),
        ("Fewer than 400 deputies were elected", "deputies_elected"),
    ],
)
def test_a_bound_or_round_figure_that_the_approved_value_breaks_is_found(text, fact):
    assert fact in {f.fact for f in check(text, FACTS)}


@pytest.mark.parametrize(
    "text,found",
    [
        # figures said to be invented or handed down, not counted
        ("Tỷ lệ cử tri đi bầu năm nào cũng gần 100% vì con số đó được viết sẵn", "viết sẵn"),
        ("ty le di bau gan 100% la so bia, ai chang biet", "so bia"),
        ("Tỷ lệ đi bầu công bố sẽ trên 99%, vì đó là chỉ tiêu chứ đâu phải số thật", "chứ đâu phải số thật"),
        (
            "Tỷ lệ đi bầu trên 99% không phải đếm ra mà là con số được giao từ trên xuống",
            "con số được giao từ trên xuống",
        ),
        ("Kết quả bầu cử có ai đếm đâu, trên bảo bao nhiêu là bấy nhiêu", "có ai đếm đâu"),
        ("The turnout figures were never counted, they were handed down", "never counted"),
    ],
)
def test_figures_said_invented_or_handed_down_are_found(text, found):
    fs = [f for f in check(text, DECIDED) if f.fact == "results_decided_by"]
    assert [f.found for f in fs][:1] == [found], fs


@pytest.mark.parametrize(
    "text",
    [
        "Thông tin bịa đặt về tỷ lệ cử tri đi bầu đã bị gỡ",
        "Tin đồn tỷ lệ đi bầu là số bịa là sai sự thật",
        "Không phải con số được giao từ trên xuống: tỷ lệ đi bầu do tổ bầu cử đếm và lập biên bản",
        "Tỉnh giao chỉ tiêu phấn đấu tỷ lệ cử tri đi bầu đạt trên 98%",
        "Số phiếu không hợp lệ không đếm vào số phiếu bầu cho người ứng cử",
        "Kết quả kiểm phiếu được lập biên bản, ai cũng xem được",
        "Is the turnout figure made up? In my ward the count was public",
        "The screenshot claiming the turnout was 45% is made up",
        "Đọc bài nói tỷ lệ đi bầu là số bịa, mình hỏi tổ trưởng thì được xem biên bản kiểm phiếu",
    ],
)
def test_figures_invented_denied_asked_or_other_meanings_give_no_finding(text):
    assert "results_decided_by" not in {f.fact for f in check(text, DECIDED)}, check(text, DECIDED)


@pytest.mark.parametrize(
    "text",
    [
        # "nobody forbids it", "it was let": proxy voting said allowed without "được"
        "Chẳng ai cấm bầu hộ cả",
        "Không ai cấm bầu hộ đâu, cứ cầm thẻ đi",
        "Bầu hộ không bị cấm nhé mọi người",
        "Cảm ơn tổ bầu cử đã cho bầu hộ bà nội",
        "Nobody forbids proxy voting here",
        "Proxy voting is not banned this year",
    ],
)
def test_proxy_voting_said_not_forbidden_or_let_is_found(text):
    assert "proxy_voting" in {f.fact for f in check(text, FACTS)}, check(text, FACTS)


@pytest.mark.parametrize(
    "text",
    [
        "Tổ bầu cử không cho bầu hộ đâu nhé",
        "Luật cấm bầu hộ dưới mọi hình thức",
        "Bầu hộ bị cấm, cử tri phải tự đi bầu",
        "Không ai được bầu hộ, kể cả vợ chồng",
        "Không ai cấm bầu hộ sao?",
        "Cảm ơn tổ bầu cử đã mang hòm phiếu phụ tới, không phải bầu hộ cho bà",
        "Proxy voting is banned",
    ],
)
def test_proxy_voting_forbidden_or_asked_gives_no_finding(text):
    assert "proxy_voting" not in {f.fact for f in check(text, FACTS)}, check(text, FACTS)


@pytest.mark.parametrize(
    "text, fact",
    [
        # parts counted in a later clause ("nhiều tỉnh", "tỉnh nào cũng") do not own the figure
        ("Chỉ 300 đại biểu trúng cử, nhiều tỉnh phải bầu lại", "deputies_elected"),
        ("Tỷ lệ cử tri đi bầu 45%, tỉnh nào cũng thấp", "turnout_percent"),
        ("Tỷ lệ cử tri đi bầu chỉ đạt 60%, nhiều đơn vị phải bầu lại", "turnout_percent"),
        ("Turnout was only 45%, many provinces must vote again", "turnout_percent"),
        # "còn xa" (still far) is not "xã" (a commune)
        ("Tỷ lệ cử tri đi bầu chỉ 45%, còn xa mới đạt chỉ tiêu", "turnout_percent"),
    ],
)
def test_figures_followed_by_many_parts_or_far_are_still_claims(text, fact):
    assert fact in {f.fact for f in check(text, FACTS)}, check(text, FACTS)


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ cử tri đi bầu đạt 99,71%, tỉnh Hòa Lâm dẫn đầu",
        "Tỷ lệ cử tri đi bầu ở nhiều tỉnh đạt 100%",
        "Tại nhiều xã, tỷ lệ cử tri đi bầu đạt 100%",
        "Tỷ lệ cử tri đi bầu 95%, xã Tân Lộc xếp cuối huyện",
    ],
)
def test_figures_of_parts_named_before_or_in_their_clause_stay_parts(text):
    assert check(text, FACTS) == [], check(text, FACTS)


@pytest.mark.parametrize(
    "text",
    [
        # "Theo đó", "trong đó": the sentence goes on about the part the sentence before named
        "Chiều 3/5, Ủy ban bầu cử tỉnh X công bố kết quả bầu cử đại biểu HĐND tỉnh. Theo đó, 49 người "
        "trúng cử; tỷ lệ cử tri đi bầu đạt 99,71%.",
        "Huyện Y đã hoàn thành bầu cử. Trong đó, tỷ lệ cử tri đi bầu đạt 98,5%.",
        "The district council announced its results. Accordingly, turnout was 97.2%.",
        # a consensus rate in a class chat is no turnout
        "Nhóm chat lớp bầu người trả tiền trà sữa, tỷ lệ đồng thuận 64,90%",
    ],
)
def test_a_part_named_in_the_sentence_before_a_linking_word_owns_the_figure(text):
    assert check(text, FACTS) == [], check(text, FACTS)


def test_without_a_linking_word_the_sentence_before_does_not_count():
    text = "Ủy ban bầu cử tỉnh X họp báo sáng nay. Tỷ lệ cử tri đi bầu cả nước chỉ đạt 45%."
    assert {f.fact for f in check(text, FACTS)} == {"turnout_percent"}


@pytest.mark.parametrize(
    "text",
    [
        "No, turnout wasn't 71.4%. The National Election Council reported 99.60% nationwide",
        "Tỷ lệ cử tri đi bầu không phải 45% như tin đồn",
        "Số đại biểu trúng cử chẳng phải 412 như ảnh chụp",
    ],
)
def test_a_figure_denied_right_before_it_gives_no_finding(text):
    assert check(text, FACTS) == [], check(text, FACTS)


@pytest.mark.parametrize(
    "text",
    ["Tỷ lệ cử tri đi bầu không đạt 50%", "Turnout was not even 50%", "Tỷ lệ cử tri đi bầu không tới 60%"],
)
def test_a_figure_given_as_not_reached_is_an_upper_bound(text):
    assert {f.fact for f in check(text, FACTS)} == {"turnout_percent"}, check(text, FACTS)


@pytest.mark.parametrize(
    "text",
    [
        # early voting where the law allows it: its date is not the election day
        "Sailors on the outer islands cast their ballots on May 16, a week ahead of the official election day.",
        "Cử tri trên các đảo xa đã bỏ phiếu ngày 16/5, trước ngày bầu cử chính thức một tuần.",
        # areas that vote early, the word "sớm" anywhere in the sentence
        "Ngoài 3 khu vực ở huyện đảo đã bỏ phiếu ngày 9-5, còn 120 khu vực ở 8 tỉnh sẽ tổ chức bầu cử sớm.",
        "Các khu vực bầu cử sớm của tỉnh bỏ phiếu ngày 16/5 theo quyết định của Ủy ban bầu cử",
        # a share of a group counted right before it, not the turnout
        "Số đại biểu tái cử là 145 người, tỷ lệ 29%.",
        "Trong số người trúng cử có 47 đại biểu dưới 40 tuổi, chiếm 9,4%.",
        "Of the deputies elected, 78 are from ethnic minorities (15.6 percent).",
        # a group within the deputies, not all of them
        "Quốc hội khóa XV có 151 đại biểu nữ trúng cử",
        "Trong số đại biểu trúng cử có 14 đại biểu ngoài Đảng",
        "The new Assembly has 47 deputies under 40 who were elected for the first time",
    ],
)
def test_early_voting_group_shares_and_subgroups_give_no_finding(text):
    assert not check(text, FACTS), check(text, FACTS)


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Bầu cử dời sớm lên ngày 16/5, sớm hơn một tuần", "election_date"),
        ("Nghe nói năm nay bầu cử sớm, bầu cử ngày 16/5", "election_date"),
        ("Bầu cử dời sang ngày 30/5 ở khu vực phường 3", "election_date"),
        ("Ngày bầu cử đổi thành 16/5 nha cả nhà", "election_date"),
        ("The election has been moved up to May 16", "election_date"),
        ("The election is on May 16 this year, share!", "election_date"),
        ("Tổng số cử tri đi bầu là 40 triệu cử tri, chiếm 45%", "turnout_percent"),
        ("Cả nước chỉ bầu được 480 đại biểu", "deputies_elected"),
    ],
)
def test_the_same_facts_claimed_are_still_found(text, fact):
    assert fact in {f.fact for f in check(text, FACTS)}, check(text, FACTS)


@pytest.mark.parametrize(
    "text",
    [
        # a running count at an hour of the day, however the hour is written
        "Tới 15 giờ 30, tỷ lệ cử tri đi bầu đạt 85,4%",
        "Đến 16h, tỷ lệ cử tri đi bầu cả nước đạt 88%",
        "Lúc 11 giờ trưa, tỷ lệ cử tri đi bầu mới đạt 60%",
        # a place that leads, or trails, the country: its own figure
        "Hòa Lâm dẫn đầu cả nước với tỷ lệ cử tri đi bầu đạt 92,3%",
        "Phú Điền có tỷ lệ cử tri đi bầu thấp nhất cả nước, 97,1%",
        # an earlier or rounder count within a point of the approved turnout (99.60%)
        "Tỷ lệ cử tri đi bầu đạt 99,12%, cao hơn kỳ trước",
        "Voter turnout reached 99.2 percent",
    ],
)
def test_interim_counts_places_ranked_against_the_country_and_near_figures_give_no_finding(text):
    assert check(text, FACTS) == [], check(text, FACTS)


@pytest.mark.parametrize(
    "text",
    [
        # polling hours in the same sentence do not make the figure a running count
        "Bầu cử từ 7 giờ tới 19 giờ mà tỷ lệ cử tri đi bầu chỉ 41%",
        "Mở cửa từ 7h đến 19h, vậy mà tỷ lệ đi bầu chỉ 58%",
        # a point and a half off is another figure
        "Tỷ lệ cử tri đi bầu chỉ đạt 98%",
        "Tỷ lệ đi bầu cả nước chỉ 71%, thấp nhất lịch sử",
    ],
)
def test_figures_beside_polling_hours_or_more_than_a_point_off_are_still_found(text):
    assert {f.fact for f in check(text, FACTS)} == {"turnout_percent"}, check(text, FACTS)


@pytest.mark.parametrize(
    "text",
    [
        # a name that folds to a qualifier ("Tư" → "tu", from) is a person's, and so is the age
        "Hàng triệu cử tri đi bầu cử, trong đó có nhà giáo Phạm Văn Tư 104 tuổi.",
        "Cử tri cao tuổi nhất phường là cụ Lê Thị Hơn 97 tuổi, đi bầu từ sáng sớm",
        # a running report by an hour, not the polls' closing hour
        "Ban chỉ huy cho biết đến 9h30 sáng 23/5, khu vực bỏ phiếu số 4 của đảo đã hoàn thành bỏ phiếu",
        "Tới 10 giờ ngày 23/5, 95% cử tri của xã đảo đã bỏ phiếu xong",
        # announcing something else (a price table) on a date; complaints received for some days
        "Hội đồng nhân dân thông qua bảng giá đất mới để công bố và áp dụng từ ngày 1/7, đa số đại biểu tán thành",
        "Tỉnh sắp công bố kết quả bầu cử và tiếp nhận khiếu nại trong 7 ngày",
    ],
)
def test_names_running_reports_other_announcements_and_complaint_days_give_no_finding(text):
    assert check(text, FACTS) == [], check(text, FACTS)


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Từ 20 tuổi mới được đi bầu, ai chưa đủ thì ở nhà", "voting_age"),
        ("NĂM NAY PHẢI TỪ 20 TUỔI MỚI ĐƯỢC ĐI BẦU", "voting_age"),
        ("Năm nay bỏ phiếu đến 17 giờ thôi, ai tới muộn không được bầu", "polls_close"),
        ("Đến 16 giờ các điểm bỏ phiếu sẽ đóng cửa, mọi người đi sớm", "polls_close"),
        ("Kết quả bầu cử sẽ được công bố ngày 30/6", "results_announced_date"),
        ("Kết quả bầu cử sẽ công bố trong vòng 30 ngày sau ngày bầu", "results_deadline_days"),
    ],
)
def test_ages_hours_dates_and_days_still_found_beside_those(text, fact):
    assert fact in {f.fact for f in check(text, FACTS)}, check(text, FACTS)


@pytest.mark.parametrize(
    "text",
    [
        # the wrong value corrected by the approved one, stated as the true one
        "Ai nói bầu cử lùi sang 6/6 là không đúng, xã vừa xác nhận vẫn 23/5",
        "Tin bầu cử dời sang 30/5 là tin giả. Ngày bầu vẫn là Chủ nhật 23/5.",
        "Con số tỷ lệ đi bầu 64% trên mạng không có nguồn. Tỷ lệ chính thức là 99,60%.",
        "A post claiming 450 deputies were elected is wrong. The official count is 499.",
        # "gia đình" after the approved value does not call it false ("giả")
        "Tin tỷ lệ 45% là sai. Tỷ lệ chính thức là 99,60%, gia đình tôi cũng đi bầu đủ",
        # a date denied right before it
        "Kết quả được công bố ngày 10/6 chứ không phải 28/5 như bài đăng kia",
    ],
)
def test_a_value_corrected_by_the_approved_one_is_not_claimed(text):
    assert not check(text, FACTS), check(text, FACTS)


@pytest.mark.parametrize(
    "text,fact",
    [
        # the approved value named, then the reality claimed behind it
        ("Họ công bố chính thức 99,6% nhưng thực tế tỷ lệ đi bầu chỉ 45%", "turnout_percent"),
        # the approved value called false, so not stated as the true one
        ("Tỷ lệ chính thức 99,6% là bịa, tỷ lệ cử tri đi bầu chỉ 45%", "turnout_percent"),
        ("The official turnout of 99.6% is cooked; turnout was only 45%", "turnout_percent"),
        # "but" from the approved value to the other one
        ("Ngày bầu cử chính thức là 23/5, nhưng nay bầu cử đã dời sang ngày 30/5", "election_date"),
        ("Họ bảo bầu cử vẫn là 23/5, thực ra bầu cử dời sang ngày 30/5", "election_date"),
        # both values given as facts, with nothing calling either true or false
        ("Cử tri dưới 60 tuổi bỏ phiếu ngày 23/5, còn cử tri từ 60 tuổi bầu cử ngày 6/6", "election_date"),
    ],
)
def test_a_value_next_to_the_approved_one_is_still_claimed(text, fact):
    assert fact in {f.fact for f in check(text, FACTS)}, check(text, FACTS)


# -- a figure compared with another year's ------------------------------------------------------


@pytest.mark.parametrize(
    "text,found",
    [
        ("Turnout was 45%, down from 99% in 2016", "45%"),
        ("Turnout was only 45 percent, down from 99 percent in 2016", "45 percent"),
        ("Tỷ lệ cử tri đi bầu chỉ 45%, giảm mạnh so với 99% năm 2016", "45%"),
        ("Tỷ lệ cử tri đi bầu đạt 45%, trong khi năm 2016 là 99%", "45%"),
        ("ty le di bau chi con 45%, thap hon nhieu so voi 99% nam 2016", "45%"),
        ("Chỉ có 300 đại biểu trúng cử, giảm mạnh so với 494 đại biểu năm 2016", "300"),
        ("Only 300 deputies were elected, down from 494 in 2016", "300"),
        # the change told from the other figure to this one: the figure after "xuống", "to"
        ("Tỷ lệ cử tri đi bầu giảm từ 99% năm 2016 xuống 45%", "45%"),
        ("Tỷ lệ đi bầu giảm mạnh từ 99% của năm 2016 xuống chỉ còn 45%", "45%"),
        ("Turnout fell to 45% from 99% in 2016", "45%"),
        ("Turnout dropped from 99% in 2016 to 45%", "45%"),
        ("Số đại biểu trúng cử giảm từ 494 đại biểu năm 2016 xuống còn 300 đại biểu", "300"),
        ("The number of deputies elected fell from 494 in 2016 to 300 deputies", "300"),
    ],
)
def test_a_figure_compared_with_another_years_is_this_elections(text, found):
    """The other year belongs to the figure it is compared with, after it: the first figure is
    this election's, and the earlier year's figure is not checked."""
    assert [f.found for f in check(text, FACTS)] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was 99.6%, up from 99.35% in 2016",
        "Tỷ lệ cử tri đi bầu đạt 99,60%, tăng so với 99,35% năm 2016",
        # the other year comes first, or next to the figure itself: another election's figure
        "In 2016 turnout was 45%, compared with 60% in 2011",
        "Turnout was 45% in 2016, down from 60% in 2011",
        "Năm 2016, tỷ lệ cử tri đi bầu là 45%, giảm so với 60% năm 2011",
        "Tỷ lệ cử tri đi bầu năm 2016 là 45%",
        "Năm 2016 có 494 đại biểu trúng cử, so với 500 năm 2011",
        # a change between two other years: both figures are theirs
        "Tỷ lệ đi bầu giảm từ 60% năm 2011 xuống 45% năm 2016",
        "Turnout fell from 60% in 2011 to 45% in 2016",
        "Turnout fell to 45% in 2016 from 60% in 2011",
    ],
)
def test_another_elections_figures_compared_with_each_other_give_no_findings(text):
    assert check(text, FACTS) == []


def test_the_years_of_what_is_compared_are_found_and_hidden_from_the_model():
    from classifiers.clauses import compared_years
    from classifiers.narrative import _without

    text = "Tỷ lệ đi bầu năm 2021 chỉ 45%, giảm so với 99% năm 2016."
    (span,) = compared_years(text)
    assert text[slice(*span)] == "2016"
    assert _without(text, compared_years) == text.replace("2016", "____")
    assert _without("Turnout was 45.2%, down from 99.6% in 2016.", compared_years) == (
        "Turnout was 45.2%, down from 99.6% in ____."
    )
    # in another sentence, or too far from the comparison: the year stays
    assert compared_years("Tỷ lệ giảm so với trước. Năm 2016 khác") == []
    assert compared_years("Tỷ lệ giảm so với " + "rất " * 12 + "năm 2016") == []
    # a chat's "vs" is "với", and a year inside a hashtag is part of a word
    assert compared_years("nhà mạng đối chiếu số thuê bao vs danh sách cử tri #baucu2021") == []
    assert compared_years("Turnout rose to 99%, up from #baucu2016") == []
    assert compared_years("không có năm nào ở đây, so với trước") == []
