"""Off-topic news across a paper's sections (``relevant: false``): business, technology, sport,
entertainment, crime, weather.

Styles learned from reading (not copying) the section pages of Vietnamese news sites and their
RSS feeds: petrol-price and stock-market reports full of figures and dates, product launches and
release notes, match reports with scores and rounds, film and concert news, police reports on
fraud (with the same "chuyển khoản", "mã OTP", "giả mạo" words scam notices use), and forecasts
with temperatures and postponed events. Dates, fines, percentages and "postponed to" appear on
purpose: in these sections they say nothing about an election.

Each template is ``kind|text`` (h/a/p = headline, article, post).
"""

from __future__ import annotations

FAMILY: dict[str, dict] = {}

FAMILY["offtopic_business"] = {
    "target": 75,
    "vi": [
        "h|Giá xăng {fuelchg} từ 15 giờ chiều nay",
        "h|VN-Index {idxchg}, đóng cửa ở {idx}",
        "h|{company} báo lãi {money} trong quý I, tăng {ppct} so với cùng kỳ",
        "h|Cổ phiếu {ticker} tăng trần sau tin chia cổ tức",
        "h|Giá vàng miếng giảm mạnh phiên đầu tuần",
        "h|Xuất khẩu thủy sản 5 tháng đạt {money}",
        "a|Kết phiên ngày {rday}, VN-Index {idxchg} xuống còn {idx}. Nhóm cổ phiếu ngân hàng phân hóa; khối ngoại bán ròng hơn {money} trên sàn HOSE.",
        "a|Liên Bộ Công Thương - Tài chính điều chỉnh giá xăng dầu trong kỳ điều hành ngày {rday}: xăng RON 95 {fuelchg}, dầu diesel giảm nhẹ. Quỹ bình ổn giá không được trích lập.",
        "a|{company} dự kiến chào bán cổ phiếu lần đầu ra công chúng vào tháng tới, huy động khoảng {money} để mở rộng nhà máy. Mã cổ phiếu dự kiến là {ticker}.",
        "a|Ngân hàng Nhà nước giữ nguyên lãi suất điều hành. Nhiều ngân hàng thương mại giảm lãi suất huy động kỳ hạn 12 tháng khoảng 0,2 điểm phần trăm.",
        "p|Xăng lại {fuelchg} rồi, đổ bình đầy giờ hơn 80 nghìn 😩",
    ],
    "en": [
        "h|{company_en} posts {ppct_en} jump in first-quarter profit",
        "a|Vietnam's benchmark VN-Index closed lower on {rday_en} as bank shares were mixed and foreign investors sold a net {money_en}.",
        "h|Petrol prices cut for the second time this month",
    ],
}

FAMILY["offtopic_technology"] = {
    "target": 65,
    "vi": [
        "h|Ra mắt {phone} mới, giá từ 8,9 triệu đồng",
        "h|{app} cập nhật phiên bản mới, sửa lỗi đăng nhập",
        "h|Phát hiện lỗ hổng bảo mật nghiêm trọng trên nhiều mẫu router",
        "h|Mạng 5G được thử nghiệm tại {prov}",
        "a|Bản cập nhật 4.2 của {app} bổ sung chế độ tối, cải thiện tốc độ tải và sửa lỗi khiến một số người dùng không nhận được thông báo. Người dùng nên cập nhật lên phiên bản mới nhất.",
        "a|Cục An toàn thông tin khuyến cáo người dùng cập nhật phần mềm ngay sau khi phát hiện lỗ hổng cho phép chiếm quyền điều khiển thiết bị từ xa. Nhà sản xuất đã phát hành bản vá.",
        "a|{phone} mới có pin 5.000 mAh, màn hình 6,7 inch và hỗ trợ sạc nhanh. Máy được bán từ {rday} tại các cửa hàng trên toàn quốc.",
        "a|Một công ty khởi nghiệp ở {prov} ra mắt nền tảng trí tuệ nhân tạo hỗ trợ nông dân dự báo sâu bệnh qua ảnh chụp lá cây.",
        "p|Ai dùng {app} bản mới bị văng ra liên tục không, mình cài lại mấy lần rồi",
    ],
    "en": [
        "h|Release notes: version 4.2 fixes sign-in bug and adds dark mode",
        "a|The company unveiled {product_en} with a 5,000 mAh battery, going on sale on {rday_en}.",
        "h|Security researchers warn of flaw in popular home routers",
    ],
}

FAMILY["offtopic_sport"] = {
    "target": 65,
    "vi": [
        "h|{club} thắng {score} trước {club} ở {round} V-League",
        "h|Hoãn trận đấu {round} do sân ngập nước",
        "h|Đội tuyển bóng đá nữ giành quyền vào bán kết",
        "h|Giải marathon {prov} dời sang ngày {day} vì thời tiết",
        "a|Trên sân nhà, {club} có chiến thắng {score} trước {club} trong khuôn khổ {round} V-League. Kết quả giúp đội bóng vươn lên vị trí thứ ba trên bảng xếp hạng.",
        "a|Ban tổ chức giải chạy {prov} thông báo lùi ngày thi đấu sang {day} do dự báo mưa lớn. Vận động viên đã đăng ký được giữ nguyên số đeo và quyền lợi.",
        "a|Tiền vệ của {club} bị phạt {fine} và treo giò hai trận vì phản ứng trọng tài ở {round}.",
        "p|Trận {club} hôm qua đá hay quá, {score} mà phút cuối mới có bàn quyết định",
    ],
    "en": [
        "h|{club_en} beat {club_en} {score} to climb to third",
        "a|Organisers of the city marathon moved the race to a later date because of heavy rain forecasts; registered runners keep their bibs.",
    ],
}

