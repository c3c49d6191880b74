"""Seed v3 templates, second round, part c: impersonation (fake summonses, fake decisions, fake
apps, channels, hotlines, voice notes and school or police messages in the name of election
bodies) and hard negatives on the same ground: real ward and election-team notices, scam warnings
posted by neighbours and group admins, press debunks of fake pages, opinion, everyday satire that
parodies the "THÔNG BÁO KHẨN" format, and citizens' own polling-day posts.

Styles learned from reading (not copying) ward and commune Zalo groups and notice boards, police
scam warnings on provincial pages, provincial papers' fact-check columns, parents' group chats and
the "vừa đi bầu xong" posts and queue photos people share on Facebook on polling day.

Each template is ``kind|text`` (h/a/p = headline, article, post).
"""

from __future__ import annotations

FAMILY: dict[str, dict] = {}

# Fake messages, pages, calls and documents in the name of election bodies, wards and police.
FAMILY["impersonation"] = {
    "label": "impersonation",
    "target": 140,
    "vi": [
        "p|Giấy triệu tập (ảnh gửi qua Zalo): Công an {place} mời ông/bà có mặt lúc 8h ngày 28/5 để làm việc về việc không đi bầu cử ngày 23/5, mang theo {fee} tiền tạm ứng xử lý hồ sơ",
        "p|Tin nhắn thoại của trưởng khu phố {place}: nhà nào có con cháu đi làm xa thì gom căn cước đưa chú, chú bỏ phiếu giùm luôn, tổ bầu cử đồng ý rồi nên bà con yên tâm",
        'p|Kênh Telegram "Hội đồng Bầu cử Quốc gia VN" thông báo: cử tri đang ở nước ngoài gửi ảnh căn cước cùng ảnh lá phiếu tự in về kênh là phiếu được tính hợp lệ',
        "h|Ủy ban bầu cử {prov} thông báo: cử tri từ 80 tuổi trở lên không phải đến phòng bỏ phiếu, tổ bầu cử ghi phiếu thay theo danh sách",
        'p|Cuộc gọi xưng "Công an phường {unit}": căn cước của anh đã bị dùng để bỏ phiếu ở hai nơi, anh chuyển {fee} vào tài khoản tạm giữ của công an để chứng minh mình không liên quan',
        "a|THÔNG BÁO (bản chụp có logo Hội đồng bầu cử quốc gia). Để giảm tập trung đông người, cuộc bầu cử tại {prov} chia làm hai đợt: cử tri dưới 60 tuổi bỏ phiếu ngày 23/5, cử tri từ 60 tuổi trở lên bỏ phiếu ngày {wdate}. Cử tri đi sai đợt sẽ không được phát phiếu.",
        'p|Trang "Ủy ban bầu cử {prov} - Tuyển giám sát viên" cần 200 người trông hòm phiếu ngày 23/5, thù lao 800k/ngày, đặt cọc {fee} giữ suất, inbox trang để nhận mã đăng ký',
        'p|Ứng dụng "Cử tri số" của Hội đồng bầu cử quốc gia đã phát hành, tải tệp .apk tại {link}, cài xong cho phép ứng dụng đọc tin nhắn để nhận phiếu bầu điện tử',
        'p|Tin nhắn từ "Cục Quản lý cử tri": hệ thống ghi nhận quý vị vắng mặt ngày bầu cử 23/5. Nộp phạt {fine} qua {link} trong 48 giờ để tránh bị cưỡng chế',
        'p|Nhóm Zalo "Tổ bầu cử KV{unit} {place} (chính thức)": đề nghị mỗi cử tri đánh dấu trước người mình sẽ bầu vào phiếu khảo sát để tổ in phiếu sẵn, ai không điền sẽ nhận phiếu trắng',
        "p|Văn bản có dấu đỏ của Công an tỉnh {prov} đang được các tổ dân phố chuyển nhau: buồng bỏ phiếu năm nay lắp camera để đối chiếu lá phiếu với căn cước, cử tri gạch sai quy định sẽ bị mời lên làm việc",
        "p|Văn bản khẩn của UBND {place}: cử tri tạm trú phải về quê bỏ phiếu, nơi tạm trú không nhận phiếu, ai không về được thì xác nhận tại {link} để giữ tên trong danh sách",
        'p|Tài khoản TikTok tích xanh "HĐBC Quốc Gia" đang live: cử tri bình luận số căn cước và số điện thoại để hệ thống cấp mã bỏ phiếu sớm, được bầu trước ngày 23/5 khỏi xếp hàng',
        "p|Tổng đài 1900 hỗ trợ cử tri của Ủy ban bầu cử {prov}: gọi để kiểm tra tên trong danh sách cử tri, cước 25.000đ/phút, cuộc gọi phải đủ 5 phút hệ thống mới ghi nhận",
        'a|Thư điện tử gửi từ "Văn phòng Quốc hội - Bộ phận cử tri": Quý cử tri có tên trong danh sách cử tri tiêu biểu năm 2021 và được nhận phần thưởng {fee}. Để hoàn tất thủ tục, xin điền họ tên, số thẻ ngân hàng và ngày hết hạn thẻ tại biểu mẫu {link} trước ngày {day}.',
        "p|Công văn của Ban bầu cử đơn vị số {unit}: mỗi hộ gia đình chỉ cần cử một người đại diện đi bầu, mang đủ thẻ cử tri của cả nhà, tổ bầu cử sẽ phát đủ phiếu cho người đại diện",
        "p|UBND phuong thong bao: ho gia dinh co nguoi khong di bau se bi tam dung cap giay xac nhan cu tru 6 thang. Xac nhan da bau tai {link} truoc 20h ngay 23/5",
        "p|HỘI ĐỒNG BẦU CỬ QUỐC GIA - CÔNG BỐ NHANH: sau 2 giờ kiểm phiếu đã có danh sách trúng cử {prov}, xem đầy đủ tại {link} (đăng nhập tài khoản Facebook để xem)",
        'p|Ghi âm chuyển tiếp trong nhóm phụ huynh, người nói xưng cán bộ Ủy ban bầu cử huyện: "Các trường thu ảnh thẻ cử tri đã đóng dấu của bố mẹ học sinh, nộp cho giáo viên chủ nhiệm trước thứ Hai, không nộp thì hạ hạnh kiểm con."',
        "h|Thông báo số {docno}/UBBC: phòng bỏ phiếu {place} chỉ nhận cử tri có giấy xét nghiệm âm tính trong 72 giờ",
        "p|Chị em ơi tổ trưởng tổ bầu cử vừa nhắn vào nhóm khu phố {place}: năm nay bầu được bằng tin nhắn, soạn BAU dấu cách số thứ tự ứng viên gửi 8x88, mỗi tin 10.000đ",
        'p|Zalo OA "Dịch vụ công cử tri": Giấy mời đi bầu của quý vị đã được tạo. Thanh toán phí in và chuyển phát {fee} để nhận tại nhà trước ngày 23/5, quá hạn giấy mời bị hủy',
        "a|QUYẾT ĐỊNH về việc bổ sung người ứng cử. Căn cứ đề nghị của Ủy ban bầu cử {prov}, Hội đồng bầu cử quốc gia bổ sung {cand} vào danh sách chính thức tại đơn vị bầu cử số {unit}. Các tổ bầu cử in phiếu mới và thu hồi phiếu cũ trước ngày 22/5; phiếu cũ bỏ vào hòm sẽ không được tính.",
        'p|Tài khoản "Ban chỉ huy quân sự {place}": thanh niên 18 tuổi đi bầu lần đầu nộp bản sao thẻ cử tri để hoàn thiện hồ sơ nghĩa vụ quân sự, nộp trực tuyến tại {link} trước ngày {day}',
        'p|Thư của UBND {place} gửi qua Zalo: gia đình được chọn là "Hộ cử tri gương mẫu 2021", bằng khen giao tận nhà, phí khung và vận chuyển {fee}, chuyển khoản cho cán bộ văn hóa phường theo số trong thư',
        "p|Tờ thông báo ký tên Ủy ban bầu cử huyện dán ở chợ {place}: cử tri làm mất thẻ cử tri thì không được bầu, muốn cấp lại phải chờ 7 ngày và có xác nhận của công an",
        'p|Tin nhan "BoNoiVu-BC": Can bo cong chuc chup anh luc bo phieu gui ve {link} truoc 12h ngay 23/5 de tinh thi dua, khong gui coi nhu vang mat khong ly do',
    ],
    "en": [
        'p|"National Election Council" SMS: your ballot for May 23 has been pre-filled. To change your choices, log in at {link} with your ID number and banking PIN',
        "p|Voice note in the {place_en} residents' group from a man who says he runs the ward election team: send him photos of your family's voter cards and he will check everyone in, so only one person needs to queue",
        'h|"Provincial Police" notice: voters who skipped May 23 must report to their ward station with {fine_en} by the end of May',
        'p|Page "Election Committee of {prov_en} - Official" is giving a voter gift box to the first 500 people who send a photo of their ID card and a screenshot of their banking app',
        "a|NOTICE FROM THE ELECTION TEAM OF {place_en}. Because of a printing fault, all ballots issued before 10 a.m. on May 23 are void. Voters who cast their ballot before that time must return in the afternoon and vote again, bringing their voter card and ID.",
        'p|Email with the National Election Council crest: "Vietnamese citizens abroad may now vote online in the National Assembly election. Verify your citizenship at {link}; a card fee of {fee_en} applies."',
        'p|Zalo message from the "ward chairman" of {place_en}: households where everyone voted before 9 a.m. get priority on the new social housing list, confirm at {link}',
        "p|Flyer signed Commune Police, taped to doors in {place_en}: every voter must show a negative COVID test from the last 48 hours at the polling station or be turned away",
    ],
}

