"""Hard negatives about elections that are not the configured one (``relevant: false``): other
countries' elections, Vietnam's elections of other years, and other votes (shareholders,
residents' boards, unions, contests).

Styles learned from reading (not copying) world-news pages of Vietnamese papers (turnout and
count figures attributed to a foreign electoral commission, fraud suits and recounts abroad,
postponements) and election news of other Vietnamese terms. Facts of other years are public
record: 2011 (22/5/2011, khóa XIII, 500 deputies, turnout 99.51%), 2016 (22/5/2016, khóa XIV,
496 deputies, turnout 99.35%), 2026 (15/3/2026, khóa XVI; a preliminary turnout of 99.69% was
reported). Their dates and figures differ from 2021's on purpose: they are true for *their* vote.

Each template is ``kind|text`` (h/a/p = headline, article, post).
"""

from __future__ import annotations

FAMILY: dict[str, dict] = {}

FAMILY["other_election"] = {
    "target": 230,
    "vi": [
        "h|Bầu cử tổng thống {country2}: tỷ lệ cử tri đi bầu đạt {ppct}",
        "h|Ủy ban bầu cử {country2} công bố kết quả chính thức, {party} giành đa số",
        "h|{country2} kiểm phiếu lại tại một số bang sau khiếu nại gian lận",
        "h|Tòa án tối cao {country2} bác đơn kiện về kết quả bầu cử năm {oyear}",
        "h|{country2} hoãn bầu cử địa phương sang năm sau vì lũ lụt",
        "h|Cử tri {country2} đi bỏ phiếu sớm qua đường bưu điện",
        "h|Bầu cử Quốc hội {other_term}: nhìn lại các mốc thời gian",
        "h|Năm 2016, tỷ lệ cử tri cả nước đi bầu đạt 99,35%",
        "h|Bầu cử đại biểu Quốc hội khóa XVI diễn ra ngày 15/3/2026",
        "h|Sơ bộ: 99,69% cử tri đi bầu đại biểu Quốc hội khóa XVI",
        "a|Cuộc bầu cử tổng thống {country2} năm {oyear} có tỷ lệ cử tri tham gia {ppct}, theo cơ quan bầu cử nước này. Ứng viên của {party} tuyên bố chiến thắng khi mới kiểm được khoảng 90% số phiếu.",
        "a|Tại {country2}, các điểm bỏ phiếu mở cửa từ 6 giờ sáng đến 8 giờ tối giờ địa phương. Kết quả chính thức dự kiến được công bố sau hai ngày, sau khi cơ quan bầu cử đối chiếu toàn bộ biên bản.",
        "a|Đảng đối lập {country2} cáo buộc có gian lận ở một số khu vực và đề nghị kiểm phiếu lại. Ủy ban bầu cử nước này cho biết sẽ xem xét từng khiếu nại theo quy định.",
        "a|Cuộc bầu cử đại biểu Quốc hội khóa XIV diễn ra ngày 22/5/2016 với tỷ lệ cử tri đi bầu 99,35%; 496 người trúng cử. Năm 2011, cuộc bầu cử khóa XIII có 500 đại biểu trúng cử.",
        "a|Ngày 15/3/2026, cử tri cả nước đi bầu đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026-2031. Theo thống kê sơ bộ, tỷ lệ cử tri đi bầu đạt 99,69%.",
        "a|Chuẩn bị cho cuộc bầu cử năm 2026, {prov} đã rà soát danh sách cử tri và dự kiến số đơn vị bầu cử đại biểu Quốc hội khóa XVI. Thời gian bỏ phiếu vẫn từ 7 giờ đến 19 giờ.",
        "a|Cử tri {country2} bầu quốc hội theo hệ thống tỷ lệ; các đảng cần vượt ngưỡng 5% số phiếu để có ghế. Tỷ lệ đi bầu năm {oyear} là {ppct}.",
        "a|Bầu cử giữa kỳ ở {country2} thu hút sự quan tâm lớn; nhiều bang cho phép bỏ phiếu qua thư và bỏ phiếu sớm. Việc kiểm phiếu có thể kéo dài vài ngày.",
        "a|Sau cuộc bầu cử năm {oyear} ở {country2}, ứng viên thua cuộc đệ đơn kiện với cáo buộc gian lận. Tòa án đã bác đơn vì không đủ bằng chứng.",
        "p|Xem trực tiếp kiểm phiếu bầu cử {country2} mà hồi hộp ghê, hai ứng viên bám đuổi sát nút",
        "p|Nhớ hồi bầu cử 2016 mình còn là sinh viên, về quê đi bầu cùng bố mẹ",
        "p|Bầu cử ở {country2} mà kéo dài cả tuần mới có kết quả, bên mình đếm phiếu nhanh hơn nhiều",
        "h|Hội đồng bầu cử quốc gia khóa mới tổng kết bầu cử năm 2026",
        "h|Bầu cử {country2}: {party} thất bại, thủ tướng tuyên bố từ chức",
        "a|Theo ủy ban bầu cử {country2}, ứng viên dẫn đầu giành {share} số phiếu trong vòng một, không đủ quá bán nên phải tổ chức vòng hai sau hai tuần.",
    ],
    "en": [
        "h|{country2_en} votes: turnout reaches {ppct_en}, electoral commission says",
        "h|Court in {country2_en} rejects challenge to {oyear} election result",
        "h|{country2_en} postpones regional elections after floods",
        "a|Polls in {country2_en} closed at 8 p.m. local time. The electoral commission expects final results within two days, after all tally sheets are checked.",
        "a|The opposition in {country2_en} alleged irregularities in several districts and asked for a recount. Election officials said every complaint would be reviewed.",
        "a|Vietnam's 2016 National Assembly election was held on May 22, 2016, with 99.35% turnout and 496 deputies elected.",
        "a|Vietnam voted on March 15, 2026 for the 16th National Assembly; preliminary figures put turnout at 99.69%.",
        "p|Watching the count in {country2_en} live, it's neck and neck",
    ],
}

