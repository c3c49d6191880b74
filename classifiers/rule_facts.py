"""Key facts that are rules, checked against what an item says the rule is.

Run by ``classifiers.distortion.check`` after the value checks (dates, hours, ages, figures):

- ``decided`` (``results_decided_by: public_count``): results, winners or seats said settled before
  the vote ("đã được sắp xếp trước", "chưa bầu đã biết kết quả"), figures said invented or handed
  down ("số bịa", "được giao từ trên xuống", "có ai đếm đâu");
- ``penalty`` (``voter_penalty: none``): voters said to be fined, recorded, cut off or summoned for
  not voting or for how they vote ("không đi bầu sẽ bị phạt 200k", "gạch tên … bị mời lên làm
  việc", "skip the vote and you'll be fined"), or told to pay a fine ("nộp phạt 200k qua …");
- ``fee`` (``voting_fee: none``): a fee said to be due to vote ("đóng lệ phí in phiếu 50.000đ",
  "pay a fee of 50,000 dong");
- ``method`` (``voting_method: in_person``): voting said possible other than in person ("bỏ phiếu
  qua ứng dụng VNeID", "gửi phiếu bầu qua bưu điện", "vote online", "chụp màn hình … là coi như
  đã bầu"), or at an embassy or from abroad ("bỏ phiếu tại đại sứ quán": ``classifiers.abroad``);
- ``secret`` (``ballot: secret``): a ballot said traceable to its voter ("phiếu bầu có mã số, họ
  biết bạn gạch ai", "camera soi từng lá phiếu", "ballots are numbered and traced back to you");
- ``request`` (``voter_data_requests: none``): voters asked for ID numbers, OTP codes or bank details
  by message, link or app (``classifiers.data_requests``).
- ``validity`` (``ballot_invalid_reasons: listed_in_law``): a ballot said void for a pencil, an
  ink's colour, a fold or fewer names than seats (``classifiers.validity``).
- ``residence`` (``temporary_residents: on_the_list``): temporary residents said barred from voting
  where they live, sent back home to vote (``classifiers.residence``).
- ``documents`` (``voter_documents: voter_card``): papers said needed besides the voter card
  (``classifiers.documents``).
- ``compulsory`` (``voting_status: right_and_duty``): voting said compulsory by law, or an exemption
  said needed to stay home (``classifiers.compulsory``); ``eligibility`` (``voter_list_excludes``):
  detention, a suspended sentence or a fine said to cost the vote (``classifiers.eligibility``).
- ``share``, ``quorum`` (``winner_share``, ``valid_turnout``: ``more_than_half``): a seat said won
  with less than half the valid votes or by a plurality, a unit's vote said void below another
  turnout than half (``classifiers.thresholds``).

The same exceptions hold for all of them: no finding for a claim that is asked ("có bị phạt không
mọi người?", "… hả mọi người"), denied ("không bị phạt", "no fine", "làm gì có", "có mất phí đâu",
"chưa áp dụng"), proposed ("nên cho phép …"), named to be answered ("tin đồn", "bác bỏ", "claims
that"), quoted, refuted ("ai nói … thì sai"), reported as a fake or a scam in its own clause or
after it ("… là bịa đó", "cảnh giác tin nhắn giả mạo …"), corrected in the next sentence, or said
of another country, US politics or a contest's vote (``elsewhere``, which the value checks also
use). A rule said otherwise is wrong whoever is cited, so a cited body does not excuse it (as for
``allowed``). Everything reads the folded copy of the text (``classifiers.text.fold_strip_aligned``);
"phạt" (a fine) against "phát" (to hand out), and "Mỹ", "Anh", "Úc" as countries against "Mỹ
Đình", "anh Tư", are told apart on the original.
"""

from __future__ import annotations

import functools
import re

from classifiers.abroad import ABROAD, ABROAD_WORDS, SAID_NOT, coming_back
from classifiers.announcer import ANNOUNCER_WORDS, OTHER_ANNOUNCER, preliminary
from classifiers.candidate_claims import CANDIDATE_CLAIM, CANDIDATE_WORDS, not_of_a_candidate
from classifiers.clauses import CLAUSE_RE, FALSE_NEXT, SENTENCE_RE, bounds, denied_before, own_words_blanked
from classifiers.compulsory import COMPULSORY, COMPULSORY_WORDS, a_procedure
from classifiers.count_claims import (
    NAMED_ILLEGAL,
    NOMINATION,
    OUT_OF_SIGHT,
    OUT_OF_SIGHT_WORDS,
    OUTCOME,
    out_of_sight_says,
    scan_of,
)
from classifiers.data_requests import REQUEST, REQUEST_WORDS, request_elsewhere
from classifiers.documents import DOCUMENTS_WORDS, NEEDS_PAPERS, not_about_voting
from classifiers.eligibility import ELIGIBILITY_WORDS, LOSES_THE_VOTE, the_law_itself
from classifiers.fact_words import (
    ASKS_AFTER,
    CONTRAST,
    DENIED_BEFORE,
    INVENTED,
    NAMED_NOT_ASSERTED,
    NOT_PERMITTED,
    PREDETERMINED,
    PREDETERMINED_WORDS,
    REFUTED,
    SETTLED_WHAT,
    quoted,
)
from classifiers.known_early import KNOWN_EARLY, KNOWN_EARLY_WORDS, early_says, settled_early
from classifiers.levels import LEVELS_WORDS, check_levels
from classifiers.marking import MARKING_WORDS, WRONG_MARKING, not_the_ballot
from classifiers.one_day import ONE_DAY_WORDS, TWO_DAYS, other_event
from classifiers.penalties import (
    ABSTAIN,
    ABSTAIN_AFTER,
    FINE_WORD,
    PENALTY,
    PENALTY_WORDS,
    VOTING_EXPOSES,
    denied_inside,
)
from classifiers.residence import BARRED, RESIDENCE_WORDS, lower_councils
from classifiers.rule_values import HUMAN as _HUMAN
from classifiers.rule_values import rule_kind
from classifiers.secrecy import SECRET_WORDS, TRACED, secret_elsewhere
from classifiers.standing import ONLY_SOME_STAND, STANDING_WORDS, party_internal
from classifiers.surplus import NO_SURPLUS, SURPLUS_WORDS, other_body
from classifiers.thresholds import (
    ABSENT_AGAINST,
    ABSENT_WORDS,
    QUORUM_WORDS,
    SHARE_WORDS,
    WRONG_QUORUM,
    WRONG_SHARE,
    above_half,
)
from classifiers.validity import COUNTED_ANYWAY, VOID_FOR, VOID_WORDS
from classifiers.vetting import NO_VETTING, VETTING_WORDS, not_about_candidates
from classifiers.voted_mark import INKED_FINGER, VOTED_MARK_WORDS, not_a_finger

