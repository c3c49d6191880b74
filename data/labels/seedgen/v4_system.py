"""Seed v4 templates, system-level register: false claims about the election *as a whole*, stated
in a sentence or two without a place, a person or a figure to anchor them: winners "chosen from
above" before the vote, seats "shared out" in advance, counts that "nobody does", turnout that is
"written, not counted", candidacy punished, voting compulsory or by proxy "under the law". Earlier
templates state these claims with a scene (a ward, a counting team, a document); in the wild they
are mostly slogans, comment lines and one-sentence summaries, and the model scored them `none`.

Hard negatives (label ``none``) in the same short, abstract register and on the same topics:
criticism of the nomination and consultation process and of thin margins as opinion, without a
checkable false claim; corrections that quote the slogans and answer them with the rules and the
2021 figures; good-faith questions; short explainers of how candidates are put forward and how
winners are decided.

Styles learned from reading (not copying) comment threads under election news, overseas
commentary pages and forums, and provincial papers' columns that answer such claims. Every
sentence is the team's own. Figures are the approved ones (2021: 868 candidates for 500 seats,
499 elected; turnout 99.60%).

Each template is ``kind|text`` (h/a/p = headline, article, post).
"""

from __future__ import annotations

FAMILY: dict[str, dict] = {}

# Winners, seats and counts asserted to be settled before the vote.
FAMILY["fraud_claim"] = {
    "label": "fraud_claim",
    "target": 150,
    "vi": [
        "p|Bầu bán gì nữa, người trúng cử đã được chọn sẵn từ trên, lá phiếu của dân chỉ để làm cảnh",
        "p|Ai trúng ai trượt đã chốt xong trong phòng họp từ mấy tháng trước, ngày bầu chỉ là diễn cho đủ thủ tục",
        "a|Cuộc bầu cử năm nay là một màn kịch dựng sẵn: danh sách đại biểu khóa mới đã được chia xong trước ngày bỏ phiếu, cử tri đi hay không thì kết quả vẫn thế.",
        "p|Trên chọn người, dân chỉ việc bỏ phiếu cho đủ số, ghế nào cũng có chủ từ trước rồi",
        "h|Kết quả bầu cử Quốc hội đã có trước ngày bỏ phiếu",
        "p|Gạch tên ai cũng vô ích, người được cơ cấu thì kiểu gì cũng trúng, số phiếu là do họ ghi",
        "p|Chưa bầu đã biết ai trúng, chưa kiểm phiếu đã biết tỷ lệ, vậy mà cũng gọi là bầu cử",
        "p|Nói thẳng luôn, người trúng cử được quyết ở trên, chẳng phải do lá phiếu của cử tri",
        "a|Dù cử tri gạch tên ai, những ứng viên đã được sắp đặt vẫn đắc cử với tỷ lệ rất cao, bởi kết quả được ghi theo danh sách định sẵn chứ không theo phiếu trong hòm.",
        "p|Phiếu mình bỏ vào hòm có ai đếm đâu, kết quả nằm sẵn trong máy từ trước rồi",
        "h|Nhân sự khóa mới đã an bài xong, bầu cử chỉ để hợp thức hóa",
        "p|Ghế nào người nấy ngồi đã xếp xong cả, bầu cử là tự biên tự diễn",
        "p|Bầu cho vui thôi chứ ông nào ngồi ghế nào người ta chia nhau từ hồi Tết rồi",
        "p|Người được giới thiệu trúng hết là vì tổ kiểm phiếu được dặn đếm sao cho đủ, chứ phiếu thật có ai xem",
        "p|bau cu gi dau, ket qua co tu thang truoc roi, di bau chi mat cong",
        "p|bầu cử j mà chưa bỏ phiếu đã bít kq, toàn ng cơ cấu sẵn cả",
        "a|Nhiều người vẫn tin vào lá phiếu, nhưng thực ra danh sách người trúng cử đã được duyệt từ trên xuống, các tổ bầu cử chỉ có nhiệm vụ báo con số khớp với danh sách ấy.",
        "p|Ứng viên chẳng cần vận động gì, có tên trong danh sách là chắc trúng, mấy người trượt chỉ đứng cho đủ số dư",
        "h|Lộ danh sách trúng cử {prov} soạn sẵn trước ngày bầu",
        "p|Bầu cử ở mình là chia ghế: ngành nào mấy ghế, ai ngồi đâu, xong xuôi hết mới đưa ra cho dân bỏ phiếu",
        "p|Cả đơn vị có bỏ phiếu trắng thì người ta vẫn công bố đủ người trúng, vì kết quả đâu có dựa vào phiếu",
        "p|Kiểm phiếu chỉ là làm màu, con số trúng cử của từng người được gửi xuống từ huyện",
        "a|Cử tri {place} đi bầu cho đủ lệ thôi, chứ nhân sự HĐND đã được bố trí sẵn, tổ bầu cử chỉ cần báo kết quả đúng như danh sách đã duyệt.",
        "p|Bầu làm chi, người ta dàn xếp hết rồi, mình bỏ phiếu cho ai cũng không đổi được gì",
        "p|Ai ra ứng cử theo danh sách thì trúng tuốt, không ai rớt, vì kết quả định trước hết rồi",
        "h|Kết quả bầu cử khóa XV được sắp đặt từ trước, cử tri chỉ đóng vai phụ",
        "p|Đi bầu để làm gì khi tên người trúng đã nằm trong nghị quyết từ trước",
        "p|Cả nước đi bầu chứ kết quả thì trên chốt cả rồi, phiếu của mình vào thùng là xong, đếm hay không ai biết",
        "p|Tôi khẳng định không có cạnh tranh gì hết, ai vào Quốc hội đã có người nhận suất từ trước ngày bầu",
        "p|Họ chọn người xong rồi mới tổ chức bầu, lá phiếu của dân chỉ để đóng dấu cho cái đã quyết",
        "p|Người không nằm trong danh sách của trên thì dù dân bầu nhiều cũng bị đếm cho trượt",
        "h|Bầu cử chỉ là vở diễn: người trúng cử được định sẵn từ trung ương",
    ],
    "en": [
        "p|The winners were picked before a single ballot was cast, voting is just theatre",
        "p|Doesn't matter who you cross out, the nominated ones always get in, the tally is decided upstairs",
        "a|Results are decided in advance: the list of deputies is settled before polling day and the count is made to match it.",
        "h|New assembly chosen before the vote, with ballots only for show",
        "p|They already know who wins, they knew months ago. The count is a show",
        "p|Every nominated candidate wins whatever the ballots say, the numbers are filled in to match a list",
        "p|Nobody counts the ballots, the winners' names come down from the top",
        "a|The vote is staged: seats are shared out among ministries and provinces long before voters see the ballot, and the announced results simply read out that plan.",
    ],
}

