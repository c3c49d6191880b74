"""Ballots said to be marked before the vote, a ballot box said to hold ballots before it opens, or
the count said to be done out of the voters' sight; a box said swapped, a tally said altered, the
dead said to vote, ink said to vanish; the winners said known before the vote, the published
figures called invented, the team said to mark ballots in voters' place by a list: claims against
the approved fact that the votes decide, through a public count in the polling room
(``results_decided_by: public_count``).

Read on the folded text by ``classifiers.rule_facts`` beside the results said settled before the
vote, with the exceptions of every rule (asked, denied, named to be answered, reported as false).
Not ballots printed with the candidates' names ("phiếu in sẵn danh sách"), which is how they are.
"""

from __future__ import annotations

import re

from classifiers.clauses import own_words_blanked

__all__ = ["NAMED_ILLEGAL", "OUT_OF_SIGHT", "OUT_OF_SIGHT_WORDS", "out_of_sight_says", "scan_of"]

_OFFICIAL = (
    r"(?:nha truong|to bau cu|to truong|to pho|can bo|ban bau cu|truong thon|truong ap|truong khu pho|truong xom|uy ban|officials?"
    r"|election (?:staff|team|officials?))"
)
_GROUP = r"(?:xom|thon|ap|khu|to|phuong|xa|nha|day tro|khu tro|ky tuc xa|lop|dorm|building|street|village|ward|family)"
# A box swapped, a tally altered, the dead voting, ink that vanishes (not "đối chiếu", "không làm
# thay đổi kết quả", "đưa người đã mất ra khỏi danh sách")
_TALLY = r"(?:so phieu|so lieu|ket qua|bien ban(?: kiem phieu)?|con so|ti le|ty le)"
_ALTER = r"(?:sua|chinh|tay xoa|tay|doi(?! chieu)|sua doi|nang|xao|phu phep|lam gia)"
_OTHER_RESULTS = r"(?:quan trac|xet tuyen|thi|xet nghiem|kiem tra|hoc tap|dieu tra|khao sat)\b"
TAMPERED = (
    r"\b(?:hom|thung)(?: phieu)?\s+(?:[^\s.!?]+\s+){0,6}?(?:bi|da bi|duoc|da duoc)\s+(?:danh trao|trao|doi|thay|trao doi|danh doi)\b"
    r"|\b(?:danh trao|trao|thay|doi)\s+(?:ca\s+|het\s+)?(?:cai\s+|mot\s+|hai\s+|\d+\s+)?(?:hom|thung) phieu\b(?! phu\b)"
    r"|\bballot[- ]box(?:es)?\s+(?:\S+\s+){0,3}?(?:(?:was|were|got|had been|have been)\s+(?:\S+\s+)?)?(?:swapped|switched)\b"
    r"|\bballot[- ]box(?:es)?\s+(?:\S+\s+){0,3}?(?:was|were|got|had been|have been)\s+(?:\S+\s+)?replaced\b"
    r"|\b(?:swapp|switch)\w*\s+(?:the\s+|our\s+)?(?:\S+\s+)?(?:ballot\s+)?box"
    # (not "nâng tỷ lệ nữ đại biểu": raising a share is a goal, not a tally altered)
    # (not "điều chỉnh kết quả", a correction; nor an exam's or a survey's results)
    rf"|\b(?<!dieu )(?<!can )(?:sua|chinh|tay xoa|xao|phu phep)\s+(?:lai\s+)?(?:het\s+)?{_TALLY}\b(?!\s+{_OTHER_RESULTS})"
    rf"|\b{_TALLY}\s+(?:[^\s.!?]+\s+){{0,5}}?(?:bi|da bi)\s+{_ALTER}\b|\bchinh so\b"
    r"|\b(?:rewr[oi]te|alter(?:ed)?|doctor(?:ed)?|falsif(?:ied|y)|tamper(?:ed)?(?:\s+with)?|fiddl(?:ed)?(?:\s+with)?)\s+(?:the\s+)?"
    r"(?:tally|tallies|tally sheets?|count sheets?|vote counts?|count|results?|numbers|counting records?)\b"
    r"|\b(?:tally sheets?|the count|vote counts?|results?|tallies)\s+(?:[^\s.!?]+\s+){0,4}?(?:were|was|had been|have been|got)\s+(?:\S+\s+)?"
    r"(?:altered|changed|rewritten|doctored|falsified|tampered|edited|faked)\b"
    r"|\b(?:nguoi (?:da )?|cu tri da )(?:chet|mat|qua doi|khuat)(?!\s+(?:the|giay|cmnd|can cuoc|ten)\b)\s+(?:[^\s.!?]+\s+){0,4}?(?:van\s+|cung\s+)?(?:di bau|bo phieu|duoc bau|co phieu|bau|ky nhan)\b"
    r"|\b(?:chet|mat(?!\s+(?:the|giay|cmnd|can cuoc|ten|viec|tien|quyen)\b)|qua doi|khuat)\b(?:(?!\b(?:khong|ko|chua|chang|not|never|no)\b)[^.!?]){0,80}?\b(?:danh dau|ghi|co ten|ghi nhan|bao|dong dau|chu ky|ky|tinh)\s+(?:la\s+)?(?:\S+\s+)?[\x22'\u201c\u2018]?da\s+(?:di\s+)?(?:bau|bo phieu|nhan phieu)"
    r"|\b(?:died|dead|deceased|passed away)\b(?:(?!\b(?:not|never|no)\b)[^.!?]){0,80}?\b(?:marked|ticked(?:\s+off)?|listed|recorded)\s+as\s+(?:having\s+)?voted"
    r"|\bchang(?:ed|ing)\s+the\s+(?:numbers|figures|results|tall(?:y|ies)|(?:vote\s+)?counts?)\b"
    r"|\bhack(?:ed|ing)?\s+(?:into\s+)?(?:the\s+)?(?:vote\s+counts?|count|results|tall(?:y|ies)|election)\b"
    r"|\b(?:final|vote|the)\s+count\s+(?:was|were|had been|got)\s+(?:\S+\s+)?(?:altered|changed|rewritten|doctored|falsified|tampered|edited|faked)\b"
    r"|\b(?:my|our|his|her|their)\s+late\s+(?:\S+\s+)?(?:grandfather|grandmother|grandpa|grandma|father|mother|dad|mum|mom|uncle|aunt|husband|wife|neighbou?r|brother|sister)\s+(?:\S+\s+){0,2}?voted\b"
    r"|\bcu tri ao\b|\b(?:dead|deceased)\s+(?:people|voters|persons|residents)\s+(?:\S+\s+){0,3}?(?:voted|vote|casting|cast)\b|\bghost voters?\b"
    # ballots filled in for the absent, added to make up a number, a candidate counted to lose
    r"|\b(?:tu\s+)?(?:dien|gach|bau|bo|ky|ghi)\s+(?:phieu\s+)?(?:ho|thay|gium|dum|giup|cho)\s+(?:cho\s+)?(?:nhung\s+|may\s+|cac\s+)?"
    r"(?:nguoi|ai|cu tri|ho)\s+vang(?:\s+mat)?\b"
    r"|\bphieu\s+(?:[^\s.!?]+\s+){0,8}?bu\s+(?:them\s+)?(?:vao\s+)?cho\s+du(?:\s+so)?\b|\bbu\s+(?:them\s+)?phieu\s+(?:vao\s+)?cho\s+du\b"
    r"|\b(?:filled|marked|cast|ticked)\s+(?:in\s+)?(?:the\s+)?(?:ballots?|votes?)\s+(?:\S+\s+)?for\s+(?:the\s+)?(?:absent|absentees|missing)\b"
    r"|\b(?:bi|duoc)\s+(?:dem|tinh|kiem)\s+cho\s+(?:truot|rot|thua|trung|do)\b"
    r"|\b(?:muc|but)\s+(?:[^\s.!?]+\s+){0,4}?(?:bay mau|tu xoa|tu bien mat|phai mau)\b|\b(?:disappearing|vanishing|erasable)\s+ink\b"
    r"|\bink\s+(?:\S+\s+){0,3}?(?:disappears|vanishes|fades)\b"
    # more ballots than voters, stuffing stated, a box with a false bottom, the real ballots burnt
    # (not a rule: "không được nhiều hơn số cử tri", "nhiều hơn số cử tri đi bầu thì phải kiểm lại")
    r"|\b(?:so phieu|phieu)\s+(?:(?!(?:khong|ko|chua|chang|neu)\b)[^\s.!?]+\s+){0,5}?nhieu hon\s+(?:ca\s+)?(?:tong\s+)?so\s+(?:cu tri|nguoi)\b"
    r"(?![^.!?,;]{0,40}\bthi\b)"
    r"|\bmore\s+(?:ballots|votes)\s+(?:\S+\s+){0,3}?than\s+(?:registered\s+|there\s+were\s+)?voters\b|\bnhoi\s+(?:them\s+)?phieu\b"
    r"|\b(?:hom|thung)(?: phieu)?\s+(?:[^\s.!?]+\s+){0,3}?(?:ngan|day|vach)\s+(?:bi mat|kep|gia|an)\b|\b(?:false\s+bottom|secret\s+compartment)s?\b"
    r"|\b(?:dot|huy|dot bo)\s+(?:het\s+)?(?:so\s+)?phieu\s+that\b|\bin\s+(?:lai\s+)?bien\s+ban\s+khac\b"
    # the ballots burnt after the count, the mobile box back full, bosses voting for all their staff
    r"|\bballots?\s+(?:\S+\s+){0,3}?(?:were|was|got|are|get|had been)\s+(?:\S+\s+)?(?:burn(?:ed|t)|shredded|destroyed)\b"
    r"|\b(?:burn(?:ed|t|ing)?|shredd?(?:ed|ing)?)\s+(?:all\s+)?(?:the\s+)?(?:real\s+)?ballots\b|\bdot\s+(?:het\s+|sach\s+)?(?:(?:so|xap|dong)\s+)?phieu\b"
    r"|\b(?:mobile\s+(?:ballot\s+)?box|hom\s+phieu\s+(?:luu\s+dong|phu))\b[^.!?]{0,120}?\b(?:came\s+back\s+(?:\S+\s+)?full"
    r"|returned\s+(?:\S+\s+)?full|nang\s+triu|(?:ve|tro ve)\s+(?:\S+\s+){0,3}?(?:day|nang))\b"
    r"|\b(?:voted|filled\s+in|marked|ticked)\s+(?:the\s+ballots?\s+)?(?:for|on\s+behalf\s+of)\s+(?:all|every\s+one|each)\s+of\s+us\b"
    r"|\b(?:bosses|managers|foremen|supervisors|the\s+company|chi\s+huy|quan\s+ly|giam\s+doc)\s+(?:\S+\s+){0,4}?(?:voted|filled|marked|gach\s+het|dien\s+het|bau\s+het)\b"
    # the figure itself said invented ("tỷ lệ đi bầu 99,90% là số ảo", "kết quả công bố toàn số liệu
    # giả"; not "tin … là bịa đặt", a debunk's word)
    r"|\b(?:con so|so lieu|ty le|ti le)(?:\s+(?:cu tri\s+)?di bau|\s+\d+(?:[.,]\d+)?\s*%|\s+(?:do|nay|chinh thuc|cong bo|duoc cong bo|bao cao))*"
    r"\s+(?:la|deu la|toan la|chi la)\s+(?:(?:so|con so|so lieu)\s+(?:bia|ao)|ao)\b(?!\s+dat)"
    r"|\b(?:ket qua|con so|so lieu|ty le|ti le)\s+(?:duoc\s+)?cong\s+bo\s+(?:toan|deu)\s+(?:la\s+)?(?:so lieu|con so|so)\s+(?:gia|ao|bia)\b(?!\s+dat)"
    # a seal faked or stuck back, sacks of ballots carried in, ballots swapped while the camera was off,
    # blank ballots filled in by the team, invented voters on the list
    r"|\bbang\s+niem\s+phong\s+(?:[^.!?]{0,40}?)\b(?:bang keo thuong|boc ra|dan lai|la gia|bi boc|bi rach|bi thay)\b"
    r"|\b(?:boc|mo|cat)\s+(?:\S+\s+)?niem\s+phong\s+(?:\S+\s+){0,3}?(?:dan lai|roi dan)\b|\bdan\s+lai\s+niem\s+phong\b"
    r"|\bseals?\s+(?:\S+\s+){0,3}?(?:were|was|had been|got)\s+(?:\S+\s+)?(?:broken|cut|resealed|replaced|faked)\b"
    r"|\b(?:khieng|cho|mang|dua|nhet|chuyen)\s+them\s+(?:\S+\s+){0,2}?(?:bao|xap|thung|tap|chong|bo)\s+phieu\b"
    r"|\b(?:kip|de|roi|da)\s+(?:(?!nghi\b)\S+\s+)?(?:thay|trao)\s+(?:het\s+|ca\s+)?phieu\b(?!\s+(?:bau\s+)?(?:khac|moi)\b)"
    r"|\bphieu\s+trang\s+(?:\S+\s+){0,6}?(?:duoc|se|bi)\s+(?:\S+\s+){0,4}?(?:dien|gach)\s+(?:vao|them|ho|san)\b"
    r"|\bblank\s+ballots?\s+(?:\S+\s+){0,4}?(?:filled\s+in|marked)\s+(?:by|for)\b"
    r"|\b(?:don|them)\s+them\s+(?:\d+\s+|mot so\s+|hang tram\s+|hang chuc\s+)?(?:nguoi|ten|cu tri)\s+ao\b|\b(?:nguoi|ten)\s+ao\b(?=[^.!?]{0,40}\b(?:danh sach|cu tri)\b)"
    r"|\b(?:danh sach cu tri|ds cu tri)\s+(?:\S+\s+){0,6}?(?:nguoi ao|ten ao)\b"
    # a stack of ballots dropped in, the figure written in full the night before ("ôm nguyên xấp phiếu thả vào
    # hòm", "tổ bầu cử ghi đủ 100% từ tối qua")
    r"|\b(?:om|cam|nhet|tha|do)\s+(?:nguyen\s+|ca\s+|mot\s+)?(?:xap|chong|tap|nam)\s+phieu\s+(?:\S+\s+){0,2}?(?:vao|vo)\s+(?:\S+\s+)?(?:hom|thung)\b"
    r"|\b(?:ghi|bao|dien)\s+(?:du|san|luon)\s+(?:100\s*%|\d{2}(?:[.,]\d+)?\s*%\s+(?:tu|truoc))"
    # ballots that strike out a nominee set aside, a winner declared before the polls closed
    r"|\b(?:set|put|throw|threw|thrown)\s+aside\s+(?:every|all|any|the)\s+(?:\S+\s+)?ballots?\s+(?:that|which)\s+(?:strikes?|cross\w*|votes?\s+against|reject\w*)\b"
    r"|\b(?:discard\w*|destroy\w*|throw\w*\s+out)\s+(?:every|all|any)\s+(?:\S+\s+)?ballots?\s+(?:that|which)\s+(?:strikes?|cross\w*)\b"
    r"|\bdeclared\s+(?:elected|the\s+winner)\b[^!?\n]{0,80}?\bbefore\s+(?:the\s+)?(?:polls?\s+(?:had\s+)?closed|counting|the\s+count|voting\s+ended)"
    # English: boxes stuffed, a double bottom, someone cast my ballot, voting again, extra marks to spoil
    # ballots, correction fluid, tally sheets pre-printed, tallies said to be fiction
    r"|\bballot[- ]box(?:es)?\s+(?:\S+\s+){0,4}?(?:were|was|got|had\s+been)\s+stuffed\b|\bdouble[- ]bottom(?:ed)?\s+(?:ballot\s+)?box(?:es)?\b(?![^\w\s.,;:!?)])"
    r"|\bsomeone\s+(?:had\s+)?(?:cast|used|took)\s+my\s+(?:ballot|vote)\b|\bmy\s+signature\s+was\s+already\s+(?:on|in)\b"
    r"|\b(?:and|then)\s+(?:(?!(?:no|not|nobody|never|none)\b)\S+\s+){0,8}?vot(?:e|ed)\s+again\b(?![^.!?]{0,30}\b(?:is|are)\s+(?:not|never)\b)"
    r"|\b(?:add|adds|added|put|puts)\s+(?:an\s+)?(?:extra\s+)?marks?\s+(?:on|to)\s+(?:any|every|each|the)\s+ballots?\b"
    r"|\bcorrection\s+fluid\b|\bwhite-?out\b(?=[^.!?]{0,60}\b(?:tally|count|sheet|result|ballot)s?\b)"
    r"|\b(?:tally\s+sheets?|results?\s+sheets?)\s+(?:\S+\s+){0,2}?pre-?printed\b|\b(?:tallies|figures|numbers|results)\s+(?:are|were)\s+(?:pure\s+)?fiction\b"
    # "I didn't vote but someone signed for me", "mình không đi bầu mà sổ vẫn có chữ ký nhận phiếu"
    r"|\b(?:didn't|did not|never)\s+(?:go\s+(?:to\s+)?)?vote\w*\s+but\s+(?:someone|somebody|they|an official)\s+(?:\S+\s+)?(?:signed|voted)\b"
    r"|\b(?:khong|ko|chua)\s+(?:di\s+)?bau\s+(?:ma|nhung)\s+(?:\S+\s+){0,3}?(?:van\s+)?(?:co\s+)?(?:chu ky|ky nhan|ghi da bau|danh dau da bau)\b"
    # ballots that cross out a given candidate set aside ("phiếu nào gạch ông Tư là bị để riêng ra")
    r"|\bphieu\s+(?:nao|cua\s+ai|ai)\s+(?:\S+\s+){0,2}?gach\s+(?:ten\s+)?(?:ong|ba|anh|chi|co|chu|bac|khac\s+y|ung\s+vien|ung\s+cu\s+vien|nguoi)\b"
    r"[^.!?]{0,60}?\b(?:khoi\s+tinh|khong\s+(?:duoc\s+|dc\s+)?tinh|xe\s+bo|xe\s+di|huy\s+bo|bi\s+huy|gom\s+rieng|de\s+rieng|loai\s+ra|bi\s+loai|danh\s+dau\s+rieng)"
    # a full turnout reported where nobody voted ("không ai đi bầu, vậy mà tổ vẫn báo 100%")
    r"|\b(?:khong ai|chang ai|cha ai|ko ai|k ai|(?:nua|ca)\s+(?:xom|thon|ap|khu|day tro)(?:\s+\S+)?\s+(?:khong|ko|k))\s+(?:di\s+bau|di|bau|ve\s+bau)\b"
    r"[^.!?]{0,40}?\b(?:ma|vay ma|nhung|the ma)\s+(?:\S+\s+){0,2}?bao\s+(?:du|100|\d+(?:[.,]\d+)?\s*%)"
    # spare ballots put in to make up the number ("phiếu thiếu thì cứ bù vào cho đủ số")
    r"|\bphieu\b[^.!?]{0,60}?\b(?:(?:bu|bo|nhet|dut)\s+(?:vao|vo|them)|(?:lay|bo)\s+(?:ra\s+)?(?:bo\s+)?(?:vo|vao))\s+(?:hom\s+)?cho\s+du\b"
    # signatures written in for absent voters ("ký khống vào sổ", "ai vắng thì tổ ký thay")
    r"|\bky\s+khong\s+(?:vao|vo)\s+(?:so|danh sach)\b|\b(?:ai|nguoi nao|nguoi)\s+vang\s+(?:mat\s+)?(?:thi|la)\s+(?:\S+\s+){0,3}?ky\s+(?:thay|ho|gium|dum)\b"
    # names added to blank ballots, names misread on purpose, a box full before it opens
    r"|\bphieu\s+trang\s+(?:\S+\s+){0,5}?(?:duoc|bi)\s+(?:\S+\s+)?(?:ghi|dien|gach|viet)\s+(?:them\s+)?(?:ten|vao)\b"
    r"|\bco\s+tinh\s+(?:doc|ghi|dem)\s+(?:nham|sai|lon)\b"
    # voter cards kept and used to vote for their holders ("giữ thẻ cử tri của công nhân rồi bầu thay", "trường gom thẻ sinh
    # viên rồi bầu giùm cả lớp"), names counted as voted ("tên tự động tính là đã bỏ phiếu"), the team marking the ballots
    # of those who stay home ("ai trên 70 thì không cần đi, tổ tự điền phiếu cho")
    r"|\b(?:giu|gom|thu|lay)\s+(?:het\s+)?the\s+(?:cu\s+tri|sinh\s+vien)\s+(?:[^\s.!?]+\s+){0,8}?(?:roi\s+)?(?:bau|bo\s+phieu|gach|dien)\s+(?:phieu\s+)?(?:thay|ho|gium|dum)\b"
    r"|\b(?:to\s+bau\s+cu|to\s+truong|can\s+bo)\s+(?:\S+\s+){0,2}?(?:gach|dien|ghi|bau)\s+(?:gium|dum|ho|thay)\b[^.!?]{0,40}?\bbo\s+(?:vao|vo)\s+hom\b"
    r"|\btu\s+dong\s+(?:duoc\s+)?(?:tinh|ghi|coi)\s+(?:la\s+)?(?:da\s+)?(?:bau|bo\s+phieu|di\s+bau)\b"
    r"|\bto(?:\s+bau\s+cu)?\s+(?:se\s+)?tu\s+(?:dien|gach|ghi|bau)\s+(?:phieu\s+)?(?:cho|ho|thay|gium|dum)\b"
    r"|\b(?:sang\s+ra|truoc\s+(?:gio|khi)\s+mo(?:\s+cua|\s+hom)?|chua\s+mo\s+cua)\s+(?:\S+\s+){0,2}?(?:hom|thung)(?:\s+phieu)?\s+(?:\S+\s+)?da\s+(?:day|co\s+(?:san\s+)?phieu)\b"
)
# What the sentence then calls a breach of the law: a rule stated, not a claim that it happened ("doanh
# nghiệp giữ thẻ cử tri rồi bầu thay là vi phạm pháp luật").
NAMED_ILLEGAL = re.compile(
    r"\s*(?:\S+\s+){0,3}?(?:la|deu la|is|are|would be)\s+(?:hanh\s+vi\s+)?(?:vi\s+pham|trai\s+(?:phap\s+)?luat|bi\s+nghiem\s+cam|bi\s+cam"
    r"|illegal|against\s+the\s+law|a\s+crime|forbidden|prohibited)\b"
)
# The nomination list, settled beforehand by law (consultations), and the outcome words that make a
# claim about it one about the results (``rule_facts._check_decided``).
NOMINATION = re.compile(r"\b(?:nguoi ung cu|ung cu vien|ung vien|hiep thuong|candidates?|nominees?|seats per)\b")
OUTCOME = re.compile(
    r"\b(?:trung cu|ket qua|kq|dac cu|truot|ty le|ti le|so phieu|phan tram phieu|bao nhieu phieu|winners?|results?|outcome|declared elected|declared the winner"
    r"|wins?|won|numbers|figures?|turnout|tall(?:y|ies))\b"
)
_PLACE = r"(?:huyen|tinh|xa|phuong|uy ban|ubnd|district|province|city hall)"
OUT_OF_SIGHT = re.compile(
    # ballots marked before the vote ("phiếu đã gạch sẵn", "pre-marked ballots")
    r"\b(?:phieu|la phieu)\s+(?:[^\s.!?]+\s+){0,6}?(?:gach|dien|danh dau|tick|khoanh)\s+san\b"
    r"|\b(?:gach|dien|danh dau|tick|khoanh)\s+san\s+(?:[^\s.!?]+\s+){0,3}?phieu\b"
    r"|\bballots?\s+(?:\S+\s+){0,4}?already\s+(?:marked|filled(?:\s+in)?|ticked|circled|crossed\s+out)\b|\bballots?\s+(?:come|came|arrive[sd]?)\s+(?:already\s+)?pre-?(?:marked|filled|ticked)\b"
    r"|\bpre-?(?:marked|filled|ticked)\s+ballots?\b|\bballots?\s+(?:were\s+|are\s+)?(?:already\s+)?(?:pre-?marked|pre-?filled)\b"
    # a box holding ballots before the vote ("hòm phiếu đã có sẵn phiếu", "stuffed the box")
    r"|\b(?:hom|thung)(?:\s+phieu)?\s+(?:[^\s.!?]+\s+){0,10}?(?<!khong\s)(?<!ko\s)(?<!chua\s)(?<!chang\s)(?:co|chua|nhet)\s+san\s+(?:[^\s.!?]+\s+){0,2}?phieu\b"
    r"|\bstuff(?:ed|ing)?\s+(?:the\s+)?ballot\s+box(?:es)?\b|\bballot[- ]box\s+stuffing\b"
    r"|\bbox(?:es)?\s+(?:[^\s.!?]+\s+){0,3}?(?:was|were)\s+already\s+(?:full|half[- ]full|stuffed)\b"
    # officials marking everyone's ballots ("tổ bầu cử điền phiếu hộ cả xóm")
    rf"|\b{_OFFICIAL}\s+(?:(?!(?:khong|ko|chua|not|never)\b)[^\s.!?]+\s+){{0,8}}?(?:tu\s+)?(?:dien|gach|bo|bau|voted|filled|marked|cast)\s+(?:phieu\s+)?"
    rf"(?:ho|thay|gium|dum|giup|for|on behalf of)\s+(?:cho\s+)?(?:ca|het|toan|the whole|the entire|all)\s+(?:\S+\s+)?{_GROUP}\b"
    # the count done out of sight ("đếm kín", "chở hòm lên tỉnh đếm", "counted behind closed doors")
    r"|\b(?:dem|kiem)(?:\s+phieu)?\s+(?:kin|rieng|trong phong kin|sau canh cua)\b"
    r"|\b(?:dem|kiem)\s+phieu\s+(?:\S+\s+){1,4}?(?:sau canh cua dong|trong phong (?:dong|khoa)|dong kin cua)\b"
    rf"|\b(?:cho|mang|chuyen)\s+(?:[^\s.!?]+\s+){{0,2}}?(?:hom|thung)(?:\s+phieu)?\s+(?:[^\s.!?]+\s+){{0,2}}?(?:len|ve|sang)\s+{_PLACE}\s+(?:[^\s.!?]+\s+){{0,2}}?(?:dem|kiem)\b"
    r"|\bkhong\s+(?:cho|de)\s+(?:ai|dan|nguoi dan|cu tri|bao chi)\s+(?:[^\s.!?]+\s+){0,2}?(?:xem|chung kien|theo doi|giam sat)\s+(?:[^\s.!?]+\s+){0,2}?(?:kiem|dem)\b"
    r"|\bcounted\s+(?:[^\s.!?]+\s+){0,2}?(?:behind closed doors|in secret|secretly|out of sight|elsewhere)\b"
    # … or done in stealth ("kiểm phiếu thì họ làm lén lút", "the counting was done in secret")
    r"|\b(?:dem|kiem)\s+phieu\s+(?:(?!(?:khong|ko|chua|chang|cha|dau)\b)[^\s.!?,;]+\s+){0,5}?(?:len lut|am tham|vung trom|giau giem)\b"
    r"|\b(?:count|counting|tally)\s+(?:was|were|is|are|gets|got)\s+(?:(?:done|held|carried\s+out|conducted|made)\s+)?(?:in\s+secret|secretly)\b"
    # the count begun while voters had yet to vote ("kiểm phiếu sớm từ 2 giờ chiều dù nhiều người chưa đi bầu")
    r"|\b(?:kiem|dem)\s+phieu\s+(?:som|truoc)\b[^.!?]{0,60}?\bchua\s+(?:di\s+)?(?:bau|bo phieu|het gio)"
    r"|\bstart\w*\s+(?:the\s+)?count\w*\s+(?:\S+\s+){0,3}?while\s+(?:\S+\s+){0,3}?(?:still|had\s+not|hadn't|were\s+yet)\b"
    r"|\b(?:(?:no one|nobody)\s+(?:is\s+|was\s+)?|voters\s+(?:are|were)\s+not\s+)(?:allowed|permitted|let)\s+(?:to\s+)?(?:watch|see|observe)\s+the\s+count\b"
    # observers sent out of the count ("người quan sát bị mời ra ngoài", "observers were told to wait outside")
    r"|\bnguoi\s+quan\s+sat\s+(?:\S+\s+){0,3}?(?:bi\s+)?(?:moi|duoi|day|dua|yeu cau)\s+(?:\S+\s+)?ra\s+(?:ngoai|khoi)\b"
    r"|\bobservers?\s+(?:were|was|are|got)\s+(?:\S+\s+)?(?:told|asked|ordered|forced|made|sent)\s+(?:to\s+)?(?:wait\s+|stay\s+|go\s+|leave|out)"
    r"|\b(?:dong|khoa)\s+cua\s+(?:lai\s+)?(?:de\s+)?(?:dem|kiem)\s+(?:phieu|mot minh|rieng|kin)\b|\bbehind\s+(?:a\s+)?locked\s+doors?\b"
    rf"|(?P<tampered>{TAMPERED})"
    # a turnout quota handed down ("các tổ phải báo tỷ lệ không dưới 99%, sai lệch phải giải trình", "report turnout
    # above 98% no matter what"); not a goal set ("đặt mục tiêu tỷ lệ … trên 98%")
    r"|(?P<quota>\b(?:bao|bao cao|report)\s+(?:(?:ty le|ti le|turnout)\s+)?(?:\S+\s+){0,3}?(?:khong duoi|tren|it nhat|toi thieu|above|at least|over)\s+"
    r"\d+(?:[.,]\d+)?\s*%[^.!?]{0,60}?\b(?:bang moi gia|giai trinh|no matter what|or else|whatever happens|at any cost))"
    # the deputies appointed, not elected ("đại biểu sẽ do cấp trên chỉ định", "deputies will be appointed instead")
    r"|(?P<appointed>\b(?:dai bieu|nguoi trung cu|dbqh)\s+(?:\S+\s+){0,4}?do\s+(?:cap tren|tren|tinh uy|trung uong|dang|chinh quyen)"
    r"\s+(?:\S+\s+)?chi dinh\b|\b(?:deputies|delegates|representatives)\s+(?:\S+\s+){0,3}?(?:will\s+be|are|were|to\s+be|being)\s+"
    r"(?:simply\s+|just\s+)?appointed\s+(?:instead|by\s+the\s+(?:party|government|authorities|province))\b)"
    # the winners known before the vote ("biết chắc mình trúng cử từ trước ngày bầu cử", "knew he would win weeks
    # before the vote"); not after the count
    r"|(?P<known>\b(?:biet|bik|bit)\s+(?:chac\s+|truoc\s+)?(?:(?:minh|la|rang)\s+)?(?:se\s+|da\s+)?(?:trung cu|dac cu|thang cu)\s+"
    r"(?:\S+\s+){0,2}?(?:tu\s+)?(?:truoc|trc)\s+(?:ngay\s+(?:bau|bo\s+phieu|di\s+bau)|khi\s+(?:bau|bo\s+phieu|di\s+bau|kiem\s+phieu)|bau\s+cu)\b"
    r"|\bwinners?(?:'s|')?\s+(?:list|names)\s+(?:was|were|had\s+been)\s+(?:already\s+)?(?:printed|drawn\s+up|written|ready|decided)\s+"
    r"(?:in|back\s+in|on|before|weeks|months|long)\b|\bket\s+qua\s+du\s+kien\b[^.!?]{0,100}?\b(?:trung khop|giong het|y chang|y het|khop)\b"
    r"|\bknew\s+(?:\S+\s+){0,3}?(?:would|'d|will|was\s+going\s+to|were\s+going\s+to)\s+win\s+(?:\S+\s+){0,4}?(?:before|ahead\s+of)\s+(?:the\s+)?(?:vote|voting|election|polls?)\b)"
    # the published figures called invented ("tỷ lệ 99% … là bịa", "the official turnout figure is fake"); not
    # "bịa đặt", what a debunk calls the rumour
    r"|(?P<fake>(?<![\x22'\u201c\u2018])(?<!\btin )(?<!tin don )\b(?:ty le|ti le|con so|so lieu|ket qua)\s+(?:[^\s,.;:!?\x22'\u201c\u201d\u2018\u2019]+\s+){0,8}?(?:deu\s+|toan\s+|chi\s+)?(?P<verdict>la\s+(?:bia|xao)\b(?!\s+(?:dat|om|hoi|tuoi))|(?:deu|toan)\s+sai\b(?!\s+su))"
    r"|(?<![\x22'\u201c\u2018])\b(?:turnout|numbers?|figures?|results?|tall(?:y|ies)|count)\s+(?:[^\s,.;:!?\x22'\u201c\u201d\u2018\u2019]+\s+){0,3}?(?:is|are|was|were)\s+(?:all\s+|totally\s+|completely\s+|just\s+|simply\s+)?"
    r"(?P<verdict_en>fake|bogus|fictional|a\s+lie|lies|a\s+fabrication)\b)"
    # the team marking ballots in voters' place by a list ("tổ bầu cử ghi phiếu thay cho các cụ … theo danh sách")
    rf"|\b{_OFFICIAL}\s+(?:(?!(?:khong|ko|chua|cam|nghiem|nhac|dan|yeu cau|huong dan)\b)[^\s.!?]+\s+){{0,3}}?(?:ghi|gach|dien|bau|danh dau)\s+phieu\s+"
    r"(?:ho|thay|gium|dum)\s+(?:[^\s.!?,;]+\s+){0,6}?theo\s+danh\s+sach\b"
)


