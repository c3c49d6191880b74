"""What is known about a candidate: the approved fact (``candidate_information:
posted_list_and_biography``) is that the official list of candidates, with each one's summary
biography, is posted at every polling area at least 20 days before election day, and that only the
election bodies change it (Luật Bầu cử số 85/2015/QH13; a removal or a withdrawal is theirs to
announce). Claims against it: something a candidate is said to have said or signed, resting on
material the election bodies do not publish ("đoạn ghi âm ứng cử viên … nói", "ảnh chụp màn hình
tin nhắn", "leaked document shows candidate …"), and a record the posted biography does not carry
("bằng giả", "hai quốc tịch", "sửa năm sinh để lọt danh sách", "a second passport").

Read on the folded text by ``classifiers.rule_facts`` (kind ``candidate``) with the exceptions every
rule has (asked, denied, named to be answered, reported as false, another country's). Only with a
candidate or the list in the same sentence (a name on the office's candidate list counts:
``classifiers.names.mark_candidates``); a person's name is never what is found. Not the material said
to be doctored (a debunk), an election body's own decision ("Ủy ban bầu cử tỉnh đã xóa tên …"), a court's or the police's, or a
recording of an official meeting.
"""

from __future__ import annotations

import re

from classifiers.clauses import SENTENCE_RE, bounds

__all__ = ["CANDIDATE_CLAIM", "CANDIDATE_WORDS", "not_of_a_candidate"]

