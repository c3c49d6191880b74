"""A fake election notice asks voters for personal or bank data by message, link or app; the
approved fact (`voter_data_requests: none`) says election bodies never do. Beside each request,
the nearest statements that ask for nothing: warnings about such notices, a request said never to
be made, the ID card brought to the polling station, the state's own app."""

import pytest

from classifiers.distortion import check
from monitor.outputs.findings import render
from tests.classifiers.test_distortion_wordings import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "voter_data_requests": "none"}


@pytest.mark.parametrize(
    "text,found",
    [
        ("Tổ bầu cử nhắn: cử tri nhập mã OTP vừa nhận để xác nhận sẽ đi bầu", "OTP"),
        ("Ban bầu cử phường thông báo: gửi số tài khoản để nhận tiền hỗ trợ đi bầu", "số tài khoản"),
        ("Uy ban bau cu xa: cu tri gui so cccd qua zalo de duoc cap the cu tri", "cccd"),
        ("Cử tri cài ứng dụng BauCuNhanh.apk để biết mình bỏ phiếu ở đâu", "ứng dụng"),
        ("to bau cu bao tai app CuTri ve de nhan phieu bau nha", "tai app"),
        ("Xác nhận thông tin cử tri tại đường link trong tin nhắn trước ngày 20/5", "Xác nhận"),
        ("Election council notice: enter your bank card details to get the voting allowance", "bank card"),
        ("Voters must register via this link before Friday or lose their place on the list", "register"),
        ("Bấm vào link để kích hoạt thẻ cử tri điện tử, quá 24 giờ sẽ bị hủy", "kích hoạt"),
        ("Tổ bầu cử nhắn tin yêu cầu cử tri gửi số căn cước để xác nhận", "căn cước"),
        ("Election officials text voters asking for their bank account to pay an allowance", "bank account"),
        # a code to read out to a caller, the commonest phone scam
        ("[BCHX] Mã xác thực cử tri của quý vị là 482913. Cán bộ sẽ gọi lại, vui lòng đọc mã khi được hỏi", "đọc mã"),
        ("Your voter verification code is 5521. An officer will call you: read it out when asked", "read it out"),
        ("Cán bộ phường gọi điện bảo đọc mã xác nhận vừa nhận qua tin nhắn để giữ tên trong danh sách", "mã xác nhận"),
        # ("ứng dụng đọc tin nhắn": "dụng đọc" folds like "đừng đọc", which is no warning here)
        ("Tải tệp CuTri.apk tại cutri.example, cài xong cho phép ứng dụng đọc tin nhắn để nhận phiếu", ".apk"),
    ],
)
def test_a_request_for_voters_data_is_found(text, found):
    assert_found(text, FACTS, "voter_data_requests", found)


@pytest.mark.parametrize(
    "text",
    [
        "Cử tri nhớ mang theo căn cước công dân khi đến khu vực bỏ phiếu",
        "Cảnh giác: kẻ gian giả danh tổ bầu cử yêu cầu cử tri nhập mã OTP qua đường link",
        "Tổ bầu cử không bao giờ yêu cầu cử tri gửi mã OTP hay số tài khoản ngân hàng",
        "Cử tri không cần cài ứng dụng hay đăng ký qua link nào để được đi bầu",
        "Đừng cung cấp số tài khoản cho người tự xưng là cán bộ bầu cử",
        "Election officials will never ask you to enter your bank details by text message",
        "Cử tri có thể tra cứu nơi bỏ phiếu trên ứng dụng VNeID",
        "Có ai nhận được tin nhắn đòi nhập mã OTP để đi bầu không, lừa đảo phải không mọi người?",
        "Cử tri bấm vào đây để xem hướng dẫn bỏ phiếu của Ủy ban bầu cử",
        # "cái" and "tại" fold like "cài" and "tải"
        "Cái ứng dụng này của tổ bầu cử dễ dùng ghê",
        "Cử tri tra cứu khu vực bỏ phiếu tại ứng dụng của thành phố",
        "Cảnh giác: kẻ gian gọi điện xưng cán bộ bầu cử rồi yêu cầu đọc mã xác thực vừa gửi",
        "Tuyệt đối không đọc mã xác thực cho ai, tổ bầu cử không bao giờ hỏi mã",
        "Election officials never text voters asking for their bank account",
        "The committee reminds residents that no election body sends messages asking for bank details",
        "Khi được hỏi, cử tri đọc họ tên và số thẻ cử tri để tổ bầu cử dò danh sách",
    ],
)
def test_warnings_and_real_instructions_give_no_finding(text):
    assert_silent(text, FACTS, "voter_data_requests")


def test_the_finding_reads_in_both_languages():
    (hit,) = [f for f in check("Cử tri gửi số tài khoản để nhận tiền đi bầu", FACTS) if f.fact == "voter_data_requests"]
    assert "OTP" in render(hit, "vi") and "never ask" in render(hit, "en")
