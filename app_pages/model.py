"""Model: the active version and its metrics, how often officers confirm each narrative's flags,
retraining with reviewer decisions, version history and rollback."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import streamlit as st

from monitor.i18n import t
from monitor.interfaces import dashboard_data as dd

PAGE = "model"
user, lang, url, store, config, names, ss = dd.page(PAGE)

st.title(t("model.title", lang))
if flash := ss.pop("model_flash", None):
    st.success(flash)


registry = dd.model_registry(config)
versions, active = [], None
if registry is None:
    st.info(t("model.no_registry", lang))
else:
    try:
        versions = registry.versions()
        active = registry.active_version()  # the name only: the model itself is not needed here
    except Exception as exc:  # noqa: BLE001 - a broken model folder is shown, not raised
        st.warning(t("common.error", lang, error=exc))
active_name = active

# --- the active version ------------------------------------------------------------------------------
if active is None:
    st.info(t("model.none", lang))
else:
    st.subheader(t("model.active", lang, version=active_name))
    metrics = registry.metrics(active)
    if not metrics:
        st.caption(t("model.metrics_missing", lang))
    else:
        cols = st.columns(5)
        cols[0].metric(t("model.macro_f1", lang), f"{metrics.get('macro_f1', 0):.3f}")
        shown = {"accuracy": "model.accuracy", "n_train": "model.n_train", "n_holdout": "model.n_holdout"}
        for i, (key, label) in enumerate(shown.items(), start=1):
            if key in metrics:
                cols[i].metric(t(label, lang), metrics[key] if isinstance(metrics[key], int) else f"{metrics[key]:.3f}")
        plain, accented = (metrics.get("unaccented") or {}), (metrics.get("thresholded") or {})
        if "macro_f1" in plain and "macro_f1" in accented:  # versions trained before it lack the figure
            cols[4].metric(
                t("model.unaccented_f1", lang),
                f"{plain['macro_f1']:.3f}",
                help=t("model.unaccented_help", lang, accented=accented["macro_f1"]),
            )
        counts, weights = metrics.get("training_counts") or {}, metrics.get("training_weights") or {}
        if counts:
            st.markdown("**" + t("model.training_counts", lang) + "**")
            for col, (kind, n) in zip(st.columns(len(counts)), counts.items(), strict=True):
                col.metric(t(f"trainkind.{kind}", lang) + (f" (×{weights[kind]:g})" if kind in weights else ""), n)
        per_class = metrics.get("per_class") or {}
        if per_class:
            st.markdown("**" + t("model.per_class", lang) + "**")
            st.dataframe(
                pd.DataFrame(
                    [
                        {
                            t("col.narrative", lang): names.get(k, k),
                            t("model.precision", lang): v.get("precision"),
                            t("model.recall", lang): v.get("recall"),
                            t("model.f1", lang): v.get("f1") or v.get("f1-score"),
                            t("model.support", lang): v.get("support"),
                        }
                        for k, v in per_class.items()
                        if isinstance(v, dict)
                    ]
                ),
                hide_index=True,
                width="stretch",
            )
        confusion = metrics.get("confusion")
        if confusion:
            labels = (confusion.get("labels") if isinstance(confusion, dict) else None) or metrics.get("labels") or []
            matrix = confusion.get("matrix") if isinstance(confusion, dict) else confusion
            if matrix and len(labels) == len(matrix):
                shown = [names.get(x, x) for x in labels]
                fig = px.imshow(
                    matrix,
                    x=shown,
                    y=shown,
                    text_auto=True,
                    color_continuous_scale="Blues",
                    labels={"x": t("model.pred", lang), "y": t("model.true", lang), "color": t("trends.count", lang)},
                )
                fig.update_layout(height=460, margin={"t": 30})
                st.markdown("**" + t("model.confusion", lang) + "**")
                st.plotly_chart(fig, width="stretch", key="model_confusion")

# --- narratives named on the Emerging page that the active model has not learned yet -----------------
_known = set(((registry.metrics(active) or {}).get("per_class") or {}) if active is not None else ())
_pending = [n for n in dd.dashboard_narratives(url) if n["labelled"] and n["key"] not in _known]
if _pending:
    st.info(
        t("model.new_narratives", lang, names=", ".join(f"{n[f'name_{lang}']} ({n['labelled']})" for n in _pending))
    )

# --- what officers make of the flags -----------------------------------------------------------------
st.subheader(t("model.review_stats", lang))
stats = dd.review_stats(url)
if not stats:
    st.caption(t("model.no_reviews", lang))
else:
    df = pd.DataFrame(stats).pivot_table(index="narrative", columns="decision", values="n", aggfunc="sum", fill_value=0)
    for col in ("confirm", "relabel", "dismiss"):
        if col not in df.columns:
            df[col] = 0
    df = df[["confirm", "relabel", "dismiss"]]
    df[t("model.confirm_rate", lang)] = (df["confirm"] / df.sum(axis=1)).round(2)
    df.index = [names.get(i, i) for i in df.index]
    df.index.name = t("col.narrative", lang)
    df.columns.name = None
    df = df.rename(columns={c: t(f"decision.{c}", lang) for c in ("confirm", "relabel", "dismiss")})
    st.dataframe(df, width="stretch")


# --- retrain ---------------------------------------------------------------------------------------------
if st.button(t("model.retrain", lang), key="model_retrain", type="primary") and dd.allowed(PAGE):
    bar = st.progress(0.0, text=t("model.retraining", lang))
    steps = {"n": 0}

    def progress(message: str) -> None:
        # training reports steps as messages; each moves the bar forward
        steps["n"] += 1
        bar.progress(min(0.95, steps["n"] * 0.2), text=f"{t('model.retraining', lang)} {message}"[:200])

    try:
        result = dd.retrain_model(config, store, progress)
    except Exception as exc:  # noqa: BLE001 - e.g. too few labels; shown as advice
        bar.empty()
        st.error(t("common.error", lang, error=exc))
    else:
        version = result["version"]
        store.audit(
            user["username"],
            "model.train",
            f"model:{version}",
            {"promoted": result["promoted"], "reason": result["reason"], "macro_f1": result["macro_f1"]},
        )
        dd.invalidate()
        ss["model_flash"] = t("model.trained", lang, version=version) + f" ({result['reason']})"
        st.rerun()

# --- history and rollback --------------------------------------------------------------------------------
if versions:
    st.subheader(t("model.history", lang))
    rows = []
    for v in versions:
        m = registry.metrics(v) or {}
        rows.append(
            {
                t("model.pick", lang): v,
                t("model.macro_f1", lang): m.get("macro_f1"),
                t("model.n_train", lang): m.get("n_train"),
                t("messages.active", lang): v == active_name,
            }
        )
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    h1, h2 = st.columns([3, 1])
    with h1.form("model_activate", enter_to_submit=False):
        pick = st.selectbox(
            t("model.pick", lang), [v for v in versions], key="model_pick", placeholder=t("common.choose", lang)
        )
        go = st.form_submit_button(t("model.activate", lang))
    if go and dd.allowed(PAGE):
        try:
            registry.activate(pick)
        except Exception as exc:  # noqa: BLE001
            st.error(t("common.error", lang, error=exc))
        else:
            store.audit(user["username"], "model.activate", f"model:{pick}", {"previous": active_name})
            dd.invalidate()
            ss["model_flash"] = t("model.switched", lang, version=pick)
            st.rerun()
    if h2.button(t("model.rollback", lang), key="model_rollback") and dd.allowed(PAGE):
        try:
            back = registry.rollback()
        except Exception as exc:  # noqa: BLE001 - e.g. nothing to roll back to
            st.error(t("common.error", lang, error=exc))
        else:
            name = back if back is not None else registry.active_version()
            store.audit(user["username"], "model.rollback", f"model:{name}", {"previous": active_name})
            dd.invalidate()
            ss["model_flash"] = t("model.switched", lang, version=name)
            st.rerun()