# Real notices from wards, schools, police and election teams, including their scam warnings.
FAMILY["notice"] = {
    "target": 88,
    "vi": [
        "p|Khu vực bỏ phiếu số {unit} ({place}) đã dán danh sách cử tri ở nhà văn hóa từ 13/4. Ai thấy thiếu tên người nhà hoặc ghi nhầm ngày sinh thì khiếu nại với UBND phường, hạn cuối là 10 ngày trước bầu cử.",
        "p|Điểm bỏ phiếu của {place} năm nay dời về sân trường tiểu học, mở cửa 7 giờ và đóng 19 giờ Chủ nhật 23/5. Đề nghị cử tri đứng cách nhau một mét khi chờ, xịt khuẩn tay trước khi vào phòng.",
        "a|Ủy ban bầu cử {prov} lưu ý: cơ quan bầu cử không gọi điện, không nhắn tin yêu cầu cử tri cung cấp số tài khoản, mã OTP hay chuyển tiền. Thông báo chính thức được niêm yết tại trụ sở UBND cấp xã và đăng trên {paper}.",
        "p|Tổ bầu cử số {unit} {place}: thẻ cử tri đã phát đến từng hộ. Gia đình nào chưa nhận hoặc làm mất thẻ, liên hệ tổ tại nhà văn hóa khu phố trong giờ hành chính để được cấp lại, không mất phí.",
        "h|Ban bầu cử đơn vị số {unit}: cử tri ốm yếu không đến được phòng bỏ phiếu báo tổ trưởng để tổ mang hòm phiếu phụ đến nhà",
        "p|Công an {place} khuyến cáo: trên mạng có tài khoản xưng là tổ bầu cử xin ảnh căn cước để xác thực cử tri. Tổ bầu cử không làm như vậy; người dân không gửi giấy tờ cho tài khoản lạ và báo cho công an phường.",
        "p|Khu phố {place} mời bà con dự buổi tiếp xúc giữa cử tri và người ứng cử đại biểu HĐND phường lúc 19h30 tối thứ Bảy 15/5 tại hội trường khu phố. Mọi ý kiến đều được ghi nhận.",
        "a|Thông báo của Tổ bầu cử khu vực bỏ phiếu số {unit} {place}: cử tri đang cách ly y tế tại nhà vẫn được bỏ phiếu bằng hòm phiếu phụ. Thành viên tổ mặc đồ bảo hộ mang hòm phiếu đến tận nơi trong ngày 23/5; gia đình báo trước cho trưởng thôn.",
        "p|Ủy ban bầu cử huyện nhắc: cử tri đi nơi khác vào ngày bầu cử mang thẻ cử tri đến UBND xã nơi đã có tên để xin giấy chứng nhận, rồi xin bổ sung tên và bỏ phiếu ở nơi mới. Thủ tục không mất tiền.",
        "h|{place} đặt bàn hướng dẫn cử tri ngay cổng điểm bỏ phiếu, không thu bất kỳ khoản phí nào",
        "p|Tài khoản Zalo đã xác thực của UBND {place}: phường không lập nhóm hay trang nào khác về bầu cử ngoài trang này. Bà con cảnh giác với đường link lạ mời kích hoạt thẻ cử tri.",
        "p|Trường THPT {place} thông báo: học sinh khối 12 đã đủ 18 tuổi có tên trong danh sách cử tri nơi cư trú, sáng 23/5 đi bầu cùng gia đình. Nhà trường không thu thẻ cử tri hay ảnh chụp của học sinh và phụ huynh.",
        "a|Hội đồng bầu cử quốc gia công bố kết quả bầu cử và danh sách người trúng cử đại biểu Quốc hội chậm nhất 20 ngày sau ngày bầu cử. Ủy ban bầu cử {prov} đề nghị cử tri theo dõi trên báo, đài chính thống, không chia sẻ kết quả chưa rõ nguồn.",
        "p|Ban chỉ đạo bầu cử {place}: số trực ban duy nhất là số máy bàn của UBND, dán trên bảng tin. Số di động tự xưng cán bộ bầu cử gọi đòi tiền đều không liên quan đến phường.",
        "h|Tổ bầu cử {place}: phòng bỏ phiếu đặt ở tầng trệt, có lối đi riêng cho người khuyết tật và người cao tuổi",
        "p|thong bao cua thon {place}: chu nhat 23/5 bau cu, 7h mo cua. ai di lam xa ve duoc thi ve, nguoi om dau bao truong thon de to mang hom phieu phu den nha. khong ai duoc bau thay nguoi khac nhe ba con",
        "p|Bảng tin tổ dân phố {place}: cử tri không tự viết được có thể nhờ người khác viết phiếu giúp, nhưng phải tự bỏ phiếu vào hòm. Người viết hộ giữ bí mật lá phiếu.",
    ],
    "en": [
        "p|{place_en} ward notice: polling station {unit} opens at 7 a.m. on Sunday, May 23, and closes at 7 p.m. Bring your voter card; nothing is charged.",
        "a|The {prov_en} Election Committee reminds residents that no election body sends text messages asking for bank details or one-time codes. Official notices are posted at commune and ward offices and in the provincial press.",
        "p|From the {place_en} election team: if someone in your household is bedridden, tell the neighbourhood head by Saturday and a team will bring a mobile ballot box on polling day.",
        "h|Voter list for polling station {unit} posted at the {place_en} community hall; residents asked to check their details",
        "p|School notice, {place_en}: grade 12 students who have turned 18 are on the voter list where they live and vote with their families on May 23. The school does not collect voter cards or photos.",
    ],
}