FAMILY["offtopic_entertainment"] = {
    "target": 65,
    "vi": [
        "h|{film} thu 50 tỷ đồng sau một tuần ra rạp",
        "h|{singer} tổ chức liveshow kỷ niệm 10 năm ca hát",
        "h|Lễ trao giải âm nhạc năm nay dời sang tháng sau",
        "h|{film} bị hoãn công chiếu vì dịch COVID-19",
        "a|{film} của đạo diễn trẻ đã vượt mốc doanh thu 50 tỷ đồng sau một tuần ra rạp. Phim kể về hành trình tìm lại ký ức của một gia đình làng chài.",
        "a|Đêm nhạc của {singer} tại {prov} thu hút hàng nghìn khán giả. Ban tổ chức dành một phần doanh thu cho quỹ học bổng của địa phương.",
        "a|Nhà sản xuất thông báo lùi ngày phát hành {film} sang {day}, sau khi nhiều rạp tạm đóng cửa để phòng dịch.",
        "p|Vừa xem {film} xong, khóc như mưa luôn mọi người ơi 😭",
    ],
    "en": [
        "h|{film_en} tops the box office for a second weekend",
        "a|The singer's anniversary concert drew thousands of fans; part of the proceeds will fund local scholarships.",
    ],
}

FAMILY["offtopic_crime"] = {
    "target": 75,
    "vi": [
        "h|Bắt nhóm đối tượng lừa đảo chiếm đoạt {loss} qua mạng",
        "h|Giả danh nhân viên ngân hàng, lừa lấy mã OTP của người cao tuổi",
        "h|Tai nạn giao thông trên quốc lộ qua {prov}, hai người bị thương",
        "h|Khởi tố đối tượng {age_n} tuổi trộm cắp xe máy tại {place}",
        "h|Cảnh báo thủ đoạn giả mạo nhân viên điện lực đòi tiền điện",
        "a|Công an {prov} vừa bắt giữ {num} đối tượng lập trang {platform} giả mạo nhà xe bán vé, yêu cầu khách chuyển khoản đặt cọc rồi chiếm đoạt. Tổng số tiền bị chiếm đoạt khoảng {loss}.",
        "a|Đối tượng gọi điện tự xưng nhân viên ngân hàng, yêu cầu bà N. ({age_n} tuổi, ở {place}) đọc mã OTP để 'nâng hạn mức thẻ'. Chỉ ít phút sau, tài khoản của bà bị rút {loss}.",
        "a|Khoảng 22 giờ ngày {rday}, xe tải va chạm với xe máy trên quốc lộ đoạn qua {place}, khiến hai người bị thương. Cơ quan chức năng đang điều tra nguyên nhân.",
        "a|Tòa án nhân dân {prov} tuyên phạt bị cáo {age_n} tuổi 7 năm tù về tội lừa đảo chiếm đoạt tài sản, buộc bồi thường {loss} cho các bị hại.",
        "p|Mọi người cẩn thận, có số lạ gọi xưng công an yêu cầu chuyển tiền để 'xác minh tài khoản', lừa đảo đó",
    ],
    "en": [
        "h|Police arrest gang that posed as bank staff to steal OTP codes",
        "a|Police in {prov_en} arrested {num} suspects who ran fake ticketing pages and took deposits from travellers.",
    ],
}

FAMILY["offtopic_weather"] = {
    "target": 65,
    "vi": [
        "h|{region} nắng nóng gay gắt, nhiệt độ cao nhất {temp}",
        "h|Không khí lạnh tràn về, {region} rét đậm",
        "h|Mưa lớn tại {region}, lượng mưa phổ biến {rain}",
        "h|Áp thấp nhiệt đới có khả năng mạnh lên thành bão trong 24 giờ tới",
        "a|Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, từ ngày {rday} {region} có nắng nóng, nhiệt độ cao nhất {temp}, độ ẩm thấp. Người dân cần hạn chế ra ngoài vào giữa trưa.",
        "a|Do ảnh hưởng của rãnh áp thấp, {region} có mưa vừa, mưa to, lượng mưa phổ biến {rain}. Cảnh báo nguy cơ lũ quét, sạt lở đất ở vùng núi.",
        "a|Nhiều trường học tại {prov} cho học sinh nghỉ ngày {day} để tránh bão; các hoạt động ngoài trời được dời lại.",
        "p|Trời nóng {temp} mà mất điện cả buổi chiều, khổ quá",
    ],
    "en": [
        "h|Heatwave grips {region_en}, temperatures reach 39C",
        "a|Heavy rain is forecast for {region_en} from {rday_en}, with flash flood warnings in mountain districts.",
    ],
}
