"""Not voting, or voting a way someone dislikes, and the penalties said to follow: the words of the
``penalty`` rule of ``classifiers.rule_facts`` (``voter_penalty: none``), read on the folded text."""

from __future__ import annotations

import re

__all__ = ["ABSTAIN", "ABSTAIN_AFTER", "FINE_WORD", "PENALTY", "PENALTY_WORDS", "VOTING_EXPOSES", "denied_inside"]

# Not voting, or voting a way someone dislikes: what a threatened penalty is for.
_ABSTAIN = (
    r"(?:(?:khong|ko|k|hong|hok|khum)\s+(?:di\s+|tham\s+gia\s+|ve\s+(?:que\s+)?(?:de\s+)?)?(?:bau|bo phieu)"
    r"|(?:ai|nguoi nao)\s+tron\b|tron\s+(?:di\s+)?(?:bau|bo phieu)|(?:khong|ko|k|hok|khum)\s+co\s+(?:mat|xac\s+nhan)"
    r"|vote\s+(?:after|later\s+than)\s+\d|vote\s+late\b|(?:di\s+bau|bo\s+phieu)\s+(?:muon|tre|sau\s+\d+\s*(?:h|gio))"
    r"|(?:khong|ko|k|hok|khum)\s+(?:ra|den|toi)\s+(?:diem|khu\s+vuc|phong|cho)\s+(?:bau|bo\s+phieu)|absentee\w*|vote[sd]?\s+against"
    r"|(?:vote[sd]?|voting)\s+for\s+(?:someone|anyone|somebody)\s+(?:other|else)|bau\s+cho\s+(?:nguoi|ai)\s+khac"
    r"|(?:khong|ko|k|hong|hok|khum)\s+di\s+(?=la|thi|se|bi|ma)"
    r"|stay(?:s|ed|ing)?\s+(?:at\s+)?home\s+(?:(?:on|during)\s+(?:polling|election|voting)\s+day|instead\s+of\s+voting)"
    r"|bo\s+bau|vang\s+mat(?:\s+(?:khong|ko|k)\s+(?:co\s+)?ly\s+do(?:\s+chinh\s+dang)?)?"
    r"|absent(?:\s+without\s+(?:a\s+)?(?:valid\s+|good\s+)?reason)?\b|tay\s+chay|gach\s+ten|gach\s+(?:ai|het|ong|ba|nguoi|ung)"
    r"|(?:khong|ko|k)\s+bau\s+(?:du|cho|dung)|bau\s+(?:sai|trang|khong dung)|phieu\s+trang|skip\w*"
    r"|(?:don't|do not|didn't|did not|doesn't)\s+(?:vote|turn up|show up)|not\s+voting|abstain\w*|cross(?:es|ed)?\s+out"
    r"|vote\s+(?:for\s+)?the\s+\W?wrong|wrong\s+candidate|(?:bau|bo\s+phieu)\s+cho\s+(?:\S+\s+){0,2}?ngoai"
    r"|(?:don't|do not|didn't|did not|doesn't)\s+go\s+(?:\S+\s+){0,2}?to\s+vote|thieu\s+(?:\d+\s+|mot\s+)?phieu|gach\s+sai"
    r"|(?:khong|ko|k|hong|hok|khum)\s+co\s+dau\s+[\x22'\u201c\u2018]?(?:da\s+)?(?:bau|bo\s+phieu)|blank\s+ballots?|(?:must|has\s+to|have\s+to)\s+(?:vote|cast\s+(?:a|their|your|his|her)\s+ballot)\s+or\b)"
)
ABSTAIN = re.compile(r"\b" + _ABSTAIN)
ABSTAIN_AFTER = re.compile(r"\s*(?:[^\s,.;:]+\s+){0,2}?(?:(?:vi|for|neu|if|khi)\s+)?(?:[^\s,.;:]+\s+){0,1}?" + _ABSTAIN)
# A penalty on a voter. "phat" is also "phát" (to hand out: "phát phiếu", "phát hiện"): told apart
# on the original text where it has its accents (``_is_fine``).
PENALTY = re.compile(
    r"\b(?:bi\s+phat|phat\s+(?:tien|hanh chinh|\d)|nop\s+phat|bi\s+xu\s+(?:ly|phat)|xu\s+phat\s+hanh\s+chinh"
    r"|bi\s+lap\s+bien\s+ban|bi\s+(?:\S+\s+){0,2}?ghi\s+(?:ten|vao)|ghi\s+(?:ten\s+)?vao\s+(?:ly lich|ho so|so den|danh sach)"
    r"|(?<!nothing\s)costs?\s+(?:you|them|students|voters|workers|staff|employees)\s+(?:your|their|a|the)\s+(?:\S+\s+)?(?:conduct\s+grade|grade|scholarship|job|bonus|pension|benefits?|place|allowance)"
    r"|(?:sim|thue bao|so dien thoai)\s+(?:dien thoai\s+)?bi\s+khoa|bi\s+cat|cat\s+(?:tro cap|luong|ho ngheo|bao hiem|che do|dien|nuoc)|bi\s+trieu\s+tap"
    r"|bi\s+(?:\S+\s+){0,2}?moi\s+len|moi\s+len\s+(?:phuong|xa|cong an|huyen)\s+lam\s+viec|bi\s+theo\s+doi|vi\s+pham\s+phap\s+luat"
    r"|pham\s+luat|bi\s+coi\s+la\s+chong\s+doi|fined|fines?\s+(?:of|for|each|every|all|absentee\w*)|(?:a|get|gets|face|faces|pay)\s+(?:(?!no\s|zero\s)\S+\s+){0,3}?fines?"
    r"|penalt(?:y|ies)|punished|prosecuted|summoned|(?:get|gets|got|are|be)\s+called\s+in|(?:a\s+)?mark\s+on\s+(?:their|your|his|her)\s+record"
    r"|(?:bi\s+|se\s+)?tru\s+(?:diem|luong|thuong)|ha\s+hanh\s+kiem|hanh\s+kiem\s+(?:\S+\s+){0,3}?bi\s+ha"
    r"|(?:khoi|dung)\s+(?:mo|mong)\s+(?:\S+\s+){0,2}?(?:giay|xac nhan|ho ngheo|tro cap|cap|xin)|bi\s+gan\s+co|cat\s+thuong"
    r"|mat\s+(?:\S+\s+){0,2}?(?:suat|tien|tro cap|gao|ho ngheo|viec|che do|luong|thuong)|de\s+mat\s+toi|(?:bi\s+)?(?:ghi|dua)\s+(?:vao\s+)?so\s+den"
    r"|(?:bi\s+|se\s+)tru\s+(?:\S+\s+){0,3}?(?:tien|luong|thuong|diem)|giay\s+moi\s+len|moi\s+len\s+(?:\S+\s+){0,3}?\W?lam\s+viec"
    r"|(?:tam\s+dung|ngung|dung)\s+cap\s+(?:\S+\s+){0,2}?(?:giay\s+to|ho\s+tich|so\s+do|ho\s+chieu|can\s+cuoc|xac\s+nhan|giay\s+phep)"
    r"|(?:khong|ko|k|hong)\s+(?:duoc\s+)?cap\s+(?:lai\s+|doi\s+)?(?:giay\s+to|ho\s+tich|so\s+do|ho\s+chieu|can\s+cuoc|giay\s+xac\s+nhan|giay\s+phep)"
    r"|bi\s+(?:gac|treo|tu choi|loai)\b|(?:gets?|got|be|is|are)\s+flagged|visit\s+from\s+(?:the\s+)?(?:\S+\s+)?police"
    r"|(?:thousand|million|\d)\s*(?:dong|vnd)?\s+fines?|bi\s+(?:ky luat|duoi|dinh chi|lam kho|gay kho|hoi\s+ly\s+lich)"
    r"|(?:a\s+)?note\s+(?:goes\s+)?(?:into|in|on)\s+(?:your|their)\s+(?:\S+\s+){0,2}?(?:file|record)s?|blacklist\w*"
    r"|licen[cs]e\s+(?:\S+\s+){0,3}?(?:gets?\s+)?(?:stuck|revoked|denied|frozen)"
    r"|(?:lose|loses|losing|cut|dock\w*|stop|withh[oe]ld\w*|suspend\w*)\s+(?:their|your|his|her)\s+(?:\S+\s+)?(?:benefits|pension|jobs?|subsidy|welfare|power|water|pay|salary|wages)"
    r"|(?:lose|loses|losing)\s+(?:their|your|his|her)\s+(?:\S+\s+)?(?:place|seat|land|house|licen[cs]e|scholarship|school\s+place|passport|citizenship|nationality)"
    r"|(?:lose|loses|losing|denied|cut\s+off\s+from)\s+(?:all\s+)?access\s+to\s+(?:\S+\s+){0,2}?(?:services|benefits|schools?|hospitals?|loans?|welfare|paperwork|permits)"
    # an online service's functions said locked ("bị khóa chức năng làm thủ tục trên cổng dịch vụ công")
    r"|(?:bi\s+)?khoa\s+(?:\S+\s+){0,2}?(?:chuc\s+nang|dich\s+vu\s+cong|cong\s+dich\s+vu|vneid|dinh\s+danh)"
    # the police said to come to the house ("skip it and the police will come to your house")
    r"|police\s+(?:will\s+|gonna\s+|are\s+going\s+to\s+)?(?:come|show\s+up|knock|turn\s+up)\s+(?:to|at|on)\s+(?:your|their|the)\s+(?:house|door|home)"
    r"|cong\s+an\s+(?:se\s+)?(?:den|toi|xuong|vao)\s+(?:tan\s+)?nha(?![^.;!?]{0,60}\b(?:de|giup|ho tro)\b)"
    # a job or a loan lost ("bị cho nghỉ việc", "không cho vay vốn", "your employer will fire you",
    # "won't get loans")
    r"|(?:bi\s+)?cho\s+nghi\s+viec|bi\s+(?:sa\s+thai|duoi\s+viec|cham\s+dut\s+hop\s+dong)|(?:khong|ko|k)\s+(?:duoc\s+|cho\s+)?(?:vay\s+von|vay\s+tien|giai\s+ngan)"
    r"|(?:bi\s+)?(?:tu\s+choi|cat|dung|thu\s+hoi)\s+(?:ho\s+so\s+|khoan\s+|goi\s+)?(?:vay|von\s+vay|tin\s+dung)\b"
    r"|(?:khong|ko|k)\s+(?:ky\s+tiep|gia\s+han|tai\s+ky)\s+hop\s+dong|(?:cat|huy|cham\s+dut)\s+hop\s+dong"
    r"|(?:contract|job)s?\s+(?:won't|will\s+not|would\s+not|isn't|is\s+not)\s+(?:be\s+)?renewed|(?:won't|will\s+not)\s+renew\s+(?:your|their|his|her)\s+contract"
    r"|(?:reject|refus|den(?:y|ies|ied)|turn(?:s|ed)?\s+down)\w*\s+(?:the\s+|your\s+|their\s+)?(?:loan|credit|mortgage)"
    r"|(?:will|gonna|going\s+to|required\s+to|obliged\s+to|has\s+to|have\s+to|must)\s+(?:fire|sack|dismiss|demote)\s+(?:you|them|him|her|workers|staff)"
    r"|(?:get|gets|be|are)\s+(?:fired|sacked|dismissed|demoted)"
    # a pension or an allowance suspended, a dormitory place or a scholarship refused
    r"|(?:bi\s+)?tam\s+dung\s+(?:chi\s+tra\s+)?(?:luong\s+huu|tro\s+cap|bao\s+hiem|che\s+do|phu\s+cap)"
    r"|(?:khong|ko|k)\s+(?:duoc|dc)\s+(?:xep|cap|xet|nhan)\s+(?:\S+\s+)?(?:phong|cho o|ky tuc xa|hoc bong|tro cap|suat)\b"
    # summoned to the station ("must report to their ward police station", "lên phường trình diện")
    r"|report\s+to\s+(?:their|your|the)\s+(?:\S+\s+){0,2}?(?:station|office|precinct)|trinh\s+dien"
    # moved to another post or demoted ("bị điều chuyển công tác", "bị hạ bậc lương", "giáng chức")
    r"|bi\s+(?:dieu\s+chuyen|chuyen)\s+(?:cong\s+tac|cho\s+khac|di\s+noi\s+khac)|bi\s+(?:ha\s+(?:bac|luong|ngach)|giang\s+chuc|cach\s+chuc)"
    r"|(?:won't|will\s+not|can't|cannot|don't)\s+get\s+(?:a\s+|any\s+)?(?:\S+\s+)?(?:loans?|credit|benefits|subsidies|permits?)"
    r"|loans?\s+(?:\S+\s+)?(?:will\s+be|are|get|gets|is)\s+(?:refused|denied|cancell?ed|called\s+in|frozen)"
    # an account or a phone line said to be blocked ("bank accounts frozen", "your SIM gets locked",
    # "bị khóa tài khoản ngân hàng", "cắt sim")
    r"|(?:khoa|phong\s+toa)\s+(?:\S+\s+)?(?:tai\s+khoan|sim|thue\s+bao|so\s+dien\s+thoai)|(?:cat|chan)\s+sim"
    r"|(?:bank\s+)?accounts?\s+(?:\S+\s+){0,2}?(?:frozen|blocked|locked|closed)|(?:sims?|sim cards?|phone\s+(?:lines?|numbers?))\s+(?:\S+\s+){0,2}?(?:locked|blocked|cut\s+off|disconnected|suspended)"
    r"|(?:their|your|his|her)\s+(?:\S+\s+)?(?:benefits?|pension|jobs?|subsidy|welfare|allowance|power|water|pay|salary|wages|scholarship)"
    r"\s+(?:gets?|will\s+be|would\s+be|is|are)\s+(?:\S+\s+)?(?:cut|suspended|stopped|withheld|docked|revoked|frozen|cancell?ed)"
    # arrest, custody or jail ("bị bắt", "bị công an bắt về đồn", "bị tạm giữ", "bị bỏ tù", "ends up in jail",
    # "get taken in", "locked up"; not forced, "bị bắt buộc / bắt phải / bắt đi bầu", nor "bắt gặp", "bắt
    # nạt", "bắt cóc", nor taken in by a scam). ("tạm giữ" of the past is a police report: ``rule_facts.REPORTED``.)
    r"|bi\s+(?:cong\s+an\s+)?(?:tam\s+giu|bat(?!\s+(?:buoc|gap|nat|coc|phai|tiem|ky|lam|nop|dong|khai|di\s+bau|bo\s+phieu|chuoc)))"
    r"|bi\s+bo\s+tu|(?:phai|se|bi)\s+(?:di|ngoi|vao)\s+tu|jailed|imprisoned|locked\s+up"
    r"|(?:ends?\s+up|ended\s+up|go|goes|gone|sent|thrown|put)\s+(?:\S+\s+){0,2}?(?:in|to|into)\s+(?:jail|prison)"
    r"|(?:get|gets|got|be|are|is)\s+taken\s+(?:in|away)(?!\s+by)"
    # not voting said to be against the law ("not voting is illegal now", "the ward will fine you")
    r"|(?:will|would|gonna|to|they'll|can)\s+fine\s+(?:you|them|us|voters|people|anyone|everyone|everybody)"
    r"|breaking\s+the\s+law|against\s+the\s+law|(?:is|are|was)\s+(?:now\s+)?illegal|criminal\s+offen[cs]e|a\s+crime)\b"
)
FINE_WORD = re.compile(r"ph[ạẠaA]t\b", re.IGNORECASE)  # "phạt" (or unaccented), not "phát"

