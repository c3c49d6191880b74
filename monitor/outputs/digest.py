"""The weekly one-page manager digest, as PDF (fpdf2) and HTML with the same content.

The digest covers the seven UTC days ending on its date (inclusive) and compares them with the
seven days before: top narratives and their change, alerts opened, time from a narrative's first
flag to the first official item answering it, feeds that failed, and the three most-shared
confirmed items (largest near-duplicate clusters) with the approved message that rebuts them.

Default date: today; when no item was published in the seven days ending today (an old or demo
database, e.g. the bundled 2021 data), the latest day an item was published.

Charts are PNGs made by plotly + kaleido (needs Chromium) or, when no browser is available,
matplotlib. Text goes through NFC and, in the HTML, through html.escape: feed content is never
markup.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import logging
import shutil
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from monitor import localtime
from monitor.config import AlertSettings
from monitor.errors import AlertError
from monitor.outputs import alert_text
from monitor.outputs.alerts import answering_times, first_answer, match_official, seen_by
from monitor.outputs.digest_pdf import CHART_H, CHART_W, find_font, render_pdf
from monitor.outputs.figures import NARRATIVE_PALETTE, OFFICIAL_COLOUR, narrative_colours
from monitor.outputs.notify import NotifyError, deliver
from monitor.storage.filters import EARLIEST, LATEST, OUT_OF_RANGE
from monitor.textsafe import clip, nfc

log = logging.getLogger(__name__)
DAY = dt.timedelta(days=1)

LABELS = {
    "vi": {
        "title": "Bản tin tuần — giám sát thông tin bầu cử",
        "period": "Từ {start} đến {end} (so với 7 ngày trước)",
        "generated": "Lập lúc {at}",
        "zone": "Giờ theo múi {zone}",
        "chart_daily": "Tin sai lệch mỗi ngày và thông tin chính thức",
        "chart_weeks": "Tuần này so với tuần trước",
        "official": "Tin chính thức",
        "this_week": "Tuần này",
        "prev_week": "Tuần trước",
        "narratives": "Luận điệu nổi bật",
        "narrative": "Luận điệu",
        "change": "Thay đổi",
        "alerts": "Cảnh báo mới",
        "no_alerts": "Không có cảnh báo mới.",
        "responses": "Thời gian phản hồi",
        "first_flag": "Phát hiện đầu tiên",
        "answered": "Phản hồi chính thức",
        "hours": "Số giờ",
        "no_answer": "chưa có",
        "no_flags": "Không có luận điệu sai lệch mới trong tuần.",
        "feeds": "Nguồn tin bị lỗi",
        "no_feeds": "Không có nguồn tin nào bị lỗi.",
        "failures": "{n} lần lỗi",
        "top_items": "Tin sai lệch được chia sẻ nhiều nhất (đã xác nhận)",
        "no_items": "Không có tin nào được xác nhận trong tuần.",
        "copies": "{copies} bản sao từ {sources} nguồn",
        "rebuttal": "Thông điệp phản bác",
        "no_rebuttal": "chưa có thông điệp phù hợp",
        "kinds": {"spike": "Tăng đột biến", "new_cluster": "Cụm tin mới", "response_gap": "Chưa phản hồi"},
        "new": "mới",
    },
    "en": {
        "title": "Weekly digest — election information integrity",
        "period": "{start} to {end} (compared with the 7 days before)",
        "generated": "Generated {at}",
        "zone": "Times in {zone}",
        "chart_daily": "Distorted items per day and official messaging",
        "chart_weeks": "This week vs the previous week",
        "official": "Official items",
        "this_week": "This week",
        "prev_week": "Previous week",
        "narratives": "Top narratives",
        "narrative": "Narrative",
        "change": "Change",
        "alerts": "New alerts",
        "no_alerts": "No new alerts.",
        "responses": "Response times",
        "first_flag": "First flagged",
        "answered": "Official answer",
        "hours": "Hours",
        "no_answer": "none yet",
        "no_flags": "No new distorted narratives this week.",
        "feeds": "Feeds that failed",
        "no_feeds": "No feed failed.",
        "failures": "{n} failures",
        "top_items": "Most-shared confirmed items",
        "no_items": "No item was confirmed this week.",
        "copies": "{copies} copies from {sources} sources",
        "rebuttal": "Rebuttal",
        "no_rebuttal": "no matching approved message",
        "kinds": {"spike": "Spike", "new_cluster": "New cluster", "response_gap": "Response gap"},
        "new": "new",
    },
}


# --- the content ---------------------------------------------------------------------------
@dataclass
class DigestData:
    day: dt.date
    lang: str
    generated_at: dt.datetime
    days: list[dt.date]
    narratives: list[dict] = field(default_factory=list)  # key, name, this, prev, change
    daily: dict[str, list[int]] = field(default_factory=dict)  # narrative name → count per day
    colours: dict[str, str] = field(default_factory=dict)  # narrative name → its colour on every chart
    official_daily: list[int] = field(default_factory=list)
    alerts: list[dict] = field(default_factory=list)
    responses: list[dict] = field(default_factory=list)  # name, first_flag, answered_at, hours
    failed_feeds: list[dict] = field(default_factory=list)  # source_name, failures, last_error, last_at
    top_items: list[dict] = field(default_factory=list)  # title, source_name, narrative, copies, sources, rebuttal
    tz: dt.tzinfo = field(default_factory=localtime.zone)  # the office's zone: every time printed is in it

    def when(self, t: dt.datetime | None, pattern: str = "%d/%m %H:%M") -> str:
        """A time as printed: in the office's zone."""
        return localtime.fmt(t, self.tz, pattern)

    @property
    def stamp(self) -> str:
        """'Generated 29/11/2026 10:52 · Times in Asia/Ho_Chi_Minh (UTC+07:00)'."""
        return (
            self.t["generated"].format(at=self.when(self.generated_at, "%d/%m/%Y %H:%M"))
            + " · "
            + self.t["zone"].format(zone=localtime.zone_label(self.tz, self.generated_at))
        )

    @property
    def t(self) -> dict:
        return LABELS[self.lang]

    @property
    def start(self) -> dt.date:
        return self.days[0]


