"""A ballot said void for a reason the law does not give: the approved fact
(``ballot_invalid_reasons: listed_in_law``) is that a ballot is invalid only when it is not the
form the election team hands out, has no stamp of the team, leaves more names than there are seats,
crosses out every name, or has a name or other words added. Not the pen or the ink's colour, not a
fold, not keeping fewer names than there are seats ("phiếu gạch bằng bút chì sẽ bị hủy", "if you
fold the ballot it becomes invalid", "leave fewer names than there are seats and your ballot gets
thrown out"), not another body's stamp (the police's, the commune committee's), not a ballot put in
the mobile box, not a fold ("gấp là hỏng"). The other way round, a ballot the law voids (with no
stamp of the team, printed outside) said counted ("phiếu không có dấu mà vẫn được đếm").

Read on the folded text by ``classifiers.rule_facts`` (kind ``validity``) with the exceptions every
rule has (asked, denied, named to be answered, reported as false). Only causes that are not among
the law's reasons are read: marks the voter adds (a circle, a cross over a name) may count as
"other words added", so a claim about them is not found.
"""

from __future__ import annotations

import re

__all__ = ["COUNTED_ANYWAY", "VOID_FOR", "VOID_WORDS"]

_VOID = (
    r"(?:(?:bi\s+)?tinh\s+la\s+phieu\s+trang|khong\s+duoc\s+(?:kiem|dem)|(?:la|thi|se|bi|thanh\s+phieu)\s+hong(?!\s+(?:co|duoc|dc|phai|sao|biet|can))|bi huy|bi loai|khong hop le|mat hieu luc|vo hieu|invalid|void|spoil(?:ed|s)?|thrown out|rejected"
    r"|khong duoc tinh|won't count|doesn't count|will not count|does not count|not counted)"
)
_CAUSE = (
    r"(?:but chi|pencil|(?:but\s+)?muc\s+(?:xanh|do|tim)|but\s+(?:bi\s+)?(?:xanh|do|tim)|(?:blue|red|green|coloured|colored)\s+(?:ink|pen)"
    r"|gap\s+(?:phieu|doi|lam|tu|lai)|(?<!share )(?<!chia se )gap(?=\s+(?:la|thi)\s+hong)|fold(?:s|ed|ing)?|creas(?:e|es|ed)|wrinkl\w*|nep\s+gap|nhau|it\s+hon\s+so|fewer\s+names|fewer\s+than\s+(?:the\s+)?(?:number|seats)"
    r"|(?:(?:khong|ko|k)\s+co\s+|thieu\s+|without\s+(?:the\s+|a\s+)?)?(?:dau|stamp)\s+(?:\S+\s+){0,2}?(?:cua|of|by|from)\s+(?:the\s+)?(?:cong\s+an|police|ward\s+police|ubnd|uy\s+ban\s+(?:nhan\s+dan\s+)?(?:xa|phuong))"
    r"|police\s+stamp|hom\s+phieu\s+(?:phu|luu\s+dong)|mobile\s+(?:ballot\s+)?box(?:es)?"
    r"|chi\s+(?:gach|de\s+lai|giu|bau)\s+(?:co\s+)?(?:mot|1|hai|2)\s+(?:ten|nguoi)|only\s+(?:one|two)\s+names?)"
)
# (nothing between the cause and "void" that denies it or says it valid: "gấp phiếu không làm phiếu
# mất hiệu lực", "fewer names is fine, the ballot is only invalid if …")
_BETWEEN = r"(?:(?!\b(?:khong|ko|chang|van|hop le|chi|not|never|still|doesn't|won't|fine|valid|only)\b)[^.!?]){0,80}?"
VOID_FOR = re.compile(
    rf"\b{_CAUSE}\b{_BETWEEN}\b{_VOID}\b"
    rf"|\b(?:phieu|ballots?)\b{_BETWEEN}\b{_VOID}\b[^.!?]{{0,40}}?\b(?:neu|khi|if|when|because|vi)\b[^.!?]{{0,40}}?\b{_CAUSE}\b"
)
# The other way round: a ballot the law voids said counted ("phiếu không có dấu của tổ bầu cử mà vẫn
# được đếm", "ballots without the stamp still count"): one not of the form handed out, or unstamped.
COUNTED_ANYWAY = re.compile(
    r"\b(?:phieu|ballots?)\s+(?:\S+\s+){0,3}?(?:(?:khong|ko|k|chang)\s+(?:co\s+)?(?:dong\s+)?dau|chua\s+(?:duoc\s+)?dong\s+dau"
    r"|without\s+(?:the\s+|a\s+)?stamp|unstamped|(?:in|photo)\s+(?:them|lau|ngoai))\b[^.!?;]{0,60}?"
    r"(?<!khong\s)(?<!ko\s)\b(?:van|cung|still)\s+(?:duoc\s+|dc\s+|gets?\s+|is\s+|are\s+)?(?:dem|tinh|kiem|counts?|counted|hop\s+le|valid)\b"
)
# The words each cause cannot do without (the decision's cheap pre-check).
VOID_WORDS = [
    "but chi", "pencil", *(f"{p}{c}" for p in ("muc ", "but ", "but bi ") for c in ("xanh", "do", "tim")),
    *(f"{c} {p}" for c in ("blue", "red", "green", "coloured", "colored") for p in ("ink", "pen")),
    *(f"gap {w}" for w in ("phieu", "doi", "lam", "tu", "lai", "la hong", "thi hong")), "fold", "folds", "folded", "folding", "nep gap",
    "crease", "creases", "creased", "wrinkle", "wrinkled", "wrinkles", "nhau",
    "it hon so", "fewer names", "fewer than", "chi gach", "chi de lai", "chi giu", "chi bau", "only one name",
    "only two names", *(f"{p} {b}" for p in ("cua", "of", "by", "from", "of the", "by the", "from the")
                        for b in ("cong an", "police", "ward police", "ubnd", "uy ban")),
    "police stamp", "hom phieu phu", "hom phieu luu dong", "mobile box", "mobile boxes", "mobile ballot box",
    "mobile ballot boxes", "co dau", "khong dau", "ko dau", "k dau", "chang dau", "dong dau", "stamp", "unstamped", "in them", "in lau", "in ngoai", "photo them",
]  # fmt: skip
