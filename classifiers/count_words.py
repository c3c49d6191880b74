"""The words around a count of deputies that say what the count is of (read by
``classifiers.distortion`` on the folded text, before a count is compared with the approved one).

- ``PEOPLE_HEAD``: "người", "ứng viên" before the noun: a group ("Chính phủ có 22 người trúng cử"),
  unless ``ONLY_BEFORE`` says it is all of them ("chỉ có 300 người trúng cử", "cả nước có …", "in total").
- ``TO_ELECT``: the seats a vote is to fill, not how many it filled ("tổng số người ứng cử là 866
  người, bầu chọn 500 đại biểu", "cử tri đi bỏ phiếu bầu 500 đại biểu", "the vote will elect 500
  deputies"): the Assembly's seats and the
  deputies elected in 2021 differ by one, and a report of the seats is no claim about the result.
"""

from __future__ import annotations

import re

__all__ = ["ONLY_BEFORE", "PEOPLE_HEAD", "TO_ELECT"]

PEOPLE_HEAD = re.compile(r"(?:nguoi|ung vien|ung cu vien|candidates)\s+")
ONLY_BEFORE = re.compile(r"\b(?:chi|only|just|von ven|tong cong|tong so|in total|ca nuoc)\b(?:\s+co)?\s*$")
TO_ELECT = re.compile(
    r"\b(?:(?<!da\s)bau\s+chon|(?:se|de|can|nham|bo\s+phieu)\s+bau(?:\s+chon|\s+ra)?|(?:to|will|would|shall)\s+elect)\s+$"
)
