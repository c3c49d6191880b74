"""How a ballot is marked: the approved fact (``ballot_marking: cross_out``) is that a voter leaves
the names of the candidates they choose as they are and draws a line through the whole name of
each one they do not (the Ministry of Home Affairs' circulars on the election forms: Thông tư
01/2021/TT-BNV, Điều 10; Thông tư 21/2025/TT-BNV); nothing is ticked or circled, and a ballot
left untouched where there are more candidates than seats is not a vote for all of them. Claims
against it: the chosen names said to be ticked or circled ("muốn chọn ai thì đánh dấu tích vào ô
bên cạnh tên", "phải khoanh tròn tên người mình chọn", "tick the box next to the names you
want"), crossing out said to spoil the ballot ("gạch tên là phiếu hỏng"), and a blank ballot said
to count for everyone ("phiếu trắng được tính là bầu cho tất cả"), crossing a name out said to
choose that candidate ("gạch tên là chọn người đó", "thích ai thì gạch người đó").

Read on the folded text by ``classifiers.rule_facts`` (kind ``marking``) with the exceptions every
rule has (asked, denied, named to be answered, reported as false). Not crossing out every name
(which does spoil a ballot), not another country's ballot or another vote.
"""

from __future__ import annotations

import re

from classifiers.clauses import in_sentence

__all__ = ["MARKING_WORDS", "WRONG_MARKING", "every_name", "not_the_ballot"]

