"""Phrases of the offline demo: ordinary news, official messaging, distortions and posts.

Written for the demo (not the seed training templates), so the demo never shows the model grading
its own homework. `monitor.demo.demo_data` builds feeds from them.
"""

P = {
    "place": [
        "phường Hòa An",
        "xã Tân Lộc",
        "phường Bình Minh",
        "thị trấn Phú Mỹ",
        "xã Thuận Hòa",
        "phường Trung Tâm",
        "xã Yên Phú",
        "xã Đông Sơn",
        "phường 12",
        "ấp Long Thạnh",
    ],
    "prov": ["tỉnh Bình Giang", "tỉnh Hòa Lâm", "tỉnh Nam Sơn", "tỉnh Phú Điền", "tỉnh Đông Hải"],
    "cand": ["ông Nguyễn Văn A", "bà Lê Thị C", "ông Phạm Văn D", "bà Đỗ Thị F", "ông Bùi Văn H"],
    "n": ["14", "22", "31", "46", "58", "73", "96", "120", "148"],
    "topic": [
        "cấp nước sạch",
        "kẹt xe giờ cao điểm",
        "sạt lở bờ sông",
        "trường học quá tải",
        "giá phân bón",
        "đền bù dự án",
        "an toàn thực phẩm",
        "chiếu sáng đường quê",
    ],
    "country": ["Peru", "Israel", "Hà Lan", "Canada", "Mông Cổ", "Cộng hòa Síp"],
    "place_en": ["Hoa An ward", "Tan Loc commune", "Binh Minh ward", "Phu My town"],
    "prov_en": ["Binh Giang", "Hoa Lam", "Nam Son", "Phu Dien", "Dong Hai"],
    "country_en": ["Peru", "Israel", "the Netherlands", "Canada", "Mongolia"],
    "wd": ["29/5", "6/6", "13/6", "5/6"],
    "pct": ["64,2%", "71,8%", "83,5%", "57,9%", "92,1%"],
    "deps": ["437", "482", "515", "468"],
    "fee": ["80.000đ", "120 nghìn", "250.000 đồng", "60k"],
    "fine": ["3 triệu", "4 triệu đồng", "800 nghìn", "6 triệu"],
    "link": ["cutri-xacminh.example", "thecutri-2021.example", "baucu-dangky.example"],
}

