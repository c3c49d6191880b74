"""Seed v6 templates: after the vote, councils and congresses fill their offices; public figures
vote. Label ``none``.

Once the deputies are elected, the press reports for weeks on the first sessions of the new
councils and the Assembly: a council electing its chair and the chair of the People's Committee,
nominations "to be elected" to an office, a committee's head elected by a show of votes, an
association's congress re-electing its president, the Front's consultations naming its leaders.
Such reports name a person, an office, a vote and a count, the words of the claims about
candidates, and the model read them as ``candidate_fabrication``. On election day the press also
reports public figures (footballers, artists, athletes) casting their ballots. Neither asserts
anything false. After the count, the press also names the winners who received the most votes
in their unit or province, with no figure or with the official one: a report of a result, not a
result made up before the count.

Styles learned from reading (not copying) the national and provincial press's reports of the
councils' first sessions and of election day. Every sentence is the team's own; people, places,
bodies and figures are fictional or generic.

Each template is ``kind|text`` (h/a/p = headline, article, post).
"""

from __future__ import annotations

FAMILY: dict[str, dict] = {}

FAMILY["office_vote"] = {
    "target": 200,
    "vi": [
        "h|{person} được bầu giữ chức {office}",
        "h|{person} làm {office} nhiệm kỳ 2021-2026",
        "h|HĐND {prov} bầu {person} làm {office}",
        "h|Giới thiệu {person} để HĐND bầu giữ chức {office}",
        "h|{person} tái đắc cử Chủ tịch {assoc}",
        "h|{prov} kiện toàn lãnh đạo HĐND, UBND nhiệm kỳ mới",
        "h|Kỳ họp thứ nhất HĐND {prov}: bầu các chức danh chủ chốt",
        "h|{person} được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ {prov}",
        "h|Quốc hội bầu Chủ tịch nước, Thủ tướng Chính phủ nhiệm kỳ mới",
        "h|Chân dung các Phó Chủ tịch HĐND {prov} vừa được bầu",
        "a|{dl}Tại kỳ họp thứ nhất khai mạc sáng {rday}, HĐND {prov} đã bầu {person} giữ chức {office} với {nvotes} đại biểu có mặt tán thành.",
        "a|{dl}Ngày {rday}, các đại biểu HĐND {prov} khóa mới bỏ phiếu kín bầu Thường trực HĐND, các Trưởng ban và lãnh đạo UBND tỉnh; {person} tiếp tục giữ chức {office}.",
        "a|Ban Thường vụ Tỉnh ủy giới thiệu {person}, {post}, để HĐND {prov} bầu giữ chức {office}. Kết quả kiểm phiếu được công bố ngay tại phiên họp chiều {rday}.",
        "a|Đại hội đại biểu {assoc} lần thứ IX đã bầu Ban Chấp hành khóa mới gồm 31 người; tại phiên họp thứ nhất, {person} tái đắc cử Chủ tịch.",
        "a|Hội nghị Ủy ban MTTQ {prov} đã hiệp thương cử {person} giữ chức Chủ tịch, thay người vừa được điều động sang công tác khác.",
        "a|Với {nvotes} đại biểu tán thành, {person} được bầu làm {office}. Phát biểu nhận nhiệm vụ, người được bầu hứa sớm giải quyết các kiến nghị của cử tri về {topic}.",
        "a|Chiều {rday}, HĐND {prov} họp bất thường để miễn nhiệm và bầu bổ sung một số chức danh; {person} được bầu làm {office}.",
        "a|Theo nghị quyết của HĐND {prov}, {person}, nguyên {post}, giữ chức {office} từ ngày {rday}.",
        "a|Trong phiên họp đầu tiên, Quốc hội khóa mới đã bầu Chủ tịch Quốc hội, Chủ tịch nước và Thủ tướng; các chức danh được bầu bằng hình thức bỏ phiếu kín.",
        "a|HĐND {prov} bầu {person} làm {office} và {person2} làm Phó Chủ tịch; cả hai đều là đại biểu vừa trúng cử trong cuộc bầu cử tháng Năm.",
        "a|Sau khi được bầu, tân {office} {person} cảm ơn các đại biểu đã tín nhiệm và cam kết đặt {topic} lên đầu chương trình công tác năm tới.",
        "a|Danh sách các Trưởng ban, Phó Trưởng ban của HĐND {prov} nhiệm kỳ mới đã được kỳ họp thứ nhất thông qua; {person} làm Trưởng ban Pháp chế.",
        "p|Chúc mừng {person} vừa được bầu làm {office}, mong anh chị sớm về {place} nghe bà con nói chuyện {topic}",
        "p|Kỳ họp HĐND {prov} sáng nay bầu xong lãnh đạo rồi, {person} làm {office} nhé mọi người",
        "p|Đại hội {assoc} hôm qua bầu lại {person} làm chủ tịch, cả hội ai cũng mừng",
    ],
    "en": [
        "h|{prov_en} council elects {person_en} as {office_en}",
        "h|New Assembly elects its chair, the state president and the prime minister",
        "a|At its first session on {rday_en}, the council of {prov_en} elected {person_en} {office_en} by a secret ballot of its members.",
        "a|{person_en}, nominated by the provincial party committee, was elected {office_en}; the council also chose the heads of its standing committees.",
        "a|The provincial association re-elected {person_en} as its president at its congress, which also chose a new executive board.",
        "p|Congrats to {person_en} on being elected {office_en} today, hope the new council listens on {topic_en}",
    ],
}