__all__ = ["RULE_CHECKS", "RULE_KINDS", "RULE_WORDS", "elsewhere", "not_asserted", "rule_kind"]

# A fee to vote ("nộp phạt" is a penalty's).
FEE = re.compile(
    r"\b(?:(?:nop|dong|thu|mat|tra|tinh)\s+(?:them\s+|le\s+)?phi|le\s+phi|(?:dat|nop|dong)\s+(?:tien\s+)?coc|tien\s+coc|deposit"
    r"|(?<!chi\s)(?<!kinh\s)phi\s+(?:in|lam|cap|xac nhan|dang ky|quan ly|to chuc|uy quyen)(?:\s+(?:phieu|the|danh sach))?"
    r"|(?:nop|dong|tra|dua|thu)\s+(?:\S+\s+)?tien\s+(?:in\s+phieu|muc)"
    r"|(?<!kinh\s)(?<!chi\s)phi\s+bau\s+cu|(?:contribute|(?:dong\s+)?gop)\s+\d[\d.,]*\s*(?:k|nghin|ngan|trieu|dong|d|vnd)?|(?:nop|tra|bo\s+ra|dua|thu|mat|(?<!huy\s)(?<!van\s)(?<!hoat\s)(?<!lao\s)(?<!chu\s)(?<!tu\s)(?<!bien\s)(?<!cong\s)dong)"
    r"\s+(?:\S+\s+){0,2}?\d[\d.,]*\s*(?:k|nghin|ngan|trieu|dong|d|vnd)"
    r"|pa(?:y|ys|ying|id)\s+(?:a\s+|the\s+)?(?:\S+\s+){0,3}?(?:fee|\d[\d.,]*\s*(?:k|vnd|dong)?)|fees?\s+(?:of|to\s+vote)|fee\s+to\s+vote|costs?\s+(?:\S+\s+)?\d"
    r"|\d[\d.,]*\s*(?:k|vnd|dong)?\s+(?:charge|fee)|(?:isn't|is\s+not|no\s+longer)\s+free"
    r"|(?:registration|processing|printing|ballot|voter\s+card)\s+fee|pay\s+to\s+vote|\d[\d.,]*\s*(?:k|vnd|dong)?\s+(?:per\s+(?:person|head|voter)\s+)?for\s+(?:the|your|a|each)\s+ballot"
    r"|(?:thu|nop|dong)\s+tien\s+phieu|(?:nop|dong|thu)\s+\W?quy\s+bau\s+cu|(?:tien|chi phi)\s+(?:to chuc\s+)?bau cu\s+(?:\S+\s+){0,4}?(?:cong|tinh|thu)\s+(?:vao|qua)\s+(?:hoa don|tien dien|tien nuoc)|election\s+costs?\s+(?:\S+\s+){0,2}?(?:added|charged|billed)\s+to\s+(?:\S+\s+){0,3}?(?:power|electricity|water|utility)\s+bills?"
    r"|(?:mang|cam)\s+theo\s+(?:\S+\s+){0,2}?(?:\d[\d.,]*\s*(?:k|nghin|ngan|trieu|dong|d|vnd)|(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)(?:\s+\S+){0,2}?\s+(?:nghin|ngan|trieu))"
    r"|charg(?:e|es|ed|ing)\s+(?:a\s+)?(?:fee|\d|voters|per|for|at|you|each|us|everyone|people)"
    r"|(?:pay|paid|charg\w*|cost\w*)\s+(?:\S+\s+){0,3}?(?:ten|twenty|thirty|forty|fifty|hundred)\s+(?:\S+\s+)?thousand"
    r"|(?:nop|(?<!hoi\s)dong|thu|tra|gom)\s+(?:\S+\s+){0,3}?(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|nua)"
    r"(?:\s+(?:muoi|tram|chuc|linh|le|mot|hai|ba|bon|lam|nam|sau|bay|tam|chin)){0,3}\s+(?:nghin|ngan|trieu))\b"
)
FEE_NOT = re.compile(
    r"\b(?:gui xe|giu xe|parking|tra sua|an sang|ca phe|cafe|taxi|xe om|grab|ngan hang|tin dung|receive\w*|thu lao"
    r"|boi duong|ngan sach|state budget|poll workers?|ung ho|tu nguyen|quyen gop|donat\w*|tu thien|tang qua"
    r"|mua\s+(?:ban|ghe|nuoc|hoa|qua|do|loa|bang ron|co))\b"
)
VOTE_ANY = re.compile(r"\b(?:bau|bo phieu|(?<!co\s)phieu|vote|votes|voting|ballots?|the cu tri|cu tri|voters?)\b")
# Voting other than in person: a vote word, then a channel ("bỏ phiếu qua ứng dụng VNeID", "vote
# by email"); "online voting", "bỏ phiếu điện tử"; a photo or a message said to count as a vote.
_VOTE_VERB = r"(?:bau(?!\s+(?:cu|ban)\b)|bo\s+phieu|phieu\s+bau|gui\s+phieu|dien\s+phieu|vote|votes|voted|voting|cast\s+(?:\S+\s+){0,2}?ballots?)"
_CHANNEL = (
    r"(?:ung dung|app|vneid|zalo|facebook|tin nhan|nhan tin|sms|email|e-mail|buu dien|dien thoai|internet|mang(?!\s+song)|website"
    r"|trang web|link|duong link|post|mail|text(?:ing)?|phone|online|video call|goi video|cong dich vu cong|dich vu cong"
    r"|(?:web\s+)?portal|tong dai|hotline)"
)
_INFO = (
    r"(?:ket qua|thong tin|danh sach|huong dan|cap nhat|dang|cong bo|xem|tra cuu|thong bao|lich|results|information"
    r"|list|posted|updated|schedule|xong|roi|nho|sau|after|then|ty le|ti le|so lieu|dang ky|dang ki|register\w*|noi|diem"
    r"|khu vuc|phong|gio|ngay|turnout|rules?|news|quy dinh|tin tuc|khoe|anh|nhan|nhe|nha|oi)"
)
_GAP_INFO = _INFO.replace("|gio|ngay|", "|")  # (in the gap "ngay" is "right away": "bầu ngay trên app")
METHOD = re.compile(
    r"\b"
    + _VOTE_VERB
    + r"(?:\s+(?!"
    + _GAP_INFO
    + r"\b)[^\s,.;:]+){0,5}?\s+(?:qua|bang|tren|by|via|through|over|using)\s+"
    r"(?:[^\s,.;:]+\s+){0,2}?" + _CHANNEL + r"\b"
    r"|\b"
    + _VOTE_VERB
    + r"\s+(?:online|truc tuyen|tu xa|from\s+(?:home|(?:your|my|their|his|her)\s+(?:sofa|couch|phone|desk|office)))\b"
    r"|\b(?:nhan tin|soan tin)\s+(?:\S+\s+){0,2}?cu\s+phap|\b(?:goi dien|call\w*)\s+(?:\S+\s+){0,8}?(?:doc|bao|noi|say|read)\s+(?:ten|the\s+name)"
    r"|\b(?:gui|send\w*|text\w*)\s+(?:\S+\s+){0,1}?(?:email|tin nhan|sms|zalo|anh|photo)\s+(?:\S+\s+){0,4}?"
    r"(?:nguoi\s+(?:minh\s+)?chon|ten\s+nguoi|lua\s+chon|la\s+phieu|phieu\s+(?:bau\s+)?(?:da\s+)?gach)"
    r"|\b(?:online|electronic|internet|postal|mail-in|sms|e-|(?:app|phone|web|sms|text|internet|email|e-mail|zalo|facebook|qr)(?:-based)?)\s*(?:voting|vote|ballots?)\b"
    r"|\bqr\b(?:\s+[^\s.;:]+){0,8}?\s+(?:la|thi)\s+(?:phieu|bau|bo\s+phieu)\b"
    r"|\bbo phieu dien tu\b|\bbau cu (?:truc tuyen|online|qua mang|(?:qua|bang) (?:\S+\s+)?" + _CHANNEL + r")\b"
    # "bầu cử năm nay làm online hết", "chụp ảnh phiếu bầu gửi qua Zalo … là xong, khỏi đến"
    r"|\bbau cu\s+(?:(?!(?:khong|ko|k|chua|chang|khum|hong)\b)\S+\s+){0,3}?(?:lam|to chuc|dien ra|chuyen sang|chuyen qua)\s+(?:het\s+)?(?:online|truc tuyen|qua mang)\b"
    r"|\bchup\s+(?:anh\s+|hinh\s+)?(?:la\s+)?phieu(?:\s+bau)?(?:\s+[^\s,.;:]+){0,3}?\s+gui\s+(?:qua|cho|ve|len|toi)\s+"
    r"(?:[^.;!?]+?\s)?(?:(?:la|thi)\s+xong|khoi\s+(?:phai\s+)?(?:den|ra|di)|(?:khong|ko|k|khum)\s+can\s+(?:phai\s+)?(?:den|ra|di))\b"
    r"|\b(?:email|text|sms|mail|post)\s+(?:their|your|the|in\s+their|in\s+your)\s+(?:ballots?|votes?|ballot\s+choices|choices)\b"
    r"|\bpress\s+\d\s+to\s+vote\b|\bbam\s+phim\s+(?:\S+\s+){0,4}?(?:de\s+)?(?:bau|chon|theo\s+so\s+thu\s+tu)"
    r"|\bsend\w*\s+(?:\S+\s+){0,2}?(?:photo|picture|screenshot)\s+of\s+(?:your|the)\s+(?:\S+\s+)?ballot\b[^.;!?]{0,60}?"
    r"\b(?:counts?|instead|is\s+enough|no\s+need)\b"
    r"|\b(?:coi nhu|duoc tinh|tinh la|counts? as|counted as)\s+(?:la\s+)?(?:da\s+)?(?:bau|bo phieu|voted|a vote|having voted)\b"
    r"|\b(?:la|thi)\s+(?:da\s+)?(?:bau|bo\s+phieu)\s+xong\b|\bphieu\s+(?:bau\s+)?(?:se\s+)?(?:duoc|dc)\s+(?:tinh|ghi nhan|cong nhan)\b"
    r"|\bphieu\s+(?:bau\s+)?(?:se\s+)?counts\b|\b(?:la|thi)\s+(?:(?:duoc|dc)\s+tinh|(?:duoc|dc)\s+ghi\s+nhan)\b|\bit\s+(?:(?:would|will|'ll)\s+count|counts\s+(?:just\s+)?the\s+same)\b"
    # the ballots taken home to be marked ("chủ hộ ký nhận rồi mang về nhà cho các thành viên gạch")
    r"|\b(?:mang|dem|cam)\s+(?:phieu\s+(?:bau\s+)?)?ve\s+nha\s+(?:cho\s+)?(?:\S+\s+){0,5}?(?:gach|bau)\b"
)
MOBILE_BOX = re.compile(
    r"\b(?:hom phieu (?:phu|luu dong)|mobile ballot box|(?:brought|brings|bring|carried)\s+(?:a|the)\s+(?:\S+\s+)?(?:ballot\s+)?box"
    r"|mang\s+hom\s+phieu)"
)
SENT_OR_SHOT = re.compile(
    r"\b(?:tin nhan|chup|anh|zalo|email|sms|photo|screenshot|text|message|quet|qr|goi dien|tong dai|scan\w*|call\w*)\b"
)
INFO_BEFORE = re.compile(
    r"\b(?:" + _INFO.strip("()?:").replace("|gio|", "|") + ")" + r"(?:\s+(?:cu\s+tri\s+|nguoi\s+)?di)?\s*$"
)  # ("tỷ lệ đi bầu qua Zalo")