def _midnight(d: dt.date, tz: dt.tzinfo = dt.UTC) -> dt.datetime:
    """The start of day `d` in zone `tz`, in UTC."""
    return dt.datetime.combine(d, dt.time.min, tz).astimezone(dt.UTC)


def default_day(store, today: dt.date) -> dt.date:
    """Today, or the latest published day when nothing was published in the last 7 days."""
    _, latest = store.date_range()
    if latest is None:
        return today
    if latest >= _midnight(today) - 6 * DAY:
        return today
    return latest.date()


def parse_day(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise AlertError(f"--date: must be a day like 2021-05-23 (got {text!r})") from None
    if not EARLIEST.date() <= day < LATEST.date():
        raise AlertError(f"--date: {text!r} {OUT_OF_RANGE}")
    return day


def _change(this: int, prev: int, new_label: str = "new") -> str:
    if prev == 0:
        return new_label if this else "0"
    pct = (this - prev) * 100 / prev
    return f"{pct:+.0f}%"


def collect(
    store,
    day: dt.date,
    lang: str = "vi",
    now: dt.datetime | None = None,
    settings: AlertSettings | None = None,
    tz: dt.tzinfo | None = None,
) -> DigestData:
    """Everything the digest shows, read through storage verbs; times printed in `tz` (default
    the office's zone)."""
    settings = settings or AlertSettings()
    lang = lang if lang in LABELS else "vi"
    now = now or dt.datetime.now(dt.UTC)
    tz = tz or localtime.zone()
    # the office's days: the week is the seven days to `day` on its clock
    start, end = _midnight(day - 6 * DAY, tz), _midnight(day + DAY, tz)
    prev_start = _midnight(day - 13 * DAY, tz)
    days = [day - dt.timedelta(days=i) for i in range(6, -1, -1)]
    data = DigestData(day=day, lang=lang, generated_at=now, days=days, tz=tz)
    narratives = store.list_narratives()
    names = {n["key"]: nfc(n[f"name_{lang}"]) for n in narratives}
    colours = narrative_colours([n["key"] for n in narratives])

    def name(key: str | None) -> str:
        return names.get(key or "", nfc(key or "—"))

    this: dict[str, int] = {}
    daily: dict[str, list[int]] = {}
    for r in store.narrative_counts(start, end, "day", tz=tz):
        if not r["narrative"] or r["narrative"] == "none":
            continue
        this[r["narrative"]] = this.get(r["narrative"], 0) + r["count"]
        idx = (r["bucket"].date() - days[0]).days
        if 0 <= idx < 7:
            daily.setdefault(r["narrative"], [0] * 7)[idx] += r["count"]
    prev: dict[str, int] = {}
    for r in store.narrative_counts(prev_start, start, "day", tz=tz):
        if r["narrative"] and r["narrative"] != "none":
            prev[r["narrative"]] = prev.get(r["narrative"], 0) + r["count"]
    for key in sorted(set(this) | set(prev), key=lambda k: (-this.get(k, 0), -prev.get(k, 0), k)):
        data.narratives.append(
            {
                "key": key,
                "name": name(key),
                "this": this.get(key, 0),
                "prev": prev.get(key, 0),
                "change": _change(this.get(key, 0), prev.get(key, 0), data.t["new"]),
            }
        )
    data.daily = {name(k): v for k, v in sorted(daily.items(), key=lambda kv: -sum(kv[1]))}
    data.colours = {name(k): colours[k] for k in daily if k in colours}
    data.official_daily = [0] * 7
    for r in store.official_counts(start, end, "day", tz=tz):
        idx = (r["bucket"].date() - days[0]).days
        if 0 <= idx < 7:
            data.official_daily[idx] += r["count"]

    data.alerts = [
        {**a, "detail": nfc(alert_text.detail(a, lang, names, data.tz))}
        for a in store.alerts(limit=200, since=start)
        if a["created_at"] < end and seen_by(a, None, None)  # the office's digest: no private view's alert
    ]

    messages = store.approved_messages()
    responses = match_official(store.official_responses(start, end), messages, settings.response_match_min_score)
    times = answering_times(responses, messages)
    for key, first in sorted(store.first_seen(start, end).items(), key=lambda kv: kv[1]):
        if not key or key == "none":
            continue
        ans = first_answer(first, times.get(key, []))
        hours = round((ans - first).total_seconds() / 3600, 1) if ans else None
        data.responses.append(
            {
                "key": key,
                "name": name(key),
                "first_flag": first,
                "answered_at": ans,
                "hours": hours,
                "hours_text": alert_text.number(hours, data.lang) if hours is not None else None,  # 141,2 in vi
            }
        )

    feeds: dict[str, dict] = {}
    for r in store.feed_outages(start, end):
        f = feeds.setdefault(r["source_name"], {"source_name": r["source_name"], "failures": 0})
        f["failures"] += 1
        f["last_error"], f["last_at"], f["status"] = r["error"] or r["status"], r["started_at"], r["status"]
    data.failed_feeds = sorted(feeds.values(), key=lambda f: (-f["failures"], f["source_name"]))

    by_key = {m["key"]: m for m in messages}
    for it in store.top_confirmed_clusters(start, end, limit=3):
        msg = by_key.get(it.get("matched_message_key") or "")
        if msg is None:  # fall back to the first approved message that answers the narrative
            msg = next((m for m in messages if it["narrative"] in (m.get("narratives") or [])), None)
        data.top_items.append(
            {
                "title": nfc(it["title"]),
                "url": it.get("url"),
                "source_name": nfc(it["source_name"]),
                "narrative": name(it["narrative"]),
                "copies": it["copies"],
                "sources": it["sources"],
                "rebuttal": nfc(msg[f"title_{lang}"] or msg["title_vi"]) if msg else None,
            }
        )
    return data


# --- charts --------------------------------------------------------------------------------


def _browser_available() -> bool:
    return any(shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome", "chrome"))


def _plotly_pngs(data: DigestData) -> list[bytes]:
    import kaleido
    import plotly.graph_objects as go

    t = data.t
    x = [d.strftime("%d/%m") for d in data.days]
    daily = go.Figure()
    for n, counts in data.daily.items():
        daily.add_bar(x=x, y=counts, name=n, marker_color=data.colours.get(n, NARRATIVE_PALETTE[0]))
    daily.add_scatter(
        x=x,
        y=data.official_daily,
        name=t["official"],
        mode="lines+markers",
        line={"color": OFFICIAL_COLOUR, "width": 3},
    )
    daily.update_layout(barmode="stack", title=t["chart_daily"])
    names = [r["name"] for r in data.narratives][:7][::-1]
    weeks = go.Figure()
    weeks.add_bar(
        y=names,
        x=[r["prev"] for r in data.narratives][:7][::-1],
        name=t["prev_week"],
        orientation="h",
        marker_color="#bdc3c7",
    )
    weeks.add_bar(
        y=names,
        x=[r["this"] for r in data.narratives][:7][::-1],
        name=t["this_week"],
        orientation="h",
        marker_color="#c0392b",
    )
    weeks.update_layout(barmode="group", title=t["chart_weeks"])
    for fig in (daily, weeks):
        fig.update_layout(
            template="plotly_white",
            font={"family": "DejaVu Sans, Arial", "size": 12},
            margin={"l": 10, "r": 10, "t": 40, "b": 10},
            title_font_size=13,
            legend={"orientation": "h", "y": -0.15, "font": {"size": 9}},
        )
        fig.update_yaxes(automargin=True)
    glob = getattr(kaleido, "_global_server", None)
    started = not (glob is not None and glob.is_running())
    if started:  # one browser for both charts (and stopped only if we started it)
        kaleido.start_sync_server(silence_warnings=True)
    try:
        with warnings.catch_warnings():  # plotly passes options the running server already has
            warnings.filterwarnings("ignore", message=".*ignored if using a server.*")
            return [fig.to_image(format="png", width=CHART_W, height=CHART_H, scale=2) for fig in (daily, weeks)]
    finally:
        if started:
            kaleido.stop_sync_server(silence_warnings=True)


def _matplotlib_pngs(data: DigestData) -> list[bytes]:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    t = data.t
    out = []
    x = [d.strftime("%d/%m") for d in data.days]
    fig = Figure(figsize=(CHART_W / 100, CHART_H / 100), dpi=200)
    ax = fig.subplots()
    bottom = [0] * 7
    for n, counts in data.daily.items():
        ax.bar(x, counts, bottom=bottom, label=n, color=data.colours.get(n, NARRATIVE_PALETTE[0]))
        bottom = [a + b for a, b in zip(bottom, counts, strict=True)]
    ax.plot(x, data.official_daily, color=OFFICIAL_COLOUR, marker="o", linewidth=2, label=t["official"])
    ax.set_title(t["chart_daily"], fontsize=11)
    ax.legend(fontsize=7, loc="upper left")
    ax.tick_params(labelsize=8)
    fig.tight_layout()
    out.append(fig)
    fig = Figure(figsize=(CHART_W / 100, CHART_H / 100), dpi=200)
    ax = fig.subplots()
    rows = data.narratives[:7][::-1]
    ys = range(len(rows))
    ax.barh([y - 0.2 for y in ys], [r["prev"] for r in rows], height=0.4, color="#bdc3c7", label=t["prev_week"])
    ax.barh([y + 0.2 for y in ys], [r["this"] for r in rows], height=0.4, color="#c0392b", label=t["this_week"])
    ax.set_yticks(list(ys), [clip(r["name"], 26) for r in rows], fontsize=8)
    ax.set_title(t["chart_weeks"], fontsize=11)
    ax.legend(fontsize=7)
    ax.tick_params(axis="x", labelsize=8)
    fig.tight_layout()
    out.append(fig)
    pngs = []
    for f in out:
        buf = io.BytesIO()
        f.savefig(buf, format="png")
        pngs.append(buf.getvalue())
    return pngs


def render_charts(data: DigestData, engine: str = "auto") -> list[tuple[str, bytes]]:
    """[(title, PNG bytes)] for the daily chart and the week-over-week chart."""
    titles = [data.t["chart_daily"], data.t["chart_weeks"]]
    if engine == "plotly" or (engine == "auto" and _browser_available()):
        try:
            return list(zip(titles, _plotly_pngs(data), strict=True))
        except Exception as exc:  # noqa: BLE001 — a missing or crashing browser: draw with matplotlib
            if engine == "plotly":
                raise AlertError(f"plotly charts need Chromium for kaleido: {exc}") from None
            log.warning("plotly/kaleido charts failed (%s); using matplotlib", exc)
    return list(zip(titles, _matplotlib_pngs(data), strict=True))


# --- HTML ----------------------------------------------------------------------------------
def render_html(data: DigestData, charts: list[tuple[str, bytes]]) -> str:
    """A standalone page; every piece of stored text is escaped, charts are inline PNGs."""
    t = data.t
    e = lambda v: html.escape(nfc(v), quote=True)  # noqa: E731
    parts = [
        "<!doctype html>",
        f'<html lang="{data.lang}"><head><meta charset="utf-8">',
        f"<title>{e(t['title'])} {data.day.isoformat()}</title>",
        "<style>body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:860px;margin:1em auto;font-size:14px;color:#222}"
        "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:3px 6px;text-align:left}"
        ".charts img{width:49%}h2{font-size:16px;margin:1em 0 .3em}.muted{color:#777}</style></head><body>",
        f"<h1>{e(t['title'])}</h1>",
        f"<p>{e(t['period'].format(start=data.start.strftime('%d/%m/%Y'), end=data.day.strftime('%d/%m/%Y')))}"
        f' <span class="muted">{e(data.stamp)}</span></p>',
        '<div class="charts">',
    ]
    for title, png in charts:
        parts.append(f'<img alt="{e(title)}" src="data:image/png;base64,{base64.b64encode(png).decode()}">')
    parts.append("</div>")
    parts.append(
        f"<h2>{e(t['narratives'])}</h2><table><tr><th>{e(t['narrative'])}</th><th>{e(t['this_week'])}</th>"
        f"<th>{e(t['prev_week'])}</th><th>{e(t['change'])}</th></tr>"
    )
    for r in data.narratives[:7]:
        parts.append(
            f"<tr><td>{e(r['name'])}</td><td>{r['this']}</td><td>{r['prev']}</td><td>{e(r['change'])}</td></tr>"
        )
    parts.append("</table>")
    parts.append(f"<h2>{e(t['alerts'])} ({len(data.alerts)})</h2>")
    if data.alerts:
        parts.append("<ul>")
        for a in data.alerts[:6]:
            kind = t["kinds"].get(a["kind"], a["kind"])
            parts.append(f"<li><b>{e(kind)}</b> {e(data.when(a['created_at']))} — {e(a['detail'])}</li>")
        parts.append("</ul>")
    else:
        parts.append(f"<p>{e(t['no_alerts'])}</p>")
    parts.append(f"<h2>{e(t['responses'])}</h2>")
    if data.responses:
        parts.append(
            f"<table><tr><th>{e(t['narrative'])}</th><th>{e(t['first_flag'])}</th><th>{e(t['answered'])}</th><th>{e(t['hours'])}</th></tr>"
        )
        for r in data.responses:
            hours = r["hours_text"] or t["no_answer"]
            parts.append(
                f"<tr><td>{e(r['name'])}</td><td>{e(data.when(r['first_flag']))}</td>"
                f"<td>{e(data.when(r['answered_at']))}</td><td>{e(hours)}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append(f"<p>{e(t['no_flags'])}</p>")
    parts.append(f"<h2>{e(t['feeds'])}</h2>")
    if data.failed_feeds:
        parts.append("<ul>")
        for f in data.failed_feeds[:6]:
            parts.append(
                f"<li>{e(f['source_name'])}: {e(t['failures'].format(n=f['failures']))} — "
                f"{e(clip(f['last_error'], 120))}</li>"
            )
        parts.append("</ul>")
    else:
        parts.append(f"<p>{e(t['no_feeds'])}</p>")
    parts.append(f"<h2>{e(t['top_items'])}</h2>")
    if data.top_items:
        parts.append("<ol>")
        for it in data.top_items:
            rebuttal = it["rebuttal"] or t["no_rebuttal"]
            parts.append(
                f"<li><b>{e(clip(it['title'], 160))}</b> — {e(it['source_name'])}, {e(it['narrative'])}; "
                f"{e(t['copies'].format(copies=it['copies'], sources=it['sources']))}<br>"
                f"{e(t['rebuttal'])}: {e(rebuttal)}</li>"
            )
        parts.append("</ol>")
    else:
        parts.append(f"<p>{e(t['no_items'])}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


@dataclass
class DigestFiles:
    pdf: Path
    html: Path
    data: DigestData
    pdf_bytes: bytes
    html_text: str


@dataclass
class Digest:
    data: DigestData
    pdf_bytes: bytes
    html_text: str


def make(
    store,
    settings: AlertSettings,
    day: dt.date | None = None,
    lang: str = "vi",
    now: dt.datetime | None = None,
    tz: dt.tzinfo | None = None,
) -> Digest:
    """The digest's content, PDF and HTML, in memory (the dashboard offers them for download)."""
    now = now or dt.datetime.now(dt.UTC)
    day = day or default_day(store, now.date())
    data = collect(store, day, lang, now, settings, tz)
    charts = render_charts(data, settings.digest_charts)
    return Digest(data, render_pdf(data, charts, find_font(settings)), render_html(data, charts))


def build(
    store,
    settings: AlertSettings,
    day: dt.date | None = None,
    out: Path | None = None,
    out_dir: Path | None = None,
    lang: str = "vi",
    now: dt.datetime | None = None,
    tz: dt.tzinfo | None = None,
) -> DigestFiles:
    """Write the PDF and the HTML digest (HTML beside the PDF, same name)."""
    made = make(store, settings, day, lang, now, tz)
    if out is None:
        out = (out_dir or Path(".")) / f"digest-{made.data.day.isoformat()}.pdf"
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        out = out.with_suffix(".pdf")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(made.pdf_bytes)
    html_path = out.with_suffix(".html")
    html_path.write_text(made.html_text, encoding="utf-8")
    return DigestFiles(out, html_path, made.data, made.pdf_bytes, made.html_text)


def send(store, settings: AlertSettings, files: DigestFiles, sleep=None) -> None:
    """E-mail the digest (HTML body, PDF attached); raises NotifyError when it could not be sent."""
    import time

    if not (settings.smtp_host and settings.mail_to):
        raise NotifyError("--send needs e-mail settings: alerts.smtp_host and alerts.mail_to")
    subject = f"{files.data.t['title']} {files.data.day.strftime('%d/%m/%Y')}"
    lines = [subject] + [f"- {r['name']}: {r['this']} ({r['change']})" for r in files.data.narratives[:7]]
    results = deliver(
        store,
        settings,
        f"digest:{files.data.day.isoformat()}",
        subject=subject,
        text="\n".join(lines),
        html=files.html_text,
        attachments=[(files.pdf.name, files.pdf_bytes, "application/pdf")],
        only=["email"],
        sleep=sleep or time.sleep,
    )
    failed = [d for d in results if not d.ok]
    if failed:
        raise NotifyError(f"digest not sent after {failed[0].attempts} attempts: {failed[0].error}")