# Neighbours, relatives and group admins warning about scams and fake pages.
FAMILY["debunk_post"] = {
    "target": 88,
    "vi": [
        'p|Mẹ mình suýt chuyển {fee} cho số xưng là tổ bầu cử để "giữ lịch hòm phiếu lưu động". Hỏi lại tổ trưởng {place} thì hòm phiếu phụ mang đến miễn phí, chẳng ai thu đồng nào. Nhà nào có người già cẩn thận nhé',
        'p|Cái trang "Hội đồng bầu cử quốc gia" đang tặng thẻ cào là trang mới lập tuần trước, đổi tên 3 lần rồi. Đừng bình luận số căn cước vào đó mọi người ơi',
        'p|Link {link} đang lan trong nhóm lớp là lừa đảo, không có cái gọi là "kích hoạt thẻ cử tri điện tử". Thẻ cử tri là tờ giấy tổ bầu cử phát tận nhà thôi',
        'p|Bố mình nhận cuộc gọi "công an phường" bảo căn cước bị dùng bầu hai nơi, phải chuyển tiền chứng minh. Công an không làm việc kiểu đó, cúp máy rồi báo công an {place} thật',
        'p|Admin nhóm nhắc: mấy hôm nay có người đăng ảnh "giấy triệu tập vì không đi bầu". Không đi bầu không bị triệu tập, không bị phạt, ảnh đó là ghép. Bài chia sẻ lại sẽ bị xóa',
        "p|Không có vụ bầu cử bằng tin nhắn 8x88 đâu mấy bác, bầu là phải tới phòng bỏ phiếu, tự gạch phiếu, tự bỏ vào hòm. Tin nhắn kia trừ tiền thật đấy",
        'p|Vừa gọi lên UBND {place} hỏi cái "công văn" bắt mỗi hộ cử một người đi bầu cho cả nhà: phường nói không hề ban hành, ai đủ 18 tuổi thì tự đi bầu, không ai bầu thay được',
        'p|Chú ý: tệp "Danh sach cu tri.apk" gửi qua Zalo là mã độc, cài vào là lộ tin nhắn ngân hàng. Cơ quan bầu cử không có ứng dụng nào hết',
        'p|ai nhan duoc tin "phat nguoi cu tri" thi xoa di nhe, khong co co quan nao ten "cuc quan ly cu tri", cung khong co vu phat vi khong di bau',
        'p|Đoạn ghi âm "nộp ảnh thẻ cử tri của bố mẹ cho giáo viên" trong nhóm phụ huynh là bịa. Mình hỏi cô chủ nhiệm rồi, trường không thu gì hết, hạnh kiểm của con chẳng liên quan chuyện đi bầu',
        "p|Kênh Telegram xưng Hội đồng bầu cử quốc gia bảo gửi ảnh phiếu tự in là được tính phiếu, sai hoàn toàn. Cử tri phải có mặt ở phòng bỏ phiếu, không có bầu qua mạng",
        'p|Cảnh giác trang "tuyển giám sát viên hòm phiếu" thu tiền cọc. Tổ bầu cử do UBND lập ra, không tuyển người trên mạng và không thu cọc của ai',
        "p|Bà con đừng tin tờ giấy dán ở chợ {place} nói mất thẻ cử tri là khỏi bầu. Có tên trong danh sách thì báo tổ bầu cử để được cấp lại thẻ, rồi bầu bình thường",
        "p|Không có giấy xét nghiệm âm tính nào bắt buộc để vào phòng bỏ phiếu {place} nha, chỉ cần đeo khẩu trang, sát khuẩn tay. Thông báo số {docno} kia là giả, phường đã xác nhận",
        'p|Tin "bầu hai đợt, người từ 60 tuổi bầu sau" là bịa nhé. Cả nước bầu chung một ngày 23/5, ai yếu không đi được thì tổ mang hòm phiếu phụ đến tận nhà',
        'p|Thấy nhiều người share "danh sách trúng cử công bố nhanh sau 2 giờ", bấm vào thì đòi đăng nhập Facebook. Đó là trang lấy mật khẩu. Kết quả chính thức do Hội đồng bầu cử quốc gia công bố, không cần đăng nhập gì',
        "p|Em trai mình 18 tuổi nhận tin đòi nộp thẻ cử tri cho hồ sơ nghĩa vụ quân sự. Hỏi ban chỉ huy quân sự xã thì không có chuyện đó, bầu cử với nghĩa vụ quân sự chẳng dính gì nhau",
    ],
    "en": [
        'p|For the {place_en} group: the "police notice" saying people who skipped voting must report to the station is fake. There is no fine and no summons for not voting.',
        'p|My aunt almost sent {fee_en} to a "ward officer" to book a mobile ballot box for my grandma. The real election team brings the box to the house for free, you just tell the neighbourhood head.',
        'p|That "NEC" text saying your ballot has been pre-filled is phishing. Nobody fills in your ballot for you: you mark it yourself, in the booth, on polling day.',
        "p|No, Vietnamese citizens abroad can't vote online in this election, whatever that email with the crest says. Don't type your card details into {link}.",
        'p|Ballots cast in the morning are NOT void. The "printing fault" notice going round {place_en} was never issued by the election team, they confirmed it at the polling station.',
    ],
}