# Said of a fake or a scam, circulating, or followed by its correction: not claimed here.
REPORTED = re.compile(
    r"\b(?:bia dat|bia do|la bia|(?:la|deu) sai|sai su that|khong dung su that|la khong (?:dung|chinh xac)|khong co co so|chua co can cu|tin gia|gia mao"
    r"|mao danh|tu xung|(?<!\w)xung\s+(?:la\s+)?(?:hoi dong|uy ban|to|ban|can bo)|sai hoan toan|hoan toan sai"
    r"|completely false|totally false|tin sai|(?<!(?:se|la) bi )(?<!\bthi bi )(?<!(?:se|la) bi cong an )(?<!\bthi bi cong an )(?:tam|bat) giu|khoi to|arrested|detained"
    r"|(?:bi\s+)?xu\s+phat\s+(?:\S+\s+){0,2}?vi\s+(?:da\s+)?(?:dang|chia se|dang tai|tung|loan|phat tan|binh luan)"
    r"|la gia|lua dao|chieu lua|tro lua|canh giac|dung tin|lan truyen|duoc chia se|bac bo|xuyen tac|truoc thong tin"
    r"|thong tin cho rang|bai viet cho rang|scams?|fake|beware|is false|are false|is wrong|not true|not a real thing"
    r"|debunk\w*|someone (?:\S+\s+){0,3}?said|bai viet (?:\S+\s+){0,5}?noi|la\s+(?:hoan toan\s+)?(?:khong|chang|ko)\s+co)\b"
)
CORRECTED_NEXT = re.compile(
    r"[\s.:]*(?:you can't|you cannot|no[,.!]|not true|(?:this|that|it)\s+(?:is|was)\s+(?:false|fake|untrue|wrong)"
    r"|sai\b|khong (?:phai|co|duoc) dau|khong dung|hong co dau"
    r"|(?:a\s+)?(?:minh|toi|em)\s+nham|nham\b|dinh chinh|correction|sorry)"
)
DENIED_LOCAL = re.compile(
    r"\b(?:(?:khong|chang|cha|hong|ko|hok|khum)\s+(?:co|phai|he)|lam\s+gi\s+co|dau\s+co|won't|will\s+not|wont)\b"
    r"|\b(?:chua|khong|ko)\s+(?:ap dung|cho phep|to chuc|trien khai)\b|\b(?:co nen|nen chang|should\s+(?:we|vietnam))\b"
    r"|\b(?:uoc\s+gi|uoc\s+chi|gia\s+ma|gia\s+nhu|i\s+wish|if\s+only|nen\s+(?:cho|ap dung|co|thu|xem xet)|de xuat|kien nghi|should\s+(?:\S+\s+)?(?:consider|allow|introduce|adopt|try))\b"
)
# Negations the shared lists leave out, right before a claim ("chẳng ai", "chẳng bị").
NEG_MORE = re.compile(r"\b(?:chang|cha|won't|wont|will\s+not)\b(?:\s+\S+){0,3}\s*$")
# The one who knows is the voter ("chỉ có bạn mới biết bạn gạch ai", "only you know").
SELF_KNOWS = re.compile(
    r"\b(?:chi\s+(?:co\s+)?(?:ban|minh|cu tri|nguoi bau)(?:\s+moi)?|only\s+you|tu\s+minh|you\s+alone)\b[^,.;]{0,20}$"
)
FEAR_BEFORE = re.compile(
    r"\b(?:sợ|lo|lo lắng|ngại|e rằng|afraid|worried|fear(?:s|ing)?)\s+(?:\S+\s+){0,3}$", re.IGNORECASE
)  # on the original: folded, "sợ" is also "số", "lo" also "lộ"
NOT_AVAILABLE = re.compile(
    r"\b(?:not\s+(?:available|possible|allowed)|unavailable|impossible|khong\s+co\s+(?:hinh thuc|chuyen))\b"
)
# A supposition, not a report: "giả sử mà bầu được bằng tin nhắn", "nếu sau này có bầu online thì …", "if voting
# were done by likes". (Not for a penalty: "nếu không đi bầu thì bị phạt" is how that claim is made.) "Giả sử",
# "giả định" on the original: folded they are also "gia sư" (a tutor) and "gia đình" (a family).
HYPOTHETICAL = re.compile(
    r"\b(?:neu\s+(?:sau nay|mai nay|mot ngay|co ngay|tuong lai)|what if|imagine|hypothetically|suppos(?:e|ing)"
    r"|if\s+(?:\S+\s+){0,4}?(?:were|had to|had been))\b"
)
SUPPOSED = re.compile(r"\b(?:giả sử|giả định)\b", re.IGNORECASE)  # ("giả như", folded "gia nhu": DENIED_LOCAL)
# Not a denial: "no kidding", "không đùa đâu".
NOT_A_DENIAL = re.compile(
    r"\b(?:no\s+kidding|(?:khong|ko|k)\s+dua(?:\s+dau)?|(?:bau|di bau|bo phieu)\s+hay\s+(?:khong|ko|k)(?:\s+(?:bau|di|di bau|bo phieu))?)\b"
)
# Inducing others not to vote is what the law punishes ("vận động cử tri không đi bầu là vi phạm").
INDUCES = re.compile(r"\b(?:van dong|tuyen truyen|kich dong|xui giuc|xui|keu goi|loi keo|ep|urg\w*|incit\w*)\b")
# Another country's rule ("Tại Pháp, cử tri có thể bỏ phiếu qua đường bưu điện", "Úc: … có thể bị phạt").
_COUNTRY = (
    r"(?:my|phap|duc|anh|nhat ban|han quoc|an do|thai lan|indonesia|mexico|philippines|uc|brazil|singapore|canada"
    r"|trung quoc|malaysia|campuchia|estonia|thuy si|thuy dien|mot quoc gia\b.*?|quoc gia khac)"
)
OTHER_COUNTRY = re.compile(
    r"\b(?:mot so nuoc|nhieu nuoc|nuoc khac|cac nuoc|australia|some countries|other countries|many countries|belgium"
    r"|estonia|russia|switzerland|sweden|france|germany|japan|korea|india|britain|indonesia|mexico|malaysia|thailand"
    r"|south africa|israel|nam phi|bau cu tong thong|tong thong (?:my|phap|han quoc|nga)|presidential election"
    r"|brazil|argentina|america|american|united states|the us|u\.s\.|biden|trump|nhieu bang|tieu bang|(?:tai|o|ben|cu tri|nuoc)\s+"
    + _COUNTRY
    + r")\b"
    r"|^\s*" + _COUNTRY + r"\s*:"
    r"|^\s*(?:an do|nhat ban|han quoc|thai lan|trung quoc|campuchia|indonesia|philippines|malaysia|singapore|estonia"
    r"|thuy si|thuy dien|brazil|canada|mexico)\b"
)
BELGIUM = re.compile(r"(?<!\w)Bỉ(?!\w)(?!\s+ổi)")  # on the original ("Bỉ" folded is "bi", as "bị" is)
# "không ai ở phường X biết …", "không khu vực nào có …"
NOBODY_BEFORE = re.compile(r"\b(?:khong|ko|chang|cha|hong)\s+(?:ai|(?:\S+\s+){1,2}?nao)\b[^,.;:]{0,40}$")
QUESTION_FRAME = re.compile(r"\bco\s+(?!the\b)(?:\S+\s+){0,2}$")  # ("có bị phạt không"; not "có thể")
QUESTION_TAIL = re.compile(
    r"\s*(?:[^\s,.;:]+\s+){0,2}?(?:khong|ko|k|hong|hok|khum)\b(?:\s+[^\s,.;:]+){0,3}\s*(?:[,.;:!?…]|$)"
)
# A question ended by a particle ("… bị phạt hả mọi người", "thật không vậy").
ASKS_EITHER = re.compile(r"\b(?:duoc|dc)\s+(?:khong|ko|k|hong)\s+hay\b")  # "bầu qua mạng được không hay phải đến …"
ASKS_END = re.compile(
    r"\b(?:ha|(?:khong|ko|k|hong|hok)\s+(?:a|ha|vay|ta|nhi)|(?<!chang\s)(?<!cha\s)(?<!khong\s)(?<!ko\s)(?<!hong\s)sao|that\s+khong|phai\s+khong|dung\s+khong)(?:\s+(?:vay|the|ban|cac ban|moi nguoi|mn|ca nha))?\s*[.!…]*\s*$"
)


