"""Deterministic offline demo: RSS/Atom feeds and a social-post export for 2021-03-20 .. 2021-06-10.

``regenerate(out_dir)`` writes the files listed in ``DEMO_FEEDS`` and ``DEMO_SOCIAL``. The story
the demo tells: ordinary election news that grows toward election day (Sunday 23/5/2021), a few
slow-burning distortions, a sharp ``procedure_false`` spike ("the election is postponed to 30/5")
on 15–18 May copied across channels with small variations, an official rebuttal about a day and
a half after the spike starts, and fabricated "results" after election day until the National
Election Council's announcement on 10/6/2021.

Everything comes from templates in this file (separate from data/labels/build_seed.py) and a
fixed seed; no clock is read, so a rerun is byte-identical. Run ``python -m monitor.demo_data [OUT_DIR]``.
Places, provinces and candidates are fictional; links use reserved ``.example`` domains.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

DEMO_FEEDS: list[dict] = [
    {"name": "Cổng thông tin bầu cử tỉnh (demo)", "file": "official_portal.xml", "kind": "official", "lang": "vi"},
    {"name": "Báo Tin Tức Demo", "file": "tintuc_demo.xml", "kind": "news", "lang": "vi"},
    {"name": "Thời Sự Tỉnh Demo", "file": "thoisu_demo.xml", "kind": "news", "lang": "vi"},
    {"name": "Đời Sống 24h Demo", "file": "doisong24h_atom.xml", "kind": "news", "lang": "vi"},
    {"name": "Tin Nhanh Cộng Đồng Demo", "file": "tinnhanh_demo.xml", "kind": "news", "lang": "vi"},
    {"name": "Vietnam Daily Demo", "file": "vndaily_demo.xml", "kind": "news", "lang": "en"},
]
DEMO_SOCIAL: dict = {"name": "Bài đăng mạng xã hội (demo)", "file": "social_posts.csv", "kind": "social", "lang": "vi"}
DEMO_SOCIAL_JSONL = "social_posts.jsonl"

SEED = 515
START = dt.date(2021, 3, 20)
END = dt.date(2021, 6, 10)
ELECTION = dt.date(2021, 5, 23)
RESULTS = dt.date(2021, 6, 10)
TZ = dt.timezone(dt.timedelta(hours=7))
# The rumour spike and the official answer (the answer lags the first post by ~37 hours).
SPIKE_START = dt.datetime(2021, 5, 15, 6, 40, tzinfo=TZ)
SPIKE_END = dt.datetime(2021, 5, 18, 22, 0, tzinfo=TZ)
REBUTTAL_AT = dt.datetime(2021, 5, 16, 19, 30, tzinfo=TZ)


@dataclass(frozen=True)
class Site:
    file: str
    name: str
    domain: str
    fmt: str  # rss | atom
    lang: str
    per_day: float  # mean items on an ordinary weekday
    distortion_share: float  # share of items carrying a distortion (before the spike)
    guid_style: str  # link | tag


SITES = {
    "official_portal.xml": Site(
        "official_portal.xml",
        "Cổng thông tin bầu cử tỉnh (demo)",
        "baucu-tinh-demo.example.vn",
        "rss",
        "vi",
        1.2,
        0.0,
        "link",
    ),
    "tintuc_demo.xml": Site(
        "tintuc_demo.xml", "Báo Tin Tức Demo", "tintuc-demo.example.vn", "rss", "vi", 4.0, 0.0, "link"
    ),
    "thoisu_demo.xml": Site(
        "thoisu_demo.xml", "Thời Sự Tỉnh Demo", "thoisu-demo.example.vn", "rss", "vi", 3.2, 0.0, "tag"
    ),
    "doisong24h_atom.xml": Site(
        "doisong24h_atom.xml", "Đời Sống 24h Demo", "doisong24h-demo.example.vn", "atom", "vi", 3.0, 0.1, "tag"
    ),
    "tinnhanh_demo.xml": Site(
        "tinnhanh_demo.xml", "Tin Nhanh Cộng Đồng Demo", "tinnhanh-demo.example.vn", "rss", "vi", 2.6, 0.35, "link"
    ),
    "vndaily_demo.xml": Site(
        "vndaily_demo.xml", "Vietnam Daily Demo", "vndaily-demo.example.com", "rss", "en", 1.5, 0.0, "link"
    ),
}
SOCIAL_PER_DAY = 9.0
SOCIAL_DISTORTION_SHARE = 0.2
CHANNELS = [
    "Nhóm Cư dân Phường Hòa An",
    "Hội Những Người Yêu Bình Giang",
    "Trang Tin Nóng 24h Demo",
    "Group Chợ Tân Lộc",
    "Cộng đồng Sinh viên Nam Sơn",
    "Nhóm Phụ huynh Trường Tiểu học Demo",
    "Hội Xe Ôm Công Nghệ Phú Điền",
    "Fanpage Góc Nhìn Cư Dân",
    "Nhóm Mua Bán Thuận Hòa",
    "Cộng đồng Đông Hải 24/7",
]

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
NEWS_DIST_TITLE = {
    "procedure_false": ["Rộ lịch bầu cử mới ở {place}: đi bầu ngày {wd}", "Năm nay cho phép bầu thay người thân?!"],
    "fraud_claim": ["Người dân {place} tố kết quả bầu cử 'có sẵn'", "Thùng phiếu lạ xuất hiện trong đêm ở {place}"],
    "participation_deterrence": ["Không đi bầu có thể bị phạt tới {fine}", "Điểm bỏ phiếu {place} thành ổ dịch?"],
    "fabricated_results": [
        "Rò rỉ kết quả: {prov} chỉ {pct} cử tri đi bầu",
        "{deps} người trúng cử Quốc hội khóa XV (tin nhanh)",
    ],
    "impersonation": ["Ủy ban bầu cử {prov} yêu cầu cử tri xác minh online", "Thông báo thu phí thẻ cử tri ở {place}"],
    "candidate_fabrication": ["Sốc: {cand} rút khỏi danh sách ứng cử", "Phát ngôn gây bão của {cand} tại {place}"],
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


def _fill(text: str, rng: random.Random) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(P[m.group(1)]), text)


def _strip_accents(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _strip_accents(text).lower()).strip("-")[:70]


def _intensity(day: dt.date) -> float:
    """Election news volume: builds toward election day, decays after it, weekends quieter."""
    if day <= ELECTION:
        level = 0.6 + 1.0 * max(0.0, 1 - (ELECTION - day).days / 64)
    else:
        level = 0.7 + 0.9 * math.exp(-(day - ELECTION).days / 6)
    if day == ELECTION:
        level *= 1.8
    if day.weekday() >= 5:
        level *= 0.6
    return level


_HOUR_WEIGHTS = [1, 0.5, 0.3, 0.2, 0.3, 0.8, 2, 4, 6, 7, 7, 6, 5, 5, 6, 6, 6, 5, 4, 4, 4, 3, 2, 1.5]


def _when(day: dt.date, rng: random.Random) -> dt.datetime:
    hour = rng.choices(range(24), weights=_HOUR_WEIGHTS)[0]
    return dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(0, 60, 15), tzinfo=TZ)


def _count(mean: float, rng: random.Random) -> int:
    whole = int(mean)
    return whole + (1 if rng.random() < mean - whole else 0) + rng.choice([-1, 0, 0, 1]) * (whole > 2)


def _narrative_weights(day: dt.date) -> dict[str, float]:
    """Which distortion is in the air on a given day."""

    def between(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return dt.date(2021, *a) <= day <= dt.date(2021, *b)

    return {
        "procedure_false": 1.0,
        "candidate_fabrication": 2.0 if between((4, 20), (5, 22)) else 0.3,
        "impersonation": 2.0 if between((5, 1), (5, 22)) else 0.4,
        "participation_deterrence": 1.5 if between((5, 5), (5, 23)) else 0.3,
        "fraud_claim": 2.0 if between((5, 22), (6, 10)) else 0.4,
        "fabricated_results": 3.0 if between((5, 23), (6, 9)) else 0.05,
    }


def _pick_narrative(day: dt.date, rng: random.Random) -> str:
    w = _narrative_weights(day)
    keys = sorted(w)
    return rng.choices(keys, weights=[w[k] for k in keys])[0]


def _messy_title(title: str, rng: random.Random) -> str:
    """What real feeds do to titles: stray newlines and spaces, Ð (U+00D0) written for Đ."""
    r = rng.random()
    if r < 0.04:
        title = "\n   " + title.replace(" ", "\n  ", 1) + "  "
    elif r < 0.07:
        title = title.replace("Đ", "\u00d0")
    return title


def _social_variant(text: str, rng: random.Random) -> str:
    """Small changes a copied post picks up: an emoji, a swapped word, punctuation, no accents."""
    if rng.random() < 0.5:
        text = f"{rng.choice(SPIKE_EMOJI)} {text}"
    for old, new in SPIKE_SWAPS:
        if rng.random() < 0.3:
            text = text.replace(old, new)
    if rng.random() < 0.3:
        text = text.rstrip("!") + "!!!"
    if rng.random() < 0.15:
        text = _strip_accents(text)
    if rng.random() < 0.2:
        text = text.replace(", ", ",  ")
    return text


def build_items(seed: int = SEED) -> dict[str, list[dict]]:
    """All demo entries by file name (feeds) plus ``social``; each entry keeps its true narrative."""
    rng = random.Random(seed)
    out: dict[str, list[dict]] = {f["file"]: [] for f in DEMO_FEEDS}
    out["social"] = []
    serial = 0

    def add_news(site: Site, when: dt.datetime, title: str, body: str, narrative: str) -> None:
        nonlocal serial
        serial += 1
        section = "bau-cu" if site.lang == "vi" else "politics"
        slug = _slug(title) or "bai-viet"
        link = f"https://{site.domain}/{section}/{slug}-{when:%Y%m%d}{serial:05d}.html"
        guid = link if site.guid_style == "link" else f"tag:{site.domain},2021:{serial:05d}"
        if site.file != "official_portal.xml" and narrative == "none":
            # a dated lead, as news copy has; it also keeps repeated templates from being identical
            lead = f"{when.day}/{when.month} – " if site.lang == "vi" else f"{when:%B} {when.day} – "
            body = lead + body
        para = body if rng.random() < 0.5 else f"<p>{body}</p>"
        if rng.random() < 0.2:
            para += f"<p>{escape(site.name)} – {when:%d/%m/%Y}</p>"
        out[site.file].append(
            {
                "title": _messy_title(title, rng),
                "link": link,
                "guid": guid,
                "published": when,
                "description": para,
                "narrative": narrative,
            }
        )

    def add_post(when: dt.datetime, text: str, narrative: str, channel: str | None = None) -> None:
        nonlocal serial
        serial += 1
        channel = channel or rng.choice(CHANNELS)
        url = f"https://social-demo.example/{_slug(channel)}/posts/{serial:06d}"
        out["social"].append({"text": text, "url": url, "published": when, "channel": channel, "narrative": narrative})

    day = START
    while day <= END:
        level = _intensity(day)
        for site in SITES.values():
            if site.file == "official_portal.xml":
                continue
            for _ in range(max(0, _count(site.per_day * level, rng))):
                when = _when(day, rng)
                if site.distortion_share and rng.random() < site.distortion_share:
                    narrative = _pick_narrative(day, rng)
                    title = _fill(rng.choice(NEWS_DIST_TITLE[narrative]), rng)
                    body = _fill(rng.choice(DIST[narrative]), rng)
                    add_news(site, when, title, body, narrative)
                    continue
                if site.lang == "en":
                    pool = NEWS_EN_AFTER + NEWS_EN if day > ELECTION else NEWS_EN
                elif day == ELECTION:
                    pool = NEWS_VI_ELECTION_DAY
                elif day > ELECTION:
                    pool = NEWS_VI_AFTER + NEWS_VI
                else:
                    pool = NEWS_VI
                title, body = rng.choice(pool)
                add_news(site, when, _fill(title, rng), _fill(body, rng), "none")
        # the official portal publishes approved messaging on weekdays, more near the election
        if day.weekday() < 5 or day >= ELECTION - dt.timedelta(days=7):
            for _ in range(_count(1.2 * level, rng)):
                title, body = rng.choice(OFFICIAL)
                add_news(SITES["official_portal.xml"], _when(day, rng), title, body, "none")
        for _ in range(max(0, _count(SOCIAL_PER_DAY * level, rng))):
            when = _when(day, rng)
            if rng.random() < SOCIAL_DISTORTION_SHARE:
                narrative = _pick_narrative(day, rng)
                text = _fill(rng.choice(DIST[narrative]), rng)
                if rng.random() < 0.3:
                    text = _strip_accents(text)
                add_post(when, text, narrative)
            else:
                text = _fill(rng.choice(SOCIAL_NONE), rng)
                if rng.random() < 0.4:
                    text += rng.choice(SOCIAL_TAILS)
                add_post(when, text, "none")
        day += dt.timedelta(days=1)

    # The spike: the postponement rumour, copied with small variations, peaking on the 16th.
    spike_hours = (SPIKE_END - SPIKE_START).total_seconds() / 3600
    for i in range(70):
        offset = spike_hours * (rng.betavariate(2.0, 3.5))
        when = SPIKE_START + dt.timedelta(hours=offset, minutes=rng.randrange(60))
        when = when.replace(second=0)
        add_post(when, _social_variant(SPIKE_BASE, rng), "procedure_false", CHANNELS[i % len(CHANNELS)])
    for site_file, n in (("tinnhanh_demo.xml", 6), ("doisong24h_atom.xml", 3)):
        for _ in range(n):
            when = SPIKE_START + dt.timedelta(hours=rng.uniform(2, 40))
            add_news(
                SITES[site_file],
                when.replace(second=0, microsecond=0),
                f"Lùi ngày bầu cử sang {rng.choice(['30/5', '30/5/2021'])} vì dịch bệnh",
                _social_variant(SPIKE_BASE, rng),
                "procedure_false",
            )
    # The official answer comes about a day and a half later; news and people repeat it.
    official = SITES["official_portal.xml"]
    for k, (title, body) in enumerate(OFFICIAL_REBUTTAL):
        add_news(official, REBUTTAL_AT + dt.timedelta(hours=12.5 * k), title, body, "none")
    for k in range(5):
        site = SITES[("tintuc_demo.xml", "thoisu_demo.xml")[k % 2]]
        title, body = NEWS_VI_REBUTTAL[k % 2]
        add_news(site, REBUTTAL_AT + dt.timedelta(hours=3 + 7 * k), _fill(title, rng), _fill(body, rng), "none")
    for k in range(14):
        add_post(
            REBUTTAL_AT + dt.timedelta(hours=1 + 3 * k, minutes=rng.randrange(60)),
            rng.choice(SOCIAL_REBUTTAL_SHARE),
            "none",
        )
    # The real results, on 10 June.
    add_news(official, dt.datetime(2021, 6, 10, 10, 30, tzinfo=TZ), *OFFICIAL_RESULTS, "none")
    add_news(
        SITES["vndaily_demo.xml"],
        dt.datetime(2021, 6, 10, 14, 5, tzinfo=TZ),
        "Vietnam's election council announces 499 deputies elected",
        "The National Election Council said nationwide turnout was 99.60%.",
        "none",
    )

    end_limit = dt.datetime(END.year, END.month, END.day, 23, 59, tzinfo=TZ)
    for key, items in out.items():
        kept = [x for x in items if x["published"] <= end_limit]
        kept.sort(key=lambda x: (x["published"], x.get("guid", x.get("url"))), reverse=True)
        out[key] = kept
    return out


def _rfc822(when: dt.datetime) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[when.weekday()]}, {when.day:02d} {months[when.month - 1]} {when.year} {when:%H:%M:%S} +0700"


def _rss(site: Site, items: list[dict]) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0">',
        "<channel>",
        f"<title>{escape(site.name)}</title>",
        f"<link>https://{site.domain}/</link>",
        f"<description>{escape(site.name)} – tin bầu cử (dữ liệu demo)</description>"
        if site.lang == "vi"
        else f"<description>{escape(site.name)} – election news (demo data)</description>",
        f"<language>{site.lang}</language>",
        f"<lastBuildDate>{_rfc822(items[0]['published'])}</lastBuildDate>",
    ]
    for x in items:
        perma = "true" if x["guid"] == x["link"] else "false"
        lines += [
            "<item>",
            f"<title>{escape(x['title'])}</title>",
            f"<link>{escape(x['link'])}</link>",
            f'<guid isPermaLink="{perma}">{escape(x["guid"])}</guid>',
            f"<pubDate>{_rfc822(x['published'])}</pubDate>",
            f"<description>{escape(x['description'])}</description>",
            "</item>",
        ]
    lines += ["</channel>", "</rss>", ""]
    return "\n".join(lines)


def _atom(site: Site, items: list[dict]) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{site.lang}">',
        f"<title>{escape(site.name)}</title>",
        f'<link href="https://{site.domain}/"/>',
        f'<link rel="self" href="https://{site.domain}/atom.xml"/>',
        f"<id>tag:{site.domain},2021:feed</id>",
        f"<updated>{items[0]['published'].isoformat()}</updated>",
        f"<author><name>{escape(site.name)}</name></author>",
    ]
    for x in items:
        lines += [
            "<entry>",
            f"<title>{escape(x['title'])}</title>",
            f'<link rel="alternate" href="{escape(x["link"])}"/>',
            f"<id>{escape(x['guid'])}</id>",
            f"<published>{x['published'].isoformat()}</published>",
            f"<updated>{x['published'].isoformat()}</updated>",
            f'<summary type="html">{escape(x["description"])}</summary>',
            "</entry>",
        ]
    lines += ["</feed>", ""]
    return "\n".join(lines)


def _social_rows(items: list[dict]) -> list[dict]:
    return [
        {"text": x["text"], "url": x["url"], "posted_at": x["published"].isoformat(), "channel": x["channel"]}
        for x in items
    ]


def regenerate(out_dir: Path) -> list[Path]:
    """Write the demo feeds and social-post exports into ``out_dir``; returns the paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    items = build_items()
    written: list[Path] = []
    for feed in DEMO_FEEDS:
        site = SITES[feed["file"]]
        body = _atom(site, items[site.file]) if site.fmt == "atom" else _rss(site, items[site.file])
        path = out_dir / feed["file"]
        path.write_bytes(body.encode("utf-8"))
        written.append(path)
    rows = _social_rows(items["social"])
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=["text", "url", "posted_at", "channel"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path = out_dir / DEMO_SOCIAL["file"]
    path.write_bytes(buf.getvalue().encode("utf-8"))
    written.append(path)
    path = out_dir / DEMO_SOCIAL_JSONL
    path.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8"))
    written.append(path)
    return written


def summary(items: dict[str, list[dict]] | None = None) -> str:
    """Counts per file and narrative, for the README and for a quick look."""
    items = items or build_items()
    lines = []
    total = dist = 0
    for key, xs in items.items():
        n_dist = sum(x["narrative"] != "none" for x in xs)
        total += len(xs)
        dist += n_dist
        lines.append(f"{key:24} {len(xs):5d} items, {n_dist:4d} distortions")
    lines.append(f"{'total':24} {total:5d} items, {dist:4d} distortions ({dist / total:.0%})")
    return "\n".join(lines)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "data" / "demo"
    for p in regenerate(target):
        print(p)
    print(summary())
