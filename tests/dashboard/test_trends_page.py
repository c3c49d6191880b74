"""The Trends page for managers: one panel per narrative next to the official items answering it,
colours from the one palette, integer axes, Vietnamese all through, and the weekly digest."""

from __future__ import annotations

import json

import pytest

from monitor.i18n import t
from monitor.models import Role
from monitor.outputs.figures import NARRATIVE_PALETTE, OFFICIAL_COLOUR, narrative_colours
from tests.dashboard.test_apptest import _store, button, make_app, no_exception, open_page

pytestmark = pytest.mark.usefixtures("dash_env")


def _chart(at) -> dict:
    charts = [c for c in at.get("plotly_chart") if c.proto.id and "trends_chart" in (c.proto.id or "")] or at.get(
        "plotly_chart"
    )
    return json.loads(charts[0].proto.spec)


def test_one_panel_per_narrative_in_its_colour_next_to_its_official_answers(dash_env):
    at = open_page(make_app(Role.MANAGER, lang="vi"), "trends")
    no_exception(at)
    chosen = at.multiselect(key="trends_narr").value
    assert len(chosen) >= 3
    spec = _chart(at)
    store = _store(dash_env)
    colours = narrative_colours([n["key"] for n in store.list_narratives()])
    names = {n["key"]: n["name_vi"] for n in store.list_narratives()}
    bars = [tr for tr in spec["data"] if tr["type"] == "bar"]
    # one panel (y axis) per chosen narrative
    axes = {tr.get("yaxis", "y") for tr in bars}
    assert len(axes) == len(chosen)
    for key in chosen:
        mine = [tr for tr in bars if tr["name"] == names[key]]
        assert len(mine) == 1 and mine[0]["marker"]["color"] == colours[key]
        official = [tr for tr in bars if tr.get("yaxis", "y") == mine[0].get("yaxis", "y") and tr is not mine[0]]
        assert [tr["marker"]["color"] for tr in official] == [OFFICIAL_COLOUR]
    assert OFFICIAL_COLOUR not in NARRATIVE_PALETTE
    # every trace has its own colour (a template-less export would otherwise draw them black)
    assert all(
        tr.get("marker", {}).get("color") or tr.get("line", {}).get("color")
        for tr in spec["data"]
        if tr.get("x") != [None]
    )
    layout = spec["layout"]
    y_axes = [v for k, v in layout.items() if k.startswith("yaxis")]
    assert y_axes and all(a.get("tickformat") == "d" and isinstance(a.get("dtick"), int) for a in y_axes)
    # Vietnamese: dates as day/month, axis and legend words from i18n
    x_axes = [v for k, v in layout.items() if k.startswith("xaxis")]
    assert all(a.get("tickformat") == "%d/%m/%Y" for a in x_axes)
    text = json.dumps(spec, ensure_ascii=False)
    for english in ("Distorted", "Official", "Spike", "Count", "Date"):
        assert english not in text
    assert t("trends.official_answers", "vi") in text


def test_vietnamese_trends_has_no_english_widget_text(dash_env):
    at = open_page(make_app(Role.MANAGER, lang="vi"), "trends")
    no_exception(at)
    assert at.multiselect(key="trends_narr").proto.placeholder == t("common.choose", "vi")
    assert any("Asia/Ho_Chi_Minh" in c.value for c in at.sidebar.caption)


def test_manager_makes_and_downloads_the_weekly_digest(dash_env):
    at = open_page(make_app(Role.MANAGER, lang="vi"), "trends")
    no_exception(at)
    assert t("digest.title", "vi") in [s.value for s in at.subheader]
    button(at, t("digest.make", "vi")).click()
    at.run()
    no_exception(at)
    labels = {b.label for b in at.get("download_button")}
    assert {t("common.download_pdf", "vi"), t("digest.download_html", "vi")} <= labels
    stem, html_bytes, pdf = at.session_state["trends_digest"]
    assert pdf.startswith(b"%PDF") and stem.startswith("digest-")
    html = html_bytes.decode("utf-8")
    assert "Bản tin tuần" in html and "Asia/Ho_Chi_Minh (UTC+07:00)" in html and "UTC</" not in html


