"""The staged flag decision: relevance first, names masked, evidence of falsity decides."""

from __future__ import annotations

import unicodedata

import pytest
import yaml

from classifiers import text as T
from classifiers.decision import FALSITY_KINDS, FEATURES, Decider
from classifiers.names import NAME_TOKEN, mask_names
from classifiers.narrative import NarrativeClassifier
from classifiers.relevance import RelevanceRules
from tests.classifiers.conftest import ROOT

DATA = yaml.safe_load((ROOT / "data" / "relevance.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rules():
    return RelevanceRules(DATA)


@pytest.fixture(scope="module")
def decider(small_model, messages, synth_rows):
    return Decider(small_model, messages, DATA, known_claims=synth_rows)


# -- relevance ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cử tri phường 3 đi bầu đại biểu Quốc hội khóa XV",
        "cu tri di bau som tai diem bo phieu",  # typed without accents
        "BẦU CỬ HÐND CÁC CẤP",  # capitals, and Ð (U+00D0) written for Đ
        "Voters queue at polling stations across the province",
        "Bầu cử ngày 23/5/2021: tổ bầu cử sẵn sàng",
        "Việt Nam: cử tri đi bầu, trong khi nước Mỹ tranh cãi",  # a home word wins over a foreign one
        "Con gái tôi ở Israel hỏi có đi bầu cử ở đại sứ quán được không",  # overseas voters: this election
        "Việt kiều ở Peru được bỏ phiếu tại lãnh sự quán, bạn bè nhắn vậy",
        # words that fold to a country's name: "triệu tiền" (Triều Tiên), "góp phần lan" (Phần Lan),
        # "Thái Nguyên" (Thái)
        "Đi bầu phải nộp 2 triệu tiền lệ phí, ai không nộp bị gạch tên",
        "Cử tri Thái Nguyên góp phần lan tỏa không khí ngày bầu cử",
        # a post's own hashtag for the election, with no other election word
        "FYI they already know who wins, they knew months ago. The count is a show!! #VietnamElection",
        "Guys, no need to wait for June, the final tally is out!! #election2021",
        # a candidate's posted biography, the Front's consultation or an election team tie the text
        # home, whatever country a claim about the candidate names
        "Bằng thạc sĩ ghi trong tiểu sử ứng cử của ứng viên tỉnh Nam Sơn do một trường ở Singapore cấp",
        "Ông ấy có thẻ xanh Mỹ mà vẫn qua hiệp thương, ra ứng cử được à",
        "Not one self-nominated candidate won a seat this year, the final list is out",
    ],
)
def test_about_this_election(rules, text):
    r = rules.check(text)
    assert r.relevant and r.reason == "on_topic", r