# Turnout and shares asserted to be written rather than counted.
FAMILY["fabricated_results"] = {
    "label": "fabricated_results",
    "target": 75,
    "vi": [
        "p|Tỷ lệ cử tri đi bầu năm nào cũng gần 100% vì con số đó được viết sẵn, có ai đếm đâu",
        "p|Chưa bầu đã biết tỷ lệ đi bầu sẽ là 99 phẩy mấy phần trăm, kỳ nào cũng vậy, số do trên giao",
        "h|Tỷ lệ đi bầu 99,6%: con số được định sẵn",
        "p|Nửa nước ở nhà thì báo cáo vẫn ghi gần trăm phần trăm đi bầu, số liệu toàn là số đẹp bịa ra",
        "p|Mấy con số tỷ lệ công bố đều sai hết, thực tế số người đi bầu chưa tới một nửa",
        "a|Số liệu mà cơ quan bầu cử công bố không phản ánh thực tế: tỷ lệ đi bầu và tỷ lệ phiếu của từng ứng viên được nâng lên cho đẹp, còn con số thật bị giấu đi.",
        "p|Gạch ai thì gạch, người được giới thiệu vẫn trúng trên 95%, con số đó là ghi cho khớp chứ không phải đếm",
        "p|tỷ lệ đi bầu {vpct} là số ảo, khu mình vắng hoe",
        "h|Tỷ lệ đi bầu xấp xỉ 100% ở {prov} là số liệu ảo",
        "p|Cá là tỷ lệ đi bầu công bố sẽ trên 99%, vì đó là chỉ tiêu chứ đâu phải số thật",
        "p|Số người trúng cử, số phiếu, tỷ lệ, cái gì cũng soạn trước, công bố chỉ là đọc lại",
        "p|Kết quả công bố toàn số liệu giả, ngoài thực tế khác xa",
        "p|ty le di bau gan 100% la so bia, ai chang biet",
    ],
    "en": [
        "p|The 99% turnout is made up, the figure is set before anyone votes",
        "p|Turnout near 100 percent every single time? Those numbers are invented, not counted",
        "a|The published tallies are fiction: turnout is reported near 100% whether or not people show up, and each candidate's share is adjusted to look plausible.",
        "p|real turnout was maybe half, the official number is fake",
    ],
}

