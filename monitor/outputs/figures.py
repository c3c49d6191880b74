"""Charts shared by the dashboard and the exports: one colour per narrative everywhere, the
Trends small multiples, and a plotly figure as PNG through kaleido (one headless browser per process).

Colours are set on every trace, never left to a template: Streamlit makes its own "streamlit"
plotly template the default, and that template has no colourway (the browser fills colours in),
so a figure rendered by kaleido without explicit colours came out with every bar black.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import shutil
import time
import warnings
from collections.abc import Sequence

# Narrative colours (no green: green is official messaging), in taxonomy order.
NARRATIVE_PALETTE = (
    "#d62728",  # red
    "#ff7f0e",  # orange
    "#9467bd",  # purple
    "#1f77b4",  # blue
    "#8c564b",  # brown
    "#e377c2",  # pink
    "#17becf",  # cyan
    "#bcbd22",  # olive
    "#7f7f7f",  # grey
    "#393b79",  # indigo
)
OFFICIAL_COLOUR = "#2ca02c"  # approved messaging: official items; no narrative uses it
OUTAGE_COLOUR = "rgba(128,128,128,0.4)"
SPIKE_OUTLINE = "#000000"


def narrative_colours(keys: Sequence[str]) -> dict[str, str]:
    """Narrative key → colour, for `keys` in taxonomy order (all narratives, not only the ones
    shown: hiding one never recolours the others). Every chart and export takes colours here."""
    ordered = [k for k in keys if k and k != "none"]
    return {k: NARRATIVE_PALETTE[i % len(NARRATIVE_PALETTE)] for i, k in enumerate(ordered)}


def integer_dtick(top: float, ticks: int = 4) -> int:
    """A whole-number tick step for an axis up to `top` (counts have no halves)."""
    return max(1, math.ceil(max(top, 1) / ticks))


def trends_figure(
    buckets: Sequence[dt.datetime],
    volumes: dict[str, Sequence[int]],
    answers: dict[str, Sequence[int]],
    spikes: dict[str, Sequence[int]],
    colours: dict[str, str],
    labels: dict[str, str],
    names: dict[str, str],
    date_format: str = "%d/%m",
    outages: Sequence[dict] = (),
):
    """Small multiples: one panel per narrative, its distorted items per bucket (its colour) next to
    the official items answering it (the official colour), triangles over the spiking bars.

    labels: the reader's language for 'distorted', 'official', 'spike', 'outage', 'axis_count',
    'axis_date', 'title'. Spike indexes come from the alerts' rule (`alerts.spike_points`).
    """
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    keys = list(volumes)
    rows = max(1, len(keys))
    fig = make_subplots(
        rows=rows,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=min(0.08, 0.3 / rows),
        subplot_titles=[names.get(k, k) for k in keys] or [""],
    )
    x = list(buckets)
    for row, key in enumerate(keys, start=1):
        colour = colours.get(key, NARRATIVE_PALETTE[0])
        ys = [int(v) for v in volumes[key]]
        answered = [int(v) for v in answers.get(key, [0] * len(x))]
        fig.add_trace(
            go.Bar(
                x=x,
                y=ys,
                name=names.get(key, key),
                marker={"color": colour},
                legendgroup=key,
                offsetgroup="distorted",
                hovertemplate=f"%{{x|{date_format}}}: %{{y}} {labels['distorted']}<extra></extra>",
            ),
            row=row,
            col=1,
        )
        fig.add_trace(
            go.Bar(
                x=x,
                y=answered,
                name=labels["official"],
                marker={"color": OFFICIAL_COLOUR},
                legendgroup="official",
                showlegend=row == 1,
                offsetgroup="official",
                hovertemplate=f"%{{x|{date_format}}}: %{{y}} {labels['official']}<extra></extra>",
            ),
            row=row,
            col=1,
        )
        hits = [i for i in spikes.get(key, ()) if 0 <= i < len(x)]
        if hits:
            top = max(max(ys), max(answered), 1)
            fig.add_trace(
                go.Scatter(
                    x=[x[i] for i in hits],
                    y=[ys[i] + top * 0.12 for i in hits],
                    mode="markers",
                    name=f"{labels['spike']}: {names.get(key, key)}",
                    legendgroup=key,
                    marker={
                        "symbol": "triangle-down",
                        "size": 13,
                        "color": colour,
                        "line": {"width": 1.5, "color": SPIKE_OUTLINE},
                    },
                    customdata=[ys[i] for i in hits],
                    hovertemplate=f"{labels['spike']} %{{x|{date_format}}}: %{{customdata}}<extra></extra>",
                ),
                row=row,
                col=1,
            )
        top = max([*ys, *answered, 1])
        fig.update_yaxes(
            row=row,
            col=1,
            rangemode="tozero",
            tickformat="d",
            dtick=integer_dtick(top),
            range=[0, top * 1.3],
            title_text=labels["axis_count"] if rows == 1 or row == (rows + 1) // 2 else None,
        )
    for gap in outages:
        fig.add_vrect(x0=gap["start"], x1=gap["end"], fillcolor="grey", opacity=0.18, line_width=0, layer="below")
    if outages:
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=labels["outage"],
                marker={"symbol": "square", "size": 12, "color": OUTAGE_COLOUR},
            )
        )
    fig.update_xaxes(tickformat=date_format, hoverformat=date_format)
    fig.update_xaxes(title_text=labels["axis_date"], row=rows, col=1)
    fig.update_layout(
        template="plotly_white",
        barmode="group",
        bargap=0.25,
        title=labels["title"],
        height=max(320, 70 + 170 * rows),
        legend={"orientation": "h", "y": -0.08 - 0.3 / rows},
        margin={"t": 70, "b": 10, "l": 10, "r": 10},
        font={"family": "DejaVu Sans, Arial"},
    )
    return fig


@functools.cache
def _kaleido_server() -> bool:
    """One headless browser for every PNG export of this process (2.5 s → 0.15 s per image)."""
    import kaleido

    try:
        kaleido.start_sync_server(silence_warnings=True)
    except Exception:  # noqa: BLE001 - an already running server is fine
        pass
    return True


PNG_NEEDS = "PNG export needs Chromium on PATH (apt-get install chromium)"


def png_available() -> bool:
    """Whether kaleido has a browser to draw PNGs with (Debian's `chromium` package)."""
    return any(shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome", "chrome"))


def figure_png(fig, width: int = 1200, height: int | None = None) -> bytes:
    """The figure as PNG (needs a Chromium on PATH; raises RuntimeError with advice otherwise).
    The height is the figure's own when it sets one, so small multiples are not squeezed."""
    if not png_available():
        raise RuntimeError(PNG_NEEDS)
    _kaleido_server()
    started = time.perf_counter()
    height = height or fig.layout.height or 600
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "kopts ignored when using a server": expected
        png = fig.to_image(format="png", width=width, height=height, scale=1)
    if time.perf_counter() - started > 60:
        raise RuntimeError("PNG export took too long")
    return png