def _neg_before(sc, start: int, a: int) -> bool:
    """A denial in the few words before ``a``; "nó", "nợ" are none (``clauses.denied_before``)."""
    return denied_before(sc.s, sc.text, start, a)


def _not_asserted(sc, a: int, b: int, denial_from: int | None = None, own: tuple[int, int] | None = None) -> bool:
    """Whether the claim at ``s[a:b]`` is asked, denied, named to be answered, quoted, refuted,
    reported as a fake or a scam (in its own clause), corrected next, or said of another country.
    ``denial_from``: where a denial before it may start (after the words the claim begins with);
    ``own``: the span of those words."""
    s = sc.s
    lo, hi = bounds(SENTENCE_RE, s, a)
    clo, chi = bounds(CLAUSE_RE, s, a)
    if re.search(r"\?(?!!)", s[a : hi + 1]) or ASKS_AFTER.match(s[clo : chi + 1], b - clo) or ASKS_END.search(s, b, hi):
        return True
    if ASKS_EITHER.search(s, b, hi):
        return True
    if QUESTION_FRAME.search(s, clo, a) and QUESTION_TAIL.match(s, b):
        return True  # "không đi bầu thì có bị phạt không các bạn"
    start = max(clo, a - 40, denial_from or 0)
    if (
        _neg_before(sc, start, a) or NEG_MORE.search(s, start, a) or NOBODY_BEFORE.search(s, clo, a)
    ) and not NOT_A_DENIAL.search(s, max(lo, a - 30), a):
        return True
    if SELF_KNOWS.search(s, clo, a) or FEAR_BEFORE.search(sc.text, clo, a):
        return True  # (the voter knows; a fear, "sợ người ta biết mình gạch ai", is not a claim)
    # (a denial inside the words the claim begins with denies nothing: "ai không có mặt … thì cắt thưởng")
    denied = [
        d.end()
        for d in [*DENIED_BEFORE.finditer(s, lo, a), *DENIED_LOCAL.finditer(s, lo, a)]
        if own is None or not own[0] <= d.start() < own[1]
    ]
    if denied and not CONTRAST.search(s, max(denied), a) and not NOT_A_DENIAL.search(s, lo, a):
        return True
    if re.search(r"\bco\s+$", s[clo:a]) and re.match(r"\s+dau\b", s[b : b + 6]):
        return True  # "đi bầu có mất phí đâu"
    if NEWS_OF.search(s, lo, a):
        return True  # "lo lắng trước tin học sinh không đi bầu sẽ bị trừ điểm": news of a claim
    refuted = REFUTED.search(s[lo : hi + 1])
    return bool(
        NAMED_NOT_ASSERTED.search(s, clo, a)
        or (refuted and lo + refuted.start() <= a)
        or quoted(s, lo, hi, a, b)
        or REPORTED.search(s, clo, lo + refuted.start() if refuted and lo + refuted.start() > b else hi)
        or CORRECTED_NEXT.match(s, hi)
        or FALSE_NEXT.match(s, hi)  # "Không đi bầu bị phạt 5 triệu. Đây là tin giả."
        or _other_country(sc, lo, hi)
        or OTHER_VOTE.search(s, lo, hi)
    )


