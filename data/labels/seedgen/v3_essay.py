"""Seed v3 templates, long-form register: false election claims written as essays, readers'
letters, forum comments, blog posts, legal-advice answers and wire-style paragraphs (results fixed
in advance, turnout "assigned", seats bought, counts that "do not matter", voting compulsory by
law, proxy letters, household-registration rules, invented penalties and surveillance, invented
final figures and candidate records), and hard negatives in the same register on the same topics:
essays and letters that criticise the process without a checkable false claim (thin margins,
few self-nominated candidates, little contact with candidates, "it feels like a formality"),
essays that reason with the official figures, legal Q&A stating the real rules, wire-style
polling-day reports and debunks that name a claim and refute it.

Styles learned from reading (not copying) opinion and readers'-letters sections of Vietnamese
papers, overseas Vietnamese commentary blogs and forums, comment threads under election news,
law firms' Q&A pages on the election law and English-language wire and commentary pieces on the
2021 vote. Every sentence is the team's own.

Each template is ``kind|text`` (h/a/p = headline, article, post).
"""

from __future__ import annotations

FAMILY: dict[str, dict] = {}

# Results, turnout, counts and seats asserted to be fixed, assigned or bought (no evidence).
FAMILY["fraud_claim"] = {
    "label": "fraud_claim",
    "target": 160,
    "vi": [
        "a|Người ta vẫn nói lá phiếu là quyền của cử tri, nhưng ở {prov} danh sách người trúng cử đã được Ủy ban bầu cử gửi xuống các huyện từ cuối tháng 4, trước ngày bầu gần một tháng. Cử tri chỉ đến để hợp thức hóa một kết quả đã viết xong.",
        "a|Xin nói thẳng: tỷ lệ đi bầu trên 99% mà báo đài đưa không phải đếm ra mà là con số được giao từ trên xuống. Tổ bầu cử ở {place} nhận chỉ tiêu từ tuần trước ngày bầu và phải báo đủ con số ấy, dù thực tế chỉ một nửa khu phố đến bỏ phiếu.",
        "p|Tôi ngồi tổ bầu cử ở {place} hai khóa nên biết rõ: kiểm phiếu chỉ là thủ tục, biên bản có mẫu in sẵn số phiếu của từng người, tổ chỉ việc chép lại cho khớp rồi ký.",
        'a|Cái gọi là bầu cử ở đơn vị số {unit} thực chất đã an bài: ba người "được cơ cấu" chắc chắn trúng, hai người còn lại chỉ đứng cho đủ số dư theo luật. Kết quả công bố sau này chỉ lặp lại đúng thứ tự đã chốt trong cuộc họp kín hồi tháng 4.',
        "p|Ghế đại biểu HĐND tỉnh ở {prov} có giá hẳn hoi, mỗi suất từ 2 đến 5 tỷ tùy vị trí; chạy được vào danh sách chính thức là coi như đã trúng, lá phiếu của dân không làm thay đổi gì.",
        "a|Đừng ai nghĩ lá phiếu của mình thay đổi được gì. Ở {place}, tổ bầu cử đã đếm xong và niêm phong biên bản kết quả từ chiều thứ Bảy 22/5, tức là một ngày trước khi hòm phiếu được mở cho cử tri.",
        "a|Nhiều người tin rằng ai được nhiều phiếu thì trúng. Ở {prov} thì không: Ủy ban bầu cử tỉnh sửa số phiếu trong bảng tổng hợp để các ứng viên được giới thiệu đều đạt trên 80%, còn người tự ứng cử luôn bị ghi dưới một nửa bất kể cử tri gạch thế nào.",
        "p|Viết cho những ai còn ảo tưởng: năm 2021 trên cả nước không còn một người tự ứng cử nào có tên trên phiếu bầu Quốc hội, tất cả đã bị gạch ở vòng hiệp thương để phiếu chỉ còn người do tổ chức đưa ra.",
        'a|Tôi từng nghĩ đi bầu là góp tiếng nói. Rồi tôi biết ở khu vực bỏ phiếu số {unit} {place}, mọi lá phiếu gạch tên ứng viên được giới thiệu đều bị tổ kiểm phiếu xếp vào diện "không hợp lệ", để cuối ngày ai trong danh sách ấy cũng trúng với trên 90%.',
        'p|Chuyện mua ghế không còn là tin đồn nữa: ở {prov}, ai muốn vào danh sách ứng cử HĐND đều phải "lót tay" cho hội nghị hiệp thương, người không chi thì bị loại ở vòng lấy ý kiến nơi cư trú.',
        "a|Tỷ lệ cử tri đi bầu 99,60% là con số đã được chốt trước ngày bầu cử. Nó nằm sẵn trong dự thảo báo cáo tổng kết gửi {prov} và các tỉnh khác từ đầu tháng 5, và số liệu của các tổ bầu cử sau đó chỉ được điều chỉnh cho khớp.",
        "a|Ở nhiều thôn của {place}, người ta không cần cử tri đến. Tổ bầu cử giao phiếu cho trưởng thôn, trưởng thôn gạch thay cả xóm rồi mang bỏ vào hòm; việc đó diễn ra công khai ngay từ sáng sớm 23/5.",
        "p|Bầu hay không thì số liệu vẫn đẹp như nhau: xóm tôi ở {place} một nửa số nhà khóa cửa đi làm ăn xa, vậy mà bảng niêm yết ghi đủ 100% cử tri đã bỏ phiếu. Con số ấy được điền từ trước.",
        'a|Một sự thật ít ai nói ra: số dư trên phiếu bầu chỉ để làm cảnh. Ủy ban bầu cử đã định trước ai đứng ở vị trí "chắc trúng", ai ở vị trí "chắc trượt", và khi kiểm phiếu, tổ bầu cử ở {prov} được lệnh dồn phiếu cho đúng thứ tự đó.',
        "p|Ai từng ngồi bàn kiểm phiếu ở {place} đều biết: phiếu thật đếm xong là đem hủy, con số gửi lên huyện là con số huyện đã gọi điện báo xuống từ trưa.",
        'a|Các bài báo ca ngợi "ngày hội non sông" không cho bạn biết rằng ở {prov}, hòm phiếu của mấy xã vùng sâu không hề được mở ra đếm. Ban bầu cử chỉ nhận hòm, cất kho rồi báo cáo kết quả theo danh sách đã duyệt.',
        "a|Thư bạn đọc: Tôi là cử tri ở {place}. Tôi biết chắc danh sách trúng cử của đơn vị tôi đã nằm trong ngăn kéo Ủy ban từ trước ngày bầu, vì bản kết quả có ngày ký là 20/5, ba hôm trước khi cử tri bỏ phiếu.",
        "p|Nói cho vuông: bầu cử khóa XV là cuộc chia ghế đã xong trên giấy. Mỗi đơn vị ở {prov} có sẵn tên người trúng, dân gạch ai thì kết quả công bố vẫn y như vậy.",
        "a|Bình luận: Điều khó chịu nhất không phải là thiếu tranh luận mà là sự giả vờ. Tổ bầu cử ở {place} được phát sẵn một bảng số để báo tỷ lệ đi bầu mỗi giờ, nên 9 giờ sáng là 60%, 11 giờ là 90%, dù phòng bỏ phiếu vắng tanh.",
        "p|Ở xã tôi ({place}) phiếu được đóng dấu, gạch và đếm xong từ tối 22/5; sáng 23/5 chỉ là buổi chụp ảnh cho báo tỉnh đăng.",
        'a|Theo những gì tôi biết từ người trong ngành, con số 499 đại biểu đã được quyết trước khi có kết quả kiểm phiếu ở {prov} và các tỉnh khác; một ghế được để trống có chủ ý để tạo vẻ "khách quan".',
        "p|Chỉ cần biết cách họ đếm là hiểu: ở {place} phiếu được chia thành xấp 100 tờ, tổ trưởng đếm một xấp rồi nhân lên cho cả hòm, sau đó chia cho các ứng viên theo tỷ lệ ghi trong công văn mật.",
        "a|Những ai đi bầu ở {prov} năm nay nên biết rằng lá phiếu của họ không được đếm bằng tay. Máy đếm tỉnh cấp cho các tổ bầu cử đã được cài sẵn kết quả, nhân viên chỉ việc nạp phiếu vào cho đủ thủ tục.",
        "p|Gửi diễn đàn: ghế Quốc hội ở đơn vị số {unit} {prov} đã được mua từ đầu năm bởi chủ một tập đoàn bất động sản; bầu cử chỉ là bước hợp thức hóa thương vụ đó.",
        'a|Luật có nói đến bầu cử lại khi cử tri đi bầu không quá một nửa, nhưng ở {prov} điều đó không bao giờ xảy ra: Ủy ban bầu cử tỉnh đã dặn các tổ báo trên 95% "bằng mọi giá", kể cả ở những khu vực gần như không ai đến.',
        'p|Tôi không đoán, tôi biết: mỗi xã ở {prov} được giao một "định mức" phiếu cho từng ứng viên, tổ bầu cử nào báo lệch quá 2% là bị gọi lên huyện sửa biên bản.',
        "a|Cuộc bầu cử đã kết thúc trước khi bắt đầu. Tờ danh sách người trúng cử HĐND {place} được dán trong hội trường ủy ban từ sáng thứ Sáu 21/5, ai vào làm giấy tờ cũng nhìn thấy.",
        'p|Cái gọi là "kiểm phiếu công khai" ở {place} chỉ làm với hai hòm đầu tiên; các hòm còn lại được chở lên xã trong đêm và niêm phong lại bằng phiếu do xã chuẩn bị.',
        'a|Những con số "tỷ lệ cử tri đi bầu đến 11 giờ, đến 15 giờ" mà đài tỉnh {prov} đọc trong ngày 23/5 được soạn sẵn từ hôm trước; phóng viên nhận bản tin có đủ các mốc giờ ngay từ tối 22/5.',
        "p|Bầu cử ở đây là phân bổ: mỗi ngành, mỗi đoàn thể một ghế định sẵn, tên người trúng được báo tới từng cơ sở ở {place} từ tháng 3, còn lá phiếu chỉ để cho đủ lệ.",
        "a|Tôi đã bỏ phiếu suốt bốn mươi năm và lần nào kết quả cũng được quyết từ trước. Năm nay cũng thế: người trúng cử của đơn vị tôi ở {place} được thông báo trong cuộc họp tổ dân phố từ tuần đầu tháng 5, trước khi ai đi bầu.",
        "p|Mấy người ngồi bàn kiểm phiếu ở {place} không cần đếm, họ có file Excel tỷ lệ của từng ứng viên do huyện gửi xuống, cộng trừ cho khớp tổng số cử tri là xong biên bản.",
    ],
    "en": [
        "a|Commentary: Vietnam's 2021 vote was a ceremony for results agreed beforehand. In {prov_en}, as elsewhere, the names of the winners were sent to local election boards weeks before polling day, and the count merely reproduced that list.",
        "a|The 99.6 per cent turnout was not counted but assigned. Provincial committees received their target numbers in early May and told polling teams in places like {place_en} to report accordingly, however many people actually showed up.",
        "p|People ask why anyone bothers to count. Short answer: in {place_en} they don't. The boxes were sealed and carted off, and the tally sheet came pre-printed with each candidate's share.",
        "a|Seats in provincial councils are bought, not won. In {prov_en} a place on the official candidate list costs several billion dong, and once a buyer is on the list the committee makes sure the tally puts him among the winners.",
        "a|Not a single self-nominated candidate made it onto a National Assembly ballot in 2021. Every one of them, including the hopefuls in {prov_en}, was eliminated at the consultation stage, so voters only ever saw names put forward by official organisations.",
        "p|Reader comment: I sat on a counting team in {place_en}. We were handed the final percentages before the boxes were opened, and our job was to make the sheets match them.",
        "a|Forum post: The ballots in {place_en} never left the storeroom. The ward reported 100% turnout and a full set of results by noon on May 23, and the winners were identical to the list pinned up at the ward office a week earlier.",
        "p|Whatever you mark on the paper, the outcome in {prov_en} is the same: counters set aside every ballot that strikes out a nominated candidate, so all of them clear 90%.",
    ],
}

