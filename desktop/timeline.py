"""Timeline of the selected scenario: one lane per plan, from the report to each milestone,
over a time axis with each vendor's office hours shaded — who starts first, at a glance.

The office-hour intervals come from each contract's calendar (models/); this widget only draws.
In a right-to-left layout (Hebrew, Persian) the drawing is mirrored: the plans' names on the
right, time running from right to left; the texts themselves are not mirrored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.i18n import current_wording
from desktop.numbers import in_locale
from desktop.plan_labels import elided_title
from desktop.tones import chart_colours
from models.comparison import PlanRef, plan_title
from models.contract import Contract
from models.result import Result
from models.vocabulary import MILESTONES
from models.wording import N_

LANE_HEIGHT = 26
LABEL_WIDTH = 200
AXIS_HEIGHT = 34
LEGEND_HEIGHT = 22
MILESTONE_COLORS = {
    "response": QColor("#2563eb"),
    "work_start": QColor("#16a34a"),
    "resolution": QColor("#9333ea"),
    "release": QColor("#ea580c"),
}
MAX_SPAN = timedelta(days=21)
DESCRIBE_AFTER_MS = 200
MILESTONE_NAMES = {
    "response": N_("response"),
    "work_start": N_("work start"),
    "resolution": N_("resolution"),
    "release": N_("release"),
}


def _tr(text: str) -> str:
    """`text` in the interface language (context "TimelineWidget" in the catalogues)."""
    return QCoreApplication.translate("TimelineWidget", text)


# the axis's tick steps, the smallest first: the first whose spacing fits a label is drawn
AXIS_STEPS = (
    timedelta(hours=6),
    timedelta(hours=12),
    timedelta(days=1),
    timedelta(days=2),
    timedelta(days=7),
    timedelta(days=14),
)
AXIS_LABEL_GAP = 12  # pixels between two tick labels at the least


def axis_step(span: timedelta, pixels: float, label_width: float) -> timedelta:
    """The smallest tick step whose spacing on an axis `pixels` wide showing `span` leaves
    room for a label `label_width` wide and a gap; the largest step when none does."""
    if span <= timedelta(0) or pixels <= 0:
        return AXIS_STEPS[-1]
    needed = label_width + AXIS_LABEL_GAP
    for step in AXIS_STEPS:
        if pixels * (step / span) >= needed:
            return step
    return AXIS_STEPS[-1]


def milestone_name(name: str) -> str:
    shown = MILESTONE_NAMES.get(name)
    return _tr(shown) if shown else name.replace("_", " ")


def mirrored_left(x: float, advance: float, width: float, right_to_left: bool) -> float:
    """Where a text `advance` wide that starts at the left-to-right `x` is drawn: in a
    right-to-left layout it ends at the mirrored x (width - x), so it reads from the same side
    of its mark."""
    return width - x - advance if right_to_left else x


@dataclass(frozen=True)
class Lane:
    result: Result
    contract: Contract
    span: tuple[datetime, datetime]
    # office hours per contract id, shared by the lanes of one set_results() call
    offices: dict[str, list[tuple[datetime, datetime]]] = field(compare=False, repr=False)

    @property
    def title(self) -> str:
        """The plan as the comparison table names it: "Kiwi Software · Standard support"."""
        return plan_title(PlanRef(self.contract, self.result.plan))

    @property
    def office(self) -> list[tuple[datetime, datetime]]:
        """Worked out when the lane is first drawn: at 150 plans most lanes are scrolled out
        of sight, and the plans of one calendar share its hours (a plan may have its own)."""
        calendar = self.contract.calendar_for(self.result.plan)
        key = f"{self.contract.id}:{id(calendar)}"
        if key not in self.offices:
            self.offices[key] = calendar.open_intervals(*self.span)
        return self.offices[key]


class TimelineWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.lanes: list[Lane] = []
        self.start: datetime | None = None
        self.end: datetime | None = None
        self.colours = chart_colours(self.palette())
        self._results: list[Result] = []
        self._day_labels: dict[tuple[str, date], str] = {}
        self.axis_labels: list[tuple[float, float]] = []  # the axis labels drawn (left, right)
        # the words for a screen reader are worked out once the edits pause: at 150 plans they
        # take longer than drawing the lanes, and nobody reads them between two keystrokes
        self._description_timer = QTimer(self)
        self._description_timer.setSingleShot(True)
        self._description_timer.setInterval(DESCRIBE_AFTER_MS)
        self._description_timer.timeout.connect(self._describe)
        self._describe()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._describe()
            self.update()

    def _describe(self) -> None:
        self.setAccessibleName(_tr("Timeline of the milestones"))
        self.setAccessibleDescription(
            timeline_summary(self._results, [lane.title for lane in self.lanes])
            if self._results
            else _tr("No plans to show.")
        )

    def set_results(self, results: list[Result], contracts: dict[str, Contract]) -> None:
        self.lanes = []
        self._results = results
        if not results:
            self.start = self.end = None
            self._description_timer.stop()
            self._describe()
            self.update()
            return
        reported = results[0].scenario.reported_at.astimezone(UTC)  # real time across DST
        times = [m.at for r in results for m in r.milestones.values() if m is not None]
        latest = max(times, default=reported + timedelta(hours=24))
        span = min(max(latest - reported, timedelta(hours=24)) * 1.08, MAX_SPAN)
        self.start, self.end = reported - span * 0.03, reported + span
        offices: dict[str, list[tuple[datetime, datetime]]] = {}
        shown = (self.start, self.end)
        self.lanes = [Lane(r, contracts[r.contract], shown, offices) for r in results]
        self.setMinimumHeight(AXIS_HEIGHT + LEGEND_HEIGHT + LANE_HEIGHT * len(self.lanes) + 12)
        self._description_timer.start()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, AXIS_HEIGHT + LEGEND_HEIGHT + LANE_HEIGHT * max(len(self.lanes), 4) + 12)

    # --- drawing ---

    def _mirror(self, x: float, width: float) -> float:
        """Where a left-to-right x is drawn: the same, or mirrored in a right-to-left layout."""
        return width - x if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else x

    def _x(self, moment: datetime, width: float) -> float:
        if self.start is None or self.end is None:
            return self._mirror(float(LABEL_WIDTH), width)
        fraction = (moment - self.start) / (self.end - self.start)
        return self._mirror(LABEL_WIDTH + fraction * (width - LABEL_WIDTH - 12), width)

    def _text(self, painter: QPainter, x: float, y: float, text: str) -> None:
        """Draws `text` starting at the left-to-right x: in a right-to-left layout it ends at
        the mirrored x, so it reads from the same side of its mark."""
        advance = painter.fontMetrics().horizontalAdvance(text)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        painter.drawText(QPointF(mirrored_left(x, advance, float(self.width()), rtl), y), text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.colours = chart_colours(self.palette())
        painter.fillRect(self.rect(), self.colours.background)
        if not self.lanes or self.start is None or self.end is None:
            painter.setPen(self.colours.muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, _tr("No plans to show."))
            return
        width = float(self.width())
        reported = self.lanes[0].result.scenario.reported_at
        zone = reported.tzinfo if isinstance(reported.tzinfo, ZoneInfo) else None
        self._draw_legend(painter)
        self._draw_axis(painter, width, zone, self.start, self.end)
        exposed = event.rect()
        for row, lane in enumerate(self.lanes):
            top = AXIS_HEIGHT + LEGEND_HEIGHT + row * LANE_HEIGHT
            if top + LANE_HEIGHT >= exposed.top() and top <= exposed.bottom():
                self._draw_lane(painter, lane, top, width, reported)
        report_x = self._x(reported, width)
        painter.setPen(QPen(QColor("#dc2626"), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(report_x, LEGEND_HEIGHT + AXIS_HEIGHT - 6),
            QPointF(report_x, LEGEND_HEIGHT + AXIS_HEIGHT + LANE_HEIGHT * len(self.lanes)),
        )

    def _draw_legend(self, painter: QPainter) -> None:
        x = 8.0
        width = float(self.width())
        painter.setFont(QFont(self.font().family(), 9))
        for name in MILESTONES:
            self._marker(painter, name, QPointF(self._mirror(x + 5, width), LEGEND_HEIGHT / 2))
            painter.setPen(self.colours.text)
            label = milestone_name(name)
            self._text(painter, x + 14, LEGEND_HEIGHT / 2 + 4, label)
            # 110 a milestone, more where a language's word is longer
            x += max(110, 14 + painter.fontMetrics().horizontalAdvance(label) + 12)
        office_x = min(self._mirror(x, width), self._mirror(x + 14, width))
        painter.fillRect(QRectF(office_x, 6, 14, 10), self.colours.office)
        office = _tr("vendor's office hours")
        self._text(painter, x + 20, LEGEND_HEIGHT / 2 + 4, office)
        x += max(150, painter.fontMetrics().horizontalAdvance(office) + 20)
        painter.setPen(QPen(QColor("#dc2626"), 1.5, Qt.PenStyle.DashLine))
        report_x = self._mirror(x + 20, width)
        painter.drawLine(QPointF(report_x, 4), QPointF(report_x, 18))
        painter.setPen(self.colours.text)
        self._text(painter, x + 28, LEGEND_HEIGHT / 2 + 4, _tr("report"))

    def _draw_axis(
        self,
        painter: QPainter,
        width: float,
        zone: ZoneInfo | None,
        start: datetime,
        end: datetime,
    ) -> None:
        painter.setPen(self.colours.muted)
        top = LEGEND_HEIGHT
        local_start = start.astimezone(zone) if zone else start
        painter.setFont(QFont(self.font().family(), 8))
        metrics = painter.fontMetrics()
        days = [local_start.date() + timedelta(days=n) for n in range((end - start).days + 2)]
        widest = max(
            [metrics.horizontalAdvance(self._day_label(day)) for day in days]
            + [metrics.horizontalAdvance(in_locale("00:00"))]
        )
        step = axis_step(end - start, width - LABEL_WIDTH - 12, widest + 2)
        tick = local_start.replace(minute=0, second=0, microsecond=0)
        if step >= timedelta(days=1):
            tick = tick.replace(hour=0)
        else:
            hours = int(step.total_seconds()) // 3600
            tick = tick.replace(hour=tick.hour - tick.hour % hours)
        self.axis_labels = []  # drawn (left, right), for the tests
        while tick < end:
            if tick >= start:
                x = self._x(tick, width)
                painter.drawLine(QPointF(x, top + AXIS_HEIGHT - 8), QPointF(x, top + AXIS_HEIGHT))
                label = (
                    self._day_label(tick.date()) if tick.hour == 0 else in_locale(f"{tick:%H:%M}")
                )
                left = self._mirror(x, width) + 2
                advance = metrics.horizontalAdvance(label)
                rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
                drawn = mirrored_left(left, advance, width, rtl)
                if drawn >= 0 and drawn + advance <= width:  # a label cut at the edge: none
                    self._text(painter, left, top + AXIS_HEIGHT - 12, label)
                    self.axis_labels.append((drawn, drawn + advance))
            tick = (tick + step).astimezone(zone) if zone else tick + step
        zone_name = getattr(zone, "key", "UTC")
        self._text(painter, 8, top + AXIS_HEIGHT - 12, _tr("Time in {zone}").format(zone=zone_name))

    def _day_label(self, day: date) -> str:
        """A tick's day ("Sat 14 Mar"), kept per language: the axis measures every day of its
        span on each repaint."""
        wording = current_wording()
        key = (wording.locale, day)
        if key not in self._day_labels:
            self._day_labels[key] = wording.weekday(day, with_year=False)
        return self._day_labels[key]

    def _draw_lane(
        self, painter: QPainter, lane: Lane, top: float, width: float, reported: datetime
    ) -> None:
        for opened, closed in lane.office:
            x1, x2 = sorted((self._x(opened, width), self._x(closed, width)))
            painter.fillRect(
                QRectF(x1, top + 3, max(x2 - x1, 1), LANE_HEIGHT - 6), self.colours.office
            )
        painter.setPen(self.colours.text)
        painter.setFont(QFont(self.font().family(), 9))
        label = lane.title
        metrics = painter.fontMetrics()
        self._text(
            painter,
            8,
            top + LANE_HEIGHT / 2 + 4,
            # the vendor gives way first: the plan's name tells a vendor's plans apart
            elided_title(metrics, label, LABEL_WIDTH - 14),
        )
        mid = top + LANE_HEIGHT / 2
        times = [m.at for m in lane.result.milestones.values() if m is not None]
        if times:
            painter.setPen(QPen(self.colours.muted, 2))
            painter.drawLine(
                QPointF(self._x(reported, width), mid), QPointF(self._x(max(times), width), mid)
            )
        for name, milestone in lane.result.milestones.items():
            if milestone is not None and milestone.at <= (self.end or milestone.at):
                self._marker(painter, name, QPointF(self._x(milestone.at, width), mid))
        painter.setPen(self.colours.grid)
        painter.drawLine(QPointF(0, top + LANE_HEIGHT), QPointF(width, top + LANE_HEIGHT))

    def _marker(self, painter: QPainter, name: str, at: QPointF) -> None:
        color = MILESTONE_COLORS[name]
        painter.setPen(QPen(color.darker(130), 1))
        painter.setBrush(color)
        r = 5.0
        if name == "response":
            painter.drawEllipse(at, r, r)
        elif name == "work_start":
            painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
        elif name == "resolution":
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(at.x(), at.y() - r - 1),
                        QPointF(at.x() + r + 1, at.y()),
                        QPointF(at.x(), at.y() + r + 1),
                        QPointF(at.x() - r - 1, at.y()),
                    ]
                )
            )
        else:
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(at.x() - r, at.y() + r),
                        QPointF(at.x() + r, at.y() + r),
                        QPointF(at.x(), at.y() - r),
                    ]
                )
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)


def timeline_summary(results: list[Result], titles: list[str] | None = None) -> str:
    """The timeline in words, for a screen reader: per plan (named by `titles`, one a result,
    or by its vendor and plan id), each milestone's time."""
    reported = results[0].scenario.reported_at
    lanes = []
    names = titles or [f"{result.vendor} {result.plan}" for result in results]
    for result, plan_name in zip(results, names, strict=True):
        shown = [
            f"{milestone_name(name)} {current_wording().instant(milestone.at, reported)}"
            for name, milestone in result.milestones.items()
            if milestone is not None
        ]
        lanes.append(f"{plan_name}: " + (", ".join(shown) or _tr("no milestones")))
    day = current_wording().weekday(reported.date(), with_year=True)
    when = f"{day} {in_locale(f'{reported:%H:%M}')}"
    return _tr("Reported {when}.").format(when=when) + " " + "; ".join(lanes) + "."