def test_open_alerts_name_their_kind_in_vietnamese(dash_env):
    import datetime as dt

    from monitor.outputs.alerts import Alert

    _store(dash_env).save_alert(
        Alert(
            kind="spike",
            narrative="fraud_claim",
            cluster_key=None,
            window="day",
            window_start=dt.datetime(2021, 5, 10, 17, tzinfo=dt.UTC),
            count=12,
            baseline=2.0,
            why="12 items",
            created_at=dt.datetime.now(dt.UTC),
        )
    )
    at = open_page(make_app(Role.MANAGER, lang="vi"), "trends")
    no_exception(at)
    table = at.dataframe[0].value
    assert list(table[t("col.kind", "vi")]) == [t("trends.alert_spike", "vi")]
    assert list(table[t("col.at", "vi")]) == ["2021-05-11 00:00"]  # 17:00 UTC is midnight in Hà Nội


def test_emerging_chart_has_vietnamese_dates_and_whole_number_counts(dash_env):
    import datetime as dt

    from tests.emerging.world import rumour

    rumour(_store(dash_env), now=dt.datetime.now(dt.UTC).replace(microsecond=0), n=5, sources=2)
    at = open_page(make_app(Role.TRAINER, lang="vi"), "emerging")
    no_exception(at)
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["xaxis"]["tickformat"] == "%d/%m/%Y"
    assert spec["layout"]["yaxis"]["tickformat"] == "d" and isinstance(spec["layout"]["yaxis"]["dtick"], int)


def _raised_alerts(store) -> list:
    """One alert of each kind the detectors raise about a narrative, as `check_alerts` builds them."""
    import datetime as dt

    from monitor.outputs.alerts import WindowCheck, new_cluster_alert, response_gap_alert, spike_alert

    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    raised = [
        spike_alert([WindowCheck("hour", 14, 1.25, 6)], now, "fraud_claim"),
        new_cluster_alert({"narrative": "procedure_false", "cluster_key": "c42", "sources": 3, "items": 5}, now, 2),
        response_gap_alert(
            "participation_deterrence", dt.datetime(2021, 5, 10, 17, 30, tzinfo=dt.UTC), 7, None, now, 12.0
        ),
    ]
    for a in raised:
        a.id = store.save_alert(a)
    return raised


def test_alert_details_are_in_the_readers_language(dash_env):
    """The detail of an open alert was the detector's English sentence, with narrative keys and UTC
    times, on a Vietnamese screen: it is now written for the reader from the alert's facts."""
    store = _store(dash_env)
    _raised_alerts(store)
    names = {n["key"]: n["name_vi"] for n in store.list_narratives()}
    at = open_page(make_app(Role.MANAGER, lang="vi"), "trends")
    no_exception(at)
    table = at.dataframe[0].value
    details = dict(zip(table[t("col.kind", "vi")], table[t("col.detail", "vi")], strict=True))
    spike = details[t("trends.alert_spike", "vi")]
    assert names["fraud_claim"] in spike and "14" in spike and "1,2" in spike  # decimal comma
    cluster = details[t("trends.alert_new_cluster", "vi")]
    assert names["procedure_false"] in cluster and "3" in cluster
    gap = details[t("trends.alert_response_gap", "vi")]
    assert names["participation_deterrence"] in gap and "2021-05-11 00:30" in gap  # 17:30 UTC in Hà Nội
    for text in details.values():
        for english in ("items", "usual", "hours", "UTC", "_claim", "_false", "flagged", "sources"):
            assert english not in text, (english, text)

    at = open_page(make_app(Role.MANAGER, lang="en"), "trends")
    no_exception(at)
    table = at.dataframe[0].value
    english = {n["key"]: n["name_en"] for n in store.list_narratives()}
    assert any(english["fraud_claim"] in d and "usual" in d for d in table[t("col.detail", "en")])


