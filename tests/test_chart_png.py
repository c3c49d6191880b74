"""The Trends chart exported as PNG has the narrative colours of the screen. Streamlit makes its
own plotly template the default, and that template has no colourway (its browser code fills the
colours in), so a figure rendered by kaleido without explicit colours had every bar black."""

from __future__ import annotations

import datetime as dt
import io
import shutil

import pytest

from monitor.outputs.figures import OFFICIAL_COLOUR, figure_png, narrative_colours, trends_figure

pytestmark = pytest.mark.skipif(not shutil.which("chromium"), reason="PNG export needs Debian chromium")

KEYS = ["procedure_false", "fraud_claim", "participation_deterrence"]
LABELS = {
    "distorted": "tin sai lệch",
    "official": "Tin chính thức phản hồi",
    "spike": "Đột biến",
    "outage": "Nguồn gián đoạn",
    "axis_count": "Số tin",
    "axis_date": "Ngày (UTC)",
    "title": "Xu hướng",
}


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


def _has_colour(image, colour: tuple[int, int, int], min_pixels: int = 200) -> bool:
    hits = sum(
        n
        for n, px in image.getcolors(maxcolors=1 << 20)
        if all(abs(a - b) <= 6 for a, b in zip(px, colour, strict=True))
    )
    return hits >= min_pixels


def test_exported_png_has_each_narrative_colour_and_the_official_colour():
    import streamlit  # noqa: F401 - sets plotly's default template to Streamlit's, as on the server
    from PIL import Image

    days = [dt.datetime(2021, 5, d) for d in range(1, 15)]
    volumes = {k: [(i * (j + 2)) % 7 for i in range(len(days))] for j, k in enumerate(KEYS)}
    volumes["fraud_claim"][10] = 30
    answers = {k: [i % 3 for i in range(len(days))] for k in KEYS}
    colours = narrative_colours(["none", *KEYS, "impersonation"])
    fig = trends_figure(days, volumes, answers, {"fraud_claim": [10]}, colours, LABELS, {k: k for k in KEYS})
    image = Image.open(io.BytesIO(figure_png(fig))).convert("RGB")
    for key in KEYS:
        assert _has_colour(image, _rgb(colours[key])), f"{key} is not drawn in its colour {colours[key]}"
    assert _has_colour(image, _rgb(OFFICIAL_COLOUR))
    black = sum(n for n, px in image.getcolors(maxcolors=1 << 20) if max(px) < 40)
    assert black < image.width * image.height * 0.02  # bars are not black


def test_colours_do_not_depend_on_which_narratives_are_shown():
    full = narrative_colours(["none", *KEYS])
    assert narrative_colours(["none", *KEYS])["participation_deterrence"] == full["participation_deterrence"]
    assert OFFICIAL_COLOUR not in full.values() and len(set(full.values())) == len(full)