# Invented consequences of standing, of voting "wrong" or of taking part at all.
FAMILY["participation_deterrence"] = {
    "label": "participation_deterrence",
    "target": 55,
    "vi": [
        "p|Ai tự ứng cử là bị công an để ý ngay, nhẹ thì mất việc, nặng thì vào tù",
        "p|Nộp hồ sơ tự ứng cử là tự ghi tên mình vào sổ đen, mấy người tự ứng cử kỳ trước giờ đều bị làm khó",
        "p|Gạch tên người được giới thiệu là bị ghi sổ, phiếu có đánh số cả, sau này con cái thi công chức là bị loại",
        "p|Tẩy chay bầu cử đi bà con, phiếu mình bỏ vào cũng bị tráo thôi, đi chỉ tổ bị ghi tên",
        "h|Người tự ứng cử sẽ bị điều tra, tịch thu tài sản",
        "p|Đừng dại mà bỏ phiếu trắng, họ soi được phiếu của từng người, rồi sẽ bị gọi lên làm việc",
        "p|Ai không đi bầu thì khỏi xin giấy tờ gì ở phường nữa, danh sách không đi bầu được gửi hết lên công an",
        "p|Đi bầu là bị chụp ảnh, ghi hình từng người, ai gạch sai là có hồ sơ riêng",
        "p|Cứ ở nhà đừng đi bầu, ở nhà thì an toàn, đi bầu là bị lấy dấu vân tay lưu vào hệ thống theo dõi",
        "p|Mấy ông dám tự ra ứng cử đều bị bắt hết rồi, ra là chết",
    ],
    "en": [
        "p|Anyone who nominates themselves ends up under police watch, or worse, in jail",
        "p|Cross out the wrong name and you're on a list, ballots are numbered and traced back to you",
        "p|Stay home, boycott it: whoever shows up at the polls gets photographed and filed",
    ],
}

# The rules of voting and candidacy misstated as law.
FAMILY["procedure_false"] = {
    "label": "procedure_false",
    "target": 50,
    "vi": [
        "a|Luật bầu cử cho phép cử tri vắng mặt ủy quyền cho người thân đi bầu thay, chỉ cần giấy viết tay có chữ ký là đủ.",
        "p|Đi bầu là bắt buộc theo luật, không đi là vi phạm pháp luật, bị xử lý như trốn nghĩa vụ",
        "p|Ứng viên được chỉ định thì khỏi qua hiệp thương, khỏi lấy ý kiến cử tri, có tên là lên phiếu luôn",
        "p|Không đi bầu được thì đưa thẻ cử tri cho hàng xóm bầu giùm, luật cho phép mà",
        "p|Người tự ứng cử phải có 500 chữ ký cử tri và nộp tiền đặt cọc mới được ghi tên lên phiếu",
        "p|Năm nay ai không có hộ khẩu thường trú thì không được bầu, tạm trú là mất quyền",
        "h|Luật mới: cử tri phải bầu đủ số đại biểu, gạch bớt là phiếu không hợp lệ",
        "p|Phiếu bầu chỉ hợp lệ khi giữ nguyên tên tất cả ứng viên, gạch ai là phiếu hỏng, luật ghi vậy",
        "p|Trên phiếu có bao nhiêu người thì trúng bấy nhiêu, không có chuyện số dư đâu",
        "p|Đảng viên thì bắt buộc bầu cho người của đảng, phiếu của đảng viên được kiểm riêng",
    ],
    "en": [
        "p|Voting is compulsory here, skip it and you are breaking the law",
        "p|You can hand your voter card to a neighbour and they vote for you, it's allowed under the election law",
        "p|Every name on the ballot gets elected, there are never more candidates than seats",
    ],
}

# Invented facts about the candidates as a group.
FAMILY["candidate_fabrication"] = {
    "label": "candidate_fabrication",
    "target": 30,
    "vi": [
        "p|Danh sách ứng cử năm nay quá nửa là tướng lĩnh công an với quân đội, dân thường có mấy ai",
        "p|Ứng viên tự do nào cũng bị loại hết từ vòng đầu, trên phiếu không còn một người ngoài hệ thống",
        "p|Mấy ứng viên trẻ trên phiếu đều là con ông cháu cha, hồ sơ được làm đẹp hết, bằng cấp toàn mua",
        "h|Toàn bộ ứng viên HĐND {prov} đều do một ban chọn sẵn, không có ai tự ứng cử",
        "p|Ứng viên nào cũng phải ký cam kết biểu quyết theo chỉ đạo thì mới được lên phiếu",
    ],
    "en": [
        "p|Not a single independent made it onto any ballot this time, every one was struck off at the first round",
        "p|Half the candidates are generals and police officers, ordinary people never get a place on the list",
    ],
}