# Press debunks of fake pages, calls and documents.
FAMILY["debunk_report"] = {
    "target": 80,
    "vi": [
        "h|Mạo danh Hội đồng bầu cử quốc gia trên Telegram, dụ cử tri ở nước ngoài gửi ảnh căn cước ({paper})",
        "h|Công an {prov} cảnh báo thủ đoạn gọi điện xưng công an, dọa bầu trùng hai nơi để chiếm đoạt {fee}",
        'a|{dl}Những ngày qua, mạng xã hội lan truyền ảnh một "giấy triệu tập" mang tên Công an {place}, mời người không đi bầu đến làm việc. Công an {place} khẳng định không ban hành văn bản này; pháp luật không quy định xử phạt cử tri không đi bầu.',
        'a|{dl}Ủy ban bầu cử {prov} cho biết trang {platform} mang tên ủy ban, đăng tin tuyển "giám sát viên hòm phiếu" có thu tiền đặt cọc, là trang giả mạo. Tổ bầu cử do UBND cấp xã thành lập theo luật, thành viên không tuyển qua mạng.',
        'h|Không có ứng dụng "Cử tri số": {paper} khuyến cáo không cài tệp .apk lạ',
        "a|{dl}Theo {paper}, nhiều phụ huynh ở {prov} nhận được đoạn ghi âm yêu cầu nộp ảnh thẻ cử tri cho giáo viên. Sở Giáo dục tỉnh khẳng định không có chỉ đạo nào như vậy và đề nghị các trường thông tin lại cho phụ huynh.",
        'h|Sự thật về tin "bầu cử bằng tin nhắn" ở {prov}: đầu số thu cước cao, không liên quan cơ quan bầu cử',
        'a|Văn bản mang tên Ủy ban bầu cử {prov} về việc "cử tri từ 80 tuổi không phải đi bầu, tổ bầu cử ghi phiếu thay" là giả. Theo Luật Bầu cử, cử tri tự mình bỏ phiếu, không nhờ người khác bầu thay; người cao tuổi, ốm đau được bỏ phiếu vào hòm phiếu phụ.',
        'a|{dl}{officer} {prov} đề nghị người dân không tin "công văn" yêu cầu mỗi hộ cử một người đi bầu thay cả gia đình. Đây là văn bản làm giả, dùng con dấu và chữ ký scan từ một văn bản cũ.',
        "h|Đi bầu ở {place} không cần giấy xét nghiệm: văn bản số {docno} lan truyền là giả",
        'a|Một số trang giả danh cơ quan bầu cử đăng "danh sách trúng cử" của {prov} chỉ vài giờ sau khi kết thúc bỏ phiếu, kèm đường dẫn đòi đăng nhập mạng xã hội. Kết quả chính thức do Hội đồng bầu cử quốc gia công bố chậm nhất 20 ngày sau ngày bầu cử.',
        'h|Tin nhắn "phạt nguội cử tri" là lừa đảo, không có cơ quan nào tên "Cục Quản lý cử tri"',
        "a|{dl}Ban chỉ huy quân sự huyện cho biết không yêu cầu thanh niên nộp bản sao thẻ cử tri để làm hồ sơ nghĩa vụ quân sự. Tài khoản tự xưng ban chỉ huy và đường dẫn {link} đang được công an xác minh.",
        'h|Cảnh giác thư điện tử mạo danh Văn phòng Quốc hội hỏi số thẻ ngân hàng của "cử tri tiêu biểu" ở {prov}',
        "a|Sau khi tờ rơi tự xưng Ủy ban bầu cử huyện xuất hiện ở chợ, nói cử tri mất thẻ không được bầu, UBND {place} đã gỡ tờ rơi và thông báo trên loa: cử tri mất thẻ liên hệ tổ bầu cử để được cấp lại và vẫn bỏ phiếu bình thường.",
    ],
    "en": [
        'h|Police in {prov_en} warn of callers posing as officers who claim voters\' IDs were "used twice"',
        "a|{dl_en}A notice bearing the name of the {place_en} election team, claiming that ballots cast before 10 a.m. were void, was fabricated, local officials said. Every ballot cast during polling hours counts and no one was asked to vote again.",
        "h|No, the National Election Council has no app and no online vote for voters abroad, {prov_en} committee says",
        "a|{dl_en}The election committee of {prov_en} said a Facebook page using its name and logo, which offered gifts to people who post their ID numbers, is not theirs. It asked the platform to remove the page and reminded residents that election bodies never ask for ID or bank details online.",
        'h|"Summons" for non-voters in {place_en} is a forgery, ward police say',
    ],
}