# --- ordinary news (label none) ------------------------------------------------ (title, body)
NEWS_VI = [
    (
        "{prov} tập huấn nghiệp vụ cho {n} tổ bầu cử",
        "Các thành viên tổ bầu cử được hướng dẫn quy trình phát phiếu, bố trí phòng bỏ phiếu và kiểm phiếu theo Luật Bầu cử.",
    ),
    (
        "Chuẩn bị ngày hội non sông tại {place}",
        "Nhà văn hóa khu dân cư được sửa sang, treo băng rôn và bố trí lối đi một chiều cho cử tri.",
    ),
    (
        "Niêm yết danh sách cử tri tại {place}",
        "Danh sách được dán tại trụ sở Ủy ban nhân dân và nhà văn hóa các thôn. Người dân có thể đến xem và đề nghị sửa nếu thông tin chưa đúng.",
    ),
    (
        "Người ứng cử gặp gỡ cử tri {place}",
        "Tại buổi tiếp xúc, cử tri nêu nhiều ý kiến về {topic}; {cand} trình bày chương trình hành động nếu trúng cử.",
    ),
    (
        "Cử tri {place} gửi gắm kiến nghị về {topic}",
        "Nhiều ý kiến mong người trúng cử theo dõi đến cùng các cam kết, nhất là chuyện {topic}.",
    ),
    (
        "Ủy ban bầu cử {prov} bàn phương án bảo đảm an ninh",
        "Cuộc họp thống nhất phương án trực bảo vệ tại các điểm bỏ phiếu và phương án dự phòng mưa bão.",
    ),
    (
        "Phát thẻ cử tri tới từng hộ dân ở {place}",
        "Tổ trưởng dân phố đi từng nhà phát thẻ, nhắc cử tri kiểm tra họ tên và ngày sinh.",
    ),
    (
        "Đoàn viên {place} tình nguyện đưa đón cử tri cao tuổi",
        "Các đội xe máy tình nguyện sẵn sàng chở người già, người khuyết tật đến điểm bỏ phiếu ngày 23/5.",
    ),
    (
        "Kiểm tra công tác phòng dịch tại điểm bỏ phiếu ở {place}",
        "Mỗi điểm bỏ phiếu có nước sát khuẩn, khẩu trang dự phòng và khu vực riêng cho người có triệu chứng.",
    ),
    (
        "Loa lưu động tuyên truyền bầu cử ở vùng sâu {prov}",
        "Xe loa đi khắp các thôn bản, phát thông tin về ngày bầu cử và cách bỏ phiếu bằng tiếng phổ thông và tiếng dân tộc.",
    ),
    (
        "{prov}: hội nghị hiệp thương thống nhất danh sách người ứng cử",
        "Hội nghị do Ủy ban Mặt trận Tổ quốc tỉnh chủ trì, thống nhất danh sách chính thức gửi Ủy ban bầu cử.",
    ),
    (
        "Hướng dẫn cử tri cách điền phiếu bầu đúng quy định",
        "Cán bộ tổ bầu cử {place} giới thiệu mẫu phiếu và cách gạch tên, nhắc rằng phiếu bầu là bí mật.",
    ),
    (
        "Tranh cổ động bầu cử phủ khắp {place}",
        "Các tuyến phố chính được trang trí pa-nô, áp phích về ngày bầu cử 23/5.",
    ),
    (
        "{prov} đẩy nhanh tiêm vắc xin COVID-19 cho lực lượng tuyến đầu",
        "Ngành y tế tỉnh tiếp nhận thêm vắc xin và ưu tiên nhân viên y tế, lực lượng chống dịch.",
    ),
    (
        "Mưa lớn gây ngập cục bộ nhiều tuyến đường ở {place}",
        "Nước rút sau khoảng hai giờ; chính quyền khuyến cáo người dân không đi qua các điểm ngập sâu.",
    ),
    ("Khai mạc hội chợ nông sản {prov}", "Hơn {n} gian hàng giới thiệu đặc sản địa phương; hội chợ kéo dài năm ngày."),
    (
        "Giá lúa tăng nhẹ, nông dân {place} phấn khởi",
        "Thương lái thu mua tại ruộng với giá cao hơn vụ trước khoảng 200 đồng mỗi ký.",
    ),
    (
        "Cử tri {country} đi bầu giữa mùa dịch",
        "Cơ quan bầu cử {country} cho biết đã bố trí thêm điểm bỏ phiếu để giãn cách; kết quả sẽ có trong tuần tới.",
    ),
    (
        "{country}: tòa án xem xét khiếu nại về kiểm phiếu",
        "Một đảng đối lập ở {country} đề nghị kiểm lại phiếu tại vài khu vực; cơ quan bầu cử nước này nói sẽ hợp tác.",
    ),
    (
        "Ý kiến: cần giới thiệu người ứng cử rõ hơn cho cử tri trẻ",
        "Người viết cho rằng tiểu sử dán ở nhà văn hóa khó tiếp cận với sinh viên ở trọ, nên có thêm bản điện tử.",
    ),
]
NEWS_VI_ELECTION_DAY = [
    (
        "Cử tri {place} đi bầu từ sáng sớm",
        "Ngay từ 6 giờ 30, nhiều người đã có mặt trước nhà văn hóa; lễ khai mạc diễn ra lúc 7 giờ.",
    ),
    (
        "Hòm phiếu phụ đến tận giường bệnh ở {place}",
        "Tổ bầu cử mang hòm phiếu phụ đến nhà cử tri cao tuổi và người đang điều trị để họ tự bỏ phiếu.",
    ),
    (
        "{prov}: bầu cử diễn ra an toàn, đúng luật",
        "Ủy ban bầu cử tỉnh cho biết đến trưa nhiều khu vực bỏ phiếu đã có đông cử tri đi bầu.",
    ),
    (
        "Lần đầu đi bầu, sinh viên {place} háo hức",
        "Nhiều bạn trẻ vừa đủ 18 tuổi chụp ảnh lưu niệm trước điểm bỏ phiếu.",
    ),
]
NEWS_VI_AFTER = [
    (
        "Các tổ bầu cử ở {place} hoàn tất kiểm phiếu",
        "Kiểm phiếu được tiến hành công khai tại phòng bỏ phiếu ngay sau khi kết thúc bỏ phiếu.",
    ),
    (
        "{prov} tổng hợp kết quả bầu cử HĐND các cấp",
        "Ủy ban bầu cử tỉnh đang rà soát biên bản từ các ban bầu cử, dự kiến công bố theo đúng thời hạn luật định.",
    ),
    (
        "Chờ công bố chính thức kết quả bầu cử đại biểu Quốc hội",
        "Hội đồng bầu cử quốc gia sẽ công bố kết quả chậm nhất 20 ngày sau ngày bầu cử.",
    ),
    (
        "Cử tri {place} mong người trúng cử sớm bắt tay vào việc",
        "Chuyện {topic} được nhắc lại nhiều lần tại các buổi trò chuyện sau ngày bầu cử.",
    ),
]
NEWS_VI_REBUTTAL = [
    (
        "Không có chuyện lùi ngày bầu cử sang 30/5",
        "Ủy ban bầu cử {prov} khẳng định ngày bầu cử vẫn là Chủ nhật 23/5/2021 theo Nghị quyết của Quốc hội; thông tin lùi ngày là bịa đặt.",
    ),
    (
        "Xác minh: tin 'hoãn bầu cử vì dịch' là giả",
        "Văn bản được chia sẻ không có số hiệu, con dấu hợp lệ. Cơ quan chức năng đề nghị người dân không chia sẻ.",
    ),
]
NEWS_EN = [
    (
        "Vietnam readies polling stations for May 23 vote",
        "Election teams in {prov_en} are arranging polling rooms with one-way aisles and hand sanitiser.",
    ),
    (
        "Voter lists go on display in {place_en}",
        "Residents can check their names at the People's Committee office and ask for corrections.",
    ),
    ("Candidates meet voters in {prov_en}", "Questions focused on local infrastructure and jobs for young people."),
    (
        "Election officials warn of fake text messages",
        "Officials said election bodies never ask voters for fees, bank details or OTP codes.",
    ),
    (
        "{prov_en} steps up COVID-19 checks ahead of election",
        "Health workers will be present at larger polling stations.",
    ),
    (
        "Voters in {country_en} head to the polls",
        "Turnout figures are expected from the electoral commission there later in the week.",
    ),
    ("Rice prices edge up in the Mekong Delta", "Traders paid slightly more per kilogram than last season."),
]
NEWS_EN_AFTER = [
    ("Vote counting wraps up across {prov_en}", "Counting took place in each polling room right after voting closed."),
    (
        "Official National Assembly results due by mid-June",
        "The National Election Council announces results no later than 20 days after election day.",
    ),
]

