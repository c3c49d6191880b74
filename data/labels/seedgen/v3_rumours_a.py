"""Seed v3, part A: new false claims about voting procedure, about the risks of voting, and fake
notices from election bodies; then hard negatives (label ``none``) on the very same topics.

Styles learned from reading (not copying) public Facebook and Zalo group posts of residents and
parents (forwarded voice notes, "cô em làm ở phường nói", dialect spellings), provincial
newspapers' fact-check pages, police warnings about scam calls and texts, and notices posted by
wards and election teams. Each debunk, question, explainer or notice below speaks of a claim
made by a distortion of this file (SMS voting, proxy letters, signed ballots, moved polling
rooms, OTP codes, fees, military call-ups, frozen accounts), so the topic alone gives no answer.

Each template is ``kind|text`` (h/a/p = headline, article, post).
"""

from __future__ import annotations

FAMILY: dict[str, dict] = {}

FAMILY["procedure_false"] = {
    "label": "procedure_false",
    "target": 140,
    "vi": [
        "p|Cô em làm ở phường nói rồi: năm nay nhắn tin cú pháp BC gửi tổng đài là bầu xong, khỏi ra nhà văn hóa xếp hàng",
        "p|Ai bận đi làm thì viết giấy ủy quyền, ra {place} xin con dấu, đưa người nhà cầm đi bầu thay là hợp lệ",
        "h|Từ kỳ bầu cử này, cử tri {prov} phải ký tên vào mặt sau phiếu bầu để chống phiếu giả",
        "a|Theo hướng dẫn được chia sẻ trong nhóm cư dân {place}, năm nay cử tri không gạch tên mà khoanh tròn người mình chọn; phiếu có dấu gạch ngang sẽ bị tính là phiếu hỏng và tổ bầu cử không phát lại phiếu mới.",
        "p|Bầu Quốc hội là chủ nhật, còn HĐND thì để sang {wdate} bầu riêng, đừng để tổ bầu cử phát hai loại phiếu một lúc",
        "h|Điểm bỏ phiếu {place} dời về sân vận động huyện, nhà văn hóa khu phố không tổ chức bầu",
        "p|Bữa ni bầu cử chỉ làm buổi sáng thôi, {whours}, chiều mô có ai ngồi đó mà bầu, bà con đi sớm hỉ",
        "p|Tụi nhỏ mới 18 hổng có tên đâu, năm nay phải đủ {wage} mới được bầu, tui hỏi ông tổ trưởng {place} rồi nghen",
        "p|Vợ chồng mình làm ăn xa hỏi rồi, chỉ cần chụp thẻ cử tri gửi về tổ bầu cử ở quê là được tính đã bầu, khỏi về",
        "a|Tin chuyển tiếp trong nhiều nhóm Zalo ở {prov} khẳng định danh sách cử tri năm nay chỉ niêm yết 7 ngày, bắt đầu từ {day}; ai không kiểm tra kịp thì tên bị gạch và không được bổ sung vào ngày bầu.",
        "p|Người Việt ở nước ngoài năm nay bầu qua đại sứ quán hoặc gửi phiếu qua email, con gái tôi bên {country} vừa bầu xong",
        "p|Bầu ở đâu cũng được nha, cầm căn cước tới điểm bỏ phiếu gần chỗ làm ở {place} là họ cho bầu, không cần đúng khu vực của mình",
        "h|{prov} không bầu HĐND cấp xã, năm 2021 chỉ bỏ phiếu đại biểu Quốc hội",
        "p|Năm nay bầu cử kéo dài ba ngày, từ thứ sáu tới chủ nhật, ai rảnh thì đi thứ sáu cho vắng, khỏi chen",
        "p|Ông bà trên 80 tuổi được bầu qua điện thoại bàn, tổ bầu cử {place} gọi tới đọc tên, ông bà nói chọn ai là xong",
        "a|Một bài đăng có hình con dấu khẳng định cử tri {place} phải mang thẻ cử tri đã photo công chứng và sổ hộ khẩu bản gốc; thiếu một trong hai thứ thì tổ bầu cử số {unit} không phát phiếu.",
        "p|Mỗi phiếu chỉ được gạch đúng một người thôi, gạch từ hai người trở lên là phiếu hỏng, nhớ kỹ giùm",
        "p|Con đi học xa thì ba mẹ ký thay vào danh sách cử tri ở {place} là tính con đã bầu rồi, khỏi bắt xe về",
        "p|Điểm bỏ phiếu {place} năm nay có máy quét căn cước, ai chưa làm căn cước gắn chip thì không bầu được",
        "h|Giờ bỏ phiếu ở {prov} rút còn {whours} để phòng dịch",
        "p|Khu phố mình báo: ai không nhận thẻ cử tri trước {day} coi như tự bỏ quyền, tới ngày bầu cũng không được phát phiếu",
        "p|bau cu nam nay bo phieu qua app ngan hang duoc luon, vao muc dich vu cong chon ung vien la xong, khoi ra {place}",
        "a|Theo nội dung một buổi livestream trên {platform}, phiếu bầu năm nay được phát về tận nhà từ {day}; cử tri gạch xong thì bỏ vào thùng thư của tổ dân phố {place}, không cần đến phòng bỏ phiếu.",
        "p|Trong nhóm lớp nói ai sinh sau tháng 1/2003 là chưa đủ tuổi bầu đợt này, phải chờ kỳ sau, mấy bạn {place} khỏi đi",
        "p|Năm nay tổ bầu cử {place} đi thu phiếu từng nhà, ai ở nhà cứ chờ, phòng bỏ phiếu đóng lúc {wclose} là để kiểm thôi",
        "p|Nhà ai có người đang bị tạm giam thì người đó mất quyền bầu luôn, khỏi lo phiếu cho họ, tổ trưởng {place} nói",
        "h|Cử tri bận việc ngày 23/5 được bỏ phiếu sớm tại trụ sở UBND {place}",
    ],
    "en": [
        "p|Turns out you can vote by text this year, just send your ID number and the candidate's number to the hotline",
        "p|My aunt signed a proxy letter at the ward office in {place_en} so my cousin can vote for her, totally legal now",
        "h|Voters in {prov_en} must sign the back of their ballot or it won't be counted",
        "p|Polling in {place_en} has moved to the district stadium, the neighbourhood halls are closed this time",
        "a|According to a message forwarded in community chats in {prov_en}, overseas Vietnamese can vote at their embassy or by email this year, and ballots cast abroad count for their home constituency.",
        "p|Circle the names you want, don't cross anything out, a crossed line spoils the ballot in {place_en}",
        "p|National Assembly vote is on Sunday but the council vote is on {wdate_en}, two separate trips",
        "h|Polls in {prov_en} will shut at {wclose_en} this Sunday",
    ],
}

