"""The weekly digest on a small demo-like database (2021 dates): a one-page PDF with charts,
the same content as escaped HTML, and the CLI commands around it."""

from __future__ import annotations

import datetime as dt
import io
import shutil

import pytest
from click.testing import CliRunner

from monitor.analysis.taxonomy import load_messages, load_taxonomy
from monitor.config import PROJECT_ROOT, AlertSettings
from monitor.interfaces.cli import main
from monitor.models import FetchResult, FetchStatus
from monitor.outputs.alerts import check_alerts
from monitor.outputs.digest import build, default_day, render_charts
from tests.alerts.world import World

pypdf = pytest.importorskip("pypdf")

DAY = dt.date(2021, 5, 23)
EVIL = "<script>alert('x')</script> Bầu cử bị hoãn & dời sang 30/5"


def _t(days_before: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2021, 5, 23, hour, tzinfo=dt.UTC) - dt.timedelta(days=days_before)


def demo_like(store) -> World:
    taxonomy = load_taxonomy(PROJECT_ROOT / "data" / "narratives.yaml")
    store.sync_narratives([n.model_dump() for n in taxonomy.narratives])
    store.seed_approved_messages(
        [m.model_dump() for m in load_messages(PROJECT_ROOT / "data" / "approved_messages.yaml", taxonomy)]
    )
    w = World(store)
    for d in range(13, 6, -1):  # the previous week: a little fraud talk
        w.add(_t(d), "fraud_claim", source="fb-a")
    for d in range(6, -1, -1):  # this week: procedure_false grows, fraud_claim too
        w.add(_t(d), "procedure_false", n=d % 3 + 1, source="news-a")
        w.add(_t(d, 15), "fraud_claim", source="fb-b")
    # The most shared confirmed story: five copies from four sources.
    w.add(
        _t(2),
        "procedure_false",
        status="confirmed",
        cluster_key="c-date",
        title=EVIL,
        source="fb-a",
        matched="election-date-2021",
    )
    for src in ["fb-b", "fb-c", "news-a", "fb-c2"]:
        w.add(_t(2, 11), "procedure_false", cluster_key="c-date", source=src)
    w.add(
        _t(1), "fraud_claim", status="confirmed", cluster_key="c-rig", title="Kết quả đã được định trước", source="fb-b"
    )
    w.add(_t(1, 10), "fraud_claim", cluster_key="c-rig", source="fb-c")
    w.add(_t(3), "fabricated_results", status="confirmed", title="Tỷ lệ cử tri đi bầu chỉ 20%", source="fb-a")
    # Official answers: the date message the day after the first procedure_false flag.
    w.add(
        _t(5, 12),
        "none",
        status="unflagged",
        kind="official",
        source="gov",
        matched="election-date-2021",
        title="Ngày bầu cử không thay đổi",
    )
    # A feed that failed twice this week.
    sid = w.source("broken-feed")
    for d in (4, 2):
        store.save_fetch(FetchResult(sid, FetchStatus.TEMPORARY, _t(d), _t(d), error="connect timeout <b>"), [], _t(d))
    check_alerts(store, AlertSettings(kinds=["response_gap"]), _t(0, 14))  # 21:00 in Hà Nội: the digest's last day
    return w


def test_default_day_falls_back_to_the_latest_published_day(store):
    assert default_day(store, dt.date(2026, 1, 1)) == dt.date(2026, 1, 1)  # empty database
    demo_like(store)
    assert default_day(store, dt.date(2026, 1, 1)) == DAY
    assert default_day(store, dt.date(2021, 5, 25)) == dt.date(2021, 5, 25)


def _pdf_checks(pdf_bytes: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes))
    assert len(reader.pages) == 1  # one page for a manager
    page = reader.pages[0]
    assert len(page.images) >= 2  # the two charts
    return page.extract_text()