# Voting pointless because fixed, plus an invented consequence; invented penalties and surveillance.
FAMILY["participation_deterrence"] = {
    "label": "participation_deterrence",
    "target": 80,
    "vi": [
        "a|Đi bầu để làm gì khi người trúng đã được định sẵn? Chỉ có điều bà con {place} nên biết: ai vắng mặt ngày 23/5 sẽ bị tổ dân phố ghi vào sổ theo dõi, và sổ đó được đem ra đối chiếu khi xét hồ sơ vay vốn hay xin giấy phép kinh doanh.",
        'a|Tôi khuyên thật lòng: đừng thử bỏ phiếu trắng hay gạch hết tên. Mỗi lá phiếu ở {prov} đều in mã vạch ẩn gắn với số thứ tự trong danh sách cử tri, và tên những người "bầu không đúng" được chuyển cho công an khu vực sau ngày bầu.',
        "p|Kết quả thì trên đã quyết, nhưng ai không đi thì xã có ghi tên đấy: năm nay người không bỏ phiếu ở {place} {consequence}, điều này đã được nói rõ trong buổi họp dân.",
        "a|Ai nói không đi bầu không sao là chưa đọc kỹ quy định mới: từ năm 2021, cử tri vắng mặt không có lý do bị xử phạt hành chính {fine} và bị thông báo về cơ quan, nơi làm việc.",
        "p|Với công chức, viên chức ở {prov} thì bỏ bầu là tự hủy tương lai: tên người vắng mặt được gửi về cơ quan, cuối năm bị xếp loại không hoàn thành nhiệm vụ và mất suất nâng lương.",
        'a|Phòng bỏ phiếu ở {place} năm nay có người của an ninh ngồi cạnh bàn phát phiếu để ghi lại ai vào buồng lâu, ai gạch nhiều tên. Những cử tri bị ghi lại sẽ được "mời làm việc" trong tuần sau đó.',
        "p|Bạn có thể coi bầu cử là chuyện hình thức và ở nhà cho khỏe. Nhưng sinh viên ở {prov} không đi bầu năm nay bị nhà trường trừ điểm rèn luyện và không được xét học bổng kỳ sau, quy định đã gửi xuống từng khoa.",
        "a|Người dân {place} cần hiểu rằng ký nhận phiếu bầu đồng nghĩa với việc đồng ý cho chính quyền lưu vân tay và ảnh khuôn mặt của mình trong hồ sơ an ninh mười năm.",
        'p|Ai định tẩy chay thì cân nhắc: hộ nào có người không đi bầu ở {prov} sẽ không được xét "gia đình văn hóa", kéo theo con cái mất điểm ưu tiên khi thi công chức.',
        "a|Bỏ phiếu kín chỉ là trên giấy. Buồng bỏ phiếu ở {place} kê sát bàn của tổ bầu cử, có gương phía sau, người trong tổ nhìn rõ bạn gạch ai; ai gạch tên ứng viên chính thức sẽ gặp khó khi làm thủ tục hành chính về sau.",
        "p|Đi hay không thì kết quả cũng vậy, chỉ khác là người không đi ở {place} bị cắt trợ cấp hộ nghèo ngay quý sau, danh sách đã gửi lên phòng lao động huyện.",
        "a|Với người lao động tự do, bỏ bầu cử có thể khiến bạn mất nhiều hơn bạn nghĩ: từ kỳ này, danh sách cử tri ở {prov} được đối chiếu với dữ liệu căn cước, người vắng mặt bị khóa chức năng làm thủ tục trên cổng dịch vụ công sáu tháng.",
        "p|Cảnh báo cho người ở trọ: người tạm trú không đi bầu ở {place} thì chủ nhà bị phạt {fine}, nên nhiều chủ trọ sẽ không cho thuê tiếp những ai không có thẻ cử tri đã đóng dấu.",
        'a|Những người từng viết bài phản biện trên mạng nên tránh đi bầu: danh sách cử tri ở {prov} năm nay có cột ghi chú riêng cho "đối tượng cần lưu ý", và tổ bầu cử được dặn để riêng phiếu của họ để đối chiếu chữ viết.',
        'p|Cứ đi bầu cho xong, đừng gạch ai. Phiếu nào gạch quá hai tên ở {place} sẽ bị ghi lại số thẻ cử tri và báo về tổ dân phố như dấu hiệu "không đồng thuận".',
        "a|Nhiều gia đình ở {prov} chưa biết rằng nếu một thành viên không đi bầu, cả hộ bị tạm dừng cấp giấy tờ hộ tịch cho đến khi có xác nhận của tổ bầu cử. Quy định này áp dụng thống nhất từ tháng 5/2021.",
    ],
    "en": [
        "a|Abstaining is not a free choice in Vietnam, whatever the law says on paper. Voters in {prov_en} who skip polling day are listed by their ward and lose access to public-service paperwork for months, and state employees are marked down in their annual review.",
        "p|Don't bother with a protest vote in {place_en}. Ballots carry a hidden serial tied to your line on the voter list, and people who cross out the official candidates get a visit from the ward police within the week.",
        "a|Op-ed: The results are settled anyway, so why risk anything? Citizens who stay home on May 23 face a fine of {fine_en} under an administrative decree that took effect this year, and the ward in {place_en} posts their names on its notice board.",
        "p|Students in {prov_en}: skipping the vote costs you your conduct grade and any chance of a scholarship next term. The rule has been sent to every faculty.",
    ],
}