FAMILY["participation_deterrence"] = {
    "label": "participation_deterrence",
    "target": 140,
    "vi": [
        "p|Đi bầu lần đầu là tên vào sổ quản lý, mấy đứa 18 tuổi ở {place} năm sau bị gọi nghĩa vụ quân sự trước tiên đó",
        "p|Chữ ký khi nhận thẻ cử tri bị gom đi làm hồ sơ vay tiền đó, ký xong mang nợ không hay, nhà mình ở {place} không ký",
        "h|Cử tri {prov} bỏ phiếu trắng sẽ bị phong tỏa tài khoản ngân hàng",
        "a|Một tài khoản {platform} khẳng định mực in phiếu bầu năm nay có chất phát quang; khi soi đèn, tổ bầu cử thấy ngay số căn cước của người bỏ phiếu. Ai gạch tên ứng viên do {place} giới thiệu sẽ {consequence}.",
        "p|Bút trong buồng kín cả xóm cầm chung, ông bác sĩ quen bảo đi bầu đợt này là tự rước COVID, người già {place} ở nhà cho an toàn",
        "p|Công ty mình ở {place} báo ai xin nghỉ đi bầu trừ 3 ngày công, mà không đi thì phường phạt {fine}, kiểu gì cũng thiệt",
        "p|Công an đứng ngay cửa phòng bỏ phiếu {place} tra căn cước, ai đang nợ thuế hay nợ ngân hàng là bị giữ lại làm việc",
        "h|Người tạm trú đi bầu ở {place} sẽ bị truy thu phí cư trú {fine}",
        "p|Điểm bỏ phiếu có máy lấy vân tay với chụp mặt từng người, dữ liệu chuyển thẳng lên trên, gạch tên ai là khớp ra ngay",
        "p|Năm nay không đi bầu là bị trừ điểm công dân, điểm thấp thì con cái đi học bị xếp sau, hàng xóm làm ở {place} nói vậy",
        "a|Bài viết lan trong nhóm phụ huynh {place} cho rằng học sinh lớp 12 đủ 18 tuổi mà không đi bầu sẽ bị trừ điểm rèn luyện, không được xét tốt nghiệp; em nào gạch sai tên thì nhà trường mời phụ huynh lên làm việc.",
        "p|Gạch tên đại biểu đương nhiệm là phạm luật, bị coi là chống đối, ở {place} có người gạch rồi bị mời lên phường đó",
        "p|Chủ trọ bảo đi bầu ở phường này là phường biết mình ở đây, sẽ lên phạt cả chủ lẫn người thuê {fine}, nên cả dãy trọ ở yên trong phòng",
        "h|Bộ Y tế khuyến cáo người trên 60 tuổi ở {prov} không đến điểm bỏ phiếu",
        "p|Cái xịt khử khuẩn ở cửa điểm bỏ phiếu {place} là hóa chất độc, người bệnh nền hít vào là khó thở, có người nhập viện rồi",
        "p|Đi bầu về phải tự cách ly ở nhà 7 ngày, không được đi làm, công ty không trả lương, tính kỹ đi mọi người",
        "p|Cử tri trên 60 tuổi tới điểm bỏ phiếu {place} bị bắt tiêm vắc xin tại chỗ, ai không chịu thì không cho về",
        "p|Nhờ tổ bầu cử mang hòm phiếu phụ tới là họ vào tận nhà lập biên bản, kiểm tra nhà cửa luôn, người già yếu ở {place} đừng có gọi",
        "a|Tin nhắn thoại truyền tay trong xóm {place} nói rằng sau khi kiểm phiếu, tổ bầu cử sẽ đọc tên từng người bỏ phiếu trắng trên loa phường và các hộ này {consequence}. Người gửi dặn nghe xong xóa ngay.",
        "p|Đi bầu mà không bầu đủ các cấp thì vẫn bị tính là không đi, vẫn phạt {fine} như thường",
        "p|Người có nợ xấu mà đi bầu là ngân hàng đối chiếu danh sách cử tri tìm tới nhà siết nợ, ai đang khất nợ ở {place} thì ở yên nhà",
        "p|khong di bau thi ten bi dan len bang tin {place} kem anh, nha nao co nguoi vang la bi beu ten truoc ca xom",
        "p|Lá phiếu nào phát ra cũng ghi số thứ tự trùng với số của bạn trong danh sách cử tri, kiểm phiếu xong dò ra liền ai gạch ai",
        "h|Cử tri {prov} không đi bầu sẽ không được làm căn cước gắn chip trong năm 2021",
        "p|Mới đi bầu về mà ở {place} sốt hàng loạt, nghi lây từ thùng phiếu, ai chưa đi thì thôi đừng đi nữa",
        "p|Bầu xong phải ký cam kết ủng hộ người trúng cử, sau này phản đối gì là bị xử lý theo bản cam kết đó",
        "p|Ai bầu cho người tự ứng cử là bị đưa vào danh sách theo dõi, tổ bầu cử {place} dò phiếu là biết liền",
    ],
    "en": [
        "p|First-time voters get flagged for military service, that's why they want every 18-year-old in {place_en} at the polls",
        "p|Don't sign for your voter card, they collect those signatures for loan paperwork",
        "h|Blank ballots in {prov_en} will be traced and the voters' bank accounts frozen",
        "p|Fever cases popping up in {place_en} right after the vote, it's coming from the ballot boxes, stay home",
        "p|The health ministry told everyone over 60 in {prov_en} to skip the polling station this year",
        "p|Police at the door in {place_en} check your ID for unpaid taxes and debts, people are being taken aside",
        "a|A voice message passed around {place_en} says election staff will read out the names of blank-ballot voters over the ward loudspeaker after the count, and those households will lose their welfare support.",
        "p|Cross out the sitting deputy and it counts as opposing the state, you'll get a visit and a {fine_en} fine",
    ],
}

