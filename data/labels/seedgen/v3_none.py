"""Seed v3 hard negatives (label ``none``): polling-day reports, official results, committee
notices, procedure explainers, opinion, satire on everyday "bầu" and other elections.

Styles learned from reading (not copying) commune and ward notice boards posted on Facebook and
Zalo groups, provincial papers' live polling-day pages, election committees' press releases,
Q&A columns of provincial radio, readers' letters and comment threads, and joke pages about
class, family and football "elections". The templates talk about the same things as the rumours
(ballots, boxes, fines, dates, ages, results, percentages) but every figure is either the approved
one, a local figure attributed to its body, or a date and hour that belongs to something else
(a deadline, the start of counting, partial turnout at an hour, another year, another country).

Each template is ``kind|text`` (h/a/p = headline, article, post).
"""

from __future__ import annotations

FAMILY: dict[str, dict] = {}

# Polling day and the weeks before it: preparations, mobile boxes, remote voters, first-timers,
# counting in the polling room.
FAMILY["election_report"] = {
    "target": 100,
    "vi": [
        "h|Hòm phiếu phụ theo chân tổ bầu cử lên nương, đến từng lán trại ở {place}",
        "h|{prov}: ngư dân về bờ sớm để kịp bỏ phiếu sáng 23/5",
        "h|Học sinh lớp 12 vừa tròn 18 tuổi nhận thẻ cử tri đầu tiên",
        "h|Niêm phong hòm phiếu trước giờ khai mạc tại khu vực bỏ phiếu số {unit}",
        "h|Cụ bà {age_n} tuổi được con cháu đưa đến điểm bỏ phiếu {place}",
        "h|Tổ bầu cử {place} kiểm phiếu đến khuya, dán biên bản ngay tại hội trường",
        "a|{dl}Khoảng 6 giờ 30 sáng 23/5, tổ bầu cử số {unit} mời hai cử tri có mặt sớm nhất kiểm tra hòm phiếu còn trống trước khi niêm phong. Đúng 7 giờ, cụ ông lớn tuổi nhất khu dân cư bỏ lá phiếu đầu tiên.",
        "a|Đường vào bản xa nhất của {place} phải đi bộ gần hai tiếng. Tuần trước ngày bầu cử, tổ bầu cử đã vào phát thẻ cử tri tận nhà và hẹn bà con sáng Chủ nhật có mặt ở điểm trường để bỏ phiếu.",
        "a|{dl}Chiều 23/5, hai thành viên tổ bầu cử mang hòm phiếu phụ đến bệnh viện huyện để {num} bệnh nhân và người nhà đang chăm bệnh được bỏ phiếu. Hòm phiếu phụ được đưa về phòng bỏ phiếu trước giờ kết thúc.",
        "a|Sau 19 giờ, tổ bầu cử khu vực số {unit} {place} lập biên bản số phiếu chưa dùng, cắt góc và niêm phong rồi mới mở hòm. Việc đếm phiếu có cử tri và phóng viên theo dõi, kéo dài đến gần nửa đêm.",
        "a|Theo tổ trưởng tổ bầu cử {place}, khu vực bỏ phiếu có {num} người lần đầu cầm lá phiếu, phần lớn là sinh viên và công nhân vừa đủ 18 tuổi. Nhiều bạn được cán bộ hướng dẫn cách gạch tên trên phiếu trước khi vào buồng kín.",
        "a|{dl}Công nhân các khu công nghiệp ở {prov} được bố trí ca làm để kịp về khu vực bỏ phiếu nơi tạm trú. Một số doanh nghiệp cho xe đưa đón người lao động đi bầu trong buổi sáng.",
        "a|Ba ngày trước bầu cử, tổ bầu cử {place} tổ chức diễn tập: giả định cử tri sốt tại cửa phòng bỏ phiếu, được đưa sang khu riêng và bỏ phiếu vào hòm phiếu phụ. Buổi diễn tập kết thúc trong 40 phút.",
        "a|Được Hội đồng bầu cử quốc gia đồng ý, một số khu vực bỏ phiếu ở xã đảo và vùng biên của {prov} tổ chức bỏ phiếu sớm hơn ngày bầu cử chung do điều kiện đi lại. Phiếu được bảo quản và kiểm theo quy định.",
        "p|Vừa theo dõi tổ bầu cử kiểm phiếu ở nhà văn hóa {place}, đọc từng phiếu to rõ, có người ghi bảng, xong gần 11h đêm. Lần đầu xem thấy khá minh bạch",
        "p|Ông nội 92 tuổi nằm một chỗ, sáng nay hai cô chú tổ bầu cử mang hòm phiếu nhỏ đến tận giường, ông tự bỏ phiếu xong cười tươi lắm",
        "p|Con gái vừa đủ 18 tuổi, nhận thẻ cử tri mà chụp ảnh khoe cả nhóm lớp 😄 hẹn nhau sáng 23/5 đi bầu sớm",
        "p|Làm công nhân ở {place} hơn năm rồi nên được ghi tên bầu ở đây, đỡ phải về quê. Xếp hàng chưa tới 15 phút",
        "p|Livestream từ điểm bỏ phiếu {place}: 7h00 khai mạc, chào cờ, kiểm tra hòm phiếu trống, giờ bà con đang xếp hàng nhận phiếu",
    ],
    "en": [
        "h|Mobile ballot boxes reach hospital patients in {prov_en}",
        "h|First-time voters turn 18 just in time for polling day",
        "a|{dl_en}Before sealing the box at 6:45 a.m., the election team in {place_en} showed two early voters that it was empty. The first ballot was cast at 7 a.m. by the oldest resident of the area.",
        "a|Counting in {place_en} started after the 7 p.m. close. Unused ballots were tallied and sealed first, then officials read each ballot aloud while observers watched; the tally sheet was posted before midnight.",
        "p|Helped my grandpa vote from his bed today, the election team brought a small box to the house. He dropped the ballot in himself",
        "p|Watched the count at our community hall tonight, every ballot read out loud. Took hours but it was interesting",
    ],
}

