"""Seed v8 templates: hostile political opinion about the election, label ``none``.

Commentary that rejects the election as a whole ("a staged show", "the Party nominates, the people
vote", "a rubber-stamp assembly", "no opposition, so no real choice") is opinion: it characterises
the system and asserts nothing that a key fact can contradict. The taxonomy keeps it ``none``,
like milder criticism (seed v4). On real pages it came close to the seed's fraud claims, which mix
the same words ("màn kịch", "diễn kịch") with a checkable claim (winners chosen before the vote),
and was flagged on that closeness alone. These rows carry the slogans without the claim; the
claims stay where they were (``v4_system``, ``v3_claims``).

Styles learned from reading (not copying) overseas commentary pages, forums and the domestic
articles that answer them. Every sentence is the team's own; no person or outlet is named.

Each template is ``kind|text`` (h/a/p = headline, article, post).
"""

from __future__ import annotations

FAMILY: dict[str, dict] = {}

FAMILY["hostile_opinion"] = {
    "target": 60,
    "style": "opinion",
    "vi": [
        "p|Bầu cử ở đây chỉ là màn kịch dân chủ, năm nào cũng vậy, nói mãi cũng chẳng khác gì",
        "p|Đảng cử dân bầu, bao nhiêu năm vẫn thế, mình chẳng còn hứng thú gì với mỗi kỳ bầu cử",
        "p|Quốc hội thì toàn nghị gật, bầu đại biểu nào vào rồi cũng gật như nhau thôi, đó là mình nghĩ vậy",
        "a|Theo tôi, gọi đây là bầu cử tự do thì không đúng: không có đảng đối lập, không có tranh cử thực"
        " sự, cử tri chỉ chọn trong danh sách đã qua hiệp thương.",
        "h|Dân chủ hình thức và một mùa bầu cử thiếu tranh luận",
        "p|Bầu cử kiểu này với tôi là trò hề, tôi nói thật lòng, ai thấy khác thì cứ tranh luận",
        "a|Một bài bình luận trên trang của người Việt ở nước ngoài gọi cuộc bầu cử là cuộc độc diễn của"
        " một đảng và kêu gọi cho phép tranh cử tự do.",
        "p|Cái gọi là ngày hội non sông với tôi chỉ là một buổi trình diễn, đi bầu cho xong rồi về",
        "p|Tôi không tin vào bầu cử một đảng, đó là quan điểm của tôi và tôi có quyền nói ra",
        "p|Cứ đến mùa bầu cử là khẩu hiệu giăng khắp phố, còn tiếng nói của dân thì vẫn nhỏ như cũ",
        "p|Không tranh luận, không đối lập, gọi là bầu cử thì hơi quá, theo mình nó giống một thủ tục",
        "a|Bình luận: khi mọi ứng viên đều phải qua một bộ lọc do một tổ chức nắm, lá phiếu khó mà mang"
        " nghĩa lựa chọn, và đó là chỗ người viết bài này không đồng tình.",
        "p|Hội đồng nhân dân toàn gương mặt quen, bầu lại vẫn mấy người cũ, chán thật sự",
        "h|Bầu cử hay màn trình diễn dân chủ? Góc nhìn của một cử tri trẻ",
    ],
    "en": [
        "p|Call it what it is: a one-party show with a ballot box attached. Just my opinion.",
        "a|Commentary: critics abroad describe the vote as a rubber-stamp exercise for an assembly that"
        " rarely turns down a government bill.",
        "p|Party nominates, people vote. Everyone here knows the line, and it stopped being funny years ago.",
        "p|An election put on for display with no opposition allowed; I won't pretend to be excited about it",
    ],
}