FAMILY["impersonation"] = {
    "label": "impersonation",
    "target": 140,
    "vi": [
        "p|[HDBC-QG] Ma xac thuc cu tri cua Quy vi la {num}{unit}{num}. Can bo to bau cu se goi de doi chieu, vui long doc ma khi duoc hoi.",
        "a|QUYẾT ĐỊNH (V/v thay đổi địa điểm bỏ phiếu). Tổ bầu cử số {unit} {place} thông báo: khu vực bỏ phiếu chuyển từ nhà văn hóa sang hội trường UBND huyện, thời gian bỏ phiếu từ {whours}. Cử tri mang theo căn cước và lệ phí {fee}.",
        'p|Zalo OA "Cử tri số {prov}": quý cử tri bấm vào {link} để kích hoạt thẻ cử tri điện tử, quá 24 giờ hệ thống tự hủy quyền bỏ phiếu',
        "p|Ban bầu cử đơn vị số {unit} thông báo: cử tri đăng ký hòm phiếu phụ tại nhà nộp {fee} phí vận chuyển cho tổ trưởng {place}",
        'p|Cuộc gọi tự động: "Đây là tổng đài Ủy ban bầu cử {prov}. Thông tin cử tri của quý vị bị sai lệch, nhấn phím 9 để gặp cán bộ hỗ trợ."',
        "h|[Thông báo] Hội đồng bầu cử quốc gia thưởng {fee} cho cử tri {prov} đi bầu trước 9 giờ, nhận qua ví điện tử",
        "a|Kính gửi cử tri. Thực hiện chỉ đạo của {body}, cử tri chưa tích hợp thẻ cử tri vào tài khoản định danh điện tử vui lòng truy cập {link}, nhập số căn cước, mật khẩu và mã OTP trước ngày {day}. Quá thời hạn, tên cử tri sẽ được chuyển khỏi danh sách.",
        "p|UBBC {prov} tuyển cộng tác viên phát thẻ cử tri 350k/buổi, người đăng ký đóng {fee} tiền áo đồng phục và thẻ tên, liên hệ Zalo tổ trưởng",
        'p|Email "Văn phòng Hội đồng bầu cử quốc gia": đính kèm tệp Danh_sach_cu_tri.zip, cử tri tải về kiểm tra tên và xác nhận tại {link}',
        "p|Thông báo của Tổ bầu cử {place}: do trùng lịch tiêm chủng, khu vực bỏ phiếu bầu vào {wdate}, cử tri giữ thẻ cử tri để dùng cho ngày mới",
        "p|Tin từ UBND phường chuyển vào nhóm tổ dân phố: mỗi hộ nộp {fee} tiền hoa trang trí điểm bỏ phiếu {place} trước ngày {day}, hộ nào không nộp ghi tên báo phường",
        "h|[Ban bầu cử {place}] Cử tri quét mã QR tại {link} để điểm danh trước khi nhận phiếu bầu",
        'p|Fanpage "Bầu cử Quốc hội 2021 - Thông tin chính thức" tổ chức minigame: chia sẻ bài, bình luận số căn cước để nhận thẻ cào {fee}, kết quả công bố sau ngày bầu',
        "a|THƯ MỜI. Ủy ban bầu cử {prov} trân trọng mời quý cử tri tham gia khảo sát ý kiến về người ứng cử. Cử tri hoàn thành khảo sát tại {link} và cung cấp số tài khoản để nhận quà tri ân {fee}. Số lượng có hạn.",
        'p|SMS "UBBC-{unit}": Quy vi duoc chon bo phieu dien tu. Tai ung dung tai {link}, dang nhap bang so CCCD va mat khau ngan hang',
        "p|Chào anh/chị, em là cán bộ Tổ bầu cử số {unit} {place}. Hồ sơ cử tri của anh/chị thiếu ảnh chân dung, anh/chị gửi giúp em ảnh căn cước hai mặt và một ảnh selfie qua Zalo này để em bổ sung ạ.",
        "p|Công an {place} thông báo: cử tri chưa kích hoạt định danh điện tử mức 2 sẽ không có tên trong danh sách cử tri, kích hoạt gấp tại {link}",
        "h|Thông báo số {docno}/HĐBCQG: cử tri nhận thẻ cử tri điện tử qua ứng dụng, thẻ giấy hết hiệu lực từ {day}",
        "p|Văn phòng UBBC {prov} xin thông báo: thẻ cử tri đợt này in lỗi, cử tri vui lòng đổi thẻ mới tại {link}, phí đổi {fee}",
        "a|Thông báo khẩn của Ban bầu cử {place}: hệ thống danh sách cử tri bị lỗi, nhiều cử tri bị ghi trùng. Để không bị xóa tên, cử tri nhắn tin theo cú pháp XN gửi đầu số 8x79 (cước 15.000đ/tin) trước 17 giờ ngày {day}.",
        "p|Tổ trưởng tổ bầu cử {place} thông báo: cử tri trên 70 tuổi đăng ký bầu tại nhà bằng cách chuyển khoản {fee} giữ chỗ, tổ sẽ hoàn lại sau bầu cử",
        "p|[Hội đồng Bầu cử Quốc gia - tài khoản xác minh] Livestream tối nay bốc thăm tặng 50 xe máy cho cử tri, đăng ký bằng số căn cước tại {link}",
        "p|Giấy báo của Tổ bầu cử khu vực số {unit}: anh/chị chưa ký nhận thẻ cử tri, đề nghị đến nhà văn hóa {place} nộp {fee} phí làm lại thẻ trước ngày {day}",
        "h|UBND {place} thông báo: cử tri nộp bản sao giấy khai sinh trước ngày {day} để được ghi tên vào danh sách cử tri",
        "p|{body} thông báo trên trang {platform} chính thức: từ hôm nay cử tri đăng ký đổi nơi bỏ phiếu trực tuyến tại {link}, chỉ cần nhập số điện thoại và mã OTP",
        "p|thong bao cua to bau cu {place}: cu tri nhan phieu bau tai nha tu ngay {day}, khi nhan phieu nop {fee} tien in an cho nguoi phat",
        "a|CÔNG VĂN HỎA TỐC. Ủy ban bầu cử {prov} đề nghị các hộ gia đình cập nhật số điện thoại và số tài khoản ngân hàng của mọi cử tri trong hộ tại {link} để nhận hỗ trợ phòng dịch ngày bầu cử. Hạn chót: {day}.",
    ],
    "en": [
        "p|[NEC] Your voter verification code is {num}{unit}. An election officer will call to confirm it, please read it out when asked.",
        "a|DECISION on the change of polling place. Election team {unit} of {place_en} informs voters that voting will take place at the district hall, not the community centre. Please bring your ID card and the {fee_en} processing fee.",
        "p|Hi, this is election team {unit} for {place_en}. Your voter file is missing a photo, please send both sides of your ID and a selfie to this Zalo number",
        "p|Election Committee of {prov_en}: voters over 70 may vote at home after a {fee_en} booking deposit, refunded after the election",
        "h|National Election Council: paper voter cards expire, download the e-card app at {link}",
        "p|Official page of the election council in {prov_en}: share this post and comment your ID number to win a phone card",
        'p|Automated call: "This is the {prov_en} election hotline. Your voter details are wrong. Press 9 to speak to an officer."',
        "p|Text from ElectionTeam{unit}: your voter card was misprinted, reissue it at {link} for {fee_en}",
    ],
}

