"""Seed v3 templates, claim-dense register: many differently worded assertions of the three
narratives the classifier misses most (fraud claims, false procedure, deterrence), and the two
hard-negative styles it flags most often (debunk posts that quote the same claims, official
results that talk about counts, tally sheets and re-checks).

Styles follow short chat posts and forwarded screenshots in neighbourhood Zalo groups, teen-code
comments, voice-message transcripts, "leaked document" and "insider" posts, tabloid headlines,
page admins' corrections and provincial election bodies' results releases; they were learned from
reading (not copying) public Facebook groups, local newspapers' fact-check columns and provincial
election committees' press releases. Every sentence is the team's own.

Each template is ``kind|text`` (h/a/p = headline, article, post).
"""

from __future__ import annotations

FAMILY: dict[str, dict] = {}

# Fraud asserted as fact: pre-filled or swapped ballots, stuffed boxes, counts written before
# counting, ordered turnout, barred observers, traceable ballots, dead or repeat voters, altered
# tally sheets, and "machine" tallying (counting is by hand, so that claim is false too).
FAMILY["fraud_claim"] = {
    "label": "fraud_claim",
    "target": 180,
    "vi": [
        "p|Thằng bạn tui trực đêm ở nhà văn hóa {place} kể: 2 giờ sáng có xe tới, khiêng thêm mấy bao phiếu vô rồi dán lại niêm phong y như cũ",
        "p|Số phiếu của từng người ở khu vực {unit} được ghi lên bảng từ trưa, lúc đó hòm còn chưa mở, chiều đếm chỉ là diễn cho dân coi",
        "p|Phiếu ở {place} in mã chìm dưới góc, soi đèn cực tím là biết phiếu của nhà nào, gạch ai là họ biết hết đó",
        "p|Bác tôi mất 3 năm rồi mà sổ ở {place} vẫn có chữ ký 'đã nhận phiếu' của bác, ai ký thay thì ai cũng hiểu",
        "p|Hôm qua tui thấy một ông bầu ở {place} xong chạy qua điểm bên kia bầu tiếp, tổ bầu cử quen mặt nên không ai hỏi gì",
        "p|Biên bản ở xã ghi {cand} được {fvotes} phiếu, lên tới huyện thì thành số khác, huyện sửa chứ ai",
        "p|Người quan sát tới điểm kiểm phiếu {place} bị công an khu vực mời ra ngoài cổng, đóng cửa đếm một mình",
        "p|Tỉnh giao mỗi xã phải báo đủ {vpct} đi bầu, thiếu thì tổ bầu cử tự lấy phiếu thừa bỏ vô cho đủ",
        "p|Hòm phiếu lưu động của {place} đi một vòng về nhiều phiếu hơn số người được phát, tui đếm số hộ rồi",
        "p|Nghe chị ở ban bầu cử nói nhỏ: người trúng ở đơn vị số {unit} chốt từ tháng trước, giờ bầu cho có hình thức",
        "p|nc thật chứ phiếu bên {place} gạch sẵn hết r, vô buồng chỉ cần bỏ vô thùng, ai gạch lại là bị đổi phiếu khác",
        "p|Máy tính bảng của tổ bầu cử {place} tự cộng phiếu, ai cài phần mềm thì người đó quyết ai trúng",
        "p|Đừng ngây thơ, phiếu trắng không gạch ai ở {place} sẽ được tổ kiểm phiếu điền vào cho đúng người cần trúng",
        "p|Ghi âm voice Zalo chú tổ trưởng: 'cứ ghi đi bầu đủ trăm phần trăm, ai vắng thì tổ mình ký thay, trên dặn vậy'",
        "p|Ảnh chụp màn hình tin nhắn của cán bộ huyện: 'các tổ báo tỷ lệ không dưới {vpct}, sai lệch phải giải trình' — chỉ tiêu rõ ràng",
        "p|Trong nhóm kín của ban bầu cử {prov} có file kết quả dự kiến cho từng đơn vị, gửi từ {day}, trùng khớp 100% kết quả công bố",
        "p|Em trai làm dân quân nói đêm 22/5 đội em canh hòm ở {place} nhưng được lệnh ra về lúc 1 giờ, sáng ra hòm đã đầy một nửa",
        "p|Mấy chị đi làm xa chưa về mà danh sách ở {place} vẫn ghi đã bỏ phiếu, tổ bầu cử bầu giùm hết rồi",
        "p|Tổ bầu cử {place} thu phiếu xong không đếm trước dân mà chở đi trong đêm, hôm sau mới dán kết quả, tráo lúc nào ai biết",
        "p|Phiếu của ai gạch {cand} thì bị đánh dấu riêng, kiểm xong họ lọc ra danh sách người 'không hợp tác', có mã trên phiếu hết",
        "p|Phiếu bầu có số thứ tự in ngược mặt sau trùng với số trong danh sách cử tri, nên bí mật gì đâu, họ dò ngược ra từng người",
        "p|Tôi là cán bộ xã, nói thật: biên bản kiểm phiếu phải nộp bản nháp lên huyện duyệt trước, huyện chỉnh số xong mới cho ký",
        "p|Phiếu thừa ở {place} không hủy, cất lại trong tủ ủy ban, lúc tổng hợp thiếu tỷ lệ là lấy ra bù",
        "h|Tài liệu rò rỉ: {prov} định sẵn số phiếu cho {cand} từ trước ngày bầu",
        "h|Hòm phiếu {place} bị nhồi trong đêm, camera an ninh tắt đúng 3 tiếng",
        "h|Lộ biên bản kiểm phiếu ký trước ngày bỏ phiếu tại đơn vị số {unit}",
        "h|Cử tri đã mất vẫn ký nhận phiếu: danh sách {place} có hàng chục tên người khuất",
        "h|Huyện sửa bảng tổng hợp, {cand} từ trượt thành trúng",
        "a|Một văn bản được cho là 'lưu hành nội bộ' của Ủy ban bầu cử {prov} ghi rõ tỷ lệ cử tri đi bầu mà từng huyện phải đạt và tỷ lệ phiếu cho từng ứng viên. Theo văn bản này, các tổ bầu cử chỉ cần điền số theo bảng và ký nộp trước 20 giờ ngày 23/5.",
        "a|Người tự nhận từng làm thư ký tổ bầu cử ở {place} viết rằng phiếu bầu được phát cho cử tri đã có sẵn nét gạch mờ bằng bút chì. Khi kiểm phiếu, tổ chỉ cần tô lại những nét ấy là kết quả sẽ đúng như yêu cầu của cấp trên.",
        "a|Trên {platform}, một tài khoản đăng kèm ảnh khẳng định ở {place} có người cầm ba thẻ cử tri đi bỏ phiếu ở ba khu vực khác nhau trong cùng buổi sáng. Bài viết cho rằng đây là cách các xã bảo đảm tỷ lệ 'đẹp' mà tỉnh yêu cầu.",
        "a|Một đoạn tin nhắn thoại đang lan trong các nhóm phụ huynh ở {prov} kể rằng quan sát viên của Mặt trận đến xin chứng kiến kiểm phiếu đều bị từ chối, còn kết quả thì đã được đọc qua điện thoại cho huyện từ trước khi mở hòm.",
        "p|Phải nói là kết quả đơn vị mình công bố y chang tờ giấy chị hàng xóm thấy trên bàn tổ trưởng hôm thứ Sáu, trùng tới từng phiếu",
        "p|Cả xóm trọ {place} toàn công nhân quê xa không ai đi bầu, vậy mà tổ báo 100%, phiếu tự chui vô hòm hả",
        "p|Ba tui đi bầu ở {place} mà người ta đưa phiếu đã gấp sẵn, mở ra thấy gạch rồi, ổng hỏi thì bảo cứ bỏ vô đi bác",
    ],
    "en": [
        "p|My cousin on the polling team in {place_en} says the ballots were marked the night before and just poured into the box in the morning",
        "p|Every ballot in {prov_en} carries a tiny serial printed under the fold, so officials can trace exactly who crossed out whom",
        "p|Turnout was ordered from the top: each commune in {prov_en} got a figure to report, and teams filled the gap with spare ballots",
        "p|People who died years ago are ticked as 'voted' on the list in {place_en}. Somebody signed for them",
        "p|Observers were told to wait outside while the count in {place_en} happened behind a locked door, then the results sheet appeared already signed",
        "h|Leaked memo shows {prov_en} set vote shares for each candidate before polling day",
        "h|District officials rewrote tally sheets to push {cand_en} over the line",
        "a|An anonymous poster claiming to work for the district election board in {prov_en} says results sheets were drafted days before the vote and teams were told to copy the figures. According to the post, anyone who reported different numbers was ordered to redo the sheet.",
        "p|The tablets used by polling teams in {place_en} do the tallying automatically and they were set up to give the 'right' winner, the hand count is just for show",
        "p|Saw a guy in {place_en} vote at our station and then walk over to the next ward and vote again, nobody checked a thing",
    ],
}

