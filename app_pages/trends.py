"""Trends: distorted items per narrative over time next to approved-messaging volume, share of
voice, spikes, time to response, top sources, and the gaps when a feed was down."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from app_pages import view_bar
from monitor.errors import MonitorError
from monitor.i18n import error_text, t
from monitor.interfaces import dashboard_data as dd
from monitor.outputs.exports import to_csv
from monitor.outputs.saved_views import filters_to_trends, trends_to_filters

PAGE = "trends"
user, lang, url, store, config, names, ss = dd.page(PAGE)
all_keys = [n["key"] for n in dd.narratives(url)]  # taxonomy order: each narrative's colour
distortion_keys = [n["key"] for n in dd.narratives(url) if n["distortion"]]

st.title(t("trends.title", lang))
alert_kinds = {  # the kinds in the reader's language
    "spike": t("trends.alert_spike", lang),
    "new_cluster": t("trends.alert_new_cluster", lang),
    "response_gap": t("trends.alert_response_gap", lang),
    "view": t("trends.alert_view", lang),
    "emerging": t("trends.alert_emerging", lang),
}
if flash := ss.pop("trends_flash", None):
    st.success(flash)
if alerts := dd.visible_alerts(url, user):
    unseen = sum(1 for a in alerts if not a.get("acknowledged_at"))
    with st.expander(t("trends.alerts_panel", lang, n=len(alerts), unseen=unseen)):
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "#": a["id"],
                        t("col.at", lang): dd.local_time(a.get("window_start") or a.get("created_at")),
                        t("col.kind", lang): alert_kinds.get(a.get("kind"), a.get("kind")),
                        t("col.narrative", lang): names.get(a.get("narrative"), a.get("narrative")),
                        t("trends.count", lang): a.get("count"),
                        t("col.detail", lang): dd.alert_detail(a, lang, names),
                        t("trends.alert_acknowledged_by", lang): a.get("acknowledged_by") or "",
                    }
                    for a in alerts
                ]
            ),
            hide_index=True,
            width="stretch",
        )
        pending = {
            a["id"]: t(
                "trends.alert_option",
                lang,
                id=a["id"],
                kind=alert_kinds.get(a.get("kind"), a.get("kind")),
                what=names.get(a.get("narrative"), a.get("narrative") or a.get("cluster_key") or ""),
            )
            for a in alerts
            if not a.get("acknowledged_at")
        }
        if pending:
            a1, a2 = st.columns([4, 1], vertical_alignment="bottom")
            seen = a1.multiselect(
                t("trends.alert_pick", lang),
                list(pending),
                format_func=pending.get,
                key="trends_ack_pick",
                placeholder=t("common.choose", lang),
                help=t("trends.alert_ack_help", lang),
            )
            if a2.button(t("trends.alert_ack", lang), key="trends_ack", disabled=not seen) and dd.allowed(PAGE):
                try:
                    done = sum(store.acknowledge_alert(alert_id, user["username"]) for alert_id in seen)
                except MonitorError as exc:  # e.g. an alert another session closed meanwhile
                    st.error(error_text(exc, lang))
                else:
                    dd.open_alerts.clear()  # the badge and this table read it
                    ss.pop("trends_ack_pick", None)
                    ss["trends_flash"] = t("trends.alert_acked", lang, n=done)
                    st.rerun()

lo, hi = dd.date_range(url)
if lo is None or hi is None:
    st.info(t("trends.no_data", lang))
    st.stop()
lo_d, hi_d = lo.astimezone(dd.LOCAL_TZ).date(), hi.astimezone(dd.LOCAL_TZ).date()

# --- saved views: opening one sets the three controls below ----------------------------------
view_bar.picker(PAGE, user, lang, lambda filters: filters_to_trends(filters, lo_d, hi_d, distortion_keys))
ss.setdefault("trends_range", (max(lo_d, hi_d - dt.timedelta(days=60)), hi_d))
ss.setdefault("trends_narr", list(distortion_keys))

c1, c2, c3 = st.columns([2, 1, 3])
picked = c1.date_input(
    t("trends.range", lang),
    format="DD/MM/YYYY" if lang == "vi" else "YYYY-MM-DD",
    min_value=lo_d,
    max_value=hi_d,
    key="trends_range",
    persist_state="session",  # leaving for another page and coming back keeps the choice
)
granularity = c2.radio(
    t("trends.granularity", lang),
    ["day", "week"],
    key="trends_gran",
    persist_state="session",
    horizontal=True,
    format_func=lambda g: t(f"trends.{g}", lang),
)
chosen = c3.multiselect(
    t("queue.narratives", lang),
    distortion_keys,
    key="trends_narr",
    format_func=names.get,
    persist_state="session",
    placeholder=t("common.choose", lang),
)
if not isinstance(picked, tuple | list) or len(picked) != 2:
    st.stop()  # the user is halfway through picking a range
if not chosen:  # no chart, and no share of voice of nothing against official messaging
    st.info(t("trends.pick_narrative", lang))
    st.stop()
with st.expander(t("views.save_title", lang)):
    view_bar.save_form(
        PAGE,
        user,
        lang,
        lambda: trends_to_filters(picked[0], picked[1], hi_d, granularity, chosen, distortion_keys),
    )
start = dt.datetime.combine(picked[0], dt.time.min, dd.LOCAL_TZ).astimezone(dt.UTC)
end = dt.datetime.combine(picked[1] + dt.timedelta(days=1), dt.time.min, dd.LOCAL_TZ).astimezone(dt.UTC)
data = dd.trend_data(url, start, end, granularity)

step = pd.Timedelta(days=1 if granularity == "day" else 7)
zone = dd.zone_name()  # days and weeks are the office's
axis_title = t("trends.axis_date" if granularity == "day" else "trends.axis_week", lang, zone=zone)
counts = pd.DataFrame(data["narratives"], columns=["bucket", "narrative", "count"])
counts = counts[counts["narrative"].isin(chosen)]
official = pd.DataFrame(data["official"], columns=["bucket", "count"])
if counts.empty and official.empty:
    st.info(t("trends.no_data", lang))
    st.stop()

# One row per bucket, no holes: a day with nothing is a zero, not a missing point.
first = min(x for x in [counts["bucket"].min(), official["bucket"].min()] if pd.notna(x))
last = max(x for x in [counts["bucket"].max(), official["bucket"].max()] if pd.notna(x))
index = pd.date_range(first, last, freq="D" if granularity == "day" else "7D")
wide = counts.pivot_table(index="bucket", columns="narrative", values="count", aggfunc="sum").reindex(
    index, fill_value=0
)
wide = wide.reindex(columns=chosen).fillna(0).astype(int)  # a chosen narrative with no items: a panel of zeros
off_series = official.set_index("bucket")["count"].reindex(index, fill_value=0).fillna(0).astype(int)

buckets = [b.to_pydatetime() for b in index]
answers = dd.answer_counts(url, start, end, tuple(buckets), step.days)
spikes = {n: dd.spikes(wide[n].tolist(), config.alerts, bucket_days=step.days) for n in wide.columns}
gaps = dd.outage_intervals(data["outages"], step.to_pytimedelta(), tz=dd.LOCAL_TZ)
fig = dd.trends_figure(
    buckets,
    {n: wide[n].tolist() for n in chosen if n in wide.columns},
    answers,
    spikes,
    dd.narrative_colours(all_keys),
    {
        "distorted": t("trends.axis_distorted", lang),
        "official": t("trends.official_answers", lang),
        "spike": t("trends.spike", lang),
        "outage": t("trends.outage", lang),
        "axis_count": t("trends.count", lang),
        "axis_date": axis_title,
        "title": t("trends.chart", lang),
    },
    names,
    date_format=t("trends.date_format", lang),
    outages=gaps,
)
st.caption(t("trends.chart_help", lang))
st.plotly_chart(fig, width="stretch", key="trends_chart")

chart_data = wide.rename(columns=names).assign(**{t("trends.official", lang): off_series})
for n in chosen:  # each narrative's answering official items next to its volume, as on the chart
    if n in answers:
        chart_data[f"{names.get(n, n)} · {t('trends.official_answers', lang)}"] = answers[n]
chart_data.index.name = axis_title
csv_rows = chart_data.reset_index().to_dict("records")
d1, d2, _ = st.columns([1, 1, 3])
d1.download_button(
    t("common.download_csv", lang),
    to_csv(csv_rows, list(chart_data.reset_index().columns)),
    file_name=f"trends-{picked[0]}-{picked[1]}.csv",
    mime="text/csv",
    on_click="ignore",
    key="trends_csv",
)


def _png() -> bytes:  # runs only when the button is clicked (Streamlit calls it on its own thread)
    return dd.figure_png(fig)


if dd.png_available():
    d2.download_button(
        t("common.download_png", lang),
        _png,
        file_name=f"trends-{picked[0]}-{picked[1]}.png",
        mime="image/png",
        on_click="ignore",
        key="trends_png",
    )
else:
    d2.caption(t("trends.png_needs", lang))

# --- share of voice and time to response -----------------------------------------------------
s1, s2 = st.columns(2)
with s1:
    st.subheader(t("trends.share", lang))
    distorted_total, official_total = int(wide.values.sum()), int(off_series.sum())
    total = distorted_total + official_total
    st.metric(t("trends.share_metric", lang), f"{(official_total / total * 100 if total else 0):.0f}%")
    colours = dd.narrative_colours(all_keys)
    shown = [n for n in wide.columns if n in chosen]
    share = go.Figure(
        go.Pie(  # official messaging, then each narrative in its own colour
            labels=[t("trends.share_official", lang), *[names.get(n, n) for n in shown]],
            values=[official_total, *[int(wide[n].sum()) for n in shown]],
            hole=0.5,
            sort=False,
            marker={"colors": [dd.OFFICIAL_COLOUR, *[colours.get(n) for n in shown]]},
        )
    )
    share.update_layout(height=280, margin={"t": 10, "b": 10}, separators=",." if lang == "vi" else ".,")
    st.plotly_chart(share, width="stretch", key="trends_share")
with s2:
    st.subheader(t("trends.ttr", lang))
    ttr = dd.response_times(url, start, end)
    rows = [
        {  # the hours first after the narrative: in half the page the last columns are cut off
            t("col.narrative", lang): names.get(n, n),
            t("trends.ttr_hours", lang): v["hours"],
            t("trends.ttr_first", lang): dd.local_time(v["first_seen"]),
            t("trends.ttr_answer", lang): dd.local_time(v["answered_at"])
            if v["answered_at"]
            else t("trends.ttr_none", lang),
        }
        for n, v in sorted(ttr.items(), key=lambda kv: kv[0])
        if n in chosen
    ]
    if rows:
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    else:
        st.caption(t("trends.no_data", lang))

t1, t2 = st.columns(2)
with t1:
    st.subheader(t("trends.top_sources", lang))
    top = [r for r in data["top_sources"] if r["narrative"] in chosen]
    if top:
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        t("col.narrative", lang): names.get(r["narrative"], r["narrative"]),
                        t("col.source", lang): r["source_name"],
                        t("trends.count", lang): r["count"],
                    }
                    for r in top
                ]
            ),
            hide_index=True,
            width="stretch",
        )
    else:
        st.caption(t("trends.no_data", lang))
with t2:
    st.subheader(t("trends.outages", lang))
    if gaps:
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        t("col.at", lang): dd.local_time(g["at"]),
                        t("col.source", lang): ", ".join(sorted(g["sources"])),
                    }
                    for g in gaps
                ]
            ),
            hide_index=True,
            width="stretch",
        )
    else:
        st.caption(t("common.none", lang))

# --- the weekly manager digest (the same PDF/HTML as `monitor digest`) -------------------------
st.subheader(t("digest.title", lang))
g1, g2 = st.columns([1, 3])
digest_day = g1.date_input(
    t("digest.day", lang),
    value=None,
    min_value=lo_d,
    key="trends_digest_day",
    format="DD/MM/YYYY" if lang == "vi" else "YYYY-MM-DD",
    help=t("digest.day_help", lang),
)
if g2.button(t("digest.make", lang), key="trends_digest_make") and dd.allowed(PAGE):
    with st.spinner(t("digest.making", lang)):
        try:
            ss["trends_digest"] = dd.weekly_digest(lang, digest_day)
        except Exception as exc:  # noqa: BLE001 - shown as one line, the page goes on
            st.error(t("digest.failed", lang, error=exc))
if made := ss.get("trends_digest"):
    stem, html_bytes, pdf_bytes = made
    st.components.v1.html(html_bytes.decode("utf-8"), height=640, scrolling=True)
    h1, h2, _ = st.columns([1, 1, 3])
    h1.download_button(
        t("common.download_pdf", lang),
        pdf_bytes,
        file_name=f"{stem}.pdf",
        mime="application/pdf",
        on_click="ignore",
        key="trends_digest_pdf",
    )
    h2.download_button(
        t("digest.download_html", lang),
        html_bytes,
        file_name=f"{stem}.html",
        mime="text/html",
        on_click="ignore",
        key="trends_digest_html",
    )