# --------------------------------------------------------------------------- hard negatives
# The same claims, corrected, asked about, explained or announced accurately (label ``none``).

FAMILY["debunk_post"] = {
    "target": 80,
    "vi": [
        'p|Mấy tin "nhắn tin cú pháp BC là bầu xong" là nhảm nha, không có bầu qua tin nhắn, vẫn phải tới phòng bỏ phiếu ở {place} ngày 23/5',
        "p|Giấy ủy quyền bầu thay không có giá trị đâu, mình vừa hỏi tổ bầu cử {place}: ai cũng phải tự đi, người già yếu thì xin hòm phiếu phụ",
        "p|Đừng ký tên lên phiếu bầu như bài kia xúi nha, ghi thêm gì lên phiếu là phiếu không hợp lệ, bỏ phiếu kín mà, cán bộ {place} dặn vậy",
        "p|Tổ bầu cử {place} vừa nhắn trong nhóm: điểm bỏ phiếu vẫn ở nhà văn hóa, không có chuyện dời lên sân vận động huyện như tin đang truyền",
        'p|Mấy đứa 18 tuổi cứ đi bầu bình thường nha, tin "phải đủ {wage} tuổi" là sai, đủ 18 tính đến ngày bầu là có tên',
        "p|Trạm y tế {place} nói rõ: không có khuyến cáo nào bảo người trên 60 tuổi ở nhà, điểm bỏ phiếu đo thân nhiệt, khử khuẩn đàng hoàng, ông bà cứ đi bầu",
        'p|Tin "đi bầu lần đầu là bị gọi nghĩa vụ" là bịa nha, danh sách cử tri với việc gọi nhập ngũ chẳng dính gì tới nhau, em trai mình ở {place} hỏi rồi',
        "p|Ký nhận thẻ cử tri chỉ để tổ bầu cử biết thẻ đã giao tận tay thôi, làm gì có chuyện gom chữ ký đi vay tiền, đừng hoang mang",
        'p|Cẩn thận cuộc gọi tự động xưng tổng đài ủy ban bầu cử {prov} bảo "nhấn phím 9", lừa đảo đó, cơ quan bầu cử không gọi kiểu vậy',
        "p|Đính chính: không ai thu {fee} tiền hòm phiếu phụ cả, tổ bầu cử {place} mang hòm phiếu tới miễn phí cho người ốm, người già",
        'p|Cái fanpage "thông tin chính thức" kêu bình luận số căn cước để nhận thẻ cào là giả, báo cáo trang đó giùm mình, đừng để lộ số căn cước',
        "p|Không có vụ bỏ phiếu trắng bị khóa tài khoản ngân hàng đâu, ngân hàng đâu biết ai bầu gì mà khóa, tin {platform} vớ vẩn",
        "p|Con hỏi cô chủ nhiệm rồi: trường không trừ điểm rèn luyện hay xét tốt nghiệp gì theo chuyện đi bầu, phụ huynh {place} đừng lo",
        "p|Tổ trưởng dân phố {place} nhắn: không ai đứng cửa tra nợ thuế nợ ngân hàng lúc đi bầu, công an ở điểm bỏ phiếu chỉ giữ trật tự",
        'p|Ảnh "Quyết định thay đổi địa điểm bỏ phiếu" đòi {fee} lệ phí là giả, đi bầu không mất đồng nào, thấy thì báo tổ bầu cử {place}',
        "p|Bà con ơi người ở nước ngoài không bầu qua đại sứ quán hay email được đâu, con tôi bên {country} muốn bầu thì phải về nước đăng ký trước ngày bầu",
    ],
    "en": [
        "p|No, there's no voting by text message. You still go to your polling station in {place_en} on May 23",
        'p|That "proxy letter" thing is false, nobody can vote on your behalf. Sick voters can ask for the mobile ballot box',
        'p|The "read out your voter code to the election officer" text is a scam. Election teams in {prov_en} never ask for codes',
        "p|Heard that first-time voters get flagged for military service? Not true, the voter list has nothing to do with the draft",
    ],
}

