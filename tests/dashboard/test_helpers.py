"""The dashboard's pure helpers: escaping, highlighting, feed URL guard, spikes, response time."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.config import AlertSettings
from monitor.interfaces import dashboard_data as dd
from monitor.outputs.alerts import ewma, spike_threshold


def test_highlight_escapes_content_and_marks_terms_accent_insensitively():
    html = dd.highlight_html('Bau cu <script>alert("x")</script> gian lận & bầu cử', ["bầu cử", "gian lan"])
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert html.count("<mark") == 3  # "Bau cu", "bầu cử" and "gian lận"
    assert '<mark class="evidence">Bau cu</mark>' in html


def test_highlight_matches_whole_words_only():
    assert "<mark" not in dd.highlight_html("bauxit", ["bau"])


def test_md_escape_neutralizes_markdown_and_directives():
    out = dd.md_escape("[click](javascript:alert(1)) **b** :red[x] <b>")
    for raw in ("[click](", "**b**", ":red[", "<b>"):
        assert raw not in out


@pytest.mark.parametrize(
    "url,ok",
    [
        ("https://example.org/rss", True),
        ("http://example.org/feed.xml", True),
        ("javascript:alert(1)", False),
        ("data:text/html,x", False),
        ("file:///etc/passwd", False),
        ("https://exa mple.org", False),
        (None, False),
    ],
)
def test_safe_link(url, ok):
    assert (dd.safe_link(url) is not None) is ok


@pytest.mark.parametrize(
    "url,error",
    [
        ("ftp://example.org/x", "scheme"),
        ("http:///x", "host"),
        ("http://127.0.0.1/x", "private"),
        ("http://[::1]/x", "private"),
        ("http://169.254.169.254/latest", "private"),
        ("http://192.168.1.1/", "private"),
        ("http://localhost/", "private"),
        ("http://printer.local/", "private"),
        ("http://[::ffff:10.0.0.1]/", "private"),
        ("https://93.184.216.34/rss", None),
    ],
)
def test_feed_url_guard(url, error):
    assert dd.check_feed_url(url, True, resolve=lambda h: ["93.184.216.34"])[0] == error


def test_feed_url_guard_checks_resolved_addresses():
    assert dd.check_feed_url("https://intranet.example/", True, resolve=lambda h: ["10.1.2.3"])[0] == "private"
    assert dd.check_feed_url("https://intranet.example/", False, resolve=lambda h: ["10.1.2.3"])[0] is None

    def fail(_host):
        raise OSError("no DNS")

    assert dd.check_feed_url("https://news.example/", True, resolve=fail) == (None, "unresolved")


def test_spikes():
    settings = AlertSettings(min_count_day=5)
    series = [2, 3, 2, 3, 2, 2, 3, 2, 20, 3]
    assert dd.spikes(series, settings) == [8]
    assert dd.spikes([0, 0, 0, 4], settings) == []  # below the minimum count


def test_chart_spikes_follow_the_alert_rule_and_its_sensitivity():
    """The Trends markers used mean + 3 sd whatever the `sensitivity` setting; now they are the
    alerts' rule: a bucket is marked exactly when it reaches spike_threshold over its baseline."""
    series = [10, 12, 9, 11, 10, 12, 11, 10, 22, 11]
    strict, loose = AlertSettings(sensitivity=6.0, min_count_day=5), AlertSettings(sensitivity=2.0, min_count_day=5)
    assert dd.spikes(series, strict) == []
    assert dd.spikes(series, loose) == [8]
    for settings in (strict, loose):
        for i in range(1, len(series)):
            baseline = ewma(series[max(0, i - settings.baseline_days) : i], settings.baseline_half_life_days)
            fires = series[i] >= spike_threshold(baseline, settings.sensitivity, settings.min_count_day)
            assert (i in dd.spikes(series, settings)) == fires


def test_outage_intervals_merge():
    t0 = dt.datetime(2021, 5, 1, tzinfo=dt.UTC)
    rows = [
        {"started_at": t0, "source_name": "a"},
        {"started_at": t0 + dt.timedelta(hours=12), "source_name": "b"},
        {"started_at": t0 + dt.timedelta(days=5), "source_name": "a"},
    ]
    gaps = dd.outage_intervals(rows, dt.timedelta(days=1))
    assert len(gaps) == 2 and gaps[0]["sources"] == {"a", "b"}


