"""Distortion findings in the reader's language.

A finding is stored as data (``fact``, ``found``, ``approved``, ``kind``); this module turns it
into one sentence in Vietnamese or English. Older rows without ``kind`` still render from their
fact and values.
"""

from __future__ import annotations

_FACT_NAMES = {
    "election_date": ("ngày bầu cử", "the election date"),
    "results_announced_date": ("ngày công bố kết quả", "the results announcement date"),
    "polls_open": ("giờ mở cửa bỏ phiếu", "the polls opening time"),
    "polls_close": ("giờ kết thúc bỏ phiếu", "the polls closing time"),
    "earliest_open": ("giờ mở cửa sớm nhất", "the earliest opening time"),
    "latest_close": ("giờ kết thúc muộn nhất", "the latest closing time"),
    "voting_age": ("tuổi được bầu cử", "the voting age"),
    "candidacy_age": ("tuổi được ứng cử", "the candidacy age"),
    "turnout_percent": ("tỷ lệ cử tri đi bầu", "turnout"),
    "deputies_elected": ("số đại biểu trúng cử", "the number of deputies elected"),
    "results_deadline_days": ("thời hạn công bố kết quả", "the results deadline"),
    "council_results_deadline_days": ("thời hạn công bố kết quả bầu cử HĐND", "the councils' results deadline"),
    "voter_list_days_before": ("thời hạn niêm yết danh sách cử tri", "the voter list posting period"),
    "proxy_voting": ("bỏ phiếu hộ", "proxy voting"),
    "results_decided_by": ("kết quả, người trúng cử", "the results and winners"),
    "voter_penalty": ("hình phạt đối với cử tri", "a penalty on voters"),
    "voting_fee": ("lệ phí đi bầu", "a fee to vote"),
    "voting_method": ("cách bỏ phiếu", "how votes are cast"),
    "ballot": ("lá phiếu", "the ballot"),
    "voter_data_requests": ("yêu cầu cử tri cung cấp thông tin", "requests for voters' data"),
    "ballot_invalid_reasons": ("lý do phiếu không hợp lệ", "the reasons a ballot is invalid"),
    "temporary_residents": ("nơi cử tri được bầu", "where a voter votes"),
    "voter_documents": ("giấy tờ cử tri cần mang khi đi bầu", "the papers a voter needs"),
    "winner_share": ("số phiếu cần để trúng cử", "the share of votes needed to win"),
    "valid_turnout": ("số cử tri đi bầu để kết quả được công nhận", "the turnout a unit's result needs"),
    "results_body": ("cơ quan công bố kết quả", "who announces the results"),
    "ballot_marking": ("cách ghi phiếu bầu", "how a ballot is marked"),
    "candidate_surplus": ("số người ứng cử so với số đại biểu được bầu", "candidates against seats"),
    "voted_mark": ("dấu hiệu cử tri đã bỏ phiếu", "how a vote is recorded on the voter"),
    "candidate_information": ("thông tin về người ứng cử", "what is known about a candidate"),
    "voting_days": ("số ngày bỏ phiếu", "how many days the vote lasts"),
    "voting_status": ("việc đi bầu có bắt buộc hay không", "whether voting is compulsory"),
    "candidate_selection": ("cách người ứng cử vào danh sách chính thức", "how candidates get onto the official list"),
    "candidacy_open_to": ("ai được ứng cử", "who may stand"),
    "voter_list_excludes": ("ai không được ghi tên vào danh sách cử tri", "who is left off the voter list"),
}
# A rule fact's approved value, by fact where the value alone ("none") does not say enough.
_FACT_VALUES = {
    ("candidacy_open_to", "every_citizen_21"): (
        "mọi công dân đủ 21 tuổi có quyền ứng cử, là đảng viên hay người ngoài Đảng, được giới thiệu hay tự ứng cử",
        "every citizen aged 21 may stand, party member or not, nominated or self-nominated",
    ),
    ("voter_penalty", "none"): ("không có khoản phạt nào đối với cử tri", "no penalty on voters"),
    ("voting_fee", "none"): ("đi bầu không mất phí", "voting is free"),
    ("voter_data_requests", "none"): (
        "cơ quan bầu cử không yêu cầu số căn cước, mã OTP, tài khoản ngân hàng qua tin nhắn, đường link hay ứng dụng",
        "election bodies never ask for ID numbers, OTP codes or bank details by message, link or app",
    ),
}
_VALUES = {
    "more_than_half": ("quá một nửa", "more than half"),
    "allowed": ("được phép", "allowed"),
    "not allowed": ("không được phép", "not allowed"),
    "not_allowed": ("không được phép", "not allowed"),
    "public_count": ("do kiểm phiếu công khai quyết định", "decided by the public count of the votes"),
    "in_person": ("cử tri trực tiếp đến nơi bỏ phiếu", "in person at the polling station"),
    "secret": ("bỏ phiếu kín, không ai biết cử tri bầu cho ai", "secret: nobody learns whom a voter chose"),
    "listed_in_law": (
        "chỉ năm trường hợp luật định: không đúng mẫu Tổ bầu cử phát, thiếu dấu của Tổ bầu cử, để lại nhiều tên hơn số"
        " đại biểu cần bầu, gạch hết tên, viết thêm tên hay nội dung khác",
        "only the five reasons the law lists: not the team's form, no stamp of the team, more names left than seats,"
        " every name crossed out, names or words added",
    ),
    "on_the_list": (
        "mỗi cử tri có tên trong một danh sách, nơi mình đang ở; người tạm trú cũng được ghi tên nơi tạm trú"
        " (bầu đại biểu Quốc hội, HĐND cấp tỉnh; tạm trú từ 12 tháng trở lên thì bầu cả các cấp)",
        "each voter is on one list, where they live; temporary residents are put on the list where they live"
        " (for the National Assembly and the provincial council; every level after 12 months' registration)",
    ),
    "stamp_on_voter_card": (
        'Tổ bầu cử đóng dấu "Đã bỏ phiếu" vào thẻ cử tri; không đánh dấu gì lên tay cử tri',
        "the election team stamps 'Đã bỏ phiếu' (voted) on the voter card; nothing is put on the voter's hand",
    ),
    "one_day": ("cuộc bầu cử diễn ra trong một ngày, ngày chủ nhật", "the vote is held on a single day, a Sunday"),
    "death_row_prison_incapacity": (
        "chỉ người bị kết án tử hình chờ thi hành, người chấp hành án phạt tù không được hưởng án treo và người mất năng"
        " lực hành vi dân sự không có tên; người bị tạm giam vẫn bầu ở nơi bị tạm giam",
        "those on death row, serving a prison term without a suspended sentence, or declared incapacitated are left"
        " off; people held in detention vote where they are held",
    ),
    "right_and_duty": (
        "đi bầu là quyền và nghĩa vụ của công dân; không luật nào bắt buộc hay phạt người không đi bầu",
        "voting is a citizen's right and duty; no law makes it compulsory or fines those who stay home",
    ),
    "consultation_and_voters_meetings": (
        "mọi người ứng cử, kể cả người tự ứng cử, đều qua hội nghị hiệp thương và được lấy ý kiến cử tri nơi cư trú"
        " trước khi có tên trong danh sách chính thức; nộp hồ sơ không có nghĩa là có tên",
        "every candidate, self-nominated ones too, goes through the consultation conferences and a meeting of the voters"
        " where they live before the official list; filing papers does not put a name on it",
    ),
    "posted_list_and_biography": (
        "thông tin về người ứng cử là danh sách chính thức và tiểu sử tóm tắt do tổ chức phụ trách bầu cử niêm yết;"
        " đoạn ghi âm, ảnh chụp màn hình, tài liệu \u201crò rỉ\u201d không phải thông tin chính thức",
        "what the election bodies post: the official list and each candidate's summary biography; recordings,"
        " screenshots and leaked papers are not official information",
    ),
    "more_candidates_than_seats": (
        "mỗi đơn vị bầu cử có số người ứng cử nhiều hơn số đại biểu được bầu (Quốc hội: nhiều hơn ít nhất 2 người)",
        "every unit has more candidates than seats (for the National Assembly at least two more)",
    ),
    "cross_out": (
        "để nguyên tên người mình bầu, gạch ngang cả họ tên người không bầu; không đánh dấu tích, không khoanh tròn",
        "leave the names you choose and draw a line through each whole name you do not; nothing ticked or circled",
    ),
    "National Election Council": (
        "Hội đồng bầu cử quốc gia công bố kết quả bầu cử đại biểu Quốc hội; Ủy ban bầu cử mỗi cấp công bố kết quả bầu"
        " cử HĐND cấp mình",
        "the National Election Council announces the National Assembly results; each level's election committee"
        " announces its council's",
    ),
    "voter_card": (
        "cử tri chỉ xuất trình thẻ cử tri do Tổ bầu cử phát; mất thẻ thì báo Tổ bầu cử",
        "a voter shows only the voter card the election team handed out; a lost card is reported to the team",
    ),
}
_TEMPLATE = {
    "vi": "Nội dung nói {fact} là “{found}”; thông tin chính thức: {approved}",
    "en": "Says {fact} is “{found}”; approved: {approved}",
}


