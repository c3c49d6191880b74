"""A request for voters' personal or bank data through a message, a link or an app: what a fake
election notice asks for. The approved fact (``voter_data_requests: none``): election bodies never
ask voters for ID numbers, OTP codes, passwords or bank details by text message, social media or a
link, and no app or online form is needed to vote or to be on the voter list.

Checked by ``classifiers.rule_facts`` (kind ``request``) with the exceptions every rule has (asked,
denied, named to be answered, reported as a scam: "cảnh giác tin nhắn giả mạo yêu cầu nhập mã
OTP"). Read on the folded text:

- a secret given anywhere ("nhập mã OTP", "gửi kèm số tài khoản", "enter your bank card details");
- an app to install ("cài ứng dụng BauCu.apk", "download the app"), but not VNeID, the state's own;
- an ID number given through a link, a form, a message or an app ("điền số CCCD vào form",
  "send your ID number by SMS"), not the ID card brought to the polling station;
- details confirmed or a registration made at a link or in an app ("xác nhận thông tin tại
  bit.ly/…", "register via this link"), or a link to click to activate, confirm or receive
  something ("bấm vào link để kích hoạt thẻ cử tri");
- a code sent to the voter to be read out to a caller ("vui lòng đọc mã khi được hỏi", "read it
  out when asked"). The voter card's number is no secret ("đọc số thẻ cử tri" at the polling
  station).
"""

from __future__ import annotations

import re

__all__ = ["REQUEST", "REQUEST_WORDS", "request_elsewhere"]

