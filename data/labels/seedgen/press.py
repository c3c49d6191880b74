"""Hard negatives from the press and from citizens: reports about rumours and their debunks, and
opinion or criticism.

Styles learned from reading (not copying) national and provincial newspapers' pages on false
information about elections (police handling an account that posted a false claim, "thực hư"
and fact-check pieces, warnings about scams using the election as bait, commentary rebutting
"luận điệu xuyên tạc") and from readers' letters and comments. A debunk names the rumour —
often with its wrong date, fine or figure — and then the correction: the author tells the reader
the truth, so the label is ``none``. Criticism and opinion make no checkable false claim.

Each template is ``kind|text`` (h/a/p = headline, article, post).
"""

from __future__ import annotations

FAMILY: dict[str, dict] = {}

FAMILY["debunk_report"] = {
    "target": 230,
    "vi": [
        "h|Xử phạt {fine_info} người đăng tin sai sự thật về bầu cử",
        "h|Công an {prov} xử lý chủ tài khoản {platform} bịa đặt thông tin bầu cử",
        "h|Thực hư thông tin bầu cử dời sang {wdate}",
        "h|Bác bỏ tin đồn không đi bầu bị phạt {fine}",
        "h|Cảnh giác thủ đoạn lừa đảo lợi dụng bầu cử để chiếm đoạt tài sản",
        "h|Nhận diện các luận điệu xuyên tạc cuộc bầu cử đại biểu Quốc hội",
        "h|[Kiểm chứng] Ảnh 'phiếu bầu gạch sẵn' lan truyền trên mạng là ảnh cũ",
        "h|Tin 'tỷ lệ đi bầu chỉ {fpct}' là bịa đặt, Ủy ban bầu cử {prov} khẳng định",
        "h|Trang {platform} giả mạo Ủy ban bầu cử {prov} đã bị gỡ",
        "h|Không có chuyện bầu cử trực tuyến qua điện thoại",
        "h|Sự thật về tin 'phiếu bầu có mã số theo dõi cử tri'",
        "a|{dl}Ngày {rday}, Công an {prov} cho biết đã xử phạt vi phạm hành chính {fine_info} đối với chủ một tài khoản {platform} vì đăng thông tin bịa đặt rằng cử tri không đi bầu sẽ bị phạt tiền. Người này đã gỡ bài và cam kết không tái phạm.",
        "a|Thời gian gần đây trên {platform} lan truyền thông tin cuộc bầu cử tại {prov} lùi sang {wdate}. Trao đổi với phóng viên, đại diện Ủy ban bầu cử tỉnh khẳng định thông tin trên hoàn toàn sai sự thật; ngày bầu cử vẫn là Chủ nhật 23/5/2021 trên cả nước.",
        "a|Một số tài khoản chia sẻ hình ảnh được cho là 'phiếu bầu đã gạch sẵn' tại {place}. Qua xác minh, đây là ảnh phiếu mẫu dùng trong buổi tập huấn, không phải phiếu bầu thật. Cơ quan chức năng đề nghị người dân không chia sẻ.",
        "a|Lợi dụng cuộc bầu cử, các đối tượng giả danh cán bộ Tổ bầu cử gọi điện yêu cầu người dân cung cấp số căn cước, mã OTP để 'cập nhật danh sách cử tri'. Công an {prov} khuyến cáo: cơ quan bầu cử không bao giờ yêu cầu những thông tin này qua điện thoại.",
        "a|Tin nhắn tự xưng Hội đồng bầu cử quốc gia đề nghị bấm vào đường link để xác nhận cử tri là giả mạo. Việc lập danh sách cử tri do UBND cấp xã thực hiện, không thu phí và không cần xác nhận trực tuyến.",
        "a|Bài viết trên một trang mạng cho rằng 'kết quả bầu cử đã được sắp đặt'. Đây là luận điệu quen thuộc, không dẫn nguồn, không có bằng chứng; việc kiểm phiếu được tiến hành công khai ngay tại phòng bỏ phiếu với sự chứng kiến của cử tri.",
        "a|Clip lan truyền với nội dung 'nhét phiếu vào hòm' thực chất được quay ở một cuộc bầu cử nước ngoài nhiều năm trước. Ban biên tập {paper} đã đối chiếu hình ảnh và xác định clip bị gắn sai chú thích.",
        "a|Trước thông tin cho rằng cử tri gạch tên người ứng cử sẽ bị ghi vào 'sổ đen', {officer} {prov} khẳng định bầu cử theo nguyên tắc bỏ phiếu kín; không ai được biết cử tri đã gạch tên ai.",
        "a|Phòng An ninh mạng Công an {prov} đã làm việc với {num} trường hợp chia sẻ tin sai về bầu cử trong tháng qua. Phần lớn khai nhận không kiểm chứng thông tin trước khi đăng tải.",
        "a|Thông tin 'người từ {wage} tuổi mới được đi bầu' đang được chia sẻ là sai. Theo Luật Bầu cử, công dân đủ 18 tuổi có quyền bầu cử; 21 tuổi là độ tuổi ứng cử.",
        "a|Hội đồng bầu cử quốc gia cho biết các số liệu về tỷ lệ cử tri đi bầu lan truyền trên mạng trong ngày 23/5 không phải số liệu chính thức. Kết quả chính thức được công bố theo đúng thời hạn luật định.",
        "a|Về đoạn ghi âm được cho là của {cand}, Ủy ban bầu cử {prov} cho biết đã đề nghị cơ quan công an xác minh; bước đầu xác định đoạn ghi âm bị cắt ghép từ nhiều nguồn khác nhau.",
        "p|Báo tỉnh vừa đăng: tin bầu cử dời sang {wdate} là sai, công an đã mời người đăng lên làm việc. Mọi người đừng share nữa nhé",
        "p|Cảnh báo: có nhóm gọi điện xưng là tổ bầu cử xin mã OTP, mẹ mình suýt bị lừa. Tổ bầu cử không bao giờ hỏi mã OTP đâu",
        "p|Đọc bài kiểm chứng của {paper} mới biết cái ảnh hòm phiếu bị tráo là ảnh từ nước ngoài năm nào rồi",
        "h|Triệt phá nhóm lập trang giả mạo cơ quan bầu cử để lừa tiền",
        "a|Theo cơ quan công an, người đàn ông {age_n} tuổi ở {place} đã tạo trang giả danh Ủy ban bầu cử, đăng thông báo thu 'lệ phí thẻ cử tri' {fee}. Đã có {num} người chuyển tiền trước khi trang bị phát hiện.",
    ],
    "en": [
        "h|Fact check: no, Vietnam's election has not been moved to {wdate_en}",
        "h|Police fine social media user for false claim about voting penalties",
        "h|Scammers pose as election officials to steal banking codes, police warn",
        "a|A post claiming that people who skip the vote will be fined {fine_en} spread on {platform} this week. The provincial election committee said the claim is false: the law sets no penalty on voters.",
        "a|Police in {prov_en} said they had fined the owner of an account that spread a fabricated claim about the election. The person removed the post and pledged not to repeat it.",
        "a|Images shared as 'pre-marked ballots' were sample ballots from a training session, the election committee said. It asked residents not to share them.",
        "a|A widely shared claim that turnout was only {fpct_en} does not come from any election body. Official figures are announced by the National Election Council after it collects provincial reports.",
        "p|Fact-checkers traced that 'ballot stuffing' video to a foreign election years ago, please stop sharing it",
    ],
}