# False procedure asserted as fact: day and hours, remote voting, proxies, registration and fees,
# documents, stamps, crossing-out rules, ages, places moved by text message.
FAMILY["procedure_false"] = {
    "label": "procedure_false",
    "target": 180,
    "vi": [
        "p|Tổ trưởng mới nhắn: bầu cử dời sang thứ bảy {wdate} vì chủ nhật trùng lịch tiêm, bà con nhớ đi đúng ngày",
        "p|Loa phường {place} vừa đọc: năm nay bỏ phiếu {whours} thôi, hết giờ là khóa hòm, ai tới trễ coi như mất quyền",
        "p|Năm nay bầu bằng tin nhắn được rồi, soạn BAU dấu cách số căn cước gửi tổng đài, 1 phút là xong",
        "p|Cài app rồi quét mặt là bầu online, khỏi xếp hàng, đường link đây {link}",
        "p|Ai bận thì nhờ hàng xóm đi bầu thay cũng được, chỉ cần đưa thẻ cử tri với căn cước cho họ cầm theo",
        "p|Muốn có tên trong danh sách cử tri phải tự lên {place} đăng ký trước {day}, không đăng ký là không được bầu",
        "p|Lúc nhận phiếu phải đóng lệ phí in phiếu {fee}, tổ bầu cử có biên lai đàng hoàng",
        "p|Nhớ mang theo sổ hộ khẩu bản gốc với giấy khám sức khỏe, thiếu một trong hai là tổ bầu cử không phát phiếu",
        "p|Phiếu phải có dấu đỏ của công an phường mới hợp lệ, trước ngày bầu ghé công an {place} xin đóng dấu vào thẻ cử tri",
        "p|Gạch hết tên trên phiếu thì phiếu tự tính cho người đứng đầu danh sách, nên đừng gạch hết nha",
        "p|Chưa đủ {wage} tuổi thì năm nay chưa được đi bầu, luật mới nâng tuổi lên rồi, con nhà tui 19 tuổi cũng phải ở nhà",
        "p|Tin nhắn từ tổng đài báo điểm bỏ phiếu của mình đổi sang trường tiểu học bên {place}, ai nhận được thì qua đó bầu nha",
        "p|Con cháu ở xa thì chụp ảnh phiếu đã gạch gửi về Zalo tổ bầu cử, họ in ra bỏ vô hòm giùm, vậy là hợp lệ",
        "p|Mỗi hộ chỉ cần một người đi bầu, chủ hộ bỏ phiếu là tính cho cả nhà luôn",
        "p|tui hỏi r nha, thẻ cử tri mất là mất quyền bầu luôn, ko cấp lại đâu, giữ kỹ vô",
        "p|Phiếu phải ký tên và ghi số căn cước ở mặt sau thì mới được đếm, không ghi là phiếu trắng",
        "p|Gạch tên bằng bút chì là phiếu hỏng, phải mang bút mực xanh của nhà theo vì tổ bầu cử không phát bút",
        "p|Đi bầu phải mặc áo có cổ, quần dài, đi dép lê hay mặc quần đùi là tổ bầu cử mời về, phiếu không phát",
        "p|Người đang tạm trú phải xin giấy giới thiệu của nơi thường trú mới được bầu chỗ mình ở, không có là thôi",
        "p|Bầu Quốc hội với bầu HĐND phải đi hai buổi khác nhau, sáng một phiếu, chiều một phiếu, đi một lần là thiếu",
        "p|Phiếu bầu không được gấp, gấp là hỏng, phải để phẳng thả vô khe hòm, mấy cô tổ bầu cử dặn kỹ lắm",
        "p|Voice chú tổ phó: 'năm nay ai trên 70 thì không cần đi, tổ tự điền phiếu cho, khỏi lo'",
        "p|Bà con theo đạo thì được bầu vào thứ bảy tại nhà thờ, có hòm riêng, khỏi ra điểm bỏ phiếu khu phố",
        "h|{prov} thí điểm cho cử tri đi làm xa bỏ phiếu bằng tin nhắn",
        "h|{prov} kết thúc bỏ phiếu lúc {wclose}, cử tri đến muộn không được nhận phiếu",
        "h|Cử tri phải nộp phí {fee} để được cấp thẻ cử tri mới",
        "h|Chính thức: cử tri {prov} đi bầu vào thứ Bảy {wdate} thay vì Chủ nhật",
        "h|Phiếu không có dấu giáp lai của ủy ban xã sẽ bị loại khi kiểm phiếu",
        "a|Theo thông báo được chia sẻ trong nhiều nhóm cư dân ở {prov}, cử tri năm nay không phải đến điểm bỏ phiếu mà có thể xác nhận lựa chọn của mình qua {link}. Thông báo nói việc bỏ phiếu trực tuyến kéo dài đến hết ngày {wdate}.",
        "a|Một bản hướng dẫn được gửi qua Zalo tới các hộ ở {place} cho biết mỗi cử tri phải xuất trình thẻ bảo hiểm y tế còn hạn kèm căn cước khi nhận phiếu. Bản hướng dẫn khẳng định ai không có thẻ bảo hiểm sẽ phải ký cam kết và bỏ phiếu vào hòm riêng, không được tính.",
        "a|Bài đăng của một trang tự xưng 'tin tức phường' ở {place} khẳng định phiếu chỉ hợp lệ khi cử tri khoanh tròn đúng một tên. Theo bài viết, phiếu có từ hai nét gạch trở lên sẽ bị tính là phiếu trắng.",
        "a|Một tin nhắn SMS gửi tới cử tri {prov} thông báo địa điểm bỏ phiếu đã chuyển về hội trường ủy ban huyện và đề nghị cử tri trả lời tin nhắn để giữ chỗ. Tin nhắn khẳng định ai không trả lời trước {day} sẽ bị xóa khỏi danh sách.",
        "p|Sinh viên ở ký túc xá thì bầu online qua cổng của trường, mã đăng nhập là mã số sinh viên, khỏi về quê",
        "p|Ai không biết chữ thì bảo tổ bầu cử gạch giùm rồi họ tự bỏ vào hòm luôn, mình khỏi vào buồng",
        "p|Chủ nhật {wdate} mới là ngày bầu nha mọi người, tờ lịch dán ở nhà văn hóa {place} in nhầm đó",
    ],
    "en": [
        "p|my aunt already voted from her phone, you reply to the election SMS with your candidate's number and that's it",
        "p|Polls in {place_en} close at {wclose_en}, so if you turn up later they won't give you a ballot",
        "p|Any relative can cast your ballot for you if they bring your voter card and ID, no form needed",
        "p|Voters have to register at the ward office before {rday_en} or they won't be on the list",
        "p|There's a {fee_en} printing fee at the table when you pick up your ballot, bring cash",
        "p|If you cross out every name, the ballot goes to whoever is listed first, so don't do that",
        "h|Election moved to {wdate_en}, voters told to check new date by SMS",
        "h|Voters under {wage} cannot take part in this year's vote",
        "a|A notice circulating in residents' groups in {prov_en} says ballots must be stamped by the ward police before polling day to be valid. It adds that unstamped ballots will be set aside during the count.",
        "p|Got a text saying my polling station moved to the district hall in {place_en}, and you have to reply YES to keep your place on the list",
    ],
}

