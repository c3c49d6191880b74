"""Saved views on a page (review queue, Trends): pick one of mine or the team's shared views and
open, rename or delete it; save the current filters as a new view, private or shared, with an
optional alert. Not a page of its own: the pages call `picker` and `save_form`.

Every write goes through a storage verb that checks ownership (owner or admin) and writes the
audit row; the page guard runs again inside each callback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import streamlit as st

from monitor.errors import MonitorError
from monitor.i18n import t
from monitor.interfaces import dashboard_data as dd


def _label(view: dict, username: str) -> str:
    return view["name"] + ("" if view["owner"] == username else f" ({view['owner']})")


def picker(page: str, user: dict, lang: str, to_state: Callable[[dict], dict[str, Any]]) -> None:
    """The row of saved views above the page's filters. ``to_state`` turns a view's stored
    filters into values for the page's widget keys (run in a callback, before the widgets)."""
    ss = st.session_state
    store = dd.store()
    if flash := ss.pop(f"{page}_view_flash", None):
        st.success(flash)
    views = {v["id"]: v for v in store.list_views(user["username"], page=page)}
    if not views:
        return

    def _open(view_id: int) -> None:
        if dd.acting_user(page) is None:  # a callback must not st.stop (blank page)
            return
        ss.update(to_state(views[view_id]["filters"]))
        ss[f"{page}_view_flash"] = t("views.opened", lang, name=views[view_id]["name"])

    def _rename(view_id: int) -> None:
        if dd.acting_user(page) is None:  # a callback must not st.stop (blank page)
            return
        try:
            store.update_view(view_id, by=user["username"], name=ss.get(f"{page}_view_rename_{view_id}", ""))
            ss[f"{page}_view_flash"] = t("views.renamed", lang)
        except MonitorError as exc:
            ss[f"{page}_view_flash"] = str(exc)

    def _delete(view_id: int) -> None:
        if dd.acting_user(page) is None:  # a callback must not st.stop (blank page)
            return
        try:
            store.delete_view(view_id, by=user["username"])
            ss[f"{page}_view_flash"] = t("views.deleted", lang)
        except MonitorError as exc:
            ss[f"{page}_view_flash"] = str(exc)

    v1, v2, v3, v4 = st.columns([4, 1, 1, 1], vertical_alignment="bottom")
    chosen = v1.selectbox(
        t("views.title", lang),
        list(views),
        key=f"{page}_view",
        format_func=lambda i: _label(views[i], user["username"]),
        placeholder=t("common.choose", lang),
    )
    v2.button(t("views.open", lang), key=f"{page}_view_open", on_click=_open, args=(chosen,))
    if views[chosen]["owner"] == user["username"] or user["role"] == "admin":
        with v3.popover(t("views.rename", lang)):
            st.text_input(
                t("views.name", lang), value=views[chosen]["name"], max_chars=200, key=f"{page}_view_rename_{chosen}"
            )
            st.button(t("views.rename_do", lang), key=f"{page}_view_rename_go", on_click=_rename, args=(chosen,))
        v4.button(t("views.delete", lang), key=f"{page}_view_delete", on_click=_delete, args=(chosen,))


def save_form(page: str, user: dict, lang: str, current: Callable[[], dict[str, Any]]) -> None:
    """A form that saves ``current()`` (the page's filters as view JSON) under a new name."""
    ss = st.session_state
    with st.form(f"{page}_save_view", clear_on_submit=True, enter_to_submit=False):
        s1, s2, s3, s4 = st.columns([3, 1, 1, 1], vertical_alignment="bottom")
        name = s1.text_input(t("views.name", lang), key=f"{page}_view_name", max_chars=200)
        shared = s2.checkbox(t("views.shared", lang), key=f"{page}_view_shared")
        threshold = s3.number_input(
            t("views.alert_threshold", lang),
            0,
            100_000,
            0,
            key=f"{page}_view_threshold",
            help=t("views.alert_help", lang),
        )
        window = s4.selectbox(
            t("views.alert_window", lang),
            ["hour", "day"],
            key=f"{page}_view_window",
            format_func=lambda w: t(f"views.window.{w}", lang),
            placeholder=t("common.choose", lang),
        )
        if st.form_submit_button(t("views.save", lang)):
            dd.guard(page)
            try:
                dd.store().save_view(
                    name,
                    user["username"],
                    page,
                    current(),
                    shared=shared,
                    alert_threshold=threshold or None,
                    alert_window=window if threshold else None,
                )
                ss[f"{page}_view_flash"] = t("views.saved", lang, name=name.strip())
                st.rerun()
            except MonitorError as exc:
                st.error(str(exc))


def export_jobs(page: str, user: dict, lang: str) -> None:
    """The user's background exports. While one is queued or running the list redraws itself
    every two seconds (a fragment, not the whole page), so "done" and its download button
    appear without a click."""
    url = dd.db_url()
    pending = any(j["status"] in ("queued", "running") for j in dd.export_jobs(url, user["username"]))

    @st.fragment(run_every=2 if pending else None)
    def _jobs() -> None:
        jobs = dd.export_jobs(url, user["username"])
        if jobs:
            st.caption(t("downloads.title", lang))
        for job in jobs:
            j1, j2 = st.columns([4, 1], vertical_alignment="center")
            size = f"{job['bytes'] / 1e6:.1f} MB" if job["bytes"] else ""
            state = t(f"downloads.status.{job['status']}", lang)
            j1.text(
                f"#{job['id']} {job['what']}.{job['format']} · {state} · {job['rows']:,} · {size} · "
                f"{dd.local_time(job['created_at'])}" + (f" · {job['error']}" if job["error"] else "")
            )
            if job["status"] == "done" and job["path"]:
                path = job["path"]
                j2.download_button(
                    t("downloads.get", lang),
                    lambda p=path: Path(p).read_bytes(),
                    file_name=path.rsplit("/", 1)[-1],
                    key=f"{page}_job_{job['id']}",
                    on_click="ignore",
                )

    _jobs()