FAMILY["opinion"] = {
    "target": 210,
    "vi": [
        "h|Góc nhìn: Đại biểu cần dành nhiều thời gian hơn cho cử tri",
        "h|Ý kiến bạn đọc: Mong người trúng cử giữ lời hứa về {topic}",
        "h|Bình luận: Chất lượng đại biểu quan trọng hơn con số",
        "h|Tiếp xúc cử tri cần thực chất, tránh hình thức",
        "a|Tỷ lệ cử tri đi bầu cao là điều đáng mừng, nhưng điều cử tri chờ đợi hơn là những phiên chất vấn thẳng thắn về {topic}. Người viết cho rằng các đại biểu nên báo cáo kết quả định kỳ với nơi đã bầu ra mình.",
        "a|Ở nhiều nơi, buổi tiếp xúc cử tri vẫn diễn ra vào giờ hành chính, khiến người đi làm khó tham dự. Có lẽ nên tổ chức thêm vào buổi tối hoặc cuối tuần, hoặc nhận câu hỏi trực tuyến.",
        "a|Chương trình hành động của không ít người ứng cử còn chung chung, thiếu mục tiêu đo được. Cử tri {place} mong các đại biểu nêu rõ sẽ làm gì, khi nào và bằng nguồn lực nào cho {topic}.",
        "a|Theo tôi, tiểu sử người ứng cử niêm yết ở khu dân cư còn quá ngắn, cử tri khó so sánh. Nên đăng đầy đủ hơn trên cổng thông tin của tỉnh, kèm chương trình hành động.",
        "a|Cử tri trẻ quan tâm đến việc làm, nhà ở và môi trường nhưng ít khi đến các buổi tiếp xúc. Các đại biểu nên dùng thêm kênh trực tuyến để lắng nghe nhóm cử tri này.",
        "a|Không ít cử tri cho rằng đại biểu kiêm nhiệm khó dành đủ thời gian cho công việc của Quốc hội. Tăng số đại biểu chuyên trách là hướng nhiều người mong đợi.",
        "p|Tôi không hài lòng với cách {cand} trả lời về {topic}, né tránh quá. Nhưng vẫn đi bầu, đó là quyền của mình",
        "p|Nói thật là tôi chưa biết nhiều về các ứng viên ở đơn vị mình, tiểu sử dán ở nhà văn hóa đọc mãi không hết",
        "p|Mong đại biểu khóa này chất vấn tới nơi tới chốn chuyện {topic}, khóa trước nói nhiều mà dân chưa thấy chuyển biến",
        "p|Buổi tiếp xúc cử tri hôm qua ở {place} khá hay, ứng viên trả lời thẳng, nhưng thời gian hơi ngắn",
        "p|Theo mình nên có tranh luận giữa các ứng viên trên truyền hình địa phương để cử tri so sánh chương trình hành động",
        "p|Đi bầu xong rồi, giờ chỉ mong người trúng cử về lại phường mình báo cáo chứ đừng biệt tăm 5 năm",
        "p|Chỗ mình loa phát thanh tuyên truyền bầu cử từ 5 giờ sáng, hơi ồn thật sự 😅",
        "p|Tôi phản đối việc giải tỏa chợ {place}, mong đại biểu mới lên tiếng cho tiểu thương",
        "a|Ông {cand} nhận nhiều câu hỏi khó về {topic} tại buổi tiếp xúc. Một số cử tri cho rằng câu trả lời còn chung chung; số khác đánh giá cao việc ông nhận sẽ theo dõi đến cùng.",
        "h|Cử tri {place} phàn nàn về thời gian tiếp xúc ứng viên quá ngắn",
        "p|Bài phát biểu của {cand} hay nhưng tôi vẫn nghi ngờ tính khả thi, ngân sách đâu mà làm hết",
    ],
    "en": [
        "h|Opinion: voters deserve more than speeches at candidate meetings",
        "a|High turnout is welcome, but what voters in {place_en} want next is plain answers on {topic_en}. Deputies should report back regularly to the people who elected them.",
        "a|Many candidates' programmes remain vague. Voters would be better served by concrete targets and timelines than by slogans.",
        "p|Honestly I didn't know much about the candidates in my area, the bios on the board are way too short",
        "p|Not convinced by {cand_en}'s answer on {topic_en}, but I voted anyway. That's how it works",
        "p|Wish candidate meetings were held in the evening, working people can't make it at 2 p.m.",
        "h|Letter: candidate meetings should take questions online",
    ],
}

