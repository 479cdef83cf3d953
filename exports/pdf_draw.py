"""The PDF's drawings of one scenario: a timeline of each plan's milestones over dates, and a
chart of the request's cost per plan (in the comparison currency)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.common import short_amount
from exports.rtl import FONT
from models.serialize import ScenarioResults
from models.view import Table
from models.vocabulary import MILESTONES

if TYPE_CHECKING:
    from exports.pdf import PdfExporter

MILESTONE_COLORS = {
    "response": colors.HexColor("#2563eb"),
    "work_start": colors.HexColor("#16a34a"),
    "resolution": colors.HexColor("#9333ea"),
    "release": colors.HexColor("#ea580c"),
}
OFFICE_BG = colors.HexColor("#e6eefa")
GRID = colors.HexColor("#d0d5dc")
LABEL_SIZE = 6.5


def label_width(labels: list[str], width: float) -> float:
    widest = max((stringWidth(t, FONT, LABEL_SIZE) for t in labels), default=40.0)
    return min(widest + 6, width * 0.42)


def fit_label(text: str, room: float) -> str:
    """A label that fits `room` whole where it can, else cut at a word with an ellipsis."""
    if stringWidth(text, FONT, LABEL_SIZE) <= room:
        return text
    words = text.split(" ")
    while len(words) > 1 and stringWidth(" ".join(words) + " …", FONT, LABEL_SIZE) > room:
        words.pop()
    return " ".join(words) + " …"


def _lines(text: str, room: float) -> list[str]:
    """A plan's name in one line, or two (vendor, plan) when one is too long; cut only when
    even a half does not fit."""
    if stringWidth(text, FONT, LABEL_SIZE) <= room or " · " not in text:
        return [fit_label(text, room)]
    vendor, plan = text.split(" · ", 1)
    return [fit_label(vendor, room), fit_label(plan, room)]


def _ticks(start: datetime, end: datetime) -> tuple[list[datetime], str]:
    """Tick instants at round local times over the span, and their label pattern."""
    span = end - start
    if span <= timedelta(days=2):
        step, pattern = timedelta(hours=6), "%a %H:%M"
    elif span <= timedelta(days=8):
        step, pattern = timedelta(days=1), "%a %d %b"
    else:
        step, pattern = timedelta(days=max(1, round(span.days / 7))), "%d %b"
    first = start.replace(minute=0, second=0, microsecond=0)
    if step >= timedelta(days=1):
        first = first.replace(hour=0)
    else:
        first = first.replace(hour=first.hour - first.hour % 6)
    ticks = []
    moment = first
    while moment <= end:
        if moment >= start:
            ticks.append(moment)
        moment = (moment + step).astimezone(start.tzinfo)
        moment = moment.replace(hour=0) if step >= timedelta(days=1) else moment
    return ticks, pattern


def timeline(exporter: PdfExporter, run: ScenarioResults, view: Table) -> Drawing:
    """Lanes per plan over the days after the report, in the reporter's time: office hours
    shaded, milestones marked, a date axis below."""
    width = exporter.width
    results = list(run.results)
    reported = run.scenario.reported_at.astimezone(UTC)  # positions in real time across DST
    names = [row["plan"].text for row in view.rows]
    top_pad, axis = 22.0, 20.0
    label_w = label_width(names, width)
    labels = [_lines(name, label_w - 4) for name in names]
    lane = 17.0 if any(len(lines) > 1 for lines in labels) else 11.0
    height = top_pad + lane * len(results) + axis
    drawing = Drawing(width, height)
    times = [m.at for x in results for m in x.milestones.values() if m is not None]
    latest = max(times, default=reported + timedelta(hours=24))
    span = min(max(latest - reported, timedelta(hours=24)) * 1.08, timedelta(days=21))
    start, end = reported - span * 0.03, reported + span
    plot_w = width - label_w - 4

    def x_of(moment: datetime) -> float:
        return float(label_w + (moment - start) / (end - start) * plot_w)

    legend_x = label_w
    for name in MILESTONES:
        _marker(drawing, name, legend_x + 3, height - 7)
        drawing.add(
            String(
                legend_x + 9,
                height - 10,
                name.replace("_", " "),
                fontName=FONT,
                fontSize=LABEL_SIZE,
            )
        )
        legend_x += 62
    drawing.add(Rect(legend_x, height - 11, 8, 6, fillColor=OFFICE_BG, strokeColor=None))
    drawing.add(
        String(
            legend_x + 11, height - 10, "vendor's office hours", fontName=FONT, fontSize=LABEL_SIZE
        )
    )
    local = run.scenario.reported_at.tzinfo  # the axis reads in the reporter's wall time
    ticks, pattern = _ticks(start.astimezone(local), end.astimezone(local))
    for tick in ticks:
        x = x_of(tick)
        drawing.add(Line(x, axis, x, height - top_pad + 2, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(Line(x, axis - 3, x, axis, strokeColor=colors.black, strokeWidth=0.5))
        drawing.add(
            String(
                x, axis - 10, tick.strftime(pattern), fontName=FONT, fontSize=6, textAnchor="middle"
            )
        )
    drawing.add(Line(label_w, axis, width - 4, axis, strokeColor=colors.black, strokeWidth=0.5))
    zone = str(local)
    drawing.add(
        String(
            width - 4,
            1,
            f"dates and times in the reporter's zone ({zone})",
            fontName=FONT,
            fontSize=5.5,
            fillColor=colors.grey,
            textAnchor="end",
        )
    )
    for row, (result, label) in enumerate(zip(results, labels, strict=True)):
        y = height - top_pad - (row + 1) * lane
        contract = exporter.report.contract(result.contract)
        for opened, closed in contract.calendar_for(result.plan).open_intervals(start, end):
            drawing.add(
                Rect(
                    x_of(opened),
                    y + 1,
                    max(x_of(closed) - x_of(opened), 0.5),
                    lane - 2,
                    fillColor=OFFICE_BG,
                    strokeColor=None,
                )
            )
        for n, line in enumerate(label):
            baseline = y + lane / 2 - 2 + (len(label) - 1 - 2 * n) * 3.6
            drawing.add(String(0, baseline, line, fontName=FONT, fontSize=LABEL_SIZE))
        stated = [m for m in result.milestones.values() if m is not None]
        if stated:
            last = min(max(m.at for m in stated), end)
            drawing.add(
                Line(
                    x_of(reported),
                    y + lane / 2,
                    x_of(last),
                    y + lane / 2,
                    strokeColor=colors.HexColor("#adb5bd"),
                    strokeWidth=1,
                )
            )
        for key, milestone in result.milestones.items():
            if milestone is not None and milestone.at <= end:
                _marker(drawing, key, x_of(milestone.at), y + lane / 2)
            elif milestone is not None:
                drawing.add(
                    String(
                        width - 2,
                        y + 3,
                        "→ later",
                        fontName=FONT,
                        fontSize=5.5,
                        textAnchor="end",
                        fillColor=colors.grey,
                    )
                )
    report_x = x_of(reported)
    drawing.add(
        Line(
            report_x,
            axis,
            report_x,
            height - top_pad + 4,
            strokeColor=colors.red,
            strokeDashArray=[2, 2],
            strokeWidth=0.8,
        )
    )
    drawing.add(
        String(
            report_x + 2,
            height - top_pad + 1,
            "reported",
            fontName=FONT,
            fontSize=6,
            fillColor=colors.red,
        )
    )
    return drawing


def _marker(drawing: Drawing, name: str, x: float, y: float) -> None:
    color = MILESTONE_COLORS[name]
    r = 2.8
    if name == "response":
        points = [x - r, y, x, y + r, x + r, y, x, y - r]
    elif name == "work_start":
        points = [x - r, y - r, x - r, y + r, x + r, y + r, x + r, y - r]
    elif name == "resolution":
        points = [x, y + r + 0.8, x + r + 0.8, y, x, y - r - 0.8, x - r - 0.8, y]
    else:
        points = [x - r, y - r, x + r, y - r, x, y + r]
    drawing.add(Polygon(points, fillColor=color, strokeColor=color, strokeWidth=0.3))


def cost_chart(exporter: PdfExporter, view: Table) -> Drawing:
    """The request's cost per plan (the view's converted amounts, else each vendor's own when
    there is no comparison currency); plans without a complete price are named below."""
    width = exporter.width
    column = "converted" if any(c.id == "converted" for c in view.columns) else None
    shown, left_out = [], []
    for row in view.rows:
        cell = row[column] if column else None
        if cell is not None and cell.amount is not None and cell.missing is None:
            shown.append((row["plan"].text, cell.amount))
        else:
            left_out.append(row["plan"].text)
    if not shown:
        drawing = Drawing(width, 16)
        drawing.add(
            String(
                0,
                4,
                "No plan states a complete price for this request"
                + ("" if column else " (no comparison currency chosen)")
                + ".",
                fontName=FONT,
                fontSize=8,
            )
        )
        return drawing
    currency = exporter.report.currency or ""
    bottom = 30.0
    left = label_width([name for name, _ in shown], width)
    labels = [_lines(name, left - 6) for name, _ in shown]
    bar = 17.0 if any(len(lines) > 1 for lines in labels) else 12.0
    plot_h = bar * len(shown)
    note_h = 10.0 if left_out else 0.0
    drawing = Drawing(width, plot_h + bottom + note_h + 4)
    chart = HorizontalBarChart()
    chart.x, chart.y = left, bottom + note_h
    chart.width, chart.height = width - left - 16, plot_h
    chart.data = [[float(v) for _, v in shown]]
    chart.categoryAxis.categoryNames = ["\n".join(lines) for lines in labels]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.reverseDirection = True
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labelTextFormat = short_amount
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = colors.HexColor("#2563eb")
    chart.barWidth = 8
    drawing.add(chart)
    drawing.add(
        String(
            left + chart.width / 2,
            note_h + 6,
            f"cost of the request, {currency}, before VAT",
            fontName=FONT,
            fontSize=LABEL_SIZE,
            textAnchor="middle",
            fillColor=colors.grey,
        )
    )
    if left_out:
        drawing.add(
            String(
                0,
                0,
                fit_label("Without a complete price: " + "; ".join(left_out), width),
                fontName=FONT,
                fontSize=6,
                fillColor=colors.grey,
            )
        )
    return drawing