not_asserted = _not_asserted  # (also read by the value checks: an undated postponement)
CONTRAST_TURN = re.compile(r"\b(?:nhung|but|tuy nhien|however)\b")
OTHER_DEED = re.compile(r"\b(?:pha hoai|gay roi|tung tin|mua chuoc|gian lan|lam gia|damage\w*|disrupt\w*|bribe\w*)\b")
LATIN_ACCENTED = re.compile(r"[\u00c0-\u024f\u1e00-\u1ef9]")  # a Vietnamese (or other accented) text
US_POLITICS = re.compile(
    r"\b(?:biden|trump|obama|hillary|clinton|kamala|harris|republicans?|democrats?|us house|(?:house|senate) races?)\b"
)
GOP = re.compile(r"\bGOP\b")  # on the original: folded, "góp" (to contribute) is "gop" too
# A vote that is not the election: a contest, a fan poll.
OTHER_VOTE = re.compile(
    r"\b(?:binh chon|cuoc thi|fanpage|fan poll|favou?rite|contest|idol|game ?show|giai thuong|lop truong|ban can su"
    r"|class (?:president|monitor)|contestants?|competition|housemates?|big brother|truyen hinh thuc te"
    r"|(?:reality|talent|singing|dance|dancing|cooking|quiz|tv)\s+(?:show|series|contest)s?)\b"
    # an organisation's own vote ("Công ty mình bỏ phiếu online chọn địa điểm du lịch", "Our HOA is voting by email")
    r"|\b(?:cong ty|dai hoi co dong|hoi dong quan tri)\s+(?:(?:minh|toi|em|chung toi|ta)\s+)?(?:bo phieu|binh chon)\b"
    r"|\b(?:clb|cau lac bo)\s+(?:\S+\s+){0,4}?(?:bo phieu|binh chon|bau)\b|\bbau\s+(?:ban\s+)?chu nhiem\b"
    r"|\b(?:company|club|hoa|homeowners(?:'? association)?|shareholders|union|board)\s+(?:is\s+|are\s+|will\s+)?(?:vote[sd]?|voting)\b"
    r"|\b(?:hoi vien|ban chu nhiem|ban chap hanh(?!\s+trung uong)|ban quan tri|chu nhiem clb|apartment owners|unit owners"
    r"|members' meeting)\b|\bvot(?:e|es|ing)\s+on\s+(?:the|a|an|this|our|their)\s+(?:new\s+|proposed\s+)?(?:fee|fees|rules?|policy"
    r"|budget|plan|proposal|motion|amendment|bylaws?|parking|renovation|contract|merger|strike)\b"
)
NEWS_OF = re.compile(r"\b(?:truoc tin|truoc thong tin|lo lang (?:ve|truoc) (?:tin|thong tin))\b")
SHORT_NAMES = frozenset({"my", "anh", "duc", "uc", "phap"})  # also "mỹ" (in place names), "anh" (brother)…