_SOURCES = (
    r"(?:doan|file|ban|bang|clip)\s+ghi\s+am|ghi\s+am\s+(?:cuoc|loi|giong|ong|ba|cua|ung)|nghe\s+voice|voice\s+(?:cua|chat|message|note)"
    r"|tin\s+nhan\s+thoai|clip\s+(?:tiktok|ghi|quay)|tin\s+nhan\s+(?:zalo\s+|facebook\s+|messenger\s+)?(?:cua\s+)?(?:ung\s+cu\s+vien|ung\s+vien|(?:ong|ba)\s+_uv_)"
    r"|(?:anh\s+)?chup\s+man\s+hinh|screenshots?|tai\s+lieu\s+(?:mat|noi\s+bo)|leaked\s+(?:\S+\s+)?(?:documents?|chats?|files?|letters?|lists?|papers?|memos?|audio|recordings?|videos?|messages?|emails?)|audio\s+clip"
    r"|(?:tai\s+lieu|van\s+ban|ban|ho\s+so|anh|clip|ghi\s+am|tin\s+nhan)\s+(?:\S+\s+){0,2}?(?:bi\s+)?ro\s+ri|ro\s+ri\s+(?:tai\s+lieu|van\s+ban|ho\s+so|anh|clip|ghi\s+am|tin\s+nhan)"
    r"|(?:a\s+|the\s+)?recording\s+of|lo\s+(?:anh|van\s+ban|clip|giay\s+to|tin\s+nhan|ban)|thu\s+tay|(?:anh|hinh)\s+(?:chup\s+)?la\s+thu"
    r"|(?:photo|picture)\s+of\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:letter|document|file|pledge)"
)
_RECORDS = (
    r"bang\s+(?:cap\s+|dai\s+hoc\s+|thac\s+si\s+|tien\s+si\s+|cap\s+3\s+)?(?:gia|mua)|mua\s+bang|truong\s+khong\s+(?:co\s+)?that"
    r"|diploma\s+mill|fake[ds]?\s+(?:a\s+|his\s+|her\s+)?(?:\S+\s+)?degree"
    r"|khai\s+man\s+(?:ho\s+so|tuoi|nam\s+sinh|bang|ly\s+lich|thong\s+tin|qua\s+trinh)|(?:vi|da|bi)\s+khai\s+man|(?:lam\s+gia|gia\s+mao)\s+(?:\S+\s+)?ho\s+so"
    r"|sua\s+(?:nam\s+sinh|tuoi)|changed\s+(?:the|his|her)\s+birth\s+(?:year|date)|dao\s+van|plagiari\w+"
    r"|(?:hai|2)\s+quoc\s+tich|quoc\s+tich\s+(?:kep|nuoc\s+ngoai)|(?:second|foreign)\s+passport|dual\s+(?:citizenship|nationality)"
    r"|the\s+xanh|green\s+card|giau\s+benh|terminally\s+ill|expelled\s+from\s+the\s+party|khai\s+tru\s+khoi\s+dang"
)
# Words said in a private or social channel ("nói trên livestream", "viết trên fb cá nhân",
# "admitted on Facebook", "trích lời"): what the posted list and biography never carry.
_CHANNELS = (
    r"(?<!bai\s)(?:noi|viet|nhan|tuyen\s+bo|thua\s+nhan|khoe|dang|phat\s+bieu|bao)\s+(?:thang\s+|cong\s+khai\s+)?(?:tren|trong|qua|o)\s+"
    r"(?:(?:trang\s+)?(?:fb|facebook|zalo|tiktok|livestream|nhom\s+kin|nhom\s+chat|group\s+kin|trang\s+ca\s+nhan)|(?:mot\s+|cuoc\s+)?buoi\s+gap\s+kin)"
    r"|trich\s+loi|phat\s+ngon\s+gay\s+soc"
    r"|(?:admitted|said|wrote|posted|bragged|boasted|confessed)\s+(?:on|in)\s+(?:facebook|tiktok|zalo|(?:a\s+)?livestream|(?:a\s+)?(?:private|closed)\s+(?:group|chat)|a\s+group\s+chat)"
    r"|there'?s\s+a\s+(?:recording|video|clip)"
)
# A vote bought or threatened, a withdrawal or a removal no election body announced, a family tie
# said to have put someone on the list ("hứa … ai bầu cho tôi", "promised cash to voters", "đã rút
# tên khỏi danh sách", "struck off the ballot", "thông gia với …, nhờ thế mới lọt danh sách").
_DEEDS = (
    r"(?:hua|cam\s+ket|promis\w*|pledg\w*|offer\w*)\s+(?:\S+\s+){0,6}?['\"“‘]?(?:(?:ai|ho\s+nao|moi\s+ho|nguoi\s+nao|nha\s+nao)\s+bau\s+cho"
    r"|anyone\s+who\s+votes?|every\s+(?:household|family|voter)\s+that\s+votes?|those\s+who\s+vote|(?:cash|money)\s+to\s+voters|tien\s+cho\s+cu\s+tri)"
    r"|ai\s+(?:khong|khum|ko|k)\s+bau\s+cho\s+(?:toi|minh|tui)"
    r"|rut\s+(?:ten\s+)?khoi\s+(?:danh\s+sach|cuoc\s+bau\s+cu|cuoc\s+dua)|(?:tuyen\s+bo|xin)\s+rut\s+(?:ten|khoi)"
    r"|(?:withdr[ae]w|pulled\s+out|dropped\s+out)\s+(?:from|of)\s+the\s+(?:race|election|ballot)|struck\s+off\s+the\s+(?:ballot|list)"
    r"|(?:thong\s+gia|ho\s+hang|chau\s+ruot|con\s+re|em\s+ruot|anh\s+ruot|con\s+ruot)\s+(?:voi|cua)\s+(?:\S+\s+){0,8}?(?:nho\s+(?:the|vay|do)|moi\s+lot|lot\s+danh\s+sach)"
    r"|con\s+ong\s+chau\s+cha|(?:close\s+)?relative\s+of\s+(?:\S+\s+){0,5}?(?:only\s+reason|made\s+the\s+list|got\s+on)"
    r"|mua\s+suat\s+(?:ung\s+cu|dai\s+bieu)|chay\s+suat\s+(?:ung\s+cu|dai\s+bieu)"
)
# A life said hidden from the posted biography ("định cư ở nước ngoài", "người đóng thế", "họ hàng
# ruột", "copied word for word"): only with a candidate named in the sentence (an election word alone
# is not enough: "người Việt Nam định cư ở nước ngoài được bỏ phiếu khi …" is a rule of the vote).
_PERSONAL = (
    r"dinh\s+cu\s+o\s+nuoc\s+ngoai|settled\s+abroad|song\s+bac|gambling\s+den|nguoi\s+dong\s+the|body\s+double"
    r"|ho\s+hang\s+ruot|copied\s+(?:almost\s+)?word\s+for\s+word|(?:sao\s+)?chep\s+nguyen\s+van"
)
CANDIDATE_CLAIM = re.compile(rf"\b(?:(?P<source>{_SOURCES}|{_CHANNELS})|(?P<person>{_PERSONAL})|{_RECORDS}|{_DEEDS})\b")

# A candidate or the list named in the sentence ("ứng cử viên", "hồ sơ ứng cử", "lọt danh sách",
# "on the ballot").
_CANDIDATE = re.compile(
    r"\b(?:ung\s+cu|ung\s+vien(?!\s+vo\s+dich)|trung\s+cu|lot\s+danh\s+sach|len\s+phieu|tren\s+phieu|candidates?|on\s+the\s+ballot|ballot\s+bio|the\s+list|the\s+race"
    r"|nominee|tieu\s+su|chuong\s+trinh\s+hanh\s+dong|tiep\s+xuc\s+cu\s+tri|_uv_)\b"
)
# A record said of someone in a sentence about the election ("bà F mang quốc tịch kép, Ủy ban bầu cử
# làm ngơ", "terminally ill … the day after winning"): a candidate.
_ELECTION = re.compile(r"\b(?:bau\s+cu|bau\s+cho|dac\s+cu|vote\s+for|votes?|election|elected|winning|wins?)\b")
# An election body's, a court's or the police's own act, a recording of an official meeting, or
# the press's own video ("Hội đồng bầu cử quốc gia đã xóa tên …", "bản ghi âm phiên họp").
_OFFICIAL_ACT = re.compile(
    r"\b(?:(?:hoi dong|uy ban|ban|to)\s+bau\s+cu\s+(?:\S+\s+){0,4}?(?:da\s+)?(?:quyet\s+dinh|xoa\s+ten|cong\s+bo|thong\s+bao|ket\s+luan)"
    r"|hdbcqg|phien\s+hop|ky\s+hop|toa\s+an\s+(?:\S+\s+){0,3}?(?:tuyen|xu)|co\s+quan\s+(?:canh\s+sat\s+)?dieu\s+tra\s+(?:da\s+)?(?:khoi\s+to|ket\s+luan)"
    r"|election\s+(?:council|committee|commission)\s+(?:has\s+)?(?:removed|announced|decided))\b"
)