# --- official portal (label none; approved messaging) ------------------------------------
OFFICIAL = [
    (
        "Ngày bầu cử: Chủ nhật, 23/5/2021",
        "Cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026 diễn ra vào Chủ nhật 23/5/2021.",
    ),
    (
        "Thời gian bỏ phiếu từ 7 giờ đến 19 giờ",
        "Tổ bầu cử có thể mở sớm hơn nhưng không trước 5 giờ, hoặc kết thúc muộn hơn nhưng không quá 21 giờ.",
    ),
    (
        "Cử tri phải tự mình đi bỏ phiếu",
        "Không bầu thay, không bầu qua thư hay qua mạng. Người ốm đau, già yếu, khuyết tật được mang hòm phiếu phụ đến nơi ở.",
    ),
    ("Đủ 18 tuổi tính đến ngày bầu cử là có quyền bầu cử", "Công dân đủ 21 tuổi trở lên có quyền ứng cử."),
    (
        "Kiểm tra tên mình trong danh sách cử tri",
        "Danh sách cử tri được niêm yết chậm nhất 40 ngày trước ngày bầu cử tại trụ sở UBND cấp xã và nơi công cộng.",
    ),
    (
        "Đi bầu không mất phí",
        "Cơ quan bầu cử không thu tiền, không đề nghị cung cấp mã OTP hay tài khoản ngân hàng qua tin nhắn hoặc đường link.",
    ),
    ("Lá phiếu của bạn là bí mật", "Bầu cử theo nguyên tắc phổ thông, bình đẳng, trực tiếp và bỏ phiếu kín."),
    (
        "Không có khoản phạt nào đối với cử tri",
        "Đi bầu là quyền và nghĩa vụ của công dân; không ai bị phạt vì đã bầu cho ai.",
    ),
    (
        "Thông tin về người ứng cử: xem danh sách niêm yết chính thức",
        "Đề nghị cử tri không tin ảnh chụp màn hình, 'tài liệu mật' không rõ nguồn.",
    ),
]
OFFICIAL_REBUTTAL = [
    (
        "Bác bỏ tin đồn lùi ngày bầu cử",
        "Ngày bầu cử không thay đổi: Chủ nhật 23/5/2021. Văn bản 'lùi sang 30/5' đang lan truyền là giả mạo.",
    ),
    (
        "Khẳng định: ngày bầu cử vẫn là 23/5/2021",
        "Đề nghị cử tri chỉ theo dõi thông báo của Ủy ban bầu cử tỉnh và UBND xã, phường.",
    ),
]
OFFICIAL_RESULTS = (
    "Hội đồng bầu cử quốc gia công bố kết quả bầu cử đại biểu Quốc hội khóa XV",
    "Có 499 người trúng cử đại biểu Quốc hội khóa XV; tỷ lệ cử tri cả nước đi bỏ phiếu đạt 99,60%.",
)

