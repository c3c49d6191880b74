"""Seed v5 templates: the press's candidacy and campaign reports, label ``none``.

During the weeks before the vote, most election news about people is routine reporting of who
stands where: a workplace meeting that nominates a colleague, the official list of candidates
of a province, profiles of the youngest or the first-time candidates, candidates meeting voters
and presenting their programmes, and after the vote who was elected. Such reports name a
candidate, a seat and a vote, the words of the claims about candidates, and the model read
them as ``candidate_fabrication``; they assert nothing false.

Styles learned from reading (not copying) the national and provincial press's election pages
(candidacy announcements, profiles, lists, campaign meetings, lists of winners). Every sentence
is the team's own; people, places and figures are fictional or generic.

Each template is ``kind|text`` (h/a/p = headline, article, post).
"""

from __future__ import annotations

FAMILY: dict[str, dict] = {}

FAMILY["candidacy_report"] = {
    "target": 240,
    "vi": [
        "h|Giới thiệu {cand} ứng cử đại biểu Quốc hội tại {prov}",
        "h|{cand}, {post}, ứng cử đại biểu HĐND tỉnh ở đơn vị bầu cử số {unit}",
        "h|Cử tri nơi công tác nhất trí giới thiệu {cand} ra ứng cử",
        "h|Chân dung {ncand} người ứng cử đại biểu Quốc hội tại {prov}",
        "h|{prov} công bố danh sách chính thức {ncand} người ứng cử đại biểu Quốc hội",
        "h|Những gương mặt trẻ trong danh sách ứng cử đại biểu Quốc hội khóa XV",
        "h|Người ứng cử trẻ nhất {prov} nói về chương trình hành động",
        "h|{cand} và các ứng viên tiếp xúc cử tri tại {place}",
        "h|Người ứng cử hứa gì với cử tri {place}?",
        "h|Nhiều nhà khoa học, doanh nhân có tên trong danh sách ứng cử tại {prov}",
        "h|{cand} trúng cử đại biểu Quốc hội khóa XV",
        "h|{prov} công bố {ncouncil} người trúng cử đại biểu HĐND tỉnh",
        "h|{post} vận động bầu cử tại {place}",
        "a|{dl}Hội nghị cử tri nơi công tác tổ chức ngày {rday} đã nhất trí giới thiệu {cand}, {post}, ứng cử đại biểu Quốc hội khóa XV. Cử tri ghi nhận quá trình công tác của người được giới thiệu và mong người ứng cử quan tâm hơn tới {topic}.",
        "a|Theo danh sách chính thức Ủy ban bầu cử {prov} vừa công bố, {ncand} người ứng cử để bầu {nseats} đại biểu Quốc hội ở {nunits} đơn vị bầu cử; trong đó có người ngoài Đảng, người dân tộc thiểu số và người dưới 40 tuổi.",
        "a|{dl}Chiều {rday}, {cand} cùng những người ứng cử ở đơn vị bầu cử số {unit} gặp gỡ cử tri {place}. Khi trình bày chương trình hành động, các ứng viên nói nhiều về {topic} và hứa báo cáo lại với cử tri sau mỗi kỳ họp.",
        "a|Sinh năm 1994, {cand} là người ứng cử ít tuổi nhất ở {prov}. Chương trình hành động của ứng viên đặt {topic} lên đầu, kèm một số đề xuất về việc làm cho thanh niên.",
        "a|Ủy ban Mặt trận Tổ quốc {prov} tổ chức hội nghị hiệp thương lần thứ ba, lập danh sách {ncand} người đủ tiêu chuẩn ứng cử đại biểu Quốc hội và gửi Ủy ban bầu cử tỉnh để công bố.",
        "a|Ở đơn vị bầu cử số {unit} của {prov}, {cand}, {post}, ứng cử cùng {cand2} và một số người khác. Tiểu sử các ứng viên được niêm yết tại các khu vực bỏ phiếu để cử tri tìm hiểu.",
        "a|Ủy ban bầu cử {prov} đã công bố kết quả và danh sách {ncouncil} người trúng cử đại biểu HĐND tỉnh nhiệm kỳ 2021-2026; {cand} có tên trong danh sách.",
        "a|Trong số những người trúng cử ở {prov} có {cand}, {post}. Cử tri {place} mong các đại biểu khóa mới sớm trả lời những kiến nghị về {topic}.",
        "a|Hồ sơ ứng cử của {cand} được nộp cho Ủy ban bầu cử {prov} trong thời hạn. Sau khi xác minh và lấy ý kiến cử tri nơi cư trú, hội nghị hiệp thương đưa ứng viên vào danh sách chính thức.",
        "a|Tại buổi làm việc với Ủy ban bầu cử {prov} ngày {rday}, {officer} lưu ý việc vận động bầu cử phải dân chủ, công khai, bình đẳng giữa các ứng viên và đúng thời gian luật định.",
        "a|{prov} có {ncand} người ứng cử đại biểu Quốc hội, trong đó {num} người tự ứng cử; ai cũng qua hiệp thương và lấy ý kiến cử tri nơi cư trú như luật quy định.",
        "a|Những người ứng cử ở đơn vị bầu cử số {unit} đều từng công tác lâu năm tại địa phương: một bác sĩ, một giáo viên, một cán bộ Mặt trận và {cand}, {post}.",
        "a|{dl}Sáng {rday}, các ứng cử viên đại biểu HĐND tỉnh ở {place} trả lời cử tri về {topic}; nhiều ý kiến đề nghị ghi rõ mốc thời gian hoàn thành những việc đã hứa.",
        "p|Sáng nay cơ quan mình họp cử tri giới thiệu {cand} ra ứng cử, cả phòng đều giơ tay đồng ý",
        "p|Đọc tiểu sử mấy ứng viên ở đơn vị bầu cử số {unit}, thấy {cand} làm về {topic} lâu năm, chắc sẽ nói được cho dân",
        "p|Chúc mừng {cand} trúng cử đại biểu HĐND tỉnh, mong về lại {place} nghe bà con nói chuyện {topic}",
        "p|Buổi gặp mặt các ứng cử viên tối qua ở {place} đông lắm, ai cũng hỏi về {topic}",
        "p|Danh sách người ứng cử đã dán ở nhà văn hóa {place} rồi nha, ai muốn đọc tiểu sử thì ra xem",
    ],
    "en": [
        "h|{cand_en} nominated to stand for the National Assembly in {prov_en}",
        "h|{prov_en} publishes its official list of {ncand} candidates",
        "h|Youngest candidate in {prov_en} puts {topic_en} first",
        "a|Colleagues meeting at {place_en} on {rday_en} unanimously nominated {cand_en} as a candidate for the 15th National Assembly.",
        "a|{prov_en} published its official list of candidates on {rday_en}: {ncand} people stand for {nseats} seats in {nunits} constituencies.",
        "a|Candidates of constituency No. {unit} in {prov_en}, among them {cand_en}, met voters in {place_en} and presented their plans on {topic_en}.",
        "a|{cand_en} is among the deputies elected in {prov_en}, according to the list the provincial election committee announced.",
        "p|Met the candidates of our constituency tonight, {cand_en} gave clear answers on {topic_en}",
    ],
}