@pytest.mark.parametrize(
    "text,reason",
    [
        ("Giá xăng tăng 500 đồng từ chiều nay", "no_election_words"),
        ("Typepad release notes: new editor and faster uploads", "no_election_words"),
        # "bầu" and "phiếu" alone are other things
        ("Nhóm cổ phiếu ngân hàng giảm điểm phiên chiều", "no_election_words"),
        ("Nữ diễn viên khoe ảnh bầu bí tháng thứ sáu", "no_election_words"),
        ("Ông bầu câu lạc bộ chi thêm tiền thưởng cho đội", "no_election_words"),
        ("Chung cư bầu ban quản trị mới, phát phiếu cho từng hộ", "other_election"),
        ("Công an niêm phong kho hàng lậu, thu giữ gạch sàn nhập khẩu", "no_election_words"),
        ("Sheriff's deputies responded to the crash on the highway", "no_election_words"),
        ("Mẹ bầu ho nhiều có ảnh hưởng đến thai nhi không?", "no_election_words"),
        ("Mua đồ bầu online giá rẻ, váy bầu ở đâu đẹp", "no_election_words"),
        ("Quang Hải được bầu chọn là cầu thủ xuất sắc nhất tháng", "no_election_words"),
        ("Kẻ trộm cạy mở hòm công đức ở chùa", "no_election_words"),
        ("Bệnh nhân ca mổ hôm qua đã tỉnh lại", "no_election_words"),
        ("Bố bầu cùng vợ đi siêu âm", "no_election_words"),
        ("Những ngày bầu bí, mẹ bầu không được bấu vào bụng", "no_election_words"),
        ("Những ngày bầu trời mù bụi mịn, cử tri phàn nàn với phường", "no_election_words"),
        # "toàn bộ phiếu" (every certificate) folds as "toàn bỏ phiếu" would
        ("Cục quản lý thu hồi toàn bộ phiếu công bố sản phẩm của công ty", "no_election_words"),
        # one weak word alone: a delegation, a congress, a council's session, deputies at work,
        # a contest's or a team's candidates, a coach's list, a club's president
        ("Thủ tướng dẫn đầu đoàn đại biểu cấp cao sang thăm chính thức một nước láng giềng", "no_election_words"),
        ("Hơn 300 đại biểu dự hội thảo về chuyển đổi số ngành du lịch", "no_election_words"),
        ("HĐND thành phố thông qua nghị quyết về bảng giá đất mới", "no_election_words"),
        ("Đại biểu Quốc hội đề nghị giảm thuế cho hộ kinh doanh nhỏ", "no_election_words"),
        ("Cử tri kiến nghị sớm sửa tuyến đường xuống cấp trước mùa mưa", "no_election_words"),
        ("Nam ca sĩ là ứng viên sáng giá của cuộc thi sắc đẹp năm nay", "no_election_words"),
        ("Tiền đạo này là ứng cử viên số một cho danh hiệu vua phá lưới", "no_election_words"),
        ("Huấn luyện viên gạch tên hai hậu vệ trước trận gặp đội chủ nhà", "no_election_words"),
        ("Cựu chủ tịch câu lạc bộ tái đắc cử sau cuộc họp hội viên", "no_election_words"),
        # the same weak word said again, longer or shorter, is still one word
        (
            "Đại biểu Quốc hội: cần thí điểm điện hạt nhân nhỏ. Đại biểu cho rằng mô hình còn rủi ro",
            "no_election_words",
        ),
        ("HĐND tỉnh họp chuyên đề; đại biểu HĐND chất vấn giám đốc sở về giá đất", "no_election_words"),
        # one weak word in two spellings is still one word
        (
            "Cựu tuyển thủ là ứng viên số một cho ghế HLV trưởng, nhưng vẫn còn hai ứng cử viên khác",
            "no_election_words",
        ),
        ("Hội đồng nhân dân phường họp; HĐND thông qua kế hoạch chỉnh trang vỉa hè", "no_election_words"),
        # two weak words, one inside a phrase that names something else
        ("Bầu Đức đăng ký mua thêm cổ phiếu của công ty", "no_election_words"),
        ("Cổ phiếu ngân hàng giảm, đại biểu các quỹ đầu tư họp khẩn", "no_election_words"),
        ("Bầu trời trong xanh, nhiều đại biểu dự lễ khánh thành cây cầu", "no_election_words"),
        ("Bầu cử tổng thống Mỹ: cử tri đi bầu sớm kỷ lục", "other_election"),
        ("Japan's ruling party wins the upper house election", "other_election"),
        ("Shareholders vote to approve the merger", "other_election"),
        (
            "Assembly polls in the state: 57% turnout in the second phase, higher than the Lok Sabha vote",
            "other_election",
        ),
        ("Bihar votes in three phases; the EC says no booth needs a repoll", "other_election"),
        # the votes the press covered most in 2025-2026, and clubs' presidential votes
        ("Nga nói nội bộ Ukraine chia rẽ vì chuyện có tổ chức bầu cử hay không", "other_election"),
        ("Thủ tướng Hungary thừa nhận thất bại sau khi kiểm phiếu", "other_election"),
        ("Chủ tịch Barca tái đắc cử với hơn 68% số phiếu bầu", "other_election"),
        # US elections as the press reports them: states, counties, chambers, parties
        ("Nhiều người đã chết vẫn bỏ phiếu ở tiểu bang Michigan", "other_election"),
        ("Cử tri hạt Maricopa được phát bút dạ làm phiếu bầu vô hiệu", "other_election"),
        ("Ballots were found in a county dumpster, a viral post claims", "other_election"),
        ("Dead people always vote Democrat", "other_election"),
        ("Cựu giám đốc điều trần trước Thượng viện về bầu cử", "other_election"),
        # a state or a city named alone (real press wordings measured on real pages, in our words)
        ("Ở New Hampshire, vài thị trấn mở điểm bỏ phiếu ngay từ nửa đêm", "other_election"),
        ("Hội đồng bầu cử quận ở Bắc Carolina có thể loại phiếu của cử tri đã mất", "other_election"),
        ("Tokyo đổ tuyết mà tỷ lệ cử tri đi bầu vẫn cao hơn kỳ trước", "other_election"),
        (
            "Counting staff did not conjure Biden ballots at night; the mail-in votes were tallied late",
            "other_election",
        ),
        # bodies' votes after the election, or inside organisations, with weak words only: a
        # council electing its chair, the Assembly its leaders, a confidence vote, a congress
        (
            "Ông Trần Văn X được HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh với 60/62 phiếu tán thành",
            "other_election",
        ),
        ("Giới thiệu bà Y để HĐND thành phố bầu làm Phó chủ tịch HĐND", "other_election"),
        ("Quốc hội bầu Chủ tịch Quốc hội; 480/480 đại biểu có mặt tán thành", "other_election"),
        ("Kỳ họp thứ nhất HĐND phường: đại biểu bầu các chức danh chủ chốt", "other_election"),
        ("Đại hội đại biểu Hội Nông dân tỉnh bầu ông Z tái đắc cử Chủ tịch Hội", "other_election"),
        ("Quốc hội lấy phiếu tín nhiệm 40 chức danh; đại biểu đánh giá", "other_election"),
        ("Sáng nay HĐND tỉnh bầu ông Z, Phó bí thư Tỉnh ủy, làm Chủ tịch UBND tỉnh", "other_election"),
        ("Thủ tướng nước này vượt qua cuộc bỏ phiếu bất tín nhiệm tại quốc hội", "other_election"),
        ("The People's Council elected chairman a sitting deputy, all 58 members in favour", "other_election"),
        # a show's public vote
        ("Fans can vote by SMS for their favourite contestant until midnight", "other_election"),
        ("Contestants under 16 cannot take part in the talent show vote this season", "other_election"),
        # a delegation of the deputies at work between elections
        ("Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri, nghe kiến nghị về đường liên xã", "no_election_words"),
        ("Đoàn đại biểu HĐND, UBND thành phố dâng hương tại nghĩa trang liệt sĩ", "no_election_words"),
        ("Ông Netanyahu đối mặt cuộc bầu cử sớm khi liên minh cầm quyền rạn nứt", "other_election"),
        # any other country, by its Vietnamese or English name
        ("Người dân Thụy Sĩ bỏ phiếu phản đối đề xuất thuế mới", "other_election"),
        ("Đảng cầm quyền Đan Mạch mất ghế sau cuộc bầu cử sớm", "other_election"),
        ("Cử tri Nam Phi đi bỏ phiếu bầu quốc hội mới", "other_election"),
        ("Nepal votes in a snap election after months of protests", "other_election"),
        ("Estonia cho dân bỏ phiếu qua mạng từ lâu", "other_election"),
        # a company's, a club's, a school's or a building's own vote
        ("Đại hội cổ đông năm nay cho bỏ phiếu trực tuyến, ai vắng thì ủy quyền", "other_election"),
        ("Shareholders can vote by proxy or online until 5 p.m. on Friday", "other_election"),
        ("The book club votes on next month's title by email, polls close Sunday", "other_election"),
        ("Bầu cử hội sinh viên khoa: bỏ phiếu online từ 8 giờ sáng", "other_election"),
        ("Bầu cử đại biểu Quốc hội khóa XIV năm 2016", "other_year"),
        ("Nhiệm kỳ 2016-2021: cử tri đã bầu 496 đại biểu", "other_year"),
        # the Assembly's term in figures
        ("Cử tri sẽ chọn 500 đại biểu Quốc hội khóa 16 vào giữa tháng 3", "other_year"),
        ("Voters will choose 500 deputies for the 14th National Assembly", "other_year"),
        ("Danh sách ứng cử ĐBQH khóa 13 có 827 người", "other_year"),
        ("", "empty"),
    ],
)
def test_not_about_this_election(rules, text, reason):
    r = rules.check(text)
    assert not r.relevant and r.reason == reason, r