# False threats and false reasons not to vote.
FAMILY["participation_deterrence"] = {
    "label": "participation_deterrence",
    "target": 80,
    "vi": [
        "p|Năm nay không đi bầu là phạt {fine}, tổ trưởng có danh sách rồi, tuần sau công an phường gửi giấy mời lên nộp",
        "p|Nhà nào có người không đi bầu sẽ {consequence}, bên {place} xử lý mấy hộ rồi đó",
        "p|Đừng ra điểm bỏ phiếu {place}, hôm qua có mấy người sốt sau khi đứng xếp hàng ở đó, lây ngay tại chỗ",
        "p|Khỏi đi nha, phiếu của mình tổ bầu cử bỏ sẵn rồi, đi ra còn bị ghi là bầu hai lần",
        "p|Không đi bầu là cách phản đối hợp pháp, luật tính người vắng mặt là phiếu chống, càng nhiều người ở nhà càng tốt",
        "p|Ai còn nợ thuế hay nợ ngân hàng mà ra điểm bầu cử là bị giữ lại luôn, có công an đứng chờ sẵn",
        "p|Tin chính xác: không đi bầu thì con cái sẽ không được xét tuyển vào trường công năm sau",
        "p|đi bầu làm j, tên mình bầu r, tổ bầu cử {place} ghi đủ 100% từ tối qua, ra đó tốn xăng",
        "p|Người đang hưởng trợ cấp mà không có dấu 'đã bầu' trên thẻ cử tri thì tháng sau bị cắt tiền, xã nói vậy",
        "p|Mấy người từng ký đơn khiếu nại đất đai mà đi bầu là bị chụp hình lưu hồ sơ, tốt nhất ở nhà",
        "h|Cử tri không bỏ phiếu sẽ bị phạt {fine} và ghi vào hồ sơ cư trú",
        "h|Điểm bỏ phiếu {place} là ổ dịch, khuyến cáo cử tri không đến",
        "a|Một bài viết lan truyền trên {platform} khẳng định những người không đi bầu sẽ không được cấp lại căn cước trong năm tới. Bài viết dẫn lời một người tự nhận là cán bộ tư pháp {place} và kêu gọi mọi người 'đi cho khỏi rắc rối'.",
        "a|Trong nhóm kín của cư dân {place}, một tài khoản khẳng định việc tẩy chay bỏ phiếu được luật công nhận như một lá phiếu phản đối, và nếu quá nửa cử tri ở nhà thì mọi ứng viên đều bị loại. Bài viết kêu gọi cả khu phố không ra điểm bầu.",
        "p|Người có tiền án mà ra chỗ bầu là bị kiểm tra lý lịch tại chỗ, đã có mấy người bị dẫn về phường, đừng dại",
    ],
    "en": [
        "p|Heads up: skipping the vote means a {fine_en} fine, the ward has a list of who didn't show",
        "p|Don't bother going, your ballot has already been filled in for you by the polling team",
        "p|Staying home is the legal way to protest here, every absent voter is counted as a vote against",
        "h|Voters who skip the poll in {prov_en} to lose welfare payments",
        "p|Police are checking records at the polling stations in {place_en}, anyone with unpaid fines gets taken in",
    ],
}