def test_time_to_response_uses_the_matcher():
    t0 = dt.datetime(2021, 5, 1, tzinfo=dt.UTC)
    msgs = [
        {
            "key": "date",
            "narratives": ["procedure_false"],
            "title_vi": "Ngày bầu cử là Chủ nhật 23/5/2021",
            "text_vi": "Cuộc bầu cử diễn ra vào Chủ nhật ngày 23/5/2021 theo Nghị quyết 133",
            "title_en": "",
            "text_en": "",
        }
    ]
    official = [
        {"published_at": t0 + dt.timedelta(hours=1), "title": "Thời tiết", "text": "Trời nắng, nhiệt độ cao"},
        {
            "published_at": t0 + dt.timedelta(hours=5),
            "title": "Ngày bầu cử 23/5/2021",
            "text": "Cuộc bầu cử diễn ra vào Chủ nhật ngày 23/5/2021 theo Nghị quyết 133",
        },
    ]
    out = dd.time_to_response({"procedure_false": t0, "other": t0}, official, msgs)
    assert out["procedure_false"]["hours"] == 5.0
    assert out["other"]["hours"] == 1.0  # no linked message: the first official item after


def test_time_to_response_matches_only_as_far_as_it_needs(monkeypatch):
    """Official items are matched oldest first, in chunks, until every narrative has its answer:
    the result is what matching all of them gives, at a fraction of the work."""
    import monitor.analysis.trends as trends

    t0 = dt.datetime(2021, 5, 1, tzinfo=dt.UTC)
    msgs = [
        {
            "key": "date",
            "narratives": ["procedure_false"],
            "title_vi": "Ngày bầu cử là Chủ nhật 23/5/2021",
            "text_vi": "Cuộc bầu cử diễn ra vào Chủ nhật ngày 23/5/2021 theo Nghị quyết 133",
            "title_en": "",
            "text_en": "",
        }
    ]
    answer = {
        "title": "Ngày bầu cử 23/5/2021",
        "text": "Cuộc bầu cử diễn ra vào Chủ nhật ngày 23/5/2021 theo Nghị quyết 133",
    }
    filler = {"title": "Thời tiết", "text": "Trời nắng, nhiệt độ cao"}
    official = [
        {"published_at": t0 + dt.timedelta(minutes=m), **(answer if m in (30, 900, 2500) else filler)}
        for m in range(3000)
    ]
    matched: list[int] = []
    real = trends.match_official

    def counting(responses, messages, min_score):
        matched.append(len(responses))
        return real(responses, messages, min_score)

    monkeypatch.setattr(trends, "match_official", counting)
    seen = {"procedure_false": t0 + dt.timedelta(minutes=100)}  # the first answer after it is at 900
    out = dd.time_to_response(seen, official[::-1], msgs)  # any input order
    assert out["procedure_false"]["answered_at"] == t0 + dt.timedelta(minutes=900)
    assert sum(matched) < len(official) and matched[0] == 200
    matched.clear()
    late = dd.time_to_response({"procedure_false": t0 + dt.timedelta(minutes=2600)}, official, msgs)
    assert late["procedure_false"]["answered_at"] is None and sum(matched) == len(official)  # never answered


def test_searched_words_are_marked_apart_from_evidence_and_exact_keeps_accents():
    html = dd.highlight_html("Bị phạt tiền, phát thẻ cử tri", ["cử tri"], ["phạt"])
    assert html.count('<mark class="search">') == 2 and '<mark class="evidence">cử tri</mark>' in html
    both = dd.highlight_html("Bị phạt tiền", ["bị phạt"], ["phạt"])
    assert both == '<mark class="evidence search">Bị phạt</mark> tiền'
    exact = dd.highlight_html("Bị phạt tiền, phát thẻ cử tri", [], ["phạt"], exact=True)
    assert exact.count('<mark class="search">') == 1 and '<mark class="search">phạt</mark>' in exact


def test_audit_details_read_as_text_without_empty_values():
    from monitor.interfaces import dashboard_data as dd

    assert dd.audit_detail({"narrative": None, "note": None, "decision": "dismiss"}) == "decision=dismiss"
    seen = dd.audit_detail({"seen": {"status": "flagged", "narrative": "fraud_claim"}, "ids": [3, 4]})
    assert seen == 'seen={"status": "flagged", "narrative": "fraud_claim"}, ids=[3, 4]'  # was Python's repr
    assert dd.audit_detail({"note": "ghi chú " * 200}).endswith("…") and len(dd.audit_detail({"n": "x" * 900})) == 500
    assert dd.audit_detail(None) == "" and dd.audit_detail({}) == ""