@pytest.mark.parametrize(
    "text",
    [
        # years that are not an election's year: a birth year, the year of an old decision
        "Hồ sơ ứng cử của bà X ghi năm sinh 2003, tức chưa đủ 21 tuổi, vẫn có tên trong danh sách",
        "Ảnh chụp quyết định kỷ luật ứng cử viên năm 2015 đang lan truyền trước ngày bầu cử",
        "Ứng viên tốt nghiệp đại học năm 2009, từng công tác ở huyện trước khi ra ứng cử",
        # the year of the election law, not of the election
        "Cuộc bầu cử này vẫn áp dụng Luật Bầu cử năm 1997, chưa sửa gì",
        "The vote is held under an election law adopted in 2019, they say",
        # the voter list as chats shorten it
        "ds cu tri phuong minh chua thay dan o dau ca",
        # election words that the first vocabulary missed
        "Tỷ lệ phiếu hợp lệ cả nước chỉ 53%, phải bầu lại nhiều nơi",
        # this term in figures, and a faculty or a course that is not a term
        "Quốc hội khóa 15 có 499 đại biểu trúng cử",
        "Voters elected 499 deputies to the 15th National Assembly",
        "Sinh viên khóa 14 của trường được hướng dẫn đi bầu cử tại nơi tạm trú",
        "Ai không bầu cho người này sẽ bị ghi tên báo lên phường",
        "Psa: dead people are still on the list and somehow they all voted",
        "Mua phiếu ở phường 7, mỗi phiếu 200 nghìn",
        # how posts name the vote and the ballots without "bầu cử" or "phiếu bầu"
        "Nghe nói tối qua có người mang thêm hai bao phiếu vào nhà văn hóa",
        "Ai tạm trú thì mất quyền bầu, phải về quê mới được bầu nha",
        "diem bau nam nay doi sang nha van hoa, to truong vua bao",
        "Camera ở điểm bầu tắt đúng lúc mở hòm, chắc chắn có thay phiếu",
        "Phiếu thừa không hủy mà cất đi để bù vào lúc cuối",
        "Một người bầu hộ cho cả nhà cũng được, khỏi xếp hàng",
        "The tally sheet on the door does not match the one sent to the district",
        # two different weak words
        "Ứng viên nào được nhiều phiếu nhất thì thắng, cử tri tự quyết",
        "Đại biểu HĐND phường gặp cử tri trước ngày bầu",
        "Ai gạch tên ứng viên của phường là bị ghi lại",
        # a body's vote named beside an election word of the general vote outside its phrase
        "Ông X trúng cử đại biểu HĐND tỉnh và được bầu giữ chức Chủ tịch HĐND tỉnh",
        "Sau bầu cử, HĐND thành phố kiện toàn bộ máy và bầu các chức danh chủ chốt",
        "Kiện toàn Ủy ban bầu cử tỉnh: phê chuẩn 25 thành viên",
        "Nghe nói kết quả bầu cử đã có trước, Chủ tịch HĐND được bầu giữ chức từ lâu rồi",
        # the ballot box, the booth, the council's abbreviation, voting online, staying away
        "Thùng phiếu niêm phong xong bị đem đi đốt, kết quả báo cáo theo số có sẵn",
        "Camera gắn ngay trên buồng viết phiếu, quay rõ từng người",
        "HĐBCQG thông báo cập nhật thông tin trước 20h hôm nay",
        "Năm nay bầu qua mạng được rồi, đăng nhập bằng số căn cước là xong",
        "Ai trốn bầu sẽ bị mời lên phường làm việc",
        "Người tạm trú chỉ được bầu HĐND phường thôi",
        # voting day and the ballot desk as posts name them
        "Nghe nói toàn bộ phiếu bầu ở phường 3 đã bị đốt",
        "Nhóm mình ơi, chủ nhật 30/5 mới là ngày bầu nha mọi người",
        "Bàn phát phiếu ở xã bắt khai thu nhập trước khi nhận phiếu",
        "Sổ nhận phiếu có chữ ký của người đã mất từ lâu",
        # "1,5 triệu tiền" folds to "trieu tien": no country is named
        "Đi bầu phải nộp 1,5 triệu tiền in phiếu, ai không nộp thì ở nhà",
        # voting twice, the count's sheets and team
        "Mỗi người được bầu hai lần, sáng một lần chiều một lần",
        "I saw a man vote twice at two stations in our ward",
        "The vote tally in our ward was rewritten overnight",
        "A counting team member says the sheets were filled in before noon",
    ],
)
def test_about_this_election_without_the_first_vocabulary(rules, text):
    r = rules.check(text)
    assert r.relevant and r.reason == "on_topic", r


@pytest.mark.parametrize(
    "text",
    [
        "Cuộc bầu cử năm 2016 có tỷ lệ cử tri đi bầu cao",
        "In the 2016 election turnout was high",
        "Bầu cử Quốc hội năm 2011: cử tri cả nước đi bầu",
    ],
)
def test_a_year_tied_to_an_election_is_another_election(rules, text):
    r = rules.check(text)
    assert not r.relevant and r.reason == "other_year", r


def test_the_shipped_data_lists_the_demo_candidates():
    from monitor.ingest.pipeline import load_relevance

    r = RelevanceRules(load_relevance(None))
    assert r.check("Mr. Hoang Van E has a second passport, here's the proof").relevant
    assert r.check("Bà Lê Thị C đã rút tên, đơn đây").relevant


def test_candidate_names_count_as_election_words():
    r = RelevanceRules({**DATA, "election": {**DATA["election"], "candidates": ["Trần Thị Bích"]}})
    assert r.check("tran thi bich noi gi hom qua").relevant
    assert not RelevanceRules(DATA).check("tran thi bich noi gi hom qua").relevant


