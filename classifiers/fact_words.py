"""The words, patterns and value readers of the key-fact checks (``classifiers.distortion``).

Everything here works on the case-folded, accent-stripped copy of a text that keeps one
character per original character (``classifiers.text.fold_strip_aligned``): the context words of
each topic, the denials, permissions and qualifiers the checks weigh, the readers of the dates and
times a text states, and whether a figure given with its qualifier ("trên 99%", "khoảng 500")
agrees with an approved value. Ages are read in ``classifiers.ages``, the phrases that assert the
election's date in ``classifiers.date_claims``. The rules that use them are in
``classifiers.distortion``.
"""

from __future__ import annotations

import re

# Context words (folded, accent-stripped), by topic.
KW = {
    "election": [
        "ngay bau cu",
        "bau cu",
        "bo phieu",
        "di bau",
        "ngay bau",
        "election",
        "vote",
        "voting",
        "polling",
        "polls",
    ],
    "results": ["ket qua", "cong bo", "results", "announce"],
    "voter_list": ["danh sach cu tri", "niem yet", "voter list", "voters list", "electoral roll", "register of voters"],
    "open": ["mo cua", "bat dau", "khai mac", "open", "opens", "opening", "start", "starts", "begin", "begins"],
    "close": [
        "dong cua",
        "dong luc",
        "shut",
        "shuts",
        "ket thuc",
        "close",
        "closes",
        "closing",
        "end",
        "ends",
        "het gio",
        "khoa thung phieu",
        "khoa hom phieu",
    ],
    "voting_age": [
        "voters",
        "bau cu",
        "di bau",
        "bo phieu",
        "cu tri",
        "duoc bau",
        "dc bau",
        "quyen bau",
        "tuoi bau",
        "vote",
        "voting",
        "voter",
    ],
    "candidacy_age": ["ung cu", "ung vien", "candidate", "candidates", "candidacy", "stand for", "run for", "tranh cu"],
    "turnout": ["ty le", "ti le", "turnout", "cu tri di bau", "di bau", "cast a ballot", "cast ballots", "turned out"],
    # not "seats": the Assembly's 500 seats are not the 499 deputies elected
    "deputies": ["trung cu", "dai bieu", "deputies", "elected"],
    # "ủy quyền", "authorise", "behalf" only name proxy voting in a clause about voting (``VOTE_WORD``)
    "proxy": [
        "bo phieu ho",
        "bau ho",
        "bau thay",
        "bo phieu thay",
        "di bau thay",
        "bau gium",
        "bau dum",
        "bo phieu gium",
        "bo phieu dum",
        # one member voting for a whole household ("bầu luôn cho cả hộ", "vote for your whole family")
        "bau cho ca nha",
        "bau cho ca ho",
        "bau cho ca gia dinh",
        "bau luon cho ca",
        "bo phieu cho ca nha",
        "bo phieu cho ca ho",
        "bo phieu cho ca gia dinh",
        "vote for your whole family",
        "vote for your family",
        "vote for the whole family",
        "vote for the whole household",
        "vote for your whole household",
        "vote for everyone in",
        "cast your ballot for you",
        "cast your vote for you",
        "their ballots for them",
        # (the same person twice: a proxy; "cast my ballot for her" is a vote for a candidate)
        "her ballot for her",
        "his ballot for him",
        "her vote for her",
        "his vote for him",
        "by proxy",
        "proxy",
        "behalf",
        "uy quyen",
        "authorise",
        "authorize",
    ],
    # the law's own date or number: not "đúng luật" (lawful), "theo luật" (by law)
    "law": ["luat bau cu", "election law", "electoral law", "luat so", "thong qua luat", "ban hanh luat"],
}
# Dates near these words are about something else (a birthday, a meeting, the day of the count).
DATE_DISTRACTORS = "sinh|hoi nghi|tiep xuc|born|meeting|dang ky|registration|hop bao|kiem phieu|dem phieu|counting"
DATE_DISTRACTORS = DATE_DISTRACTORS.split("|")
NEG = re.compile(
    r"\b(khong|ko|k|khum|hok|chua|bi cam|nghiem cam|not|no|never|cannot|can't|isn't|aren't|khong the|khong duoc)\b"
)
# An age is denied only when a denial of the permission governs voting or standing, across words
# that can stand between them ("chưa được đi bầu", "không được phép ứng cử", "không ai dưới 18
# tuổi được đi bầu", "no one under 18 can vote", "do not have the right to vote", "hông được bầu":
# "hông" only before "được", the name Hồng folds to the same letters). Not a choice ("25 tuổi, năm
# nay không đi bầu"), not something else ("không đợi hòm phiếu", "không riêng gì đi bầu"), not
# proxy voting ("không được bầu hộ").
AGE_NEG_BETWEEN = (
    r"duoc|dc|the|co|quyen|du|tuoi|di|phep|tham|gia|ai|duoi|tren|nguoi|nao|ca|nua|con|"
    r"allowed|able|eligible|to|be|one|can|have|has|right|do|does|permitted|in|a|any|under|over|"
    r"\d+(?:-years?-olds?)?|years?|old|olds"
)
AGE_NEG = re.compile(
    r"(?:" + NEG.pattern + r"|\bhong(?=\s+(?:duoc|dc)\b))" + rf"((?:\s+(?:{AGE_NEG_BETWEEN})\b){{0,6}})\s+"
    r"(?:bau(?!\s+(?:ho|thay|gium|giup))|bo phieu(?!\s+(?:ho|thay))|ung cu|tranh cu|vote|voting|run|stand"
    r"|take part|participate)\b"
)
PROXY_WORDS = re.compile(r"\b(?:bau ho|bau thay|bo phieu ho|bo phieu thay|by proxy|on behalf)\b")
PERMISSION = re.compile(
    r"\b(?:duoc|dc|the|quyen|phep|du tuoi|can|able|allowed|eligible|right|permitted|old enough|co ten)\b"
)
AGE_NEG_ITSELF = re.compile(r"\b(?:cannot|can't|khong the|khong duoc)\b")
# Where a sentence turns to an exception, the denial after it is not about the age before it ("đủ
# 18 tuổi nhưng bị mất năng lực hành vi … thì không được bầu cử"); a denial followed by "thì" or
# "nên" is a condition or a cause, not a rule ("trên 80 tuổi không thể đi bầu thì tổ bầu cử mang
# hòm phiếu phụ đến"; "chưa đủ 21 tuổi thì chưa được đi bầu" states one).
TURN = re.compile(r"\b(?:nhung|but|tru khi|except)\b")
SO = re.compile(r"\s*(?:[^\s,;:.!?]+\s+){0,2}?(?:thi|nen|so)\b")  # right after the denial
# "Trên 20 tuổi mới được bầu": an "over" age is the threshold only when the sentence says so ("mới
# được bầu", "only … can vote"); "cử tri trên 80 tuổi có thể yêu cầu hòm phiếu phụ" speaks of some
# voters. ("mọi", "mỗi", "mời", "chị" fold to "moi", "chi": not these alone.)
THRESHOLD = re.compile(
    r"\b(?:moi|ms|chi)\s+(?:duoc|dc|co quyen|du tuoi)\s+(?:di\s+)?(?:bau|bo phieu|ung cu)"
    r"|\b(?:la|thi)\s+(?:duoc|dc)\s+(?:di\s+)?(?:bau|bo phieu|ung cu)"
    r"|\b(?:only|must|required)\b.*\b(?:vote|stand|run)\b"
)
PERMIT = re.compile(
    r"\b(duoc|dc|co the|can|may|allowed|allow|cho phep|permitted|hop le|hop phap|dung luat|legal|lawful|valid)\b"
)
# "Chẳng ai cấm bầu hộ", "không bị cấm", "nobody forbids it", "not banned": said allowed, though a
# denial stands before the practice's word ("cảm ơn", "cảm thấy" fold to the same "cam").
NOT_FORBIDDEN = re.compile(
    r"\b(?:khong|ko|k|chang|cha|hong|hok)\s+(?:ai\s+|he\s+|bi\s+|co\s+(?:luat|quy dinh)\s+nao\s+)?cam\b"
    r"(?!\s+(?:on|thay|nhan|xuc|giac|tinh|dong|ket|ung))"
    r"|\b(?:nobody|no one|no law|no rule)\s+(?:\S+\s+)?(?:bans|forbids|prohibits|against)\b"
    r"|\b(?:not|isn't|aren't|wasn't)\s+(?:banned|forbidden|prohibited)\b"
)
# "đã cho bầu hộ": let, right before the practice's word.
LET_BEFORE = re.compile(r"\bcho\s*$")
# Said allowed in the next clause ("t đi bầu hộ cả ông bà luôn, dc phép mà", "tổ bầu cử cho phép r", "that's allowed").
PERMITTED_NEXT = re.compile(
    r"[\s,;:]*(?:(?:luat|quy dinh|nguoi ta|(?:to|ban|hoi dong|uy ban) bau cu|to truong|xa|phuong)\s+(?:(?:da|deu|van)\s+)?)?"
    r"(?:(?:duoc|dc)\s+phep|cho phep|hop le|hop phap|dung luat"
    r"|(?:that|this|it)(?:'s|\s+is)\s+(?:allowed|legal|permitted|fine by law)|allowed)\b"
)
# "Ai nói … là đúng luật thì sai": the claim is named to be refuted, not asserted.
REFUTED = re.compile(r"\b(?:ai|nguoi nao|whoever)\s+(?:noi|bao|keu|says?|tells?)\b.*\b(?:thi|la)\s+sai\b")
# Words that name proxy voting only when the clause speaks of voting ("ủy quyền cho người khác
# bỏ phiếu thay", "vote on your neighbour's behalf"; not "Chủ tịch ủy quyền cho Phó Chủ tịch ký
# quyết định thành lập tổ bầu cử", "on behalf of the council"), and the voting words that tell.
NEEDS_VOTE_WORD = {"uy quyen", "authorise", "authorize", "behalf"}
VOTE_BEFORE_BEHALF = re.compile(r"\bvot(?:e|es|ing)\b")  # "nobody can vote on your behalf"
VOTE_WORD = re.compile(r"\b(?:bau(?!\s+cu\b)|bo phieu|phieu bau|vote|votes|voting|ballot)\b")  # not "tổ bầu cử"
# A denial right before the practice's word ("không ai được bầu hộ"; "hông" only with "ai": Hồng).
NEG_BEFORE = re.compile(r"(?:" + NEG.pattern + r"|\bhong ai\b|\bnobody\b|\bno one\b)(?:\s+\S+){0,3}\s*$")
# A denial of the permission itself, wherever it stands ("is not allowed", "không được", "cannot").
NOT_PERMITTED = re.compile(
    r"\b(?:(?:khong|ko|k|khum|hok|hong|chua)\s+(?:ai\s+)?(?:duoc|dc|the|cho phep|hop le|hop phap|dung luat)"
    r"|nghiem cam|bi cam|bat hop phap|trai luat|sai luat|cannot|can't|may not|illegal|invalid|unlawful"
    r"|(?:not|isn't|aren't|wasn't)\s+(?:legal|lawful|valid)"
    r"|(?:not|never|doesn't|don't)\s+allow"
    r"|(?:not|isn't|aren't|wasn't|won't|no longer)\s+(?:be\s+)?(?:allowed|permitted|possible))\b"
)

