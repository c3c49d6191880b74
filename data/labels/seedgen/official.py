"""Hard negatives in the voice of election bodies and the press reporting them: results and turnout
reports, procedure explainers, official notices and polling-day reports.

Styles learned from reading (not copying) provincial portals, election-council news pages and
national/provincial newspapers' election sections: figures are attributed to the competent body
("theo Ủy ban bầu cử tỉnh"), notices open with the legal basis ("Căn cứ Luật Bầu cử ..."),
explainers are question-and-answer or numbered lists, reports carry a dateline and an hour.
Every figure here is either the approved one or a local figure attributed to its body; every date
is a date of reporting or of a step of the timetable, never a different election day.

Each template is ``kind|text`` (h/a/p = headline, article, post).
"""

from __future__ import annotations

FAMILY: dict[str, dict] = {}

FAMILY["official_results"] = {
    "target": 230,
    "vi": [
        "h|{prov}: tỷ lệ cử tri đi bầu đạt {vpct}",
        "h|Tính đến {hprog}, {prov} có {ppct} cử tri đã đi bỏ phiếu",
        "h|{prov} công bố danh sách {nseats} người trúng cử đại biểu Quốc hội khóa XV",
        "h|Ủy ban bầu cử {prov} công bố kết quả bầu cử đại biểu HĐND tỉnh nhiệm kỳ 2021-2026",
        "h|{prov} bầu đủ {ncouncil} đại biểu HĐND tỉnh, không phải bầu thêm",
        "h|Cả nước có 499 đại biểu Quốc hội khóa XV trúng cử",
        "h|Hội đồng bầu cử quốc gia họp tổng kết, công bố tỷ lệ cử tri đi bầu 99,60%",
        "h|Tổ bầu cử số {unit} {place} hoàn thành kiểm phiếu trong đêm 23/5",
        "h|Sơ bộ kết quả bầu cử tại {prov}: tỷ lệ cử tri tham gia bỏ phiếu {vpct}",
        "h|{prov}: {nunits} đơn vị bầu cử đại biểu Quốc hội đều có trên 99% cử tri đi bầu",
        "h|Đến {hprog} ngày 23/5, tỷ lệ cử tri đi bầu tại {place} đạt {ppct}",
        "h|Kết quả bầu cử ở {prov}: {nseats} trong số {ncand} người ứng cử trúng cử đại biểu Quốc hội",
        "a|{dl}Theo báo cáo nhanh của Ủy ban bầu cử {prov}, đến {hprog} ngày 23/5/2021 đã có {ppct} cử tri trên địa bàn tỉnh tham gia bỏ phiếu. Không có khu vực bỏ phiếu nào phải kéo dài thời gian bỏ phiếu.",
        "a|{dl}Ủy ban bầu cử {prov} cho biết toàn tỉnh có {nvoters} cử tri, trong đó {vpct} đã tham gia bỏ phiếu. Tất cả {nunits} đơn vị bầu cử đại biểu Quốc hội đều bầu đủ số đại biểu được ấn định, không có đơn vị phải bầu thêm hoặc bầu lại.",
        "a|Chiều {rday}, Ủy ban bầu cử {prov} tổ chức hội nghị công bố kết quả bầu cử đại biểu HĐND tỉnh khóa mới. Theo đó, {ncouncil} người trúng cử; tỷ lệ cử tri đi bầu đạt {vpct}.",
        "a|Ngày 10/6/2021, Hội đồng bầu cử quốc gia công bố 499 người trúng cử đại biểu Quốc hội khóa XV trong số 868 người ứng cử tại 184 đơn vị bầu cử. Tỷ lệ cử tri tham gia bỏ phiếu cả nước đạt 99,60%.",
        "a|Tại đơn vị bầu cử số {unit} của {prov}, {cand} trúng cử với {share} số phiếu hợp lệ. Kết quả được Ban bầu cử lập biên bản và gửi Ủy ban bầu cử tỉnh theo quy định.",
        "a|{dl}Tổ bầu cử khu vực bỏ phiếu số {unit} {place} bắt đầu kiểm phiếu sau 19 giờ ngày 23/5, có hai cử tri không phải là người ứng cử chứng kiến. Biên bản kết quả kiểm phiếu được niêm yết ngay tại phòng bỏ phiếu.",
        "a|Báo cáo của {body} cho thấy cuộc bầu cử tại {prov} diễn ra an toàn; {nbooths} khu vực bỏ phiếu đã hoàn thành kiểm phiếu trước 6 giờ sáng 24/5. Kết quả chính thức sẽ do Hội đồng bầu cử quốc gia công bố.",
        "a|Theo Hội đồng bầu cử quốc gia, đến 17 giờ ngày 23/5 nhiều địa phương đã có hơn 95% cử tri đi bầu. Con số chính thức của cả nước được công bố sau khi tổng hợp biên bản của các Ủy ban bầu cử tỉnh.",
        "a|Kết quả bầu cử đại biểu HĐND {place} nhiệm kỳ 2021-2026: bầu đủ {ncouncil} đại biểu, tỷ lệ cử tri đi bầu {vpct}. Danh sách người trúng cử được niêm yết tại trụ sở UBND.",
        "a|{dl}Sáng {rday}, {officer} {prov} chủ trì phiên họp tổng hợp kết quả bầu cử. Toàn tỉnh có {nbooths} khu vực bỏ phiếu; tỷ lệ cử tri đi bầu chung đạt {vpct}, cao hơn kỳ trước.",
        "a|Nữ đại biểu chiếm hơn 30% số đại biểu Quốc hội khóa XV, theo kết quả Hội đồng bầu cử quốc gia công bố ngày 10/6/2021. Đây là tỷ lệ cao nhất trong nhiều khóa gần đây.",
        "p|{paper}: {prov} đã có {ppct} cử tri đi bầu tính đến {hprog}, các điểm bỏ phiếu vẫn mở đến 19 giờ",
        "p|Cập nhật từ Ủy ban bầu cử tỉnh: {prov} đạt {vpct} cử tri đi bầu, bầu đủ {nseats} đại biểu Quốc hội",
        "p|Kết quả chính thức do Hội đồng bầu cử quốc gia công bố 10/6: 499 đại biểu trúng cử, tỷ lệ đi bầu 99,60%",
        "h|Biên bản kiểm phiếu khu vực bỏ phiếu số {unit} được niêm yết công khai",
        "a|Theo biên bản tổng hợp, ở khu vực bỏ phiếu số {unit} {place} có {num} phiếu không hợp lệ do cử tri gạch quá số người được bầu. Tổ bầu cử đã ghi rõ trong biên bản gửi Ban bầu cử.",
    ],
    "en": [
        "h|{prov_en} reports {vpct_en} voter turnout in National Assembly election",
        "h|By {hprog_en}, {ppct_en} of voters in {prov_en} had cast their ballots",
        "h|Election council confirms 499 deputies elected to 15th National Assembly",
        "a|{dl_en}The provincial election committee said {vpct_en} of {nvoters_en} registered voters in {prov_en} took part. All constituencies elected the full number of deputies, so no additional vote is needed.",
        "a|The National Election Council announced on June 10, 2021 that 499 of the 868 candidates had been elected in 184 constituencies. Nationwide turnout was 99.60%.",
        "a|Counting began after polls closed at 7 p.m. in {place_en}, with two voters who were not candidates watching. The tally sheet was posted at the polling room the same night.",
        "p|Official update from the provincial election committee: turnout in {prov_en} reached {vpct_en}, results go to the national council next",
        "h|Women make up over 30% of newly elected National Assembly deputies",
    ],
}