# ("tích cực", active, is no tick)
_MARK = r"(?:danh dau(?:\s+(?:tich|tick|x|cheo))?|tich(?!\s+(?:cuc|luy|hop|phan))|tick|khoanh(?:\s+tron)?|to\s+(?:den|mau)|dau\s+x)"
WRONG_MARKING = re.compile(
    # "muốn chọn ai thì đánh dấu tích", "bầu người nào thì khoanh tròn tên"
    rf"\b(?:muon\s+)?(?:chon|bau|dong y|tin nhiem|ung ho)\s+(?:ai|nguoi nao|ung vien nao)\s+(?:\S+\s+){{0,2}}?(?:thi\s+)?{_MARK}\b"
    # "phải khoanh tròn tên người mình chọn", "nhớ đánh dấu tích vào ô"
    rf"|\b(?:phai|can|nho|chi can|hay)\s+{_MARK}\s+(?:\S+\s+){{0,2}}?(?:vao\s+)?(?:ten|ho ten|ho va ten|nguoi|o\s+(?:ben\s+canh|canh|vuong|trong\s+phieu))\b"
    # crossing out said to spoil the ballot (not crossing out every name, which does)
    r"|\b(?:neu\s+)?gach\s+(?!het\b|tat ca\b|sach\b|toan bo\b)(?:ten\s+|ngang\s+)?(?:[^\s.!?,]+\s+){0,3}?(?:la|thi|se)\s+(?:[^\s.!?,]+\s+){0,3}?"
    r"(?:hong|khong hop le|huy|mat hieu luc|vo hieu|mat phieu)\b"
    # crossing out said to choose ("gạch tên là chọn người đó", "thích ai thì gạch người đó", "cross out the
    # names of the candidates you want"; not "không thích ai thì gạch", the rule itself)
    r"|\bgach\s+(?:ten\s+)?(?:ai\s+|nguoi\s+nao\s+)?(?:la|=)\s+(?:chon|bau(?:\s+cho)?|dong\s+y|ung\s+ho)\s+(?:nguoi|ho|ong|ba|ai|ten)\b"
    r"|(?<!khong\s)(?<!ko\s)(?<!k\s)(?<!chang\s)(?<!cha\s)\b(?:thich|muon\s+(?:chon|bau)|ung\s+ho|tin\s+nhiem)\s+ai\s+thi\s+gach\s+(?:ten\s+)?(?:nguoi|ai|ten)\b"
    r"|\bcross\s+out\s+(?:the\s+)?names?\s+(?:of\s+)?(?:the\s+)?(?:candidates?|people|ones?|persons?)\s+(?:you|they)\s+(?:want|support|like|choose|pick|vote\s+for)\b"
    # English: "you must tick/circle", "to vote, tick the box", "crossing out makes the ballot void"
    r"|\b(?:you\s+(?:must|have\s+to|need\s+to|should)|to\s+vote,?|voters\s+(?:must|have\s+to|need\s+to|should))\s+"
    r"(?:\S+\s+){0,2}?(?:tick|check|mark|circle|fill\s+in)\s+(?:\S+\s+){0,3}?(?:box(?:es)?|names?|candidates?|bubbles?|circles?)\b"
    r"|(?<!beside )(?<!besides )(?<!than )(?<!except )(?<!from )\bcross(?:ing)?\s+out\s+(?!all\b|every\b)(?:\S+\s+){0,4}?(?:makes|voids|spoils|invalidates|will\s+(?:void|spoil|invalidate))\b"
    r"|^\W*(?:circle|tick)\s+the\s+(?:names?|boxes?|candidates?)\b|\bcrossed\s+(?:line|name)s?\s+(?:spoils?|voids?|invalidates?)\b"
    r"|\bcrossed[- ]out\s+ballots?\s+(?:are|will\s+be|get)\s+(?:void|invalid|spoiled|rejected|thrown\s+out)\b"
    # a name written in said to count ("viết thêm tên vào dòng trống cuối phiếu, vẫn tính hợp lệ", "write in a name and
    # it still counts")
    r"|\b(?:viet|ghi|dien)\s+them\s+(?:ten\s+)?(?:\S+\s+){0,12}?(?<!khong\s)(?<!ko\s)(?<!k\s)(?<!hong\s)(?<!khum\s)(?<!chang\s)"
    r"(?:van|cung|deu|duoc|dc)\s+(?:(?:duoc|dc|tinh|la|coi\s+la)\s+){0,2}(?:hop\s+le|tinh\s+phieu)\b"
    r"|\bwrite\s+in\s+(?:a|any|another|your\s+own)\s+(?:\S+\s+){0,2}?(?:name|candidate)\s+(?:\S+\s+){0,3}?(?:still\s+)?(?:counts|is\s+valid)\b"
    r"|\bwrite\s+(?:the|a|their|your|his|her)\s+(?:own\s+)?(?:name|candidate)s?\s+(?:\S+\s+){0,6}?(?:and\s+)?it\s+(?:still\s+)?(?:counts|is\s+valid)\b"
    # a ballot said valid only when names are ticked or circled ("phiếu chỉ hợp lệ khi khoanh tròn tên")
    rf"|\bchi\s+hop\s+le\s+(?:khi|neu)\s+(?:\S+\s+){{0,3}}?{_MARK}\s+(?:\S+\s+){{0,2}}?(?:ten|nguoi|o)\b"
    r"|\bonly\s+valid\s+(?:if|when)\s+(?:\S+\s+){0,2}?(?:tick|circle|check|mark)\w*\s+(?:\S+\s+){0,2}?(?:names?|boxes?|candidates?)\b"
    # a blank ballot said to count for everyone
    r"|\b(?:phieu trang|de nguyen(?:\s+phieu)?|khong gach (?:ai|ten nao))\s+(?:\S+\s+){0,6}?(?:duoc\s+)?(?:tinh\s+(?:la\s+)?|coi nhu\s+)"
    r"(?:bau|bo phieu|dong y)\s+(?:cho\s+)?(?:tat ca|het|ca)\b"
    r"|\bblank\s+ballots?\s+(?:\S+\s+){0,3}?counts?\s+(?:as\s+)?(?:a\s+)?votes?\s+for\s+(?:every|all|each)\b"
    # a spoilt ballot said to go to the first name ("it goes to whoever is listed first", "tính cho người đứng đầu")
    r"|\b(?:goes|go|counts?|is\s+given|is\s+counted)\s+(?:to|for)\s+(?:whoever|the\s+(?:one|candidate|person|name))\s+(?:who\s+)?(?:is\s+)?"
    r"(?:listed|named|printed|at\s+the\s+top)(?:\s+first)?\b|\b(?:tinh|tinh cho|thuoc ve|cong cho)\s+(?:cho\s+)?nguoi\s+(?:dung\s+)?dau\s+(?:danh sach|phieu)\b"
)
# Every name crossed out, which does spoil a ballot ("gạch hết tên là phiếu không hợp lệ"), said so.
_EVERY_NAME = re.compile(
    r"\b(?:gach het|gach tat ca|gach sach|all the names|every name|all names)\b[^.!?]*?\b(?:khong hop le|hong|invalid|void|spoil\w*)\b"
)
every_name = in_sentence(_EVERY_NAME)
# The voters' register, where the team does mark names ("đánh dấu tên cử tri đã nhận phiếu trong sổ").
_REGISTER = re.compile(r"\b(?:trong so|so ky nhan|so nhan phieu|danh sach cu tri|register|voter list)\b")
_in_register = in_sentence(_REGISTER)


def not_the_ballot(s: str, m: re.Match, lo: int, hi: int) -> bool:
    """Every name crossed out said to spoil a ballot (which it does), or marks in the voters' register."""
    return every_name(s, m, lo, hi) or _in_register(s, m, lo, hi)


# The words each way of saying it cannot do without (the decision's cheap pre-check).
MARKING_WORDS = ["danh dau", "tich", "tick", "khoanh", "to den", "to mau", "dau x", "gach", "check", "mark", "circle",
                 "fill in", "cross out", "crossing out", "crossed out", "crossed-out", "phieu trang", "de nguyen",
                 "khong gach", "blank ballot", "blank ballots", "listed first", "named first", "printed first",
                 "at the top", "nguoi dau", "nguoi dung dau", "crossed line", "crossed lines", "crossed name",
                 "crossed names", "viet them", "ghi them", "dien them", "write in", "write the", "write a", "write their", "write your",
                 "write his", "write her", "chi hop le", "only valid"]  # fmt: skip