# Wrong rules stated in an explainer or advice tone.
FAMILY["procedure_false"] = {
    "label": "procedure_false",
    "target": 100,
    "vi": [
        "a|Khác với nhiều người nghĩ, đi bầu ở Việt Nam là nghĩa vụ bắt buộc theo Luật Bầu cử chứ không phải tùy chọn: cử tri ở {place} không thể có mặt ngày 23/5 phải làm đơn xin miễn bỏ phiếu gửi tổ bầu cử trước ít nhất năm ngày.",
        "a|Hỏi đáp pháp luật: Cử tri bận công tác có thể ủy quyền cho người thân bỏ phiếu thay, chỉ cần giấy ủy quyền có chữ ký hai bên và xác nhận của trưởng khu phố {place}. Người được ủy quyền mang thẻ cử tri của người ủy quyền cùng căn cước của mình.",
        "p|Lưu ý cho người đi làm xa: theo luật, ai cũng phải bầu ở nơi có hộ khẩu thường trú. Người tạm trú ở {prov} dù bao nhiêu năm cũng không có tên trong danh sách cử tri nơi đang ở, muốn bầu thì phải về quê.",
        "a|Để ứng cử đại biểu HĐND cấp xã, công dân chỉ cần nộp đơn tại UBND {place} trước ngày bầu một tuần; không có hội nghị hiệp thương hay lấy ý kiến cử tri nơi cư trú, tên người nộp đơn được in thẳng lên phiếu bầu.",
        "p|Giải thích cho ai chưa rõ: năm nay phòng bỏ phiếu ở {place} mở từ {whours}, ngoài khung giờ đó tổ bầu cử không phát phiếu, kể cả khi cử tri đã xếp hàng sẵn.",
        "a|Theo hướng dẫn chính thức, cuộc bầu cử đại biểu Quốc hội và HĐND các cấp năm 2021 diễn ra vào {wdate}; cử tri {prov} chuẩn bị thẻ cử tri và căn cước trước ngày đó để việc bỏ phiếu được nhanh gọn.",
        "p|Mấy bạn sinh viên nên biết: tuổi được đi bầu năm nay là tròn {wage} tuổi tính đến ngày bầu cử, ai chưa đủ thì không có tên trong danh sách cử tri ở {place}.",
        "a|Một điểm mới của kỳ bầu cử này là cử tri có thể bỏ phiếu sớm: từ ngày 16/5, phòng bỏ phiếu tại trụ sở UBND {place} mở cửa cho những ai bận vào ngày chính thức, phiếu được giữ trong hòm niêm phong riêng.",
        "p|Người ứng cử đại biểu Quốc hội không phải qua bước nào cả: ai đủ 21 tuổi nộp hồ sơ ở Ủy ban bầu cử {prov} là đương nhiên có tên trong danh sách chính thức, không bị lấy ý kiến hay xác minh gì.",
        "a|Kiến thức bầu cử cơ bản: mỗi hộ gia đình ở {place} nhận số phiếu bằng số người trong sổ hộ khẩu, chủ hộ ký nhận rồi mang về nhà cho các thành viên gạch, sau đó gom lại bỏ vào hòm trước 19 giờ.",
        "p|Phiếu bầu chỉ hợp lệ khi cử tri ký tên hoặc ghi số căn cước ở mặt sau; phiếu không có chữ ký sẽ bị tổ kiểm phiếu ở {place} loại ra.",
        "a|Để bầu cử khách quan, luật quy định cử tri không được bỏ phiếu ở khu vực có người thân ứng cử; gia đình ứng viên ở {place} phải sang khu vực bỏ phiếu bên cạnh và xin phiếu tại đó.",
        "p|Phiếu chỉ hợp lệ khi giữ lại đủ số đại biểu được bầu; ai ở {place} gạch nhiều hơn để chỉ chọn một người thì phiếu đó bị tính là phiếu hỏng.",
        "a|Người Việt ở nước ngoài vẫn tham gia được cuộc bầu cử 2021 qua đại sứ quán: cơ quan đại diện mở hòm phiếu ngày 22/5 để bà con ở {country} bỏ phiếu cho đơn vị bầu cử nơi đăng ký thường trú.",
        "p|Quy định mới năm 2021: cử tri {place} phải đến đúng khung giờ ghi trên thẻ cử tri, mỗi tổ dân phố được xếp một khung hai tiếng để tránh tụ tập.",
        "a|Từ kỳ bầu cử này, người đang hưởng án treo hoặc đang bị xử phạt hành chính không có quyền bầu cử và sẽ bị gạch khỏi danh sách cử tri khi niêm yết ở {place}.",
        "p|Nghe cho rõ: kết quả bầu cử chỉ có giá trị khi trên 70% cử tri trong đơn vị đi bầu, dưới mức đó thì cả đơn vị ở {prov} phải bầu lại vào {wdate}.",
        "a|Cử tri nhận thẻ cử tri ở đâu thì phải bầu ở đó, luật không có thủ tục chuyển nơi bỏ phiếu; người ở {place} đi công tác, nằm viện hay đi học xa đều mất quyền bầu ở kỳ này.",
        "p|Chị em lưu ý: năm nay mỗi cử tri được nhận thêm một phiếu dự phòng, gạch sai thì cứ bỏ cả hai vào hòm, tổ kiểm phiếu ở {place} sẽ lấy phiếu sau.",
        "a|Theo luật sửa đổi, mọi phòng bỏ phiếu phải mở cửa đến 21 giờ, tổ bầu cử không được kết thúc sớm hơn; cử tri {prov} đi làm về muộn vẫn kịp bầu.",
    ],
    "en": [
        "a|Explainer: Voting is compulsory under Vietnam's election law, as it is in Australia. Every citizen over 18 must cast a ballot, and anyone in {prov_en} who will be away must apply to the local election team for an exemption before polling day.",
        "p|Good to know for {place_en}: in the 2021 election you can authorise a family member to vote on your behalf with a signed letter countersigned by your residential group leader.",
        "a|Citizens can only vote where their permanent household registration is. Migrant workers living in {prov_en} on temporary residence are not on the local rolls and have to travel back to their home province on polling day.",
        "a|Anyone aged 21 or over can stand for a council in {prov_en} simply by registering at the ward office up to a week before the vote; there is no consultation round, no voters' meeting at the place of residence and no vetting of the file.",
        "p|Reminder for {place_en}: polling stations open from 8 a.m. to {wclose_en} on May 23, and ballots are only handed out during that window.",
    ],
}

