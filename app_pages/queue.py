"""Review queue: what was flagged, why, which approved message answers it; confirm / dismiss /
relabel / note / mark as training case, one at a time or in bulk."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app_pages import view_bar
from monitor.i18n import t
from monitor.interfaces import dashboard_data as dd
from monitor.interfaces import review_queue as rq
from monitor.models import ReviewDecision
from monitor.outputs import exports
from monitor.outputs.evidence_terms import shown_evidence
from monitor.outputs.findings import render as render_finding

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

# a laptop screen (1366×768) must show the item and its buttons: less empty space above the title
st.html("<style>.stMainBlockContainer{padding-top:2.5rem}</style>")
st.title(t("queue.title", lang))
if flash := ss.pop("queue_flash", None):
    kind, message = flash
    {"success": st.success, "warning": st.warning, "error": st.error}[kind](message)


# --- saved views: open one (its filters fill the form below) --------------------------------
source_names = [s["name"] for s in dd.sources_list(url)]
view_bar.picker(PAGE, user, lang, lambda filters: rq.filter_widgets(filters, source_names, dd.LOCAL_TZ))

# --- filters (a form: nothing reloads until "apply", and Enter submits) ----------------------
# each filter widget is keyed after its ItemFilters field (rq.FILTER_KEY); rq.queue_filters reads them
key = rq.FILTER_KEY.format
box_filters, box_save = st.columns(2)
# keyed: the panel keeps its open state across "apply" and whatever appears above it
with box_filters.expander(t("queue.filters", lang), key="queue_filters_box"):
    with st.form("queue_filters"):
        c1, c2, c3 = st.columns(3)
        c1.text_input(t("queue.search", lang), key=key("q"))
        c1.checkbox(t("queue.search_exact", lang), key=key("q_exact"), help=t("queue.search_exact_help", lang))
        grouped = c2.checkbox(t("queue.grouped", lang), value=True, key="queue_f_group")
        order = c2.selectbox(
            t("queue.order", lang),
            ["priority", "uncertain", "recent"],
            key="queue_f_order",
            format_func=lambda o: t(f"queue.order.{o}", lang),
        )
        c3.multiselect(
            t("queue.statuses", lang),
            ["flagged", "look", "confirmed", "dismissed", "unflagged"],
            default=list(rq.DEFAULT_STATUSES),
            key=key("statuses"),
            placeholder=t("common.choose", lang),
            format_func=lambda s: t(f"status.{s}", lang),
        )
        c1.multiselect(
            t("queue.narratives", lang),
            list(names),
            key=key("narratives"),
            format_func=names.get,
            placeholder=t("common.choose", lang),
        )
        c2.multiselect(t("queue.sources", lang), source_names, key=key("sources"), placeholder=t("common.choose", lang))
        c3.multiselect(
            t("queue.kinds", lang),
            ["news", "social", "official"],
            key=key("kinds"),
            placeholder=t("common.choose", lang),
            format_func=lambda k: t(f"kind.{k}", lang),
        )
        c1.multiselect(t("queue.langs", lang), ["vi", "en"], key=key("langs"), placeholder=t("common.choose", lang))
        c2.date_input(t("queue.dates", lang) + " ≥", value=None, key=key("since"))
        c3.date_input(t("queue.dates", lang) + " ≤", value=None, key=key("until"))
        c1.slider(t("queue.min_score", lang), 0.0, 1.0, 0.0, 0.05, key=key("min_score"))
        st.form_submit_button(t("queue.filters", lang) + " ✓")

filters = rq.queue_filters(ss, dd.LOCAL_TZ)  # the list, counts, exports and a saved view all use these
exact_count = ss.get("queue_exact_for") == (filters, grouped)
total = dd.queue_count(url, filters, dd.QUEUE_COUNT_CAP, grouped)  # rows listed: stories when grouped
if total > dd.QUEUE_COUNT_CAP and exact_count:
    total = dd.queue_count(url, filters, None, grouped)  # asked for: count every match
many = total > dd.QUEUE_COUNT_CAP and not exact_count
n_items = total  # exports hold every copy of a story
if grouped and not many:
    n_items = dd.queue_count(url, filters, None if exact_count else dd.QUEUE_COUNT_CAP)
    many = n_items > dd.QUEUE_COUNT_CAP and not exact_count

# --- save these filters as a view; export everything they match in the background ------------
save_panel = box_save.expander(t("views.save_and_export", lang), key="queue_save_box")
with save_panel:
    view_bar.save_form(PAGE, user, lang, lambda: rq.queue_filters(ss, dd.LOCAL_TZ))
    b1, b2 = st.columns([1, 3], vertical_alignment="bottom")
    fmt = b1.selectbox(t("downloads.format", lang), ["csv", "xlsx", "jsonl"], key="queue_export_fmt")
    label = (
        t("downloads.start_many", lang, n=f"{dd.QUEUE_COUNT_CAP:,}") if many else t("downloads.start", lang, n=n_items)
    )
    if b2.button(label, key="queue_export_start"):
        dd.guard(PAGE)
        runner = dd.export_runner(url, str(dd.get_config().exports_dir))
        runner.submit(user["username"], "items", fmt, filters)
        dd.export_jobs.clear()
    view_bar.export_jobs(PAGE, user, lang)

pages = max(1, (total + PAGE_SIZE - 1) // PAGE_SIZE)
list_col, item_col = st.columns([2, 3], gap="medium")
top = list_col.columns([3, 1], vertical_alignment="bottom")
if many:
    c_text, c_button = top[0].columns([2, 1], vertical_alignment="center")
    c_text.caption(t("queue.count_many", lang, n=f"{dd.QUEUE_COUNT_CAP:,}"))
    if c_button.button(t("queue.count_exact", lang), key="queue_count_exact"):
        ss["queue_exact_for"] = (filters, grouped)
        st.rerun()
else:
    count = (
        t("queue.count", lang, n=total) if n_items == total else t("queue.count_grouped", lang, n=total, items=n_items)
    )
    top[0].caption(count + " · " + t("queue.list", lang))
page_no = top[1].number_input(t("queue.page", lang), 1, pages, 1, key="queue_page") if pages > 1 else 1
rows = dd.queue_page(url, order, PAGE_SIZE, (page_no - 1) * PAGE_SIZE, filters, grouped)


def _export_rows() -> list[dict]:
    # runs on Streamlit's download thread, only when a button is clicked; capped like any download
    found = store.flagged_items(filters, limit=EXPORT_LIMIT, order=order)
    for r in found:
        r["narrative"] = names.get(r["narrative"], r["narrative"])
    return found


if total:
    headers = [t(f"col.{c}", lang) for c in exports.ITEM_COLUMNS]
    e1, e2, _ = save_panel.columns([1, 1, 2])
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

ids = [r["id"] for r in rows]
by_id = {r["id"]: r for r in rows}
titles = {r["id"]: r["title"] or "" for r in rows}
if ss.get("queue_goto") in ids:
    ss["queue_pick"] = ss.pop("queue_goto")
elif ss.get("queue_pick") not in ids:
    ss["queue_pick"] = ids[0]


def _flash(kind: str, message: str) -> None:
    dd.invalidate()
    ss["queue_flash"] = (kind, message)


def _open(item_id: int) -> None:
    ss["queue_goto"] = item_id


def _step(step: int, drawn: tuple[int, ...]) -> None:
    ss["queue_goto"] = rq.neighbour(drawn, ss.get("queue_pick"), step)


def _bulk(drawn: tuple[int, ...], seen: dict, drawn_titles: dict) -> None:
    """Runs before the page when "apply" is pressed: the ids ticked on the page as drawn."""
    who = dd.acting_user(PAGE)  # re-checked on the server for every action
    if who is None:  # signed out or no longer allowed: the page run that follows says so
        return
    chosen = rq.ticked(drawn, ss)
    for i in drawn:  # after any bulk action nothing stays ticked
        ss[rq.SELECT_KEY.format(i)] = False
    if not chosen:
        ss["queue_flash"] = ("warning", t("common.nothing_selected", lang))
        return
    decision = ReviewDecision(ss["queue_bulk_decision"])
    outcome = store.decide(
        chosen,
        who["username"],
        decision,
        seen={i: seen[i] for i in chosen},
        narrative=ss["queue_bulk_narr"] if decision == ReviewDecision.RELABEL else None,
        note=ss.get("queue_bulk_note"),
    )
    _flash(*rq.report(outcome, decision, drawn_titles, lang))


def _decide(decision: ReviewDecision, item_id: int, seen, drawn: tuple[int, ...], story: dict) -> None:
    """Runs before the page when a decision button is pressed, with the item (and its story's
    flagged copies) as they were drawn."""
    who = dd.acting_user(PAGE)  # re-checked on the server for every action
    if who is None:  # signed out or no longer allowed: the page run that follows says so
        return
    note_text = (ss.get(f"queue_note_{item_id}") or "").strip()
    if decision == ReviewDecision.NOTE and not note_text:
        ss["queue_flash"] = ("warning", t("queue.note_needed", lang))
        return
    targets = {item_id: seen}
    if story and ss.get(f"queue_story_{item_id}") and decision in rq.STATUS_DECISIONS:
        targets = {item_id: seen, **story}
    outcome = store.decide(
        list(targets),
        who["username"],
        decision,
        seen=targets,
        narrative=ss.get(f"queue_relabel_{item_id}") if decision == ReviewDecision.RELABEL else None,
        note=note_text,
        case_set_id=ss.get(f"queue_caseset_{item_id}") or None,
        case_inbox=t("queue.case_inbox", lang),
    )
    _flash(*rq.report(outcome, decision, {item_id: titles.get(item_id, "")}, lang))
    dd.cluster_members.clear()
    if outcome.applied and decision in rq.STATUS_DECISIONS:
        following = rq.next_after(drawn, item_id)  # the decided item leaves the flagged list
        if following is not None:
            ss["queue_goto"] = following


drawn = tuple(ids)

# --- the list: one row per item, a tick box keyed by the item's id ----------------------------
with list_col:
    with st.container(height=440, border=True, gap=None):
        for r in rows:
            row = st.container(horizontal=True, wrap=False, vertical_alignment="top", gap="small")
            row.button(
                "▶" if r["id"] == ss["queue_pick"] else "›",
                key=f"queue_open_{r['id']}",
                type="tertiary",
                on_click=_open,
                args=(r["id"],),
                help=t("queue.open_item", lang),
            )
            row.checkbox(
                f"**{r['score'] or 0:.2f}** · {dd.md_escape(names.get(r['narrative'], r['narrative'] or '—'))}"
                + (
                    " · " + t("queue.story", lang, copies=r["cluster_size"], sources=r["cluster_sources"])
                    if (r["cluster_size"] or 1) > 1
                    else ""
                )
                + f" · {dd.md_escape((r['title'] or '')[:90])}",
                key=rq.SELECT_KEY.format(r["id"]),
                width="stretch",
            )
    selected = rq.ticked(drawn, ss)
    with st.expander(t("queue.bulk", lang) + (f" ({len(selected)})" if selected else ""), key="queue_bulk_box"):
        with st.form("queue_bulk"):
            b1, b2 = st.columns(2)
            b1.selectbox(
                t("queue.bulk_decision", lang),
                ["confirm", "dismiss", "relabel"],
                format_func=lambda d: t(f"decision.{d}", lang),
                key="queue_bulk_decision",
            )
            b2.selectbox(t("queue.relabel_to", lang), distortion_keys, format_func=names.get, key="queue_bulk_narr")
            st.text_input(t("queue.bulk_note", lang), key="queue_bulk_note")
            if selected:
                st.caption(t("queue.bulk_applies", lang, n=len(selected), items=rq.names_of(selected, titles)))
            st.form_submit_button(
                t("queue.bulk_apply", lang),
                on_click=_bulk,
                args=(drawn, {i: rq.seen(by_id[i]) for i in ids}, titles),
            )

# --- the item under review, its evidence, the approved answer, the decision buttons ----------
with item_col:
    n1, n2, n3 = st.columns([6, 1, 1], vertical_alignment="bottom")
    item_id = n1.selectbox(
        t("queue.open_item", lang),
        ids,
        key="queue_pick",
        label_visibility="collapsed",
        format_func=lambda i: f"#{i} · {by_id[i]['score'] or 0:.2f} · {(by_id[i]['title'] or '')[:90]}",
    )
    n2.button(
        "◀",
        help=t("queue.previous", lang),
        key="queue_prev",
        on_click=_step,
        args=(-1, drawn),
        shortcut=rq.SHORTCUTS["previous"],
        width="stretch",
    )
    n3.button(
        "▶",
        help=t("queue.next", lang),
        key="queue_next",
        on_click=_step,
        args=(1, drawn),
        shortcut=rq.SHORTCUTS["next"],
        width="stretch",
    )
    detail = dd.item_detail(url, item_id)
    if detail is None:
        st.stop()
    cls = detail.get("classification") or {}
    # only terms that name content, never people or pieces of the address
    evidence = shown_evidence(cls.get("evidence"), detail["title"], detail["text"], detail.get("url"))
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
        + (
            " · " + t("queue.evidence", lang) + ": " + ", ".join(f"`{dd.md_escape(x)}`" for x in terms)
            if terms
            else " · " + t("queue.no_evidence", lang)
        )
    )
    if detail.get("relevant") is False:
        st.info(t("queue.off_topic", lang))
    if kinds := cls.get("evidence_kinds"):
        st.caption(t("queue.evidence_kinds", lang, kinds=", ".join(t(f"evidence_kind.{k}", lang) for k in kinds)))
    left, right = st.columns([3, 2], gap="small")
    with left, st.container(height=170, border=False):
        st.html(
            dd.evidence_block(detail["title"], detail["text"], terms, dd.search_words(filters.q or ""), filters.q_exact)
        )
        for f in cls.get("findings") or []:
            st.warning(dd.md_escape(render_finding(f, lang) if f.get("fact") else f.get("message") or ""))
    with right, st.container(height=170, border=True):
        st.markdown("**" + t("queue.matched", lang) + "**")
        messages = {m["key"]: m for m in dd.approved_messages(url)}
        msg = messages.get(cls.get("matched_message_key") or "")
        if msg:
            score = cls.get("match_score")
            st.caption(
                dd.md_escape(msg["key"])
                + (f" · {t('queue.match_score', lang, score=f'{score:.2f}')}" if score is not None else "")
            )
            st.markdown("**" + dd.md_escape(msg.get(f"title_{lang}") or msg["title_vi"]) + "**")
            st.markdown(dd.md_escape(msg.get(f"text_{lang}") or msg["text_vi"]))
            if msg.get("source_title"):
                st.caption(dd.md_escape(f"{msg['source_title']} {msg.get('source_date') or ''}"))
        else:
            st.caption(t("queue.no_match", lang))

    # decisions: every widget is keyed by the item, so nothing carries over to the next one
    sets = dd.case_sets(url)
    set_options = [0] + [s["id"] for s in sets]
    set_names = {0: t("queue.case_inbox", lang), **{s["id"]: s["name"] for s in sets}}
    with st.form(f"queue_action_{item_id}", clear_on_submit=True, border=True):
        b = st.columns(3)
        members = dd.cluster_members(url, detail["cluster_key"]) if detail.get("cluster_key") else []
        story = {m["id"]: rq.seen(m) for m in members if m["id"] != item_id}
        args_of = {d: (d, item_id, rq.seen(detail), drawn, story) for d in ReviewDecision}
        b[0].form_submit_button(
            t("queue.confirm", lang),
            type="primary",
            width="stretch",
            on_click=_decide,
            args=args_of[ReviewDecision.CONFIRM],
            shortcut=rq.SHORTCUTS["confirm"],
        )
        b[1].form_submit_button(
            t("queue.dismiss", lang),
            width="stretch",
            on_click=_decide,
            args=args_of[ReviewDecision.DISMISS],
            shortcut=rq.SHORTCUTS["dismiss"],
        )
        b[2].form_submit_button(
            t("queue.relabel", lang), width="stretch", on_click=_decide, args=args_of[ReviewDecision.RELABEL]
        )
        if story:  # the count is shown before anything is applied
            st.checkbox(
                t(
                    "queue.whole_story",
                    lang,
                    n=len(story) + 1,
                    items=rq.names_of([item_id, *story], {m["id"]: m["title"] for m in members}),
                ),
                key=f"queue_story_{item_id}",
            )
        a0, a1, a2 = st.columns([2, 1, 1], vertical_alignment="bottom")
        a0.text_area(
            t("queue.note", lang),
            key=f"queue_note_{item_id}",
            height=68,
            placeholder=t("queue.note", lang),
            label_visibility="collapsed",
        )
        current = detail["narrative"] if detail["narrative"] in distortion_keys else None
        a1.selectbox(
            t("queue.relabel_to", lang),
            distortion_keys,
            format_func=names.get,
            index=distortion_keys.index(current) if current else 0,
            key=f"queue_relabel_{item_id}",
        )
        a2.selectbox(t("queue.case_set", lang), set_options, format_func=set_names.get, key=f"queue_caseset_{item_id}")
        b = st.columns(2)
        b[0].form_submit_button(
            t("queue.save_note", lang), width="stretch", on_click=_decide, args=args_of[ReviewDecision.NOTE]
        )
        b[1].form_submit_button(
            t("queue.mark_case", lang), width="stretch", on_click=_decide, args=args_of[ReviewDecision.CASE]
        )
    st.caption(t("queue.shortcuts", lang, **rq.SHORTCUTS))
    link = dd.safe_link(detail.get("url"))
    if link:
        st.link_button(t("queue.open_link", lang), link)
    elif detail.get("url"):
        st.text(t("queue.unsafe_link", lang) + " " + detail["url"])

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
if evidence:
    with st.expander(t("queue.evidence", lang)):
        st.dataframe(
            pd.DataFrame(
                [{t("col.evidence", lang): e.get("term"), t("col.weight", lang): e.get("weight")} for e in evidence]
            ),
            hide_index=True,
            width="content",
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