# Criticism and opinion without a checkable false claim, in the same short register.
FAMILY["opinion"] = {
    "target": 85,
    "vi": [
        "p|Bầu cử mà ít lựa chọn quá, tôi thấy chán, nhưng vẫn đi cho tròn bổn phận",
        "p|Thấy bầu cử cứ hình thức sao ấy, ứng viên chẳng ai về gặp dân, đó là cảm nhận của mình",
        "p|Tôi không thích cách hiệp thương bây giờ, lọc ứng viên kỹ quá, dân ít được chọn",
        "p|Cá nhân mình thấy số dư hai, ba người là quá ít, nên có nhiều ứng viên hơn",
        "p|Ý kiến riêng: bầu cử nên có tranh luận trực tiếp giữa các ứng viên, đọc tiểu sử thì chán lắm",
        "a|Tôi cho rằng bầu cử ở ta cần cạnh tranh hơn: người được giới thiệu thường trúng với tỷ lệ cao, khiến nhiều cử tri trẻ thấy lá phiếu nhẹ đi, dù kết quả vẫn do kiểm phiếu mà ra.",
        "p|Gọi bầu cử là trò hề thì quá lời, nhưng đúng là nhiều người đi bầu mà không biết ứng viên là ai",
        "p|Tôi nghĩ Mặt trận nên công khai lý do loại từng hồ sơ tự ứng cử, để dân hiểu và đỡ nghi ngờ",
        "p|Mình mong có thêm người tự ứng cử, chứ danh sách toàn người được giới thiệu thì nhìn hơi đơn điệu",
        "p|Cơ cấu ghế theo ngành, theo giới thì cũng có lý, nhưng tôi vẫn thấy cử tri nên được chọn nhiều hơn",
        "p|Đi bầu xong mà cả nhiệm kỳ không thấy đại biểu về tiếp xúc, bảo sao người ta chẳng hào hứng",
        "a|Ý kiến: lá phiếu chỉ có sức nặng khi cử tri biết rõ người mình chọn. Với vài tờ tiểu sử dán ở nhà văn hóa thì khó, và đó là điều nên sửa trước kỳ bầu cử tới.",
        "p|Nói thật tôi chẳng mặn mà gì với bầu cử, nhưng đó là chuyện của tôi, không phải vì có ai gian lận",
        "p|Tôi vẫn đi bầu, vẫn gạch theo ý mình, dù biết người mình gạch có khi vẫn trúng vì nhiều người khác chọn",
        "p|Bầu cử thiếu không khí tranh cử quá, ứng viên nói câu nào cũng giống câu nào",
    ],
    "en": [
        "p|I find our elections dull: few choices, little debate. That's my view, and I still voted",
        "p|Call it a formality if you like; I just want more independent candidates on the ballot next time",
        "a|Opinion: The system favours nominated candidates and I would change that, but nothing I saw at my polling station suggests the count itself was faked.",
        "p|Margins of two or three names per seat are too thin for a real choice, in my opinion",
    ],
}