# Winners, seats or figures said settled before the vote ("người trúng cử đã được sắp xếp trước",
# "chưa bầu đã biết kết quả", "results decided in advance"). "Định" after "quy", "xác", "ấn", "ổn",
# "dự", "nhất", "chỉ" is another word ("ấn định trước"), as is "then chốt"; "trước khi", "trước
# đó" are other times; "có sẵn", "in sẵn" (available, pre-printed) are true of ballots.
_SETTLE = (
    r"(?:sap xep|sap dat|an dinh|phan bo|(?<=duoc\s)phan|(?<=da\s)phan|(?<!quy )(?<!xac )(?<!an )(?<!on )(?<!du )(?<!nhat )(?<!chi )dinh|quyet dinh|quyet|(?<!then )chot"
    r"|chon|chia|chia nhau|phan chia|biet|xep|duyet|co cau|viet)"
)
PREDETERMINED = re.compile(
    r"\b(?:"
    + _SETTLE
    + r"\s+(?:xong\s+|het\s+|ca\s+)?(?:(?:tu\s+)?truoc|san)\b(?!\s+(?:khi(?!\s+(?:mo hom|kiem|dem|bo phieu|bau|di bau|in phieu))|do|day|nay|mat|tiep|lich|thoi han))"
    r"|(?:sap xep|sap dat|chot|an dinh|dan xep)\s+xong\s+(?:xuoi|het|ca)|(?:ket qua|kq|bien ban)\s+(?:\S+\s+){0,8}?(?:in|ky)\s+san"
    r"|chot\s+(?:o\s+)?tren\s+(?:huyen|tinh|trung uong|xa)"
    r"|(?:chot|quyet|sap xep|sap dat|co|duyet)\s+(?:het\s+|xong\s+|san\s+)?tu\s+(?:lau|(?:thang|tuan|nam)\s+truoc)"
    r"|(?:thong nhat|quyet|chot|chon)\s+(?:het\s+|xong\s+|san\s+)?(?:o|tu)\s+tren(?!\s+xuong)"
    r"|(?:elected|chosen|won|winning)\s+without\s+(?:\S+\s+)?(?:votes?|ballots?|voting|an election)"
    r"|chot\s+(?:het|xong|ca)\s+roi|(?:ket qua|kq|so lieu|con so|ty le|ti le)\s+(?:\S+\s+)?co\s+san|bien\s+ban\s+(?:\S+\s+){0,4}?in\s+san"
    r"|chot\s+(?:trong|tai|o)\s+(?:cuoc\s+|phong\s+)?hop|tren\s+(?:da\s+)?(?:phan|chia|xep|chot)\s+(?:het|xong|san)"
    r"|(?:decided|picked|chosen|fixed|settled|agreed)\s+(?:\S+\s+){0,4}?(?:months|weeks|years|long|days)\s+ago"
    r"|(?:made up|invented|written|set|fixed)\s+before\s+(?:a|any|the|anyone|anybody)\b"
    r"|an bai|dan xep|dinh san|co\s+san\s+(?:ten\s+)?(?:nguoi|ung vien)\s+(?:trung|dac)|chia\s+ghe\s+(?:(?:da|xong|het|ca|tu|roi)\s+)*?(?:xong|truoc|san)|(?<=da\s)xep\s+xong\s+(?:xuoi|het|ca)"
    r"|chua\s+(?:bau|bo phieu|di bau|kiem phieu|dem phieu)\S*(?:\s+\S+){0,3}?\s+da\s+(?:biet|co)\b"
    r"|(?:decided|determined|fixed|settled|picked|chosen|known|agreed|arranged)\s+(?:\S+\s+)?"
    r"(?:in advance|beforehand|before(?=\s+(?:the|a|any|polling|voting|election|anyone)\b)(?!\s+the\s+(?:end|deadline|official)))"
    r"|predetermined|pre-determined|pre-arranged|prearranged|foregone conclusion)"
)
# What is said settled: results, winners, seats, figures ("ghế" alone: a chair, "sắp xếp trước bàn ghế").
SETTLED_WHAT = re.compile(
    r"\b(?:ket qua|kq|trung cu|trung(?!\s+(?:tam|thu|uong|binh|hoc|quoc|thanh|gian|lap|doan|tuyen|hieu|tin))|truot|dac cu|ty le|ti le|so phieu|nhan su|dai bieu|ghe dai bieu"
    r"|con so|so lieu|bien ban (?:kiem phieu|ket qua)|phan tram phieu|chia ghe|ghe nao|winners?|results?|outcome|turnout|tally|figures?|numbers|seats?|deputies|elected|assembly)\b"
)
# Figures said to be invented or handed down instead of counted ("con số đó được viết sẵn", "là
# số bịa", "chỉ tiêu chứ đâu phải số thật", "được giao từ trên xuống", "có ai đếm đâu", "never
# counted"). Not "bịa đặt" or "made up": debunks call the rumour that.
INVENTED = re.compile(
    r"\b(?:so bia|bia ra|(?:tu\s+ve(?:\s+ra)?|ve\s+ra)\s+(?:(?:cac|nhung)\s+)?(?:ket qua|con so|so lieu|ty le|ti le)\b|(?:con so|so lieu|ty le|ti le) ao|phat\s+san\s+(?:mot\s+)?(?:bang\s+so|so\s+lieu|ty\s+le|ti\s+le|con\s+so)"
    r"|(?:con so|so lieu|ty le|ti le|ket qua|chi tieu)\s+(?:(?!khong\b|phai\b|ma\b)\S+\s+){0,12}?(?:duoc |bi )?giao (?:chi tieu )?(?:tu tren )?xuong"
    r"|dien\s+(?:san\s+)?(?:ket qua\s+)?vao\s+bien\s+ban|dien\s+san\s+ket\s+qua|chi\s+(?:viec|can)\s+dien\s+(?:vao|so)"
    r"|dien\s+(?:so|so lieu|ket qua)\s+theo\s+(?:mau|chi tieu|so)|chi tieu\s+(?:\S+\s+){0,2}?tren\s+giao\s+xuong"
    r"|(?:con so|so lieu|ty le|ti le|ket qua)\s+(?:\S+\s+){0,5}?(?:la\s+)?do\s+cap\s+tren\s+(?:giao|an dinh|quyet|dinh|phan bo)|(?:handed|sent|passed)\s+down|before\s+a\s+single\s+(?:box|ballot|vote)|(?:hom phieu|la phieu|phieu bau|dem phieu)\s+chi\s+la\s+(?:dao cu|trang tri|de dien|dien kich)|do\s+(?:nguoi\s+)?(?:ngoi\s+)?tren\s+quyet|(?:just|only|merely|purely)\s+for\s+show"
    r"|(?:invented|fabricated|made up|cooked up|faked)\s+by\s+(?:the\s+)?(?:officials|authorities|cadres|local|party|government|them)"
    r"|never\s+(?:actually\s+|really\s+|even\s+)?count\b|(?:dem|kiem)\s+phieu\s+(?:\S+\s+){0,2}?chi\s+(?:la\s+|de\s+)?(?:dien|lam canh|cho co|hinh thuc)"
    r"|(?:count|counting|tally)\s+(?:is|was)\s+(?:just\s+|only\s+|pure\s+)?(?:a\s+)?(?:theatre|theater|show|charade|sham)"
    r"|(?:figures?|turnout|results?|numbers?|tally|count)\s+(?:is|are|was|were|gets?|got)\s+(?:all\s+|simply\s+|just\s+)?(?:assigned|made up|invented|fabricated|faked|cooked up|filled in|written in|decided upstairs|decided from above|decided at the top)|report\w*\s+whatever\s+they\s+(?:are|were)\s+told"
    r"|handed\s+(?:\w+\s+)?(?:the\s+)?(?:final\s+)?(?:numbers|results|figures|tallies)"
    r"|chu (?:dau|khong|cha|chang) phai (?:so that|dem)|co ai dem(?: \S+)? dau|(?:cha|chang|khong|ko|k) ai dem"
    r"|(?<!invalid ballots are )(?<!invalid votes are )(?:not|never) (?:actually |really )?counted|nobody counts|no one counts)\b"
)
# "không phải đếm ra mà là con số được giao …": the denial is of what comes before "mà là".
CONTRAST = re.compile(r"\b(?:ma la|ma chi la|ma|but|rather)\b")
# The words that can start such a claim: the cheap pre-check of ``classifiers.decision``.
PREDETERMINED_WORDS = [
    "truoc", "san", "an bai", "dan xep", "chua bau", "chua bo phieu", "chua di bau", "chua kiem phieu",
    "chua dem phieu", "in advance", "beforehand", "before", "predetermined", "pre-determined", "pre-arranged",
    "prearranged", "foregone conclusion", "tu lau", "chot het", "chot xong", "chot ca", "ago", "so bia", "bia ra",
    "tu ve", "ve ra", "con so ao", "so lieu ao", "ty le ao", "ti le ao", "co san", "chia ghe", "xep xong", "phat san", "giao xuong", "tren xuong", "phai so that", "phai dem", "ai dem",
    "bien ban", "dien san", "made up", "invented", "written", "not counted", "never counted", "actually counted",
    "really counted", "nobody counts", "no one counts", "an dinh", "xong xuoi", "xong het", "xong ca", "dien vao",
    "dien so", "cap tren", "handed down", "for show", "invented by", "fabricated by", "made up by", "cooked up by",
    "faked by", "never count", "actually count", "really count", "even count", "fabricated", "faked", "cooked up",
    *(f"{v} {h}{w} tren" for v in ("thong nhat", "quyet", "chot", "chon") for h in ("", "het ", "xong ", "san ") for w in ("o", "tu")),
    *(f"{v} without" for v in ("elected", "chosen", "won", "winning")), "filled in", "decided upstairs", "decided from", "decided at the top",
    "in san", "ky san", "chot tren", "chot o tren", "chi la", "chi de", "theatre", "theater", "a show", "charade",
    "sham", "assigned", "whatever they", "handed", "sent down", "passed down", "before a single", "tren quyet",
]  # fmt: skip
# "không có chuyện …", "chẳng phải …", "không hề …" before a claim: denied.
DENIED_BEFORE = re.compile(r"\b(?:khong|chang|cha)\s+(?:co|phai|he)\b")
# The claim is named to be answered or asked about, not asserted ("luận điệu … định sẵn", "tung
# tin", "ai bảo chưa bầu đã biết kết quả thì …", "saw a post saying", "is it true").
# Denied as a whole before it ("Không có chuyện …"), or called false right after it ("Thông tin 'chỉ 450
# người trúng cử' là không đúng", "… là bịa"; ``CALLED_FALSE.match(s, end)``); not "là sai quy định".
DENIED_WHOLE = re.compile(
    r"\b(?:khong co chuyen|lam gi co chuyen|chang co chuyen|there is no such|it is not true that|it's not true that)\b"
)
CALLED_FALSE = re.compile(
    r"[^.;!?]{0,40}?\b(?:la|is|are|was)\s+(?:hoan toan\s+)?(?:(?:tin|so lieu|thong tin)\s+)?(?:sai|khong dung|khong chinh xac|bia dat"
    r"|gia|false|wrong|untrue|not true|fake)\b(?!\s+(?:quy dinh|quy che|luat|phap luat|nguyen tac|the rules?|the law)\b)"
    r"|[^.;!?,]{0,30}?\b(?:la|is)\s+(?:(?:so lieu|tin)\s+)?(?:bia|khong co (?:nguon|can cu)|vo can cu|unsourced|baseless|made up)\b"
)  # (those last in the value's own clause: "58%, the official figure is made up" calls the other one made up)
NAMED_NOT_ASSERTED = re.compile(
    r"\b(?:luan dieu|tung tin|tin don|loi don|bac bo|xuyen tac|ai (?:noi|bao)|nguoi nao (?:noi|bao)|co dung (?:la|khong)"
    r"|co that|co phai|(?:doc|thay|xem) (?:bai|post|tin)|bai (?:viet )?(?:noi|bao)|claims? that|claimed|claiming"
    r"|a post saying|posts? saying|post(?:ed|ing) that|vi dang (?:tin|tai|bai)|rumou?rs?|is it true|are they|fact-?check\w*|that hu|thuc hu"
    r"|(?:shared|described|labell?ed) as|nothing\s+(?:\S+\s+){0,8}?(?:suggests?|shows?|indicates?)|no (?:evidence|sign|proof)"
    r"|khong co (?:bang chung|dau hieu|chung cu)"
    r"|(?:trang|trang mang|tai khoan|fanpage|kenh|bai dang|clip|video)\s+(?:\S+\s+){0,3}?(?:noi|dua tin|lan truyen|cho rang|dang tin)"
    r"|(?:post|posts|article|message|video|clip)\s+(?:\S+\s+){0,2}?(?:claims?|claimed|says|said|saying|alleg\w*))\b"
)