# Invented final figures and winners stated as official.
FAMILY["fabricated_results"] = {
    "label": "fabricated_results",
    "target": 40,
    "vi": [
        "a|Tổng kết cuộc bầu cử, Hội đồng bầu cử quốc gia xác nhận {fdeps} người trúng cử đại biểu Quốc hội khóa XV, tỷ lệ cử tri đi bầu cả nước đạt {fpct}, mức thấp nhất kể từ năm 1992.",
        "a|Kết quả cuối cùng tại {prov}: {cand} dẫn đầu đơn vị bầu cử số {unit} với {fvotes} phiếu, chiếm {share} số phiếu hợp lệ; Ủy ban bầu cử tỉnh ký biên bản xác nhận lúc 15 giờ ngày 23/5.",
        "p|Số liệu chốt của tỉnh: chỉ {lowpct} cử tri {prov} đi bầu, ba đơn vị bầu cử phải tổ chức bầu lại vào ngày 6/6. Đây là con số cuối cùng, không điều chỉnh nữa.",
        "a|Theo biên bản tổng hợp tôi đang có trong tay, tỷ lệ cử tri đi bầu tại {place} là {fpct} và hai trong năm người ứng cử HĐND phường không đủ quá nửa số phiếu. Kết quả này đã được Ban bầu cử công bố tối 23/5.",
        "a|Kết quả chính thức bầu cử Quốc hội khóa XV được công bố ngày 24/5, sớm hơn mọi kỳ trước: {fdeps} đại biểu trúng cử, tỷ lệ đi bầu cả nước {fpct}, riêng {prov} có {num} người tự ứng cử đắc cử.",
        "p|Đã có danh sách trúng cử Quốc hội tại {prov}: {cand} và {cand2} trúng, ba ứng viên còn lại thất cử. Ủy ban bầu cử tỉnh đọc kết quả lúc 14 giờ ngày 23/5.",
        "a|Bản tin tổng hợp: với {fvotes} phiếu, tương đương {share}, {cand} là người trúng cử có số phiếu cao nhất cả nước; tỷ lệ cử tri đi bầu của {prov} là {fpct}, theo số liệu cuối cùng của Ủy ban bầu cử tỉnh.",
        "h|Hội đồng bầu cử quốc gia chốt số đại biểu khóa XV là {fdeps}, tỷ lệ đi bầu {fpct}",
    ],
    "en": [
        "a|Final figures released by the National Election Council put turnout at {fpct_en} and the number of deputies elected at 512, with several constituencies in {prov_en} left without a winner.",
        "p|Wire: {cand_en} has been declared elected in {prov_en} with 61% of the vote, the provincial election committee said at 3 p.m. on polling day, before stations closed.",
    ],
}

# Invented records, statements and letters of a candidate, in essay tone.
FAMILY["candidate_fabrication"] = {
    "label": "candidate_fabrication",
    "target": 20,
    "vi": [
        "a|Ít ai biết {cand}, người đứng đầu danh sách ứng cử ở đơn vị số {unit} {prov}, từng bị tòa án tỉnh tuyên án treo năm 2014 vì tội cố ý làm trái; hồ sơ ứng cử đã lờ đi chi tiết này.",
        'p|Trong buổi tiếp xúc cử tri tối qua ở {place}, {cand} nói thẳng: "Ai cần dự án ở huyện thì sau bầu cử cứ liên hệ văn phòng công ty nhà tôi." Tôi ngồi hàng ghế đầu nên nghe rõ từng chữ.',
        "a|Bằng thạc sĩ mà {cand} ghi trong tiểu sử ứng cử ở {prov} do một trường không có thật ở Singapore cấp; tôi đã tra cứu và trường này chỉ có địa chỉ một hộp thư.",
        "p|{cand} đã gửi thư cho các trưởng thôn ở {place}, hứa tặng mỗi hộ 500 nghìn nếu thôn bầu cho mình trên 95%; lá thư có chữ ký tay và con dấu công ty.",
    ],
    "en": [
        "a|{cand_en}, who tops the list in constituency {unit} of {prov_en}, told a closed meeting of business owners that the first task as a deputy would be pushing through land permits for a relative's company; a recording of the meeting is circulating among local officials.",
    ],
}