def elsewhere(sc, a: int) -> bool:
    """Whether the sentence at ``a`` is about another country's election, US politics (anywhere
    in an English item) or a contest's vote, or supposes before ``a``: no key fact's value there
    is about this election as it is."""
    lo, hi = bounds(SENTENCE_RE, sc.s, a)
    # (in an item without Vietnamese letters, a US politician's name anywhere)
    us = (
        US_POLITICS.search(sc.s, lo, hi)
        or GOP.search(sc.text, lo, hi)
        or (not LATIN_ACCENTED.search(sc.text) and (US_POLITICS.search(sc.s) or GOP.search(sc.text)))
    )
    if HYPOTHETICAL.search(sc.s, lo, a) or SUPPOSED.search(sc.text, lo, a):
        return True  # a supposition ("If the election were postponed to June 30, …")
    return _other_country(sc, lo, hi) or bool(OTHER_VOTE.search(sc.s, lo, hi)) or bool(us)


def _other_country(sc, lo: int, hi: int) -> bool:
    """Whether the sentence ``s[lo:hi]`` is about another country: "Mỹ", "Anh", "Đức", "Úc" only as
    written with their accents and capital, not as part of a place ("Mỹ Đình") or "anh Tư"."""
    if BELGIUM.search(sc.text, lo, hi):
        return True
    for m in OTHER_COUNTRY.finditer(sc.s[lo:hi]):
        word = sc.text[lo + m.start() : lo + m.end()].split()[-1].rstrip(":")
        if m.group(0).split()[-1].rstrip(":") in SHORT_NAMES and not m.group(0).rstrip().endswith(":"):
            after = sc.text[lo + m.end() : lo + m.end() + 12].split()
            if not word[0].isupper() or (after and after[0][:1].isupper()):
                continue  # "anh Tư", "Mỹ Đình", "ở mỹ" written as a common word
        return True
    return False


def _found_end(s: str, b: int, reach: int = 30) -> int:
    """Where the quoted claim ends: at the next clause mark (not a decimal comma: "1,5 triệu") or
    sentence end, at most ``reach`` characters on, at a word's end ("bị phạt" → "bị phạt 200k",
    "bỏ phiếu qua ứng dụng" → "… ứng dụng VNeID")."""
    end = bounds(SENTENCE_RE, s, max(0, b - 1))[1]
    mark = re.compile(r"[,;:](?:\s|$)|\s[-–—]\s").search(s, b, end)
    end = mark.start() if mark else end
    if end > b + reach:
        cut = s.rfind(" ", b, b + reach)
        end = cut if cut > b else b
    return len(s[:end].rstrip(" \t\n.,;:!?…\"'”’)"))


def _check_decided(sc, facts: dict) -> None:
    """Results, winners or seats said to be settled before the vote, or figures said invented,
    when the approved fact is that the count decides them."""
    s = sc.s
    for m in [*PREDETERMINED.finditer(s), *INVENTED.finditer(s), *OUT_OF_SIGHT.finditer(s), *settled_early(s)]:
        a, b = m.span()
        lo, hi = bounds(SENTENCE_RE, s, a)
        if (
            m.re is not OUT_OF_SIGHT
            and m.re is not KNOWN_EARLY
            and not SETTLED_WHAT.search(s, max(lo, a - 80), min(hi, b + 60))
        ):
            continue  # (ballots marked, a count out of sight, results known early need no word for the results)
        if NOMINATION.search(s, max(lo, a - 80), a) and not OUTCOME.search(s, max(lo, a - 80), min(hi, b + 60)):
            continue  # "danh sách người ứng cử … duyệt từ trước ngày bầu cử qua ba vòng hiệp thương"
        # A denial or a naming anywhere earlier in the sentence, not only in the claim's clause
        # ("không có chuyện kết quả … sắp xếp trước", "luận điệu cho rằng … sắp xếp trước"); then
        # the exceptions of every rule.
        if (
            _neg_before(sc, max(lo, a - 40), a)
            or NAMED_NOT_ASSERTED.search(s, lo, a)
            or _not_asserted(scan_of(sc, m), a, b, a)
            or (m.re is OUT_OF_SIGHT and NAMED_ILLEGAL.match(s, b))
        ):
            continue
        says = early_says(m) if m.re is KNOWN_EARLY else "says the results were settled before the vote"
        says = out_of_sight_says(m) if m.re is OUT_OF_SIGHT else says
        for name, value in facts.items():
            sc.add(name, a, b, str(value), f"{says}; approved: {_HUMAN.get(str(value), str(value))}", "decided")
        return  # (one finding says it: "decided in advance, the count is a show" is one claim)