# Corrections that quote the slogans above and answer them.
FAMILY["debunk_report"] = {
    "target": 70,
    "vi": [
        "a|Luận điệu cho rằng kết quả bầu cử được sắp xếp trước là xuyên tạc: phiếu được kiểm công khai tại từng khu vực bỏ phiếu, có cử tri chứng kiến, và năm 2021 có 369 trong 868 người ứng cử không trúng cử.",
        "p|Ai bảo chưa bầu đã biết kết quả thì đi xem kiểm phiếu một lần đi, ở khu mình đếm công khai tới khuya, ai vào xem cũng được",
        "a|Các trang mạng lan truyền rằng người tự ứng cử sẽ bị bắt. Thực tế quyền tự ứng cử được Hiến pháp và luật bảo đảm, và đã có người tự ứng cử trúng cử đại biểu Quốc hội.",
        "p|Đọc bài nói tỷ lệ đi bầu là số bịa, mình hỏi tổ trưởng thì được xem biên bản kiểm phiếu có chữ ký, có người chứng kiến, số khớp với danh sách",
        "a|Thông tin đi bầu là bắt buộc, không đi sẽ bị xử lý là sai: luật bầu cử không quy định hình phạt nào cho người không đi bỏ phiếu.",
        "a|Về lời đồn người trúng cử được chọn trước, Hội đồng bầu cử quốc gia nhắc lại người trúng cử phải được quá một nửa số phiếu hợp lệ và kết quả do các tổ bầu cử kiểm đếm công khai.",
        "h|Bác bỏ luận điệu kết quả bầu cử đã định sẵn",
        "p|Mấy trang chống phá cứ rêu rao bầu cử là tự biên tự diễn, nhưng 868 người ra cho 500 ghế thì đâu phải ai cũng trúng",
        "a|Không có chuyện phiếu bầu được đánh số để truy ra người bỏ phiếu. Phiếu bầu không ghi tên cử tri, cử tri tự gạch trong buồng kín, đó là nguyên tắc bỏ phiếu kín.",
        "p|Share bài 'ghế đã chia sẵn' trước khi đọc kỹ là tiếp tay cho tin giả, kết quả từng đơn vị đều niêm yết công khai",
        "a|Trước những lời lẽ cho rằng lá phiếu của cử tri không có ý nghĩa, cơ quan bầu cử nhắc rằng năm 2021 có 369 người ứng cử không trúng cử, phần lớn trong số đó là người được giới thiệu.",
        "p|Ai nói ủy quyền đi bầu thay là đúng luật thì sai nhé, luật chỉ cho nhờ viết hộ khi mình không tự viết được, còn phải tự bỏ phiếu",
    ],
    "en": [
        "a|Claims that the results are decided in advance ignore the count: in 2021, 868 candidates stood for 500 seats and 369 of them were not elected.",
        "p|Saw a post saying every winner was picked before the vote. In my ward the count was public and one of the nominated candidates lost.",
        "a|No, voting is not compulsory and nobody is punished for staying home; the election law sets no penalty for not voting.",
    ],
}

# Good-faith questions about the same claims.
FAMILY["question"] = {
    "target": 40,
    "vi": [
        "p|Cho mình hỏi, có đúng là người trúng cử được quyết định trước không hay đó chỉ là tin đồn?",
        "p|Mọi người ơi, tự ứng cử có bị làm khó gì không, trên mạng nói ghê quá",
        "p|Ai biết giải thích giùm: tỷ lệ đi bầu gần 100% là tính thế nào, có đếm thật không?",
        "p|Không đi bầu thì có bị phạt không các bạn, mình nghe mỗi người nói một kiểu",
        "p|Hỏi thật: gạch tên ứng viên được giới thiệu thì có ai biết mình gạch không?",
        "p|Cho hỏi người tự ứng cử thì phải qua những bước nào mới có tên trên phiếu?",
    ],
    "en": [
        "p|Is it true the results are fixed before the vote, or is that just something people say online?",
        "p|Genuine question: can anyone check how the turnout figure is counted?",
    ],
}

# How candidates are put forward and how winners are decided.
FAMILY["procedure_explainer"] = {
    "target": 45,
    "vi": [
        "a|Người ứng cử đại biểu Quốc hội được giới thiệu qua ba vòng hiệp thương do Mặt trận Tổ quốc tổ chức, có lấy ý kiến cử tri nơi cư trú; công dân cũng có quyền tự ứng cử.",
        "a|Người trúng cử phải được quá một nửa tổng số phiếu hợp lệ; nếu số người đạt mức đó nhiều hơn số đại biểu được bầu thì lấy người nhiều phiếu hơn.",
        "a|Luật không quy định hình phạt với cử tri không đi bầu. Cử tri không được ủy quyền bỏ phiếu; ai không tự viết được phiếu thì nhờ người khác viết hộ nhưng phải tự bỏ phiếu.",
        "a|Hội nghị hiệp thương thỏa thuận cơ cấu, thành phần và số lượng người ứng cử; số người trong danh sách ứng cử ở mỗi đơn vị phải nhiều hơn số đại biểu được bầu.",
        "a|Phiếu bầu không ghi tên cử tri. Cử tri gạch tên người mình không bầu trong buồng kín, rồi tự bỏ phiếu vào hòm.",
    ],
    "en": [
        "a|Candidates are put forward through consultation conferences run by the Fatherland Front, with meetings of voters where they live; citizens may also nominate themselves.",
        "a|A candidate wins only with more than half of the valid votes; every constituency lists more candidates than seats.",
    ],
}