FAMILY["other_vote"] = {
    "target": 70,
    "vi": [
        "h|{othervote} bầu ban chấp hành nhiệm kỳ mới với {share} phiếu tán thành",
        "h|{company} họp đại hội cổ đông, bầu bổ sung thành viên HĐQT",
        "h|Bầu trưởng thôn ở {place}: tỷ lệ hộ gia đình tham gia đạt {ppct}",
        "a|{othervote} {place} đã bầu ban đại diện mới; số phiếu tán thành đạt {share}. Một số thành viên đề nghị công khai quy chế bầu trước khi bỏ phiếu.",
        "a|Tại đại hội cổ đông thường niên, {company} thông qua kế hoạch kinh doanh và bầu Hội đồng quản trị nhiệm kỳ mới. Tỷ lệ cổ phần biểu quyết tán thành đạt {share}.",
        "p|Bình chọn giải thưởng âm nhạc năm nay mở cổng vote tới {rday}, fan ơi vote cho {singer} đi",
        "p|Chung cư mình bầu ban quản trị mà lộn xộn quá, phiếu phát thiếu, cãi nhau cả tối",
        "h|Lớp 12A bầu ban cán sự mới, lớp trưởng trúng cử với 38/40 phiếu",
    ],
    "en": [
        "h|{company_en} shareholders elect new board with {share} support",
        "p|Our apartment block's board election was chaos, not enough ballots for everyone",
    ],
}

# Jokes about "elections" at home, at school or online: obviously not the configured election.
FAMILY["satire"] = {
    "target": 60,
    "vi": [
        "p|Bầu cử trưởng phòng trong nhà: mẹ tái đắc cử nhiệm kỳ thứ 30, bố xin rút từ vòng gửi xe 😂",
        "p|Nhóm chat lớp bầu người trả tiền trà sữa, tỷ lệ đồng thuận {share}, nghi có gian lận vì nó là admin 🤣",
        "p|Kết quả kiểm phiếu nhà mình: con chó được 3 phiếu làm 'trưởng thôn', con mèo khiếu nại đòi kiểm lại",
        "p|Công ty bầu 'nhân viên đi muộn nhất năm', tôi trúng cử với số phiếu tuyệt đối, cảm ơn các đồng chí 😭",
        "p|Cả xóm trọ bầu người đi đổ rác tuần này, phiếu trắng chiếm {share}, đề nghị bầu lại",
        "p|Vợ tôi công bố kết quả sơ bộ: tiền thưởng Tết năm nay đã được 'phân bổ' hết, tôi không có quyền khiếu nại",
        "p|Đội bóng phủi bầu đội trưởng bằng oẳn tù tì, kết quả bị phản đối vì có người ra chậm",
        "p|Bầu chọn món ăn tối nay: lẩu thắng áp đảo, phe bún chả tố bị 'thao túng' bởi chị cả 😆",
    ],
    "en": [
        "p|Family vote on who walks the dog tonight: I lost 3 to 1, demanding a recount 😂",
        "p|Office vote for 'most likely to be late' is in, I won by a landslide, thank you all",
    ],
}
