"""Cases: trainers turn confirmed items into named case sets with teaching notes and export
them as handouts (DOCX, PDF) or tables (CSV, XLSX)."""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from monitor.i18n import error_text, t
from monitor.interfaces import dashboard_data as dd
from monitor.outputs import exports

PAGE = "cases"
user, lang, url, store, config, names, ss = dd.page(PAGE)

st.title(t("cases.title", lang))
# The message's slot is always there: a message coming and going must not move the "new set"
# panel below it, which Streamlit would then redraw closed, hiding what happened in it.
flash_box = st.empty()
if flash := ss.pop("cases_flash", None):
    flash_box.success(flash)

# --- case sets -----------------------------------------------------------------------------------
with st.expander(t("cases.new_set", lang), expanded=not dd.case_sets(url)):
    # The form keeps what was typed when the name is refused; a created set starts a fresh form
    # (new keys), which is how a Streamlit form empties itself only on success.
    form_no = ss.get("cases_new_form", 0)
    with st.form(f"cases_new_set_{form_no}", enter_to_submit=False):
        new_name = st.text_input(t("cases.name", lang), key=f"cases_new_name_{form_no}", max_chars=200)
        new_desc = st.text_area(t("cases.description", lang), key=f"cases_new_desc_{form_no}")
        create = st.form_submit_button(t("cases.create", lang))
    if create and dd.allowed(PAGE):
        try:
            set_id = store.create_case_set(new_name, new_desc, user["username"])
        except ValueError as exc:
            st.error(t("common.error", lang, error=error_text(exc, lang)))
        else:
            dd.invalidate()
            ss["cases_new_form"] = form_no + 1
            ss["cases_set"] = set_id
            ss["cases_flash"] = t("cases.created", lang)
            st.rerun()

sets = dd.case_sets(url)
if not sets:
    st.info(t("cases.no_sets", lang))
    st.stop()
set_by_id = {s["id"]: s for s in sets}
if ss.get("cases_set") not in set_by_id:
    ss["cases_set"] = sets[0]["id"]
set_id = st.selectbox(
    t("cases.pick_set", lang),
    list(set_by_id),
    key="cases_set",
    format_func=lambda i: f"{set_by_id[i]['name']} ({set_by_id[i]['cases']})",
    placeholder=t("common.choose", lang),
)
current = set_by_id[set_id]
if current["description"]:
    st.caption(dd.md_escape(current["description"]))

tab_set, tab_browse = st.tabs([t("cases.in_set", lang, n=current["cases"]), t("cases.browse", lang)])