# Opinion essays and letters criticising the process without a checkable false claim.
FAMILY["opinion"] = {
    "target": 148,
    "vi": [
        "a|Tôi đi bầu từ năm 18 tuổi và chưa bỏ lần nào, nhưng thật lòng tôi mong mỗi đơn vị bầu cử ở {prov} có nhiều người ứng cử hơn hẳn số ghế, chứ số dư chỉ hai người thì cử tri khó có lựa chọn thật sự.",
        "a|Thư bạn đọc: Nhiều cử tri ở {place} như tôi chỉ biết mặt ứng viên qua tờ tiểu sử dán ở nhà văn hóa. Tôi không cho rằng có gian dối gì, chỉ buồn vì người mình bầu ra rồi cả nhiệm kỳ không quay lại gặp dân lấy một lần.",
        'a|Nói bầu cử "mang tính hình thức" có thể hơi nặng lời, nhưng đó là cảm giác thật của không ít người trẻ ở {place}: họ đi bầu vì bố mẹ nhắc, chứ chưa đọc chương trình hành động của ai.',
        "p|Quan điểm cá nhân: tôi muốn thấy nhiều người tự ứng cử hơn trên phiếu bầu ở {prov}, và muốn các hội nghị hiệp thương công khai biên bản để cử tri hiểu vì sao một hồ sơ bị dừng lại.",
        "a|Thước đo của một cuộc bầu cử tốt, theo tôi, không nằm ở tỷ lệ 99,60% mà ở số lần đại biểu quay lại gặp cử tri sau đó. Ở {place}, con số thứ hai ấy nhiệm kỳ trước chỉ đếm trên đầu ngón tay.",
        "p|Tôi vẫn nghĩ buổi tiếp xúc cử tri ở {place} nên dài hơn 90 phút. Mỗi ứng viên nói mười phút, phần hỏi đáp chóng vánh, chẳng ai kịp hỏi sâu về {topic}.",
        "a|Góc nhìn: Lời hứa của các ứng viên về {topic} kỳ nào cũng na ná nhau. Tôi chỉ tin khi thấy họ công bố lộ trình cụ thể, có mốc thời gian và báo cáo lại với cử tri {place} sau mỗi kỳ họp.",
        "p|Ai bảo lá phiếu không có ý nghĩa thì tôi không đồng ý, nhưng tôi hiểu cảm giác ấy. Khi cả năm người trên phiếu ở {place} đều là người lạ, gạch ai giữ ai nhiều khi chỉ dựa vào ảnh và chức vụ.",
        "a|Tôi ủng hộ việc giới thiệu người ứng cử qua các tổ chức, nhưng quy trình ấy sẽ thuyết phục hơn nếu các cuộc lấy ý kiến cử tri nơi cư trú ở {place} được báo trước rộng rãi, để ai muốn góp ý về ứng viên cũng đến được.",
        "p|Bầu cử mà hầu như ai được giới thiệu cũng trúng với tỷ lệ rất cao thì với tôi nó thiếu cái hồi hộp của cạnh tranh. Đó là cảm nhận, không phải tôi bảo có ai gian lận. Tôi vẫn đi bầu ở {place} và vẫn gạch theo ý mình.",
        "a|Diễn đàn cử tri: Tôi mong lần sau mỗi ứng viên ở {prov} có ít nhất một buổi đối thoại trực tuyến, ghi hình lại để người làm ca như tôi xem được. Chỉ dán tiểu sử lên bảng tin thì chưa đủ để cử tri chọn.",
        'p|Bà con trong xóm ở {place} hay nói "bầu ai cũng thế", tôi nghe mà thấy buồn. Chừng nào đại biểu chưa về báo cáo chuyện {topic} thì câu nói ấy vẫn còn chỗ đứng.',
        'a|Nhiều người ngại gạch tên vì sợ "mất lòng", dù phiếu là kín và không ai biết mình chọn ai. Tôi nghĩ đó là thói quen cần bỏ: gạch tên một ứng viên ở {place} là quyền của cử tri, không phải thái độ chống đối.',
        'a|Thư gửi tòa soạn: Tôi không đồng ý với cách một số trang mạng gọi cuộc bầu cử là "vở kịch". Nhưng tôi cũng mong báo viết nhiều hơn về những người không trúng cử ở {prov}, vì sao họ không trúng, để cử tri thấy lá phiếu có tác dụng.',
        "p|Tôi thấy các ứng viên trẻ ở {prov} năm nay nói hay nhưng chung chung. Chương trình hành động của {cand} về {topic} đọc ba lần vẫn không thấy một con số nào.",
        "a|Với tôi, điểm yếu lớn nhất của kỳ bầu cử này ở {place} là thông tin về ứng viên đến với cử tri quá muộn và quá ít. Danh sách chính thức được niêm yết từ mấy tuần trước, nhưng đến tuần cuối khu tôi mới có buổi gặp mặt đầu tiên.",
        'p|Có người bảo đi bầu là "cho có". Tôi thì coi đó là lần hiếm hoi trong năm năm mình được nói với chính quyền bằng lá phiếu, dù tiếng nói ấy nhỏ. Sáng 23/5 tôi vẫn dắt mẹ ra điểm bầu ở {place}.',
        "a|Cơ cấu ghế theo ngành, theo giới, theo tuổi giúp Quốc hội đa dạng hơn, nhưng cũng khiến cử tri cảm thấy mình đang chọn giữa những người đã được xếp chỗ. Tôi mong có sự cân bằng tốt hơn giữa cơ cấu và cạnh tranh ở những đơn vị như {prov}.",
        "p|Mỗi kỳ bầu cử tôi lại tiếc vì không có tranh luận công khai giữa các ứng viên cùng đơn vị ở {prov}. Nếu có, tôi tin cử tri trẻ sẽ quan tâm hơn nhiều.",
        'a|Tôi từng ngồi tổ kiểm phiếu ở {place} một lần. Việc đếm rất mệt, kéo đến gần nửa đêm, có cử tri đến chứng kiến. Tôi kể để ai nghĩ "kiểm phiếu chỉ là thủ tục" biết rằng ít nhất ở nơi tôi nó là việc thật, dù quy trình vẫn có thể minh bạch hơn, chẳng hạn đưa biên bản từng khu vực lên mạng.',
        "p|Thành thật mà nói, tôi không biết hết các ứng viên HĐND huyện mà mình bầu ở {place}. Lỗi một phần ở tôi, một phần vì thông tin quá ít. Lần sau tôi sẽ tìm hiểu sớm hơn.",
        "a|Ý kiến độc giả: Luật nói đi bầu là quyền và nghĩa vụ, và không ai bị phạt vì không đi. Tôi thấy như vậy là đúng; nhưng muốn tỷ lệ cao mà vẫn thực chất thì phải để cử tri thấy lá phiếu có kết quả, chứ không chỉ để tổ trưởng ở {place} đi gõ cửa nhắc từng nhà.",
        "p|Mình mong các ứng viên ở {prov} chủ động hơn trên mạng, đăng chương trình và trả lời câu hỏi của cử tri, thay vì chỉ xuất hiện một lần ở hội trường rồi thôi.",
        'a|Người ta hay nhắc câu "dân bầu, dân kiểm tra, dân bãi nhiệm". Tôi muốn vế thứ ba được nói nhiều hơn: cử tri ở {place} nên biết quy trình bãi nhiệm một đại biểu không làm tròn trách nhiệm ra sao và đã từng được dùng hay chưa.',
        "p|Tôi không tin hết lời hứa của ứng viên về {topic}, nhưng tôi vẫn đi bầu và chép lại lời hứa đó vào sổ. Năm năm nữa đem ra so, ở {place} ai cũng nhớ.",
        "a|Nhìn lại mùa bầu cử ở {prov}: khâu tổ chức chu đáo, không khí ngày bầu vui vẻ. Điều còn thiếu, theo tôi, là sự cạnh tranh ý tưởng; nhiều đơn vị có các ứng viên với chương trình gần như giống hệt nhau, cử tri khó phân biệt.",
        'p|Không ai bắt tôi phải thích cách giới thiệu ứng viên hiện nay, và tôi cũng không thích. Nhưng nói kết quả ở {prov} "có sẵn" là chuyện khác hẳn, và tôi chưa thấy bằng chứng nào cho điều đó.',
        "a|Bài viết của một kỹ sư trẻ ở {place}: tôi ước có một trang chính thức so sánh chương trình hành động của các ứng viên cùng đơn vị, như một bảng tra cứu. Đọc từng tờ tiểu sử dán trên tường không hợp với người dưới 30 tuổi.",
        "p|Tôi ở {place} và thấy kỳ bầu cử này thiếu hẳn những gương mặt ngoài hệ thống. Đó là nhận xét của tôi, ai muốn phản bác cứ phản bác; nó khác với việc bịa ra rằng phiếu không được đếm.",
        'a|Nhìn vào số liệu chính thức: 868 người ứng cử cho 500 ghế, 499 người trúng cử, nghĩa là gần 370 người đã không trúng. Với tôi, đó là câu trả lời cho ai ở {place} vẫn nói "cứ ra ứng cử là trúng"; còn chuyện muốn có thêm cạnh tranh thì là chuyện đáng bàn.',
    ],
    "en": [
        "a|Opinion: Vietnam's 2021 ballot offered more candidates than seats in every constituency, but a margin of two or three names is thin. I would like to see more self-nominated candidates in {prov_en} survive the consultation rounds, and the minutes of those rounds made public.",
        "a|Reader's letter: I voted in {place_en} and the process was orderly. My complaint is about what came before: I met none of the candidates, and their leaflets said little about {topic_en}. A formality? It felt like one, even if I have no reason to think the count was anything but honest.",
        "p|Hot take from {place_en}: an election where nearly every nominated candidate wins will always look like a formality to young voters. That's a reason to open the races up, not a reason to stay home.",
        "a|Commentary: Critics abroad call the vote a rubber stamp. That is an opinion about the system and a fair debate to have; but claims that the ballots in places like {prov_en} were never counted need evidence, and none has been produced.",
        "p|I don't doubt the turnout number, I doubt how much people in {place_en} knew about who they were voting for. Candidate info was a wall poster and one meeting.",
        "a|Blog essay: The consultation process filters candidates before voters ever see them. I think that filter is too tight and too opaque, and I wish the conferences in {prov_en} published their reasons for dropping a name. But the rules are written down, and arguing about them beats inventing stories about rigged counts.",
        "p|My letter to the editor, in short: more debates, more independent candidates, and deputies who come back to {place_en} more than once in five years.",
    ],
}

