"""Seed v2 distortion templates: more ways the same false claims are put, so a model meets
phrasings beyond the first seed's (hedged "nghe nói", "nóng:", forwarded screenshots, voice
notes, "chính thức" claims). Each carries a wrong fact or an invented notice, as the first
seed's do; ``label`` says which distortion.

Each template is ``kind|text`` (h/a/p = headline, article, post).
"""

from __future__ import annotations

FAMILY: dict[str, dict] = {}

FAMILY["procedure_false"] = {
    "label": "procedure_false",
    "target": 60,
    "vi": [
        "p|Nóng: lịch bầu cử đổi rồi, {wdate} mới bỏ phiếu, chủ nhật này ở nhà nghỉ ngơi",
        "p|Nghe nói năm nay chỉ cần chủ hộ đi bầu, cả nhà khỏi đi, mang sổ hộ khẩu là đủ",
        "p|Ai chưa đủ {wage} tuổi thì tên không có trong danh sách đâu, khỏi mất công ra",
        "p|Tổ bầu cử {place} chỉ nhận phiếu đến {wclose} thôi, trễ là mất quyền",
        "p|Năm nay bỏ phiếu qua ứng dụng VNeID, không cần ra nhà văn hóa nữa",
        "p|Chụp màn hình tin nhắn gửi tổ bầu cử là coi như đã bầu, đỡ phải xếp hàng",
        "p|Người ở trọ không được bầu ở đâu cả, phải về quê, không về thì mất quyền",
        "h|Bầu cử năm 2021 kéo dài từ {wdate} đến hết tháng 6",
        "a|Một tin nhắn chuyển tiếp khẳng định cử tri {place} sẽ bỏ phiếu tại trụ sở huyện vào {wdate}, không còn các điểm bỏ phiếu ở khu dân cư; ai không đến sẽ bị coi như bỏ quyền.",
        "p|Share gấp: điểm bỏ phiếu {place} đổi sang buổi chiều, {whours}, sáng không bầu",
    ],
    "en": [
        "p|Heads up, voting moved to {wdate_en}, nobody votes this Sunday",
        "p|Only heads of household need to vote this year, bring the family book",
        "p|You can vote through an app this year, no need to go anywhere",
    ],
}

FAMILY["fraud_claim"] = {
    "label": "fraud_claim",
    "target": 60,
    "vi": [
        "p|Người quen làm tổ bầu cử kể: phiếu thừa được gạch sẵn rồi bỏ vào hòm lúc đóng cửa",
        "p|Nóng: camera quay được cảnh thay hòm phiếu ở {place} lúc 18h, share trước khi bị xóa",
        "p|Kết quả ở {prov} có từ tuần trước, bầu chỉ để lấy chữ ký thôi",
        "p|Mình không đi bầu mà tên vẫn có người ký nhận, vậy là bị bầu hộ rồi, gian lận rõ",
        "p|Đếm phiếu xong họ đốt hết phiếu thật, in biên bản khác, ai kiểm chứng được",
        "h|Lộ danh sách người trúng cử {prov} được duyệt trước ngày bầu",
        "a|Một đoạn ghi âm lan truyền được cho là của thành viên tổ bầu cử {place}, nói rằng các phiếu gạch tên ứng viên địa phương sẽ bị loại khi kiểm. Người đăng khẳng định kết quả đã được sắp đặt.",
        "p|Phiếu trắng ở {place} đều được ghi thêm tên rồi tính hợp lệ, người trong tổ kể lại",
        "p|Tỷ lệ 99% là do họ tự điền cho người vắng mặt, ai ở quê cũng biết",
        "p|Máy tính tổng hợp kết quả bị chỉnh số, {cand} thắng dù ít phiếu hơn",
    ],
    "en": [
        "p|My cousin on the election team says the spare ballots get filled in at closing time",
        "p|Results in {prov_en} were settled last week, the vote is just for show",
        "p|I didn't vote but someone signed for me, so my vote was cast anyway",
    ],
}

FAMILY["participation_deterrence"] = {
    "label": "participation_deterrence",
    "target": 60,
    "vi": [
        "p|Nghe nói ai không đi bầu sẽ bị ghi vào hồ sơ, sau này xin giấy tờ gì cũng khó",
        "p|Tổ trưởng {place} dọa ai không đi bầu thì {consequence}, mọi người cẩn thận",
        "p|Phòng bỏ phiếu có camera soi từng lá phiếu, gạch ai là họ biết hết",
        "p|Đi bầu ở {place} phải đóng {fine} tiền trật tự, không đóng không cho vào",
        "p|Cử tri gạch tên ứng viên của phường sẽ bị mời lên làm việc, đừng dại",
        "h|Cử tri bỏ phiếu trắng sẽ bị xử phạt {fine}",
        "a|Bài đăng trong nhóm cư dân {place} cho rằng người đi bầu muộn sau 10 giờ sẽ bị lập biên bản và phạt {fine}; người không đi bầu sẽ {consequence}.",
        "p|Đi bầu xong về bị cách ly 14 ngày vì điểm bỏ phiếu có F0, ở nhà cho lành",
        "p|Ai không bầu đủ người thì phiếu bị đánh dấu và gia đình bị theo dõi",
        "p|Sinh viên không đi bầu sẽ bị nhà trường hạ hạnh kiểm, thông báo nội bộ đấy",
    ],
    "en": [
        "p|Word is anyone who skips the vote gets a mark on their record",
        "p|They check every ballot with cameras, cross out the wrong name and they'll know",
        "p|Vote after 10 a.m. and you get a {fine_en} fine, they're writing people up",
    ],
}