MONTHS = {
    m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)
}
MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"

DATE_RES = [
    # ISO first, so "2021-05-23" is not read as a day/month pair.
    ("ymd", re.compile(r"(?<![\d/.\-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/\-])")),
    ("dmy", re.compile(r"\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*(?:nam|,)?\s*(\d{4}))?")),
    (
        "dmy",
        re.compile(r"(?<![\d/.\-,])(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}|\d{2}))?(?![\d%]|[/.\-,]\d)"),
    ),
    ("mdy", re.compile(MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")),
    ("dmy_en", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MON + r"(?:,?\s+(\d{4}))?\b")),
    # "hôm 31 tháng 5": a day and month without "ngày" (not a duration: "sau 3 tháng 5 ngày")
    (
        "dmy",
        re.compile(
            r"(?<![\d/.,])(\d{1,2})\s+thang\s+(\d{1,2})\b(?!\s*(?:ngay|tuan|thang)\b)(?:\s*(?:nam|,)\s*(\d{4}))?"
        ),
    ),
]
TIME_RES = [
    # ("7h tới 17h": "tới" before another hour is "until", not "tối", evening; both fold to "toi")
    re.compile(
        r"(?<![\d/.])(\d{1,2})\s*(?:gio|h)\s*(\d{2})?(?:\s*phut)?(?:\s+(sang|trua|chieu|toi(?!\s*\d{1,2}\s*(?:gio|h|:\d))|dem))?(?![\w/])"
    ),
    re.compile(r"(?<![\d/.])(\d{1,2}):(\d{2})(?:\s*(am|pm|a\.m\.|p\.m\.))?(?!\d)"),
    re.compile(r"(?<![\d/.])(\d{1,2})\s*(am|pm|a\.m\.|p\.m\.|in the (?:morning|afternoon|evening))"),
]
PCT_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*(%|phan tram|percent)")
DAYS_RE = re.compile(r"(?<![\d/.])(\d{1,3})\s*(ngay|days?)\b(?!\s+(?:ke|tinh) tu ngay niem yet)")  # (not after posting)
INT_RE = re.compile(r"(?<![\d/.,])(\d{1,4})(?![\d/.,%]|\s*(?:tuoi|ngay|days?|gio|h\b|%))")
YEAR_RE = re.compile(r"\b(19\d\d|20\d\d)\b")
# What a text must contain for each pattern to match at all (any of these substrings): a pattern
# that cannot match is not run (most patterns find nothing in most texts, but scan all of them).
NEEDS = {
    DATE_RES[0][1]: ("-",),
    DATE_RES[1][1]: ("ngay",),
    DATE_RES[2][1]: ("/", ".", "-"),
    DATE_RES[3][1]: tuple(MONTHS),
    DATE_RES[4][1]: tuple(MONTHS),
    DATE_RES[5][1]: ("thang",),
    TIME_RES[1]: (":",),
    TIME_RES[2]: ("am", "pm", "a.m.", "p.m.", "in the"),
    PCT_RE: ("%", "phan tram", "percent"),
    DAYS_RE: ("ngay", "day"),
}


def may_match(regex: re.Pattern, s: str) -> bool:
    needs = NEEDS.get(regex)
    return needs is None or any(n in s for n in needs)


PUBLISHED = re.compile(r"(?:dang|dang luc|cap nhat|posted|published|updated|ngay dang|thoi gian)\s*:?\s*$")
DATELINE_AFTER = re.compile(r"^\s*(?:\(\w+\))?\s*[-–—:,|]")
# The competent body (or a report of its figures, a schedule, a legal deadline) in the sentence:
# its figures and dates are quoted, not claimed by the item.
ATTRIBUTED = re.compile(
    r"\b(?:theo (?:hoi dong bau cu|uy ban bau cu|ban bau cu|to bau cu|thong bao|bao cao|thong ke|quy dinh)"
    r"|hoi dong bau cu quoc gia|uy ban bau cu|hdbcqg|so bo|(?<!hon )(?<!han )(?<!voi )du kien|cham nhat"
    r"|according to(?! (?:my|a|an|some|our|his|her|their|people|friends?|neighbou?rs?)\b)|announced by|officials said|national election council|election council|nec"
    r"|preliminary|expected to|at the latest)\b"
)
# A rule cited as the law's ("theo luật", "Luật Bầu cử cho phép …", "by law"): the hour, age or
# number of days after it is what the item says the law is, whoever it says applies it.
RULE_CITED = re.compile(
    r"\b(?:theo (?:quy dinh|luat)|luat(?: bau cu)? (?:quy dinh|cho phep|bat buoc|yeu cau)"
    r"|by law|under the law|the law (?:says|requires|allows|gives))\b"
)
# A figure about a part (a province, some polling stations, women deputies), not the whole; a place
# ranked against the country ("dẫn đầu cả nước").
PART = re.compile(
    r"\b(?:tinh(?!\s+(?:hinh|trang|than|cam|yeu|chung|ra|toan|den))|thanh pho|huyen|"
    r"(?<!con )(?<!rat )(?<!qua )(?<!cach )xa(?!\s+(?:hoi|lam|qua|roi|hon))|"
    r"phuong(?!\s+(?:tay|dong|an|tien|thuc|cham|phap|huong))|thon|ap(?!\s+(?:luc|dung|dat|thap|cao|suat))|"
    r"khu pho|to dan pho|to bau cu|"
    r"khu vuc|khu vuc bo phieu|don vi bau cu|diem bo phieu|nu|dan toc|"
    r"thi tran|thi xa|don vi|province|provinces|provincial|district|commune|communes|ward|wards|city|town|village|"
    r"polling stations?|stations|polling areas?|area|units?|constituenc(?:y|ies)|women|female|"
    r"tinh den|as of|by \d|"
    r"(?:dan dau|dung dau|dung cuoi|chot bang|cao nhat|thap nhat) (?:ca nuoc|toan quoc)|"
    r"(?:highest|lowest) in the country|leads? the country|hdnd|hoi dong nhan dan|people's councils?)\b"
)
# A running count at an hour of the day ("tới 15 giờ 30", "đến 16h", not "từ 7 giờ tới 19 giờ"): not
# the final figure, even of the whole country.
RUNNING = re.compile(r"\b(?:tinh den|(?<!\d )(?<!\dh )(?<!gio )(?:den|toi|luc)) \d{1,2}\s*(?:gio|h)\b")
# "cho biết đến 8h30, …": a source reporting what was done by an hour.
REPORTED_BY = re.compile(r"\b(?:cho biet|cho hay|thong tin|bao cao|ghi nhan|said|reported)\s*$")
# Days of something else than the facts' deadlines: complaints and appeals, and resolving them.
DAYS_OF_OTHER = ("khieu nai", "to cao", "giai quyet", "complaint", "complaints", "appeal", "appeals", "resolve")
# Parts counted, not named ("nhiều tỉnh phải bầu lại", "tỉnh nào cũng thấp", "many provinces").
MANY_BEFORE = re.compile(r"\b(?:nhieu|cac|moi|nhung|hang loat|mot so|many|most|several|all|some|every)\s+$")
ANY_AFTER = re.compile(r"\s+nao\b")


def counted_parts_only(s: str, parts, after: int) -> bool:
    """Whether every part matched in ``parts`` stands after ``after`` and is counted, not named:
    the figure before them is not theirs."""
    return all(
        m.start() >= after and (MANY_BEFORE.search(s, max(0, m.start() - 12), m.start()) or ANY_AFTER.match(s, m.end()))
        for m in parts
    )


# A sentence that goes on about what the one before named ("Theo đó, 49 người trúng cử; tỷ lệ …").
LINKED = re.compile(r"\s*(?:theo do|trong do|qua do|accordingly|of these|of them|among them)\b")
# A percentage right after these is a change ("tăng 120% so với kỳ trước"), not a level.
CHANGE_BEFORE = re.compile(
    r"\b(?:tang|giam|tang them|giam di|increased?|decreased?|rose|grew|fell|dropped|up|down|jumped)"
    r"(?:\s+(?:by|them|khoang|gan|hon|tren))*\s*$"
)
# The whole country: a figure said of it is not a part's, whatever part the sentence also names.
WHOLE = re.compile(
    r"\b(?:ca nuoc|toan quoc|nationwide|national(?!\s+(?:assembly|election))|nationally|across the country|whole country)\b"
)
# A candidate's share of the votes ("64,90% số phiếu hợp lệ", "58% of the votes"), or a rate of
# approval ("tỷ lệ tán thành 96%"): not the turnout.
SHARE_AFTER = re.compile(
    r"^\s*(?:cua\s+)?(?:tong\s+)?(?:so\s+)?phieu\b|^\s*of\s+(?:the\s+)?(?:valid\s+)?(?:votes|ballots)\b"
)
# A share of a group counted right before it ("tái cử 145 người, tỷ lệ 29%", "78 are from an ethnic
# minority (accounting for 15.6 percent)", "chiếm 3,6%"): not the turnout.
GROUP_SHARE_BEFORE = re.compile(
    r"(?:\b\d[\d.]*\s+(?:nguoi|dai bieu|ung cu vien|ung vien|dbqh|vi)\b[^\d;]{0,14}?(?:ty le|ti le|chiem)(?:\s+la)?"
    r"|\b\d[\d,.]*\s+(?:are|were)\b(?![^;]{0,40}?\bvoters?\b)[^;]{0,40}?\(\s*(?:accounting for)?)\s*$"
)
# A group within the deputies, named right after its count ("18 đại biểu ngoài Đảng", "151 đại
# biểu nữ", "89 đại biểu là người dân tộc thiểu số", "47 deputies under 40"): not all of them.
SUBGROUP_AFTER = re.compile(
    r"^\s*(?:dai bieu|nguoi|deputies|members|dbqh)\s+(?:la\s+)?(?:nu|ngoai dang|(?:nguoi\s+)?dan toc|tre|tai cu|tu ung cu"
    r"|duoi|tren|women|female|non-party|from|ethnic|under|over|re-?elected|self-nominated|who)\b"
)
# Voting ahead of the election day, where it is allowed (islands, ships, remote units): its date
# is not a claim about the election day. In Vietnamese also an area's or a unit's vote "sớm" in the
# same sentence ("4 khu vực … đã bỏ phiếu ngày 26-2, … sẽ thực hiện bầu cử … sớm"); a bare "bầu cử
# sớm vào ngày 16/5", naming no area, is still a claim about the election day.
_EARLY_PLACE = r"\b(?:khu vuc|don vi|huyen dao|xa dao|dac khu|dao xa|tren tau|gian khoan|vung sau)\b"
_EARLY_VI = r"\b(?:bau cu|bo phieu|bau)\b(?:\s+\S+){0,8}?\s+som\b"
EARLY_VOTE = re.compile(
    r"\b(?:ahead of|earlier than|before)\s+(?:the\s+)?(?:official|main|nationwide|national|general)\s+"
    r"(?:election|polling|voting)\s+day\b|\bearly\s+voting\b"
    r"|\b(?:truoc|som hon)\s+(?:\S+\s+){0,3}?ngay\s+bau\s+cu\s+chinh\s+thuc\b"
    rf"|{_EARLY_PLACE}.*?{_EARLY_VI}|{_EARLY_VI}.*?{_EARLY_PLACE}"
)
SHARE_BEFORE = re.compile(
    r"\b(?:tan thanh|ung ho|tin nhiem|dong thuan|approval|support|phieu hop le|phieu khong hop le|valid|invalid)\b"
    r"(?:\s+[^\s,;:]+){0,3}\s*$"
)
# A figure given as a bound or a round number ("trên 99%", "hơn 400 đại biểu", "99% trở lên",
# "khoảng 99%", "more than 490", "under 60%"): the approved value may meet it. "Thấp hơn", "ít
# hơn" end in "hơn", so the upper bounds are read first.
DENIED_FIGURE = re.compile(
    r"\b(?:wasn't|isn't|aren't|weren't|was not|is not|are not|khong phai|chang phai|cha phai)(?:\s+la)?\s*$"
)
AT_MOST_BEFORE = re.compile(
    r"\b(?:not even|khong dat|duoi|chua toi|chua den|chua dat|chua duoc|chua day|khong toi|khong den|khong qua|khong vuot qua|toi da|"
    r"it hon|thap hon|kem hon|under|below|less than|fewer than|lower than|at most|no more than|not more than)\s*$"
)
AT_LEAST_BEFORE = re.compile(
    r"\b(?:tren|hon|vuot|vuot qua|it nhat|toi thieu|over|above|more than|exceed(?:ed|ing|s)?|at least|"
    r"upwards of|in excess of)\s*$"
)
AT_LEAST_AFTER = re.compile(r"\s*(?:tro len|or more|or higher|or above)\b")
ABOUT_BEFORE = re.compile(r"\b(?:gan|khoang|xap xi|tam|nearly|almost|about|around|approximately|roughly|close to)\s*$")


def bound_of(s: str, a: int, b: int) -> str | None:
    """How the figure at ``s[a:b]`` is given: ``"denied"`` ("không phải 45%"), ``"max"`` (an
    upper bound: "dưới 60%"), ``"min"`` (a lower bound: "trên 99%", "99% trở lên"), ``"about"``
    ("khoảng 99%") or None (exactly)."""
    before = s[max(0, a - 25) : a]
    if DENIED_FIGURE.search(before):
        return "denied"  # "turnout wasn't 71.4%", "không phải 45% như tin đồn": not claimed
    if AT_MOST_BEFORE.search(before):
        return "max"
    if AT_LEAST_BEFORE.search(before) or AT_LEAST_AFTER.match(s, b):
        return "min"
    return "about" if ABOUT_BEFORE.search(before) else None


def meets(bound: str | None, got: float, want: float, tolerance: float = 0.0) -> bool:
    """Whether the approved value ``want`` agrees with a figure ``got`` given as ``bound``. A lower
    bound must also be near it: nobody calls 499 deputies "over 300", and "chỉ hơn 45%" says
    about 45%; a round figure may be 2% off; a denied figure is not claimed."""
    if bound == "denied":
        return True
    if bound == "min":
        return got <= want <= got / 0.75
    if bound == "max":
        return want <= got
    if bound == "about":
        return abs(got - want) <= max(tolerance, 0.02 * want)
    return abs(got - want) <= tolerance


# The limits of the polling hours said in words: "không trước 5 giờ" (the earliest opening),
# "không quá 21 giờ", "not after 9 p.m." (the latest closing).
NOT_BEFORE = re.compile(
    r"\b(?:khong|ko|k|hong|chua|not|no)\s+(?:som hon\s+)?(?:truoc|trc|before|earlier than)\s*(?:luc\s*)?$"
)
NOT_AFTER = re.compile(r"\b(?:khong|ko|k|hong|not|no)\s+(?:muon hon\s+)?(?:qua|wa|sau|after|later than)\s*(?:luc\s*)?$")
# Not an opening or closing hour: when counting started, a running turnout "by 14:00" (a percent).
NOT_POLL_HOURS = re.compile(
    r"\b(?:kiem phieu|dem phieu|counting|count|van dong|campaign\w*)\b|\d\s*(?:%|phan tram|percent)"
    r"|\d\s+(?:cu tri|nguoi|voters|people)\b"
)


# "tôi đến lúc 9 giờ": the hour the writer arrived, not when the polls close.
PERSON = r"(?:toi|minh|em|chung toi|ca nha|i|we)"
ARRIVES = re.compile(r"\b" + PERSON + r"\s+(?:\S+\s+)?(?:den|toi)\s*(?:luc\s*)?$")
# "… mở cửa sớm, tôi đi bầu lúc 9 giờ", "polls open early and I was there at 8 a.m.": the hour
# after a person's own doing is theirs, not the opening word's.
PERSON_DOES = re.compile(
    r"\b(?:(?:i|we)\s+(?:was|were|got|arrived|went|came|voted|left)|(?:toi|minh|chung toi)\s+(?:den|di|ra|toi|co mat|bau))\b"
)
# A wait, not a closing limit: "cử tri xếp hàng không quá 1 giờ", "no one waits more than an hour".
# ("chờ", "đợi" fold to "cho", "doi": also "let" and "change", so only "chờ đợi".)
WAIT_BEFORE = re.compile(r"\b(?:xep hang|cho doi|wait|waits|waited|queue|queued|in line)\b")
# "tôi" (I) right before an hour, read on the original text: folded, it is "toi" like "tới" (until).
WRITER_BEFORE = re.compile(r"\b[tT][ôÔ]i\s*$")
# An hour that ends the taking of candidacy files or registrations ("nhận hồ sơ ứng cử tới 17h"),
# not the polls.
FILES_UNTIL = re.compile(
    r"\b(?:ho so|nop don|dang ky|han chot|applications?|nominations?|registration)\b[^.!?;]{0,30}$"
)
# "17 giờ là đóng cửa": the opening or closing word after the hour.
ROLE_AFTER = re.compile(
    r"\s*(?:sang|trua|chieu|toi|dem)?\s*(?:la|thi|moi)?\s*(?:nguoi ta\s+|ho\s+)?(mo cua|dong cua|khoa (?:thung|hom) phieu|dong (?:thung|hom) phieu|het gio (?:bau|bo phieu|di bau))\b"
)
# Dates between a role word and its hour are no other number ("đóng cửa ngày 23/5 lúc 17 giờ").
DATES_IN = re.compile(
    r"\b(?:(?:ngay|thang|nam)\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\b(?:ngay|thang|nam)\s+\d{1,4}\b"
    r"|\b" + MON + r"\s+\d{1,2}\b|\b\d{1,2}\s+" + MON
)
# A question without "?" ("có được bầu hộ không mọi người", "bau ho dc ko vay").
ASKS_AFTER = re.compile(
    r"(?:\s+\S+){0,4}?\s+(?:khong|ko|k|hong|hok|khum|chua)"
    r"(?:\s+(?:a|ha|vay|the|nhi|nhe|ban|bac|anh|chi|em|moi nguoi|ca nha|mn|ae|mng|cac ban|cac bac|oi|ta))*\s*[.!…,;\"'”’)]*\s*$"
)
# Quotation marks that open and close a quoted claim.
# Words that introduce a quotation ("nói", "khẳng định", "viết", "claims", a colon).
SAYS_BEFORE = re.compile(
    r"(?:\b(?:noi|bao|khang dinh|viet|dang|rang|tuyen bo|loan tin|tin|bai|post|says?|said|claim\w*|that|wrote|la"
    r"|vu|don|anh|hinh|clip|video|chuyen)|:)"
    r"(?:\s+\S+){0,2}\s*$"
)
OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s(:]))['\"“‘«]")
CLOSE_QUOTE = re.compile(r"['\"”’»](?=$|[\s.,;:!?)])")


def quoted(s: str, lo: int, hi: int, a: int, b: int) -> bool:
    """Whether ``s[a:b]`` sits inside a quotation within its sentence ``s[lo:hi]`` ("đăng bài
    khẳng định 'danh sách trúng cử được duyệt từ trước'"): a claim named, not made. A short
    quoted term after no saying word, and after no other quotation, is the writer's own scare quotes
    ("thu mỗi hộ 50 nghìn 'phí in thẻ cử tri'"): that claim is made."""
    opens = [m.end() for m in OPEN_QUOTE.finditer(s, lo, a)]
    if not opens:
        return False
    if CLOSE_QUOTE.search(s, opens[-1], a):
        return False
    close = CLOSE_QUOTE.search(s, b, hi + 1)
    if close is None:
        return False
    scare = len(s[opens[-1] : close.start()].split()) <= 5 and not CLOSE_QUOTE.search(s, lo, opens[-1] - 1)
    return not (scare and opens[-1] - 1 > lo and not SAYS_BEFORE.search(s, lo, opens[-1] - 1))


def find_dates(s: str):
    seen = []
    for kind, regex in DATE_RES:
        if not may_match(regex, s):
            continue
        for m in regex.finditer(s):
            if any(x < m.end() and m.start() < y for x, y in seen):
                continue
            g = m.groups()
            try:
                if kind == "ymd":
                    y, mo, d = int(g[0]), int(g[1]), int(g[2])
                elif kind == "dmy":
                    d, mo, y = int(g[0]), int(g[1]), (int(g[2]) if g[2] else None)
                elif kind == "mdy":
                    mo, d, y = MONTHS[g[0][:3]], int(g[1]), (int(g[2]) if g[2] else None)
                else:
                    d, mo, y = int(g[0]), MONTHS[g[1][:3]], (int(g[2]) if g[2] else None)
            except (KeyError, ValueError):
                continue
            if y is not None and y < 100:
                y += 2000
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                continue
            seen.append((m.start(), m.end()))
            yield m.start(), m.end(), (d, mo, y)


def find_times(s: str):
    seen = []
    for regex in TIME_RES:
        if not may_match(regex, s):
            continue
        for m in regex.finditer(s):
            if any(x < m.end() and m.start() < y for x, y in seen):
                continue
            g = m.groups()
            h = int(g[0])
            mi = int(g[1]) if len(g) > 1 and g[1] and g[1].isdigit() else 0
            mod = (g[-1] or "").replace(".", "")
            if (mod in ("pm", "chieu", "toi") or mod.endswith(("afternoon", "evening"))) and h < 12:
                h += 12
            elif mod == "dem" and 6 <= h < 12:
                h += 12
            elif mod == "dem" and h == 12:
                h = 0  # "12 giờ đêm": midnight
            elif mod == "am" and h == 12:
                h = 0
            if h > 24 or mi > 59:
                continue
            seen.append((m.start(), m.end()))
            yield m.start(), m.end(), (h, mi)