@pytest.mark.parametrize(
    "text",
    [
        "",
        "https://example.com/a/b?c=d",
        "🔥🔥🔥🙏",
        "bầu cử " * 150_000,  # ~1 MB
        "选举日期已经改变，请转发",  # another script
        "Привет, выборы перенесли",
        "Bầu cử hôm nay, voters are asked to bring ID cards 🙏 https://x.vn",
    ],
)
def test_bad_input_gets_a_decision(decider, text):
    (d,) = decider.decide([text])
    assert isinstance(d.relevance.relevant, bool) and d.band in ("flag", "look", "clear", "off_topic")
    assert d.flagged is False or d.relevance.relevant


def test_off_topic_items_are_never_flagged_and_skip_the_model(decider, monkeypatch):
    seen = []
    real = decider.model.predict_batch
    monkeypatch.setattr(
        decider.model, "predict_batch", lambda texts, **kw: seen.append(list(texts)) or real(texts, **kw)
    )
    out = decider.decide(["Giá vàng hôm nay tăng mạnh, nghe nói sắp phạt", "Ai không đi bầu sẽ bị phạt 5 triệu đồng"])
    assert out[0].band == "off_topic" and not out[0].flagged and out[0].relevance.reason == "no_election_words"
    assert seen == [["Ai không đi bầu sẽ bị phạt 5 triệu đồng"]]


def test_learned_relevance_score(synth_rows):
    off = [
        "Giá xăng dầu tăng từ chiều nay theo điều hành liên bộ",
        "Đội tuyển bóng đá thắng 2-0 trong trận giao hữu",
        "Bầu cử tổng thống ở nước ngoài có nhiều tranh cãi",
        "New smartphone release brings a faster chip",
    ] * 5
    texts = [t for t, _ in synth_rows] + off
    labels = [lab for _, lab in synth_rows] + ["none"] * len(off)
    relevant = [True] * len(synth_rows) + [False] * len(off)
    m = NarrativeClassifier(word_max_features=5000, char_max_features=10000).fit(texts, labels, relevant=relevant)
    assert m.relevance_ is not None
    p_on, p_off = m.predict_batch(["Ai không đi bầu sẽ bị phạt 5 triệu đồng", "Giá xăng dầu tăng từ chiều nay"])
    assert p_on.relevance > 0.5 > p_off.relevance
    assert NarrativeClassifier(word_max_features=5000, char_max_features=10000).fit(texts, labels).relevance_ is None


# -- person names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,name",
    [
        ("Giấy xác nhận ứng viên Phạm Văn D từng có tiền án", "Phạm Văn D"),
        ("Ông Nguyễn Văn An nói sẽ rút lui", "Nguyễn Văn An"),
        ("Nghe nói bà Lan đã nhận tiền", "Lan"),
        ("Mr. hoang van e has a second passport", "hoang van e"),
        ("Dr Smith says the vote is rigged", "Smith"),
        ("Trần Thị B bị loại khỏi danh sách", "Trần Thị B"),
    ],
)
def test_person_names_are_replaced_keeping_offsets(text, name):
    masked = mask_names(text)
    assert len(masked) == len(text)
    assert name not in masked and NAME_TOKEN in masked
    assert NAME_TOKEN in T.tokenize(T.prepare(masked))


def test_places_and_ordinary_words_are_not_names():
    for text in ("Thành phố Hồ Chí Minh tổ chức bầu cử", "ông bà đi bầu sớm", "Bầu cử ngày 23/5"):
        assert mask_names(text) == text
    assert mask_names("ung vien Le Bich noi", ["Lê Bích"]) == "ung vien " + NAME_TOKEN + "  noi"


def test_names_are_never_features_or_evidence():
    # Every fabrication example names the same person: before masking, the name was top evidence.
    fab = [f"Ứng viên Phạm Văn D {w} giả, chia sẻ gấp" for w in ("có bằng", "có hồ sơ", "có giấy tờ", "có ảnh")] * 6
    other = [f"Cử tri đi bầu {w} tại điểm bỏ phiếu" for w in ("sớm", "đông", "vui", "đúng giờ")] * 6
    m = NarrativeClassifier(word_max_features=5000, char_max_features=10000, min_df=1).fit(
        fab + other, ["candidate_fabrication"] * len(fab) + ["none"] * len(other)
    )
    vocab = set(m.pipeline_.named_steps["features"].transformer_list[0][1].feature_names_.tolist())
    assert not {"phạm", "văn", "phạm văn", "văn d"} & vocab
    (p,) = m.predict_batch(["Ứng viên Phạm Văn D có bằng giả"], explain=True)
    assert p.flagged and p.evidence
    assert all(not {"phạm", "văn", "d", "_name_"} & set(e.term.lower().split()) for e in p.evidence)


def test_a_name_without_honorific_is_never_shown_as_evidence(messages):
    # "Tiến Linh" has no honorific and no family name that masking knows, so the model may weigh its
    # words; a run of capitalised words is never shown to an officer as a reason.
    fab = [f"Tiến Linh {w} gian lận bầu cử, chia sẻ gấp" for w in ("nói", "kể", "viết", "khai")] * 6
    other = [f"Cử tri đi bầu {w} tại điểm bỏ phiếu" for w in ("sớm", "đông", "vui", "đúng giờ")] * 6
    m = NarrativeClassifier(word_max_features=5000, char_max_features=10000, min_df=1).fit(
        fab + other, ["fraud_claim"] * len(fab) + ["none"] * len(other)
    )
    text = "Tiến Linh nói gian lận bầu cử, chia sẻ gấp"
    (p,) = m.predict_batch([text], explain=True)
    assert {"tiến", "linh"} & {w for e in p.evidence for w in e.term.lower().split()}  # the model weighs them
    (d,) = Decider(m, messages, DATA).decide([text])
    assert d.band in ("flag", "look") and d.evidence
    assert not {"tiến", "linh"} & {w for e in d.evidence for w in e.term.lower().split()}, d.evidence


# -- evidence of falsity and the decision -----------------------------------------------------------


