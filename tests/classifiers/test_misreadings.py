"""Words that differ only by their accents are one word to the checks, which read the folded,
accent-stripped text: "tài chính số" (digital finance) folds to what "chỉnh số" (to doctor the
figures) folds to, "Ba Đình trước" to "định trước" (decided beforehand), "đêm" (night) to "đếm"
(count), "hôm nay" (today) to "hòm này" (this box), "Việt" to "viết" (written). Where the text
carries its accents, a claim is not read from the word that only looks like the claim's word.
Beside them, purposes and adjustments that are no claim (an app installed to receive notices, a
result corrected in the open), and the claims themselves, with and without accents."""

import pytest

from tests.classifiers.test_distortion_wordings import FACTS as BASE_FACTS
from tests.classifiers.test_distortion_wordings import assert_found, assert_silent

FACTS = {**BASE_FACTS, "voter_data_requests": "none"}


@pytest.mark.parametrize(
    "text,fact",
    [
        (
            "Ủy ban bầu cử chuyển đổi số: cử tri tra cứu danh sách cử tri qua cổng tài chính số của tỉnh.",
            "results_decided_by",
        ),
        (
            "Tổ bầu cử làm việc xuyên đêm trong phòng kín để kiểm phiếu đúng quy định, có giám sát.",
            "results_decided_by",
        ),
        (
            "Hôm nay được trao quyết định, tổ bầu cử phường 3 đã niêm phong hòm phiếu trước cử tri.",
            "results_decided_by",
        ),
        ("Kết quả bầu cử ở Ba Đình trước giờ công bố chính thức vẫn được giữ kín theo quy định.", "results_decided_by"),
        ("Cử tri dùng chính sở trường của mình để vận động hàng xóm đi bầu cử sớm.", "results_decided_by"),
        ("Game Việt sản xuất về ngày bầu cử được nhiều em học sinh tải về.", "results_decided_by"),
        (
            "Sau khi rà soát, tổ bầu cử điều chỉnh kết quả do nhập nhầm, biên bản được lập lại công khai.",
            "results_decided_by",
        ),
        ("Tổ bầu cử phải làm lại biên bản khi cân chỉnh tỷ lệ các phần trong báo cáo bầu cử.", "results_decided_by"),
        (
            "Ủy ban bầu cử tỉnh đề nghị người dân cài đặt ứng dụng của tỉnh để nhận thông báo về ngày bầu cử 23/5.",
            "voter_data_requests",
        ),
        ("Cử tri có thể tải ứng dụng để theo dõi tin tức bầu cử của tỉnh.", "voter_data_requests"),
        ("Cô gái ung thư tìm người bầu bạn qua ứng dụng giao đồ ăn, rồi đi bầu cử cùng bạn mới.", "voting_method"),
        ("Kết quả bầu cử là khâu then chốt trước kỳ họp thứ nhất của Quốc hội khóa XV.", "results_decided_by"),
        ("Người trúng cử có vai trò then chốt trước những thách thức mới, theo cử tri.", "results_decided_by"),
    ],
)
def test_a_word_that_only_folds_like_the_claims_word_or_a_harmless_purpose_gives_no_finding(text, fact):
    assert_silent(text, FACTS, fact)


@pytest.mark.parametrize(
    "text,found",
    [
        ("Tổ bầu cử chỉnh số phiếu lúc nửa đêm, sáng ra kết quả khác hẳn", "chỉnh số"),
        ("to bau cu chinh so phieu luc nua dem, sang ra ket qua khac han", "chinh so"),
        ("Phiếu bầu ở phường 7 bị đếm kín, không cho cử tri vào xem", "đếm kín"),
        ("Kết quả bầu cử được định trước rồi, đi bầu chỉ cho có", "định trước"),
        ("Kết quả bầu cử ở xã mình viết sẵn từ tuần trước rồi", "viết sẵn"),
        ("Cài ứng dụng BauCu2021 để bỏ phiếu từ nhà, nhập số CCCD là xong", "Cài ứng dụng"),
        ("Tải ứng dụng BauCu để nhận thông báo, rồi nhập số CCCD và mã OTP để được có tên", "Tải ứng dụng"),
        ("Cài ứng dụng BauCu2021 để nhận thông báo bầu cử, đăng nhập bằng số CCCD", "Cài ứng dụng"),
    ],
)
def test_the_claims_themselves_are_still_found(text, found):
    fact = "voter_data_requests" if "ứng dụng" in text else "results_decided_by"
    assert_found(text, FACTS, fact, found)