FAMILY["procedure_explainer"] = {
    "target": 230,
    "vi": [
        "h|Hỏi - đáp: Cử tri có được bỏ phiếu thay người khác không?",
        "h|[Infographic] Những điều cử tri cần biết trước ngày bầu cử 23/5/2021",
        "h|Nguyên tắc xác định người trúng cử đại biểu Quốc hội",
        "h|Thế nào là phiếu bầu không hợp lệ?",
        "h|Cử tri tạm trú có được bầu cử tại nơi đang ở?",
        "h|Hướng dẫn cách gạch phiếu bầu đúng quy định",
        "h|Khi nào phải tổ chức bầu cử thêm, bầu cử lại?",
        "h|Những trường hợp không được ghi tên vào danh sách cử tri",
        "h|Cử tri đi vắng ngày bầu cử cần làm gì?",
        "h|5 bước bỏ phiếu tại phòng bỏ phiếu",
        "a|Hỏi: Tôi có thể cầm thẻ cử tri của bố mẹ đi bầu thay không? Trả lời: Không. Luật Bầu cử quy định cử tri phải tự mình đi bầu, không được nhờ người khác bầu thay; người không tự viết được phiếu có thể nhờ người khác viết hộ nhưng phải tự mình bỏ phiếu.",
        "a|Theo quy định, người trúng cử phải có số phiếu bầu đạt quá một nửa tổng số phiếu hợp lệ. Cuộc bầu cử ở đơn vị bầu cử chỉ có giá trị khi có quá một nửa tổng số cử tri trong danh sách tham gia bỏ phiếu.",
        "a|Phiếu không hợp lệ là phiếu không theo mẫu do Ủy ban bầu cử phát hành, không có dấu của Tổ bầu cử, để số người được bầu nhiều hơn số lượng đại biểu được bầu, hoặc gạch xóa hết tên người ứng cử. Phiếu ghi thêm tên người ngoài danh sách cũng không hợp lệ.",
        "a|Cử tri đăng ký tạm trú và có thời gian tạm trú từ 12 tháng trở lên được ghi tên vào danh sách cử tri để bầu đại biểu Quốc hội và đại biểu HĐND cấp tỉnh, cấp huyện nơi tạm trú.",
        "a|Cử tri đã có tên trong danh sách mà chuyển đến nơi khác trong thời gian từ khi niêm yết đến ngày bầu cử có thể xin giấy chứng nhận tại UBND cấp xã để được ghi tên và bầu cử ở nơi mới.",
        "a|Chậm nhất 40 ngày trước ngày bầu cử, danh sách cử tri được niêm yết tại trụ sở UBND cấp xã và những nơi công cộng của khu vực bỏ phiếu. Cử tri phát hiện sai sót có quyền khiếu nại với cơ quan lập danh sách trong 30 ngày.",
        "a|Việc vận động bầu cử kết thúc trước thời điểm bắt đầu bỏ phiếu 24 giờ. Trong ngày bầu cử, không ai được vận động cử tri tại phòng bỏ phiếu.",
        "a|Cử tri ốm đau, già yếu, khuyết tật không thể đến phòng bỏ phiếu thì Tổ bầu cử mang hòm phiếu phụ và phiếu bầu đến chỗ ở hoặc nơi điều trị để cử tri nhận phiếu và bầu cử.",
        "a|Khi đến phòng bỏ phiếu, cử tri xuất trình thẻ cử tri, nhận phiếu bầu, vào buồng kín gạch tên người mình không tín nhiệm rồi tự bỏ phiếu vào hòm. Mỗi cử tri có quyền bỏ một phiếu cho mỗi cấp bầu cử.",
        "a|Nếu viết hỏng phiếu, cử tri có quyền đổi phiếu bầu khác với Tổ bầu cử. Cử tri không được ghi thêm tên hay ký hiệu lên phiếu.",
        "a|Việc bỏ phiếu bắt đầu từ 7 giờ sáng và kết thúc lúc 19 giờ cùng ngày. Tùy tình hình địa phương, Tổ bầu cử có thể quyết định bắt đầu sớm hơn nhưng không trước 5 giờ sáng, hoặc kết thúc muộn hơn nhưng không quá 21 giờ.",
        "a|Công dân đủ 18 tuổi trở lên tính đến ngày bầu cử có quyền bầu cử; đủ 21 tuổi trở lên có quyền ứng cử. Người đang bị tạm giam, tạm giữ vẫn được ghi tên vào danh sách cử tri và bỏ phiếu bằng hòm phiếu phụ.",
        "a|Người đang phải chấp hành hình phạt tù, người bị kết án tử hình, người mất năng lực hành vi dân sự không được ghi tên vào danh sách cử tri, theo Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND.",
        "a|Ở đơn vị bầu cử mà số người trúng cử chưa đủ số lượng đại biểu được bầu, Ban bầu cử lập biên bản và Ủy ban bầu cử quyết định ngày bầu cử thêm. Nếu số cử tri đi bầu chưa đạt quá một nửa, cuộc bầu cử ở đó phải tổ chức lại.",
        "a|Kiểm phiếu được tiến hành tại phòng bỏ phiếu ngay sau khi cuộc bỏ phiếu kết thúc. Trước khi mở hòm phiếu, Tổ bầu cử phải thống kê, lập biên bản, niêm phong số phiếu bầu không sử dụng đến.",
        "p|Cử tri lưu ý: mang theo thẻ cử tri, vào buồng kín gạch phiếu, tự tay bỏ phiếu vào hòm. Không chụp ảnh phiếu bầu nhé",
        "p|Mọi người nhớ là gạch ngang tên người mình không chọn, đừng khoanh tròn hay viết thêm gì vào phiếu, phiếu sẽ không hợp lệ",
        "p|Ai ở trọ trên 12 tháng thì ra phường đăng ký để được bầu ở đây nha, dưới 12 tháng thì về quê bầu",
        "p|Mất thẻ cử tri vẫn đi bầu được nha, ra tổ bầu cử đối chiếu danh sách là được, chị mình vừa hỏi xong",
        "h|Tổ bầu cử phải thông báo ngày, nơi bỏ phiếu trong 10 ngày trước bầu cử",
        "a|Mỗi khu vực bỏ phiếu có từ 300 đến 4.000 cử tri; ở miền núi, hải đảo có thể thành lập khu vực bỏ phiếu dưới 300 cử tri. Mỗi khu vực bỏ phiếu có một Tổ bầu cử.",
    ],
    "en": [
        "h|Explainer: how Vietnam's National Assembly election works",
        "h|Q&A: can someone else vote on my behalf? No, and here is why",
        "a|Voters must vote in person. A voter who cannot write may ask someone to fill in the ballot, but must put it in the box themselves. Sick and elderly voters can ask the election team to bring a mobile ballot box.",
        "a|A candidate is elected only with more than half of the valid ballots, and a vote in a constituency counts only if more than half of the registered voters take part. Otherwise an additional or repeat vote is held.",
        "a|Polls open at 7 a.m. and close at 7 p.m. Local election teams may open earlier, but not before 5 a.m., or close later, but not after 9 p.m.",
        "a|Voter lists are posted at commune offices at least 40 days before election day, and residents can ask for corrections if their name is missing or wrong.",
        "p|Tip for first-time voters: bring your voter card, cross out names in the booth, drop the ballot yourself. Ballot photos are not allowed",
        "h|What makes a ballot invalid? A quick guide",
    ],
}