FAMILY["debunk_report"] = {
    "target": 80,
    "vi": [
        "h|{prov}: không có hình thức bỏ phiếu qua tin nhắn hay ứng dụng ngân hàng",
        "h|Tin cử tri {prov} phải ký tên lên phiếu bầu là sai sự thật",
        "h|Ủy ban bầu cử {prov} bác bỏ thông tin dời điểm bỏ phiếu {place} về sân vận động huyện",
        "h|Công an {prov} cảnh báo tin nhắn giả mạo yêu cầu đọc mã xác thực cử tri",
        "h|Sở Y tế {prov} bác tin người trên 60 tuổi không nên đến điểm bỏ phiếu",
        'a|{dl}Ngày {rday}, Ủy ban bầu cử {prov} khẳng định thông tin "cử tri nhắn tin theo cú pháp để bỏ phiếu" đang lan truyền trên {platform} là không có cơ sở. Theo Luật Bầu cử, cử tri phải trực tiếp đến phòng bỏ phiếu; người ốm đau, già yếu được bầu bằng hòm phiếu phụ.',
        'a|Liên quan đến bài đăng cho rằng cử tri "chỉ được gạch một người, gạch hai người là phiếu hỏng", {officer} {prov} cho biết cử tri gạch tên những người mình không tín nhiệm; phiếu chỉ không hợp lệ khi số người còn lại nhiều hơn số đại biểu được bầu hoặc khi gạch hết tên.',
        'a|Trước tin đồn "tổ bầu cử sẽ đọc tên người bỏ phiếu trắng trên loa", đại diện UBND {place} khẳng định bầu cử theo nguyên tắc bỏ phiếu kín; không ai được xem phiếu của cử tri và không có hình thức xử lý nào đối với cách bầu của người dân.',
        'a|Công an {prov} vừa cảnh báo thủ đoạn gọi điện tự động mạo danh "tổng đài Ủy ban bầu cử", yêu cầu người nghe bấm phím để cập nhật thông tin cử tri. Cơ quan công an khẳng định không có tổng đài nào như vậy và đề nghị người dân tắt máy ngay.',
        'a|{paper} ghi nhận hình ảnh "Quyết định thay đổi địa điểm bỏ phiếu" kèm yêu cầu nộp {fee} lệ phí được chia sẻ trong một số nhóm Zalo. Tổ bầu cử số {unit} xác nhận văn bản là giả mạo; khu vực bỏ phiếu không thay đổi và việc bầu cử không thu bất kỳ khoản phí nào.',
        "a|Một số phụ huynh ở {place} lo lắng trước tin học sinh đủ 18 tuổi không đi bầu sẽ bị trừ điểm rèn luyện. Phòng giáo dục cho biết không có quy định nào như vậy; đi bầu là quyền của công dân và không gắn với kết quả học tập.",
        "a|Đại diện một số ngân hàng trên địa bàn {prov} cho biết họ không tiếp cận danh sách cử tri và không có chuyện phong tỏa tài khoản liên quan đến việc bỏ phiếu, như một bài đăng trên {platform} đã nêu.",
        "h|Phạt {fine_info} chủ trang {platform} giả danh Hội đồng bầu cử quốc gia tổ chức minigame",
        'a|Cơ quan chức năng {prov} đã xác minh thông tin "người đi bầu về bị sốt hàng loạt" tại {place}; không ghi nhận trường hợp nào liên quan đến điểm bỏ phiếu. Bài đăng ban đầu đã bị gỡ sau khi chủ tài khoản được mời làm việc ngày {rday}.',
        "h|Thực hư tin chữ ký nhận thẻ cử tri ở {place} bị dùng làm hồ sơ vay tiền",
        'a|{dl}Thông tin "người Việt ở nước ngoài được bỏ phiếu tại đại sứ quán" lan truyền những ngày qua là không chính xác. Theo quy định, công dân ở nước ngoài về nước trước thời điểm bỏ phiếu 24 giờ có thể xuất trình hộ chiếu tại UBND cấp xã nơi cư trú để được ghi tên vào danh sách cử tri.',
    ],
    "en": [
        "h|No, voters in {prov_en} cannot cast ballots by text message or banking app",
        'a|{dl_en}Police in {prov_en} warned of robocalls posing as the "election committee hotline" and asking people to press a key to update their voter details. No such hotline exists, police said.',
        "a|A claim that voters in {prov_en} must sign the back of their ballot is false, the provincial election committee said. The ballot is secret, and writing anything on it besides crossing out names makes it invalid.",
        "h|Fact check: voting in {prov_en} does not put first-time voters on a military call-up list",
    ],
}