def test_chart_counts_the_offices_days(dash_env):
    """The chart counted per UTC day, which in Hà Nội runs from 07:00 to 07:00: an item posted at
    03:00 on 10 May showed on 9 May, and a picked range drew a partial day before it. Now each bar
    is a day of the office's clock, and the axis names the zone."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from monitor.models import Classification, Item
    from tests.storage.test_daily_counts import _reference

    store = _store(dash_env)
    hanoi = ZoneInfo("Asia/Ho_Chi_Minh")
    sid = next(s.id for s in store.list_sources() if s.kind == "social")
    late = [  # UTC times: 03:00 and 23:30 on 10 May in Hà Nội, then 00:30 on 11 May
        dt.datetime(2021, 5, 9, 20, 0, tzinfo=dt.UTC),
        dt.datetime(2021, 5, 10, 16, 30, tzinfo=dt.UTC),
        dt.datetime(2021, 5, 10, 17, 30, tzinfo=dt.UTC),
    ]
    store.save_items(
        [
            Item(source_id=sid, title=f"Đêm {i}", text="gian lận", url=None, canonical_url=None, lang="vi",
                 guid=f"late{i}", published_at=when,
                 fetched_at=when, content_hash=f"late{i}", dedupe_key=f"late{i}", search_text="gian lan")
            for i, when in enumerate(late)
        ]
    )  # fmt: skip
    ids = [r[0] for r in store.items_to_classify("v-late", limit=100)]
    store.save_classifications(
        [
            Classification(item_id=i, model_version="v-late", narrative="fraud_claim", score=0.9, flagged=True)
            for i in ids
        ]
    )
    at = open_page(make_app(Role.MANAGER, lang="vi"), "trends")
    no_exception(at)
    first, last = dt.date(2021, 5, 10), dt.date(2021, 5, 11)
    at.date_input(key="trends_range").set_value((first, last))
    at.multiselect(key="trends_narr").set_value(["fraud_claim"])
    at.run()
    no_exception(at)
    spec = _chart(at)
    name = {n["key"]: n["name_vi"] for n in store.list_narratives()}["fraud_claim"]
    [bars] = [tr for tr in spec["data"] if tr["type"] == "bar" and tr["name"] == name]
    drawn = {x[:10]: y for x, y in zip(bars["x"], bars["y"], strict=True)}
    start = dt.datetime.combine(first, dt.time.min, hanoi)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min, hanoi)
    expected = {
        r["bucket"].date().isoformat(): r["count"]
        for r in _reference(store, start, end, "day", ("flagged", "confirmed"), hanoi)
        if r["narrative"] == "fraud_claim"
    }
    assert drawn == expected and set(drawn) == {"2021-05-10", "2021-05-11"}
    axis = [v["title"]["text"] for k, v in spec["layout"].items() if k.startswith("xaxis") and v.get("title")]
    assert axis and all("Asia/Ho_Chi_Minh" in a and "UTC" not in a for a in axis)


def test_emerging_chart_counts_the_offices_days(dash_env):
    """The Emerging page drew a story's history per UTC day; it now counts days in Hà Nội. The
    copies straddle a UTC midnight (two UTC days, one day in Hà Nội) whenever the test runs."""
    import datetime as dt
    from collections import Counter
    from zoneinfo import ZoneInfo

    from tests.emerging.world import across_utc_midnight, rumour_at

    store = _store(dash_env)
    times = across_utc_midnight(dt.datetime.now(dt.UTC))
    rumour_at(store, times)
    hanoi = ZoneInfo("Asia/Ho_Chi_Minh")
    expected = Counter(w.astimezone(hanoi).date().isoformat() for w in times)
    assert len(expected) == 1 and len({w.date() for w in times}) == 2
    at = open_page(make_app(Role.TRAINER, lang="vi"), "emerging")
    no_exception(at)
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    [bars] = spec["data"]
    ys = bars["y"]
    if isinstance(ys, dict):  # plotly's typed array: base64 of numbers of `dtype`
        import base64

        import numpy as np

        ys = np.frombuffer(base64.b64decode(ys["bdata"]), dtype=ys["dtype"]).tolist()
    drawn = {x[:10]: y for x, y in zip(bars["x"], ys, strict=True) if y}
    assert drawn == dict(expected)


def test_manager_acknowledges_alerts_on_the_page(dash_env):
    """Alerts could be acknowledged only from the command line: the sidebar badge of a manager who
    had read them stayed up until the counts calmed down. Now the Trends page acknowledges them
    (audited), and the badge counts what nobody has acknowledged."""
    from tests.dashboard.test_apptest import NAME_OF

    store = _store(dash_env)
    raised = _raised_alerts(store)
    at = open_page(make_app(Role.MANAGER, lang="vi"), "trends")
    no_exception(at)
    assert any(t("app.alerts_badge", "vi", n=3) in w.value for w in at.sidebar.warning)
    pick = at.multiselect(key="trends_ack_pick")
    names = {n["key"]: n["name_vi"] for n in store.list_narratives()}
    kinds = (t("trends.alert_spike", "vi"), t("trends.alert_new_cluster", "vi"), t("trends.alert_response_gap", "vi"))
    assert pick.options == [  # newest first, as the table; the same alert is `#id` in both
        t("trends.alert_option", "vi", id=a.id, kind=k, what=names[a.narrative])
        for a, k in sorted(zip(raised, kinds, strict=True), key=lambda ak: -ak[0].id)
    ]
    assert list(at.dataframe[0].value["#"]) == sorted((a.id for a in raised), reverse=True)
    newest, _, oldest = sorted(a.id for a in raised)[::-1]
    pick.set_value([newest, oldest])
    at.run()  # choosing reruns the page, which enables the button
    button(at, t("trends.alert_ack", "vi")).click()
    at.run()
    no_exception(at)
    acked = {a["id"]: a["acknowledged_by"] for a in store.open_alerts()}
    manager = NAME_OF[Role.MANAGER]
    assert sorted(v for v in acked.values() if v) == [manager, manager]
    assert [e["action"] for e in store.audit_entries(limit=5, username=manager)].count("alert.ack") == 2
    assert any(t("trends.alert_acked", "vi", n=2) in s.value for s in at.success)
    assert any(t("app.alerts_badge", "vi", n=1) in w.value for w in at.sidebar.warning)
    table = at.dataframe[0].value
    assert sorted(x for x in table[t("trends.alert_acknowledged_by", "vi")] if x) == [manager, manager]
    assert len(at.multiselect(key="trends_ack_pick").options) == 1


def test_the_alert_panel_and_the_badge_count_different_things_under_different_names(dash_env):
    """The badge counts alerts nobody has acknowledged, the panel every open one: both were
    "Cảnh báo đang mở: n", so after one acknowledgement the page said 2 and the sidebar 1."""
    store = _store(dash_env)
    raised = _raised_alerts(store)
    store.acknowledge_alert(raised[0].id, "man")
    at = open_page(make_app(Role.MANAGER, lang="vi"), "trends")
    no_exception(at)
    assert [w.value for w in at.sidebar.warning if "Cảnh báo" in w.value] == ["Cảnh báo chưa ai xem: 2"]
    assert [e.label for e in at.expander if e.label.startswith("Cảnh báo")] == ["Cảnh báo đang mở: 3 (chưa ai xem: 2)"]


def test_no_narrative_chosen_says_so_instead_of_an_empty_chart_and_a_full_share(dash_env):
    at = open_page(make_app(Role.MANAGER, lang="vi"), "trends")
    at.multiselect(key="trends_narr").set_value([])
    at.run()
    no_exception(at)
    assert [i.value for i in at.info] == [t("trends.pick_narrative", "vi")]
    assert not at.get("plotly_chart") and not at.metric  # before: an empty chart and "100%" official


def test_the_week_view_names_its_axis_weeks(dash_env):
    at = open_page(make_app(Role.MANAGER, lang="vi"), "trends")
    at.radio(key="trends_gran").set_value("week")
    at.run()
    no_exception(at)
    spec = _chart(at)
    titles = [v["title"]["text"] for k, v in spec["layout"].items() if k.startswith("xaxis") and v.get("title")]
    assert titles and all(x.startswith("Tuần bắt đầu từ thứ Hai (") for x in titles)


def test_share_of_voice_uses_a_decimal_comma_in_vietnamese(dash_env):
    at = open_page(make_app(Role.MANAGER, lang="vi"), "trends")
    no_exception(at)
    pie = next(json.loads(c.proto.spec) for c in at.get("plotly_chart") if "trends_share" in (c.proto.id or ""))
    assert pie["layout"]["separators"] == ",."


def test_time_to_response_shows_the_hours_next_to_the_narrative(dash_env):
    """In half the page's width the last columns are cut off: the hours (the figure managers read)
    come right after the narrative, not last."""
    at = open_page(make_app(Role.MANAGER, lang="vi"), "trends")
    no_exception(at)
    tables = [d.value for d in at.dataframe if t("trends.ttr_hours", "vi") in d.value.columns]
    assert tables and list(tables[0].columns)[:2] == [t("col.narrative", "vi"), t("trends.ttr_hours", "vi")]


def test_another_users_private_view_alert_stays_off_the_page_and_the_badge(dash_env):
    import datetime as dt

    from monitor.outputs.alerts import view_alert

    store = _store(dash_env)
    now = dt.datetime(2021, 5, 20, 8, tzinfo=dt.UTC)
    view = {"id": 9, "name": "Riêng của off", "owner": "off", "shared": False, "alert_threshold": 1}
    store.save_alert(view_alert(view, 4, now))
    at = open_page(make_app(Role.MANAGER, lang="vi"), "trends")
    no_exception(at)
    assert not [e for e in at.expander if e.label.startswith("Cảnh báo")]  # before: the view's name and owner
    assert not [w for w in at.sidebar.warning if "Cảnh báo" in w.value]
    at = open_page(make_app(Role.OFFICER, lang="vi"), "queue")  # the owner
    assert [w.value for w in at.sidebar.warning if "Cảnh báo" in w.value] == ["Cảnh báo chưa ai xem: 1"]
