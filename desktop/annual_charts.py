"""Charts of the yearly view: a P10–P50–P90 range per plan.

They draw values prepared by models/annual.py; they compute nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.tones import chart_colours
from exports.common import PLAN_COLORS, short_amount


def color(index: int) -> QColor:
    return QColor(PLAN_COLORS[index % len(PLAN_COLORS)])


def nice_step(span: float) -> float:
    if span <= 0:
        return 1.0
    magnitude = 10.0 ** int(f"{span:e}".split("e")[1])
    for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
        if span / (factor * magnitude) <= 6:
            return float(factor * magnitude)
    return float(10 * magnitude)


@dataclass(frozen=True)
class Range:
    label: str
    p10: Decimal
    p50: Decimal
    p90: Decimal
    complete: bool


class RangeChart(QWidget):
    """One row per plan: a bar from P10 to P90 with the median marked."""

    ROW = 20
    LEFT = 230

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annualRange")
        self.setAccessibleName("Yearly cost range chart")
        self.setAccessibleDescription("The yearly cost range of each plan, being simulated.")
        self.ranges: list[Range] = []
        self.currency = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_ranges(self, ranges: list[Range], currency: str) -> None:
        self.ranges, self.currency = ranges, currency
        self.setAccessibleDescription(range_summary(ranges, currency))
        self.setMinimumHeight(50 + self.ROW * len(ranges))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 50 + self.ROW * max(len(self.ranges), 5))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = chart_colours(self.palette())
        painter.fillRect(self.rect(), colours.background)
        painter.setFont(QFont(self.font().family(), 8))
        if not self.ranges:
            painter.setPen(colours.muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "Simulating the profile…")
            return
        top_value = float(max(r.p90 for r in self.ranges)) or 1.0
        step = nice_step(top_value)
        axis_max = step * (int(top_value / step) + 1)
        width = self.width() - self.LEFT - 20

        def x_of(value: float) -> float:
            return self.LEFT + value / axis_max * width

        painter.setPen(colours.muted)
        painter.drawText(
            QPointF(8, 14), f"Yearly cost in {self.currency}: P10 – P90, median marked"
        )
        tick = 0.0
        while tick <= axis_max + 1e-9:
            x = x_of(tick)
            painter.setPen(colours.grid)
            painter.drawLine(QPointF(x, 22), QPointF(x, 30 + self.ROW * len(self.ranges)))
            painter.setPen(colours.muted)
            painter.drawText(
                QPointF(x - 10, 36 + self.ROW * len(self.ranges) + 8), short_amount(tick)
            )
            tick += step
        for row, item in enumerate(self.ranges):
            y = 26 + row * self.ROW
            painter.setPen(colours.text if item.complete else colours.warning)
            label = item.label + ("" if item.complete else "  (incomplete)")
            metrics = painter.fontMetrics()
            painter.drawText(
                QPointF(8, y + 13),
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, self.LEFT - 14),
            )
            x1, x2 = x_of(float(item.p10)), x_of(float(item.p90))
            painter.fillRect(QRectF(x1, y + 4, max(x2 - x1, 2), self.ROW - 8), color(row))
            painter.setPen(QPen(colours.text, 2))
            xm = x_of(float(item.p50))
            painter.drawLine(QPointF(xm, y + 2), QPointF(xm, y + self.ROW - 2))


def range_summary(ranges: list[Range], currency: str) -> str:
    """The chart in words, for a screen reader: each plan's P10, median and P90."""
    if not ranges:
        return "The yearly cost range of each plan, being simulated."
    lines = [
        f"{r.label}: {currency} {r.p10:,.0f} to {r.p90:,.0f} a year, median {r.p50:,.0f}"
        + ("" if r.complete else " (some costs not stated)")
        for r in ranges
    ]
    return f"Yearly cost in {currency}, P10 to P90 with the median, per plan. " + "; ".join(lines)