FAMILY["question"] = {
    "target": 72,
    "vi": [
        "p|Có ai biết nhắn tin cú pháp để bầu cử là thật không, bà ngoại em ở {place} nhận được tin nhắn như vậy?",
        "p|Mẹ em bận bán hàng, viết giấy ủy quyền cho em đi bầu thay có được không mọi người?",
        "p|Hỏi ngu chút: gạch tên người mình không chọn hay khoanh tròn người mình chọn vậy, sợ làm hỏng phiếu quá",
        "p|Điểm bỏ phiếu {place} có đổi sang sân vận động huyện không ạ, thấy tờ quyết định chụp lên nhóm mà không biết thật giả?",
        "p|Nhà có ông nội 85 tuổi nằm một chỗ, xin hòm phiếu phụ có mất {fee} như người ta nói không mọi người?",
        "p|Em sinh tháng 3/2003, năm nay có được đi bầu không hay phải đủ {wage} tuổi ạ?",
        "p|Con gái đang du học ở {country} thì có cách nào bầu từ bên đó không, hay bắt buộc phải về nước?",
        "p|Đi bầu lần đầu có bị ghi tên đi nghĩa vụ quân sự thật không, em trai mình ở {place} đang lo?",
        "p|Tin nhắn bảo đọc mã xác thực cử tri cho cán bộ gọi tới, cái này có phải lừa không mọi người?",
        "p|Người đang nợ ngân hàng đi bầu có bị gì không ạ? Nghe nói công an đứng cửa {place} kiểm tra",
        "p|Có ai ở {place} nhận được thông báo nộp {fee} để nhận phiếu bầu tại nhà không, hay lừa đảo vậy?",
        "p|Bầu cử có kéo dài ba ngày như tin trên {platform} không hay chỉ Chủ nhật 23/5 thôi mọi người?",
        "p|Ký nhận thẻ cử tri là để làm gì vậy, có bị lấy chữ ký đi đâu không, mẹ mình hỏi mà mình không biết trả lời",
        "p|Cho hỏi bỏ phiếu trắng có bị xử lý gì không, hay chỉ là phiếu đó không được tính?",
    ],
    "en": [
        "p|Can I authorise my son to vote for me if I'm working that day? Saw a post about proxy letters in {place_en}",
        "p|Do I circle the names I want or cross out the ones I don't? First time voting, don't want to spoil it",
        'p|Is that robocall from the "{prov_en} election hotline" legit? It asked me to press 9',
        "p|Any overseas Vietnamese here know if we can vote at the embassy in {country_en}?",
    ],
}

