"""Sources: feed health, the fetch log, add / edit / disable a feed, and "fetch now"."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monitor.i18n import t
from monitor.ingest.schedule import collect_once
from monitor.interfaces import dashboard_data as dd
from monitor.models import FeedKind, Source

PAGE = "sources"
user, lang, url, store, config, names, ss = dd.page(PAGE)

st.title(t("sources.title", lang))
if flash := ss.pop("sources_flash", None):
    st.success(flash)

health = dd.source_health(url)
on_topic = dd.on_topic_share(url)
st.subheader(t("sources.health", lang))
if not health:
    st.info(t("sources.none", lang))
else:
    st.dataframe(
        pd.DataFrame(
            [
                {
                    t("sources.name", lang): h["name"],
                    t("sources.kind", lang): t(f"kind.{h['kind']}", lang),
                    t("sources.enabled", lang): h["enabled"],
                    t("col.status", lang): t("sources.removed_status", lang)
                    if h["removed_at"]
                    else (h["last_status"] or "—"),
                    t("sources.last_ok", lang): dd.local_time(h["last_success_at"]),
                    t("sources.failures", lang): h["consecutive_failures"],
                    t("sources.items_24h", lang): h["items_24h"],
                    t("sources.per_day", lang): h["items_per_day_7d"],
                    t("sources.total", lang): h["items_total"],
                    t("sources.on_topic", lang): (
                        "—" if on_topic.get(h["id"], {}).get("share") is None else f"{on_topic[h['id']]['share']:.0%}"
                    ),
                    t("sources.last_error", lang): (h["last_error"] or "")[:200],
                    t("col.url", lang): h["url"],
                }
                for h in health
            ]
        ),
        hide_index=True,
        width="stretch",
    )

by_id = {h["id"]: h for h in health}
options = [0] + list(by_id)
if ss.get("sources_goto") in options:  # set before the widget exists (Streamlit forbids it after)
    ss["sources_pick"] = ss.pop("sources_goto")
picked = st.selectbox(
    t("sources.pick", lang),
    options,
    key="sources_pick",
    format_func=lambda i: t("sources.new", lang) if i == 0 else by_id[i]["name"],
    placeholder=t("common.choose", lang),
)
cur = by_id.get(picked)

# --- actions on an existing feed -----------------------------------------------------------------
if cur and cur["removed_at"]:  # gone from feeds.yaml: history only, nothing to fetch or switch
    st.warning(t("sources.removed_note", lang, when=dd.local_time(cur["removed_at"])))
elif cur:
    a1, a2, _ = st.columns([1, 1, 3])
    toggle = a1.button(
        t("sources.disable", lang) if cur["enabled"] else t("sources.enable", lang), key="sources_toggle"
    )
    fetch = a2.button(t("sources.fetch_now", lang), key="sources_fetch", type="primary")
    if toggle and dd.allowed(PAGE):
        store.set_source_enabled_audited(cur["id"], not cur["enabled"], user["username"])
        dd.invalidate()
        ss["sources_flash"] = t("sources.saved", lang)
        st.rerun()
    if fetch and dd.allowed(PAGE):
        bar = st.progress(0.1, text=t("sources.fetching", lang, name=cur["name"]))
        try:
            source = store.get_source(source_id=cur["id"])
            summary = collect_once(
                config,
                store,
                sources=[source],
                progress=lambda f, label: bar.progress(
                    min(max(float(f), 0.0), 1.0), text=f"{t('sources.fetching', lang, name=cur['name'])} {label}"
                ),
            )
        except Exception as exc:  # noqa: BLE001 - a failing feed is data, shown, not a crash
            bar.empty()
            st.error(t("common.error", lang, error=exc))
        else:
            bar.progress(1.0)
            store.audit(user["username"], "source.fetch", f"source:{cur['id']}", {"summary": str(summary)[:500]})
            dd.invalidate()
            ss["sources_flash"] = t("sources.fetched", lang, summary=summary)
            st.rerun()

# --- add or edit ---------------------------------------------------------------------------------------
st.subheader(t("sources.add", lang))
with st.form(f"sources_form_{picked}", enter_to_submit=False):
    c1, c2 = st.columns(2)
    name = c1.text_input(t("sources.name", lang), cur["name"] if cur else "", disabled=bool(cur), max_chars=200)
    feed_url = c2.text_input(t("sources.url", lang), cur["url"] if cur else "")
    c3, c4, c5, c6 = st.columns(4)
    kinds = [k.value for k in FeedKind]
    kind = c3.selectbox(
        t("sources.kind", lang),
        kinds,
        index=kinds.index(cur["kind"]) if cur else 0,
        format_func=lambda k: t(f"kind.{k}", lang),
        placeholder=t("common.choose", lang),
    )
    langs = ["auto", "vi", "en"]
    feed_lang = c4.selectbox(
        t("sources.lang", lang),
        langs,
        index=langs.index(cur["lang"]) if cur and cur["lang"] in langs else 0,
        placeholder=t("common.choose", lang),
    )
    minutes = c5.number_input(
        t("sources.interval", lang), 1, 24 * 60, int((cur["interval_seconds"] if cur else 1800) / 60)
    )
    enabled = c6.checkbox(t("sources.enabled", lang), cur["enabled"] if cur else True)
    save = st.form_submit_button(t("sources.save", lang))
if save and dd.allowed(PAGE):
    name = (cur["name"] if cur else name).strip()
    error, warning = dd.check_feed_url(feed_url, config.settings.block_private_addresses)
    if not name:
        st.error(t("sources.err.name", lang))
    elif error:
        st.error(t(f"sources.err.{error}", lang))
    else:
        src = Source(
            name=name,
            url=feed_url.strip(),
            kind=FeedKind(kind),
            lang=feed_lang,
            interval_seconds=int(minutes) * 60,
            enabled=enabled,
        )
        sid = store.upsert_source(src, origin="ui")
        store.audit(
            user["username"],
            "source.update" if cur else "source.add",
            f"source:{sid}",
            {"name": name, "url": src.url, "kind": kind, "enabled": enabled},
        )
        dd.invalidate()
        ss["sources_flash"] = t("sources.saved", lang) + (f" {t(f'sources.warn.{warning}', lang)}" if warning else "")
        ss["sources_goto"] = sid
        st.rerun()

# --- fetch log -----------------------------------------------------------------------------------------
st.subheader(t("sources.log", lang))
log = dd.fetch_log(url, cur["id"] if cur else None, 100)
if log:
    st.dataframe(
        pd.DataFrame(
            [
                {
                    t("col.at", lang): dd.local_time(r["started_at"]),
                    t("col.source", lang): r["source_name"],
                    t("col.status", lang): r["status"],
                    "HTTP": r["http_status"],
                    t("sources.new_items", lang): r["items_new"],
                    t("sources.dup_items", lang): r["items_duplicate"],
                    t("sources.bytes", lang): r["bytes_read"],
                    t("sources.last_error", lang): (r["error"] or r["warning"] or "")[:300],
                }
                for r in log
            ]
        ),
        hide_index=True,
        width="stretch",
    )
else:
    st.caption(t("common.none", lang))
