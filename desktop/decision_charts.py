"""The break-even chart of the Decision view: yearly cost against the ticket volume.

It draws `Decision.curve` (each plan's yearly cost, loaded with the unpriced tickets, at each
ticket volume tried) for the winner and its closest rivals, marks the profile's own volume and
the break-even volumes of `Decision.break_even`; it computes none of them.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.annual_charts import color, nice_step
from exports.common import short_amount
from models.comparison import plan_title

if TYPE_CHECKING:
    from models.decide import Decision

Scale = Callable[[float], float]
RIVALS = 4  # the winner and this many rivals (plus every rival with a break-even in range)


@dataclass(frozen=True)
class Line:
    key: str
    label: str
    values: tuple[Decimal, ...]
    winner: bool
    complete: bool


@dataclass(frozen=True)
class Crossing:
    against: str
    tickets: Decimal


class VolumeChart(QWidget):
    LEFT, TOP, BOTTOM = 56, 26, 40
    LEGEND = 230  # the legend's width beside the plot (narrow charts: the legend goes on top)

    @property
    def legend_beside(self) -> bool:
        return self.width() >= 3 * self.LEGEND

    @property
    def right(self) -> int:
        return self.LEGEND + 10 if self.legend_beside else 16

    @property
    def top(self) -> int:
        return self.TOP if self.legend_beside else self.TOP + 16 * len(self.lines) + 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("volumeChart")
        self.setAccessibleName("Cost by ticket volume chart")
        self.volumes: tuple[Decimal, ...] = ()
        self.lines: list[Line] = []
        self.crossings: list[Crossing] = []
        self.profile_volume = Decimal(0)
        self.currency = ""
        self.empty_text = "The decision is being worked out…"
        self.setMinimumSize(420, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 300)

    def set_decision(self, decision: Decision | None, empty_text: str = "") -> None:
        self.lines, self.crossings, self.volumes = [], [], ()
        self.empty_text = empty_text or self.empty_text
        if decision is not None and decision.curve.tickets_per_month:
            self._take(decision)
            if not self.lines:
                self.empty_text = "No plans are compared."
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        """The chart in words, for a screen reader: each line's yearly cost at the lowest and
        the highest volume, and where a rival crosses the winner."""
        if not self.lines:
            return self.empty_text
        low, high = self.volumes[0], self.volumes[-1]
        parts = [
            (
                f"Yearly cost in {self.currency} by tickets a month, from {low:,.4g} to "
                f"{high:,.4g}; the profile has {self.profile_volume:,.4g}."
            )
        ]
        for line in self.lines:
            role = " (the winner)" if line.winner else ""
            parts.append(f"{line.label}{role}: {line.values[0]:,.0f} to {line.values[-1]:,.0f}.")
        titles = {line.key: line.label for line in self.lines}
        for crossing in self.crossings:
            parts.append(
                f"{titles.get(crossing.against, crossing.against)} becomes cheaper at "
                f"{crossing.tickets:,.4g} tickets a month."
            )
        return " ".join(parts)

    def _take(self, decision: Decision) -> None:
        curve = decision.curve
        self.volumes = curve.tickets_per_month
        self.currency = decision.currency
        self.profile_volume = decision.profile.tickets_per_month_total
        winner = decision.winner.key if decision.winner else None
        crossing = {
            p.against: p.tickets_per_month
            for p in decision.break_even
            if p.tickets_per_month is not None
        }
        order = [o.metrics.key for o in decision.ranking.outcomes]
        rivals = [k for k in order if k != winner]
        shown = ([winner] if winner else []) + [
            k for n, k in enumerate(rivals) if n < RIVALS or k in crossing
        ]
        for key in shown:
            if key not in curve.loaded:
                continue
            self.lines.append(
                Line(
                    key,
                    plan_title(decision.metrics[key].ref),
                    tuple(curve.loaded[key]),
                    key == winner,
                    all(curve.complete.get(key, (True,))),
                )
            )
        self.crossings = [Crossing(k, t) for k, t in crossing.items() if k in shown]

    # --- drawing ---

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setFont(QFont(self.font().family(), 8))
        values = [float(v) for line in self.lines for v in line.values]
        if not self.lines or not values or len(self.volumes) < 2:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        low, high = math.log(float(self.volumes[0])), math.log(float(self.volumes[-1]))
        y_step = nice_step(max(values))
        y_max = y_step * (int(max(values) / y_step) + 1)
        w = max(self.width() - self.LEFT - self.right, 50)
        h = max(self.height() - self.top - self.BOTTOM, 50)
        top = self.top

        def x_of(tickets: float) -> float:
            return self.LEFT + (math.log(tickets) - low) / (high - low) * w

        def y_of(value: float) -> float:
            return top + h - value / y_max * h

        painter.setPen(text)
        painter.drawText(
            QPointF(8, 15),
            f"Yearly cost in {self.currency} (unpriced tickets loaded) by tickets a month",
        )
        tick = 0.0
        while tick <= y_max + 1e-9:
            painter.setPen(QColor(128, 128, 128, 60))
            painter.drawLine(QPointF(self.LEFT, y_of(tick)), QPointF(self.LEFT + w, y_of(tick)))
            painter.setPen(muted)
            painter.drawText(
                QRectF(0, y_of(tick) - 8, self.LEFT - 6, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                short_amount(tick),
            )
            tick += y_step
        for tickets in (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500):
            if float(self.volumes[0]) <= tickets <= float(self.volumes[-1]):
                painter.drawText(
                    QRectF(x_of(tickets) - 20, top + h + 4, 40, 14),
                    int(Qt.AlignmentFlag.AlignHCenter),
                    f"{tickets:g}",
                )
        painter.drawText(
            QRectF(self.LEFT, top + h + 20, w, 14),
            int(Qt.AlignmentFlag.AlignHCenter),
            "tickets a month (log scale)",
        )
        self._draw_profile(painter, x_of, h, muted)
        for index, line in enumerate(self.lines):
            pen = QPen(color(index), 3 if line.winner else 1.5)
            if not line.complete:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            points = [
                QPointF(x_of(float(t)), y_of(float(v)))
                for t, v in zip(self.volumes, line.values, strict=True)
            ]
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            self._draw_legend(painter, index, line, pen, text)
        self._draw_crossings(painter, x_of, y_of, text)

    def _draw_profile(self, painter: QPainter, x_of: Scale, h: int, muted: QColor) -> None:
        volume = float(self.profile_volume)
        if not volume or not float(self.volumes[0]) <= volume <= float(self.volumes[-1]):
            return
        x = x_of(volume)
        painter.setPen(QPen(muted, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(x, self.top), QPointF(x, self.top + h))
        painter.setPen(muted)
        painter.drawText(QPointF(x + 4, self.top + 10), f"profile: {volume:.3g}/month")

    def _draw_legend(
        self, painter: QPainter, index: int, line: Line, pen: QPen, text: QColor
    ) -> None:
        if self.legend_beside:
            x, y, room = self.width() - self.LEGEND, self.TOP + 16 * index + 6, self.LEGEND - 30
        else:
            x, y, room = self.LEFT, self.TOP + 16 * index + 4, self.width() - self.LEFT - 30
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y), QPointF(x + 16, y))
        painter.setPen(text)
        label = ("★ " if line.winner else "") + line.label
        metrics = painter.fontMetrics()
        painter.drawText(
            QPointF(x + 22, y + 4),
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, room),
        )

    def _draw_crossings(self, painter: QPainter, x_of: Scale, y_of: Scale, text: QColor) -> None:
        """A ring where the winner's line meets a rival's, at the break-even volume."""
        winner = next((line for line in self.lines if line.winner), None)
        if winner is None:
            return
        for crossing in self.crossings:
            tickets = float(crossing.tickets)
            value = _along(self.volumes, winner.values, tickets)
            if value is None:
                continue
            point = QPointF(x_of(tickets), y_of(value))
            painter.setPen(QPen(text, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(point, 6, 6)
            label = f"break-even {tickets:.3g}/month"
            width = painter.fontMetrics().horizontalAdvance(label)
            room = self.width() - self.right - point.x()
            shift = QPointF(8, -8) if room > width + 10 else QPointF(-8 - width, -8)
            painter.drawText(point + shift, label)


def _along(volumes: tuple[Decimal, ...], values: tuple[Decimal, ...], at: float) -> float | None:
    """Where on a drawn line (straight between the curve's points) a volume falls."""
    for (t0, v0), (t1, v1) in zip(
        zip(volumes, values, strict=True), zip(volumes[1:], values[1:], strict=True), strict=False
    ):
        if float(t0) <= at <= float(t1):
            span = math.log(float(t1)) - math.log(float(t0))
            share = (math.log(at) - math.log(float(t0))) / span if span else 0.0
            return float(v0) + (float(v1) - float(v0)) * share
    return None