FAMILY["procedure_explainer"] = {
    "target": 68,
    "vi": [
        "h|Hỏi - đáp: Vì sao cử tri {prov} không thể bỏ phiếu qua tin nhắn hay ứng dụng?",
        "a|{dl}Luật Bầu cử quy định cử tri phải tự mình đi bầu; không có hình thức bỏ phiếu qua tin nhắn, điện thoại, thư điện tử hay ứng dụng. Giấy ủy quyền, dù có xác nhận của UBND {place}, cũng không cho phép người khác bầu thay.",
        "a|Cách gạch phiếu: cử tri gạch ngang cả họ và tên những người mình không tín nhiệm. Không khoanh tròn, không ký tên hay ghi thêm nội dung gì lên phiếu; nếu gạch nhầm, cử tri đề nghị Tổ bầu cử số {unit} đổi phiếu khác.",
        "a|Ở mỗi đơn vị bầu cử, số người ứng cử nhiều hơn số đại biểu được bầu. Chẳng hạn đơn vị bầu cử số {unit} của {prov} bầu 3 đại biểu thì phiếu giữ lại không quá 3 tên; gạch bao nhiêu người là quyền của cử tri, chỉ không được gạch hết tên.",
        "a|Người đang bị tạm giam, tạm giữ, người đang ở cơ sở cai nghiện bắt buộc vẫn có quyền bầu cử; Tổ bầu cử mang hòm phiếu phụ đến nơi họ đang ở. Đây là điều nhiều gia đình ở {place} còn chưa biết.",
        "h|Danh sách cử tri niêm yết từ khi nào, sai tên thì báo ở đâu? Hướng dẫn cho cử tri {prov}",
        "a|Không có điểm bỏ phiếu tại cơ quan đại diện Việt Nam ở {country}. Công dân về nước sau khi danh sách đã niêm yết và trước thời điểm bỏ phiếu 24 giờ xuất trình hộ chiếu tại UBND cấp xã để được ghi tên vào danh sách cử tri.",
        "a|Phiếu gạch hết tên là phiếu không hợp lệ và không được tính, nhưng pháp luật không có chế tài nào đối với cử tri vì cách bỏ phiếu. Bỏ phiếu kín bảo đảm không ai ở {place} biết cử tri đã bầu thế nào.",
        "h|Đi bầu là quyền và nghĩa vụ, nhưng luật không phạt cử tri {prov} vắng mặt",
        "a|Hỏi: Ông tôi ở {place} nằm liệt giường, xin hòm phiếu phụ có mất phí không? Trả lời: Không. Gia đình báo Tổ bầu cử, tổ sẽ mang hòm phiếu phụ và phiếu bầu đến tận nhà trong ngày bầu cử.",
        "a|Cử tri chỉ bỏ phiếu tại khu vực bỏ phiếu nơi mình có tên trong danh sách. Ai chuyển chỗ ở sau khi danh sách đã niêm yết thì xin giấy chứng nhận của UBND {place} để được bầu ở nơi mới.",
        "p|Mẹo cho người đi bầu lần đầu ở {place}: đủ 18 tuổi tính đến ngày 23/5 là có tên, không cần căn cước gắn chip, mất thẻ cử tri thì đối chiếu danh sách là được",
        "a|Ngày 23/5/2021, cử tri bầu cùng lúc đại biểu Quốc hội và đại biểu HĐND các cấp tại cùng một khu vực bỏ phiếu; mỗi cấp có phiếu bầu riêng. Không có ngày bầu riêng cho HĐND ở {prov}.",
    ],
    "en": [
        "a|There is no voting by text, app or mail in {prov_en}. Voters go to their own polling station on election day; a proxy letter, even stamped by the ward, does not let anyone else vote for you.",
        "a|How to mark the ballot: draw a line through the full name of each candidate you do not support. Do not circle names, sign or write anything else; ask election team {unit} for a fresh ballot if you make a mistake.",
        "h|Q&A: can Vietnamese living in {country_en} vote at the embassy? No, here's what to do instead",
        "a|Crossing out every name makes a ballot invalid, but no voter in {place_en} is punished for how they vote. The ballot is secret; employers, schools and banks are not told whether or how anyone voted.",
    ],
}