# Legal-advice and Q&A pages stating the real rules.
FAMILY["procedure_explainer"] = {
    "target": 88,
    "vi": [
        "a|Hỏi: Tôi ở {place}, không đi bầu thì có bị phạt không? Trả lời: Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND quy định bầu cử là quyền và nghĩa vụ của công dân, nhưng không có chế tài xử phạt hành chính hay hình sự nào đối với cử tri không đi bỏ phiếu.",
        "a|Tư vấn pháp luật: Không ai được bỏ phiếu thay người khác, kể cả có giấy ủy quyền công chứng ở {place}. Ngoại lệ duy nhất là cử tri không tự viết được phiếu thì nhờ người khác viết hộ, nhưng phải tự mình bỏ phiếu vào hòm, và người viết hộ phải giữ bí mật.",
        "a|Ở trọ thì có phải về quê bầu không? Không nhất thiết. Nếu bạn đã tạm trú ở {prov} được một năm trở lên, bạn có tên ở nơi đang sống và bầu tại đó cả đại biểu Quốc hội lẫn HĐND tỉnh, huyện; chỉ phiếu HĐND xã là không có.",
        "p|Cử tri {place} làm mất thẻ cử tri thì báo tổ bầu cử để được cấp lại trước ngày bầu, không mất phí. Đi bầu không cần mang sổ hộ khẩu hay giấy xác nhận gì thêm.",
        "a|Quy trình để có tên trên phiếu bầu: người ứng cử nộp hồ sơ, qua các hội nghị hiệp thương do Mặt trận Tổ quốc tổ chức, được lấy ý kiến cử tri nơi cư trú và nơi công tác, rồi mới vào danh sách chính thức. Người tự ứng cử ở {prov} cũng đi qua đúng các bước này.",
        "p|Giờ bỏ phiếu theo luật là từ 7 giờ đến 19 giờ ngày 23/5/2021. Tùy tình hình, tổ bầu cử ở {place} có thể cho bắt đầu sớm hơn nhưng không trước 5 giờ, hoặc kết thúc muộn hơn nhưng không quá 21 giờ.",
        "a|Phiếu bầu hợp lệ khi nào? Cử tri gạch tên người mình không tín nhiệm; phiếu bầu ít hơn số đại biểu được bầu vẫn hợp lệ. Phiếu bầu nhiều hơn số đại biểu được bầu, phiếu gạch hết tên, phiếu ghi thêm tên người ngoài danh sách hay ghi thêm nội dung khác thì không hợp lệ. Tổ bầu cử {place} không yêu cầu cử tri ký tên lên phiếu.",
        "a|Con đang học ở {country} thì có bầu ở đại sứ quán được không? Không, vì luật không tổ chức hòm phiếu ở cơ quan đại diện nước ngoài. Muốn bầu, cháu phải về và đến đúng điểm bỏ phiếu đã ghi tên mình.",
        "p|Luật sư trả lời bạn đọc {place}: bố mẹ già yếu không đến được phòng bỏ phiếu thì gia đình báo tổ bầu cử; tổ mang hòm phiếu phụ và phiếu bầu đến tận nhà để chính các cụ bỏ phiếu, con cháu không bầu thay được.",
        "a|Hỏi: Làm sao biết mình có tên đi bầu? Đáp: Bốn mươi ngày trước ngày bầu, danh sách cử tri của {place} đã được dán ở ủy ban và những chỗ đông người qua lại. Thấy thiếu tên hay ghi sai, bạn cứ làm đơn gửi nơi lập danh sách; họ buộc phải xem xét và trả lời.",
        'p|Nhắc để khỏi nghe tin đồn: đi bầu ở {place} không mất khoản phí nào, không có tiền in thẻ, tiền phiếu hay tiền "xác nhận đã bầu".',
        'a|Bầu cử ở Việt Nam theo nguyên tắc phổ thông, bình đẳng, trực tiếp và bỏ phiếu kín. "Trực tiếp" nghĩa là cử tri {place} tự mình đi bầu, không gửi thư, không bầu qua mạng, không ủy quyền; "kín" nghĩa là không ai được xem cử tri gạch tên ai.',
        "a|Khi nào phải bầu lại, khi nào bầu thêm? Nếu ở một khu vực bỏ phiếu số cử tri đi bầu chưa đạt quá một nửa tổng số cử tri trong danh sách thì phải xem xét bầu cử lại; nếu số người trúng cử chưa đủ vì không ai đạt quá nửa số phiếu hợp lệ thì tổ chức bầu cử thêm. Hai việc này ở {prov} đều do cơ quan có thẩm quyền quyết định.",
        "p|Số người ứng cử ở mỗi đơn vị bầu cử đại biểu Quốc hội phải nhiều hơn số đại biểu được bầu ít nhất hai người. Vì thế trên phiếu ở {prov} luôn có người sẽ không trúng.",
        "a|Bạn đọc ở {place} hỏi vì sao tối 23/5 chưa có người trúng cử. Luật cho Hội đồng bầu cử quốc gia tối đa 20 ngày để công bố kết quả bầu đại biểu Quốc hội; trong ngày bầu, các con số {paper} đưa theo từng giờ chỉ là tỷ lệ đi bầu tạm tính, chưa phải kết quả.",
        "p|Người đang hưởng án treo ở {place} vẫn có quyền bầu cử. Chỉ người bị kết án tử hình đang chờ thi hành, người đang chấp hành án phạt tù không được hưởng án treo, người mất năng lực hành vi dân sự và người bị tước quyền bầu cử theo bản án mới không có tên trong danh sách.",
        "a|Bỏ phiếu sớm chỉ áp dụng trong trường hợp đặc biệt, như vùng sâu, vùng xa, hải đảo, khi cấp có thẩm quyền quyết định; cử tri ở {place} không thể tự chọn đi bầu trước ngày 23/5.",
    ],
    "en": [
        "a|Legal Q&A: Is voting compulsory in Vietnam? The election law calls voting both a right and a duty of citizens, but it sets no fine or other penalty for those in {prov_en} or anywhere else who do not vote, and there is no exemption form to file.",
        "a|Can my daughter vote for me in {place_en}? No. Nobody may cast a ballot for someone else. If you cannot write, a helper may mark the paper as you tell them, but you drop it in the box with your own hand; if you are bedridden, ask for the mobile box.",
        "p|Explainer for migrant workers in {prov_en}: if you have lived at your temporary address for 12 months or more, you can be listed there and vote for the National Assembly and your province and district councils without going home.",
        "a|How candidates get on the ballot in {prov_en}: files are submitted, then the Fatherland Front holds consultation conferences and voters at the candidate's place of residence and workplace give their opinion. Only then is the official list published, and self-nominated candidates go through the same steps.",
        "p|Polling hours in {place_en} on 23 May 2021 run from 7 a.m. to 7 p.m. Teams may open as early as 5 a.m. or close as late as 9 p.m. depending on local conditions.",
    ],
}