FAMILY["opinion"] = {
    "target": 80,
    "vi": [
        "p|Theo mình cơ quan bầu cử mỗi tỉnh nên có một trang chính thức duy nhất và in địa chỉ lên bảng tin phường, chứ mỗi nơi một trang thì dân khó phân biệt thật giả",
        "p|Cá nhân tôi thấy hình ảnh tổ bầu cử mang hòm phiếu phụ đến tận giường bệnh ở {place} là điều đáng quý nhất của ngày bầu cử",
        "a|Đi bầu là quyền, không ai phạt nếu vắng, nhưng tôi vẫn nghĩ mỗi người nên bỏ mười phút đọc tiểu sử người ứng cử ở {place} trước khi cầm phiếu. Gạch tên theo kiểu quen mặt thì phí lá phiếu của mình.",
        "p|Nói thật tiểu sử người ứng cử dán ở nhà văn hóa {place} chữ nhỏ quá, người già đọc không nổi. Nên in to hơn hoặc đọc trên loa vài lần",
        'p|Mình nghĩ nhóm Zalo khu phố nên quy định chỉ đăng thông báo kèm ảnh chụp bảng tin phường, tránh chuyện ai cũng chuyển tiếp "công văn" không rõ nguồn',
        "p|Theo tôi giờ bỏ phiếu 7h–19h là hợp lý, nhưng khu nào nhiều công nhân thì nên mở cửa sớm từ 5h như luật cho phép",
        "a|Lừa đảo mạo danh cơ quan bầu cử kỳ nào cũng có, và nạn nhân thường là người già. Tôi cho rằng con cháu nên ngồi với ông bà mười phút để dặn một điều: bầu cử không thu tiền, không cần mã OTP, không ai gọi điện bắt chuyển khoản. Ở {place} đã có cụ mất tiền vì không ai dặn.",
        "p|Ý kiến riêng: người ứng cử HĐND cấp xã nên tiếp xúc cử tri nhiều buổi hơn, một buổi tối ở hội trường thì người làm ca không dự được",
        'p|Tôi không thích kiểu nhắn trong nhóm "ai chưa đi bầu nhanh lên" liên tục từ sáng tới chiều. Đi bầu là quyền của mỗi người, nhắc một lần là đủ',
        'a|Việc công bố kết quả chậm nhất 20 ngày sau bầu cử làm nhiều người sốt ruột, nhưng theo tôi thời gian đó cần để tổng hợp biên bản từ hàng chục nghìn khu vực bỏ phiếu. Muốn nhanh hơn thì số hóa khâu tổng hợp, chứ đừng tin trang "công bố nhanh" nào trên {platform}.',
        'p|Mong báo chí đăng hẳn ảnh so sánh thông báo thật và giả, chỉ ghi "thông tin sai sự thật" thì nhiều người vẫn không biết nhận diện',
        "p|Góp ý nhỏ cho tổ bầu cử {place}: chỗ xếp hàng nên có mái che, trưa nắng các cụ đứng lâu mệt lắm",
        "p|Tôi thấy quy định không được bầu thay là đúng, kể cả người trong nhà. Mỗi lá phiếu là của một người, vợ chồng cũng không bầu hộ nhau được",
        "p|Nhiều người than danh sách ứng viên ít người quen mặt, nhưng tôi nghĩ chính vì vậy nên đi dự buổi tiếp xúc cử tri để nghe họ nói gì",
        "p|Hòm phiếu phụ là chi tiết tôi thích nhất, nó cho thấy không cử tri nào bị bỏ lại, kể cả người nằm một chỗ ở {place}",
    ],
    "en": [
        "p|Honestly, each election committee should pin one official page and print its address on every ward notice board. Half the scams work because nobody knows which page is real.",
        "p|Unpopular opinion: the wait for official results is fine. Counting happens the same night in {place_en}; the national tally just takes time to add up and check.",
        "a|Voting is voluntary and there is no fine for staying home, but I still think the mobile ballot box is the best thing about polling day in {prov_en}. It says every voter counts, including those who cannot walk to the hall.",
        "p|Wish the candidate bios at the {place_en} community hall were printed in larger type, my grandparents couldn't read them at all",
        'p|Neighbourhood chat groups need one rule: no forwarded "official notices" without a photo of the ward board. It would stop most of the panic in {place_en}',
    ],
}