def _get(f, name):
    return f.get(name) if isinstance(f, dict) else getattr(f, name, None)


def fact_name(fact: str, lang: str) -> str:
    """The fact's name in ``lang`` (an unknown fact: its key with spaces)."""
    names = _FACT_NAMES.get(fact)
    if names:
        return names[0] if lang == "vi" else names[1]
    return fact.replace("_", " ")


def _value(v, lang: str) -> str:
    v = "" if v is None else str(v)
    pair = _VALUES.get(v)
    if pair:
        return pair[0] if lang == "vi" else pair[1]
    if v.endswith(" days"):
        return v.replace(" days", " ngày") if lang == "vi" else v
    return v


def render(finding, lang: str = "vi") -> str:
    """One sentence for ``finding`` (a ``Finding`` or its stored dict) in ``lang`` ("vi"/"en")."""
    lang = "vi" if lang == "vi" else "en"
    fact = str(_get(finding, "fact") or "")
    approved = _get(finding, "approved")
    pair = _FACT_VALUES.get((fact, str(approved)))
    return _TEMPLATE[lang].format(
        fact=fact_name(fact, lang),
        found=str(_get(finding, "found") or ""),
        approved=(pair[0] if lang == "vi" else pair[1]) if pair else _value(approved, lang),
    )