def test_digest_pdf_and_html(store, tmp_path):
    demo_like(store)
    files = build(
        store,
        AlertSettings(digest_charts="matplotlib"),
        day=DAY,
        out=tmp_path / "d.pdf",
        lang="vi",
        now=dt.datetime(2021, 5, 24, tzinfo=dt.UTC),
    )
    data = files.data
    assert [r["key"] for r in data.narratives][:2] == ["procedure_false", "fraud_claim"]
    fraud = next(r for r in data.narratives if r["key"] == "fraud_claim")
    assert (fraud["this"], fraud["prev"]) == (9, 7)
    assert data.top_items[0]["copies"] == 5 and data.top_items[0]["sources"] == 5
    assert data.top_items[0]["rebuttal"].startswith("Ngày bầu cử")
    assert len(data.top_items) == 3
    pf = next(r for r in data.responses if r["key"] == "procedure_false")
    assert pf["hours"] == 27.0  # first flag 09:00 on the 17th, official answer 12:00 on the 18th
    assert pf["hours_text"] == "27"  # written as the reader writes numbers (141,2 in Vietnamese)
    fr = next(r for r in data.responses if r["key"] == "fraud_claim")
    assert fr["answered_at"] is None
    assert [f["failures"] for f in data.failed_feeds] == [2]
    assert {a["kind"] for a in data.alerts} == {"response_gap"}
    # each alert's detail in the digest's language, the narrative named (was the English `why` line)
    assert all("mà sau hơn" in a["detail"] and "_" not in a["detail"] for a in data.alerts)

    text = _pdf_checks(files.pdf.read_bytes())
    assert "Bản tin tuần" in text and "broken-feed" in text

    html = files.html.read_text(encoding="utf-8")
    assert files.html == tmp_path / "d.html"
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "connect timeout &lt;b&gt;" in html
    assert html.count('src="data:image/png;base64,') == 2
    assert "Sai lệch về thủ tục bầu cử" in html  # narrative names in Vietnamese, NFC
    assert all(a["detail"] in html for a in data.alerts)


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("chromium"), reason="plotly charts need Chromium for kaleido")
def test_plotly_charts_through_kaleido(store):
    demo_like(store)
    from monitor.outputs.digest import collect

    charts = render_charts(collect(store, DAY, "en"), "plotly")
    assert len(charts) == 2 and all(png.startswith(b"\x89PNG") for _, png in charts)


def test_cli_digest_and_alerts(tmp_path, store, monkeypatch):
    if store.dialect != "sqlite":
        pytest.skip("the CLI test uses its own SQLite file")
    monkeypatch.setattr("monitor.outputs.digest._browser_available", lambda: False)  # matplotlib: faster
    demo_like(store)
    db = store.url
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text("settings:\n  ui_language: en\nfeeds: []\n", encoding="utf-8")
    run = CliRunner().invoke
    res = run(main, ["digest", "--config", str(cfg), "--db", db, "--out", str(tmp_path / "w.pdf")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "w.pdf").exists() and (tmp_path / "w.html").exists()
    assert "Weekly digest" in (tmp_path / "w.html").read_text(encoding="utf-8")
    res = run(main, ["digest", "--config", str(cfg), "--db", db, "--date", "23/05/2021"])
    assert res.exit_code == 2 and "error: --date: must be a day like 2021-05-23" in res.output
    res = run(main, ["alerts", "list", "--config", str(cfg), "--db", db])
    assert res.exit_code == 0 and "response_gap" in res.output
    alert_id = store.open_alerts()[0]["id"]
    store.add_user("manager1", "not-a-real-hash", "manager")
    res = run(main, ["alerts", "ack", str(alert_id), "--user", "manager1", "--config", str(cfg), "--db", db])
    assert res.exit_code == 0 and "acknowledged by manager1" in res.output
    res = run(main, ["alerts", "ack", "999", "--user", "manager1", "--config", str(cfg), "--db", db])
    assert res.exit_code == 2 and "error: no alert #999" in res.output
    res = run(main, ["alerts", "check", "--at", "2021-05-23T21:00", "--no-notify", "--config", str(cfg), "--db", db])
    assert res.exit_code == 0 and "0 new alert(s)" in res.output, res.output
    res = run(main, ["alerts", "check", "--at", "yesterday", "--config", str(cfg), "--db", db])
    assert res.exit_code == 2 and "error: --at: must be a time" in res.output