# Figures announced by the proper body: turnout, the number elected, re-runs where no one got a
# majority; partial figures "tính đến" an hour.
FAMILY["official_results"] = {
    "target": 88,
    "vi": [
        "h|Ủy ban bầu cử {prov}: {nseats}/{ncand} người ứng cử trúng cử đại biểu Quốc hội",
        "h|{place} tổ chức bầu thêm ở một đơn vị HĐND xã do chưa đủ số đại biểu",
        "h|Tính đến {hprog} ngày 23/5, {ppct} cử tri {prov} đã bỏ phiếu",
        "h|Công bố kết quả: tỷ lệ cử tri đi bầu toàn quốc 99,60%, 499 đại biểu Quốc hội trúng cử",
        "h|{prov} không có đơn vị nào phải bầu lại",
        "h|{place} niêm yết danh sách người trúng cử HĐND sau khi Ủy ban bầu cử công bố",
        "a|{dl}Ủy ban bầu cử {prov} cho biết đến {hprog} sáng 23/5 toàn tỉnh đã có {ppct} cử tri bỏ phiếu. Đây là số liệu tổng hợp nhanh từ các tổ bầu cử, chưa phải kết quả cuối cùng.",
        "a|Ở đơn vị bầu cử số {unit} HĐND {place}, số người đạt quá một nửa số phiếu hợp lệ ít hơn số đại biểu được bầu. Ủy ban bầu cử đã quyết định bầu thêm trong thời hạn luật định, chỉ với những người ứng cử chưa trúng cử ở lần đầu.",
        "a|Biên bản xác định kết quả bầu cử của Ban bầu cử đơn vị số {unit} ghi nhận {nvoters} cử tri trong danh sách, tỷ lệ đi bầu {vpct}; {cand} đạt {share} số phiếu hợp lệ và trúng cử.",
        "a|{dl}Chậm nhất 10 ngày sau ngày bầu cử, Ủy ban bầu cử cấp tỉnh công bố kết quả bầu cử đại biểu HĐND tỉnh. Tại {prov}, việc công bố diễn ra ngày 28/5 với {ncouncil} người trúng cử.",
        "a|Hội đồng bầu cử quốc gia đã xác nhận tư cách của 499 đại biểu Quốc hội khóa XV. Con số 99,60% cử tri đi bầu được tổng hợp từ biên bản của Ủy ban bầu cử 63 tỉnh, thành phố; riêng {prov} có {nbooths} khu vực bỏ phiếu.",
        "a|Theo thông cáo của {body}, tại {place} có {num} lá phiếu bị loại vì để lại nhiều tên hơn số đại biểu cần bầu hoặc có chữ viết thêm. Số phiếu này không làm thay đổi kết quả ở đơn vị.",
        "a|Ủy ban bầu cử {prov} công bố: tất cả {nunits} đơn vị bầu cử đại biểu Quốc hội có trên một nửa cử tri tham gia, cuộc bầu cử có giá trị; {nseats} người trúng cử, đủ số đại biểu được phân bổ.",
        "p|{paper} cập nhật lúc {hprog}: {ppct} cử tri trong tỉnh đã đi bầu, các khu vực bỏ phiếu vẫn đón cử tri tới 19h",
        "p|Phường vừa dán kết quả bầu HĐND lên bảng tin: đủ {ncouncil} đại biểu, đi bầu {vpct}. Ai quan tâm ra xem biên bản nhé",
        "p|Xã mình có một đơn vị phải bầu thêm vì chưa ai quá bán, ủy ban bầu cử huyện đã ra thông báo lịch, bà con theo dõi loa xã",
        "p|Tóm tắt chính thức: 499 đại biểu Quốc hội khóa XV trúng cử, tỷ lệ đi bầu cả nước 99,60%, công bố ngày 10/6/2021",
    ],
    "en": [
        "h|{prov_en} election committee: {nseats} of {ncand} candidates elected",
        "h|One commune council constituency to hold additional vote after no majority",
        "a|As of {hprog_en} on May 23, {ppct_en} of voters in {prov_en} had voted, according to a quick tally from local election teams. The final figure will come from the election committee.",
        "a|The National Election Council confirmed 499 deputies for the 15th National Assembly. National turnout was 99.60%, announced on June 10, 2021.",
        "p|Ward board just posted the council results: full slate elected, turnout {vpct_en}. Tally sheets are on the wall if you want to check",
    ],
}