# --- distortions (demo phrasing, not the seed templates) ------------------------------------
DIST = {
    "procedure_false": [
        "Lịch mới: cử tri {place} đi bầu vào {wd}, chủ nhật 23/5 nghỉ",
        "Tổ trưởng bảo năm nay một người cầm thẻ đi bầu giùm cả nhà được luôn",
        "Đi bầu chỉ từ 7h tới 11h thôi nghe bà con, trưa là đóng hòm",
        "Phải đủ 20 tuổi mới có tên đi bầu, con mình 18 chưa được",
    ],
    "fraud_claim": [
        "Nói thật chứ kết quả ở {place} có sẵn rồi, hòm phiếu chỉ để trưng",
        "Tối qua thấy người ta ôm thêm một thùng phiếu vào nhà văn hóa {place}",
        "Xóm tôi nửa số nhà đi làm xa mà báo đi bầu đủ hết, tính sao đây",
        "Phiếu gạch tên {cand} bị để riêng ra, đếm kiểu gì cũng trúng",
    ],
    "participation_deterrence": [
        "Cẩn thận, ở {place} ai không đi bầu sẽ bị phạt {fine} đó",
        "Gạch tên {cand} là bị ghi sổ, mai mốt xin giấy tờ khó lắm",
        "Điểm bỏ phiếu {place} có F0, đi bầu về là đi cách ly luôn",
        "Phiếu bầu đánh số theo thẻ cử tri, họ dò ra ai gạch ai liền",
    ],
    "fabricated_results": [
        "Có số rồi: {prov} đi bầu được {pct}, thấp hơn hẳn mọi năm",
        "Vừa chốt: {cand} rớt ở {place}, chưa tới 30% phiếu",
        "Cả nước {deps} người trúng cử, hội đồng bầu cử đã duyệt xong",
        "Nguồn tin riêng: tỷ lệ đi bầu toàn quốc chỉ {pct}",
    ],
    "impersonation": [
        "[Ủy ban bầu cử {prov}] Cử tri xác minh danh tính tại {link} trước 18h để giữ tên trong danh sách",
        "Thông báo của Tổ bầu cử {place}: mỗi cử tri đóng {fee} phí làm thẻ, nộp qua tài khoản tổ trưởng",
        "HDBC thong bao: the cu tri cua ban chua kich hoat, nhap ma OTP tai {link}",
        "Ban bầu cử {place} (trang chính thức): cử tri tải ứng dụng Bầu Cử Số, đăng nhập bằng tài khoản ngân hàng",
    ],
    "candidate_fabrication": [
        "Ảnh đơn xin rút của {cand} đây, ông ấy không ra ứng cử nữa",
        "{cand} nói thẳng ở buổi gặp dân: 'ai bầu tôi thì tôi lo, không bầu thì thôi'",
        "Lộ hồ sơ: {cand} khai man bằng cấp, giấy tờ chụp rõ mồn một",
        "Clip {cand} hứa cho mỗi hộ {place} 1 triệu nếu trúng cử",
    ],
}
# The headline of each DIST claim, in the same order: a news item's title and body tell one story
# (their slots take the same values: the same place, the same candidate).
NEWS_DIST_TITLE = {
    "procedure_false": [
        "Rộ lịch bầu cử mới ở {place}: đi bầu ngày {wd}",
        "Năm nay cho phép bầu thay người thân?!",
        "Điểm bỏ phiếu đóng cửa từ 11 giờ trưa?",
        "Đủ 20 tuổi mới được đi bầu?",
    ],
    "fraud_claim": [
        "Người dân {place} tố kết quả bầu cử 'có sẵn'",
        "Thùng phiếu lạ xuất hiện trong đêm ở {place}",
        "Đi làm xa vẫn được báo 'đã đi bầu'?",
        "Phiếu gạch tên {cand} bị để riêng?",
    ],
    "participation_deterrence": [
        "Không đi bầu có thể bị phạt tới {fine}",
        "Gạch tên ứng cử viên sẽ bị ghi sổ?",
        "Điểm bỏ phiếu {place} thành ổ dịch?",
        "Lá phiếu bị đánh số để dò người bầu?",
    ],
    "fabricated_results": [
        "Rò rỉ kết quả: {prov} chỉ {pct} cử tri đi bầu",
        "Tin nhanh: {cand} thất cử ở {place}",
        "{deps} người trúng cử Quốc hội khóa XV (tin nhanh)",
        "Tỷ lệ đi bầu cả nước chỉ {pct}?",
    ],
    "impersonation": [
        "Ủy ban bầu cử {prov} yêu cầu cử tri xác minh online",
        "Thông báo thu phí thẻ cử tri ở {place}",
        "Tin nhắn 'kích hoạt thẻ cử tri' bằng mã OTP",
        "Ban bầu cử {place} yêu cầu tải ứng dụng bầu cử",
    ],
    "candidate_fabrication": [
        "Sốc: {cand} rút khỏi danh sách ứng cử",
        "Phát ngôn gây bão của {cand} tại buổi gặp cử tri",
        "{cand} bị tố khai man bằng cấp",
        "Clip {cand} hứa tiền cho cử tri {place}",
    ],
}
SOCIAL_NONE = [
    "Có ai biết nhà văn hóa {place} mấy giờ mở cửa bỏ phiếu không ạ",
    "Đi bầu xong rồi nè, xếp hàng có 10 phút 😊",
    "Ông bà mình yếu quá, tổ bầu cử nói sẽ mang hòm phiếu tới nhà, yên tâm",
    "Mong người trúng cử để ý chuyện {topic} ở {place} giùm dân",
    "Ứng viên nói hay nhưng chưa thấy ai nói rõ chuyện {topic}",
    "Năm nay lần đầu đi bầu luôn, hồi hộp ghê",
    "Thẻ cử tri ghi sai ngày sinh của mẹ mình thì sửa ở đâu mọi người?",
    "Chủ nhật này đi bầu xong cả nhà đi ăn phở 😋",
    "Tin nhắn đòi phí thẻ cử tri là lừa đảo nha, đừng chuyển tiền",
    "Bầu ai nấu cơm tối nay: 3 phiếu cho ba, ba thua chắc 😂",
    "Chợ {place} sáng nay rau rẻ quá trời",
    "Ai ở {place} mất điện không hay mỗi nhà mình",
    "Xem bầu cử ở {country} trên tivi mà thấy họ xếp hàng dài ghê",
    "Phường dán danh sách cử tri rồi đó, ra coi có tên mình không",
    "Hôm nay tổ dân phố {place} họp bàn chuyện {topic}, đông vui",
    "Cho hỏi ở trọ {place} hơn năm thì bầu ở đây được không",
    "Đọc tiểu sử mấy ứng viên ở nhà văn hóa {place} rồi, chữ hơi nhỏ",
    "Ủng hộ ứng viên nào nói được chuyện {topic}, còn lại nói chung chung quá",
    "Tin {country} kiểm phiếu lại mấy ngày chưa xong, mệt giùm họ",
    "Mai đi bầu sớm rồi đi làm, ai ở {place} đi chung không",
]
SOCIAL_TAILS = [" 😊", " 👍", "!", " ạ", " mọi người ơi", " #bầucử2021", " 🇻🇳", " hihi", "..."]
SOCIAL_REBUTTAL_SHARE = [
    "Phường mới xác nhận: vẫn bầu ngày 23/5 nha, tin lùi ngày là giả",
    "Đừng share tin lùi bầu cử nữa mọi người, ủy ban bầu cử tỉnh bác bỏ rồi",
]
# The spike: one post copied across channels with small changes.
SPIKE_BASE = "THÔNG BÁO: bầu cử đại biểu Quốc hội và HĐND lùi sang ngày 30/5/2021 do dịch bệnh, các tổ bầu cử tạm ngưng phát thẻ cử tri. Mọi người chia sẻ để bà con biết!"
SPIKE_SWAPS = [
    ("lùi sang", "dời sang"),
    ("bà con", "mọi người"),
    ("do dịch bệnh", "vì dịch"),
    ("tạm ngưng", "tạm dừng"),
    ("Mọi người chia sẻ", "Share gấp"),
]
SPIKE_EMOJI = ["⚠️", "‼️", "📢", "😱", "👉"]

