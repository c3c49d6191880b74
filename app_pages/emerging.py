"""Emerging: stories about the election that no narrative covers yet, ranked by growth and spread;
name one (a new narrative, its items labelled for the next retrain) or file it as not a distortion."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import streamlit as st

from monitor.analysis.taxonomy import new_narrative
from monitor.errors import MonitorError
from monitor.i18n import t
from monitor.interfaces import dashboard_data as dd

PAGE = "emerging"
user = dd.guard(PAGE)
lang = dd.lang()
url = dd.db_url()
store = dd.store()
settings = dd.get_config().settings
ss = st.session_state

st.title(t("emerging.title", lang))
st.caption(t("emerging.intro", lang))
if flash := ss.pop("emerging_flash", None):
    st.success(flash)

c1, c2 = st.columns(2)
days = int(c1.number_input(t("emerging.days", lang), 1, 90, settings.emerging_days, key="emerging_days"))
min_size = int(
    c2.number_input(t("emerging.min_size", lang), 1, 1000, settings.emerging_min_size, key="emerging_min_size")
)
try:
    clusters = dd.emerging_clusters(url, days, min_size, settings.emerging_weak_score)
except MonitorError as exc:
    st.error(t("common.error", lang, error=exc))
    clusters = []
if not clusters:
    st.info(t("emerging.none", lang))


def _act(cluster: dict, chosen: list[int], name: dict | None) -> None:
    """Run one action after the server-side role check; errors are shown, never raised."""
    if not dd.allowed(PAGE):
        return
    if not chosen:
        st.error(t("emerging.pick_items", lang))
        return
    try:
        if name is None:
            n = store.dismiss_emerging(chosen, user["username"], cluster["id"])
            ss["emerging_flash"] = t("emerging.dismissed", lang, n=n)
        else:
            narrative = new_narrative(**name)
            store.name_emerging(narrative, chosen, user["username"], cluster["id"])
            ss["emerging_flash"] = t("emerging.named", lang, key=narrative.key, n=len(chosen))
    except MonitorError as exc:
        st.error(t("common.error", lang, error=exc))
        return
    dd.invalidate()
    st.rerun()


for rank, c in enumerate(clusters, 1):
    cid = c["id"]
    header = t(
        "emerging.header", lang, rank=rank, label=c["label"], size=c["size"], sources=c["sources"], growth=c["growth"]
    )
    with st.expander(header, expanded=rank == 1):
        m = st.columns(5)
        m[0].metric(t("emerging.size", lang), c["size"])
        m[1].metric(t("emerging.sources", lang), c["sources"])
        m[2].metric(t("emerging.recent", lang), c["recent"])
        m[3].metric(t("emerging.growth", lang), f"×{c['growth']:g}")
        m[4].metric(t("emerging.first_seen", lang), dd.local_time(pd.Timestamp(c["first_seen"]).to_pydatetime()))
        daily = pd.DataFrame(c["daily"]).rename(
            columns={"day": t("emerging.day", lang), "n": t("emerging.per_day", lang)}
        )
        fig = px.bar(daily, x=t("emerging.day", lang), y=t("emerging.per_day", lang))
        fig.update_layout(height=220, margin={"t": 10, "b": 10})
        fig.update_xaxes(tickformat=t("trends.date_format", lang), hoverformat=t("trends.date_format", lang))
        fig.update_yaxes(
            tickformat="d", rangemode="tozero", dtick=dd.integer_dtick(max((d["n"] for d in c["daily"]), default=1))
        )
        st.plotly_chart(fig, width="stretch", key=f"emerging_chart_{cid}")
        st.caption(t("emerging.source_list", lang, names=", ".join(c["source_names"])))
        st.markdown("**" + t("emerging.typical", lang) + "**")
        for item in c["typical"]:
            st.text(
                f"#{item['id']} · {item['source']} · {dd.local_time(pd.Timestamp(item['when']).to_pydatetime())}\n{item['title']}"
            )
        titles = store.item_titles(c["item_ids"])
        chosen = st.multiselect(
            t("emerging.items", lang),
            c["item_ids"],
            default=c["item_ids"],
            key=f"emerging_items_{cid}",
            format_func=lambda i, titles=titles: f"#{i} · {titles.get(i, '')[:90]}",
            placeholder=t("common.choose", lang),
        )
        with st.form(f"emerging_name_{cid}", enter_to_submit=False):
            st.markdown("**" + t("emerging.name_it", lang) + "**")
            f1, f2, f3 = st.columns(3)
            key = f1.text_input(t("emerging.key", lang), key=f"emerging_key_{cid}")
            name_vi = f2.text_input(t("emerging.name_vi", lang), key=f"emerging_name_vi_{cid}")
            name_en = f3.text_input(t("emerging.name_en", lang), key=f"emerging_name_en_{cid}")
            d1, d2 = st.columns(2)
            def_vi = d1.text_area(t("emerging.def_vi", lang), key=f"emerging_def_vi_{cid}", height=80)
            def_en = d2.text_area(t("emerging.def_en", lang), key=f"emerging_def_en_{cid}", height=80)
            distortion = st.radio(
                t("emerging.distortion", lang),
                [True, False],
                horizontal=True,
                format_func=lambda v: t("emerging.yes" if v else "emerging.no", lang),
                key=f"emerging_distortion_{cid}",
            )
            named = st.form_submit_button(t("emerging.name_it", lang), type="primary")
        if named:
            _act(
                c,
                chosen,
                {
                    "key": key,
                    "name_vi": name_vi,
                    "name_en": name_en,
                    "definition_vi": def_vi,
                    "definition_en": def_en,
                    "distortion": distortion,
                },
            )
        if st.button(t("emerging.dismiss", lang), key=f"emerging_dismiss_{cid}"):
            _act(c, chosen, None)