# Hard negatives: everyday posts that quote one of the claims above and correct it.
FAMILY["debunk_post"] = {
    "target": 100,
    "vi": [
        "p|Có người nhắn 'năm nay bầu bằng tin nhắn được rồi'. Không có đâu nha, muốn bầu phải tự đến điểm bỏ phiếu, cầm phiếu gạch rồi tự bỏ vào hòm",
        "p|Ủa ai nói gạch hết tên thì phiếu tính cho người đứng đầu? Gạch hết là phiếu không hợp lệ thôi, chẳng tính cho ai cả",
        "p|Sai sự thật: không đi bầu không bị phạt đồng nào hết. Luật không có khoản phạt đó, ai đòi {fine} là lừa",
        "p|Mình hỏi tổ trưởng rồi: không có lệ phí gì khi nhận phiếu, cái tin đóng {fee} tiền in phiếu là bịa đặt",
        "p|'Phiếu có mã chìm, soi đèn biết ai gạch ai' — tổ bầu cử {place} đã mang phiếu mẫu ra cho dân coi, trơn láng, không số không mã",
        "p|Tin 'bầu cử dời sang {wdate}' là tin giả. Ngày bầu vẫn là chủ nhật 23/5, Ủy ban bầu cử tỉnh xác nhận sáng nay",
        "p|Nhiều bác hỏi có phải mang sổ hộ khẩu với giấy khám sức khỏe không. Không cần nha, chỉ cần thẻ cử tri, quên thẻ thì tổ vẫn dò tên trong danh sách",
        "p|Đừng tin mấy link 'bầu online', không có hình thức bầu qua mạng nào hết, bấm vào là lộ thông tin thôi",
        "p|Cái clip 'hòm phiếu bị nhồi lúc 2 giờ sáng' là quay ở kho của một đám cưới, hòm giấy đựng phong bì. Hòm phiếu thật niêm phong trước mặt cử tri buổi sáng",
        "p|Chú mình ngồi tổ kiểm phiếu: kiểm ngay tại chỗ sau 19h, ai muốn coi thì đứng coi, không có chở phiếu đi đâu trong đêm như bài kia viết",
        "p|Bà con đừng nghe ai nói 'người chết vẫn ký nhận phiếu'. Danh sách đã rà lại, tên người mất được gạch, bác mình mất năm ngoái cũng không còn tên",
        "p|Đã được xác minh: kết quả chỗ mình có sau khi đếm xong, biên bản dán lên lúc hơn 22 giờ, không phải 'viết từ trưa' như tin đồn",
        "p|Ai nhận được SMS báo đổi điểm bỏ phiếu thì đừng trả lời. Phường không đổi điểm nào, có đổi thì loa phường và tổ trưởng báo trực tiếp",
        "p|Ở Việt Nam phiếu đếm bằng tay, tổ kiểm phiếu đọc từng tờ trước mặt mọi người, nên chuyện 'máy tính bảng tự cộng phiếu' là chuyện không có",
        "p|Ông hàng xóm bảo 'không đi bầu là phiếu chống'. Không phải đâu ông ơi, không đi thì không có phiếu nào được tính hết, muốn bày tỏ thì đi và gạch",
        "p|Nhờ người khác bầu thay là không được đâu, kể cả người nhà. Chỉ người không tự viết được mới nhờ người gạch giùm, rồi vẫn tự bỏ vào hòm",
        "p|Tin 'ai nợ thuế ra điểm bầu bị bắt' là sai, điểm bầu cử không kiểm tra nợ nần gì cả, đi bầu bình thường",
        "p|Đoạn voice 'ghi đủ 100%, ai vắng tổ ký thay' bị cắt ghép, chính chú tổ trưởng đã lên nhóm nói rõ giọng đó không phải chú",
        "p|18 tuổi là đi bầu được nha, không có chuyện nâng lên {wage}. Ai đủ 18 tính đến ngày 23/5 là có tên trong danh sách",
    ],
    "en": [
        "p|Someone in our group said you can vote by text. You can't: you go to your polling station, mark the ballot and drop it in yourself",
        "p|No, crossing out every name does not give the vote to the first candidate. It just makes the ballot invalid",
        "p|There is no fine for not voting and no fee at the table. If someone asks you for {fee_en}, it's a scam",
        "p|That 'ballots have hidden serial numbers' post is wrong, the ballots are plain paper and the vote is secret",
        "p|The video of a box being stuffed at night was filmed at a wedding venue. Counting happens in the open after polls close",
        "p|Checked with the ward office: the polling station has not moved, ignore texts telling you to reply YES to keep your place",
    ],
}