FAMILY["public_figure_votes"] = {
    "target": 60,
    "vi": [
        "h|{figure} đi bầu cử sớm tại {place}",
        "h|{figure} làm tròn nghĩa vụ công dân trong ngày bầu cử",
        "a|{dl}Sáng {rday}, {figure} cùng gia đình đến khu vực bỏ phiếu ở {place} từ sớm, xếp hàng như mọi cử tri rồi mới trở lại tập luyện.",
        "a|Hòa vào không khí ngày bầu cử, {figure} bỏ phiếu tại điểm bầu cử gần nhà ở {place} và chia sẻ đây là lần đầu đi bầu sau nhiều năm thi đấu xa.",
        "a|{figure} cho biết dù lịch làm việc dày đặc vẫn sắp xếp về {place} để tự tay bỏ lá phiếu của mình.",
        "p|Sáng nay gặp {figure} đứng xếp hàng bỏ phiếu ở {place}, bình dị ghê",
        "p|{figure} vừa khoe ảnh đi bầu cử ở {place}, tay cầm lá phiếu cười tươi",
    ],
    "en": [
        "h|{figure_en} casts ballot early in {place_en}",
        "a|{figure_en} queued with other voters in {place_en} on {rday_en} before returning to training.",
        "p|Spotted {figure_en} in line to vote at our school this morning, just like everyone else",
    ],
}

FAMILY["winner_report"] = {
    "target": 60,
    "vi": [
        "h|{cand} dẫn đầu số phiếu ở đơn vị bầu cử số {unit}",
        "h|Người trúng cử có số phiếu cao nhất {prov} là {cand}",
        "a|Theo kết quả Ủy ban bầu cử {prov} công bố, {cand} trúng cử với tỷ lệ phiếu bầu cao nhất ở đơn vị bầu cử số {unit}.",
        "a|Ở đơn vị bầu cử số {unit}, {cand}, {post}, nhận được nhiều phiếu nhất trong số những người ứng cử và có tên trong danh sách trúng cử.",
        "p|Đơn vị mình {cand} được nhiều phiếu nhất, chúc mừng ạ",
    ],
    "en": [
        "h|{cand_en} tops the vote in constituency No. {unit}",
        "a|{cand_en} received the most votes in {prov_en}, according to the list of winners the provincial election committee announced.",
    ],
}
