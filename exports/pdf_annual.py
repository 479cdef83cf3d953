"""The PDF's "A year of support" section: the yearly table, a cost-range chart and break-even
lines. It draws what models/annual.py worked out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from exports.common import PLAN_COLORS, short_amount
from exports.pdf_draw import fit_label, label_width
from exports.rtl import FONT
from models.decision_view import annual_table

if TYPE_CHECKING:
    from exports.pdf import PdfExporter


RANGE_TITLE = "Yearly cost range (P10 – P90, median marked)"
BREAK_EVEN_TITLE = "Break-even: median yearly cost by tickets a month"


def annual_section(exporter: PdfExporter) -> list[Flowable]:
    report = exporter.report
    annual = report.annual
    if annual is None:
        return []
    currency = report.currency

    table = annual_table(annual, report.rates, currency, exporter.plan_names)
    rows: list[list[Any]] = [[c.title for c in table.columns]]
    rows += [[row[c.id].text for c in table.columns] for row in table.rows]
    complete = {f"{plan.contract}:{plan.plan}": plan.complete for plan in annual.plans}
    ranges = [
        (
            row["plan"].text,
            float(row["p10"].amount or 0),
            float(row["p50"].amount or 0),
            float(row["p90"].amount or 0),
            complete[row.key],
        )
        for row in table.rows
    ]
    names = exporter.plan_names
    w = exporter.width
    profile = annual.profile
    intro = (
        f"{profile.name}: {annual.years} simulated years of tickets (seed {annual.seed}), "
        f"{annual.tickets_per_year:.1f} a year on average, reported from {profile.timezone}; "
        f"{profile.tickets_per_month_total} tickets a month, effort median "
        f"{profile.effort_hours.median} h (90 % under {profile.effort_hours.p90} h). Each plan's "
        "rules are applied over the year: fees, monthly quotas, package hours with their monthly "
        "cap and minimum, included hours and what happens when they run out. Costs are before "
        "VAT; 'no price' counts tickets whose price the terms do not state, so such a total is "
        "incomplete. Response and work start: median / P90 time after the report."
    )
    unit = currency or "each vendor's currency"
    range_chart = _range_drawing(ranges, w, unit)
    story: list[Flowable] = [
        Paragraph("A year of support", exporter.styles["h1"]),
        exporter.p(intro, "base"),
        Spacer(1, 3 * mm),
        exporter.table(rows, [float(c.width) for c in table.columns]),
        Spacer(1, 4 * mm),
        KeepTogether([Paragraph(RANGE_TITLE, exporter.styles["h3"]), range_chart]),
    ]
    if report.break_even:
        story += [
            Spacer(1, 4 * mm),
            KeepTogether(
                [
                    Paragraph(
                        "Break-even: median yearly cost by tickets a month", exporter.styles["h3"]
                    ),
                    _break_even_drawing(
                        report.break_even, w, currency or "each vendor's currency", names
                    ),
                ]
            ),
        ]
    story.append(PageBreak())
    return story


def _range_drawing(
    ranges: list[tuple[str, float, float, float, bool]], width: float, currency: str
) -> Drawing:

    row = 11.0
    left = label_width([r[0] + " (incomplete)" for r in ranges], width)
    height = 26 + row * len(ranges)
    drawing = Drawing(width, height)
    top = max((r[3] for r in ranges), default=1.0) or 1.0
    plot = width - left - 10

    def x_of(value: float) -> float:
        return left + value / top * plot

    for n, (label, p10, p50, p90, complete) in enumerate(ranges):
        y = height - 14 - (n + 1) * row
        color = colors.HexColor(PLAN_COLORS[n % len(PLAN_COLORS)])
        text = label if complete else f"{label} (incomplete)"
        drawing.add(String(0, y + 3, fit_label(text, left - 4), fontName=FONT, fontSize=6.5))
        drawing.add(Rect(x_of(p10), y + 2, max(x_of(p90) - x_of(p10), 1.5), row - 4,
                         fillColor=color, strokeColor=None))  # fmt: skip
        drawing.add(Line(x_of(p50), y + 1, x_of(p50), y + row - 1, strokeWidth=1.5))
    drawing.add(String(left, 2, f"0 … {short_amount(top)} {currency}", fontName=FONT, fontSize=6.5,
                       fillColor=colors.grey))  # fmt: skip
    return drawing


def _break_even_drawing(points: Any, width: float, currency: str, names: dict[str, str]) -> Drawing:

    keys: list[str] = []
    for point in points:
        keys += [k for k in point.median if k not in keys]
    legend_w = 150.0
    drawing = Drawing(width, 190)
    plot = LinePlot()
    plot.x, plot.y = 45, 25
    plot.width, plot.height = width - legend_w - 60, 150
    data = []
    for key in keys:
        series = [
            (p.tickets_per_month, float(p.median[key]))
            for p in points
            if p.median.get(key) is not None
        ]
        data.append(series or [(0.0, 0.0)])
    plot.data = data
    for n in range(len(keys)):
        plot.lines[n].strokeColor = colors.HexColor(PLAN_COLORS[n % len(PLAN_COLORS)])
        plot.lines[n].strokeWidth = 1.2
    plot.xValueAxis.labels.fontName = plot.yValueAxis.labels.fontName = FONT
    plot.xValueAxis.labels.fontSize = plot.yValueAxis.labels.fontSize = 6.5
    plot.yValueAxis.labelTextFormat = short_amount
    plot.yValueAxis.valueMin = 0
    drawing.add(plot)
    drawing.add(String(plot.x, 5, f"tickets a month → (cost in {currency})", fontName=FONT,
                       fontSize=6.5, fillColor=colors.grey))  # fmt: skip
    for n, key in enumerate(keys):
        y = 175 - n * 10
        color = colors.HexColor(PLAN_COLORS[n % len(PLAN_COLORS)])
        drawing.add(Line(width - legend_w, y + 2, width - legend_w + 12, y + 2, strokeColor=color,
                         strokeWidth=1.5))  # fmt: skip
        incomplete = not all(p.complete.get(key, True) for p in points)
        label = fit_label(f"{names.get(key, key)}{' *' if incomplete else ''}", legend_w - 16)
        drawing.add(String(width - legend_w + 15, y, label, fontName=FONT, fontSize=6))
    drawing.add(String(width - legend_w, 175 - len(keys) * 10 - 4,
                       "* known part: some prices not stated", fontName=FONT, fontSize=5.5,
                       fillColor=colors.grey))  # fmt: skip
    return drawing