def _check_penalty(sc, facts: dict) -> None:
    s = sc.s
    for m in PENALTY.finditer(s):
        a, b = m.span()
        if "phat" in m.group(0) and not FINE_WORD.search(sc.text, a, b):
            continue  # "phát" (to hand out), not "phạt"
        lo, hi = bounds(SENTENCE_RE, s, a)
        before = list(ABSTAIN.finditer(s, lo, a))
        if before and quoted(s, lo, hi, *before[-1].span()) and not quoted(s, lo, hi, a, b):
            continue  # "đăng tin 'không đi bầu bị phạt' …, bị công an mời lên làm việc": the poster's sanction
        turn = before and CONTRAST_TURN.search(s, before[-1].end(), a)
        if turn and OTHER_DEED.search(s, turn.end(), a):
            before = []  # "không đi bầu cũng chẳng sao, nhưng phá hoại hòm phiếu thì bị phạt"
        if m.group(0).startswith("nop"):
            why = VOTE_ANY.search(s) is not None  # a fine demanded of a voter ("nộp phạt 200k qua …")
        else:
            why = bool(before) or ABSTAIN_AFTER.match(s, b) is not None
        if not why:
            continue  # a penalty for something else ("phá hoại hòm phiếu", "tung tin sai")
        if before and INDUCES.search(s, max(lo, before[-1].start() - 30), before[-1].start()):
            continue  # "vận động cử tri không đi bầu là vi phạm pháp luật": the one who induces
        # ("không đi bầu sẽ bị phạt": that "không" is the claim's own, not a denial of the penalty)
        if _not_asserted(sc, a, b, before[-1].end() if before else None, before[-1].span() if before else None):
            continue
        for name, value in facts.items():
            message = "says voters are penalised for not voting or for their vote; approved: none"
            sc.add(name, a, _found_end(s, b), str(value), message, "penalty")
        return


def _first_claim(sc, facts, regex, kind: str, says: str, other_meaning, match_only: bool = False) -> None:
    """Add one finding per fact for the first match of ``regex`` that asserts the claim: not one
    ``other_meaning(s, m, lo, hi)`` rules out (``lo``, ``hi``: its sentence), not ``_not_asserted``.
    What is found runs on to the clause's end; with ``match_only`` (``_MATCH_ONLY``) it is the
    match alone, whose own words are not read as a denial or a report."""
    s, reach = sc.s, 0 if match_only else 30
    for m in regex.finditer(s):
        a, b = m.span()
        lo, hi = bounds(SENTENCE_RE, s, a)
        judged = own_words_blanked(sc, a, b) if match_only else sc
        if other_meaning(s, m, lo, hi) or _supposed(sc, lo, b) or _not_asserted(judged, a, b):
            continue  # (a way of voting, a fee or a traced ballot supposed: "giả sử bầu được qua tin nhắn")
        for name, value in facts.items():
            human = _HUMAN.get(str(value), str(value))
            sc.add(name, a, _found_end(s, b, reach), str(value), f"says {says}; approved: {human}", kind)
        return


def _supposed(sc, lo: int, b: int) -> bool:
    return bool(HYPOTHETICAL.search(sc.s, lo, b) or SUPPOSED.search(sc.text, lo, b))


def _fee_elsewhere(s, m, lo, hi) -> bool:
    """A fee for something else ("phí gửi xe", "đóng phí thẻ tín dụng"), or with no vote near it."""
    a, b = m.span()
    clo, chi = bounds(CLAUSE_RE, s, a)
    return not VOTE_ANY.search(s, max(lo, a - 60), min(hi, b + 60)) or bool(FEE_NOT.search(s, clo, chi))


def _method_elsewhere(s, m, lo, hi) -> bool:
    """About the vote, not a way to cast it ("kết quả bỏ phiếu … trên website", "lịch bỏ phiếu qua
    Zalo"); a photo "coi như đã bầu" with no message or photo before it; a way said not applied
    or not valid after it ("bỏ phiếu qua bưu điện không được áp dụng")."""
    a, b = m.span()
    if INFO_BEFORE.search(s, max(lo, a - 24), a) or MOBILE_BOX.search(s, lo, hi):
        return True  # (the mobile ballot box brought home is voting in person)
    photo = m.group(0).startswith(("coi", "duoc", "tinh", "count", "la ", "thi ", "phieu", "it "))
    if photo and not SENT_OR_SHOT.search(s, lo, a):
        return True
    return bool(NOT_PERMITTED.search(s, b, hi) or NOT_AVAILABLE.search(s, b, hi))


def _abroad_elsewhere(s, m, lo, hi) -> bool:
    """The lawful way back home in the sentence, or the way abroad said impossible or not allowed
    after it ("bầu ở đại sứ quán thì không có đâu", "is not possible", "là không hợp lệ")."""
    b = m.end()
    return coming_back(s, lo, hi) or any(p.search(s, b, hi) for p in (NOT_AVAILABLE, NOT_PERMITTED, SAID_NOT))


def _check_request(sc, facts: dict) -> None:
    says = "voters are asked for personal data by message, link or app"
    _first_claim(sc, facts, REQUEST, "request", says, lambda s, m, lo, hi: request_elsewhere(s, m, lo, hi, sc.text))