# Notices of committees and teams: dates, hours, places, lists, corrections to voter lists.
FAMILY["notice"] = {
    "target": 80,
    "vi": [
        "h|Thông báo: bổ sung, đính chính danh sách cử tri khu vực bỏ phiếu số {unit}",
        "h|Tổ bầu cử {place} thông báo địa điểm và giờ bỏ phiếu",
        "h|Thông báo số {docno}/TB-UBBC về việc phát thẻ cử tri",
        "h|{place} nhận phản ánh về danh sách cử tri đến hết ngày 13/5",
        "a|THÔNG BÁO. Tổ bầu cử khu vực bỏ phiếu số {unit} {place} đính chính: cử tri có tên thứ {num} trong danh sách bị ghi sai năm sinh, nay sửa lại theo căn cước công dân. Cử tri nào phát hiện sai sót khác đề nghị báo tổ bầu cử.",
        "a|Tổ bầu cử số {unit} thông báo: thẻ cử tri được phát tại nhà văn hóa {place} từ ngày 10/5 đến hết 22/5, giờ hành chính và buổi tối từ 19 giờ đến 21 giờ. Cử tri nhận hộ cho người trong hộ gia đình xuất trình sổ hộ khẩu hoặc giấy tờ tùy thân.",
        "a|Căn cứ kế hoạch của Ủy ban bầu cử, UBND {place} thông báo: khu vực bỏ phiếu số {unit} đặt tại trường tiểu học, mở cửa từ 7 giờ đến 19 giờ Chủ nhật 23/5/2021. Trường hợp cần kéo dài, tổ bầu cử sẽ thông báo nhưng không quá 21 giờ.",
        "a|Thông báo bổ sung danh sách cử tri: {num} cử tri mới chuyển đến có giấy chứng nhận của nơi cư trú cũ đã được ghi tên vào danh sách khu vực bỏ phiếu số {unit}. Cử tri chuyển đi được xóa tên tại nơi cũ.",
        "a|Ủy ban bầu cử {place} thông báo: hạn chót tiếp nhận khiếu nại về danh sách cử tri là ngày 13/5/2021, tròn 30 ngày kể từ khi niêm yết. Quá thời hạn, cử tri vẫn có thể liên hệ tổ bầu cử để được hướng dẫn.",
        "a|Ban bầu cử đơn vị số {unit} thông báo kết quả bầu cử thêm sẽ được niêm yết tại trụ sở UBND xã ngay sau khi Ủy ban bầu cử xác nhận. Thời gian bỏ phiếu bầu thêm vẫn bắt đầu từ 7 giờ sáng.",
        "p|📢 TỔ BẦU CỬ SỐ {unit} THÔNG BÁO: ai chưa nhận thẻ cử tri ra nhà văn hóa {place} nhận trước thứ Bảy 22/5, mang theo căn cước nhé bà con",
        "p|Thông báo của ban điều hành khu phố: danh sách cử tri dán ở bảng tin cổng chợ, nhà nào thấy thiếu tên hay sai tên báo chị tổ trưởng trong tuần này",
        "p|Loa xã thông báo: hạn cuối nhận khiếu nại danh sách cử tri là 13/5, giờ hành chính, tại bộ phận một cửa",
        "p|Khu vực bỏ phiếu số {unit} năm nay chuyển về hội trường trường THCS {place}, không đặt ở nhà văn hóa như kỳ trước, mọi người lưu ý giùm",
        "p|Tổ bầu cử nhắc: ai đi làm xa cần xin giấy chứng nhận để bầu ở nơi khác thì đến UBND xã làm trước ngày bầu cử, thủ tục miễn phí",
        "h|Ủy ban bầu cử {prov} thông báo đường dây nóng trong ngày 23/5",
    ],
    "en": [
        "h|Correction: voter list for polling area {unit} updated",
        "a|Election team {unit} in {place_en} will hand out voter cards at the community hall from May 10 to May 22, during office hours and in the evening. One adult may collect the cards for the whole household.",
        "a|Notice: polling area {unit} moves to the primary school this year. Voting runs from 7 a.m. to 7 p.m. on Sunday, May 23, 2021.",
        "p|Ward notice: last day to report a missing or wrong name on the voter list is May 13. Check the board at the market gate",
    ],
}