_SECRET = (
    r"(?:ma\s+)?otp|mat\s+khau|password|ma\s+pin|pin\s+code|so\s+tai\s+khoan|tai\s+khoan\s+ngan\s+hang|stk"
    r"|so\s+the(?:\s+ngan\s+hang|\s+atm)?(?!\s+cu\s+tri)|the\s+(?:ngan\s+hang|atm|tin\s+dung)|bank\s+(?:card|account|details)"
    r"|card\s+(?:details|number)|account\s+number|ma\s+(?:xac\s+(?:thuc|nhan|minh)|bao\s+mat)|(?:verification|confirmation|security)\s+code"
)
_IDENT = r"so\s+(?:cccd|can\s+cuoc|cmnd|dinh\s+danh)|cccd|can\s+cuoc(?:\s+cong\s+dan)?|cmnd|(?:national\s+)?id\s+(?:number|card)"
_GIVE = (
    r"gui|nhap|dien|cung\s+cap|khai|kem|xac\s+nhan|xac\s+thuc|nhan\s+tin|doc|binh\s+luan|comment|send|enter|provide|submit|type"
    r"|confirm|verify|share|upload|fill\s+in|read|yeu\s+cau|ask(?:s|ed|ing)?\s+for"
)
_CHANNEL = (
    r"link|duong\s+(?:link|dan)|bit\.ly|tinyurl|app|ung\s+dung|form|bieu\s+mau|zalo|tin\s+nhan|nhan\s+tin|sms|website"
    r"|trang\s+web|online|qua\s+mang|facebook|messenger|inbox|ib"
)
REQUEST = re.compile(
    rf"\b(?:{_GIVE})\s+(?:[^\s.!?]+\s+){{0,6}}?(?:{_SECRET})\b"
    # ("cài"/"tải" an app; "cái ứng dụng" and "tại ứng dụng" fold alike: told apart on the original)
    rf"|\b(?:cai(?:\s+dat)?|tai(?:\s+ve)?|download|install)\s+(?:the\s+)?(?:ung\s+dung|app|phan\s+mem)\b(?!\s+(?:vneid|nay|do|kia|nao)\b)|\.apk\b"
    rf"|\b(?:{_GIVE})\s+(?:[^\s.!?]+\s+){{0,6}}?(?:{_IDENT})\b(?=[^.!?\n]{{0,80}}?\b(?:{_CHANNEL})\b)"
    rf"|\b(?:{_CHANNEL})\b[^.!?\n]{{0,60}}?\b(?:{_GIVE})\s+(?:[^\s.!?]+\s+){{0,4}}?(?:{_IDENT})\b"
    r"|\b(?:(?:bam|click|tap)\s+(?:vao\s+|on\s+)?|(?:nhan|an)\s+vao\s+)(?:(?:duong\s+)?link|day|here|this\s+link|[\w-]+\.(?:example|com|vn|net|org|info|xyz|top|site|online)\S*)"
    r"\s+(?:\S+\s+){0,2}?(?:de|to)\s+(?:kich\s+hoat|xac\s+nhan|xac\s+thuc|nhan|cap\s+nhat|dang\s+ky|activate|confirm|verify|claim|receive|update|register)\b"
    # a key to press to reach an "officer" ("press 9 to speak to an officer", "bấm phím 9 để gặp cán bộ")
    r"|\b(?:press|bam\s+(?:phim|so))\s+\d\s+(?:\S+\s+){0,2}?(?:to|de)\s+(?:(?:speak|talk|be\s+connected|gap|noi\s+chuyen)\s+(?:to\s+|with\s+|voi\s+)?(?:an?\s+|the\s+)?"
    r"(?:officer|official|election|can\s+bo|to\s+bau\s+cu|uy\s+ban)|confirm|update|xac\s+nhan|cap\s+nhat)\b"
    # a code to read out to a caller ("đọc mã khi được hỏi", "read it out when asked")
    r"|\b(?:doc|read)\s+(?:lai\s+)?(?:ma|the\s+code|code|it)(?:\s+out)?\s+(?:\S+\s+){0,2}?"
    r"(?:khi\s+(?:duoc\s+)?hoi|when\s+(?:asked|called|they\s+call|the\s+officer\s+calls)|cho\s+(?:can\s+bo|nguoi\s+goi|to\s+bau\s+cu))"
    # a reply asked to keep a place on the list, photos of cards asked for ("reply YES to keep your place",
    # "nhắn lại chữ CÓ để giữ tên", "send photos of your family's voter cards", "gửi ảnh thẻ cử tri qua Zalo")
    r"|\b(?:reply|text\s+back|respond)\s+(?:with\s+)?\W?(?:yes|y|ok|1)\W?\s+(?:\S+\s+){0,4}?to\s+(?:keep|confirm|stay|remain|be\s+kept)"
    r"\s+(?:\S+\s+){0,3}?(?:place|name|registration|spot|vote|ballot|list|voter)"
    r"|\b(?:nhan\s+lai|tra\s+loi|rep)\s+(?:chu\s+)?\W?(?:co|yes|ok|y|1)\W?\s+(?:\S+\s+){0,4}?de\s+(?:giu|xac\s+nhan|duoc\s+giu|con)\s+(?:\S+\s+){0,3}?(?:ten|danh\s+sach|phieu|quyen|cu\s+tri)\b"
    r"|\b(?:send|upload|gui|chup\s+gui)\s+(?:\S+\s+){0,2}?(?:photos?|pictures?|anh(?:\s+chup)?|hinh(?:\s+chup)?)\s+(?:of\s+)?(?:\S+\s+){0,2}?"
    r"(?:voter\s+cards?|id\s+cards?|the\s+cu\s+tri|cccd|can\s+cuoc)"
    r"|\b(?:xac\s+nhan|cap\s+nhat|dang\s+ky|confirm|update|register|verify)\s+(?:[^\s.!?]+\s+){0,4}?"
    r"(?:tai|qua|o|at|via|through|on|using)\s+(?:[^\s.!?]+\s+){0,2}?(?:link|bit\.ly|duong\s+link|website|trang\s+web|app|ung\s+dung|form)\b"
)
# The words a request cannot do without (the decision's cheap pre-check): each way of asking above
# has one of them (a secret, an app, an ID, a click, the link, site, app or form to go to, or a
# code read out).
REQUEST_WORDS = [
    "press", "bam phim", "bam so",
    "otp", "mat khau", "password", "pin", "tai khoan", "stk", "so the", "ngan hang", "atm", "tin dung", "bank", "card",
    "account", "cccd", "can cuoc", "cmnd", "dinh danh", "id", "ung dung", "app", "phan mem", "apk", "bam", "click",
    "tap", "nhan vao", "an vao", "link", "bit", "tinyurl", "website", "web", "form",
    "ma xac", "ma bao mat", "verification code", "confirmation code", "security code", "doc ma", "read it", "read the code",
    "read code", "doc lai ma", "reply", "text back", "respond", "nhan lai", "tra loi", "rep", "the cu tri", "cards",
]  # fmt: skip
# The state's own identity app and public-service portal, which voters may use to look things up;
# a warning about such requests, or a request said never to be made ("không bao giờ yêu cầu",
# "không cần cài ứng dụng", "kẻ gian giả danh …", "đừng cung cấp").
_NOT_A_NOTICE = re.compile(
    r"\b(?:vneid|dich vu cong|canh giac|canh bao|ke gian|gia danh|gia mao|mao danh|tu xung|doi tuong|lua dao|thu doan|chiem doat"
    r"|khong bao gio|khong (?:he )?yeu cau|khong can|khong phai|(?:(?<!ung )dung|khong nen|tuyet doi khong) (?:cung cap|gui|nhap|bam|click|cai|dien|doc)"
    r"|scam\w*|phishing|fake|beware|never|do not|don't|won't ask|nobody|ignore|bo qua|dung tra loi|no\s+(?:\S+\s+)?(?:body|bodies|one|agency|officials?|authority)"
    r"|khong co (?:co quan|ai|to chuc))\b"
)

_APP = re.compile(r"(?:cai|tai|download|install)\b")
_FOR_NEWS = re.compile(
    r"(?:\s+[^\s.!?]+){0,4}?\s+(?:de|to)\s+(?:nhan\s+(?:thong\s+bao|tin)|theo\s+doi|xem\s+tin|doc\s+tin|cap\s+nhat\s+tin"
    r"|follow|receive\s+(?:notices|news|updates)|get\s+(?:notices|news|updates))\b"
)
_SECRETS = re.compile(rf"\b(?:{_SECRET}|{_IDENT})\b")


def request_elsewhere(s: str, m: re.Match, lo: int, hi: int, text: str = "") -> bool:
    """A request that is not a fake notice's: the state's own app or portal, a warning about such
    requests, or a request said never to be made, in the sentence; "cái ứng dụng" (the app) or
    "tại ứng dụng" (in the app) in the original ``text``, not an app to install."""
    if text and text[m.start() : m.start() + 3].lower() in ("cái", "tại"):
        return True
    if _APP.match(s, m.start()) and _FOR_NEWS.match(s, m.end()) and not _SECRETS.search(s, lo, hi):
        return True  # an app installed to follow news or receive notices, nothing given through it
    return _NOT_A_NOTICE.search(s, lo, hi) is not None
