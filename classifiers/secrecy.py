"""The ballot is secret: the approved fact (``ballot: secret``) is that nobody learns whom a voter
chose (Luật Bầu cử số 85/2015/QH13, Điều 1 and 69: the vote is by secret ballot, marked in the
booth). Claims against it: a ballot said numbered, coded or chipped, the booth or the ballot filmed,
the voter's name, signature or fingerprint required on the ballot, a voter's choice said known,
checked or recorded, ballots said scanned or photographed on their way into the box, the names of
blank-ballot voters said read out.

Read on the folded text by ``classifiers.rule_facts`` (kind ``secret``) with the exceptions every
rule has. Not the press's camera, not a denial inside the claim's own words.
"""

from __future__ import annotations

import re

__all__ = ["PRESS", "SECRET_WORDS", "TRACED", "secret_elsewhere"]

# A ballot said traceable to its voter: numbered, coded or chipped, filmed, or its choice known or
# to be declared ("phiếu bầu có mã số, họ biết bạn gạch ai", "ballots are numbered and traced back").
TRACED = re.compile(
    # a microphone in the booth, what a voter marks written down ("trong buồng kín có gắn micro", "the booths have hidden
    # microphones", "ghi lại ai gạch nhiều tên")
    r"\b(?:buong\s+(?:kin|phieu|bo\s+phieu|bau|viet\s+phieu)|booths?)\s+(?:\S+\s+){0,4}?(?:gan|lap|dat|have|has|with|hide|hides)\s+"
    r"(?:\S+\s+){0,2}?(?:micro|may\s+ghi\s+am|microphones?|mics?|bugs|listening\s+devices?)\b"
    r"|\bdanh\s+dau\s+truoc\s+(?:ten\s+)?(?:nguoi|ung\s+vien)\s+(?:minh\s+)?se\s+bau\b"
    r"|\bhidden\s+(?:microphones?|mics?|cameras?)\s+(?:\S+\s+){0,2}?(?:in|inside)\s+(?:the\s+|every\s+|each\s+)?(?:voting\s+)?booths?\b"
    r"|\b(?:ghi\s+lai|ghi\s+ten|theo\s+doi|danh\s+dau)\s+(?:xem\s+)?ai\s+(?:\S+\s+){0,3}?(?:gach|bau\s+cho)\s+(?:nhieu|it|ten|ai|ong|ba)\b|"
    r"\b(?:(?<!hom\s)phieu(?:\s+bau)?(?!\s+(?:gui|giu|mua|thu|kham|an|qua|giam|xuat|nhap|luong|bao))|la\s+phieu|ballots?)"
    r"\s+(?:[^\s,.;:]+\s+){0,5}?(?:co|in|gan|carry|carries|have|has|are|is)"
    r"\s+(?:[^\s,.;:]+\s+){0,4}?(?:ma\s+so|ma\s+vach|ma\s+qr|ma\s+rieng|day\s+so|codes?|so\s+thu\s+tu|so\s+seri|serials?|chip|danh\s+so|numbered|coded"
    r"|so\s+(?:cccd|can\s+cuoc|cmnd)|(?:your\s+)?id\s+numbers?)\b"
    r"|\bhom\s+phieu\s+(?:[^\s,.;:]+\s+){0,4}?(?:gan|co)\s+(?:[^\s,.;:]+\s+){0,2}?chip\b"
    r"|\b(?:(?<!cho )biet|bit|bik|(?<!hay )xem|(?<!hay )coi|nhin\s+ro|do\s+nguoc\s+ra|truy\s+ra|khop\s+ra|loc\s+ra)\s+(?:(?:het|ngay|duoc|dc|ra|luon|chinh\s+xac|ro)\s+)?"
    r"(?:ai|ban|cu\s+tri|you|nha\s+nao|nha\s+ai|nguoi\s+nao|tung\s+nguoi|minh|toi|em|tung\s+ho)\s+(?:da\s+)?(?:gach|bau|chon\s+ai)\b(?!\s+cu\b)|\b(?:do\s+nguoc\s+ra|truy\s+ra|loc\s+ra)\s+tung\s+nguoi\b"
    r"|\b(?:gach|bau)\s+(?:ten\s+)?ai\s+(?:la|thi|deu|cung)\s+(?:(?:ho|nguoi\s+ta|to\s+truong|to|tren|they)\s+)?(?:se\s+)?(?:bi\s+)?"
    r"(?:biet|khop|lo|bao\s+ve|bao\s+len|ghi\s+lai|quay\s+lai)\b|\b(?:ra|lo|hien)\s+(?:ca\s+)?ten\s+(?:nguoi\s+)?bau\b"
    r"|\bcamera[\s,]+(?:[^\s,.;:]+[\s,]+){0,5}?(?:quay|soi|chup|doi\s+chieu)\s+(?:[^\s,.;:]+\s+){0,3}?"
    r"(?:la\s+phieu|phieu\s+bau|phieu\s+cua)"
    r"|\bkhai(?:\s+bao)?\s+bau\s+cho\s+ai\b|\bdanh\s+sach\s+(?:\S+\s+){0,2}?ai\s+bau\s+(?:cho\s+)?ai\b"
    r"|\b(?<!bo\s)(?<!hom\s)phieu\s+(?:\S+\s+){0,4}?ghi\s+(?:san\s+)?(?:ten|so\s+cccd|ma)\s+(?:cua\s+)?(?:cu\s+tri|nguoi\s+(?:di\s+)?bau|ban|minh)\b"
    r"|\b(?:watch|film|record|see)\w*\s+(?:you|voters|people)\s+(?:\S+\s+){0,4}?(?:while|as|when)\s+(?:you|they)\s+(?:mark|vote|fill|cast)"
    r"|\b(?:quay|soi|chup|ghi\s+hinh)\s+(?:\S+\s+){0,3}?(?:net\s+gach|gach\s+ten|minh\s+gach|ban\s+gach|ai\s+gach)"
    r"|\bdanh\s+dau\s+(?:la\s+)?phieu\s+(?:theo|cho)\s+(?:tung\s+)?(?:ho|nguoi|cu\s+tri|gia\s+dinh)\b"
    # the voter's name, signature or fingerprint required on the ballot ("phải ký tên vào mặt sau lá
    # phiếu", "phải lăn tay vào góc phiếu", "must sign the back of their ballot"; not "đừng ký tên
    # lên phiếu", "không yêu cầu cử tri ký tên", "you don't have to sign")
    r"|\b(?=phai|bat|must|ha[vs]e|needs?|required)(?<!khong )(?<!ko )(?<!k )(?<!chang )(?<!don't )(?<!do not )(?<!doesn't )"
    r"(?<!does not )(?<!never )(?:phai|bat buoc|must|have to|has to|need to|needs to|required to)\s+(?:[^\s,.;:]+\s+){0,2}?"
    r"(?:(?:ky\s+ten|ghi\s+(?:ro\s+)?(?:ho\s+)?ten(?:\s+minh)?|viet\s+ten(?:\s+minh)?|lan\s+tay|dim\s+van\s+tay|diem\s+chi)\s+"
    r"(?:vao|len|o)\s+(?:(?:mat\s+sau|goc|cuoi|duoi)\s+(?:cua\s+)?)?(?:la\s+)?phieu(?:\s+bau)?\b"
    r"|(?:sign|write\s+(?:your|their|his|her)\s+name\s+on|put\s+(?:your|a)\s+(?:finger\s*print|thumb\s*print|signature)\s+on)\s+"
    r"(?:the\s+back\s+of\s+)?(?:your|the|their|each)\s+ballots?\b)"
    r"|\bphieu(?:\s+bau)?\s+(?:\S+\s+){0,2}?phai\s+(?:co\s+)?(?:ky\s+ten|chu\s+ky|ghi\s+(?:ro\s+)?(?:ho\s+)?ten|lan\s+tay|van\s+tay)\b"
    r"|\byou\s+sign\s+(?:the\s+back\s+of\s+)?(?:your|the)\s+ballot"
    r"|\b(?:gach|danh dau|dien)\s+phieu\s+xong\s+(?:\S+\s+){0,2}?phai\s+(?:dua|trinh|cho)\s+(?:\S+\s+){0,3}?(?:coi|xem|kiem tra|duyet)\b"
    r"|\b(?:know|knows|see|sees|find out|track)\s+(?:exactly\s+)?(?:who|whom)\s+(?:you|voters|each voter|people)\s+"
    r"(?:picked|voted for|chose|vote for|pick|choose)\b"
    r"|\bphieu\s+(?:\S+\s+){0,3}?danh\s+dau\s+(?:theo|cho)\s+(?:tung\s+)?(?:ho|nguoi|cu\s+tri|gia\s+dinh)\b"
    r"|\bcamera\s+(?:\S+\s+){0,5}?(?:ban\s+viet\s+phieu|cho\s+viet\s+phieu|buong\s+(?:kin|viet)|ban\s+ghi\s+phieu)"
    r"|\b(?:reads?|reading|looks?\s+at|checks?|inspects?)\s+your\s+(?:marked\s+)?ballot(?!\s+(?:aloud|out))"
    r"|\bghi\s+(?:so|ten|ma|ho\s+ten)\s+(?:\S+\s+){0,4}?(?:len|vao|tren)\s+(?:mat\s+sau\s+(?:cua\s+)?)?(?:la\s+)?phieu\b"
    r"|\bcameras?\s+(?:\S+\s+){0,6}?(?:recording|filming|watching|record|film|watch)\s+(?:\S+\s+){0,4}?(?:ballots?|your\s+vote)"
    r"|\b(?:write|writes|wrote|print\w*|put\w*|stamp\w*)\s+(?:\S+\s+){0,3}?(?:id|card|cccd)\s+(?:card\s+)?numbers?\s+on\s+(?:the\s+back\s+of\s+)?(?:the|your|each|every)\s+ballots?"
    r"|\bdanh\s+so\s+(?:thu\s+tu\s+)?(?:len|vao|tren)\s+(?:la\s+|tung\s+)?phieu\b|\bdoi\s+chieu\s+(?:xem\s+)?ai\s+bau\s+(?:cho\s+)?ai\b"
    r"|\b(?:buong\s+(?:phieu|kin|bo phieu|bau)|ban\s+viet\s+phieu)\s+(?:\S+\s+){0,3}?(?:gan|dat|lap)\s+(?:\S+\s+){0,2}?camera"
    r"|\b(?:blank|your|every|each|marked|spoiled)\s+ballots?\s+(?:\S+\s+){0,4}?(?:will\s+be|are|is|get|gets|can\s+be)\s+(?:\S+\s+)?(?:traced|tracked)\b"
    r"|\bballots?\s+(?:\S+\s+){0,4}?(?:traced|tracked|matched)\s+(?:back\s+)?to\s+(?:the\s+|their\s+|each\s+|its\s+)?(?:voters?|you)\b"
    r"|\bphieu\s+(?:\S+\s+){0,3}?(?:bi|se bi|deu bi)\s+(?:truy\s+vet|lan\s+ra\s+(?:nguoi|chu|ai))\b"
    # ballots said scanned or photographed, blank-ballot voters said read out, a ballot said noted
    # with its voter's card ("lá phiếu đều được máy quét chụp lại", "đọc tên từng người bỏ phiếu
    # trắng", "phiếu nào gạch quá hai tên sẽ bị ghi lại số thẻ cử tri"; not a results sheet scanned)
    r"|\b(?<!kiem\s)(?<!dem\s)phieu(?:\s+bau)?\s+(?:\S+\s+){0,3}?(?:duoc|bi)\s+(?:may\s+)?(?:quet|chup|scan)(?:\s+(?:chup|lai))?\b"
    r"|\b(?:every|each|your|all)\s+ballots?\s+(?:is|are|gets?|will\s+be)\s+(?:\S+\s+)?(?:scanned|photographed|filmed)\b"
    r"|\bdoc\s+(?:to\s+)?ten\s+(?:tung\s+|nhung\s+|cac\s+)?(?:nguoi|ho|cu\s+tri|gia\s+dinh)\s+(?:\S+\s+){0,2}?(?:bo\s+)?phieu\s+trang\b"
    r"|\bread\s+out\s+(?:the\s+)?names\s+of\s+(?:\S+\s+){0,2}?(?:blank[-\s]ballot|blank|abstaining|protest)\s+voters\b"
    r"|\bphieu\s+nao\s+(?:\S+\s+){0,10}?(?:se\s+)?bi\s+ghi\s+lai\s+(?:so\s+)?(?:the\s+cu\s+tri|ten|so\s+the|cccd|can\s+cuoc)\b"
    r"|\b(?:trac(?:e|ed|es)|see|know|find\s+out|track\w*)\s+(?:\S+\s+){0,3}?"
    r"(?:back\s+to\s+you|(?:who|whom)\s+(?:you\s+|each\s+\S+\s+)?(?:voted\s+for|crossed\s+out|chose)|how\s+(?:you|each)\s+\S*\s*voted)"
)
PRESS = re.compile(r"\b(?:dai truyen hinh|phong vien|bao chi|nha bao|press|reporters?|tv)\b")