# Posts that pass on a correction, and questions that check a rumour instead of spreading it.
FAMILY["debunk_post"] = {
    "target": 100,
    "vi": [
        "p|Phường vừa xác nhận: bầu cử vẫn là Chủ nhật 23/5, tin dời sang {wdate} là tin giả, đừng chia sẻ",
        "p|Ai nhận tin nhắn đòi {fee} phí thẻ cử tri thì đừng chuyển nhé, đi bầu không mất tiền, báo công an",
        "p|Mình hỏi tổ trưởng rồi: không có vụ phạt {fine} nếu không đi bầu đâu, bài kia bịa",
        "p|Bố mẹ ơi đừng tin clip bảo phiếu bầu có mã số, bỏ phiếu kín mà, con hỏi cán bộ phường rồi",
        "p|Cái link {link} tự xưng hội đồng bầu cử là lừa đảo nhé, cơ quan bầu cử không bắt xác nhận online",
        "p|Đính chính giúp mình: 21 tuổi là tuổi ứng cử, còn 18 tuổi là đi bầu được rồi nha các bạn",
        "p|Tỷ lệ {fpct} mọi người share hôm qua không phải số chính thức đâu, chờ Hội đồng bầu cử quốc gia công bố",
        "p|Không ai được bầu hộ cả nhà đâu, mỗi người tự đi bầu, người ốm thì tổ bầu cử mang hòm phiếu phụ đến",
        "p|Ảnh đơn xin rút của {cand} là ảnh ghép, ủy ban bầu cử tỉnh đã lên tiếng rồi, mọi người gỡ bài đi",
        "p|Tin điểm bỏ phiếu {place} đóng cửa lúc {wclose} là sai, vẫn mở từ 7 giờ đến 19 giờ",
        "p|Nhóm mình ai lỡ share tin 'kết quả có sẵn' thì xóa giùm, kiểm phiếu công khai ngay tại phòng bỏ phiếu mà",
        "p|Báo công an rồi nhé: trang giả danh tổ bầu cử {place} đòi gửi ảnh căn cước, mọi người cảnh giác",
    ],
    "en": [
        "p|Checked with the ward office: the election is still on May 23, the {wdate_en} post is fake",
        "p|That link asking voters to confirm online is a scam, election bodies never ask for bank details",
        "p|No, you can't be fined for not voting. Please stop sharing that message",
        "p|18 is the voting age, 21 is for candidates. The post saying otherwise is wrong",
    ],
}