def test_rumour_markers_raise_and_report_markers_lower(decider):
    rumour, debunk = decider.decide(
        [
            "Nghe nói ai không đi bầu sẽ bị phạt 5 triệu đồng, share gấp",
            "Tin đồn 'ai không đi bầu sẽ bị phạt 5 triệu đồng' là sai sự thật, Ủy ban bầu cử bác bỏ",
        ]
    )
    assert rumour.flagged and "rumour_marker" in rumour.evidence_kinds
    assert not debunk.flagged and "report_marker" in debunk.evidence_kinds
    assert debunk.flag_score < rumour.flag_score


@pytest.mark.parametrize(
    "text",
    [
        "Người trong ngành nói tỷ lệ đi bầu ở tỉnh chỉ có 40%, bầu cử xong mới công bố số khác",
        "Bạn mình làm ở ủy ban bầu cử tỉnh gửi số liệu: đi bầu chỉ 40%",
        "My uncle at the district says turnout in the election was only 40%",
    ],
)
def test_hearsay_from_someone_inside_is_a_rumour_marker(decider, text):
    (d,) = decider.decide([text])
    assert d.relevance.relevant and "rumour_marker" in d.evidence_kinds, d.evidence_kinds


@pytest.mark.parametrize(
    "text",
    [
        "Có người nhắn 'năm nay bầu cử bằng tin nhắn được rồi'. Không có đâu nha, phải tự đến điểm bỏ phiếu",
        "The screenshot claiming 412 deputies were elected is made up. The official number is 499",
        "Tỷ lệ 62% mọi người share hôm qua không phải số chính thức, chờ Hội đồng bầu cử quốc gia công bố",
        "Checked with the ward office: the polling station has not moved, ignore texts telling you to reply YES",
    ],
)
def test_a_claim_answered_in_a_posts_own_words_is_a_report(decider, text):
    (d,) = decider.decide([text])
    assert "report_marker" in d.evidence_kinds and "rumour_marker" not in d.evidence_kinds, d.evidence_kinds


def test_official_sources_are_never_flagged(decider):
    text = "Nghe nói ai không đi bầu sẽ bị phạt 5 triệu đồng, share gấp"
    news, official = decider.decide([text, text], kinds=["social", "official"])
    assert news.flagged
    assert not official.flagged and official.band == "clear" and "official" in official.evidence_kinds


def test_every_flag_names_the_falsity_evidence_that_carried_it(decider, synth_rows):
    decisions = decider.decide([t for t, _ in synth_rows])
    flagged = [d for d in decisions if d.flagged]
    assert flagged
    for d in flagged:
        assert d.band == "flag" and set(d.evidence_kinds) & set(FALSITY_KINDS)
        assert d.relevance.relevant
    assert all(not d.flagged for d in decisions if d.band != "flag")


def test_a_contradicted_fact_is_evidence(decider):
    (d,) = decider.decide(["Thông báo: bầu cử ngày 30/5/2021, cử tri đi bầu vào ngày mới"])
    assert "fact" in d.evidence_kinds and d.findings[0].fact == "election_date"


_VALUES_AND_FEE = {"date", "time", "age", "percent", "days", "count", "fee"}


@pytest.mark.parametrize(
    "text, opened, finding",
    [
        # "mạng xã hội" opens the check of a vote "qua mạng" and nothing else
        ("Tin giả về bầu cử lan truyền trên mạng xã hội", {"method"}, None),
        ("Cử tri có thể bầu qua mạng, khỏi đến điểm bỏ phiếu", {"method"}, "voting_method"),
        ("Ai không đi bầu sẽ bị phạt tiền, tổ trưởng nói vậy", {"penalty"}, "voter_penalty"),
        # a digit near an election word opens the values, and the fee (a sum paid needs no fee word)
        ("Mỗi hộ nộp 200.000 đồng tiền hoa trang trí điểm bỏ phiếu", _VALUES_AND_FEE, "voting_fee"),
        ("Bầu cử dời sang ngày 30/5/2021", _VALUES_AND_FEE, "election_date"),
        ("Cử tri đi bầu sớm tại điểm bỏ phiếu", set(), None),
        # a postponement with no digit: a month's name, or no date at all
        ("The election has been postponed to October, the committee says", {"date"}, "election_date"),
        ("Cuộc bầu cử ở xã bị hoãn vô thời hạn", {"date"}, "election_date"),
        # the results late with no digit: a month's name, a span in words
        (
            "Results of the National Assembly election will only be announced in September",
            {"date"},
            "results_announced_date",
        ),
        ("Kết quả bầu cử sẽ được công bố sau hai tháng nữa", {"days"}, "results_deadline_days"),
        ("Kết quả bầu cử phải đợi đến cuối năm mới công bố", {"date"}, "results_announced_date"),
        ("Cuộc bầu cử đã bị lùi sang tháng sau, chưa rõ ngày", {"date"}, "election_date"),
        ("Polls close at noon this year, so go in the morning", {"time"}, "polls_close"),
    ],
)
def test_each_kind_of_fact_check_is_opened_by_its_own_words(decider, text, opened, finding):
    s = decider.rules.folded_batch([text])[0]
    assert decider._checks_for(text, s, None, False) == opened
    (d,) = decider.decide([text])
    assert [f.fact for f in d.findings] == ([finding] if finding else [])


def test_topic_alone_is_at_most_a_look(messages, synth_rows):
    # No known claims, no markers, no facts: the narrative model's topic cannot flag on its own.
    bare = Decider(
        NarrativeClassifier(word_max_features=5000, char_max_features=10000).fit(
            [t for t, _ in synth_rows], [lab for _, lab in synth_rows]
        ),
        [],
        {k: v for k, v in DATA.items() if k != "markers"},
    )
    out = bare.decide([t for t, lab in synth_rows if lab != "none"][:40])
    assert not any(d.flagged for d in out)
    assert any(d.band == "look" for d in out)


def test_evidence_terms_hide_function_words_places_and_numbers(decider):
    from classifiers.results import Evidence

    assert not decider.shown(Evidence("the", 1.0))
    assert not decider.shown(Evidence("Nam Sơn", 1.0))
    assert not decider.shown(Evidence("2021", 1.0))
    assert not decider.shown(Evidence("_name_", 1.0))
    assert not decider.shown(Evidence("will be", 1.0))
    assert decider.shown(Evidence("bị phạt", 1.0)) and decider.shown(Evidence("gian lận", 1.0))