# The material itself said to be doctored: a debunk ("đoạn ghi âm … đã bị cắt ghép", "the clip was
# doctored").
_DOCTORED = re.compile(
    r"\b(?:cat\s+ghep|ghep\s+noi|chinh\s+sua|deepfake|doctored|spliced|edited|fabricated|ai-generated"
    r"|(?:la|bi)\s+(?:lam\s+)?gia(?!\s+mao\s+ho\s+so)|(?:is|was|are)\s+(?:a\s+)?fake)\b"
)

# Material said to show the count or a rule ("tài liệu rò rỉ: tỉnh định sẵn số phiếu cho ứng cử viên
# …", "theo một đoạn ghi âm, người trúng cử chỉ cần 30% số phiếu"): that claim's own check reads it.
_COUNT = re.compile(r"\b(?:so\s+phieu|phieu\s+hop\s+le|ket\s+qua|ty\s+le|vote\s+shares?|results?|turnout|tally)\b")


def not_of_a_candidate(s: str, m, lo: int, hi: int) -> bool:
    """No candidate or list in the sentence (for a record, nor the election; for a life said hidden
    from the biography, the election is not enough), an official body's own act, or material said
    doctored or said to show the count."""
    if _OFFICIAL_ACT.search(s, lo, hi):
        return True
    if m.group("source") and (_DOCTORED.search(s, lo, hi) or _COUNT.search(s, lo, hi)):
        return True
    if _CANDIDATE.search(s, lo, hi):
        return False
    if m.group("source") and lo > 1 and _CANDIDATE.search(s, bounds(SENTENCE_RE, s, lo - 2)[0], lo):
        return False  # "ứng cử viên … được cho là đã nói: '…'. Đoạn ghi âm được chia sẻ …"
    return m.group("source") is not None or m.group("person") is not None or _ELECTION.search(s, lo, hi) is None


# The words each way of saying it cannot do without (the decision's cheap pre-check).
CANDIDATE_WORDS = [
    "ghi am", "voice", "tin nhan thoai", "tin nhan zalo", "tin nhan facebook", "tin nhan messenger", "tin nhan cua",
    "tin nhan ung", "clip tiktok", "clip ghi", "clip quay", "chup man hinh", "screenshot", "screenshots", "tai lieu mat", "tai lieu noi bo", "ro ri",
    "leaked", "audio clip", "recording of", "lo anh", "lo van ban", "lo clip", "lo giay to", "lo tin nhan", "lo ban",
    "thu tay", "anh la thu", "hinh la thu", "chup la thu", "photo of", "picture of", "bang gia", "bang mua", "bang cap",
    "bang dai", "bang thac", "bang tien", "mua bang", "truong khong", "diploma mill", "degree",
    "khai man", "lam gia", "gia mao", "sua nam sinh", "sua tuoi", "birth year", "birth date", "dao van", "plagiarism",
    "plagiarised", "plagiarized", "quoc tich", "passport", "dual citizenship", "dual nationality", "the xanh",
    "green card", "giau benh", "terminally ill", "expelled from the party", "khai tru khoi dang",
    "tren fb", "tren facebook", "tren zalo", "tren tiktok", "tren livestream", "trong nhom", "trong group", "gap kin", "tren trang",
    "qua zalo", "qua facebook", "trich loi", "phat ngon", "on facebook", "on tiktok", "on zalo", "livestream", "private group",
    "closed group", "group chat", "a recording", "a video", "a clip", "bau cho", "votes", "vote", "voters", "rut ten", "rut khoi",
    "xin rut", "withdrew", "withdraw", "pulled out", "dropped out", "struck off", "thong gia", "ho hang", "chau ruot", "con re",
    "em ruot", "anh ruot", "con ruot", "con ong chau cha", "relative of", "mua suat", "chay suat", "dinh cu",
    "settled abroad", "song bac", "gambling den", "dong the", "body double", "word for word", "chep nguyen",
]  # fmt: skip