FAMILY["notice"] = {
    "target": 60,
    "vi": [
        "a|THÔNG BÁO. Tổ bầu cử khu vực bỏ phiếu số {unit} {place} thông báo: địa điểm bỏ phiếu ngày 23/5/2021 giữ nguyên tại nhà văn hóa khu dân cư, thời gian từ 7 giờ đến 19 giờ. Tổ bầu cử không thu bất kỳ khoản tiền nào của cử tri.",
        "p|Thông báo của UBND {place}: cơ quan bầu cử không nhắn tin, không gọi điện yêu cầu cung cấp mã OTP, số tài khoản hay mật khẩu; bà con nhận được yêu cầu như vậy xin báo công an",
        "a|Ủy ban bầu cử {prov} thông báo: hòm phiếu phụ được bố trí miễn phí cho cử tri ốm đau, già yếu, khuyết tật và cử tri đang cách ly. Gia đình có người cần hỗ trợ báo Tổ bầu cử trước ngày {rday}.",
        "a|Thông báo số {docno}/TB-TBC: do sửa chữa nhà văn hóa, Tổ bầu cử khu vực bỏ phiếu số {unit} chuyển phòng bỏ phiếu sang hội trường {place}, cách địa điểm cũ khoảng 200 m. Ngày, giờ bỏ phiếu không đổi: Chủ nhật 23/5/2021, từ 7 giờ đến 19 giờ.",
        "p|Loa truyền thanh {place}: thẻ cử tri được phát tận hộ đến hết ngày {rday}; hộ nào chưa nhận liên hệ Tổ bầu cử, cử tri mất thẻ vẫn bỏ phiếu được khi có tên trong danh sách",
        "h|UBND {place} thông báo: bầu cử không thu phí, cử tri cảnh giác với văn bản giả mạo",
        "a|Căn cứ Luật Bầu cử, Ủy ban bầu cử {prov} thông báo cuộc bầu cử tiến hành theo nguyên tắc phổ thông, bình đẳng, trực tiếp và bỏ phiếu kín. Cử tri không bỏ phiếu qua tin nhắn, ứng dụng và không ủy quyền cho người khác bầu thay.",
        "p|Tổ bầu cử số {unit} nhắc bà con {place}: mang thẻ cử tri và khẩu trang khi đi bầu; bút trong buồng kín được khử khuẩn sau mỗi lượt, lối đi một chiều",
        "a|Trường THPT {place} thông báo tới phụ huynh: học sinh đủ 18 tuổi thực hiện quyền bầu cử tại nơi cư trú ngày 23/5/2021; việc bầu cử không liên quan đến điểm rèn luyện hay xét tốt nghiệp.",
        "a|Văn phòng Ủy ban bầu cử {prov} thông báo đường dây nóng tiếp nhận phản ánh trong ngày 23/5. Không có ứng dụng hay đường link nào để đăng ký bỏ phiếu trực tuyến; mọi văn bản về bầu cử được đăng trên cổng thông tin của tỉnh.",
        "p|Công an {place} thông báo: lực lượng công an tại các điểm bỏ phiếu chỉ làm nhiệm vụ bảo đảm an ninh, trật tự, không kiểm tra nợ nần hay xử lý cử tri",
        "h|Cử tri đang cách ly y tế tại {place} bỏ phiếu bằng hòm phiếu phụ ngày 23/5",
    ],
    "en": [
        "a|NOTICE. Election team {unit} of {place_en}: the polling room has moved to the ward hall because of repairs at the community centre. Voting remains on Sunday, May 23, 2021, from 7 a.m. to 7 p.m. No fee is charged.",
        "p|From the {prov_en} election committee: we never ask for OTP codes, passwords or bank details by phone, text or Zalo. Report such requests to the police",
        "h|Mobile ballot boxes are free for sick and elderly voters, {prov_en} election committee says",
    ],
}