# --- the cases of the chosen set, and their export ----------------------------------------------------
with tab_set:
    rows = dd.case_rows(url, set_id)
    if not rows:
        st.info(t("cases.empty_set", lang))
    else:
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        t("col.title", lang): r["title"],
                        t("col.source", lang): r["source_name"],
                        t("col.published_at", lang): dd.local_time(r["published_at"]),
                        t("col.narrative", lang): names.get(r["narrative"], r["narrative"]),
                        t("col.reviewer_note", lang): r["reviewer_note"] or "",
                        t("col.teaching_note", lang): r["teaching_note"],
                    }
                    for r in rows
                ]
            ),
            hide_index=True,
            width="stretch",
        )

        by_case = {r["case_id"]: r for r in rows}
        # The picker sits outside the form so that picking a case reruns the page and the box
        # opens on that case's own note (its key carries the case id); saving an untouched box
        # then keeps the note instead of writing an empty one over it.
        if ss.get("cases_edit_pick") not in by_case:  # another set was chosen
            ss["cases_edit_pick"] = next(iter(by_case))
        case_id = st.selectbox(
            t("cases.case", lang),
            list(by_case),
            key="cases_edit_pick",
            format_func=lambda i: (by_case[i]["title"] or "")[:100],
            placeholder=t("common.choose", lang),
        )
        with st.form("cases_edit_note", enter_to_submit=False):
            note = st.text_area(
                t("cases.edit_note", lang),
                value=by_case[case_id]["teaching_note"] or "",
                key=f"cases_edit_text_{case_id}",
            )
            e1, e2 = st.columns(2)
            save_note = e1.form_submit_button(t("common.save", lang))
            remove = e2.form_submit_button(t("cases.remove", lang))
        if (save_note or remove) and dd.allowed(PAGE):
            if remove:
                store.remove_case(case_id, user["username"])
            else:
                store.update_case_note(case_id, user["username"], note.strip())
            dd.invalidate()
            ss["cases_flash"] = t("common.saved", lang)
            st.rerun()

        st.subheader(t("cases.export", lang))
        records = exports.case_records(
            rows, dd.approved_messages(url, include_history=False), names, lang, tz=config.tz
        )
        labels = {c: t(f"col.{c}", lang) for c in exports.CASE_COLUMNS}
        headers = [labels[c] for c in exports.CASE_COLUMNS]
        stem = re.sub(r"[^\w\-]+", "-", current["name"], flags=re.UNICODE).strip("-")[:60] or "cases"
        name, desc = current["name"], current["description"]
        # Callables: each file is built only when its button is clicked.
        handouts = (
            (
                "docx",
                lambda: exports.case_set_docx(name, desc, records, labels),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
            ("pdf", lambda: exports.case_set_pdf(name, desc, records, labels), "application/pdf"),
            ("csv", lambda: exports.to_csv(records, exports.CASE_COLUMNS, headers), "text/csv"),
            (
                "xlsx",
                lambda: exports.to_xlsx(records, exports.CASE_COLUMNS, headers, title=name),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
        )
        for column, (ext, build, mime) in zip(st.columns(len(handouts)), handouts, strict=True):
            column.download_button(
                t(f"common.download_{ext}", lang),
                build,
                file_name=f"{stem}.{ext}",
                mime=mime,
                key=f"cases_{ext}",
                on_click="ignore",
            )

# --- confirmed items to add -----------------------------------------------------------------------------
with tab_browse:
    query = st.text_input(t("cases.search", lang), key="cases_search")
    confirmed = dd.queue_page(url, "recent", 200, 0, dd.ItemFilters(statuses=["confirmed"], q=query))
    if not confirmed:
        st.info(t("cases.no_confirmed", lang))
    else:
        table = pd.DataFrame(
            [
                {
                    "select": False,
                    "id": r["id"],
                    "title": r["title"],
                    "source": r["source_name"],
                    "published": dd.local_time(r["published_at"]),
                    "narrative": names.get(r["narrative"], r["narrative"]),
                }
                for r in confirmed
            ]
        )
        edited = st.data_editor(
            table,
            key=f"cases_browse_{hash(query.strip())}",
            hide_index=True,
            width="stretch",
            height=320,
            disabled=[c for c in table.columns if c != "select"],
            column_config={
                "select": st.column_config.CheckboxColumn(t("common.select", lang), width="small"),
                "id": t("col.id", lang),
                "title": st.column_config.TextColumn(t("col.title", lang), width="large"),
                "source": t("col.source", lang),
                "published": t("col.published_at", lang),
                "narrative": t("col.narrative", lang),
            },
        )
        chosen = [int(i) for i in edited.loc[edited["select"], "id"].tolist()]
        with st.form("cases_add", enter_to_submit=False):
            teaching = st.text_area(t("col.teaching_note", lang), key="cases_add_note")
            add = st.form_submit_button(t("cases.add_selected", lang) + (f" ({len(chosen)})" if chosen else ""))
        if add:
            if not chosen:
                st.warning(t("common.nothing_selected", lang))
            elif dd.allowed(PAGE):
                added = store.add_cases(set_id, chosen, user["username"], teaching_note=teaching.strip())
                dd.invalidate()
                ss["cases_flash"] = t("cases.added", lang, n=added)
                st.rerun()
