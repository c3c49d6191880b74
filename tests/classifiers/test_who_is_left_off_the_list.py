"""Who is left off the voter list (``voter_list_excludes: death_row_prison_incapacity``, a message
of its own in ``data/approved_messages.yaml``): detention, custody, a suspended sentence, an
administrative fine or compulsory rehabilitation said to cost the vote. Beside them, the law's own
words (a prison term without a suspended sentence does keep a name off), detainees said listed,
a denial, a question, a report of the rumour."""

from pathlib import Path

import pytest
import yaml

from classifiers import distortion
from classifiers.matcher import message_field
from tests.classifiers.test_distortion_wordings import FACTS as BASE
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

ROOT = Path(__file__).resolve().parents[2]

FACTS = {**BASE, "voter_list_excludes": "death_row_prison_incapacity"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Nhà ai có người đang bị tạm giam thì người đó mất quyền bầu luôn, khỏi lo phiếu cho họ.", "tạm giam"),
        ("Từ kỳ này, người đang hưởng án treo không có quyền bầu cử nữa nhé.", "án treo"),
        ("Ai đang bị xử phạt hành chính thì bị gạch tên khỏi danh sách cử tri.", "xử phạt hành chính"),
        ("Con em đang ở cơ sở cai nghiện bắt buộc là mất quyền bầu kỳ này rồi.", "cai nghiện bắt buộc"),
        ("Em trai mình đang bị tạm giam nên mất quyền bầu kỳ này rồi.", "tạm giam"),
        ("People in pre-trial detention can't vote in this election.", "detention"),
        ("Anyone on a suspended sentence loses their right to vote this year.", "suspended sentence"),
    ],
)
def test_detention_or_a_suspended_sentence_said_to_cost_the_vote_is_a_finding(text, found):
    assert_found(text, FACTS, "voter_list_excludes", found)


@pytest.mark.parametrize(
    "text",
    [
        "Người đang chấp hành hình phạt tù mà không được hưởng án treo thì không được ghi tên vào danh sách cử tri.",
        "Người đang bị tạm giam vẫn được ghi tên vào danh sách cử tri nơi họ bị tạm giam.",
        "Không có chuyện người hưởng án treo mất quyền bầu cử.",
        "Người bị tạm giam có mất quyền bầu không mọi người?",
        "Tin đồn người bị xử phạt hành chính không được bầu là sai sự thật.",
        "Ông A bị tạm giam từ tháng trước vì tội đánh bạc.",
        "Người hưởng án treo vẫn có quyền bầu cử; chỉ người phạt tù hông được hưởng án treo mới hông có tên trong danh sách.",
    ],
)
def test_the_law_said_right_denied_or_asked_is_silent(text):
    assert_silent(text, FACTS, "voter_list_excludes")


def test_the_shipped_messages_carry_the_fact_and_it_is_checked():
    messages = yaml.safe_load((ROOT / "data" / "approved_messages.yaml").read_text(encoding="utf-8"))["messages"]
    facts = {}
    for m in messages:
        facts.update(message_field(m, "key_facts") or {})
    assert facts["voter_list_excludes"] == "death_row_prison_incapacity"
    found = distortion.check("Người đang bị tạm giam thì mất quyền bầu cử.", facts)
    assert [f.kind for f in found] == ["eligibility"]


def test_the_finding_reads_in_both_languages():
    from monitor.outputs.findings import render

    (f,) = distortion.check("Người đang bị tạm giam thì mất quyền bầu cử.", FACTS)
    vi, en = render(f, "vi"), render(f, "en")
    assert "danh sách cử tri" in vi and "tạm giam" in vi
    assert "voter list" in en and "detention" in en