FAMILY["notice"] = {
    "target": 210,
    "vi": [
        "h|Thông báo về việc niêm yết danh sách cử tri tại {place}",
        "h|UBND {place} thông báo thời gian, địa điểm bỏ phiếu bầu cử ngày 23/5/2021",
        "h|Quyết định thành lập các Tổ bầu cử tại {place}",
        "h|Thông báo lịch tiếp xúc cử tri của người ứng cử đại biểu Quốc hội tại {prov}",
        "h|Ủy ban bầu cử {prov} công bố danh sách chính thức {ncand} người ứng cử đại biểu Quốc hội",
        "h|Kế hoạch tuyên truyền bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp tại {place}",
        "h|Thông báo số {docno}/TB-UBBC về việc kết thúc vận động bầu cử",
        "a|THÔNG BÁO. Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015, UBND {place} thông báo: danh sách cử tri được niêm yết từ ngày 13/4/2021 tại trụ sở UBND và nhà văn hóa các khu dân cư. Cử tri kiểm tra và phản ánh sai sót với Tổ bầu cử nơi cư trú.",
        "a|Ủy ban bầu cử {prov} thông báo danh sách chính thức {ncand} người ứng cử đại biểu Quốc hội khóa XV tại {nunits} đơn vị bầu cử để bầu {nseats} đại biểu. Danh sách và tiểu sử tóm tắt được niêm yết tại các khu vực bỏ phiếu.",
        "a|Thực hiện kế hoạch của Ủy ban bầu cử tỉnh, UBND {place} thông báo: cuộc bầu cử tiến hành vào Chủ nhật ngày 23/5/2021, bỏ phiếu từ 7 giờ đến 19 giờ tại {num} khu vực bỏ phiếu. Đề nghị cử tri mang theo thẻ cử tri.",
        "a|Ban bầu cử đơn vị số {unit} thông báo lịch tiếp xúc cử tri của những người ứng cử: sáng {rday} tại hội trường {place}, chiều cùng ngày tại nhà văn hóa khu phố. Kính mời cử tri tham dự.",
        "a|Căn cứ Nghị quyết của Hội đồng bầu cử quốc gia, Ủy ban bầu cử {prov} quyết định thành lập {nunits} Ban bầu cử đại biểu Quốc hội. Các Ban bầu cử chịu trách nhiệm kiểm tra, đôn đốc việc bầu cử tại các khu vực bỏ phiếu.",
        "a|UBND {place} đề nghị các Tổ bầu cử hoàn thành việc phát thẻ cử tri trước ngày {rday}; bố trí hòm phiếu phụ cho cử tri ốm đau, già yếu và người đang cách ly y tế; thực hiện đầy đủ các biện pháp phòng dịch tại phòng bỏ phiếu.",
        "a|Văn phòng Ủy ban bầu cử {prov} thông báo số điện thoại đường dây nóng tiếp nhận phản ánh của cử tri về công tác bầu cử. Mọi phản ánh được tiếp nhận trong giờ hành chính và trong ngày bầu cử.",
        "a|Thông báo của Tổ bầu cử khu vực bỏ phiếu số {unit}: phòng bỏ phiếu đặt tại nhà văn hóa {place}. Cử tri đến bỏ phiếu thực hiện đeo khẩu trang, sát khuẩn tay và giữ khoảng cách theo hướng dẫn.",
        "a|Công văn số {docno}/UBBC-VP ngày {rday} của Ủy ban bầu cử {prov} đề nghị các địa phương rà soát danh sách cử tri, bảo đảm không bỏ sót, không ghi trùng cử tri là người lao động, sinh viên đang tạm trú.",
        "a|Kể từ 7 giờ ngày 22/5/2021, mọi hoạt động vận động bầu cử kết thúc theo quy định. Ủy ban bầu cử {prov} đề nghị các cơ quan báo chí không đăng tải nội dung vận động cho người ứng cử từ thời điểm này.",
        "p|Thông báo từ UBND {place}: danh sách cử tri đã niêm yết tại nhà văn hóa, bà con kiểm tra tên, năm sinh, nếu sai báo tổ bầu cử trước ngày {rday}",
        "p|Loa phường thông báo: sáng Chủ nhật 23/5 bỏ phiếu từ 7 giờ tại nhà văn hóa {place}, bà con nhớ mang thẻ cử tri và đeo khẩu trang",
        "p|Tổ bầu cử số {unit} nhắc: cử tri đang cách ly tại nhà báo tổ trưởng để được bố trí hòm phiếu phụ, không tự ý đến điểm bỏ phiếu",
        "h|Ủy ban bầu cử {prov} ban hành hướng dẫn phòng chống dịch tại khu vực bỏ phiếu",
        "a|Ban Thường trực Ủy ban MTTQ {prov} thông báo kết quả hiệp thương lần thứ ba: lập danh sách {ncand} người đủ tiêu chuẩn ứng cử đại biểu Quốc hội khóa XV. Danh sách được gửi Ủy ban bầu cử tỉnh.",
        "h|Thông báo tiếp nhận hồ sơ người tự ứng cử đại biểu HĐND {place}",
    ],
    "en": [
        "h|Notice: voter list for {place_en} posted at the commune office",
        "h|Provincial election committee publishes official list of {ncand} candidates",
        "a|NOTICE. Under the Law on Elections of 2015, the People's Committee of {place_en} informs residents that the voter list is posted at its office and community halls. Please check your details and report errors to your local election team.",
        "a|Voting takes place on Sunday, May 23, 2021 from 7 a.m. to 7 p.m. at {num} polling stations across {place_en}. Please bring your voter card and wear a mask.",
        "a|Election team {unit} reminds voters in quarantine to tell their block leader so that a mobile ballot box can be arranged. Do not come to the polling room.",
        "p|From the ward office: voter list is up at the community hall, please check your name and birth year before {rday_en}",
        "h|Campaigning ends 24 hours before polls open, election committee reminds candidates",
    ],
}