def secret_elsewhere(s, m, lo, hi) -> bool:
    """A denial inside the match ("camera chỉ quay cổng, không quay lá phiếu") or the press's
    camera ("camera các đài truyền hình chụp lá phiếu")."""
    return bool(re.search(r"\b(?:khong|ko|chang|not|no|never)\b", m.group(0)) or PRESS.search(m.group(0)))


# The words each way of saying it cannot do without (the decision's cheap pre-check).
SECRET_WORDS = [
    "danh dau truoc",
    "micro", "may ghi am", "microphone", "microphones", "mic", "mics", "bugs", "listening device", "listening devices",
    "ghi lai ai", "ghi ten ai", "theo doi ai", "danh dau ai",
    "ma so", "ma vach", "ma qr", "so thu tu", "so seri", "serial", "serials", "chip", "danh so", "numbered", "coded",
    "nhin ro", "do nguoc ra", "truy ra", "khop ra", "loc ra", "ai la", "ai thi", "ai deu", "ai cung", "camera",
    "bau cho ai", "back to you", "voted", "crossed", "chose", "cccd", "can cuoc", "cmnd", "id number", "id numbers",
    "ai bau", "ghi so", "ghi ten", "ghi ma", "ma rieng", "code", "codes", "ghi lai", "quay lai", "net gach", "gach ten", "minh gach", "ban gach", "ai gach",
    "ky ten", "viet ten", "lan tay", "van tay", "diem chi", "sign", "signature", "fingerprint", "thumbprint", "who you", "whom you",
    "chu ky", "phieu xong", "traced", "tracked", "matched to", "truy vet", "lan ra",
    "may quet", "quet", "chup", "scan", "scanned", "photographed", "filmed", "phieu trang", "read out", "bi ghi lai",
    "danh dau", "your ballot", "each ballot", "every ballot", "ho ten", "day so", "nha ai", "ghi san", "the ballot", "doi chieu", "buong phieu", "buong kin",
    *(f"coi {w}" for w in ("ai", "ban", "cu tri", "nha nao", "nguoi nao", "tung nguoi", "minh", "toi", "em", "tung ho")),
    # (known, seen) who marked whom: "biết bạn gạch ai", "xem cử tri đã bầu ai" ("xem thêm", "biết" alone open nothing)
    *(f"{o} {d}{v}" for o in ("ai", "ban", "cu tri", "you", "nha nao", "nha ai", "nguoi nao", "tung nguoi", "minh", "toi",
                              "em", "tung ho") for d in ("", "da ") for v in ("gach", "bau", "chon ai")),
    *(f"{v} {o}" for v in ("watch", "watches", "watching", "watched", "film", "films", "filming", "filmed", "record",
                           "records", "recording", "recorded", "see", "sees", "seeing") for o in ("you", "voters", "people")), "bao ve", "bao len", "ten nguoi bau", "ten bau", "recording", "filming", "watching", "record", "film", "watch",
]  # fmt: skip
