"""The digest as a one-page A4 PDF (fpdf2), with a font that has every Vietnamese letter."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.config import AlertSettings
from monitor.errors import AlertError
from monitor.textsafe import clip, nfc

if TYPE_CHECKING:
    from monitor.outputs.digest import DigestData

CHART_W, CHART_H = 520, 300  # the charts' size in pixels (scale 1); the PDF keeps their aspect

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
]


def find_font(settings: AlertSettings | None = None) -> tuple[Path, Path | None]:
    """(regular, bold) TTF paths with full Vietnamese coverage. DejaVu Sans: from the setting,
    matplotlib's bundled copy, or the system. (Liberation fonts drop some Vietnamese letters.)"""
    candidates: list[Path] = []
    if settings is not None and settings.digest_font:
        candidates.append(Path(settings.digest_font).expanduser())
    try:
        import matplotlib

        candidates.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")
    except ImportError:
        pass
    candidates += [Path(p) for p in FONT_CANDIDATES]
    for p in candidates:
        if p.is_file():
            bold = p.with_name(p.stem + "-Bold" + p.suffix)
            return p, bold if bold.is_file() else None
    raise AlertError(
        "no font with Vietnamese letters found for the PDF digest: install fonts-dejavu-core "
        "or matplotlib, or set alerts.digest_font"
    )


def render_pdf(data: DigestData, charts: list[tuple[str, bytes]], font: tuple[Path, Path | None]) -> bytes:
    """The one-page A4 digest."""
    from fpdf import FPDF

    t = data.t
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_margins(12, 10, 12)
    pdf.set_auto_page_break(True, margin=10)
    pdf.add_font("body", "", str(font[0]))
    pdf.add_font("body", "B", str(font[1] or font[0]))
    pdf.set_title(nfc(f"{t['title']} {data.day.isoformat()}"))
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def heading(text: str) -> None:
        pdf.ln(1.5)
        pdf.set_font("body", "B", 10)
        pdf.set_text_color(150, 30, 30)
        pdf.cell(width, 5.5, nfc(text), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("body", "", 8)

    def line(text: str, h: float = 4.0) -> None:
        pdf.multi_cell(width, h, nfc(text), new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("body", "B", 14)
    pdf.cell(width, 7, nfc(t["title"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("body", "", 9)
    pdf.multi_cell(
        width,
        4.5,
        nfc(
            t["period"].format(start=data.start.strftime("%d/%m/%Y"), end=data.day.strftime("%d/%m/%Y"))
            + " · "
            + data.stamp
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    y = pdf.get_y() + 1
    chart_w = (width - 4) / 2
    chart_h = chart_w * CHART_H / CHART_W
    for i, (_title, png) in enumerate(charts[:2]):
        pdf.image(io.BytesIO(png), x=pdf.l_margin + i * (chart_w + 4), y=y, w=chart_w, h=chart_h)
    pdf.set_y(y + chart_h + 1)

    heading(t["narratives"])
    cols = [width * 0.55, width * 0.15, width * 0.15, width * 0.15]
    pdf.set_font("body", "B", 8)
    for w, h in zip(cols, [t["narrative"], t["this_week"], t["prev_week"], t["change"]], strict=True):
        pdf.cell(w, 4.5, nfc(h), border="B")
    pdf.ln()
    pdf.set_font("body", "", 8)
    for r in data.narratives[:7]:
        for w, v in zip(cols, [clip(r["name"], 70), r["this"], r["prev"], r["change"]], strict=True):
            pdf.cell(w, 4.2, nfc(v))
        pdf.ln()

    heading(f"{t['alerts']} ({len(data.alerts)})")
    if not data.alerts:
        line(t["no_alerts"])
    for a in data.alerts[:4]:
        line(f"• {t['kinds'].get(a['kind'], a['kind'])} {data.when(a['created_at'])} — {clip(a['detail'], 150)}")

    heading(t["responses"])
    if not data.responses:
        line(t["no_flags"])
    for r in data.responses[:6]:
        answer = f"{data.when(r['answered_at'])} ({r['hours_text']} h)" if r["answered_at"] else t["no_answer"]
        line(
            f"• {clip(r['name'], 60)}: {t['first_flag'].lower()} {data.when(r['first_flag'])} → "
            f"{t['answered'].lower()} {answer}"
        )

    heading(t["feeds"])
    if not data.failed_feeds:
        line(t["no_feeds"])
    for f in data.failed_feeds[:4]:
        line(f"• {clip(f['source_name'], 50)}: {t['failures'].format(n=f['failures'])} — {clip(f['last_error'], 90)}")

    heading(t["top_items"])
    if not data.top_items:
        line(t["no_items"])
    for i, it in enumerate(data.top_items, 1):
        pdf.set_font("body", "B", 8)
        line(f"{i}. {clip(it['title'], 150)}")
        pdf.set_font("body", "", 8)
        line(
            f"   {it['source_name']} · {it['narrative']} · {t['copies'].format(copies=it['copies'], sources=it['sources'])}"
        )
        line(f"   {t['rebuttal']}: {clip(it['rebuttal'] or t['no_rebuttal'], 150)}")
    return bytes(pdf.output())


# --- the command's work --------------------------------------------------------------------