def test_closeness_to_a_known_benign_text_lowers_the_score(small_model, messages):
    # An officer dismissed an item; its copy comes again. Without the dismissed text the copy looks
    # like a rumour; with it, the copy is closer to the known benign text than to any known claim.
    rumour = "Nghe nói ai không đi bầu sẽ bị phạt 5 triệu đồng, share gấp"
    dismissed = "Nghe nói ai không đi bầu sẽ bị phạt 5 triệu đồng, share gấp cho bà con"
    claims = [("Không đi bầu bị phạt 10 triệu đồng, chia sẻ ngay", "participation_deterrence")]
    without = Decider(small_model, messages, DATA, claims)
    with_benign = Decider(small_model, messages, DATA, claims + [(dismissed, "none")])
    (a,) = without.decide([rumour])
    (b,) = with_benign.decide([rumour])
    assert "known_benign" not in a.evidence_kinds
    assert "known_benign" in b.evidence_kinds
    assert b.flag_score < a.flag_score


def test_off_topic_benign_texts_are_not_kept_for_comparison(small_model, messages):
    d = Decider(small_model, messages, DATA, [("Giá xăng tăng 500 đồng từ chiều nay", "none")])
    assert d._benign is None


def test_a_decision_fitted_before_known_benign_still_applies(small_model, messages, synth_rows):
    import copy

    model = copy.deepcopy(small_model)
    old = ["topic", "fact", "known_claim", "rumour_marker", "report_marker", "question"]
    model.decision_ = {
        "features": old,
        "coef": [1.0, 0.6, 0.0, 0.5, -2.9, -3.5],
        "intercept": -1.0,
        "flag_at": 0.8,
        "look_at": 0.3,
        "known_claim_at": 0.3,
    }
    d = Decider(model, messages, DATA, synth_rows)
    assert d.fitted is not None
    sig = d.signals(["Nghe nói ai không đi bầu sẽ bị phạt 5 triệu đồng, share gấp"])
    x = sig.X[0]
    z = sum(c * x[i] for i, c in enumerate(model.decision_["coef"])) - 1.0
    assert abs(d.scores(sig.X)[0] - 1 / (1 + 2.718281828459045**-z)) < 1e-9


_QUESTIONS = [
    "Nghe nói bầu cử dời sang 30/5, có thật không?",
    "nghe noi khong di bau bi phat 5 trieu, co that khong",
    "Có ai biết điểm bỏ phiếu mở cửa mấy giờ",
    "Bầu cử dời sang 30/5 đúng không mọi người",
    "Phải bầu ở nơi thường trú, phải không ạ",
    "Bỏ phiếu hộ cho ông bà được không bạn",
    # without "?": a question particle ending the text, "có phải … không", "phải hông", an
    # English tag or inversion
    "Cho em hỏi năm nay bầu cử ngày 30/5 hả mọi người",
    "Bầu cử dời sang 30/5 à 🤔 #baucu",
    unicodedata.normalize("NFD", "Bầu cử dời sang 30/5 à mọi người"),  # decomposed accents
    "Năm nay bầu cử ngày 30/5 hở các bác",
    "Có phải năm nay 20 tuổi mới được đi bầu không ta",
    "Điểm bỏ phiếu đóng cửa lúc 17h phải hông mọi người",
    "Polls close at 5pm this year, right",
    "Does the election take place on 30 May",
    "Guys, is the vote on 30 May now",
]


@pytest.mark.parametrize("text", _QUESTIONS)
def test_questions_are_questions(decider, text):
    assert decider._question(T.fold_strip(text), text=text)


@pytest.mark.parametrize(
    "text",
    [
        # "không có ai" is nobody, "X hay không X" is whether or not, "được không ít" is quite a few:
        # statements that only contain a question's words
        "Đảng cử thì chỉ cử tròn số đại biểu cần nên không có ai rớt cả, ứng viên khỏi tranh cử.",
        "Bầu hay không bầu thì kết quả cũng đã định sẵn từ trước.",
        "Ứng viên tự do được không ít cử tri ủng hộ nhưng vẫn bị loại khỏi danh sách.",
        "Chưa có ai được bầu khi chưa qua hiệp thương, đó là quy định.",
        "Không phải không có lý do mà kết quả được công bố sau 20 ngày.",
        # "ạ" is politeness, not "à"; "Did you know" tells; "có phải" inside a statement
        "Bầu cử dời sang 30/5 rồi nha bà con ạ",
        "Did you know polls close at 5pm this year",
        "Ai không đi bầu có phải nộp phạt không thì chưa rõ, nhưng năm nay bầu 30/5",
        "Năm nay ai cũng phải đi bầu, không trừ một ai",
        # a particle after clauses that assert: a rhetorical question about them
        "Cả xóm trọ không ai đi bầu, vậy mà tổ báo 100%, phiếu tự chui vô hòm hả",
        # "có ai … mà …", "có ai … đâu": nobody does
        "Bầu cử chỉ làm buổi sáng thôi, chiều mô có ai ngồi đó mà bầu, bà con đi sớm hỉ",
        "Tỷ lệ đi bầu năm nào cũng gần 100% vì con số đó được viết sẵn, có ai đếm đâu",
    ],
)
def test_statements_with_a_questions_words_are_not_questions(decider, text):
    assert not decider._question(T.fold_strip(text), text=text)


@pytest.mark.parametrize(
    "text",
    [
        "FYI turnout near 100 percent every single time? Those numbers are invented, not counted",
        "Có ai thấy lạ không? Tỷ lệ đi bầu năm nào cũng gần 100% vì con số đó được viết sẵn",
    ],
)
def test_a_rule_claimed_beside_a_question_is_still_read(decider, text):
    # Before, any question in a text (a "?" before the claim) kept every check from reading it, the
    # rules too.
    (d,) = decider.decide([text])
    assert "question" in d.evidence_kinds and [f.fact for f in d.findings] == ["results_decided_by"], d