# Rights and duties, who may vote where, what to bring, how the ballot works.
FAMILY["procedure_explainer"] = {
    "target": 96,
    "vi": [
        "h|Cử tri có bắt buộc mang căn cước khi đi bầu?",
        "h|Hỏi nhanh - đáp gọn: bỏ phiếu kín nghĩa là gì?",
        "h|Sinh viên ở ký túc xá bầu cử ở đâu?",
        "h|Phiếu bầu gạch nhầm có được đổi không?",
        "h|Bầu thêm và bầu lại khác nhau thế nào?",
        "h|Vì sao không đi bầu không bị phạt tiền nhưng vẫn nên đi bầu?",
        "a|Hỏi: Con tôi sinh tháng 5/2003, đến 23/5/2021 đã đủ 18 tuổi chưa? Đáp: Tuổi bầu cử tính đủ đến ngày bầu cử. Nếu sinh nhật 18 tuổi của cháu rơi vào hoặc trước ngày 23/5/2021 thì cháu có quyền bầu cử và được ghi tên trong danh sách cử tri.",
        "a|Luật Bầu cử không quy định phạt tiền người không đi bầu. Đi bầu là quyền và nghĩa vụ công dân; tổ bầu cử có thể đến vận động, nhắc nhở nhưng không có khoản phạt hay lệ phí nào gắn với lá phiếu.",
        "a|Bỏ phiếu kín nghĩa là cử tri tự gạch phiếu trong buồng kín, không ai được xem hay hỏi cử tri đã chọn ai. Phiếu bầu không ghi tên, không đánh số theo người bỏ.",
        "a|Sinh viên ở ký túc xá, nhà trọ có thể bầu tại nơi tạm trú nếu đã đăng ký tạm trú từ 12 tháng trở lên; nếu chưa đủ, có thể xin giấy chứng nhận tại nơi thường trú để được ghi tên ở nơi đang học hoặc về quê bầu cử.",
        "a|Tùy nơi cư trú, cử tri nhận phiếu bầu đại biểu Quốc hội và phiếu bầu đại biểu HĐND các cấp. Các phiếu có màu khác nhau để cử tri và tổ bầu cử dễ phân biệt khi bỏ phiếu và khi kiểm phiếu.",
        "a|Người trúng cử phải được quá một nửa số phiếu hợp lệ. Nếu số người đạt mức đó nhiều hơn số đại biểu cần bầu thì người nhiều phiếu hơn trúng cử; nếu thiếu, đơn vị tổ chức bầu thêm, chậm nhất 15 ngày sau ngày bầu cử.",
        "a|Cử tri chỉ gạch ngang họ tên người mình không bầu. Nếu để lại số tên nhiều hơn số đại biểu được bầu ở đơn vị đó, phiếu bị coi là không hợp lệ; để lại ít hơn thì phiếu vẫn hợp lệ.",
        "a|Cử tri không biết chữ hoặc không tự viết được có quyền nhờ người khác viết phiếu giúp, nhưng người viết hộ phải giữ bí mật và chính cử tri phải tự bỏ phiếu vào hòm. Không ai được cầm thẻ cử tri của người khác để bầu thay.",
        "a|Kết quả bầu cử đại biểu Quốc hội do Hội đồng bầu cử quốc gia công bố chậm nhất 20 ngày sau ngày bầu cử; kết quả bầu cử đại biểu HĐND do Ủy ban bầu cử cùng cấp công bố chậm nhất 10 ngày. Số liệu trên mạng trước thời điểm đó chỉ là số liệu nhanh hoặc không có nguồn.",
        "p|Đi bầu cần mang gì? Thẻ cử tri là đủ, mang thêm căn cước cho chắc. Không mất đồng nào, không phải nộp phí gì hết",
        "p|Gạch nhầm tên thì giơ tay xin tổ bầu cử đổi phiếu khác nha, đừng tẩy xóa rồi bỏ vào hòm kẻo phiếu không hợp lệ",
        "p|Ai 18 tuổi lần đầu đi bầu: vào buồng kín gạch ngang tên người không chọn, gấp phiếu lại rồi tự bỏ vào hòm. Đơn giản vậy thôi",
        "p|Ghi nhớ: bầu cử sáng Chủ nhật 23/5, 7h–19h, đủ 18 tuổi được bầu, đủ 21 tuổi được ứng cử, không ai được bầu thay ai",
    ],
    "en": [
        "h|Do you need an ID card to vote? A short guide",
        "a|A ballot is valid if you leave no more names uncrossed than the number of seats in your constituency. Leaving more makes it invalid; leaving fewer is allowed.",
        "a|There is no fine for not voting in Vietnam. Voting is described as a right and a civic duty, and election teams may remind residents, but no penalty or fee is attached to the ballot.",
        "a|Students who have been registered as temporary residents for 12 months or more can vote where they study; others can get a certificate from their home commune to be added to the list where they live now.",
        "p|Quick checklist: voter card, ID if you have it, that's all. Polls 7 a.m. to 7 p.m. on the 23rd, 18+ can vote, nobody votes for anyone else",
    ],
}