# The rules that are one pattern each: kind, the pattern, what a finding says, what rules a match
# out (``_first_claim``'s ``other_meaning``).
_FIRST_CLAIM_RULES = (
    ("fee", FEE, "voters must pay a fee to vote", _fee_elsewhere),
    ("method", METHOD, "votes can be cast another way", _method_elsewhere),
    ("method", ABROAD, "votes can be cast abroad, at an embassy or a consulate", _abroad_elsewhere),
    ("secret", TRACED, "a ballot can be traced to its voter", secret_elsewhere),
    ("validity", VOID_FOR, "a ballot is void for a reason the law does not give", lambda *a: False),
    ("validity", COUNTED_ANYWAY, "a ballot the law voids is counted", lambda *a: False),
    ("residence", BARRED, "a voter cannot vote where they live, or may vote in two places", lower_councils),
    ("documents", NEEDS_PAPERS, "voters need papers besides the voter card", not_about_voting),
    ("share", WRONG_SHARE, "a seat is won with less than half the valid votes", above_half),
    ("penalty", VOTING_EXPOSES, "voters are sanctioned for voting", denied_inside),
    ("share", ABSENT_AGAINST, "voters who stay home count as votes against", lambda *a: False),
    ("quorum", WRONG_QUORUM, "a unit's vote counts with another turnout", lambda *a: False),
    ("announcer", OTHER_ANNOUNCER, "another body announces the results", preliminary),
    ("marking", WRONG_MARKING, "a ballot is marked another way than crossing out names", not_the_ballot),
    ("surplus", NO_SURPLUS, "every candidate on the ballot is elected", other_body),
    ("voted_mark", INKED_FINGER, "voters' fingers are marked with ink", not_a_finger),
    ("one_day", TWO_DAYS, "the vote lasts two days or may be cast on either of two days", other_event),
    ("compulsory", COMPULSORY, "voting is compulsory", a_procedure),
    ("eligibility", LOSES_THE_VOTE, "detention, a suspended sentence or a fine costs the vote", the_law_itself),
    (
        "vetting",
        NO_VETTING,
        "a candidate gets on the list without consultation or voters' meetings",
        not_about_candidates,
    ),
    ("standing", ONLY_SOME_STAND, "only party members or nominees may stand", party_internal),
    (
        "candidate",
        CANDIDATE_CLAIM,
        "a candidate's words or record, from what election bodies do not publish",
        not_of_a_candidate,
    ),
)
# The rules whose match is the whole claim, said in its own words ("giả mạo hồ sơ", "trường không
# có thật"), next to a person's name that is never shown as what was found.
_MATCH_ONLY = frozenset({"candidate"})
# Kind → its detector, in the order they run (after the value checks, before ``allowed``).
RULE_CHECKS = (
    ("decided", _check_decided),
    ("penalty", _check_penalty),
    *(
        (
            kind,
            functools.partial(
                _first_claim, regex=regex, kind=kind, says=says, other_meaning=other, match_only=kind in _MATCH_ONLY
            ),
        )
        for kind, regex, says, other in _FIRST_CLAIM_RULES
    ),
    ("request", _check_request),
    ("levels", functools.partial(check_levels, not_asserted=_not_asserted)),
)
RULE_KINDS = frozenset(k for k, _ in RULE_CHECKS)
# The words one of a kind's claims cannot do without: ``classifiers.decision``'s cheap pre-check
# runs each kind's check only on texts that have one of its words (a fee also on a digit).
RULE_WORDS = {
    "request": REQUEST_WORDS,
    "decided": PREDETERMINED_WORDS + OUT_OF_SIGHT_WORDS + KNOWN_EARLY_WORDS,
    "validity": VOID_WORDS,
    "residence": RESIDENCE_WORDS,
    "documents": DOCUMENTS_WORDS,
    "share": SHARE_WORDS + ABSENT_WORDS,
    "quorum": QUORUM_WORDS,
    "penalty": PENALTY_WORDS,
    "announcer": ANNOUNCER_WORDS,
    "marking": MARKING_WORDS,
    "levels": LEVELS_WORDS,
    "surplus": SURPLUS_WORDS,
    "voted_mark": VOTED_MARK_WORDS,
    "candidate": CANDIDATE_WORDS,
    "vetting": VETTING_WORDS,
    "standing": STANDING_WORDS,
    "one_day": ONE_DAY_WORDS,
    "compulsory": COMPULSORY_WORDS,
    "eligibility": ELIGIBILITY_WORDS,
    # (a sum paid, "nộp 200k", has a digit: the decision's digit path runs the checks)
    "fee": [
        "phi", "in phieu", "tien muc", "contribute", "dong gop", "pay", "pays", "paying", "paid", "fee", "fees", "charge",
        "charged", "charges", "coc", "deposit", "not free", "isn't free", "longer free", "charging", "nghin", "ngan", "trieu", "chuc", "thousand",
        "quy bau cu", "tien phieu", "mang theo", "cam theo", "hoa don", "tien dien", "tien nuoc", "election cost", "election costs",
    ],
    "method": [
        "mang ve nha", "dem ve nha", "cam ve nha", "mang phieu", "dem phieu", "cam phieu", "ung dung", "app", "vneid", "zalo", "facebook", "tin nhan", "sms", "email", "e-mail", "buu dien", "dien thoai",
        "internet", "mang", "website", "trang web", "link", "post", "mail", "text", "texting", "phone", "online",
        "truc tuyen", "tu xa", "from home", "electronic", "postal", "mail-in", "e-voting", "e-vote", "e-ballot",
        "e-ballots", "dien tu", "coi nhu", "duoc tinh", "tinh la", "count as", "counts as", "counted as", "web", "bau xong",
        "bo phieu xong", "counts", "qr", "cu phap", "goi dien", "gui anh", "ghi nhan", "cong nhan",
        "it would count", "it will count", "it'll count", "from your", "from my", "from their", "from his", "from her", "photo",
        "app-based", "phone-based", "web-based", "sms-based", "text-based", "internet-based",
        "nhan tin", "soan tin", "dc tinh", "tong dai", "chup", "video call", "goi video", "dich vu cong", "portal",
        *ABROAD_WORDS,
    ],
    "secret": SECRET_WORDS,
}  # fmt: skip