# --- an emerging rumour no narrative in the taxonomy names (left unlabelled on purpose) -------------
# "Ballots carry a hidden QR code that tells officials who you voted for": it starts as a few posts
# on a Saturday evening, spreads through the posts and then to two news sites over four days.
# `python -m monitor emerging` should put it first by the end of its first full day.
RUMOUR_POSTS = [
    "Nghe nói phiếu bầu năm nay có in mã QR nhỏ ở góc, tổ bầu cử quét mã là biết mình bầu cho ai. Cẩn thận nha mọi người!",
    "Ai để ý không, góc lá phiếu có mã QR li ti, quét vào là ra tên người bỏ phiếu đó",
    "Chị hàng xóm làm tổ bầu cử kể mã QR trên phiếu bầu gắn với số thẻ cử tri, quét là biết phiếu của ai",
    "Mã QR in trên phiếu bầu để theo dõi cử tri bầu cho ai, chia sẻ cho bà con biết",
    "Phiếu bầu có mã QR bí mật, quét mã ra ngay tên cử tri. Vậy bỏ phiếu kín kiểu gì?",
    "Thật không vậy, mã QR trên lá phiếu quét ra được tên người bầu luôn à?",
]
RUMOUR_NEWS = [
    (
        "Xôn xao tin phiếu bầu in mã QR để theo dõi cử tri",
        "Trên mạng xã hội lan truyền thông tin phiếu bầu năm nay in mã QR ở góc, quét mã sẽ biết cử tri bầu cho ai.",
    ),
    (
        "Cư dân mạng chia sẻ chuyện mã QR trên phiếu bầu",
        "Nhiều bài đăng cho rằng mã QR in trên lá phiếu gắn với thẻ cử tri và quét ra được tên người bỏ phiếu.",
    ),
]
