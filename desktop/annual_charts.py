"""Charts of the yearly view: a P10–P50–P90 range per plan, and what the painted charts share
(the series styles, the axis scale, the axis numbers in the interface's locale).

They draw values prepared by models/annual.py; they compute nothing. In right-to-left layouts
(Hebrew, Persian) they mirror: the value axis grows leftwards and the labels stand on the right.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.plan_labels import elided_title
from desktop.tones import chart_colours, is_dark


def _tr(text: str) -> str:
    """`text` in the interface language (context "RangeChart" in the catalogues)."""
    return QCoreApplication.translate("RangeChart", text)


# Ten hues told apart by most eyes (Tableau 10); after ten, the same hues with another dash
# pattern (lines) or a hatch (bars), so 40 series never share a look.
_HUES = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#7f7f7f",
)  # fmt: skip
_DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
)
_HATCHES = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.FDiagPattern,
)


@dataclass(frozen=True)
class SeriesStyle:
    """How one series (a plan) is drawn: its colour, and its dash (lines) or hatch (bars)."""

    colour: QColor
    dash: Qt.PenStyle
    hatch: Qt.BrushStyle

    @property
    def key(self) -> tuple[str, Qt.PenStyle]:
        """What tells a series apart from the others."""
        return (self.colour.name(), self.dash)


def series_style(index: int, dark: bool = False) -> SeriesStyle:
    """The style of the `index`-th series; lighter hues on a dark background."""
    colour = QColor(_HUES[index % len(_HUES)])
    if dark:
        colour = colour.lighter(125)
    variant = index // len(_HUES) % len(_DASHES)
    return SeriesStyle(colour, _DASHES[variant], _HATCHES[variant])


def locale_number(value: float, digits: int, fixed: bool = False) -> str:
    """`value` in the interface's locale (`QLocale()`, set with the language): grouped, with
    the locale's digits and decimal sign; `digits` significant figures, or decimals if `fixed`."""
    locale = QLocale()
    if fixed:
        return locale.toString(float(value), "f", digits)
    text = locale.toString(float(value), "g", digits)
    if "e" in text.lower():  # large round numbers: grouped digits, not an exponent
        return locale.toString(float(round(value)), "f", 0)
    return text


def color(index: int) -> QColor:
    return series_style(index).colour


def nice_step(span: float) -> float:
    if span <= 0:
        return 1.0
    magnitude = 10.0 ** int(f"{span:e}".split("e")[1])
    for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
        if span / (factor * magnitude) <= 6:
            return float(factor * magnitude)
    return float(10 * magnitude)


def axis_x(share: float, start: float, width: float, right_to_left: bool) -> float:
    """The x of a point `share` (0–1) along an axis from `start` of `width` pixels: from the
    left in left-to-right layouts, from the right in right-to-left ones."""
    return start + (1 - share) * width if right_to_left else start + share * width


def absolute_side(right: bool) -> Qt.AlignmentFlag:
    """Text against the right (or left) edge as painted: a painter of a right-to-left widget
    would otherwise swap Qt's left and right (we mirror by hand)."""
    edge = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    return edge | Qt.AlignmentFlag.AlignAbsolute


def axis_unit(top: float) -> tuple[float, str]:
    """The divisor of an axis reaching `top` and the words for it, so the labels stay short
    ("20" with "thousands" rather than "20,000" or an English "20k")."""
    if top >= 1e9:
        return 1e9, _tr("billions")
    if top >= 1e6:
        return 1e6, _tr("millions")
    if top >= 1e4:
        return 1e3, _tr("thousands")
    return 1.0, ""


def axis_label(value: float, divisor: float) -> str:
    """A tick's number in the interface's locale, at most three significant figures."""
    return locale_number(value / divisor, 3)


@dataclass(frozen=True)
class Range:
    label: str
    p10: Decimal
    p50: Decimal
    p90: Decimal
    complete: bool


def unpriced_note(ranges: list[Range]) -> str:
    """Said once under the chart: which plans have tickets without a stated price."""
    if not ranges or all(r.complete for r in ranges):
        return ""
    if not any(r.complete for r in ranges):
        return _tr("Every plan has tickets without a stated price: the bars show the known part.")
    return _tr("* has tickets without a stated price: the bar shows the known part.")


def row_label(item: Range, ranges: list[Range]) -> str:
    """A plan's label; marked only when some plans are fully priced and this one is not."""
    marked = not item.complete and any(r.complete for r in ranges)
    return item.label + (" *" if marked else "")