def test_the_questions_themselves_still_claim_nothing(decider):
    texts = [
        *_QUESTIONS,
        "Có phải con số tỷ lệ đi bầu là bịa không?",
        "Tổ bầu cử có được bầu thay cho người già không?",
    ]
    for d, text in zip(decider.decide(texts), texts, strict=True):
        assert not d.findings, (text, d.findings)


def test_an_hour_beside_nobody_is_claimed(decider):
    """ "chiều mô có ai ngồi đó mà bầu" (nobody sits there to vote in the afternoon) asks nothing:
    the closing hour it gives is read. Before, "có ai" made it a question and no value was read."""
    (d,) = decider.decide(["Bầu cử năm nay chỉ làm buổi sáng, 7h đến 11h30, chiều mô có ai ngồi đó mà bầu"])
    assert "question" not in d.evidence_kinds and [f.fact for f in d.findings] == ["polls_close"], d


def test_a_question_without_a_question_mark_claims_no_date(decider):
    # Before, "… ngày 30/5 hả mọi người" was read as stating the election's date: a finding and,
    # with the seed model, a flag.
    (d,) = decider.decide(["Cho em hỏi năm nay bầu cử ngày 30/5 hả mọi người"])
    assert "question" in d.evidence_kinds and not d.findings and not d.flagged, d


@pytest.mark.parametrize(
    "text",
    [
        "Ảnh 'giấy phạt vì không đi bầu' là ảnh ghép, không ai bị phạt cả",
        "Bầu cử dời ngày là chuyện không có, ai lỡ share nhầm thì gỡ xuống giúp",
        "That screenshot of a fine for not voting is photoshopped",
        # a poster sanctioned for a false post, as the press reports it
        "Một người đàn ông bị phạt 5 triệu đồng vì đăng tin cử tri không đi bầu sẽ bị cắt lương",
        "Police fined a shop owner for posting that the vote had been moved to June",
        "Công an huyện xác minh tài khoản tung tin thất thiệt về ngày bầu cử",
        # a joke said to be one
        "#chambiem năm nay ai không đi bầu thì bị phạt đi bầu hai lần",
        "Satire: voters who skip the election must vote twice next time",
        # a rumour called a lie, its source a fake account, "don't listen", "not so"
        "Mấy trang nói ứng cử viên đại biểu Quốc hội chưa từng đi bộ đội là nói láo, chú mình cùng đơn vị với ông ấy",
        "Tin ứng cử viên bị loại khỏi danh sách bầu cử là từ một tài khoản ảo",
        "Bà con đừng nghe ai nói người chết vẫn ký nhận phiếu bầu",
        "Không phải đâu, không đi bầu thì không có phiếu nào được tính là phiếu chống",
        "Bản hướng dẫn ghi ngày bầu cử 13/6 và giờ bỏ phiếu 8h-11h: cả hai đều sai",
        "A reverse image search shows the 'stuffed ballot box' photo is from another country",
        "A claim that turnout was only 58% does not come from any election body",
        "That post is fake: the vote was not moved to June",
        # what someone said, called wrong ("ai nói … thì sai")
        "Ai nói cử tri được nhờ người khác đi bầu thay thì sai nhé, mỗi người phải tự đi bỏ phiếu",
        "Bảo rằng không đi bầu sẽ bị cắt trợ cấp thì sai hoàn toàn, xã đã giải thích rồi",
    ],
)
def test_corrections_in_the_words_of_posts_are_report_markers(decider, text):
    (d,) = decider.decide([text])
    assert "report_marker" in d.evidence_kinds, d


@pytest.mark.parametrize(
    "text",
    [
        # "is fake" said of the official figures or the count is the claim, not its correction
        "Real turnout was maybe half, the official number is fake",
        "The count is fake, they decided the winners before the vote",
    ],
)
def test_calling_the_official_figures_fake_is_not_a_correction(decider, text):
    (d,) = decider.decide([text])
    assert "report_marker" not in d.evidence_kinds, d


def _with_combination(small_model, messages, synth_rows, intercept, flag_at, look_at, known_claim_at, report=0.0):
    """A decider whose model carries a fixed fitted combination: every weight 0 but the report
    marker's, so ``intercept`` alone sets the score of any item without one."""
    import copy

    model = copy.deepcopy(small_model)
    model.decision_ = {
        "features": list(FEATURES),
        "coef": [0.0, 0.0, 0.0, 0.0, report, 0.0, 0.0],
        "intercept": intercept,
        "flag_at": flag_at,
        "look_at": look_at,
        "known_claim_at": known_claim_at,
    }
    return Decider(model, messages, DATA, synth_rows)


def test_a_contradicted_fact_is_always_shown_for_a_look_but_not_a_correction(small_model, messages, synth_rows):
    # A fitted combination that scores these texts low whatever their evidence: a contradicted key
    # fact still puts the item in "needs a look" with its finding, so an officer sees it (before,
    # it was "clear"); a correction that quotes the wrong date and calls it false right after has
    # no finding (the date is named to be answered) and stays clear.
    d = _with_combination(small_model, messages, synth_rows, -6.0, 0.9, 0.5, 0.3, report=-3.0)
    claim, correction = d.decide(
        ["Bầu cử ngày 30/5/2021, cử tri đi bầu vào ngày mới", "Tin bầu cử dời sang ngày 30/5/2021 là sai sự thật"]
    )
    assert claim.flag_score < 0.5 and not claim.flagged
    assert claim.band == "look" and claim.findings[0].fact == "election_date"
    assert claim.label != "none"  # the narrative the fact's message answers
    assert not correction.findings and "report_marker" in correction.evidence_kinds
    assert correction.band == "clear"


def test_satire_said_to_be_satire_is_never_a_flag(small_model, messages, synth_rows):
    # A combination that flags whatever has falsity evidence: the same claim is a flag, and with a
    # satire label ("#châmbiếm", "Satire:") only "needs a look", the label named as its reason.
    # Before, a labelled joke with a contradicted fact was a flag (the label only lowered its score).
    d = _with_combination(small_model, messages, synth_rows, 6.0, 0.9, 0.5, 0.3)
    claim = "Bầu cử ngày 30/5/2021, ai không đi bầu bị phạt 2 triệu"
    plain, vi, en = d.decide(
        [claim, "#châmbiếm " + claim, "Satire: the election is on 30 May 2021, non-voters pay a fine"]
    )
    assert plain.flagged and plain.band == "flag"
    for joke in (vi, en):
        assert not joke.flagged and joke.band == "look", joke
        assert "satire" in joke.evidence_kinds and joke.findings, joke