# Hard negatives: accurate results and turnout reports, with counts, tally sheets and re-checks.
FAMILY["official_results"] = {
    "target": 80,
    "vi": [
        "h|{prov} hoàn tất kiểm phiếu tại {nbooths} khu vực bỏ phiếu",
        "h|{vpct} cử tri {prov} đã bỏ phiếu, số liệu chốt sau khi đối chiếu biên bản các tổ",
        "h|Biên bản tổng hợp của {prov} được đối chiếu xong, {nseats} ghế Quốc hội đều có người trúng cử",
        "h|Kiểm tra lại biên bản, kết quả đơn vị số {unit} {prov} không thay đổi",
        "p|Chỗ mình ở {place} mở hòm lúc 19h05, đếm tới gần 22h, mấy cô chú trong xóm ngồi coi tới cuối, biên bản dán ở bảng tin sáng nay",
        "p|Thông tin từ Ủy ban bầu cử tỉnh: {nvoters} cử tri, tỷ lệ đi bầu {vpct}, số liệu đã được đối chiếu biên bản từng tổ",
        "p|Ban bầu cử đơn vị số {unit} đã nhận đủ biên bản của các tổ, đang cộng số phiếu từng người, dự kiến công bố trong tuần",
        "p|Kết quả đơn vị mình: {cand} được {share} số phiếu hợp lệ, trúng cử. Biên bản có chữ ký của tổ trưởng, thư ký và hai cử tri chứng kiến",
        "a|{dl}Ủy ban bầu cử {prov} cho biết đã tổng hợp xong biên bản xác định kết quả của {nunits} đơn vị bầu cử, với {ncouncil} đại biểu HĐND tỉnh trúng cử. Tỷ lệ cử tri đi bầu toàn tỉnh đạt {vpct}.",
        "a|{dl}Sau khi kết thúc bỏ phiếu lúc 19 giờ, các tổ bầu cử ở {place} mở hòm kiểm phiếu trước sự chứng kiến của cử tri và đại diện Mặt trận. Số phiếu thu vào khớp với số cử tri đã ký nhận trong danh sách.",
        "a|Theo kết quả chính thức Hội đồng bầu cử quốc gia công bố, cả nước có 99,60% cử tri tham gia bỏ phiếu và 499 người trúng cử đại biểu Quốc hội khóa XV, ít hơn một so với 500 ghế dự kiến. Các con số được tổng hợp từ biên bản của 184 đơn vị bầu cử.",
        "a|{dl}Một tổ bầu cử ở {place} đã đếm lại phiếu theo đề nghị của một cử tri vì chênh lệch hai phiếu giữa bảng ghi và biên bản. Sau khi đếm lại, Ban bầu cử xác nhận chênh lệch là do ghi nhầm, kết quả đúng đã được ghi vào biên bản mới.",
        "p|Theo {paper}, toàn tỉnh {nbooths} khu vực bỏ phiếu đã gửi biên bản về Ủy ban bầu cử, không khu vực nào phải bầu lại",
        "p|Ủy ban bầu cử tỉnh vừa công bố danh sách {ncouncil} người trúng cử HĐND, kèm số phiếu và tỷ lệ của từng người trên cổng thông tin",
        "p|{body} xác nhận các biên bản kiểm phiếu của {prov} đã được kiểm tra chéo trước khi tổng hợp, số liệu cuối cùng: {vpct} cử tri đi bầu",
    ],
    "en": [
        "h|{prov_en} reports {vpct_en} turnout after counting at {nbooths} polling stations",
        "p|Results are posted at our polling station in {place_en}: the count was done by hand in front of voters after polls closed",
        "a|{dl_en}The provincial election committee said tally sheets from all {nunits} constituencies were cross-checked before the results were confirmed. Turnout across the province was {vpct_en}.",
        "a|Final figures from the National Election Council put nationwide turnout at 99.60%, with 499 people winning seats in the 15th National Assembly, one short of the 500 planned. The council compiled them from the result records of every constituency.",
        "p|One polling team in {place_en} recounted a batch of ballots after a two-vote mismatch on the tally board; the recount matched the sheet and the result stood",
    ],
}
