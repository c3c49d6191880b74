"""Approved messages: the statements officers answer distortions with. Every edit stores a new
version (older ones stay for the record) and an audit row."""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from monitor.i18n import t
from monitor.interfaces import dashboard_data as dd

PAGE = "messages"
# Everyone reads the approved line; only managers and admins may change it.
EDITOR_ROLES = ("manager", "admin")
_KEY = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,119}$")

user, lang, url, store, config, names, ss = dd.page(PAGE)
can_edit = user["role"] in EDITOR_ROLES

st.title(t("messages.title", lang))
if flash := ss.pop("messages_flash", None):
    st.success(flash)

messages = dd.approved_messages(url)
by_key = {m["key"]: m for m in messages}
st.dataframe(
    pd.DataFrame(
        [
            {
                t("messages.key", lang): m["key"],
                t("messages.version", lang): m["version"],
                t("col.title", lang): m.get(f"title_{lang}") or m["title_vi"],
                t("messages.narratives", lang): ", ".join(names.get(n, n) for n in m["narratives"] or []),
                t("messages.source_title", lang): m["source_title"],
                t("messages.source_date", lang): m["source_date"],
            }
            for m in messages
        ]
    ),
    hide_index=True,
    width="stretch",
)

if messages:
    key = st.selectbox(
        t("messages.pick", lang),
        list(by_key),
        key="messages_view",
        format_func=lambda k: f"{k} — {by_key[k].get(f'title_{lang}') or by_key[k]['title_vi']}",
        placeholder=t("common.choose", lang),
    )
    m = by_key[key]
    with st.container(border=True):
        c1, c2 = st.columns(2)
        c1.markdown("**" + dd.md_escape(m["title_vi"]) + "**")
        c1.markdown(dd.md_escape(m["text_vi"]))
        c2.markdown("**" + dd.md_escape(m["title_en"]) + "**")
        c2.markdown(dd.md_escape(m["text_en"]))
        if m["key_facts"]:
            st.caption(t("messages.key_facts", lang))
            st.code("\n".join(f"{k}: {v}" for k, v in m["key_facts"].items()), language=None)
        link = dd.safe_link(m.get("source_url"))
        if link:
            st.link_button(m["source_title"][:80] or link, link)
    with st.expander(t("messages.history", lang)):
        history = [h for h in dd.approved_messages(url, include_history=True) if h["key"] == key]
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        t("messages.version", lang): h["version"],
                        t("col.title", lang): h.get(f"title_{lang}") or h["title_vi"],
                        t("messages.active", lang): h["active"],
                        t("col.user", lang): h["created_by"],
                        t("col.at", lang): dd.local_time(h["created_at"]),
                    }
                    for h in history
                ]
            ),
            hide_index=True,
            width="stretch",
        )

if not can_edit:
    st.caption(t("messages.read_only", lang))
    st.stop()


def _facts(text: str) -> dict:
    facts = {}
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        name, sep, value = line.partition(":")
        if not sep or not name.strip():
            raise ValueError(t("messages.bad_fact", lang, line=line))
        facts[name.strip()] = value.strip()
    return facts


def _message_form(form_key: str, base: dict | None) -> dict | None:
    base = base or {}
    distortion = [n["key"] for n in dd.narratives(url) if n["distortion"]]
    with st.form(form_key, clear_on_submit=False, enter_to_submit=False):
        key = base.get("key") or st.text_input(t("messages.key", lang), key=f"{form_key}_key")
        c1, c2 = st.columns(2)
        values = {
            "title_vi": c1.text_input(t("messages.title_vi", lang), base.get("title_vi", ""), key=f"{form_key}_tvi"),
            "title_en": c2.text_input(t("messages.title_en", lang), base.get("title_en", ""), key=f"{form_key}_ten"),
            "text_vi": c1.text_area(
                t("messages.text_vi", lang), base.get("text_vi", ""), key=f"{form_key}_xvi", height=160
            ),
            "text_en": c2.text_area(
                t("messages.text_en", lang), base.get("text_en", ""), key=f"{form_key}_xen", height=160
            ),
            "narratives": st.multiselect(
                t("messages.narratives", lang),
                distortion,
                format_func=names.get,
                default=[n for n in base.get("narratives", []) if n in distortion],
                key=f"{form_key}_narr",
                placeholder=t("common.choose", lang),
            ),
        }
        facts_text = st.text_area(
            t("messages.key_facts", lang),
            "\n".join(f"{k}: {v}" for k, v in (base.get("key_facts") or {}).items()),
            key=f"{form_key}_facts",
        )
        s1, s2, s3 = st.columns(3)
        values["source_title"] = s1.text_input(
            t("messages.source_title", lang), base.get("source_title", ""), key=f"{form_key}_st"
        )
        values["source_url"] = s2.text_input(
            t("messages.source_url", lang), base.get("source_url", ""), key=f"{form_key}_su"
        )
        values["source_date"] = s3.text_input(
            t("messages.source_date", lang), base.get("source_date", ""), key=f"{form_key}_sd"
        )
        values["active"] = st.checkbox(t("messages.active", lang), base.get("active", True), key=f"{form_key}_active")
        if not st.form_submit_button(t("common.save", lang)):
            return None
    if not dd.allowed(PAGE) or user["role"] not in EDITOR_ROLES:
        return None
    key = (key or "").strip()
    if not _KEY.match(key):
        st.error(t("messages.bad_key", lang))
        return None
    if not values["title_vi"].strip() or not values["text_vi"].strip():
        st.error(t("messages.need_text", lang))
        return None
    if values["source_url"] and not dd.safe_link(values["source_url"]):
        st.error(t("sources.err.scheme", lang))
        return None
    try:
        values["key_facts"] = _facts(facts_text)
    except ValueError as exc:
        st.error(str(exc))
        return None
    return {"key": key, **values}


tab_edit, tab_add = st.tabs([t("messages.edit", lang), t("messages.add", lang)])
with tab_edit:
    if messages:
        edited = _message_form(f"messages_edit_{key}", by_key[key])
        if edited:
            k = edited.pop("key")
            version = store.save_approved_message(k, by=user["username"], **edited)
            dd.invalidate()
            ss["messages_flash"] = t("messages.saved", lang, version=version)
            st.rerun()
with tab_add:
    added = _message_form("messages_add", None)
    if added:
        k = added.pop("key")
        known = {h["key"] for h in dd.approved_messages(url, include_history=True)}
        if k in known:
            st.error(t("messages.key_exists", lang))
        else:
            version = store.save_approved_message(k, by=user["username"], **added)
            dd.invalidate()
            ss["messages_flash"] = t("messages.saved", lang, version=version)
            st.rerun()
