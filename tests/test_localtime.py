"""Times in the office's zone, named: the setting, the dashboard's formatter, handouts, digest."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor import localtime
from monitor.config import load_config
from monitor.errors import ConfigError
from monitor.outputs import exports

AT = dt.datetime(2021, 5, 22, 20, 30, tzinfo=dt.UTC)  # 03:30 the next day in Hà Nội


def test_default_zone_is_vietnam_and_named():
    tz = localtime.zone()
    assert localtime.fmt(AT, tz) == "2021-05-23 03:30"
    assert localtime.fmt(AT, tz, named=True) == "2021-05-23 03:30 UTC+07:00"
    assert localtime.zone_label(tz) == "Asia/Ho_Chi_Minh (UTC+07:00)"
    assert localtime.fmt(AT.replace(tzinfo=None), tz) == "2021-05-23 03:30"  # naive = stored UTC
    assert localtime.fmt(None, tz) == ""


def test_another_zone_with_daylight_saving():
    paris = localtime.zone("Europe/Paris")
    assert localtime.fmt(AT, paris, named=True) == "2021-05-22 22:30 UTC+02:00"
    assert localtime.offset(paris, dt.datetime(2021, 1, 5, tzinfo=dt.UTC)) == "UTC+01:00"


def test_time_zone_setting_is_checked_with_a_clear_line(tmp_path):
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text("settings:\n  time_zone: Europe/Paris\nfeeds: []\n", encoding="utf-8")
    assert localtime.fmt(AT, load_config(cfg).tz) == "2021-05-22 22:30"
    cfg.write_text("settings:\n  time_zone: Mars/Olympus\nfeeds: []\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(cfg)
    assert "time_zone" in str(err.value) and "Mars/Olympus" in str(err.value) and "\n" not in str(err.value)


def test_handouts_print_the_office_time_with_its_offset():
    rows = [{"title": "t", "text": "x", "published_at": AT, "narrative": "procedure_false"}]
    vi = exports.case_records(rows, [], {}, "vi")[0]
    assert vi["published_at"] == "2021-05-23 03:30 UTC+07:00"  # was "2021-05-22 20:30 UTC"
    paris = exports.case_records(rows, [], {}, "vi", tz=localtime.zone("Europe/Paris"))[0]
    assert paris["published_at"] == "2021-05-22 22:30 UTC+02:00"
    pdf = exports.case_set_pdf("Bộ tình huống", "", [vi], {c: c for c in exports.CASE_COLUMNS})
    assert pdf.startswith(b"%PDF")


def test_digest_prints_times_in_the_office_zone_and_names_it(store):
    from monitor.config import AlertSettings
    from monitor.outputs.digest import collect, render_html
    from tests.alerts.test_digest import DAY, demo_like

    demo_like(store)
    now = dt.datetime(2021, 5, 23, 20, 0, tzinfo=dt.UTC)
    data = collect(store, DAY, "vi", now, AlertSettings())
    html = render_html(data, [])
    assert "Lập lúc 24/05/2021 03:00" in html and "Asia/Ho_Chi_Minh (UTC+07:00)" in html
    assert " UTC<" not in html and "Lập lúc 23/05/2021 20:00" not in html
    first = data.responses[0]["first_flag"]
    assert localtime.fmt(first, localtime.zone(), "%d/%m %H:%M") in html
    en = render_html(collect(store, DAY, "en", now, AlertSettings(), tz=localtime.zone("Europe/Paris")), [])
    assert "Generated 23/05/2021 22:00" in en and "Europe/Paris (UTC+02:00)" in en