# Everyday "votes" and parodies of the urgent-notice format (not about the election).
FAMILY["satire"] = {
    "target": 64,
    "vi": [
        "p|THÔNG BÁO KHẨN của Ban quản lý tủ lạnh nhà tôi: ai ăn hộp sữa chua cuối cùng đề nghị tự giác ra đầu thú trước 21h, quá hạn bị cắt quyền mở tủ 😤",
        "p|Hội đồng bầu chọn bữa sáng của phòng trọ công bố: bánh mì {share}, phở được đúng 1 phiếu và đó là phiếu của người đề cử 🥲",
        "p|Mèo nhà tôi tự ứng cử chức chủ căn hộ, chương trình hành động: ngủ trên bàn phím, cắn dây sạc. Cả nhà đang cân nhắc 😹",
        "p|Nhóm phượt bầu người cầm lái chặng đêm, 4/5 phiếu dồn cho đứa đang ngủ vì nó không phản đối được 😂",
        'p|Tin nhắn từ "Tổng cục Bỏ Bữa Sáng": quý vị đã nhịn ăn sáng 5 ngày liên tiếp, vui lòng nộp phạt bằng một bát bún bò trước 9h 🤣',
        "p|Lớp học thêm bầu người giữ chìa khóa phòng, bạn trúng cử xin từ chức ngay tại chỗ vì nhà xa nhất",
        'p|Mẹ ban hành "công văn" số 01/MẸ: từ hôm nay ai rửa bát được quyền chọn kênh TV, không áp dụng hồi tố cho vụ tối qua 😆',
        'p|Kiểm phiếu cuộc thi "bé ngoan nhất nhà": em trai 2 phiếu (của nó và của bà), tôi 0 phiếu, nghi bà bị mua chuộc bằng kẹo',
        "h|Nhóm bạn thân bầu chọn điểm du lịch hè, biển thắng sát nút sau 3 vòng bỏ phiếu",
        'p|Con chó nhà hàng xóm được cả xóm "bầu" làm bảo vệ danh dự vì sủa đúng giờ mỗi khi có người lạ 😂',
        "p|Khảo sát nội bộ công ty: {share} nhân viên muốn họp ngắn hơn, số còn lại đang họp nên chưa trả lời được",
        "p|CLB cờ tướng bầu chủ nhiệm, hai ứng viên hòa phiếu, phân định bằng ván cờ chớp kéo tới 11h đêm",
    ],
    "en": [
        "p|URGENT NOTICE from the Department of My Fridge: whoever took the last yoghurt must turn themselves in by 9 p.m. 😤",
        "p|Book club voted on the next title: the only nominee won 100% of the vote, we are calling it a landslide",
        "p|My cat has announced her candidacy for head of household. Platform: more naps, fewer closed doors 😹",
        "p|Flatmates voted on who cleans the bathroom. Unanimous result: the one who was out buying groceries",
    ],
}