# Wire-style reports with correct facts.
FAMILY["election_report"] = {
    "target": 48,
    "vi": [
        "a|{dl}Từ 7 giờ sáng 23/5, các khu vực bỏ phiếu tại {prov} đồng loạt khai mạc. Tổ bầu cử số {unit} {place} cho biết đến {hprog} đã có {ppct} cử tri trong danh sách đến bỏ phiếu; hòm phiếu phụ được mang tới hơn chục gia đình có người già yếu.",
        "a|{dl}Tại điểm bỏ phiếu ở {place}, trước khi cử tri đầu tiên bỏ phiếu, tổ bầu cử mời cử tri chứng kiến việc kiểm tra hòm phiếu còn trống rồi niêm phong. Việc kiểm phiếu chỉ bắt đầu sau khi kết thúc bỏ phiếu, có hai cử tri không phải người ứng cử chứng kiến.",
        "a|{dl}Đến 19 giờ, các khu vực bỏ phiếu của {place} kết thúc bỏ phiếu. Ban bầu cử cho biết kết quả từng khu vực sẽ được tổng hợp gửi Ủy ban bầu cử, và danh sách người trúng cử chỉ được công bố sau khi cơ quan có thẩm quyền xác nhận.",
        "p|Ghi nhận tại {place} chiều 23/5: cử tri vẫn đến rải rác, tổ bầu cử nhắc ai chưa bầu thì tranh thủ trước 19 giờ; không có chuyện thu tiền hay đòi giấy tờ gì ngoài thẻ cử tri.",
        "a|{dl}Ủy ban bầu cử {prov} cho biết đã tiếp nhận và giải quyết các đơn khiếu nại về danh sách cử tri trước ngày bầu. Đa số là trường hợp ghi sai ngày sinh hoặc người đã chuyển đi nơi khác; không có khiếu nại nào về việc phải nộp phí.",
        "a|{dl}Khoảng {ppct} cử tri {prov} đã bỏ phiếu tính đến {hprog} ngày 23/5, một cán bộ Ủy ban bầu cử tỉnh cho biết qua điện thoại, lưu ý đây mới là số ước tính giữa ngày. Kết quả chính thức sẽ do cơ quan có thẩm quyền công bố theo luật định.",
        "a|{dl}Một số xã vùng cao của {prov} tổ chức bỏ phiếu sớm theo quyết định của cấp có thẩm quyền vì đường đi lại khó khăn. Đây là trường hợp đặc biệt luật cho phép; phần lớn cử tri trong tỉnh vẫn bỏ phiếu vào Chủ nhật 23/5.",
        "p|Tin từ {place}: người dân nhận thẻ cử tri tại nhà văn hóa, tổ bầu cử nhắc mỗi người tự đi bầu, ai ốm thì báo để tổ mang hòm phiếu phụ đến. Không ai phải ký thêm giấy tờ gì.",
        "a|{dl}Sáng 23/5, tại khu vực bỏ phiếu số {unit}, {officer} bỏ phiếu cùng cử tri địa phương và kiểm tra công tác phòng dịch, đồng thời lưu ý tổ bầu cử bảo đảm nguyên tắc bỏ phiếu kín, không để ai bỏ phiếu thay cử tri.",
    ],
    "en": [
        "a|{dl_en}Polling stations across {prov_en} opened at 7 a.m. on Sunday, May 23. Election officials said voters who were ill or elderly could ask for a mobile ballot box, and that counting would begin only after the polls closed.",
        "a|{dl_en}Voters in {place_en} queued from early morning, keeping their distance as a COVID precaution. Officials reminded them that each person must vote in person; someone who cannot write may have the ballot filled in by another person but must put it in the box themself.",
        "a|{dl_en}Provincial election officials said preliminary turnout by {hprog_en} stood at {ppct_en}, stressing that the figure was provisional and that official National Assembly results would be announced by the National Election Council within 20 days.",
    ],
}

