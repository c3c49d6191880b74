"""A post with no election word but one weak word of voting ("bầu", "phiếu", "candidate") is
about the election when a rule of the election is contradicted in it: "người ở trọ không được bầu
ở đâu cả" is a claim about this election's voter lists, though "bầu" alone also names a pregnancy
or a football club's owner. Only rules count (not a date, figure or fee near "phiếu": a bond sale,
a shareholders' vote), only words of voting (not "đại biểu": parliament's daily news), and not in
a sentence that asks."""

from __future__ import annotations

import pytest
import yaml

from classifiers.decision import Decider
from classifiers.relevance import RelevanceRules
from tests.classifiers.conftest import ROOT

DATA = yaml.safe_load((ROOT / "data" / "relevance.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def decider(small_model, messages, synth_rows):
    return Decider(small_model, messages, DATA, known_claims=synth_rows)


@pytest.mark.parametrize(
    "text,fact",
    [
        ("Ai đang ở trọ thì không được bầu ở đâu hết, phải về quê mới có tên", "temporary_residents"),
        ("nguoi o tro khong duoc bau o dau ca, phai ve que, khong ve la mat quyen", "temporary_residents"),
        ("Năm nay bầu bằng tin nhắn: soạn BC gửi tổng đài là xong, khỏi ra nhà văn hóa", "voting_method"),
        ("Anyone who crosses out the local candidate will lose their welfare payments", "voter_penalty"),
        ("Phiếu bỏ vào hòm chẳng ai đếm, kết quả nằm sẵn trong máy từ trước rồi", "results_decided_by"),
        ("Chồng đi làm xa thì vợ bầu thay là được, luật cho phép mà", "proxy_voting"),
        # a question's words that assert ("có ai đếm đâu": nobody counts), or a question beside the
        # claim: each rule tests whether its own sentence asks, as in a text with an election word
        ("Phiếu mình bỏ vào hòm có ai đếm đâu, kết quả nằm sẵn trong máy từ trước rồi", "results_decided_by"),
        (
            "Người ở trọ không được bầu ở đâu hết, phải về quê. Ai biết làm giấy tờ gì thì chỉ mình với?",
            "temporary_residents",
        ),
        # the booth and the observers of the count, in English posts
        ("FYI the booths have hidden microphones this year, don't say a word in there", "ballot"),
        ("Observers were told to wait outside while the count happened behind a locked door", "results_decided_by"),
        # an age said to keep voters off the list, in a sentence that speaks of voting itself
        ("Năm nay phải đủ 20 mới được bầu, đứa nào 18 19 thì ở nhà", "voting_age"),
        ("Tụi mình sinh sau tháng 2/2003 là chưa đủ tuổi bầu đợt này đâu", "voting_age"),
    ],
)
def test_a_rule_contradicted_makes_a_post_with_a_weak_word_of_voting_about_the_election(decider, text, fact):
    (d,) = decider.decide([text])
    assert d.relevance.relevant and d.relevance.reason == "key_fact", d.relevance
    assert d.band != "off_topic" and fact in [f.fact for f in d.findings], d
    assert "fact" in d.evidence_kinds


@pytest.mark.parametrize(
    "text",
    [
        # words of the bodies elected, not of voting: parliament's news
        "Đại biểu cho rằng không thể dựa vào các con số ảo để đánh giá chất lượng giáo dục",
        # a value or a fee near a weak word is not a rule: a shareholders' vote, a bond sale
        "Cổ đông dự họp được phát phiếu biểu quyết, tỷ lệ tán thành đạt 41% vào ngày 30/5",
        "Khách đặt cọc 500.000 đồng để giữ phiếu mua hàng đến 12h ngày 4/5",
        # an age beside "ứng viên" (a job's candidate) or "cử tri" (voters petitioning), with no
        # word of voting in its sentence; a pregnancy; the right age
        "Công ty tuyển gia sư cho bé 2 tuổi, ứng viên phải tốt nghiệp trường danh tiếng",
        "Cử tri kiến nghị cho người đủ 65 tuổi được nhận trợ cấp hằng tháng",
        "Cử tri tỉnh Hòa Lâm đề xuất cho học sinh từ 16 tuổi được học lái xe máy",
        "Chị ấy mới 17 tuổi đã có bầu, cả nhà lo lắng",
        "Cháu mới 17 tuổi nên năm nay chưa được bầu, sang năm sau mới đủ",
        # "bầu bạn" is company, and a question asks
        "Cô gái tìm người bầu bạn qua ứng dụng giao đồ ăn và kết quả bất ngờ",
        "Người ở trọ có được bầu ở chỗ trọ không, hay phải về quê mọi người?",
        # no word of voting at all
        "Giá xăng tăng 500 đồng từ chiều nay, phải về quê ăn Tết sớm",
        "Visitors crowded the booths at the trade fair, organisers said sales were fixed in advance",
        "Observers expect the central bank to hold rates; the decision was settled before the meeting",
    ],
)
def test_other_posts_with_weak_words_stay_off_topic(decider, text):
    (d,) = decider.decide([text])
    assert not d.relevance.relevant and d.band == "off_topic", d.relevance


def test_only_a_weak_word_of_voting_is_kept_for_the_decision():
    rules = RelevanceRules(DATA)
    (r,), (words,) = rules.check_batch(rules.folded_batch(["Người ở trọ không được bầu, phải về quê"]))
    assert r.weak and not r.relevant and words is not None
    (r,), (words,) = rules.check_batch(rules.folded_batch(["Đại biểu đề nghị tăng lương hưu"]))
    assert not r.weak and words is None
    # "phiếu" of "cổ phiếu" is no word of voting
    (r,), _ = rules.check_batch(rules.folded_batch(["Vietjet chia cổ tức bằng cổ phiếu"]))
    assert not r.weak


def test_the_learned_relevance_does_not_overrule_a_contradicted_rule(synth_rows, messages):
    """A model whose learned relevance score calls such a post off the topic (trained on look-alike
    rows marked `relevant: false`) still has it decided as about the election, by the rule."""
    from classifiers.narrative import NarrativeClassifier

    text = "Ai đang ở trọ thì không được bầu ở đâu hết, phải về quê mới có tên"
    lookalikes = [
        f"Ai đang ở trọ {w} thì không được {v} ở đâu hết, phải về quê"
        for w in ("khu công nghiệp", "gần chợ", "ở quận 7", "tháng này")
        for v in ("gửi xe", "nấu ăn", "nuôi chó", "phơi đồ", "hát karaoke")
    ]
    texts = [t for t, _ in synth_rows] + lookalikes
    labels = [lab for _, lab in synth_rows] + ["none"] * len(lookalikes)
    relevant = [True] * len(synth_rows) + [False] * len(lookalikes)
    model = NarrativeClassifier(word_max_features=5000, char_max_features=10000).fit(texts, labels, relevant=relevant)
    (pred,) = model.predict_batch([text])
    assert pred.relevance is not None and pred.relevance < 0.5  # the learned score says: off the topic
    (d,) = Decider(model, messages, DATA, known_claims=synth_rows).decide([text])
    assert d.relevance.relevant and d.relevance.reason == "key_fact", d.relevance
    assert "temporary_residents" in [f.fact for f in d.findings]


def test_the_learned_relevance_does_not_overrule_a_contradicted_fact_beside_election_words(synth_rows, messages):
    """The same with election words: a turnout the approved one contradicts, in a post the learned
    score calls off the topic, is still decided as about the election (`key_fact`). A fee or a way
    of voting is not enough: a club's vote by form with a fee stays off the topic, as the learned
    score says, and so does a look-alike with no fact contradicted."""
    from classifiers import distortion
    from classifiers.narrative import NarrativeClassifier

    text = "TIN NHANH: tỷ lệ cử tri đi bầu cả nước chỉ đạt 71,45%"
    club = "Hội phụ huynh lớp 3B nhắn: mỗi phụ huynh đóng 30.000đ quỹ lớp và bỏ phiếu chọn ban đại diện qua Zalo"
    lookalikes = [
        f"TIN NHANH: tỷ lệ {w} cả nước chỉ đạt {n}"
        for w in ("lạm phát", "thất nghiệp", "tiêm chủng", "học sinh đỗ", "hộ nghèo")
        for n in ("3%", "4,5%", "71%", "12,3%", "60%")
    ] + [
        f"{who} thông báo: mỗi người đóng {n} quỹ và bỏ phiếu chọn {what} qua Zalo"
        for who in ("Hội phụ huynh lớp 5A", "Câu lạc bộ bóng bàn", "Chi hội cựu học sinh", "Nhóm chạy bộ quận")
        for what in ("ban đại diện", "trưởng nhóm", "ban chủ nhiệm")
        for n in ("20.000đ", "100 nghìn")
    ]
    texts = [t for t, _ in synth_rows] + lookalikes
    labels = [lab for _, lab in synth_rows] + ["none"] * len(lookalikes)
    relevant = [True] * len(synth_rows) + [False] * len(lookalikes)
    model = NarrativeClassifier(word_max_features=5000, char_max_features=10000).fit(texts, labels, relevant=relevant)
    other = "TIN NHANH: tỷ lệ cử tri đi bầu cả nước đạt 99,6%"  # (the approved turnout)
    preds = model.predict_batch([text, other, club])
    assert all(p.relevance is not None and p.relevance < 0.5 for p in preds), preds  # learned: off the topic
    decider = Decider(model, messages, DATA, known_claims=synth_rows)
    kinds = {f.kind for f in distortion.check(club, decider.facts, decider.fact_kinds)}
    assert kinds and kinds <= {"fee", "method"}, kinds  # (what the checks alone find in the club's vote)
    d, o, c = decider.decide([text, other, club])
    assert d.relevance.relevant and d.relevance.reason == "key_fact", d.relevance
    assert d.relevance.election_words > 0 and "turnout_percent" in [f.fact for f in d.findings], d
    for x in (o, c):
        assert not x.relevance.relevant and x.relevance.reason == "learned_off_topic" and x.band == "off_topic", x


@pytest.mark.parametrize(
    "text,fact",
    [
        (
            "Người ứng cử đại biểu Quốc hội không phải qua bước nào cả: ai đủ 21 tuổi nộp hồ sơ là có tên",
            "candidate_selection",
        ),
        ("Bầu cử cho có thôi, không có chuyện số dư đâu, danh sách bao nhiêu người là trúng hết", "candidate_surplus"),
        # a check said not made is no report of one ("… không bị lấy ý kiến hay xác minh gì")
        (
            "Người ứng cử đại biểu Quốc hội không phải qua bước nào cả: ai đủ 21 tuổi nộp hồ sơ là có tên trong danh"
            " sách chính thức, không bị lấy ý kiến hay xác minh gì",
            "candidate_selection",
        ),
        (
            "Ứng viên được chỉ định thì khỏi qua hiệp thương, có tên là lên phiếu luôn, chuyện này chưa ai kiểm chứng",
            "candidate_selection",
        ),
    ],
)
def test_a_denial_that_is_the_claims_own_words_is_no_report_marker(decider, text, fact):
    """ "không phải qua bước nào cả", "không có chuyện số dư" say the claim; they do not report or
    rebut it. A rebuttal beside the claim still counts."""
    (d,) = decider.decide([text])
    assert fact in [f.fact for f in d.findings] and "report_marker" not in d.evidence_kinds, d
    (r,) = decider.decide(["Tin đồn 'không đi bầu bị phạt 5 triệu' là bịa đặt, không có chuyện đó"])
    assert "report_marker" in r.evidence_kinds, r
    (v,) = decider.decide(["Không chỉ vậy, công an đã xác minh: người ứng cử không phải qua bước nào cả là tin sai"])
    assert "report_marker" in v.evidence_kinds, v
