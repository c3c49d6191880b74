"""An alert's detail is written for its reader from the facts the detector stored: the reader's
language, narrative names instead of keys, the office's time zone, and the alert's current count.
Alerts stored before the facts were kept show their English `why` line as before."""

from __future__ import annotations

import datetime as dt

from monitor.config import AlertSettings
from monitor.localtime import zone
from monitor.outputs.alert_text import detail, number
from monitor.outputs.alerts import Alert, check_alerts, response_gap_alert, view_alert
from tests.alerts.test_detection import SPIKES, quiet_history
from tests.alerts.world import NOW, World

NAMES_VI = {"fraud_claim": "Cáo buộc gian lận", "procedure_false": "Sai lệch về thủ tục"}


def test_stored_facts_give_the_detail_with_the_raised_count(store):
    world = World(store)
    settings = AlertSettings(**SPIKES)
    quiet_history(world)
    world.add(NOW - dt.timedelta(minutes=40), "fraud_claim", n=8)
    [first] = check_alerts(store, settings, NOW)
    [row] = store.open_alerts()
    assert row["facts"] == first.facts and set(row["facts"]) == {"threshold"}
    world.add(NOW + dt.timedelta(minutes=5), "fraud_claim", n=6)
    assert check_alerts(store, settings, NOW + dt.timedelta(minutes=10)) == []
    [row] = store.open_alerts()
    assert row["count"] == 14 and "8 distorted items" in row["why"]  # the detector's line keeps its first count
    assert detail(row, "en").startswith("14 distorted items of fraud_claim in the last hour; usual is ")
    vi = detail(row, "vi", NAMES_VI)
    assert vi.startswith("14 tin sai lệch thuộc «Cáo buộc gian lận» trong 1 giờ qua; mức thường là ")
    assert f"(cảnh báo từ {row['facts']['threshold']})" in vi


def test_each_kind_reads_in_both_languages():
    tz = zone("Asia/Ho_Chi_Minh")
    gap = response_gap_alert("procedure_false", dt.datetime(2021, 5, 19, 18, tzinfo=dt.UTC), 5, None, NOW, 12)
    assert detail(gap, "vi", NAMES_VI, tz) == (
        "«Sai lệch về thủ tục» bị gắn cờ từ 2021-05-20 01:00 (5 tin sai lệch) mà sau hơn 12 giờ vẫn chưa có tin "
        "chính thức nào trả lời."
    )
    assert "since 2021-05-20 01:00 (5 distorted items)" in detail(gap, "en", None, tz)

    view = view_alert({"id": 3, "name": "Phạt tiền", "owner": "lan", "alert_threshold": 2}, 4, NOW)
    assert detail(view, "vi") == "Bộ lọc đã lưu «Phạt tiền» (lan): 4 tin mới khớp trong 1 giờ qua (nhiều hơn 2)."
    assert detail(view, "en") == "Saved view 'Phạt tiền' (lan): 4 new matching items in the last hour (more than 2)."

    emerging = Alert(
        "emerging", None, "k1", "day", NOW - dt.timedelta(days=1), 7, None, "A story…", NOW,
        facts={"label": "mã QR", "sources": 3, "growth": 6.5, "size": 9, "first_seen": "2021-05-19T20:15:00+00:00"},
    )  # fmt: skip
    vi = detail(emerging, "vi", tz=tz)
    assert "«mã QR», 7 tin trong 24 giờ qua từ 3 nguồn, gấp 6,5 lần" in vi and "(9 tin từ 2021-05-20 03:15)" in vi
    assert "6.5× its own daily mean (9 items since 2021-05-20 03:15)" in detail(emerging, "en", tz=tz)


def test_alerts_stored_before_their_facts_show_their_why_line():
    old = {"kind": "spike", "narrative": "fraud_claim", "window": "hour", "count": 3, "why": "3 items", "facts": None}
    assert detail(old, "vi", NAMES_VI) == "3 items"
    assert detail({**old, "kind": "some_future_kind", "facts": {"x": 1}}, "vi") == "3 items"


def test_numbers_carry_the_readers_decimal_mark():
    assert [number(x, "vi") for x in (1.25, 2.0, 0.06, None)] == ["1,2", "2", "0,1", "?"]
    assert [number(x, "en") for x in (1.25, 2.0, 12)] == ["1.2", "2", "12"]
