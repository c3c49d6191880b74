"""Admin: users and roles, and the audit log of every decision and change."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monitor.auth import check_username, hash_password
from monitor.errors import AuthError
from monitor.i18n import error_text, t
from monitor.interfaces import dashboard_data as dd
from monitor.models import Role
from monitor.outputs.exports import to_csv

PAGE = "admin"
user, lang, url, store, config, names, ss = dd.page(PAGE)
roles = [r.value for r in Role]

st.title(t("admin.title", lang))
if flash := ss.pop("admin_flash", None):
    st.success(flash)

# --- users ---------------------------------------------------------------------------------------------
st.subheader(t("admin.users", lang))
people = dd.users(url)
st.dataframe(
    pd.DataFrame(
        [
            {
                t("admin.username", lang): u["username"],
                t("admin.role", lang): t(f"role.{u['role']}", lang),
                t("admin.active", lang): u["active"],
                t("admin.demo_password", lang): u["demo_password"],
                t("admin.failed_logins", lang): u["failed_logins"],
                t("admin.locked_until", lang): dd.local_time(u["locked_until"]),
                t("admin.created_at", lang): dd.local_time(u["created_at"]),
            }
            for u in people
        ]
    ),
    hide_index=True,
    width="stretch",
)

c_add, c_edit = st.columns(2)
with c_add.form("admin_add_user", clear_on_submit=True):
    st.markdown("**" + t("admin.add_user", lang) + "**")
    new_name = st.text_input(t("admin.username", lang), key="admin_new_name")
    new_pw = st.text_input(t("admin.password", lang), type="password", key="admin_new_pw", autocomplete="new-password")
    new_role = st.selectbox(
        t("admin.role", lang),
        roles,
        key="admin_new_role",
        format_func=lambda r: t(f"role.{r}", lang),
        placeholder=t("common.choose", lang),
    )
    create = st.form_submit_button(t("admin.create", lang))
if create and dd.allowed(PAGE):
    try:
        name = check_username(new_name.strip())
        if store.username_taken(name) is not None:  # also in another case: "Lan" and "lan"
            raise AuthError(t("admin.exists", lang))
        store.add_user(name, hash_password(new_pw), new_role, by=user["username"])
    except AuthError as exc:
        st.error(t("common.error", lang, error=error_text(exc, lang)))
    else:
        dd.invalidate()
        ss["admin_flash"] = t("admin.created", lang, user=name)
        st.rerun()

if people:
    by_name = {u["username"]: u for u in people}
    with c_edit:
        who = st.selectbox(
            t("admin.edit_user", lang), list(by_name), key="admin_edit_who", placeholder=t("common.choose", lang)
        )
        target = by_name[who]
        with st.form(f"admin_edit_{who}", enter_to_submit=False):
            role = st.selectbox(
                t("admin.role", lang),
                roles,
                index=roles.index(target["role"]),
                format_func=lambda r: t(f"role.{r}", lang),
                placeholder=t("common.choose", lang),
            )
            active = st.checkbox(t("admin.active", lang), value=bool(target["active"]))
            pw = st.text_input(t("admin.new_password", lang), type="password", autocomplete="new-password")
            update = st.form_submit_button(t("admin.update", lang))
        if update and dd.allowed(PAGE):
            changes: dict = {}
            if role != target["role"]:
                changes["role"] = role
            if active != bool(target["active"]):
                changes["active"] = active
            try:
                if who == user["username"] and (
                    changes.get("role", Role.ADMIN.value) != Role.ADMIN.value or changes.get("active", True) is False
                ):
                    raise AuthError(t("admin.self_lock", lang))  # never lock the last door from inside
                if pw:
                    changes["password_hash"] = hash_password(pw)
                if changes:
                    store.update_user(who, by=user["username"], **changes)
            except AuthError as exc:
                st.error(t("common.error", lang, error=error_text(exc, lang)))
            else:
                dd.invalidate()
                ss["admin_flash"] = t("admin.updated", lang, user=who)
                st.rerun()

# --- audit log ---------------------------------------------------------------------------------------
st.subheader(t("admin.audit", lang))
f1, f2, f3 = st.columns([2, 2, 1])
who_filter = f1.selectbox(
    t("admin.audit_user", lang),
    [""] + [u["username"] for u in people],
    key="admin_audit_user",
    format_func=lambda u: u or t("common.all", lang),
    placeholder=t("common.choose", lang),
)
action_filter = f2.text_input(t("admin.audit_action", lang), key="admin_audit_action", placeholder="review.")
limit = f3.number_input(t("admin.audit_limit", lang), 10, 5000, 200, step=50, key="admin_audit_limit")
entries = dd.audit_entries(url, int(limit), who_filter or None, action_filter.strip() or None)
rows = [
    {
        "at": dd.local_time(e["at"]),
        "user": e["username"],
        "action": e["action"],
        "target": e["target"],
        "detail": dd.audit_detail(e["detail"]),
    }
    for e in entries
]
st.dataframe(
    pd.DataFrame(rows).rename(columns={c: t(f"col.{c}", lang) for c in ("at", "user", "action", "target", "detail")}),
    hide_index=True,
    width="stretch",
)
st.download_button(
    t("common.download_csv", lang),
    to_csv(rows, ["at", "user", "action", "target", "detail"]),
    file_name="audit-log.csv",
    mime="text/csv",
    on_click="ignore",
    key="admin_audit_csv",
)