# The words a penalty cannot do without: ``classifiers.decision``'s cheap pre-check.
# Voting itself said to bring a sanction ("người có tiền án mà ra chỗ bầu là bị kiểm tra lý lịch", "ai
# có quốc tịch nước ngoài mà đi bầu là bị tước quốc tịch", "first-time voters get flagged for military
# service", "whoever shows up at the polls gets photographed and filed", "đi bầu xong sẽ bị kiểm tra
# thuế", "tới điểm bỏ phiếu bị bắt tiêm vắc xin", "tháng sau phường gửi giấy đòi đóng quỹ").
VOTING_EXPOSES = re.compile(
    r"\b(?:ra\s+(?:cho|diem)\s+bau|di\s+bau|bo\s+phieu|vote|votes|voting|voters?|shows?\s+up\s+at\s+the\s+polls)\b[^.!?]{0,80}?\b"
    r"(?:bi\s+kiem\s+tra\s+ly\s+lich|(?:bi\s+)?tuoc\s+quoc\s+tich|(?:tim\s+)?(?:toi|den)\s+nha\s+siet\s+no|siet\s+no"
    r"|(?:bi\s+)?goi\s+nghia\s+vu(?:\s+quan\s+su)?|ten\s+vao\s+so\s+quan\s+ly"
    r"|(?:se\s+)?bi\s+kiem\s+tra\s+thue|bi\s+bat\s+tiem\s+(?:vac\s*xin|vaccine)|gui\s+giay\s+doi\s+(?:dong\s+)?(?:quy|tien|no)"
    r"|lose\s+(?:their|your|his|her)\s+(?:other\s+|foreign\s+)?(?:passport|citizenship|nationality)"
    r"|(?:photographed|filmed)\s+and\s+(?:filed|listed|reported)|flagged\s+for\s+(?:military\s+service|the\s+draft))"
)


