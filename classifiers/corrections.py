"""A wrong value corrected in the same text: the approved value stated as the true one.

Part of ``classifiers.distortion`` (its rules are in that module's docstring). A text that gives
a fact's approved value as the true one ("phường vừa xác nhận vẫn 23/5", "Số chính thức cả nước
là 99,60%", "The official number is 499") and another value of the same fact is correcting that
other value, not claiming it: "ai bảo bầu cử dời sang 30/5 là sai nha, phường vừa xác nhận vẫn
23/5". The approved value is stated as true when its sentence calls it official or confirmed, or
"vẫn" (still) comes right before it, and nothing a few words after it calls it false ("số chính
thức 99,6% là bịa"). The other value is still claimed when the text puts it as the reality
behind the official one ("công bố chính thức 99,6% nhưng thực tế chỉ 45%").

All patterns run on the folded, accent-stripped text (``text.fold_strip_aligned``).
"""

from __future__ import annotations

import re

from classifiers.clauses import SENTENCE_RE, bounds

__all__ = ["affirmed", "claimed_as_real"]

# In the approved value's sentence: it is the official, confirmed or unchanged value.
_TRUE_IN_SENTENCE = re.compile(
    r"\b(?:chinh thuc|xac nhan|khang dinh|van la|van dien ra|van giu|official|officially|confirmed|is still"
    r"|remains|was still)\b"
)
# Right before it: "vẫn 23/5", "vẫn là Chủ nhật 23/5", "still May 23".
_STILL_BEFORE = re.compile(r"\b(?:van|still)(?:\s+la)?(?:\s+(?:chu nhat|ngay|sunday|on))*\s*$")
# After it, a few words on in its sentence: the value called false or made up ("số chính thức
# 99,6% là bịa", "con số chính thức 99,6% là do phường ghi cho đủ"). (Not "in its clause": a
# decimal comma ends a clause.) Folded words that also mean something else ("gia" of "gia đình",
# "lua" of "lúa") count only in a longer phrase ("là giả", "lừa đảo").
_FALSE_AFTER = re.compile(
    r"^\W*(?:\S+\s+){0,4}?(?:la\s+)?(?:bia|la gia|gia mao|gia tao|sai|khong dung|khong that|xao|xao tra|lua dao"
    r"|lua bip|che giau|phu phep|ghi cho|ghi san|dung len|thoi phong|fake|false|made up|a lie|lie|lies|cooked"
    r"|rigged|fabricated|invented|inflated|padded)\b"
)
# Before the other value: it is given as the reality behind the official one.
_REAL_BEFORE = re.compile(
    r"\b(?:thuc te|thuc ra|that ra|su that|tren thuc te|actually|in fact|in reality|the truth|really)\b"
)


def affirmed(s: str, a: int, b: int) -> bool:
    """Whether the value at ``s[a:b]`` (the fact's approved value) is stated as the true one."""
    lo, hi = bounds(SENTENCE_RE, s, a)
    if not (_TRUE_IN_SENTENCE.search(s, lo, hi) or _STILL_BEFORE.search(s[max(lo, a - 25) : a])):
        return False
    return not _FALSE_AFTER.match(s[b : min(hi, b + 50)])


def claimed_as_real(s: str, a: int) -> bool:
    """Whether the value at ``s[a]`` is given as the reality behind another ("nhưng thực tế chỉ 45%")."""
    lo, _ = bounds(SENTENCE_RE, s, a)
    return _REAL_BEFORE.search(s, max(lo, a - 40), a) is not None