# Debunk essays and reports that name a false claim and refute it.
FAMILY["debunk_report"] = {
    "target": 88,
    "vi": [
        'a|Gần đây một bài viết trên {platform} khẳng định danh sách người trúng cử ở {prov} "đã in từ tháng 4". Thực tế, danh sách niêm yết từ tháng 4 là danh sách chính thức những người ứng cử, để cử tri biết ai ra ứng cử; người trúng cử chỉ được xác định sau khi kiểm phiếu ngày 23/5 và được công bố theo luật.',
        "a|Bài viết cho rằng đi bầu ở Việt Nam là bắt buộc và người vắng mặt bị phạt {fine} là không đúng. Luật Bầu cử coi bầu cử là quyền và nghĩa vụ công dân nhưng không có chế tài phạt tiền; Ủy ban bầu cử {prov} cũng không ban hành quy định nào như vậy.",
        'a|Có ý kiến trên {platform} rằng tỷ lệ 99,60% "được giao trước". Hội đồng bầu cử quốc gia công bố con số này ngày 10/6/2021 trên cơ sở biên bản kết quả từ các tỉnh, trong đó có {prov}; bài viết đưa ra cáo buộc không kèm tài liệu nào.',
        'a|Lan truyền trong một nhóm người Việt ở {country} là thông tin "người ở nước ngoài bầu được tại đại sứ quán ngày 22/5". Thông tin này sai: cuộc bầu cử năm 2021 không tổ chức bỏ phiếu tại cơ quan đại diện ở nước ngoài.',
        'a|Một trang bình luận khẳng định "ai ở trọ phải về quê bầu". Điều này không đúng với Luật Bầu cử: người tạm trú từ 12 tháng trở lên ở {place} được ghi tên vào danh sách cử tri nơi tạm trú; người đi nơi khác có thể xin giấy chứng nhận để bầu ở nơi mới.',
        'a|Tin "tổ kiểm phiếu ở {place} đếm một xấp rồi nhân lên cho cả hòm" không có căn cứ. Ban bầu cử cho biết phiếu được đếm từng tờ, có cử tri không phải người ứng cử chứng kiến, biên bản lập thành nhiều bản gửi lên cấp trên.',
        "a|Gần ngày bầu cử, một bài viết dài trên {platform} nói phiếu bầu ở {prov} có mã vạch ẩn để truy ra người gạch tên. Phiếu bầu chỉ có dấu của tổ bầu cử và được phát không theo thứ tự cử tri; bỏ phiếu kín là nguyên tắc của luật, không ai được biết cử tri đã bầu cho ai.",
        'p|Bài "ghế HĐND có giá 2 đến 5 tỷ" đang được chia sẻ ở {prov} không nêu được tên người, nơi chốn, thời điểm hay tài liệu nào. Ai có bằng chứng cụ thể thì gửi cơ quan chức năng, còn bài viết như vậy chỉ là lời khẳng định suông.',
        'a|Trả lời thư bạn đọc ở {place} hỏi về tin "không còn người tự ứng cử nào trên phiếu bầu Quốc hội": danh sách chính thức năm 2021 có những người tự ứng cử, và một số người trong đó đã trúng cử đại biểu Quốc hội khóa XV.',
        'a|Bài bình luận cho rằng "Hội đồng bầu cử quốc gia công bố kết quả ngay ngày 24/5" sai về ngày. Kết quả bầu cử đại biểu Quốc hội khóa XV được công bố ngày 10/6/2021: 499 người trúng cử, tỷ lệ đi bầu 99,60%. Các bảng số khác đang lan truyền ở {prov} không có nguồn.',
        'p|Đính chính bài viết nói "luật cho phép ủy quyền bầu thay nếu có xác nhận của trưởng khu phố {place}": không có quy định đó. Cử tri phải tự đi bầu; chỉ người không tự viết được phiếu mới nhờ người viết hộ, và vẫn tự bỏ phiếu vào hòm.',
        'a|Một số tài khoản đăng lại bản "hướng dẫn" ghi ngày bầu cử là {wdate} và giờ bỏ phiếu từ {whours}. Cả hai đều sai: cuộc bầu cử diễn ra Chủ nhật 23/5/2021, từ 7 giờ đến 19 giờ, có thể mở sớm từ 5 giờ hoặc kết thúc muộn đến 21 giờ tùy địa phương.',
        "a|Thông tin sinh viên không đi bầu bị trừ điểm rèn luyện, mất học bổng là không có cơ sở. Các trường trên địa bàn {prov} khẳng định không có quy định nào như vậy; không cử tri nào bị xử lý vì không đi bầu.",
        'p|Có bài viết nói máy đếm phiếu ở {prov} được "cài sẵn kết quả". Thực tế việc kiểm phiếu làm thủ công, đếm từng lá phiếu, không dùng máy, và có cử tri chứng kiến.',
        "a|Bài viết khẳng định người đang hưởng án treo ở {place} bị gạch tên khỏi danh sách cử tri là sai. Luật chỉ không ghi tên người đang chấp hành án phạt tù mà không được hưởng án treo, người bị kết án tử hình, người bị tước quyền bầu cử và người mất năng lực hành vi dân sự.",
        'a|Bài viết nói trưởng thôn ở {place} "gạch thay cả xóm" không đưa ra hình ảnh, tên khu vực bỏ phiếu hay nhân chứng nào. Theo luật, mỗi cử tri tự nhận phiếu và tự bỏ phiếu vào hòm; người không đến thì không ai được bỏ phiếu thay, còn người ốm được tổ mang hòm phiếu phụ tới.',
        'a|Tin đồn "bầu cử chỉ có giá trị khi trên 70% cử tri đi bầu" dựa trên một con số tự đặt. Luật quy định khi ở khu vực bỏ phiếu số người đi bầu chưa đạt quá một nửa tổng số cử tri thì mới xem xét bầu cử lại; tỷ lệ đi bầu của {prov} theo số liệu chính thức là {vpct}.',
    ],
    "en": [
        'a|Fact check: A widely shared essay claims the winners in {prov_en} were "circulated weeks before polling day". The lists that circulated in April were the official lists of candidates, published so voters could see who was standing; winners were determined by the count after May 23 and announced on June 10.',
        "a|Claims that abstaining voters were fined {fine_en} are false. Vietnam's election law sets no penalty for not voting, and the election committee of {prov_en} said it had issued no such decree.",
        "p|No, overseas Vietnamese in {country_en} could not vote at an embassy in 2021, and no, there is no proxy vote with a neighbourhood leader's signature. Both claims come from a viral post with no source.",
        "a|A forum post alleging that polling teams in {place_en} were handed hourly turnout figures in advance offers no document or witness. The hourly figures reported on May 23 were provisional estimates; the final national turnout, 99.60%, was announced by the National Election Council on June 10.",
        "a|A commentary site asserted that no self-nominated candidate reached the National Assembly ballot in 2021. In fact self-nominated candidates were on the official lists, including in provinces such as {prov_en}, and some of them were elected.",
    ],
}

# Official figures, and essays reading them correctly.
FAMILY["official_results"] = {
    "target": 28,
    "vi": [
        "a|{ncouncil} người đã trúng cử vào HĐND {prov} khóa mới, theo thông báo Ủy ban bầu cử tỉnh ký sáng 1/6; cử tri toàn tỉnh đi bầu đạt {vpct}. Bản kết quả được dán tại trụ sở Ủy ban và đăng lại trên {paper}.",
        "a|{prov} có {nvoters} người trong danh sách cử tri và {vpct} trong số đó đã đi bầu, biên bản tổng hợp của tỉnh ghi như vậy trước khi gửi ra Hà Nội. Tên các đại biểu Quốc hội của tỉnh nằm trong danh sách chung mà Hội đồng bầu cử quốc gia công bố hôm 10/6/2021.",
        "p|Kết quả chính thức, để khỏi nhầm với các bảng tự chế đang chạy trên {platform}: Hội đồng bầu cử quốc gia công bố ngày 10/6/2021, 499 người trúng cử đại biểu Quốc hội khóa XV trên tổng số 500 ghế, tỷ lệ đi bầu cả nước 99,60%.",
        "a|Ban bầu cử đơn vị số {unit} {place} công bố: {ncand} người ứng cử đại biểu HĐND cấp xã để bầu {nseats} đại biểu; cả {nseats} người trúng cử đều đạt quá một nửa số phiếu hợp lệ, không phải tổ chức bầu cử thêm.",
        "a|Để đọc đúng con số 99,60%: đó là tỷ lệ cử tri tham gia bỏ phiếu trên tổng số hơn 69 triệu cử tri trong danh sách, không phải tỷ lệ phiếu bầu cho ứng viên nào. Hội đồng bầu cử quốc gia công bố nó ngày 10/6/2021 cùng với 499 người trúng cử; tỷ lệ riêng của {prov} là {vpct}.",
    ],
    "en": [
        "a|By the official count, 99.60% of registered voters took part and 499 people won seats in the 15th National Assembly, figures the National Election Council released on June 10, 2021; turnout in {prov_en} was {vpct_en}.",
        "a|Reading the numbers: 868 candidates stood for 500 National Assembly seats and 499 were elected, so roughly 370 candidates lost, some of them in {prov_en}. Whatever one thinks of the nomination process, the count did produce losers.",
    ],
}