class RangeChart(QWidget):
    """One row per plan: a bar from P10 to P90 with the median marked."""

    ROW = 20
    TOP = 26
    MARGIN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annualRange")
        self.ranges: list[Range] = []
        self.currency = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(_tr("Yearly cost range chart"))
        self.setAccessibleDescription(range_summary(self.ranges, self.currency))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.update()
        super().changeEvent(event)

    def set_ranges(self, ranges: list[Range], currency: str) -> None:
        self.ranges, self.currency = ranges, currency
        self.setAccessibleDescription(range_summary(ranges, currency))
        self.setMinimumHeight(self.TOP + 60 + self.ROW * len(ranges))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, self.TOP + 60 + self.ROW * max(len(self.ranges), 5))

    def label_width(self, painter: QPainter) -> int:
        """The label column: as wide as the longest label, up to 45 % of the chart."""
        metrics = painter.fontMetrics()
        widest = max(metrics.horizontalAdvance(row_label(r, self.ranges)) for r in self.ranges)
        return min(widest + 12, int(self.width() * 0.45))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = chart_colours(self.palette())
        dark = is_dark(self.palette())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        painter.fillRect(self.rect(), colours.background)
        painter.setFont(QFont(self.font().family(), 8))
        inner = QRectF(self.rect()).adjusted(self.MARGIN, 0, -self.MARGIN, 0)
        if not self.ranges:
            painter.setPen(colours.muted)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, _tr("Simulating the profile…")
            )
            return
        align = absolute_side(rtl)
        middle = align | Qt.AlignmentFlag.AlignVCenter
        top_value = float(max(r.p90 for r in self.ranges)) or 1.0
        step = nice_step(top_value)
        axis_max = step * (int(top_value / step) + 1)
        divisor, unit = axis_unit(axis_max)
        labels = self.label_width(painter)
        plot_width = max(inner.width() - labels - 16, 40.0)
        plot_start = inner.left() + (0 if rtl else labels + 8)

        def x_of(value: float) -> float:
            return axis_x(value / axis_max, plot_start, plot_width, rtl)

        painter.setPen(colours.muted)
        title = _tr("Yearly cost in {currency}: P10 – P90, median marked").format(
            currency=self.currency
        )
        if unit:
            title += f" ({unit})"
        painter.drawText(QRectF(inner.left(), 4, inner.width(), 16), int(middle), title)
        bottom = self.TOP + self.ROW * len(self.ranges)
        tick = 0.0
        last_edge: float | None = None
        while tick <= axis_max + 1e-9:
            x = x_of(tick)
            painter.setPen(colours.grid)
            painter.drawLine(QPointF(x, self.TOP - 4), QPointF(x, bottom + 4))
            text = axis_label(tick, divisor)
            half = painter.fontMetrics().horizontalAdvance(text) / 2 + 3
            if last_edge is None or abs(x - last_edge) > half:  # never overlap a neighbour
                painter.setPen(colours.muted)
                painter.drawText(
                    QRectF(x - half, bottom + 6, 2 * half, 14),
                    int(Qt.AlignmentFlag.AlignHCenter),
                    text,
                )
                last_edge = x + (-half if rtl else half)
            tick += step
        metrics = painter.fontMetrics()
        label_left = inner.right() - labels if rtl else inner.left()
        for row, item in enumerate(self.ranges):
            y = self.TOP + row * self.ROW
            painter.setPen(colours.text)
            painter.drawText(
                QRectF(label_left, y, labels, self.ROW),
                int(middle),
                # the vendor gives way first: the plan's name tells a vendor's plans apart
                elided_title(metrics, row_label(item, self.ranges), labels),
            )
            style = series_style(row, dark)
            x1, x2 = sorted((x_of(float(item.p10)), x_of(float(item.p90))))
            bar = QRectF(x1, y + 4, max(x2 - x1, 2), self.ROW - 8)
            painter.fillRect(bar, QBrush(style.colour, style.hatch))
            painter.setPen(QPen(style.colour, 1))
            painter.drawRect(bar)
            painter.setPen(QPen(colours.text, 2))
            xm = x_of(float(item.p50))
            painter.drawLine(QPointF(xm, y + 2), QPointF(xm, y + self.ROW - 2))
        note = unpriced_note(self.ranges)
        if note:
            painter.setPen(colours.warning)
            painter.drawText(
                QRectF(inner.left(), bottom + 24, inner.width(), 32),
                int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                note,
            )


def range_summary(ranges: list[Range], currency: str) -> str:
    """The chart in words, for a screen reader: each plan's P10, median and P90."""
    if not ranges:
        return _tr("The yearly cost range of each plan, being simulated.")
    lines = [
        _tr("{plan}: {currency} {p10} to {p90} a year, median {p50}").format(
            plan=r.label,
            currency=currency,
            p10=locale_number(float(r.p10), 0, fixed=True),
            p90=locale_number(float(r.p90), 0, fixed=True),
            p50=locale_number(float(r.p50), 0, fixed=True),
        )
        + ("" if r.complete else " " + _tr("(some costs not stated)"))
        for r in ranges
    ]
    return (
        _tr("Yearly cost in {currency}, P10 to P90 with the median, per plan.").format(
            currency=currency
        )
        + " "
        + "; ".join(lines)
    )
