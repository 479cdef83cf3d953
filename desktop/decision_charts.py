"""The break-even chart of the Decision view: yearly cost against the ticket volume.

It draws `Decision.curve` (each plan's yearly cost, loaded with the unpriced tickets, at each
ticket volume tried) for the winner and its closest rivals, marks the profile's own volume and
the break-even volumes of `Decision.break_even`; it computes none of them. In right-to-left
layouts the volume axis grows leftwards, the cost axis stands on the right and the legend on
the left.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.annual_charts import (
    absolute_side,
    axis_label,
    axis_unit,
    axis_x,
    locale_number,
    nice_step,
    series_style,
)
from desktop.plan_labels import elided_title
from desktop.tones import chart_colours, is_dark
from models.comparison import plan_title

if TYPE_CHECKING:
    from models.decide import Decision


def _tr(text: str) -> str:
    """`text` in the interface language (context "VolumeChart" in the catalogues)."""
    return QCoreApplication.translate("VolumeChart", text)


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
        self.volumes: tuple[Decimal, ...] = ()
        self.lines: list[Line] = []
        self.crossings: list[Crossing] = []
        self.profile_volume = Decimal(0)
        self.currency = ""
        self.given_empty_text = ""  # the caller's (already translated); else our own
        self.no_plans = False
        self.title_shown = ""  # the title as last drawn (elided where the chart is narrow)
        self.setMinimumSize(420, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.retranslate()

    @property
    def empty_text(self) -> str:
        if self.no_plans:
            return _tr("No plans are compared.")
        return self.given_empty_text or _tr("The decision is being worked out…")

    def retranslate(self) -> None:
        self.setAccessibleName(_tr("Cost by ticket volume chart"))
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.title(self.unit()) if self.lines else "")

    def unit(self) -> str:
        """The cost axis's unit ("thousands") for the lines' highest value ("" for none)."""
        values = [float(v) for line in self.lines for v in line.values]
        if not values:
            return ""
        y_step = nice_step(max(values))
        return axis_unit(y_step * (int(max(values) / y_step) + 1))[1]

    def title(self, unit: str) -> str:
        """The chart's title, with the cost axis's unit."""
        title = _tr("Yearly cost in {currency} (unpriced tickets loaded) by tickets a month")
        title = title.format(currency=self.currency)
        return f"{title} ({unit})" if unit else title

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.update()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 300)

    def set_decision(self, decision: Decision | None, empty_text: str = "") -> None:
        self.lines, self.crossings, self.volumes = [], [], ()
        self.given_empty_text = empty_text or self.given_empty_text
        self.no_plans = False
        if decision is not None and decision.curve.tickets_per_month:
            self._take(decision)
            self.no_plans = not self.lines
        self.retranslate()  # the description and the title's tooltip
        self.update()

    def summary(self) -> str:
        """The chart in words, for a screen reader: each line's yearly cost at the lowest and
        the highest volume, and where a rival crosses the winner."""
        if not self.lines:
            return self.empty_text
        low, high = self.volumes[0], self.volumes[-1]
        parts = [
            _tr(
                "Yearly cost in {currency} by tickets a month, from {low} to {high}; "
                "the profile has {volume}."
            ).format(
                currency=self.currency,
                low=locale_number(float(low), 4),
                high=locale_number(float(high), 4),
                volume=locale_number(float(self.profile_volume), 4),
            )
        ]
        for line in self.lines:
            words = (
                _tr("{plan} (the winner): {low} to {high}.")
                if line.winner
                else _tr("{plan}: {low} to {high}.")
            )
            parts.append(
                words.format(
                    plan=line.label,
                    low=locale_number(float(line.values[0]), 0, fixed=True),
                    high=locale_number(float(line.values[-1]), 0, fixed=True),
                )
            )
        titles = {line.key: line.label for line in self.lines}
        for crossing in self.crossings:
            parts.append(
                _tr("{plan} becomes cheaper at {tickets} tickets a month.").format(
                    plan=titles.get(crossing.against, crossing.against),
                    tickets=locale_number(float(crossing.tickets), 4),
                )
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

    @property
    def right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def plot_span(self) -> tuple[float, float]:
        """Where the plot starts (its left edge) and how wide it is: the cost axis's labels
        take LEFT on the reading side's start, the legend (when beside) the other end."""
        width = max(self.width() - self.LEFT - self.right, 50)
        start = self.right if self.right_to_left else self.LEFT
        return float(start), float(width)

    def x_of_volume(self, tickets: float) -> float:
        """The x of a ticket volume on the log axis (mirrored right to left)."""
        low, high = math.log(float(self.volumes[0])), math.log(float(self.volumes[-1]))
        start, width = self.plot_span()
        share = (math.log(tickets) - low) / (high - low) if high > low else 0.0
        return axis_x(share, start, width, self.right_to_left)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = chart_colours(self.palette())
        text, muted = colours.text, colours.muted
        rtl = self.right_to_left
        painter.fillRect(self.rect(), colours.background)
        painter.setFont(QFont(self.font().family(), 8))
        values = [float(v) for line in self.lines for v in line.values]
        if not self.lines or not values or len(self.volumes) < 2:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        y_step = nice_step(max(values))
        y_max = y_step * (int(max(values) / y_step) + 1)
        divisor, unit = axis_unit(y_max)
        start, w = self.plot_span()
        h = max(self.height() - self.top - self.BOTTOM, 50)
        top = self.top
        x_of = self.x_of_volume
        side = absolute_side(rtl)

        def y_of(value: float) -> float:
            return top + h - value / y_max * h

        painter.setPen(text)
        title = self.title(unit)
        # one line: a title longer than the chart is wide is elided (in full in the tooltip)
        shown = painter.fontMetrics().elidedText(
            title, Qt.TextElideMode.ElideRight, self.width() - 16
        )
        self.title_shown = shown
        painter.drawText(
            QRectF(8, 4, self.width() - 16, 16), int(side | Qt.AlignmentFlag.AlignVCenter), shown
        )
        # the cost axis's labels: left of the plot, or right of it in right-to-left layouts
        label_box = (start + w + 6, self.LEFT - 6) if rtl else (0.0, self.LEFT - 6)
        label_align = absolute_side(not rtl)
        tick = 0.0
        while tick <= y_max + 1e-9:
            painter.setPen(colours.grid)
            painter.drawLine(QPointF(start, y_of(tick)), QPointF(start + w, y_of(tick)))
            painter.setPen(muted)
            painter.drawText(
                QRectF(label_box[0], y_of(tick) - 8, label_box[1], 16),
                int(label_align | Qt.AlignmentFlag.AlignVCenter),
                axis_label(tick, divisor),
            )
            tick += y_step
        self._draw_volume_ticks(painter, top + h)
        painter.drawText(
            QRectF(start, top + h + 20, w, 14),
            int(Qt.AlignmentFlag.AlignHCenter),
            _tr("tickets a month (log scale)"),
        )
        self._draw_profile(painter, x_of, h, muted)
        dark = is_dark(self.palette())
        for index, line in enumerate(self.lines):
            style = series_style(index, dark)
            pen = QPen(style.colour, 3 if line.winner else 1.8)
            pen.setStyle(style.dash)
            painter.setPen(pen)
            points = [
                QPointF(x_of(float(t)), y_of(float(v)))
                for t, v in zip(self.volumes, line.values, strict=True)
            ]
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            self._draw_legend(painter, index, line, pen, text)
        self._draw_crossings(painter, x_of, y_of, text)

    def volume_ticks(self, advance: Callable[[str], float]) -> list[tuple[float, str]]:
        """The volume axis's labels that fit: (x, text), none overlapping its neighbour
        (`advance`: a text's width in pixels)."""
        low, high = float(self.volumes[0]), float(self.volumes[-1])
        shown: list[tuple[float, str]] = []
        taken: list[tuple[float, float]] = []
        for tickets in (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
            if not low <= tickets <= high:
                continue
            label = locale_number(tickets, 3)
            x = self.x_of_volume(tickets)
            half = advance(label) / 2 + 4
            if any(a < x + half and x - half < b for a, b in taken):
                continue
            taken.append((x - half, x + half))
            shown.append((x, label))
        return shown

    def _draw_volume_ticks(self, painter: QPainter, y: float) -> None:
        metrics = painter.fontMetrics()
        for x, label in self.volume_ticks(lambda t: float(metrics.horizontalAdvance(t))):
            painter.drawText(
                QRectF(x - 30, y + 4, 60, 14), int(Qt.AlignmentFlag.AlignHCenter), label
            )

    def _draw_profile(self, painter: QPainter, x_of: Scale, h: int, muted: QColor) -> None:
        volume = float(self.profile_volume)
        if not volume or not float(self.volumes[0]) <= volume <= float(self.volumes[-1]):
            return
        x = x_of(volume)
        painter.setPen(QPen(muted, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(x, self.top), QPointF(x, self.top + h))
        painter.setPen(muted)
        label = _tr("profile: {volume}/month").format(volume=locale_number(volume, 3))
        width = painter.fontMetrics().horizontalAdvance(label)
        painter.drawText(
            QPointF(x - 4 - width if self.right_to_left else x + 4, self.top + 10), label
        )

    def _draw_legend(
        self, painter: QPainter, index: int, line: Line, pen: QPen, text: QColor
    ) -> None:
        rtl = self.right_to_left
        if self.legend_beside:
            room = self.LEGEND - 30
            x = 10 + room + 22 if rtl else self.width() - self.LEGEND
            y = self.TOP + 16 * index + 6
        else:
            room = self.width() - self.LEFT - 30
            x = self.width() - self.LEFT if rtl else self.LEFT
            y = self.TOP + 16 * index + 4
        # the swatch at the reading side's start, the label after it
        swatch = (x - 16, x) if rtl else (x, x + 16)
        painter.setPen(pen)
        painter.drawLine(QPointF(swatch[0], y), QPointF(swatch[1], y))
        painter.setPen(text)
        label = ("★ " if line.winner else "") + line.label
        # the vendor gives way first: the plan's name tells a vendor's plans apart
        shown = elided_title(painter.fontMetrics(), label, room)
        box = QRectF(x - 22 - room, y - 7, room, 14) if rtl else QRectF(x + 22, y - 7, room, 14)
        side = absolute_side(rtl)
        painter.drawText(box, int(side | Qt.AlignmentFlag.AlignVCenter), shown)

    def _draw_crossings(self, painter: QPainter, x_of: Scale, y_of: Scale, text: QColor) -> None:
        """A ring where the winner's line meets a rival's, at the break-even volume."""
        winner = next((line for line in self.lines if line.winner), None)
        if winner is None:
            return
        start, w = self.plot_span()
        for crossing in self.crossings:
            tickets = float(crossing.tickets)
            value = _along(self.volumes, winner.values, tickets)
            if value is None:
                continue
            point = QPointF(x_of(tickets), y_of(value))
            painter.setPen(QPen(text, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(point, 6, 6)
            label = _tr("break-even {tickets}/month").format(tickets=locale_number(tickets, 3))
            width = painter.fontMetrics().horizontalAdvance(label)
            # after the ring in reading order when there is room, else before it
            room_after = point.x() - start if self.right_to_left else start + w - point.x()
            after = room_after > width + 10
            forwards = after != self.right_to_left
            shift = QPointF(8, -8) if forwards else QPointF(-8 - width, -8)
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
