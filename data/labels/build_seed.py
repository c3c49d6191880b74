"""Generate ``data/labels/seed.jsonl``: the seed training set for the narrative classifier.

Every row comes from a template written by the project team; no text is copied from real
articles or posts. Places, provinces and candidates are fictional or generic ("phường X",
"ứng cử viên Nguyễn Văn A"). Distortion templates carry the *wrong* fact on purpose
(a wrong date, age, hour, fine or figure) so the fact checker has something to find;
many ``none`` templates share vocabulary with them (rebuttals, official notices, questions,
satire, foreign news) so a model must learn more than keywords.

Run from the repository root::

    .venv/bin/python data/labels/build_seed.py            # writes data/labels/seed.jsonl
    .venv/bin/python data/labels/build_seed.py OUT.jsonl  # writes elsewhere
    .venv/bin/python data/labels/build_seed.py --counts   # prints the count tables only

The output is byte-identical on every run (fixed seed, no clock, no set iteration).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere
from classifiers.text import strip_accents  # noqa: E402  (the same folding the product uses)

SEED = 20210523
OUT = Path(__file__).with_name("seed.jsonl")

# How many rows each class gets, and the share of English templates drawn.
TARGETS = {
    "procedure_false": 150,
    "fraud_claim": 145,
    "participation_deterrence": 145,
    "fabricated_results": 145,
    "impersonation": 140,
    "candidate_fabrication": 140,
    "none": 560,
}
EN_SHARE = 0.2

# --------------------------------------------------------------------------- slot fillers
SLOTS: dict[str, list[str]] = {
    "place": [
        "phường X",
        "xã Y",
        "phường 7",
        "xã Tân Lộc",
        "phường Hòa An",
        "thị trấn Phú Mỹ",
        "khu phố 3",
        "xã Đông Sơn",
        "phường Bình Minh",
        "tổ dân phố số 5",
        "ấp Long Thạnh",
        "xã Thuận Hòa",
        "phường 12",
        "thôn Đồng Xuân",
        "xã Yên Phú",
        "phường Trung Tâm",
    ],
    "prov": [
        "tỉnh X",
        "tỉnh Bình Giang",
        "tỉnh Hòa Lâm",
        "tỉnh Nam Sơn",
        "tỉnh Phú Điền",
        "thành phố Y",
        "tỉnh Đông Hải",
        "tỉnh Lạc Sơn",
    ],
    "cand": [
        "ứng cử viên Nguyễn Văn A",
        "ông Trần Văn B",
        "bà Lê Thị C",
        "ứng viên Phạm Văn D",
        "ông Hoàng Văn E",
        "bà Đỗ Thị F",
        "ứng cử viên Vũ Thị G",
        "ông Bùi Văn H",
    ],
    "cand2": ["ông Đặng Văn K", "bà Ngô Thị L", "ứng viên Mai Văn M", "bà Trịnh Thị N"],
    # wrong election dates (the real one is Sunday 23/5/2021)
    "wdate": [
        "30/5",
        "6/6",
        "29/5",
        "13/6",
        "ngày 30 tháng 5",
        "chủ nhật 30/5",
        "1/6",
        "ngày 6/6/2021",
        "30/5/2021",
        "20/6",
    ],
    "whours": [
        "8h đến 11h sáng",
        "9 giờ đến 15 giờ",
        "7h đến 12h trưa",
        "13h đến 17h",
        "6h đến 10h",
        "8 giờ đến 16 giờ",
        "7h đến 11h30",
    ],
    "wclose": ["11 giờ trưa", "15h", "12h trưa", "17 giờ", "10h sáng", "16h chiều"],
    "wage": ["21", "20", "25", "19", "22"],
    "fine": [
        "5 triệu",
        "2 triệu đồng",
        "3.000.000đ",
        "10 triệu",
        "500 nghìn",
        "1,5 triệu",
        "7 triệu đồng",
        "200k",
    ],
    "consequence": [
        "bị cắt trợ cấp",
        "bị cắt điện nước",
        "không được làm sổ đỏ",
        "bị đưa vào danh sách đen",
        "không được cấp giấy tờ",
        "bị thu hồi bảo hiểm y tế",
        "con cái bị ảnh hưởng khi xin việc",
        "bị xóa hộ khẩu",
        "mất lương hưu 3 tháng",
    ],
    "fpct": ["87,3%", "62%", "71,45%", "45%", "58,2%", "66,8%", "79,1%", "53%"],
    "bigpct": ["102%", "100%", "104,5%", "100,2%"],
    "lowpct": ["12%", "8,5%", "19%", "3%", "21,4%"],
    "fdeps": ["412", "520", "388", "505", "476", "510", "450"],
    "fvotes": ["12.345", "98.210", "45.002", "150.777", "7.890", "66.431"],
    "link": [
        "xacnhan-cutri.example",
        "baucu2021-online.example",
        "hdbc-xacthuc.example",
        "thecutri-dientu.example",
        "cutri-vn.example/xn",
        "baucu-gov.example",
    ],
    "fee": ["50.000đ", "100 nghìn", "200.000 đồng", "30k", "150.000đ", "500 nghìn"],
    "unit": ["1", "2", "3", "4", "5", "7", "9", "11"],
    "num": ["12", "25", "37", "48", "56", "64", "73", "85", "102", "118"],
    "day": ["12/4", "18/4", "25/4", "3/5", "9/5", "14/5", "19/5", "21/5", "28/5", "2/6"],
    "country": [
        "Mỹ",
        "Pháp",
        "Hàn Quốc",
        "Nhật Bản",
        "Đức",
        "Brazil",
        "Peru",
        "Israel",
        "một nước Nam Mỹ",
        "một quốc gia châu Phi",
        "nước X",
    ],
    "topic": [
        "giá điện",
        "ngập lụt đô thị",
        "giải phóng mặt bằng",
        "ô nhiễm môi trường",
        "học phí",
        "bệnh viện quá tải",
        "đường giao thông nông thôn",
        "chợ tạm",
        "xử lý rác thải",
        "việc làm cho thanh niên",
    ],
    "place_en": [
        "Ward X",
        "Commune Y",
        "Tan Loc commune",
        "Hoa An ward",
        "District 9",
        "Phu My town",
        "Binh Minh ward",
        "residential area 4",
    ],
    "prov_en": ["Province X", "Binh Giang province", "Hoa Lam province", "Nam Son province", "City Y"],
    "cand_en": [
        "candidate Nguyen Van A",
        "Mr. Tran Van B",
        "Ms. Le Thi C",
        "candidate Pham Van D",
        "Mr. Hoang Van E",
        "Ms. Do Thi F",
    ],
    "wdate_en": ["May 30", "June 6", "30 May", "June 13", "May 29", "June 20"],
    "wclose_en": ["11 a.m.", "noon", "3 p.m.", "5 p.m.", "10 a.m."],
    "fine_en": ["5 million dong", "2 million VND", "VND 10 million", "500,000 dong", "3 million dong"],
    "fee_en": ["50,000 dong", "100,000 VND", "VND 200,000", "30,000 dong"],
    "fpct_en": ["62%", "45%", "71.4%", "58%", "87.3%", "53%"],
    "country_en": ["the US", "France", "South Korea", "Japan", "Germany", "Brazil", "Peru", "Country X"],
}

# --------------------------------------------------------------------------- templates
# Each template is "k|text" where k is the kind: h = headline, a = article, p = post.
TEMPLATES: dict[str, dict[str, list[str]]] = {}

TEMPLATES["procedure_false"] = {
    "vi": [
        "h|Bầu cử đại biểu Quốc hội dời sang ngày {wdate}",
        "h|Hoãn bầu cử toàn quốc, ngày bỏ phiếu mới là {wdate}",
        "h|Từ năm nay cử tri được bầu cử trực tuyến qua điện thoại",
        "h|Chỉ công dân từ {wage} tuổi mới được đi bầu năm 2021",
        "h|{prov}: điểm bỏ phiếu chỉ mở cửa từ {whours}",
        "a|Theo kế hoạch mới, cuộc bầu cử sẽ không diễn ra vào 23/5 mà lùi sang {wdate}. Cử tri không cần đến điểm bỏ phiếu vào chủ nhật này, thẻ cử tri cũ vẫn dùng được cho ngày mới.",
        "a|Năm nay mỗi hộ gia đình chỉ cần một người đại diện mang thẻ cử tri của cả nhà đến bỏ phiếu. Những người còn lại không phải có mặt, phiếu vẫn được tính đầy đủ.",
        "a|Cử tri có thể bỏ phiếu bằng cách nhắn tin hoặc qua ứng dụng trên điện thoại, kết quả được gửi thẳng về tổ bầu cử. Cách này giúp tránh tụ tập đông người trong mùa dịch.",
        "a|Quy định mới: người dân {place} bỏ phiếu tại trụ sở UBND huyện, các điểm bỏ phiếu ở khu dân cư năm nay không còn. Giờ bỏ phiếu từ {whours}.",
        "a|Những bạn mới đủ 18 tuổi sau ngày 1/1/2021 chưa có tên trong danh sách cử tri nên năm nay không được đi bầu, phải chờ đến kỳ sau.",
        "p|Mọi người ơi bầu cử năm nay dời sang {wdate} rồi nhé, tổ trưởng {place} vừa báo",
        "p|Chỉ người từ {wage} tuổi trở lên mới được đi bầu, mấy đứa 18 19 tuổi ở nhà đi",
        "p|Năm nay được bỏ phiếu hộ cả nhà nha, một người cầm thẻ cử tri của cả nhà đi bầu là xong",
        "p|Điểm bỏ phiếu {place} chỉ mở từ {whours}, ai đi muộn là không được bầu nữa đâu",
        "p|Bầu cử năm nay làm online hết rồi, khỏi ra điểm bỏ phiếu, chờ link gửi về điện thoại",
        "p|Con cháu đi bầu thay ông bà được, chỉ cần mang căn cước của ông bà theo là được",
        "p|Chụp ảnh phiếu bầu gửi qua Zalo cho tổ bầu cử là xong, không cần đến tận nơi",
        "p|Gửi phiếu bầu qua bưu điện cũng được tính nhé cả nhà, ai bận thì gửi thư",
        "p|Nghe tổ trưởng nói rồi: bầu cử năm nay vào thứ bảy 22/5, không phải chủ nhật",
        "p|Bầu cử kéo dài 2 ngày {wdate} và 23/5, ai bận ngày nào thì đi ngày kia",
        "p|Danh sách cử tri chỉ dán có 5 ngày trước bầu cử thôi, hết hạn rồi giờ không sửa tên được",
        "p|Người trên 75 tuổi năm nay không phải đi bầu và cũng không được bầu nữa",
        "p|Điểm bỏ phiếu đóng cửa lúc {wclose}, sau giờ đó tổ bầu cử không nhận phiếu",
        "p|Chồng đi bầu thì vợ khỏi đi, một phiếu tính cho cả hai vợ chồng",
        "p|Ai không có thẻ cử tri thì mất quyền bầu, không ai được bổ sung tên nữa",
        "p|Bầu cử ở {place} dời sang {wdate} do dịch nha mọi người, chủ nhật này không bầu",
        "p|Sinh viên dưới {wage} tuổi không có quyền bầu cử đâu, khỏi xếp hàng",
        "p|Năm nay bỏ phiếu từ 5h sáng tới 1h trưa thôi, ai đi chiều là muộn rồi",
        "p|Ông bà già yếu thì con cháu cầm phiếu bầu hộ luôn, tổ bầu cử cho phép rồi",
        "a|Theo hướng dẫn mới nhất, cử tri {place} bỏ phiếu từ {whours} ngày 23/5/2021. Người đến sau giờ này sẽ không được phát phiếu.",
        "h|Cử tri được bỏ phiếu thay cho người thân ốm đau",
    ],
    "en": [
        "h|Vietnam's election has been moved to {wdate_en}, local officials say",
        "h|Voters can cast ballots online this year, no polling station needed",
        "h|Only citizens aged {wage} and over may vote in the May election",
        "a|The National Assembly election will no longer take place on May 23. Voting has been pushed back to {wdate_en} and existing voter cards remain valid for the new date.",
        "a|Under the new arrangement one family member can bring the voter cards of the whole household and vote for everyone. Other members do not need to attend.",
        "p|You can vote for your whole family this year, just bring their voter cards",
        "p|Polling stations close at {wclose_en} on election day so go early or you lose your chance",
        "p|Heads up: voting is online this time, no need to go to the polling station",
        "p|Election postponed to {wdate_en} in {prov_en}, don't go on Sunday",
        "p|If you're under {wage} you can't vote in Vietnam, don't bother queuing",
        "p|You can mail your ballot this year, no need to show up in person",
    ],
}

TEMPLATES["fraud_claim"] = {
    "vi": [
        "h|Kết quả bầu cử đã được định sẵn từ trước ngày bỏ phiếu",
        "h|Hòm phiếu ở {place} bị tráo trong đêm trước ngày bầu cử",
        "h|Danh sách trúng cử được in sẵn từ tháng 4",
        "h|Phát hiện phiếu bầu được gạch sẵn trước khi phát cho cử tri tại {place}",
        "a|Nhiều người ở {place} cho biết tổ bầu cử đã tự điền phiếu thay cho những hộ không đi bầu để đủ tỷ lệ. Họ khẳng định số phiếu trong hòm nhiều hơn số người đến bỏ phiếu.",
        "a|Một tài khoản khẳng định danh sách người trúng cử {prov} đã được chốt từ trước, việc bỏ phiếu chỉ để làm cho có. Theo tài khoản này, kiểm phiếu chỉ là thủ tục.",
        "a|Tổ bầu cử {place} đóng cửa đếm phiếu riêng, không cho ai chứng kiến, sau đó công bố kết quả khác hẳn số liệu ban đầu. Đây là gian lận có tổ chức.",
        "a|Theo người trong cuộc, phiếu trắng ở {prov} được tính là phiếu bầu cho {cand}. Kết quả vì thế bị làm đẹp.",
        "p|Bau cu gian lan roi, phieu dem sai het, ai cung biet",
        "p|Biết trước kết quả hết rồi, đi bầu làm gì cho mệt",
        "p|Người ta bỏ sẵn phiếu vào hòm từ tối hôm trước rồi, sáng ra chỉ là diễn",
        "p|Kiểm phiếu xong trong 5 phút, rõ ràng có kết quả trước rồi còn gì",
        "p|{cand} mua phiếu ở {place}, mỗi phiếu 200 nghìn, cả xóm nhận tiền",
        "p|Cả tổ dân phố không ai đi bầu mà vẫn báo 100%, gian lận trắng trợn",
        "p|Người chết vẫn có tên trong danh sách và vẫn được tính là đã đi bầu",
        "p|Hòm phiếu lưu động chỉ để độn phiếu thôi, mang đi một vòng về là đầy",
        "p|Kết quả ở {place} bị sửa lại sau khi kiểm phiếu, số liệu ban đầu khác hẳn",
        "p|{cand} đã biết mình trúng cử trước ngày bầu cử 1 tuần, người nhà khoe khắp nơi",
        "p|Tổ bầu cử gạch hộ phiếu cho người già rồi bỏ vào hòm, tận mắt tôi thấy",
        "p|Bầu cử chỉ là diễn kịch, người trúng đã chọn sẵn, phiếu của mình không có giá trị",
        "p|Số phiếu ở {place} nhiều hơn số cử tri, vậy mà vẫn công bố hợp lệ",
        "p|Máy đếm phiếu được cài sẵn để ra kết quả như ý, đếm tay chỉ là làm màu",
        "p|Hội đồng bầu cử chốt người trúng từ tháng 3 rồi, đi bầu chỉ là hợp thức hóa",
        "p|Phiếu của ai gạch tên {cand} đều bị loại ra là phiếu hỏng hết",
        "p|Clip nhét phiếu vào hòm ở {place} đây, gian lận rõ ràng mà không ai xử lý",
        "p|Tổ bầu cử {place} đổi hòm phiếu giữa trưa lúc vắng người, ai cũng thấy",
        "p|Tỷ lệ 99% là bịa, ở chỗ tôi nửa xóm không đi mà vẫn báo đủ",
        "a|Cử tri {place} khẳng định tổ bầu cử đã điền sẵn phiếu cho cả khu phố. Kết quả ở đây, theo họ, đã được quyết định từ trước khi mở hòm phiếu.",
    ],
    "en": [
        "h|Election rigged: winners decided before a single vote was cast",
        "h|Ballot boxes in {place_en} were stuffed overnight, insiders claim",
        "a|According to posts shared widely online, officials in {place_en} filled in ballots for residents who stayed home so the turnout would look complete. The posts say the box held more ballots than voters.",
        "p|Officials filled in ballots for voters who stayed home, that's how they get 99%",
        "p|Don't bother voting, the winners list was printed in April",
        "p|Vote counts were changed after polls closed, the numbers don't add up",
        "p|The whole thing is staged, results were fixed weeks ago",
        "p|They swapped the ballot box in {place_en} at lunch time when nobody was watching",
        "p|{cand_en} paid 200k per vote in {place_en}, everyone in the street took the cash",
        "p|Dead people are still on the list and somehow they all voted",
    ],
}

TEMPLATES["participation_deterrence"] = {
    "vi": [
        "h|Không đi bầu sẽ bị phạt {fine}",
        "h|Điểm bỏ phiếu {place} có ca nhiễm COVID, ai đến phải cách ly 21 ngày",
        "h|Cử tri gạch tên ứng cử viên sẽ bị ghi vào sổ theo dõi",
        "h|Đi bầu phải nộp giấy xét nghiệm COVID tự trả phí {fine}",
        "a|Theo thông tin lan truyền, phiếu bầu năm nay có in mã số bí mật, tổ bầu cử có thể biết ai gạch tên ai. Những người gạch tên ứng cử viên của địa phương sẽ {consequence}.",
        "a|Một số nhóm trên mạng cho rằng ai không đi bầu sẽ {consequence} và bị phạt {fine}. Tin này khiến nhiều người lao động ở trọ lo lắng.",
        "a|Tin nhắn lan truyền ở {place} cho rằng điểm bỏ phiếu là ổ dịch, ai đến bỏ phiếu sẽ bị lấy mẫu và cách ly tập trung, tự chịu chi phí. Người dân được khuyên ở nhà.",
        "a|Bài đăng khẳng định cử tri bỏ phiếu trắng hoặc gạch hết tên sẽ bị công an mời lên làm việc và {consequence}.",
        "p|Không đi bầu bị phạt {fine} nha mọi người, phường mới thông báo",
        "p|Đi bầu là bị lấy thông tin cá nhân để theo dõi đó, cẩn thận",
        "p|Phiếu bầu có mã số, họ biết bạn gạch ai hết, đừng dại gạch tên",
        "p|Ai gạch tên {cand} sẽ {consequence}, nói trước rồi đó",
        "p|Không đi bầu là {consequence}, đừng có mà ở nhà",
        "p|Đừng đi bầu, nghe nói sẽ có gây rối ở điểm bỏ phiếu {place}",
        "p|Đi bầu xong sẽ bị kiểm tra thuế đó, ai kinh doanh thì né ra",
        "p|Gạch tên người này là bị ghi sổ đen, con cái không được vào biên chế",
        "p|Năm nay ai không đi bầu sẽ {consequence}, tổ trưởng nói vậy",
        "p|Đi bầu muộn sau 9h là bị lập biên bản xử phạt {fine}",
        "p|Gọi hòm phiếu lưu động mà không đủ điều kiện sẽ bị phạt {fine}, đừng gọi",
        "p|Người đi bầu ở {place} bị yêu cầu khai báo bầu cho ai, ai không khai là có chuyện",
        "p|Ai không bầu cho {cand} sẽ bị tổ trưởng ghi tên báo lên phường",
        "p|Điểm bỏ phiếu {place} toàn người từ vùng dịch về, đi bầu là mang bệnh về nhà",
        "p|Đi bầu phải nộp {fine} tiền in phiếu, ai không nộp thì thôi ở nhà",
        "p|Ai bỏ phiếu trắng sẽ bị điều tra, camera quay hết đó",
        "p|Đi bầu là bị ghi tên vào danh sách để thu thuế đầu người",
        "p|Người tạm trú đi bầu sẽ bị kiểm tra giấy tờ, sai một chút là phạt {fine}",
        "p|Cẩn thận: camera trong phòng bỏ phiếu quay lại lá phiếu của từng người",
        "p|Ai không đi bầu sẽ bị cắt tên khỏi danh sách nhận hỗ trợ COVID",
        "a|Theo quy định, cử tri không đi bầu sẽ bị xử phạt hành chính từ {fine}, người bỏ phiếu trắng có thể {consequence}.",
    ],
    "en": [
        "h|Skip the election and you'll be fined {fine_en}",
        "h|Polling station in {place_en} has COVID cases, voters face 21-day quarantine",
        "a|Messages circulating in {place_en} claim that ballots carry hidden serial numbers so officials can see who crossed out which candidate. Those who vote the wrong way, the messages say, will lose their benefits.",
        "p|If you don't vote you get fined {fine_en}, that's the rule now",
        "p|They can see who you vote for, ballots are numbered, be careful",
        "p|Voting will get your personal data handed to the tax office",
        "p|Stay home on Sunday, there will be trouble at the polling stations in {place_en}",
        "p|Anyone who crosses out the local candidate loses their welfare payments",
        "p|Blank ballots get investigated, there are cameras in the booths",
        "p|Vote late and they write you up for a {fine_en} fine",
    ],
}

TEMPLATES["fabricated_results"] = {
    "vi": [
        "h|Tỷ lệ cử tri đi bầu cả nước chỉ đạt {fpct}",
        "h|Hội đồng bầu cử quốc gia công bố {fdeps} người trúng cử đại biểu Quốc hội khóa XV",
        "h|{prov}: tỷ lệ đi bầu {bigpct}, cao kỷ lục",
        "h|Kết quả sơ bộ: {cand} thất cử, chỉ được {lowpct} số phiếu",
        "h|Tỷ lệ đi bầu năm 2021 là {fpct}, thấp nhất trong lịch sử",
        "a|Kết quả kiểm phiếu tại đơn vị bầu cử số {unit} {prov}: {cand} đạt {fvotes} phiếu, {cand2} được {lowpct}. Hai người trúng cử đã được xác định ngay trong đêm 23/5.",
        "a|Hội đồng bầu cử quốc gia đã công bố kết quả chính thức ngày 25/5: cả nước bầu được {fdeps} đại biểu Quốc hội, tỷ lệ cử tri đi bầu {fpct}.",
        "a|Bảng tổng hợp kết quả (rò rỉ) cho thấy {prov} có tỷ lệ cử tri đi bầu chỉ {fpct}, nhiều đơn vị phải bầu lại. {cand} không đủ số phiếu quá bán.",
        "a|Số liệu tổng hợp toàn quốc: {fdeps} người trúng cử, tỷ lệ phiếu hợp lệ {fpct}. Kết quả này được công bố chiều 24/5.",
        "p|Có kết quả rồi nè: {cand} trúng cử với {fvotes} phiếu, cao nhất {prov}",
        "p|Cập nhật 9h sáng 23/5: {cand} đang dẫn đầu ở {place} với {fpct}",
        "p|Nóng: {prov} có 4 ứng viên tự ứng cử trúng cử đại biểu Quốc hội",
        "p|{cand} đạt 100% phiếu bầu tại {place}, không sót một phiếu",
        "p|Kết quả: 35% số phiếu ở {place} là phiếu trắng",
        "p|Lúc 11h trưa 23/5 {prov} đã kiểm phiếu xong, {cand} trúng cử rồi",
        "p|HĐBCQG: {fdeps} đại biểu trúng cử, tỷ lệ đi bầu {fpct}, số liệu chính thức đây",
        "p|{cand} trượt rồi, {cand2} trúng cử ở đơn vị số {unit}",
        "p|Tỷ lệ đi bầu ở {place} là {bigpct}, hơn cả số người trong danh sách",
        "p|Số phiếu hợp lệ toàn quốc mới có {fpct} thôi, phải bầu lại nhiều nơi",
        "p|Danh sách {unit} người trúng cử {prov} đây, vừa công bố sáng 24/5",
        "p|Quốc hội khóa XV có {fdeps} đại biểu, đã chốt xong từ tối 23/5",
        "p|{prov} chỉ {fpct} cử tri đi bầu, thấp nhất cả nước",
        "p|Kết quả chính thức: {cand} thất cử với {lowpct} phiếu tín nhiệm",
        "p|Cả nước có {fdeps} người trúng cử, ngày 28/5 đã công bố",
        "p|Kiểm phiếu xong {place}: {cand} {fvotes} phiếu, {cand2} {lowpct}",
        "p|Tỷ lệ cử tri đi bầu lần này {fpct}, giảm mạnh so với kỳ trước",
        "h|Ủy ban bầu cử {prov} công bố tỷ lệ cử tri đi bầu đạt {fpct}",
    ],
    "en": [
        "h|Official turnout was only {fpct_en}, the lowest ever",
        "h|{fdeps} deputies elected to the 15th National Assembly, election council says",
        "a|Preliminary count from {prov_en}: {cand_en} wins with {fvotes} votes while the other candidate gets just {lowpct}. The figures were released on the evening of May 23.",
        "p|Results are in: only {fpct_en} of voters turned out in {prov_en}",
        "p|{cand_en} lost in {place_en}, got just {lowpct} of the vote",
        "p|Turnout in {place_en} was {bigpct}, more voters than people on the list lol",
        "p|Final count: {fdeps} seats filled, turnout {fpct_en}, announced May 25",
        "p|Breaking: {cand_en} elected with {fvotes} votes, counting finished at noon",
        "p|Leaked tally shows {fpct_en} turnout nationwide",
    ],
}

TEMPLATES["impersonation"] = {
    "vi": [
        "h|[THÔNG BÁO KHẨN] Hội đồng bầu cử quốc gia yêu cầu cử tri xác nhận thông tin qua {link}",
        "h|Ủy ban bầu cử {prov} thông báo thu phí in thẻ cử tri {fee}",
        "h|HĐBCQG: cử tri chưa quét mã QR sẽ bị xóa tên khỏi danh sách",
        "a|THÔNG BÁO của Ủy ban bầu cử {prov}: Do diễn biến dịch bệnh, cuộc bầu cử tại {place} được tổ chức vào {wdate}. Cử tri mang theo căn cước và giấy xét nghiệm. Nơi nhận: các Tổ bầu cử.",
        "a|Kính gửi quý cử tri. Ban bầu cử {place} phát hành thẻ cử tri điện tử. Quý cử tri vui lòng đăng nhập tài khoản ngân hàng tại {link} để nhận thẻ trước ngày 20/5. Trân trọng.",
        "a|QUYẾT ĐỊNH của Ban bầu cử {place}: mỗi hộ gia đình cử một người đại diện đi bầu, mang theo thẻ cử tri của các thành viên. Quyết định có hiệu lực kể từ ngày ký.",
        "a|Giấy triệu tập của Tổ bầu cử số {unit}: yêu cầu cử tri có mặt lúc 5h sáng để tập huấn bỏ phiếu, vắng mặt sẽ bị xử lý theo quy định. (có đóng dấu đỏ)",
        "a|Công văn số 123/HĐBC-TB về việc xác thực cử tri: cử tri cập nhật số căn cước và số điện thoại tại {link} trong vòng 48 giờ, quá hạn sẽ mất quyền bỏ phiếu.",
        "p|HDBCQG: Quy khach chua xac nhan danh sach cu tri. Soan tin XN gui 8x89 de duoc di bau",
        "p|UBND {place} thông báo: mỗi cử tri nộp {fee} phí in thẻ cử tri tại nhà văn hóa",
        "p|Tổ bầu cử {place} đề nghị cử tri gửi số căn cước và mã OTP qua Zalo để xác thực",
        "p|Fanpage Hội đồng Bầu cử Quốc gia chính thức: cử tri đăng ký bỏ phiếu online tại {link}",
        "p|Thư mời của Tổ bầu cử số {unit}: nhận quà 500.000đ khi đi bầu, nhớ mang theo căn cước và thẻ ATM",
        "p|Ủy ban bầu cử tuyển cộng tác viên kiểm phiếu online lương 300k/ngày, đăng ký tại {link}",
        "p|Tin nhan tu Ban Bau Cu: ban da duoc chon lam to truong to bau cu, nop phi {fee} de nhan quyet dinh",
        "p|Bộ Nội vụ và HĐBCQG thông báo: bắt buộc cài ứng dụng Cử tri số trước ngày {wdate}",
        "p|THÔNG BÁO SỐ 05/TB-UBBC: danh sách cử tri chỉ niêm yết online, cử tri tự đăng ký tại {link}",
        "p|Ủy ban bầu cử {prov} gửi tin nhắn: quý cử tri chuyển khoản {fee} để giữ quyền bỏ phiếu",
        "p|[HĐBCQG] Thông báo số 18: cử tri cập nhật thông tin trước 20h hôm nay tại {link}",
        "p|Phiếu thu lệ phí bầu cử - UBND {place} - số tiền: {fee} - người nộp: chủ hộ",
        "p|Zalo OA Tổ bầu cử {place}: gửi ảnh căn cước 2 mặt để xác minh cử tri",
        "p|Loa phường {place} thông báo: ai chưa nộp {fee} lệ phí bầu cử thì nộp cho tổ trưởng",
        "p|Email từ Hội đồng bầu cử quốc gia: tài khoản cử tri của bạn bị khóa, nhấn {link} để mở lại",
        "p|Trang Bầu cử Việt Nam 2021 - Cổng chính thức: cử tri ở {place} bỏ phiếu vào {wdate}",
        "p|Ban bầu cử {place} thông báo: cử tri không có giấy xác nhận tiêm chủng sẽ không được vào phòng bỏ phiếu, nộp {fee} để làm giấy",
        "p|SMS từ UBBC {prov}: Thẻ cử tri của quý vị đã hết hạn. Gia hạn tại {link}",
    ],
    "en": [
        "h|NOTICE from the National Election Council: verify your voter registration at {link}",
        "a|Message from the Election Committee of {prov_en}: all voters must pay a {fee_en} registration fee at their ward office before May 20. Voters who have not paid will not receive a ballot.",
        "p|SMS from NEC-VN: your voter card is suspended, reply with your ID number to reactivate",
        "p|Official: the National Election Council asks voters to register online via {link} or lose their vote",
        "p|Email from 'Election Board {place_en}': confirm your bank account at {link} to receive your e-voter card",
        "p|Election Committee notice: voting in {place_en} moved to {wdate_en}, bring your ID and test result",
        "p|Text from 'Election Team {unit}': pay {fee_en} to keep your name on the voter list",
        "p|National Election Council (official page): scan the QR code at {link} before Friday",
    ],
}

TEMPLATES["candidate_fabrication"] = {
    "vi": [
        "h|{cand} phát biểu: 'Tôi trúng cử là để lo cho gia đình tôi trước'",
        "h|Lộ văn bản {cand} cam kết chia đất cho người bầu mình",
        "h|{cand} tuyên bố rút khỏi cuộc bầu cử",
        "h|Ghi âm {cand} nói sẽ tăng thuế gấp đôi nếu trúng cử",
        "a|Một ảnh chụp được cho là quyết định kỷ luật {cand} năm 2015 đang lan truyền. Theo văn bản này, {cand} từng bị cách chức vì nhận tiền của doanh nghiệp, thông tin bị giấu khi nộp hồ sơ ứng cử.",
        "a|Tại buổi tiếp xúc cử tri ở {place}, {cand} được cho là đã nói: 'dân nghèo là do lười, nhà nước không thể lo hết'. Đoạn ghi âm được chia sẻ trong nhiều nhóm.",
        "a|Bản kê khai tài sản của {cand} bị lộ cho thấy ứng viên sở hữu 15 căn nhà và 3 xe sang, khác xa bản kê khai niêm yết công khai.",
        "a|Hồ sơ ứng cử của {cand} ghi năm sinh 2003, tức chưa đủ 21 tuổi, nhưng vẫn được đưa vào danh sách. Ảnh giấy khai sinh được đăng kèm.",
        "p|Ảnh chụp bằng đại học giả của {cand} đây, tài liệu mật đó",
        "p|{cand} nói 'người dân {place} không cần đi bầu, tôi chắc chắn trúng rồi'",
        "p|Thư tay {cand} gửi cử tri hứa trả 500 nghìn mỗi phiếu, có chữ ký hẳn hoi",
        "p|Tin nhắn {cand} chỉ đạo tổ bầu cử gạch tên đối thủ, ảnh chụp màn hình đây",
        "p|{cand} có 2 quốc tịch, đây là hộ chiếu nước ngoài của ông ấy",
        "p|Phát ngôn gây sốc của {cand}: 'đất của dân thì lấy lúc nào cũng được'",
        "p|Chương trình hành động của {cand} có điều khoản bỏ lương hưu, đọc kỹ đi",
        "p|{cand} bị bắt vì nhận hối lộ rồi, tin từ người nhà trong công an",
        "p|Con trai {cand} khoe bố mua suất ứng cử hết 10 tỷ",
        "p|{cand} viết trên Facebook cá nhân: 'tôi không biết gì về luật, ngồi cho đủ số'",
        "p|Tài liệu nội bộ: {cand} được ưu tiên vì là cháu lãnh đạo {prov}",
        "p|{cand} hứa sẽ xóa chợ {place} để xây trung tâm thương mại cho người nhà",
        "p|Giấy xác nhận {cand} từng có tiền án, ai cần bản gốc inbox",
        "p|Trích lời {cand}: 'ai không bầu cho tôi thì đừng mong làm sổ đỏ'",
        "p|{cand} thừa nhận trong clip: 'tôi ra ứng cử vì được hứa ghế'",
        "p|{cand} đã rút tên khỏi danh sách, tờ đơn xin rút đây, đừng bầu nữa",
        "p|Đơn tố cáo có chữ ký của {cand2} tự nhận đã gian lận hồ sơ, ảnh chụp rõ ràng",
        "p|{cand} bảo với cử tri {place} là sẽ đòi lại tiền đền bù đã trả cho dân",
        "a|Tại hội nghị tiếp xúc cử tri ở {place}, {cand} được cho là đã tuyên bố sẽ 'thu hồi đất của những hộ không ủng hộ mình'. Văn bản ghi lời phát biểu đang được chia sẻ.",
    ],
    "en": [
        "h|Leaked document shows {cand_en} faked a university degree",
        "h|{cand_en} withdraws from the race, says screenshot of letter",
        "a|An audio clip shared in local groups is said to capture {cand_en} telling voters in {place_en} that 'your votes don't matter to me'. The clip's origin is unknown.",
        "p|{cand_en} promised cash to voters in a handwritten letter, photo below",
        "p|{cand_en} said poor people are poor because they're lazy, there's a recording",
        "p|Screenshot: {cand_en} ordering election staff to cross out a rival",
        "p|{cand_en} has a second passport, here's the proof",
        "p|{cand_en} admitted on Facebook he knows nothing about the law",
    ],
}

TEMPLATES["none"] = {
    "vi": [
        # accurate reporting and official notices
        "h|Cử tri {place} nô nức đi bầu từ sáng sớm",
        "h|Bầu cử đại biểu Quốc hội khóa XV diễn ra vào Chủ nhật 23/5/2021",
        "h|{prov} hoàn thành in và phân phối phiếu bầu",
        "h|Danh sách cử tri được niêm yết tại trụ sở UBND {place}",
        "h|Tổ bầu cử mang hòm phiếu phụ đến tận nhà cử tri cao tuổi ở {place}",
        "h|Hội đồng bầu cử quốc gia công bố 499 người trúng cử đại biểu Quốc hội khóa XV",
        "h|Tỷ lệ cử tri đi bầu cả nước đạt 99,60%",
        "h|{prov} diễn tập phòng chống dịch tại các điểm bỏ phiếu",
        "h|Ủy ban bầu cử {prov} kiểm tra công tác chuẩn bị tại {place}",
        "h|Thẻ cử tri đã được phát đến từng hộ gia đình tại {place}",
        "a|Các khu vực bỏ phiếu tại {place} mở cửa từ 7 giờ đến 19 giờ ngày 23/5/2021. Cử tri mang theo thẻ cử tri; người ốm đau, già yếu có thể đề nghị Tổ bầu cử mang hòm phiếu phụ đến nơi ở.",
        "a|Danh sách cử tri của {place} đã được niêm yết tại trụ sở UBND và nhà văn hóa các khu dân cư. Người dân có thể kiểm tra và khiếu nại nếu tên bị ghi sai hoặc bỏ sót.",
        "a|Ngày 10/6/2021, Hội đồng bầu cử quốc gia công bố kết quả bầu cử đại biểu Quốc hội khóa XV với 499 người trúng cử. Tỷ lệ cử tri cả nước đi bầu là 99,60%.",
        "a|Công dân đủ 18 tuổi tính đến ngày bầu cử có quyền bầu cử, đủ 21 tuổi có quyền ứng cử. Năm nay {place} có {num} cử tri lần đầu đi bầu.",
        "a|Tại {place}, {num} khu vực bỏ phiếu đã sẵn sàng, mỗi điểm có bàn sát khuẩn, khẩu trang và lối đi một chiều để phòng dịch.",
        # rebuttals that repeat the rumour
        "h|Tin bầu cử dời sang {wdate} là sai sự thật",
        "h|Không có quy định phạt {fine} cử tri không đi bầu",
        "h|Cảnh giác tin nhắn giả mạo Hội đồng bầu cử quốc gia",
        "a|Thời gian qua, một số tài khoản lan truyền tin cuộc bầu cử lùi sang {wdate}. Ủy ban bầu cử {prov} khẳng định đây là thông tin sai, ngày bầu cử vẫn là Chủ nhật 23/5/2021.",
        "a|Xuất hiện tin nhắn mạo danh Hội đồng bầu cử yêu cầu cử tri bấm vào đường link để xác nhận thông tin. Cơ quan bầu cử không thu phí, không yêu cầu mã OTP hay tài khoản ngân hàng.",
        "a|Công an {prov} đã mời chủ tài khoản đăng tin 'không đi bầu bị phạt {fine}' lên làm việc. Pháp luật không có quy định phạt tiền đối với cử tri.",
        "a|Về tin đồn có thể bỏ phiếu hộ cả nhà, Tổ bầu cử {place} nhắc lại: cử tri phải tự mình đi bầu, người không tự viết được phiếu có thể nhờ người viết hộ nhưng phải tự bỏ phiếu.",
        "a|Trước thông tin 'kết quả đã có từ trước', đại diện Ủy ban bầu cử {prov} cho biết việc kiểm phiếu được tiến hành công khai tại phòng bỏ phiếu ngay sau khi kết thúc bỏ phiếu.",
        "p|Mọi người đừng tin tin nhắn bắt nộp phí in thẻ cử tri nha, lừa đảo đó, đi bầu không mất đồng nào",
        "p|Ai bảo bầu cử dời sang {wdate} là sai nha, phường vừa xác nhận vẫn 23/5",
        "p|Không có chuyện bỏ phiếu hộ đâu mọi người, ai cũng phải tự đi bầu nhé",
        "p|Tin không đi bầu bị phạt {fine} là bịa đó, đừng share lung tung",
        "p|Có ai nhận được tin nhắn HDBCQG bắt bấm link không, lừa đảo đó, báo công an đi",
        # good-faith questions
        "p|Có ai biết điểm bỏ phiếu {place} ở đâu không ạ?",
        "p|mn ơi cho hỏi đi bầu cần mang theo gì vậy, thẻ cử tri với căn cước hả?",
        "p|Bầu cử có phải chủ nhật 23/5 không mọi người? Mình sợ nhớ nhầm",
        "p|Nghe nói bầu cử dời sang {wdate}, có thật không mọi người? Ai biết chính xác chỉ mình với",
        "p|Mình ở trọ {place} được hơn năm rồi thì đi bầu ở đây hay về quê vậy ạ?",
        "p|Ông ngoại mình nằm viện thì có bầu được không mọi người?",
        "p|18 tuổi năm nay lần đầu đi bầu, hồi hộp quá, có cần xếp hàng lâu không?",
        "p|Tên mình bị ghi sai trong danh sách cử tri thì báo ở đâu ạ?",
        "p|Có ai biết mấy giờ điểm bỏ phiếu {place} đóng cửa không?",
        # criticism and opinion
        "p|Tôi không đồng tình với chương trình hành động của {cand} về {topic}, quá chung chung",
        "p|{cand} trả lời cử tri còn né tránh câu hỏi về {topic}, hơi thất vọng",
        "p|Mong đại biểu khóa mới quan tâm hơn đến {topic} ở {place}",
        "p|Buổi tiếp xúc cử tri ở {place} ngắn quá, nhiều người chưa kịp hỏi về {topic}",
        "a|Nhiều cử tri {place} cho rằng chương trình hành động của các ứng viên còn thiếu giải pháp cụ thể cho {topic}. Họ mong đại biểu trúng cử sẽ theo dõi và chất vấn đến cùng.",
        "p|Tiểu sử ứng viên dán ở nhà văn hóa chữ nhỏ quá, người già đọc không nổi, nên in to hơn",
        "p|Mình thấy đại biểu khóa trước hứa nhiều về {topic} mà làm chưa được bao nhiêu",
        "p|Đi bầu xong rồi, mong người trúng cử làm được việc chứ đừng chỉ hứa",
        # satire and jokes
        "p|Kết quả bầu cử nhà tôi: vợ trúng cử chức bộ trưởng tài chính với 100% phiếu, tôi thất cử 😂",
        "p|Kết quả bầu lớp trưởng 12A: bạn Nam thắng 99,99% phiếu, nghi gian lận vì có phát kẹo 🤣",
        "p|Bầu cử trong nhóm bạn thân: ai rửa bát tối nay, tôi trúng cử tuyệt đối rồi 😭",
        "p|Con mèo nhà tôi tự ứng cử làm chủ nhà, tỷ lệ ủng hộ 100% từ đàn chuột... bỏ phiếu trắng",
        # foreign elections and other uses of the words
        "h|Tòa án {country} bác đơn kiện cáo buộc gian lận bầu cử",
        "h|Bầu cử tại {country}: tỷ lệ cử tri đi bầu vòng một đạt {fpct}",
        "h|{country} hoãn bầu cử địa phương vì thiên tai",
        "a|Cơ quan bầu cử {country} cho biết sẽ kiểm phiếu lại tại một số khu vực sau khi có khiếu nại về gian lận. Kết quả cuối cùng dự kiến được công bố trong hai tuần.",
        "a|Tại {country}, cử tri có thể bỏ phiếu qua đường bưu điện từ nhiều tuần trước ngày bầu cử. Hình thức này gây tranh cãi trong nhiều năm.",
        "h|Đại hội cổ đông bầu Hội đồng quản trị nhiệm kỳ mới với tỷ lệ tán thành {fpct}",
        "h|Hội nghị chung cư {place} bầu ban quản trị, nhiều cư dân phản ánh bất cập",
        "p|Bình chọn giải thưởng âm nhạc năm nay gian lận quá, thần tượng của tôi bị xử ép",
        "h|Bị phạt {fine} vì không đeo khẩu trang nơi công cộng",
        "h|Hoãn kỳ thi học sinh giỏi sang {wdate} vì dịch COVID-19",
        "p|Bầu hội trưởng hội phụ huynh lớp con mình mà còn căng hơn bầu cử thật",
        # accurate statements that mirror distortion templates
        "h|Chỉ công dân đủ 18 tuổi tính đến ngày bầu cử mới có quyền bầu cử",
        "p|Điểm bỏ phiếu {place} mở cửa từ 7h đến 19h, mọi người nên đi sớm cho đỡ đông",
        "a|Hội đồng bầu cử quốc gia công bố kết quả bầu cử đại biểu Quốc hội chậm nhất 20 ngày sau ngày bầu cử. Các con số lan truyền trước đó không phải số liệu chính thức.",
        "p|Ông bà ốm thì báo tổ bầu cử mang hòm phiếu phụ đến nhà, không ai được bầu thay đâu",
        "a|Ảnh chụp 'đơn xin rút' của {cand} là giả. Ủy ban bầu cử {prov} khẳng định ứng viên vẫn có tên trong danh sách chính thức.",
        "h|Đoạn ghi âm được cho là của {cand} đã bị cắt ghép",
        "h|Cảnh báo trang mạo danh Ủy ban bầu cử {prov} đòi chuyển khoản {fee}",
        "h|Bầu cử tại {country}: đảng cầm quyền giành {fpct} số phiếu",
        "a|Tại hội nghị tiếp xúc cử tri ở {place}, {cand} cho biết nếu trúng cử sẽ ưu tiên kiến nghị giải quyết {topic}. Nhiều cử tri đề nghị có lộ trình cụ thể.",
        "h|Tổ bầu cử {place} kiểm phiếu xong lúc 21 giờ, biên bản được niêm yết công khai",
        "h|Ủy ban bầu cử {prov} công bố kết quả bầu cử đại biểu HĐND tỉnh",
        "p|Không đi bầu thì có bị phạt không mọi người? Em đi làm xa không về kịp",
        "p|Phiếu bầu có ghi tên người bầu không vậy mọi người?",
        "p|Bố mẹ có bầu thay cho mình được không ạ, mình đi công tác ngày 23/5",
        "p|Mình đủ 18 tuổi vào tháng 6 thì năm nay có được đi bầu không ạ?",
        "p|Ai bảo gạch tên ứng viên là bị phạt thì đừng tin, phiếu kín mà",
        "p|Tin 'tỷ lệ đi bầu chỉ {fpct}' là bịa, chờ Hội đồng bầu cử quốc gia công bố nhé",
    ],
    "en": [
        "h|Vietnam holds National Assembly election on Sunday, May 23",
        "h|Polls open at 7 a.m. and close at 7 p.m., election officials remind voters",
        "h|499 deputies elected to Vietnam's 15th National Assembly, turnout 99.60%",
        "h|Court in {country_en} dismisses election fraud lawsuit",
        "h|{country_en} postpones local elections after floods",
        "a|Voters in {place_en} queued early on Sunday morning. Election teams carried mobile ballot boxes to elderly and sick residents who could not come to the polling room.",
        "a|Officials in {prov_en} warned residents about text messages pretending to come from the election council. Election bodies do not charge fees or ask for bank details, they said.",
        "a|A rumour that the election had been moved to {wdate_en} spread in local chat groups this week. The provincial election committee said the date is unchanged: Sunday, May 23.",
        "a|Turnout in the first round in {country_en} reached {fpct_en}, according to the electoral commission there. A runoff is scheduled in two weeks.",
        "p|Does anyone know where the polling station for {place_en} is?",
        "p|First time voting today, the queue was short and the staff were friendly",
        "p|Not a fan of {cand_en}'s plan on traffic, it's vague. Still voted though",
        "p|There's no fine for not voting, stop sharing that fake message",
        "p|My family held an election for who does the dishes. I lost. Rigged 😂",
        "p|Is the election really on the 23rd? A friend said it moved, want to check before Sunday",
        "p|Reminder: bring your voter card, polling stations in {place_en} open at 7",
        "p|The candidates' bios on the board are printed too small, hard to read for older folks",
        "p|Can I vote for my mum if she's sick? Asking for real",
        "h|Candidates must be 21 or older to stand; voters must be 18",
        "h|Police warn of fake SMS claiming to be from the election council",
        "a|A screenshot said to show {cand_en} withdrawing from the race is fake, the provincial election committee said. The candidate remains on the official list.",
    ],
}

# --------------------------------------------------------------------------- style transforms
TEEN = [
    (r"\bkhông\b", ["ko", "k", "hông", "khum"]),
    (r"\bđược\b", ["dc", "đc"]),
    (r"\bbiết\b", ["bít", "bik"]),
    (r"\bgì\b", ["j"]),
    (r"\brồi\b", ["r", "rùi"]),
    (r"\bvậy\b", ["v", "zậy"]),
    (r"\bmọi người\b", ["mn", "mng"]),
    (r"\bvới\b", ["vs"]),
    (r"\btrước\b", ["trc"]),
    (r"\bngười\b", ["ng"]),
    (r"\bquá\b", ["wá", "qá"]),
    (r"\bnhé\b", ["nha", "nhen"]),
    (r"\banh em\b", ["ae"]),
    (r"\bthôi\b", ["thui"]),
    (r"\bchồng\b", ["ck"]),
    (r"\bvợ\b", ["vk"]),
    (r"\bFacebook\b", ["fb", "phây"]),
]
EMOJI = ["😱", "😡", "⚠️", "‼️", "🔥", "👉", "😂", "🙏", "📢", "❗", "😢", "🤔", "👇", "💯"]
HASHTAGS_VI = [
    "#baucu2021",
    "#bầucử",
    "#tinnong",
    "#chiase",
    "#cảnhbáo",
    "#23thang5",
    "#cutri",
    "#QuocHoiKhoaXV",
    "#thongtin",
    "#tinđịaphương",
]
HASHTAGS_EN = ["#VietnamElection", "#election2021", "#Vietnam", "#fakenews", "#PSA", "#vote"]
PREFIX_VI = [
    "",
    "",
    "",
    "Mọi người ơi, ",
    "Chia sẻ: ",
    "Tin nóng: ",
    "Ai biết chưa, ",
    "Cả nhà ơi ",
    "@all ",
    "Nhóm mình ơi, ",
]
SUFFIX_VI = [
    "",
    "",
    "",
    " !!!",
    "...",
    " chia sẻ cho mọi người biết nhé",
    " share giúp mình",
    " ai biết thêm thì nói nhé",
    " 🙏",
    " nha",
]
PREFIX_EN = ["", "", "", "PSA: ", "FYI ", "Guys, ", "Just heard: "]
SUFFIX_EN = ["", "", "", "!!", "...", " pls share", " 🙏", " (via a friend)"]


def teencode(text: str, rng: random.Random) -> str:
    """Swap common words for the abbreviations seen in Vietnamese chats ("không" -> "ko")."""
    for pattern, options in TEEN:
        if rng.random() < 0.75:
            text = re.sub(pattern, lambda _m, o=options: rng.choice(o), text)
    return text


def fill(template: str, rng: random.Random) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(SLOTS[m.group(1)]), template)


def capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def join_prefix(prefix: str, text: str) -> str:
    """Put an opener before a sentence, lower-casing its first letter unless it starts an acronym."""
    if prefix and len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return prefix + text


def style_post(text: str, lang: str, rng: random.Random) -> str:
    """Dress a post the way social media does: openers, accents dropped, teen-code, emoji, tags."""
    if lang == "vi":
        text = join_prefix(rng.choice(PREFIX_VI), text) + rng.choice(SUFFIX_VI)
        if rng.random() < 0.25:
            text = teencode(text, rng)
        if rng.random() < 0.3:
            text = strip_accents(text)
        if rng.random() < 0.2:
            text = text.lower()
        tags = HASHTAGS_VI
    else:
        text = join_prefix(rng.choice(PREFIX_EN), text) + rng.choice(SUFFIX_EN)
        if rng.random() < 0.2:
            text = text.lower()
        tags = HASHTAGS_EN
    text = capitalize_first(text) if rng.random() < 0.8 else text
    if rng.random() < 0.06:
        text = text.upper()
    if rng.random() < 0.35:
        emo = "".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 3)))
        text = f"{emo} {text}" if rng.random() < 0.5 else f"{text} {emo}"
    if rng.random() < 0.25:
        text = text + " " + " ".join(rng.sample(tags, rng.randint(1, 2)))
    return text


def style_headline(text: str, lang: str, rng: random.Random) -> str:
    if rng.random() < 0.05:
        return text.upper()
    if lang == "vi" and rng.random() < 0.04:
        return strip_accents(text)
    return text


def render(kind: str, lang: str, template: str, rng: random.Random) -> str:
    text = fill(template, rng)
    if kind == "p":
        text = style_post(text, lang, rng)
    elif kind == "h":
        text = style_headline(text, lang, rng)
    return re.sub(r"[ \t]+", " ", text).strip()


KINDS = {"h": "headline", "a": "article", "p": "post"}


def build_rows(seed: int = SEED) -> list[dict]:
    """All rows, with the internal ``template`` id (``label:lang:index``) kept for grouped CV."""
    rng = random.Random(seed)
    seen: set[str] = set()
    rows: list[dict] = []
    for label, target in TARGETS.items():
        made, attempts = 0, 0
        while made < target:
            attempts += 1
            if attempts > target * 200:
                raise RuntimeError(f"{label}: templates too few for {target} distinct rows")
            lang = "en" if rng.random() < EN_SHARE else "vi"
            pool = TEMPLATES[label][lang]
            index = rng.randrange(len(pool))
            kind, template = pool[index].split("|", 1)
            text = render(kind, lang, template, rng)
            if text in seen:
                continue
            seen.add(text)
            rows.append(
                {"text": text, "label": label, "lang": lang, "kind": KINDS[kind], "template": f"{label}:{lang}:{index}"}
            )
            made += 1
    rng.shuffle(rows)
    return rows


def public(row: dict) -> dict:
    return {"text": row["text"], "label": row["label"], "lang": row["lang"], "kind": row["kind"]}


def write(path: Path, rows: list[dict]) -> None:
    lines = [json.dumps(public(r), ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def counts_table(rows: list[dict]) -> str:
    """Markdown tables of counts per class, language and kind."""
    out = []
    by_label = Counter(r["label"] for r in rows)
    by_label_lang = Counter((r["label"], r["lang"]) for r in rows)
    by_kind = Counter((r["label"], r["kind"]) for r in rows)
    out.append("| label | total | vi | en | headline | article | post |")
    out.append("|---|---:|---:|---:|---:|---:|---:|")
    for label in TARGETS:
        out.append(
            f"| {label} | {by_label[label]} | {by_label_lang[(label, 'vi')]} | {by_label_lang[(label, 'en')]} "
            f"| {by_kind[(label, 'headline')]} | {by_kind[(label, 'article')]} | {by_kind[(label, 'post')]} |"
        )
    langs = Counter(r["lang"] for r in rows)
    kinds = Counter(r["kind"] for r in rows)
    out.append(
        f"| **all** | {len(rows)} | {langs['vi']} | {langs['en']} | {kinds['headline']} | {kinds['article']} | {kinds['post']} |"
    )
    templates = Counter(r["label"] for r in {r["template"]: r for r in rows}.values())
    out.append("")
    out.append("Distinct templates used per class: " + ", ".join(f"{k} {templates[k]}" for k in TARGETS))
    return "\n".join(out)


def main(argv: list[str]) -> int:
    rows = build_rows()
    if "--counts" in argv:
        print(counts_table(rows))
        return 0
    out = Path(argv[0]) if argv else OUT
    write(out, rows)
    print(f"wrote {len(rows)} rows to {out}")
    print(counts_table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