FAMILY["question"] = {
    "target": 100,
    "vi": [
        "p|Cho mình hỏi năm nay bầu cử có đúng Chủ nhật 23/5 không, thấy nhóm Zalo nói {wdate}?",
        "p|Nghe đồn không đi bầu bị phạt {fine}, có thật không mọi người, ai biết chỉ với?",
        "p|Có ai biết tin nhắn bắt xác nhận cử tri qua {link} là thật hay giả không ạ?",
        "p|Mình đủ 18 tuổi hôm 20/5 thì có tên trong danh sách cử tri không nhỉ?",
        "p|Ông bà mình ốm nằm nhà thì làm sao để bầu được ạ, có hòm phiếu mang đến không?",
        "p|Tạm trú ở {place} được 8 tháng thì bầu ở đây hay về quê ạ?",
        "p|Bầu cử mấy giờ đóng cửa vậy mọi người, có phải {wclose} không, mình sợ về muộn?",
        "p|Mất thẻ cử tri thì có đi bầu được không ạ? Cần mang giấy tờ gì?",
        "p|Có thật là phiếu bầu có mã số để biết ai gạch ai không, hay tin đồn thôi?",
        "p|Thấy bài nói {cand} rút khỏi danh sách, có nguồn chính thức không mọi người?",
        "p|Đi bầu có được mang điện thoại vào buồng kín không ạ, lần đầu đi nên hỏi trước",
        "p|Ai biết khi nào công bố kết quả bầu cử chính thức không, thấy trên mạng nhiều con số quá",
    ],
    "en": [
        "p|Is the election really on Sunday the 23rd? Someone in my group said {wdate_en}",
        "p|Heard you get fined {fine_en} for not voting, is that true?",
        "p|Can my grandma vote from home if she's bedridden?",
        "p|When are the official results announced? Seeing lots of numbers online",
    ],
}