def denied_inside(s: str, m, lo: int, hi: int) -> bool:
    """A denial between the vote and the sanction ("đi bầu không bị kiểm tra lý lịch", "voters do not
    lose their other passport")."""
    return (
        re.search(r"\b(?:khong|ko|k|chang|cha|hong|khum|not|never|don't|won't|doesn't|do not)\b", m.group(0))
        is not None
    )


PENALTY_WORDS = [
    "kiem tra ly lich", "tuoc quoc tich", "siet no", "goi nghia vu", "so quan ly", "passport", "citizenship",
    "nationality", "photographed", "filmed", "flagged", "kiem tra thue", "bat tiem", "gui giay doi",
    "tam dung cap", "ngung cap", "dung cap", "phat", "xu ly", "lap bien ban", "ghi ten", "ghi vao", "bi cat", "cat tro cap", "cat luong", "cat ho ngheo",
    "cat bao hiem", "cat che do", "cat dien", "cat nuoc", "trieu tap", "moi len", "theo doi", "vi pham phap luat",
    "pham luat", "chong doi", "fined", "fine", "fines", "penalty", "penalties", "punished", "prosecuted", "record",
    "lose", "cut", "bi tru", "summoned", "called in", "hanh kiem", "tru diem", "tru luong", "tru thuong", "dock",
    "docks", "docked", "docking", "stop their", "stop your", "khoi mo", "khoi mong", "dung mo",
    "dung mong", "gan co", "cat thuong", "mat viec", "mat ho ngheo", "mat tro cap", "mat che do", "mat luong", "mat thuong",
    "de mat", "ky luat", "bi duoi", "dinh chi", "lam kho", "gay kho", "ly lich", "note", "blacklist", "blacklisted",
    "licence", "license", "suat", "tro cap", "gao", "so den", "giay moi", "bi gac", "bi treo", "bi tu choi",
    "bi loai", "flagged", "visit from", "se tru", "withhold", "withholds", "withheld", "suspend", "suspends", "suspended",
    "mat diem", "uu tien", "breaking the law", "against the law", "illegal", "criminal", "crime",
    "loses", "losing", "access to", "frozen", "blocked", "locked", "disconnected", "closed",
    "khoa tai khoan", "bi khoa", "khoa chuc nang", "khoa dich vu", "khoa cong", "khoa vneid", "khoa dinh danh", *(f"{c} {w}" for c in ("cost", "costs") for w in ("you", "them", "students", "voters", "workers", "staff", "employees")), "khoa sim", "khoa thue bao", "khoa so", "phong toa", "cat sim", "chan sim",
    "nghi viec", "sa thai", "duoi viec", "cham dut hop dong", "vay von", "vay tien", "giai ngan", "von vay",
    *(f"{v} {o}" for v in ("tu choi", "cat", "dung", "thu hoi") for o in ("vay", "ho so", "khoan", "goi")),
    "tin dung", "fire", "sack", "dismiss", "fired", "sacked", "dismissed", "loan", "loans", "credit", "benefits",
    "subsidies", "permit", "permits", "police will", "police come", "police show", "police knock", "police turn",
    "cong an den", "cong an toi", "cong an xuong", "cong an vao", "cong an se", "hop dong", "renewed", "renew", "reject",
    "rejects", "rejected", "refuse", "refuses", "refused", "deny", "denies", "denied", "turn down", "turned down",
    "turns down", "mortgage", "pension", "pensions", "welfare", "allowance", "scholarship", "stopped", "cancelled",
    "canceled", "revoked", "demote", "demoted", "dieu chuyen", "chuyen cong tac", "chuyen cho khac", "ha bac", "ha luong",
    "ha ngach", "giang chuc", "cach chuc", "tam dung", "duoc xep", "duoc cap", "duoc xet", "duoc nhan", "dc xep",
    "dc cap", "dc xet", "dc nhan", "report to", "trinh dien", "bat", "bo tu", "di tu", "ngoi tu", "vao tu", "jailed",
    "imprisoned", "locked up", "jail", "prison", "taken in", "taken away",
    "tam giu", "bat giu",
]  # fmt: skip