# Letters, comments and criticism with no checkable false claim.
FAMILY["opinion"] = {
    "target": 96,
    "vi": [
        "h|Thư bạn đọc: Đừng để tiểu sử ứng viên chỉ là tờ giấy dán tường",
        "h|Chuyện nhỏ ở phòng bỏ phiếu: bàn hướng dẫn nên rộng hơn cho người cao tuổi",
        "h|Góc nhìn: Tỷ lệ đi bầu rất cao, còn chất lượng giám sát thì sao?",
        "h|Cử tri trẻ muốn nghe ứng viên nói về {topic}, không phải khẩu hiệu",
        "a|Tôi đã đi bầu sáng 23/5 và thấy việc tổ chức khá chu đáo. Dù vậy, bảng tiểu sử dán ngoài sân chữ nhỏ, người già khó đọc; lần sau nên in to và đặt chỗ có mái che.",
        "a|Chương trình hành động của {cand} có nhiều ý hay về {topic}, nhưng tôi chưa thấy con số cụ thể: bao nhiêu tiền, bao lâu, ai chịu trách nhiệm. Cử tri cần những cam kết đo được để còn giám sát.",
        "a|Nhiều người hỏi vì sao tỷ lệ đi bầu cao như vậy. Theo tôi, con số đẹp chưa nói lên tất cả; điều đáng quan tâm là sau 5 năm, đại biểu đã trả lời được bao nhiêu kiến nghị của cử tri.",
        "a|Ở khu tôi, việc bầu hộ trong gia đình vẫn còn thói quen cũ dù luật không cho phép. Tổ bầu cử nên nhắc rõ hơn ngay tại bàn phát phiếu, chứ không chỉ dán quy định ở cửa.",
        "a|Bạn đọc {place} góp ý: buổi tiếp xúc cử tri nên có thời gian hỏi đáp dài hơn phần đọc chương trình hành động. Có những câu hỏi về {topic} chưa kịp nêu thì buổi gặp đã kết thúc.",
        "p|Nói thẳng: chương trình hành động của mấy ứng viên đơn vị mình đọc na ná nhau, toàn 'quan tâm', 'chăm lo'. Muốn biết cụ thể làm gì cho {topic} thôi",
        "p|Mình không đồng ý với ý kiến của {cand} về {topic}, nhưng vẫn tôn trọng và vẫn đi bầu theo lựa chọn của mình. Thế mới là bầu cử",
        "p|Hy vọng đại biểu trúng cử ở {prov} lần này bớt đọc văn bản, chịu khó đi chợ, đi ruộng nghe dân nói",
        "p|Góp ý nhẹ cho tổ bầu cử {place}: hàng chờ buổi sáng dồn cục quá, nên chia thêm bàn phát phiếu. Còn lại mọi thứ ổn",
        "p|Tôi thấy nên có kênh trực tuyến để cử tri gửi câu hỏi cho ứng viên trước buổi tiếp xúc, đỡ mất thời gian cả hai bên",
        "p|Ai bảo đi bầu cho có thì sai nha, mỗi lá phiếu là một lần mình chọn người nói thay cho mình 5 năm tới. Đọc kỹ tiểu sử trước khi gạch",
        "p|Thật lòng mình thất vọng với cách trả lời của {cand} hôm tiếp xúc cử tri, hỏi về {topic} mà nói vòng vo. Cử tri có quyền đòi hỏi hơn",
        "p|Cả ngày loa phát bài hát bầu cử, vui thì vui nhưng có người đi làm ca đêm cần ngủ nữa mấy bác ơi",
        "a|Tỷ lệ nữ đại biểu tăng là tín hiệu tốt, nhưng tôi mong sẽ có thêm đại biểu là người trẻ và người làm nghề tự do, để tiếng nói trong Quốc hội đa dạng hơn.",
        "h|Ý kiến: Cần công khai lịch tiếp dân của đại biểu ngay sau khi trúng cử",
    ],
    "en": [
        "h|Letter: candidate bios deserve more than a notice board",
        "a|I voted on May 23 and the polling room was well run. Still, the candidate bios were printed too small for older voters; next time they could be larger and posted indoors.",
        "p|Candidates' programmes in my area all sound the same. I want numbers and deadlines on {topic_en}, not slogans",
        "p|Disagree with {cand_en} on {topic_en} but I still went and voted. That's the point",
        "p|High turnout is nice, but I'd rather see how many voter complaints get answered over the next five years",
    ],
}

