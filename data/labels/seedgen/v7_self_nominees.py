"""Seed v7 templates: reports of self-nominated candidates, label ``none``.

People who put themselves forward, rather than being nominated by a body, are news in every
election: how many a province has, who they are, what they do for a living, whether they passed
the consultations. On real election pages such a report ("a province's only self-nominee is a
company director") read as a claim about a candidate: the v5 reports name nominees, rarely a
self-nominee and a trade.

Styles learned from reading (not copying) the national and provincial press's candidacy pages.
Every sentence is the team's own; people, places and trades are fictional or generic.

Each template is ``kind|text`` (h/a/p = headline, article, post).
"""

from __future__ import annotations

FAMILY: dict[str, dict] = {}

FAMILY["self_nominee_report"] = {
    "target": 60,
    "style": "candidacy_report",
    "vi": [
        "h|{prov} có {nunits} người tự ứng cử đại biểu Quốc hội",
        "h|{cand}, {trade}, là người tự ứng cử duy nhất ở {prov}",
        "h|Người tự ứng cử ở {prov} trình bày chương trình hành động về {topic}",
        "a|Tại {prov} có {nunits} người tự ứng cử, trong đó có {cand}, {trade}. Hồ sơ của người tự ứng cử cũng"
        " qua hiệp thương và lấy ý kiến cử tri nơi cư trú như những người được giới thiệu.",
        "a|Trong danh sách chính thức ở đơn vị bầu cử số {unit} có một người tự ứng cử là {cand}, {trade}.",
        "a|{cand}, {trade}, nộp hồ sơ tự ứng cử đại biểu HĐND tỉnh và được hội nghị hiệp thương lần thứ ba"
        " đưa vào danh sách chính thức ở {prov}.",
        "a|Sau ba vòng hiệp thương, {prov} còn {nunits} người tự ứng cử có tên trong danh sách chính thức;"
        " một trong số đó là {cand}, {trade}.",
        "p|Đơn vị mình năm nay có một người tự ứng cử, là {trade}, đọc tiểu sử thấy cũng nhiều kinh nghiệm",
        "h|{nunits} ứng cử viên tự ứng cử có tên trong danh sách chính thức ở {prov}",
        "a|Trong số ứng cử viên tự ứng cử ở {prov} có {cand}, {trade}; hồ sơ đã được niêm yết cùng những người"
        " được giới thiệu.",
    ],
    "en": [
        "h|{cand_en}, {trade_en}, is the only self-nominated candidate in {prov_en}",
        "a|{prov_en} has {nunits} self-nominated candidates on its official list, among them {cand_en}, {trade_en}.",
    ],
}