# Citizens' own polling-day posts: queues, first-time and elderly voters, mobile boxes.
FAMILY["election_report"] = {
    "target": 120,
    "vi": [
        "p|vừa đi bầu xong ở {place}, 7h kém 15 đã đông rồi. Nhớ mang thẻ cử tri theo nha, vào là cô tổ bầu cử dò tên rồi phát phiếu liền",
        'p|Lần đầu đi bầu năm 18 tuổi mà hồi hộp hơn đi thi 😅 vào buồng kín gạch xong tự tay bỏ vào hòm, ra được cô tổ bầu cử chúc mừng "cử tri mới"',
        "p|Ảnh hàng người xếp ở sân trường tiểu học {place} lúc 6h50 sáng nay. Ai cũng đeo khẩu trang, đứng cách nhau, chưa tới 20 phút là xong",
        'p|Bà nội 88 tuổi nhất quyết tự đi bầu chứ không chờ hòm phiếu phụ, cả nhà dìu bà ra nhà văn hóa {place}. Bà bảo "phiếu của bà thì bà bỏ"',
        "p|Sáng nay tổ bầu cử mang hòm phiếu phụ vào tận nhà ông hàng xóm bị tai biến. Ông tự gạch phiếu, tự bỏ vào hòm, hai cô chú niêm phong rồi mang về điểm bầu",
        "p|Check-in điểm bỏ phiếu số {unit} 😎 lần đầu có tên trong danh sách cử tri, xếp hàng 10 phút, không mất đồng nào, còn được phát chai nước",
        'p|Đi bầu về, thẻ cử tri được đóng dấu "Đã bỏ phiếu", cất vào album làm kỷ niệm lần thứ ba đi bầu',
        "p|cả nhà 5 cử tri đi bầu lúc 8h, mỗi người tự nhận phiếu của mình. Em út 18 tuổi lần đầu đi, bố mẹ đứng ngoài chờ chứ không vào buồng cùng 😄",
        "p|Khu mình bầu ở hội trường tổ dân phố {place}, 9h rồi vẫn xếp hàng ra tới đầu ngõ. Tổ bầu cử cho người già với người bế con nhỏ lên trước",
        "p|Sáng nay khai mạc ở khu mình có chào cờ, đọc nội quy phòng bỏ phiếu, mời 2 cử tri xem hòm trống rồi mới niêm phong. Đi bầu mấy lần giờ mới để ý mấy thủ tục này",
        "p|Ở trọ xa nhà nhưng có tên trong danh sách cử tri nơi tạm trú nên bầu luôn ở {place}, khỏi về quê. Cảm ơn bác chủ trọ nhắc đăng ký từ tháng trước",
        "p|Mẹ mình không biết chữ nên nhờ mình viết phiếu hộ, viết xong mẹ tự cầm bỏ vào hòm. Cô tổ bầu cử dặn người viết hộ phải giữ kín, mình hứa không kể ai 😅",
        "p|Cập nhật nhanh điểm bầu {place} lúc {hprog}: hết cảnh xếp hàng rồi, tổ bầu cử nói đã có khoảng {ppct} cử tri đi bầu. Ai chưa đi thì còn tới 19h nha",
        "p|Tan ca đêm về thẳng điểm bầu, 6h55 đứng đầu hàng luôn 😂 bầu xong về ngủ. Chỉ cần thẻ cử tri, không giấy tờ gì thêm",
        "p|Ông ngoại đang nằm viện, sáng nay tổ bầu cử mang hòm phiếu phụ vào tận khoa nội. Ông kể 60 năm nay chưa bỏ lần bầu cử nào",
        'p|Đưa con trai đi bầu lần đầu, nó hỏi "có phải nộp tiền gì không mẹ". Không có đồng nào con ơi, mang thẻ cử tri rồi tự tay gạch phiếu thôi',
        "p|Chụp được tấm ảnh mấy cụ mặc áo dài xếp hàng trước nhà văn hóa, đẹp quá nên đăng lên. Điểm bầu số {unit} {place} vui như ngày hội",
        "h|Cử tri {place} đăng ảnh xếp hàng đi bầu từ sáng sớm lên mạng xã hội",
        'a|{dl}Trên các nhóm cộng đồng ở {prov}, nhiều người đăng ảnh thẻ cử tri đóng dấu "Đã bỏ phiếu" kèm dòng trạng thái "hoàn thành nghĩa vụ công dân". Phần đông là sinh viên lần đầu đi bầu.',
        "p|vua bo phieu xong o diem so {unit}, nhanh gon, to bau cu huong dan tan tinh. nho mang the cu tri, tu gach phieu, khong ai bau ho ai duoc dau",
        'p|Cô hàng xóm 70 tuổi hỏi "con bầu giùm cô được không", mình giải thích là không được, rồi chở cô ra tận nơi, tổ hướng dẫn cho, 10 phút là xong',
        "p|Trời mưa mà điểm bầu {place} vẫn đông, tổ bầu cử căng bạt cho mọi người đứng chờ. Bầu xong còn đứng nghe tổ trưởng chỉ cách gạch phiếu cho mấy bạn 18 tuổi",
        "p|Hôm nay 23/5 bầu đại biểu Quốc hội và HĐND các cấp, cầm mấy lá phiếu khác màu, đọc kỹ từng tờ mới gạch. Ai chưa đi thì tranh thủ nha",
    ],
    "en": [
        "p|Just voted! Took about 15 minutes at the {place_en} community hall. Bring your voter card, they check your name on the list and hand you the ballots",
        "p|First time voting at 18 and weirdly nervous. Marked my ballots in the booth, dropped them in the box myself, got my card stamped. Done ✅",
        "p|Queue outside polling station {unit} in {place_en} at 6:45 a.m. Masks on, a metre apart, and the line moved fast",
        "p|Grandpa is 91 and can't leave bed anymore, so two members of the election team brought a small sealed box to the house this morning. He marked his ballot and put it in himself",
        "p|Took mum to vote: she can't write, so I filled in her ballot as she told me and she put it in the box herself. The officer reminded me to keep it secret",
        "h|Voters in {place_en} share queue photos and first-vote selfies on polling day",
        "p|Polling station near us in {place_en} still had a short line at 4 p.m.; they said it stays open until 7 p.m. No fees, no forms, just the card",
    ],
}