# Everyday "bầu" in other senses: class monitors, team captains, "bầu không khí", "ông bầu",
# "có bầu", the gourd. Not about the election (relevant: false).
FAMILY["satire"] = {
    "target": 68,
    "vi": [
        "p|Lớp 10A2 bầu lớp trưởng, bạn trúng cử với 31/40 phiếu vì hứa cho cả lớp chép bài 😂",
        "p|Team đá bóng công ty bầu đội trưởng, kết quả: ông thủ môn trúng cử vì là người duy nhất có xe chở đồ",
        "p|Bầu không khí nhà mình sáng nay căng như dây đàn vì ai làm vỡ cái bình của mẹ 😶",
        "p|Vợ có bầu tháng thứ 7, cả nhà bỏ phiếu đặt tên con, tên bố đề xuất được đúng 1 phiếu là phiếu của bố 😂",
        "p|Giàn bầu sau nhà năm nay sai quả quá, hái 12 trái, tỷ lệ đậu quả phải 99% 😆",
        "p|Ông bầu đội bóng tỉnh tuyên bố thưởng nóng nếu thắng trận tới, cả đội hứa 'trúng cử' vào vòng trong",
        "p|Xóm trọ bỏ phiếu chọn ngày đi chơi, ngày 23 thắng áp đảo, phe ngày 30 đòi kiểm lại hòm phiếu bằng hộp bánh",
        "p|Nhóm bạn thân bầu người bao ăn tối, tôi thua 3-1, kháng cáo lên 'hội đồng' là mẹ tôi cũng bị bác",
        "p|Canh bầu nấu tôm ngon nhất quả đất, tôi bỏ phiếu tuyệt đối cho món này mùa hè",
        "p|Họp lớp bầu thủ quỹ, ứng cử viên duy nhất là đứa hay quên mang ví, ai cũng lo 😅",
        "p|Bầu show của ca sĩ thông báo hoãn đêm diễn sang tuần sau vì mưa lớn, fan tiếc hùi hụi",
        "h|Đội tuyển trường bầu đội trưởng mới sau khi đàn anh tốt nghiệp",
        "p|Bầu không khí phòng thi sáng nay nặng nề, đề toán có câu 'tính tỷ lệ phần trăm phiếu bầu', cả phòng nhìn nhau",
    ],
    "en": [
        "p|Our class voted for a new monitor today, winner took 31 of 40 votes on a promise of longer breaks 😂",
        "p|Five-a-side team elected a captain: the guy with the car won, obviously",
        "p|The atmosphere at home this morning could be cut with a knife, someone ate the last mango",
        "p|Office vote on where to have lunch: pho won by a landslide, the noodle faction wants a recount",
    ],
}