def test_needs_a_look_has_a_reason_to_look(small_model, messages, synth_rows):
    # A fitted combination whose base score alone reaches the "needs a look" mark: an on-topic item
    # the model reads as no narrative, with no evidence of any kind, was put in "needs a look" with
    # nothing for the officer to look at; it is clear. An item with a narrative's topic is still
    # looked at. (The small model gives the notice a narrative's topic, the distortion narratives
    # together at least as likely as "none": it is read here as the model would read a plain notice.)
    d = _with_combination(small_model, messages, synth_rows, 1.0, 0.99, 0.5, 0.99)
    (claim,) = d.decide(["Nghe nói ai không đi bầu sẽ bị phạt 5 triệu đồng, share gấp"])
    _reading(d, {"none": 0.8, "procedure_false": 0.1, "impersonation": 0.1})
    (benign,) = d.decide(["Tổ bầu cử số 3 treo băng rôn, khẩu hiệu tuyên truyền về ngày bầu cử tại nhà văn hóa thôn"])
    assert benign.relevance.relevant and benign.label == "none" and benign.flag_score >= 0.5
    assert not benign.findings and not [k for k in benign.evidence_kinds if k in FALSITY_KINDS]
    assert benign.band == "clear", benign
    assert claim.label != "none" and claim.band == "look", claim


def _reading(d, probabilities):
    """Make the decider's model read every text with ``probabilities`` (its label the likeliest)."""
    import dataclasses

    real = d.model.predict_batch

    def predict_batch(texts, **kw):
        preds, Xf = real(texts, **kw)
        label = max(probabilities, key=probabilities.get)
        return [dataclasses.replace(p, label=label, probabilities=dict(probabilities)) for p in preds], Xf

    d.model.predict_batch = predict_batch


@pytest.mark.parametrize(
    ("none", "band", "label"),
    [(0.45, "flag", "fraud_claim"), (0.6, "look", "none")],
)
def test_narratives_likelier_together_than_none_are_a_topic(small_model, messages, synth_rows, none, band, label):
    # The model reads "none" as the single likeliest label but the distortion narratives together
    # at 0.55: the decision's ``topic`` feature is above 0, and a rumour marker with a score at the
    # mark flags it with the likeliest narrative. Before, such an item was only looked at with the
    # label "none" (its topic counted in the score but not as a narrative's topic). At 0.6 for
    # "none" it is still only a look.
    d = _with_combination(small_model, messages, synth_rows, 6.0, 0.9, 0.5, 0.99)
    rest = 1.0 - none
    _reading(d, {"none": none, "fraud_claim": rest * 0.6, "participation_deterrence": rest * 0.4})
    (got,) = d.decide(["Nghe nói trưởng thôn đi từng nhà phát phong bì, dặn gạch ai giữ ai khi đi bầu, share gấp"])
    assert got.relevance.relevant and "rumour_marker" in got.evidence_kinds, got
    assert (got.band, got.label, got.flagged) == (band, label, band == "flag"), got
    assert ("topic" in got.evidence_kinds) == (band == "flag")


@pytest.mark.parametrize(
    "text",
    [
        "Ai không đi thì bị ghi tên hết nha #baucu2026",
        "They already know who wins, the count is a show #election2026",
        "Chia sẻ gấp cho cả nhà #QuocHoiKhoaXVI",
    ],
)
def test_the_configured_elections_own_hashtags_are_election_words(text):
    # an office that sets its election's year and term gets that election's tags, not 2021's alone
    data = {**DATA, "election": {**DATA["election"], "year": 2026, "term": "XVI", "period": "2026-2031"}}
    r = RelevanceRules(data).check(text)
    assert r.relevant and r.reason == "on_topic", r


@pytest.mark.parametrize("year", [2016, 2019, 2024])
def test_an_item_published_years_from_the_election_is_about_another_one(decider, year):
    """A turnout report published in 2016 speaks of the 2016 election even when it names none but
    a day ("tính đến 22h ngày 22/5"): under the 2021 election it is off the topic, never flagged."""
    text = "Tính đến 22 giờ ngày 22/5, tỷ lệ cử tri cả nước đi bầu đạt 98,77%, kết quả bầu cử sẽ công bố sau."
    (d,) = decider.decide([text], years=[year])
    assert not d.relevance.relevant and d.relevance.reason == "other_year", d.relevance
    assert not d.flagged and d.band == "off_topic"


@pytest.mark.parametrize("year", [None, 2020, 2021, 2022])
def test_an_item_published_near_the_election_or_naming_its_year_is_about_it(decider, year):
    (d,) = decider.decide(["Tỷ lệ cử tri đi bầu đạt 98,77%, kết quả bầu cử sẽ công bố sau."], years=[year])
    assert d.relevance.relevant, d.relevance
    (d,) = decider.decide(["Bầu cử năm 2021: tỷ lệ cử tri đi bầu đạt 98,77%."], years=[2016])
    assert d.relevance.relevant, d.relevance


@pytest.mark.parametrize(
    "text",
    [
        "Theo kết quả Ủy ban bầu cử tỉnh Hòa Lâm công bố, ứng cử viên Lê Thị C trúng cử với số phiếu cao nhất đơn vị 3",
        "Theo kết quả do Ủy ban bầu cử thành phố công bố chiều 27/5, đơn vị số 2 bầu đủ ba đại biểu",
        "Theo kết quả Hội đồng bầu cử quốc gia công bố, 499 người trúng cử đại biểu Quốc hội",
    ],
)
def test_results_reported_as_the_election_bodys_are_report_markers(decider, text):
    """Results given as an election body's ("theo kết quả (do) Ủy ban bầu cử tỉnh … công bố", the
    place between the body and "công bố") are a report, as "theo Ủy ban bầu cử" is."""
    (d,) = decider.decide([text])
    assert "report_marker" in d.evidence_kinds, d
