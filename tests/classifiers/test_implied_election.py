"""Posts about the vote that never name it ("kết quả công bố toàn số liệu giả", "the count was for
show") reach the decision when the model, its learned relevance and evidence of falsity agree
(``classifiers.implied``); general news with the same words stays off the topic."""

from __future__ import annotations

import pytest

from classifiers.decision import Decider
from classifiers.implied import candidates
from monitor.ingest.pipeline import load_relevance

CLAIMS = [
    "Kết quả được công bố toàn là số liệu giả, thực tế ở xóm tôi khác hẳn",
    "They knew who wins weeks ago, the whole count was for show",
    "Kết quả định trc hết rồi, đi cho có thôi mọi người",
]
# Close to known claims but contradicting no rule: a text with no election word stays off the
# topic (real general news is close to known claims as often: squads' lists, lottery results).
CLOSE_ONLY = [
    "Ai chưa đủ 20 tuổi thì tên không có trong danh sách đâu, đừng ra mất công",
    "HĐND tỉnh bỏ trống 30 ghế vì không ai đủ quá bán",
]

NEWS = [
    "Kết quả xổ số miền Nam hôm nay, tỷ lệ trúng thưởng giải tám",
    "HLV gạch tên hai cầu thủ khỏi danh sách đội tuyển trước vòng loại",
    "Con trai nhà sáng lập đăng ký mua thêm 2 triệu cổ phiếu, nâng tỷ lệ sở hữu lên 5%",
    "The final tally in the Champions League group: 12 points for Arsenal",
    "Danh sách thí sinh trúng tuyển, tỷ lệ chọi 1/20",
    "Apple results beat expectations as iPhone sales count rises",
    "Hòm công đức chùa bị trộm, danh sách hảo tâm công bố",
    "Ghế ngồi trên máy bay: tỷ lệ hành khách chọn ghế gần cửa sổ tăng",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_a_claim_that_never_names_the_election_is_decided(shipped_decider, text):
    (d,) = shipped_decider.decide([text])
    assert d.relevance.relevant and d.relevance.reason == "implied"
    assert d.flagged and d.band == "flag"
    assert "fact" in d.evidence_kinds


@pytest.mark.parametrize("text", CLOSE_ONLY)
def test_closeness_to_a_known_claim_alone_does_not_bring_such_a_text_in(shipped_decider, text):
    (d,) = shipped_decider.decide([text])
    assert d.band == "off_topic" and d.relevance.reason == "no_election_words"


def test_general_news_with_the_same_words_stays_off_the_topic(shipped_decider):
    decisions = shipped_decider.decide(NEWS)
    assert [(d.band, d.relevance.reason) for d in decisions] == [("off_topic", "no_election_words")] * len(NEWS)


def test_only_texts_with_an_implied_word_a_rules_words_and_no_other_election_are_looked_at_again(small_model, messages):
    decider = Decider(small_model, messages, load_relevance(None), [])
    rules = decider.rules
    texts = [
        "Kết quả công bố toàn số liệu giả",  # implied word and a rule's words
        "Giá vàng hôm nay tăng mạnh",  # no such word: one regex pass, nothing more
        "Trump wins, the final tally in the US election count",  # another country's election
        "Kết quả bầu cử được công bố",  # an election word: on the topic by the rules already
        "Kết quả xổ số miền Bắc hôm nay",  # an implied word, but no rule's words: the model never reads it
    ]
    folded = rules.folded_batch(texts)
    rels, _ = rules.check_batch(folded)
    assert candidates(decider, rels, folded, texts, [None] * len(texts)) == [0]


def test_a_model_without_a_learned_relevance_score_never_lets_such_a_text_through(small_model, messages):
    decider = Decider(small_model, messages, load_relevance(None), [])
    (d,) = decider.decide(["Kết quả họ công bố toàn là số liệu dựng lên, thực tế ở xóm tôi khác hẳn"])
    assert d.band == "off_topic" and d.relevance.reason == "no_election_words"


def test_an_item_published_years_from_the_election_is_not_read_again(shipped_decider):
    """As for items with election words (``Decider._other_years``): under the shipped 2021 election,
    a 2025 item that does not name 2021 is about another election, if any."""
    text = CLAIMS[0]
    (now,) = shipped_decider.decide([text], years=[2021])
    (later,) = shipped_decider.decide([text], years=[2025])
    assert now.relevance.reason == "implied"
    assert later.band == "off_topic" and not later.flagged