# Other countries' elections and Vietnam's elections of other years (relevant: false); figures are
# true for their own vote (2016: 22/5, khóa XIV, 496 deputies, 99,35%; 2011: 22/5, khóa XIII,
# 500 deputies, 99,51%; 2026: 15/3, khóa XVI).
FAMILY["other_election"] = {
    "target": 80,
    "vi": [
        "h|Nhìn lại bầu cử năm 2016: 496 đại biểu Quốc hội khóa XIV trúng cử",
        "h|Bầu cử Quốc hội khóa XIII năm 2011 có tỷ lệ cử tri đi bầu 99,51%",
        "h|{country2}: cử tri xếp hàng từ đêm để bỏ phiếu bầu tổng thống",
        "h|Ứng viên tổng thống {country2} thừa nhận thất bại sau khi kiểm xong {ppct} số phiếu",
        "h|Úc: cử tri bỏ bầu cử liên bang có thể bị phạt theo luật bỏ phiếu bắt buộc",
        "a|Ở một số nước như Úc, đi bầu là bắt buộc và người không bỏ phiếu có thể bị phạt một khoản nhỏ. Việt Nam không có quy định này.",
        "a|Cuộc bầu cử đại biểu Quốc hội khóa XIV được tổ chức ngày 22/5/2016. Khi đó, {prov} có tỷ lệ cử tri đi bầu trên 99% và bầu đủ số đại biểu được phân bổ.",
        "a|Cuộc bầu cử năm {oyear} tại {country2} phải tổ chức vòng hai vì không ứng viên nào đạt quá bán. Tỷ lệ đi bầu vòng một chỉ {ppct}, thấp hơn kỳ trước.",
        "a|Ủy ban bầu cử {country2} đếm lại phiếu tại một số điểm sau khi {party} khiếu nại; chênh lệch cuối cùng thay đổi không đáng kể và kết quả được giữ nguyên.",
        "a|Năm 2011, cử tri cả nước bầu 500 đại biểu Quốc hội khóa XIII vào ngày 22/5. Từ đó đến nay, ngày bầu cử luôn được ấn định vào Chủ nhật.",
        "a|Cuộc bầu cử đại biểu Quốc hội khóa XVI ngày 15/3/2026 là lần đầu nhiều địa phương bầu theo đơn vị hành chính mới sau khi sắp xếp tỉnh, xã năm 2025.",
        "p|Lục album thấy ảnh đi bầu khóa XIV năm 2016, hồi đó mới 19 tuổi, giờ nhìn lại thấy mình non choẹt",
        "p|Bầu cử {country2} năm {oyear} đếm phiếu bằng máy mà vẫn trục trặc, kết quả mấy ngày mới có",
        "p|Hồi bầu cử 2011 phiếu còn viết tay danh sách dài, ông ngoại kể đọc mãi mới xong",
        "h|{country2} công bố kết quả bầu cử quốc hội năm {oyear}: {party} mất đa số",
    ],
    "en": [
        "h|Looking back: Vietnam's 2016 vote elected 496 deputies with 99.35% turnout",
        "h|{country2_en} runoff set after no candidate wins a majority",
        "a|In some countries, such as Australia, voting is compulsory and those who skip it can be fined. Vietnam has no such rule.",
        "a|The electoral commission in {country2_en} ordered a partial recount after complaints from {party_en}; the final result did not change.",
        "p|Found my photo from voting in 2016, the 14th National Assembly election. Feels like forever ago",
    ],
}