FAMILY["election_report"] = {
    "target": 150,
    "vi": [
        "h|{dl}Cử tri vùng cao {prov} vượt suối đi bầu từ sáng sớm",
        "h|Không khí ngày hội non sông tại {place}",
        "h|{prov} sẵn sàng cho ngày bầu cử, in xong phiếu bầu và thẻ cử tri",
        "h|Người ứng cử đại biểu Quốc hội tiếp xúc cử tri tại {place}",
        "h|Lực lượng công an bảo vệ an toàn các khu vực bỏ phiếu tại {prov}",
        "h|Cử tri trẻ {place} háo hức lần đầu đi bầu",
        "a|{dl}Từ 6 giờ sáng 23/5, nhiều cử tri {place} đã có mặt tại khu vực bỏ phiếu. Lễ khai mạc diễn ra ngắn gọn; cuộc bỏ phiếu bắt đầu lúc 7 giờ, các tổ bầu cử bố trí lối đi một chiều và đo thân nhiệt.",
        "a|{dl}Ngày {rday}, đoàn kiểm tra của Ủy ban bầu cử {prov} làm việc tại {place}, kiểm tra việc niêm yết danh sách cử tri, tiểu sử người ứng cử và phương án phòng chống dịch tại các khu vực bỏ phiếu.",
        "a|Tại hội nghị tiếp xúc cử tri ở {place} chiều {rday}, cử tri kiến nghị nhiều vấn đề về {topic}. Những người ứng cử trình bày chương trình hành động và trả lời trực tiếp một số ý kiến.",
        "a|{dl}Các tổ bầu cử ở {place} đã mang hòm phiếu phụ đến khu cách ly và bệnh viện để cử tri thực hiện quyền bầu cử. Nhân viên y tế hỗ trợ khử khuẩn phiếu bầu sau khi bỏ vào hòm.",
        "a|Trường THPT {place} tổ chức buổi tìm hiểu về bầu cử cho học sinh lớp 12 đã đủ 18 tuổi. Nhiều em lần đầu có tên trong danh sách cử tri.",
        "p|Sáng nay cả nhà mình đi bầu ở nhà văn hóa {place}, xếp hàng có 10 phút, các cô chú tổ bầu cử rất nhiệt tình",
        "p|Lần đầu đi bầu, được tặng bông hoa và chụp ảnh lưu niệm trước cổng, vui ghê",
    ],
    "en": [
        "h|Voters in the highlands of {prov_en} cross streams to reach polling stations",
        "a|{dl_en}Queues formed before 7 a.m. at polling stations across {place_en}. Election teams measured temperatures at the door and kept a one-way path through the room.",
        "a|Candidates met voters in {place_en} on {rday_en}, presenting their programmes and answering questions about {topic_en}.",
        "p|Voted this morning with my grandparents, short queue and very friendly staff at the community hall",
    ],
}