def scan_of(sc, m: re.Match):
    """The scan on which to judge whether a match of ``OUT_OF_SIGHT`` is asserted: for figures
    called invented, their verdict ("là bịa", "is fake") blanked, for it is the claim here, not a
    report that something is fake."""
    if m.re is not OUT_OF_SIGHT or not m.group("fake"):
        return sc
    return own_words_blanked(sc, *(m.span("verdict") if m.group("verdict") else m.span("verdict_en")))


def out_of_sight_says(m: re.Match) -> str:
    """What a match of ``OUT_OF_SIGHT`` says, for the finding's message."""
    if m.group("tampered"):
        return "says ballot boxes, ballots, tallies or the voters' list were tampered with"
    if m.group("quota"):
        return "says the turnout figures are set from above, not counted"
    if m.group("appointed"):
        return "says the deputies are appointed, not elected"
    if m.group("known"):
        return "says the winners were known before the vote"
    if m.group("fake"):
        return "says the published figures are invented, not counted"
    return "says ballots were marked or the count done out of the voters' sight"


# The words each way of saying it cannot do without (the decision's cheap pre-check: a phrase
# here is a run of words that every match of its way holds as it is).
OUT_OF_SIGHT_WORDS = [
    "san", "pre", "premarked", "prefilled", "preticked", "stuff", "stuffed", "stuffing", "already", "counted",
    "the count", "kin", "rieng", "sau canh cua",
    *(f"{a} {c}{b}" for a in ("ho", "thay") for c in ("", "cho ") for b in ("ca", "het", "toan")),
    *(f"{v} {p}" for v in ("len", "ve", "sang") for p in ("huyen", "tinh", "xa", "phuong", "uy ban", "ubnd", "district", "province", "city hall")),
    *(f"khong {v} {w}" for v in ("cho", "de") for w in ("ai", "dan", "nguoi dan", "cu tri", "bao chi")),
    "for the whole", "for the entire", "for all", "on behalf of",
    # a box swapped, a tally altered (the verb or participle each way of saying it holds)
    *(f"{a} {v}" for a in ("bi", "duoc") for v in ("danh trao", "trao", "doi", "thay", "danh doi")),
    *(f"{v} {q}{h}" for v in ("danh trao", "trao", "thay", "doi") for q in ("", "ca ", "het ", "cai ", "mot ", "hai ")
      for h in ("hom", "thung")),
    *(f"{v} {x}{t}" for v in ("sua", "chinh", "tay xoa", "xao", "phu phep") for x in ("", "lai ", "het ", "lai het ")
      for t in ("so phieu", "so lieu", "ket qua", "bien ban", "con so", "ti le", "ty le")),
    *(f"bi {v}" for v in ("sua", "chinh", "tay xoa", "tay", "doi", "sua doi", "nang", "xao", "phu phep", "lam gia")),
    "chinh so", "swap", "swaps", "swapped", "swapping", "switch", "switched", "switching", "replaced", "rewrote",
    "rewrite", "rewritten", "alter", "altered", "doctor", "doctored", "falsify", "falsified", "tamper", "tampered",
    "fiddle", "fiddled", "changed", "edited", "faked", "changed the", "changing the",
    *(f"nguoi {d}{w}" for d in ("", "da ") for w in ("chet", "mat", "qua doi", "khuat")),
    "da bau", "da bo phieu", "da di bau", "as voted", "as having voted", "pre",
    "cu tri ao", "dead", "deceased", "ghost", "bay mau", "tu xoa", "tu bien mat", "phai mau", "ink",
    *(f"cu tri da {w}" for w in ("chet", "mat", "qua doi", "khuat")),
    "nhieu hon", "more ballots", "more votes", "nhoi phieu", "nhoi them phieu", "bi mat", "kep", "day gia", "vach gia",
    "ngan an", "false bottom", "false bottoms", "secret compartment", "secret compartments", "phieu that", "bien ban khac",
    *(f"{v} {w}" for v in ("la", "deu la", "toan la", "chi la") for w in ("ao", "so bia", "so ao", "con so bia",
      "con so ao", "so lieu bia", "so lieu ao")), "toan so", "deu so", "toan la so", "deu la so",
    "burned", "burnt", "burning", "burn", "shredded", "shred", "shredding", "destroyed", "dot phieu", "dot het", "dot sach",
    "came back", "returned", "nang triu", "of us", "bosses", "managers", "foremen", "supervisors", "the company",
    "chi huy", "quan ly", "giam doc", *(f"{p} late" for p in ("my", "our", "his", "her", "their")),
    "circled", "crossed out", "khoanh san", "kiem phieu som", "kiem phieu truoc", "dem phieu som", "dem phieu truoc",
    *(f"{v} {c}" for v in ("start", "starts", "started", "starting") for c in ("counting", "the count")),
    "hack", "hacked", "hacking", "changed the results", "changing the results", "chi dinh", "appointed",
    "niem phong", "seal", "seals", "khieng them", "cho them", "mang them", "dua them", "nhet them", "chuyen them",
    "thay phieu", "trao phieu", "doi phieu", "thay het phieu", "thay ca phieu", "phieu trang", "blank ballot", "blank ballots",
    "nguoi ao", "ten ao", "gium", "dum", "giup", "quan sat", "observer", "observers", "dong cua", "khoa cua", "locked door",
    "locked doors", "bang moi gia", "giai trinh", "no matter what", "or else", "whatever happens", "at any cost",
    "but someone", "but somebody", "but they", "but an official", "ma van", "nhung van", "ma so", "chu ky", "ky nhan",
    "stuffed", "double bottom", "double bottomed", "double-bottom", "double-bottomed", "cast my", "used my", "took my",
    "my signature", "vote again", "voted again", "mark on", "marks on", "mark to", "marks to", "correction fluid",
    "whiteout", "white-out", "white out", "preprinted", "pre-printed", "fiction", "len lut", "am tham", "vung trom",
    "giau giem", "in secret", "secretly",
    "set aside", "put aside", "throw aside", "threw aside", "thrown aside", "discard", "discards", "discarded",
    "destroy", "destroys", "destroyed", "throw out", "throws out", "threw out", "declared elected", "declared the winner",
    "xap phieu", "chong phieu", "tap phieu", "nam phieu", "ghi du", "ghi san", "ghi luon", "bao du", "bao san",
    "dien du", "dien san", "dien luon", "sau canh cua", "phong dong", "phong khoa", "dong kin",
    "truoc", "trc", "before", "ahead of", "la bia", "la xao", "deu sai", "toan sai", "fake", "bogus", "fictional", "a lie", "lies",
    "a fabrication", "theo danh sach", "phieu nao", "phieu cua ai", "phieu ai", "khong ai", "chang ai", "cha ai", "ko ai",
    "k ai", *(f"{h} {p}" for h in ("nua", "ca") for p in ("xom", "thon", "ap", "khu", "day tro")), "cho du", "ky khong",
    "vang mat", "nguoi vang", "ai vang", "cu tri vang", "ho vang", "du so", "absent", "absentees", "missing", "dem cho", "tinh cho", "kiem cho",
    "ky thay", "ky ho", "ky gium", "ky dum", "co tinh doc", "co tinh ghi", "co tinh dem", "the cu tri", "the sinh vien", "tu dong tinh", "tu dong duoc", "tu dong ghi", "tu dong coi", "to tu", "cu tu", "to se tu", "cu se tu", "gach ho", "dien ho", "ghi ho", "bau ho", "gach thay", "dien thay", "ghi thay", "bau thay", "da day", "da co phieu", "da co san phieu", "winners list",
    "winner list", "winners' list", "winner's list", "winners names", "winners' names", "ket qua du kien",
]  # fmt: skip