FAMILY["fabricated_results"] = {
    "label": "fabricated_results",
    "target": 60,
    "vi": [
        "p|Nóng: {prov} mới {fpct} cử tri đi bầu, nhiều nơi phải bầu lại",
        "p|Kết quả chính thức: Quốc hội khóa XV có {fdeps} đại biểu, công bố chiều 25/5",
        "p|Lúc 10h sáng 23/5 đã biết {cand} trúng cử với {fvotes} phiếu, nhanh thật",
        "p|Tỷ lệ phiếu hợp lệ cả nước chỉ {fpct}, thấp kỷ lục",
        "h|{cand} trúng cử với {bigpct} số phiếu tại {place}",
        "a|Bảng tổng hợp được cho là của Ủy ban bầu cử {prov} cho thấy tỷ lệ cử tri đi bầu chỉ {fpct}, {cand} không đủ quá bán và phải bầu lại ở đơn vị số {unit}. Bảng được công bố trưa 23/5.",
        "p|Có kết quả sớm nè: đơn vị số {unit} {prov}, {cand} {fvotes} phiếu, {cand2} {lowpct}",
        "p|Hội đồng bầu cử quốc gia công bố tỷ lệ đi bầu {fpct} rồi đó, ai bảo 99%",
        "p|{prov} có {bigpct} cử tri đi bầu, nhiều hơn số người trong danh sách",
        "p|Chốt rồi: {fdeps} người trúng cử, danh sách đầy đủ ở link dưới",
    ],
    "en": [
        "p|Breaking: turnout in {prov_en} was just {fpct_en}, several units must vote again",
        "p|It's official, {fdeps} deputies elected, announced on May 25",
        "p|By 10 a.m. on the 23rd they already knew {cand_en} won, {fvotes} votes",
    ],
}

FAMILY["impersonation"] = {
    "label": "impersonation",
    "target": 60,
    "vi": [
        "p|[UBBC {prov}] Quy vi chua cap nhat thong tin cu tri. Truy cap {link} truoc 20h de giu quyen bau cu",
        "p|Thông báo của Tổ bầu cử số {unit}: cử tri nộp {fee} phí niêm yết danh sách tại nhà tổ trưởng",
        "p|Hội đồng bầu cử quốc gia thông báo: nhận hỗ trợ đi bầu 500.000đ, điền số tài khoản tại {link}",
        "a|UBND {place} THÔNG BÁO: do dịch bệnh, cử tri xác nhận tham gia bỏ phiếu bằng cách gửi ảnh căn cước và mã OTP về số Zalo của Tổ bầu cử trước ngày {day}. Trân trọng.",
        "p|Ban bầu cử {place} gửi: cử tri chưa đóng {fee} lệ phí sẽ không nhận được phiếu bầu",
        "p|Tin nhắn từ HĐBCQG: Thẻ cử tri điện tử của bạn sắp hết hạn, gia hạn tại {link}",
        "h|Thông báo số {docno}/TB-HĐBC: cử tri đăng ký bỏ phiếu trực tuyến trước ngày {day}",
        "p|Zalo 'Ủy ban bầu cử {prov} - chính thức': gửi số thẻ ngân hàng để nhận phiếu bầu điện tử",
        "p|Tổ bầu cử {place} thông báo thu {fee} tiền nước uống cho điểm bỏ phiếu, nộp cho tổ trưởng",
        "p|Email 'Hội đồng bầu cử quốc gia': xác minh danh tính cử tri bằng cách đăng nhập ngân hàng tại {link}",
    ],
    "en": [
        "p|[Election Council] Your voter record is incomplete. Update at {link} before 8 p.m.",
        "p|Notice from election team {unit}: each voter pays {fee_en} for the voter list",
        "p|Election Committee of {prov_en}: send your ID photo and OTP code to confirm your vote",
    ],
}

FAMILY["candidate_fabrication"] = {
    "label": "candidate_fabrication",
    "target": 60,
    "vi": [
        "p|Clip {cand} say xỉn hứa chia đất cho ai bầu mình, xem trước khi bị gỡ",
        "p|Ảnh chụp bảng điểm cho thấy {cand} chưa tốt nghiệp cấp 3, tài liệu từ người quen",
        "p|{cand} nhắn trong nhóm kín: 'trúng cử rồi tính, hứa gì chả được'",
        "p|Bản cam kết có chữ ký {cand}: sẽ miễn thuế đất cho ai bầu cho mình",
        "h|{cand} thừa nhận từng bị kỷ luật nhưng giấu trong hồ sơ ứng cử",
        "a|Một tài khoản đăng ảnh được cho là thư tay của {cand} gửi cử tri {place}, hứa 'bồi dưỡng' 300 nghìn đồng mỗi phiếu. Người đăng khẳng định đây là tài liệu thật do người nhà ứng viên cung cấp.",
        "p|Ghi âm {cand} chửi cử tri ở buổi tiếp xúc, nghe rõ từng câu, share mạnh",
        "p|{cand} đang bị điều tra vì nhận tiền dự án, người trong ngành nói vậy",
        "p|{cand} nói trên livestream: 'dân {place} bầu hay không tôi cũng trúng'",
        "p|Giấy tờ chứng minh {cand} có nhà bên nước ngoài, ảnh chụp sổ đỏ đây",
    ],
    "en": [
        "p|Video of {cand_en} drunk, promising land to anyone who votes for him",
        "p|Leaked chat: {cand_en} says 'win first, promises later'",
        "p|{cand_en} signed a pledge to waive land tax for supporters, photo attached",
    ],
}
