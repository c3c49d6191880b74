"""Review queue: what was flagged, why, which approved message answers it; confirm / dismiss /
relabel / note / mark as training case, one at a time or in bulk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import streamlit as st

from app_pages import view_bar
from monitor import dashboard_data as dd
from monitor import exports
from monitor.findings import render as render_finding
from monitor.i18n import t
from monitor.models import Review, ReviewDecision
from monitor.saved_views import filters_to_widgets, widgets_to_filters

PAGE = "queue"
PAGE_SIZE = 50
EXPORT_LIMIT = 5000
user = dd.guard(PAGE)
lang = dd.lang()
url = dd.db_url()
store = dd.store()
names = dd.narrative_names(url, lang)
distortion_keys = [n["key"] for n in dd.narratives(url) if n["distortion"]]
ss = st.session_state

st.title(t("queue.title", lang))
if flash := ss.pop("queue_flash", None):
    st.success(flash)


# --- saved views: open one (its filters fill the form below) --------------------------------
src_ids_by_name = {s["name"]: s["id"] for s in dd.sources_list(url)}
view_bar.picker(PAGE, user, lang, lambda filters: filters_to_widgets(filters, src_ids_by_name))


# --- filters (a form: nothing reloads until "apply", and Enter submits) ----------------------
def _local_day_start(d: dt.date | None) -> dt.datetime | None:
    return None if d is None else dt.datetime.combine(d, dt.time.min, dd.LOCAL_TZ).astimezone(dt.UTC)


with st.expander(t("queue.filters", lang), expanded=False):
    with st.form("queue_filters"):
        c1, c2, c3 = st.columns(3)
        search = c1.text_input(t("queue.search", lang), key="queue_f_search")
        order = c2.selectbox(
            t("queue.order", lang),
            ["priority", "uncertain", "recent"],
            key="queue_f_order",
            format_func=lambda o: t(f"queue.order.{o}", lang),
        )
        statuses = c3.multiselect(
            t("queue.statuses", lang),
            ["flagged", "look", "confirmed", "dismissed", "unflagged"],
            default=["flagged"],
            key="queue_f_status",
            format_func=lambda s: t(f"status.{s}", lang),
        )
        f_narr = c1.multiselect(t("queue.narratives", lang), list(names), key="queue_f_narr", format_func=names.get)
        src_rows = dd.sources_list(url)
        src_names = {s["id"]: s["name"] for s in src_rows}
        f_src = c2.multiselect(t("queue.sources", lang), list(src_names), key="queue_f_src", format_func=src_names.get)
        f_kind = c3.multiselect(
            t("queue.kinds", lang),
            ["news", "social", "official"],
            key="queue_f_kind",
            format_func=lambda k: t(f"kind.{k}", lang),
        )
        f_lang = c1.multiselect(t("queue.langs", lang), ["vi", "en"], key="queue_f_lang")
        d_from = c2.date_input(t("queue.dates", lang) + " ≥", value=None, key="queue_f_from")
        d_to = c3.date_input(t("queue.dates", lang) + " ≤", value=None, key="queue_f_to")
        min_score = c1.slider(t("queue.min_score", lang), 0.0, 1.0, 0.0, 0.05, key="queue_f_min")
        st.form_submit_button(t("queue.filters", lang) + " ✓")

filters = {
    "statuses": tuple(statuses) or ("flagged",),
    "narratives": tuple(f_narr),
    "source_ids": tuple(f_src),
    "kinds": tuple(f_kind),
    "langs": tuple(f_lang),
    "start": _local_day_start(d_from),
    "end": _local_day_start(d_to + dt.timedelta(days=1)) if d_to else None,
    "min_score": min_score or None,
    "search": search.strip() or None,
}
ftuple = tuple(sorted((k, v) for k, v in filters.items() if v))
total = dd.queue_count(url, ftuple, dd.QUEUE_COUNT_CAP)
if total > dd.QUEUE_COUNT_CAP and ss.get("queue_exact_for") == ftuple:
    total = dd.queue_count(url, ftuple, cap=None)  # asked for: count every match
many = total > dd.QUEUE_COUNT_CAP and ss.get("queue_exact_for") != ftuple
src_by_id = {s["id"]: s["name"] for s in src_rows}

# --- save these filters as a view; export everything they match in the background ------------
with st.expander(t("views.save_and_export", lang)):
    view_bar.save_form(PAGE, user, lang, lambda: widgets_to_filters(ss, src_by_id))
    b1, b2 = st.columns([1, 3], vertical_alignment="bottom")
    fmt = b1.selectbox(t("downloads.format", lang), ["csv", "xlsx", "jsonl"], key="queue_export_fmt")
    label = t("downloads.start_many", lang, n=f"{dd.QUEUE_COUNT_CAP:,}") if many else t("downloads.start", lang, n=total)
    if b2.button(label, key="queue_export_start"):
        dd.guard(PAGE)
        from monitor.storage.filters import ItemFilters

        runner = dd.export_runner(url, str(dd.get_config().exports_dir))
        runner.submit(user["username"], "items", fmt, ItemFilters.from_dict(widgets_to_filters(ss, src_by_id)))
        dd.export_jobs.clear()
    jobs = dd.export_jobs(url, user["username"])
    if jobs:
        st.caption(t("downloads.title", lang))
    for job in jobs:
        j1, j2 = st.columns([4, 1], vertical_alignment="center")
        size = f"{job['bytes'] / 1e6:.1f} MB" if job["bytes"] else ""
        state = t(f"downloads.status.{job['status']}", lang)
        j1.text(f"#{job['id']} {job['what']}.{job['format']} · {state} · "
                f"{job['rows']:,} · {size} · {dd.local_time(job['created_at'])}" + (f" · {job['error']}" if job["error"] else ""))
        if job["status"] == "done" and job["path"]:
            path = job["path"]
            j2.download_button(t("downloads.get", lang), lambda p=path: Path(p).read_bytes(),
                               file_name=path.rsplit("/", 1)[-1], key=f"queue_job_{job['id']}", on_click="ignore")
pages = max(1, (total + PAGE_SIZE - 1) // PAGE_SIZE)
top = st.columns([3, 1])
if many:
    c_text, c_button = top[0].columns([2, 1], vertical_alignment="center")
    c_text.caption(t("queue.count_many", lang, n=f"{dd.QUEUE_COUNT_CAP:,}"))
    if c_button.button(t("queue.count_exact", lang), key="queue_count_exact"):
        ss["queue_exact_for"] = ftuple
        st.rerun()
else:
    top[0].caption(t("queue.count", lang, n=total))
page_no = top[1].number_input(t("queue.page", lang), 1, pages, 1, key="queue_page") if pages > 1 else 1
rows = dd.queue_page(url, order, PAGE_SIZE, (page_no - 1) * PAGE_SIZE, ftuple)


def _export_rows() -> list[dict]:
    # runs on Streamlit's download thread, only when a button is clicked; capped like any download
    found = store.flagged_items(limit=EXPORT_LIMIT, order=order, **dict(ftuple))
    for r in found:
        r["narrative"] = names.get(r["narrative"], r["narrative"])
    return found


if total:
    e1, e2, _ = st.columns([1, 1, 4])
    headers = [t(f"col.{c}", lang) for c in exports.ITEM_COLUMNS]
    e1.download_button(
        t("common.download_csv", lang),
        lambda: exports.to_csv(_export_rows(), exports.ITEM_COLUMNS, headers),
        file_name="queue.csv",
        mime="text/csv",
        on_click="ignore",
        key="queue_csv",
    )
    e2.download_button(
        t("common.download_xlsx", lang),
        lambda: exports.to_xlsx(_export_rows(), exports.ITEM_COLUMNS, headers, title="queue"),
        file_name="queue.xlsx",
        on_click="ignore",
        key="queue_xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )

if not rows:
    st.info(t("queue.empty", lang))
    st.stop()


# --- the list, with a checkbox column for bulk decisions --------------------------------------
table = pd.DataFrame(
    [
        {
            "select": False,
            "id": r["id"],
            "title": r["title"],
            "source": r["source_name"],
            "published": dd.local_time(r["published_at"]),
            "narrative": names.get(r["narrative"], r["narrative"]),
            "score": round(r["score"] or 0, 3),
            "copies": r["cluster_size"],
        }
        for r in rows
    ]
)
edited = st.data_editor(
    table,
    key=f"queue_table_{page_no}_{hash(ftuple)}_{order}",
    hide_index=True,
    height=300,
    width="stretch",
    disabled=[c for c in table.columns if c != "select"],
    column_config={
        "select": st.column_config.CheckboxColumn(t("common.select", lang), width="small"),
        "id": st.column_config.NumberColumn(t("col.id", lang), width="small"),
        "title": st.column_config.TextColumn(t("col.title", lang), width="large"),
        "source": t("col.source", lang),
        "published": t("col.published_at", lang),
        "narrative": t("col.narrative", lang),
        "score": st.column_config.ProgressColumn(t("col.score", lang), min_value=0.0, max_value=1.0, format="%.2f"),
        "copies": st.column_config.NumberColumn(t("col.cluster_size", lang), width="small"),
    },
)
selected = [int(i) for i in edited.loc[edited["select"], "id"].tolist()]


def _finish(message: str, next_id: int | None) -> None:
    dd.invalidate()
    ss["queue_flash"] = message
    if next_id is not None:
        ss["queue_goto"] = next_id
    st.rerun()


with st.expander(t("queue.bulk", lang) + (f" ({len(selected)})" if selected else "")):
    with st.form("queue_bulk"):
        b1, b2 = st.columns(2)
        bulk_decision = b1.selectbox(
            t("queue.bulk_decision", lang),
            ["confirm", "dismiss", "relabel"],
            format_func=lambda d: t(f"decision.{d}", lang),
            key="queue_bulk_decision",
        )
        bulk_narr = b2.selectbox(
            t("queue.relabel_to", lang), distortion_keys, format_func=names.get, key="queue_bulk_narr"
        )
        bulk_note = st.text_input(t("queue.bulk_note", lang), key="queue_bulk_note")
        bulk_go = st.form_submit_button(t("queue.bulk_apply", lang))
    if bulk_go:
        if not selected:
            st.warning(t("common.nothing_selected", lang))
        elif dd.allowed(PAGE):  # re-checked on the server for every action
            decision = ReviewDecision(bulk_decision)
            batch = [
                Review(
                    item_id=i,
                    username=user["username"],
                    decision=decision,
                    narrative=bulk_narr if decision == ReviewDecision.RELABEL else None,
                    note=bulk_note.strip() or None,
                )
                for i in selected
            ]
            store.save_reviews(batch)
            _finish(t("queue.bulk_done", lang, n=len(batch)), None)


# --- the item under review --------------------------------------------------------------------
ids = [r["id"] for r in rows]
if ss.get("queue_goto") in ids:
    ss["queue_pick"] = ss.pop("queue_goto")
elif ss.get("queue_pick") not in ids:
    ss["queue_pick"] = ids[0]
by_id = {r["id"]: r for r in rows}
item_id = st.selectbox(
    t("queue.open_item", lang),
    ids,
    key="queue_pick",
    format_func=lambda i: f"#{i} · {by_id[i]['score'] or 0:.2f} · {(by_id[i]['title'] or '')[:90]}",
)
detail = dd.item_detail(url, item_id)
if detail is None:
    st.stop()
cls = detail.get("classification") or {}
evidence = cls.get("evidence") or []
terms = [e.get("term", "") for e in evidence]

st.html(dd.heading_html(detail["title"]))  # not Markdown: a bare URL in a title must not become a link
st.caption(
    dd.md_escape(
        t(
            "queue.item_of",
            lang,
            source=detail["source_name"],
            time=dd.local_time(detail["published_at"]),
            lang=detail["lang"],
        )
    )
    + " · "
    + t(f"kind.{detail['kind']}", lang)
    + " · "
    + t(f"status.{detail['status']}", lang)
)
link = dd.safe_link(detail.get("url"))
if link:
    st.link_button(t("queue.open_link", lang), link)
elif detail.get("url"):
    st.text(t("queue.unsafe_link", lang) + " " + detail["url"])

left, right = st.columns([3, 2], gap="large")
with left:
    st.markdown(
        "**"
        + dd.md_escape(
            t(
                "queue.classification",
                lang,
                narrative=names.get(detail["narrative"], detail["narrative"] or "—"),
                score=f"{detail['score'] or 0:.2f}",
            )
        )
        + "**"
    )
    if detail.get("relevant") is False:
        st.info(t("queue.off_topic", lang))
    if kinds := cls.get("evidence_kinds"):
        st.caption(t("queue.evidence_kinds", lang, kinds=", ".join(t(f"evidence_kind.{k}", lang) for k in kinds)))
    st.caption(t("queue.text", lang))
    st.html(dd.evidence_block(detail["title"], detail["text"], terms))
    st.markdown("**" + t("queue.evidence", lang) + "**")
    if evidence:
        st.dataframe(
            pd.DataFrame(
                [{t("col.evidence", lang): e.get("term"), t("col.weight", lang): e.get("weight")} for e in evidence]
            ),
            hide_index=True,
            width="content",
        )
    else:
        st.caption(t("queue.no_evidence", lang))
    findings = cls.get("findings") or []
    if findings:
        st.markdown("**" + t("queue.findings", lang) + "**")
        for f in findings:
            st.warning(dd.md_escape(render_finding(f, lang)))
with right:
    st.markdown("**" + t("queue.matched", lang) + "**")
    messages = {m["key"]: m for m in dd.approved_messages(url)}
    msg = messages.get(cls.get("matched_message_key") or "")
    if msg:
        score = cls.get("match_score")
        st.caption(
            dd.md_escape(msg["key"])
            + (f" · {t('queue.match_score', lang, score=f'{score:.2f}')}" if score is not None else "")
        )
        with st.container(border=True):
            st.markdown("**" + dd.md_escape(msg.get(f"title_{lang}") or msg["title_vi"]) + "**")
            st.markdown(dd.md_escape(msg.get(f"text_{lang}") or msg["text_vi"]))
            if msg.get("source_title"):
                st.caption(dd.md_escape(f"{msg['source_title']} {msg.get('source_date') or ''}"))
    else:
        st.caption(t("queue.no_match", lang))

copies = detail.get("cluster_copies") or []
if copies:
    with st.expander(t("queue.copies", lang, n=len(copies))):
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        t("col.title", lang): c["title"],
                        t("col.source", lang): c["source_name"],
                        t("col.published_at", lang): dd.local_time(c["published_at"]),
                        t("col.url", lang): c["url"],
                    }
                    for c in copies
                ]
            ),
            hide_index=True,
            width="stretch",
        )
if detail.get("reviews"):
    with st.expander(t("queue.history", lang)):
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        t("col.at", lang): dd.local_time(r["created_at"]),
                        t("col.user", lang): r["username"],
                        t("col.decision", lang): t(f"decision.{r['decision']}", lang),
                        t("col.narrative", lang): names.get(r["narrative"], r["narrative"]),
                        t("col.note", lang): r["note"],
                    }
                    for r in detail["reviews"]
                ]
            ),
            hide_index=True,
            width="stretch",
        )


# --- decisions: one form, a button per decision; Enter in the note submits "confirm" ----------
sets = dd.case_sets(url)
set_options = [0] + [s["id"] for s in sets]
set_names = {0: t("queue.case_inbox", lang), **{s["id"]: s["name"] for s in sets}}
with st.form("queue_action", clear_on_submit=True, border=True):
    st.markdown("**" + t("queue.actions", lang) + "**")
    note = st.text_area(t("queue.note", lang), key="queue_note", height=80)
    a1, a2 = st.columns(2)
    current = detail["narrative"] if detail["narrative"] in distortion_keys else None
    new_narr = a1.selectbox(
        t("queue.relabel_to", lang),
        distortion_keys,
        format_func=names.get,
        index=distortion_keys.index(current) if current else 0,
        key="queue_relabel",
    )
    case_set = a2.selectbox(t("queue.case_set", lang), set_options, format_func=set_names.get, key="queue_caseset")
    b = st.columns(5)
    pressed = {
        ReviewDecision.CONFIRM: b[0].form_submit_button(t("queue.confirm", lang), type="primary", width="stretch"),
        ReviewDecision.DISMISS: b[1].form_submit_button(t("queue.dismiss", lang), width="stretch"),
        ReviewDecision.RELABEL: b[2].form_submit_button(t("queue.relabel", lang), width="stretch"),
        ReviewDecision.NOTE: b[3].form_submit_button(t("queue.save_note", lang), width="stretch"),
        ReviewDecision.CASE: b[4].form_submit_button(t("queue.mark_case", lang), width="stretch"),
    }

decision = next((d for d, hit in pressed.items() if hit), None)
if decision is not None and dd.allowed(PAGE):
    note_text = (note or "").strip() or None
    if decision == ReviewDecision.NOTE and not note_text:
        st.warning(t("queue.note", lang) + " ?")
        st.stop()
    store.save_review(
        Review(
            item_id=item_id,
            username=user["username"],
            decision=decision,
            narrative=new_narr if decision == ReviewDecision.RELABEL else None,
            note=note_text,
        )
    )
    if decision == ReviewDecision.CASE:
        set_id = case_set or store.ensure_case_set(t("queue.case_inbox", lang), user["username"])
        store.add_cases(set_id, [item_id], user["username"], teaching_note=note_text or "")
    pos = ids.index(item_id)
    # a decided item leaves the flagged queue: the next one moves into its place
    following = ids[pos + 1] if pos + 1 < len(ids) else (ids[pos - 1] if pos > 0 else None)
    _finish(t("queue.done", lang, decision=t(f"decision.{decision.value}", lang), id=item_id), following)
