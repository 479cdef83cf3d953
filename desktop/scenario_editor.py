"""The form for the selected scenario. Every edit becomes an undoable change of the session,
and the comparison follows at once.

The report time is a wall-clock time plus an IANA zone (default: this computer's zone); the
scenario keeps both, so a saved comparison reopens with the same zone.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QSignalBlocker,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QWidget,
)

from desktop.numbers import follow_locale, hours_suffix, in_locale
from desktop.session import ComparisonSession
from models.limits import current as current_limits
from models.scenario import Scenario
from models.vocabulary import CAUSES, SEVERITIES
from models.wording import N_
from models.zones import first_valid_time

CAUSE_NAMES = {
    "vendor_defect": N_("Fault in the vendor's product"),
    "customer_caused": N_("Caused by the customer"),
    "no_fault": N_("No fault (question, mistaken report)"),
    "change_request": N_("Change request (new work)"),
}
SEVERITY_NAMES = {
    "critical": N_("Critical"),
    "high": N_("High"),
    "normal": N_("Normal"),
    "low": N_("Low"),
}
# the scenario's fields as the undo history names an edit of them ("Edit effort hours")
# each field as its label names it, for the undo step ("Undo Edit vendor work")
FIELD_NAMES = {
    "reported_at": N_("report time"),
    "severity": N_("severity"),
    "cause": N_("cause"),
    "effort_hours": N_("vendor work"),
    "on_site_hours": N_("on-site hours"),
    "issue_age_hours": N_("how long the fault existed"),
    "after_hours": N_("work outside the vendor's hours"),
    "requires_release": N_("the fix ships in a release"),
}


def _tr(text: str) -> str:
    """`text` in the interface language (context "ScenarioEditor" in the catalogues)."""
    return QCoreApplication.translate("ScenarioEditor", text)


def system_zone() -> str:
    """This computer's IANA zone, or UTC where Qt cannot tell."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    return name if name in available_timezones() else "UTC"


class HoursBox(QDoubleSpinBox):
    """Hours, where a typed value above the maximum is taken as the maximum and said so
    (`capped` carries the value typed), instead of the keys being swallowed silently."""

    capped = Signal(float)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        state, text_out, pos_out = super().validate(text, pos)
        if state == QValidator.State.Invalid and self._typed(text) is not None:
            return QValidator.State.Intermediate, text, pos  # over the maximum: fixed up below
        return state, text_out, pos_out

    def fixup(self, text: str) -> str:
        typed = self._typed(text)
        if typed is not None and typed > self.maximum():
            self.capped.emit(typed)
            return self.textFromValue(self.maximum())
        return str(super().fixup(text))

    def _typed(self, text: str) -> float | None:
        digits = text.removesuffix(self.suffix()).strip()
        value, ok = self.locale().toDouble(digits)  # "1 234,5" in Swedish
        if ok:
            return float(value)
        digits = digits.replace(",", "")
        try:
            return float(digits)
        except ValueError:
            return None


def _hours_box(maximum: float, step: float) -> HoursBox:
    box = HoursBox()
    box.setDecimals(2)
    box.setRange(0, maximum)
    box.setSingleStep(step)
    box.setSuffix(hours_suffix())
    box.setKeyboardTracking(False)
    return box


# weekday, then year-month-day: every part but the weekday's name is typed as digits, and the
# order reads the same in every language (a day-month order would be read as month-day in some)
REPORTED_FORMAT = "ddd yyyy-MM-dd HH:mm"


class ReportedEdit(QDateTimeEdit):
    """The report's date-time, typed as a spreadsheet's cells are: focus lands on the day of the
    month, a click selects the part under the pointer, so typed digits overwrite it at once.
    The weekday's name takes no digits: a click or focus on it goes to the day of the month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().installEventFilter(self)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        if self.currentSection() in (self.Section.NoSection, self.Section.DaySection):
            self._select_section(self.currentSectionIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # a click (not a drag that selected text) selects the part the line edit put the
        # cursor in when the button went down
        if (
            watched is self.lineEdit()
            and event.type() == QEvent.Type.MouseButtonRelease
            and not self.lineEdit().hasSelectedText()
        ):
            self._select_section(self.currentSectionIndex())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # a part typed in full ("2027", "06") hands on to the next, as in a date picker, so a
        # whole date-time is typed in one go ("2027 06 14 09 45" or without the spaces)
        index = self.currentSectionIndex()
        super().keyPressEvent(event)
        typed_digit = event.text().isdigit() and not self.lineEdit().hasSelectedText()
        if typed_digit and index == self.currentSectionIndex() and index + 1 < self.sectionCount():
            line = self.lineEdit()
            digits = re.search(r"\d*$", line.text()[: line.cursorPosition()])
            parts = self._parts()
            if digits and index < len(parts) and len(digits.group()) >= len(parts[index]):
                self._select_section(index + 1)

    def _parts(self) -> list[str]:
        """The display format's parts, one a section ("ddd", "yyyy", "MM", ...)."""
        return re.findall(r"d+|M+|y+|H+|h+|m+|s+|z+|[aA]+|t+", self.displayFormat())

    def _select_section(self, index: int) -> None:
        """Selects the part at `index`, or the day of the month in place of the weekday's name."""
        if index < 0 or self.sectionAt(index) == self.Section.NoSection or self._is_weekday(index):
            index = self._day_of_month_index()
        if index < 0:
            return
        self.setCurrentSectionIndex(index)
        # selects the current index's text (setSelectedSection(DaySection) would pick the first
        # "day" part: the weekday)
        self.setSelectedSection(self.currentSection())

    def _is_weekday(self, index: int) -> bool:
        # sectionText(DaySection) would name the first "day" part whatever the index: read
        # the part's pattern from the display format instead ("ddd" a weekday, "dd" a day)
        parts = self._parts()
        return 0 <= index < len(parts) and parts[index] in ("ddd", "dddd")

    def _day_of_month_index(self) -> int:
        for index in range(self.sectionCount()):
            if self.sectionAt(index) == self.Section.DaySection and not self._is_weekday(index):
                return index
        return -1


class ScenarioEditor(QGroupBox):
    def __init__(self, session: ComparisonSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._row = -1

        self.reported = ReportedEdit()
        self.reported.setObjectName("reportedAt")
        self.reported.setDisplayFormat(REPORTED_FORMAT)
        # its sections keep their order in right-to-left layouts: mirrored, 15:30 read "30:15"
        self.reported.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.reported.setCalendarPopup(True)
        limits = current_limits()
        self.reported.setDateRange(QDate(limits.min_year, 1, 1), QDate(limits.max_year, 12, 31))
        # the edit holds the vendor-neutral wall clock; UTC keeps Qt from shifting DST gaps
        self.reported.setTimeZone(QTimeZone(QTimeZone.Initialization.UTC))
        self.zone = QComboBox()
        self.zone.setObjectName("timezone")
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.addItems(sorted(available_timezones()))
        completer = QCompleter(self.zone.model(), self.zone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone.setCompleter(completer)
        self.severity = QComboBox()
        self.severity.setObjectName("severity")
        for severity in SEVERITIES:
            self.severity.addItem("", severity)
        self.cause = QComboBox()
        self.cause.setObjectName("cause")
        for value in CAUSES:
            self.cause.addItem("", value)
        self.effort = _hours_box(10_000, 0.25)
        self.effort.setObjectName("effort")
        self.on_site = _hours_box(1_000, 0.5)
        self.on_site.setObjectName("onSite")
        self.age = _hours_box(100_000, 1)
        self.age.setObjectName("issueAge")
        self.after_hours = QCheckBox()
        self.after_hours.setObjectName("afterHours")
        self.release = QCheckBox()
        self.release.setObjectName("requiresRelease")
        self.empty = QLabel()
        self.time_note = QLabel()  # says so when a time in a DST gap was moved
        self.time_note.setObjectName("timeNote")
        self.time_note.setWordWrap(True)
        self.time_note.setStyleSheet("color: #b45309;")
        self.time_note.setVisible(False)
        self.limit_note = QLabel()  # says so when a typed number was above the maximum
        self.limit_note.setObjectName("limitNote")
        self.limit_note.setWordWrap(True)
        self.limit_note.setStyleSheet("color: #b45309;")
        self.limit_note.setVisible(False)
        self._capped: HoursBox | None = None  # the field the limit note is about
        for box, what in ((self.effort, N_("Vendor work")), (self.on_site, N_("On site"))):
            box.capped.connect(lambda typed, b=box, w=what: self._say_capped(_tr(w), b, typed))
        self.age.capped.connect(lambda typed: self._say_capped(_tr("Fault age"), self.age, typed))

        grid = QGridLayout(self)
        left, right = QFormLayout(), QFormLayout()
        # (label, its English text), named again on a language switch
        self._labels: list[tuple[QLabel, str]] = []
        for form, text, field in (
            (left, N_("Reported"), self.reported),
            (left, N_("Time zone"), self.zone),
            (left, None, self.time_note),
            (left, N_("Severity"), self.severity),
            (left, N_("Cause"), self.cause),
            (right, N_("Vendor work"), self.effort),
            (right, N_("On site"), self.on_site),
            (right, N_("Fault existed for"), self.age),
        ):
            if text is None:
                form.addRow(field)
                continue
            label = QLabel()
            label.setBuddy(field)
            self._labels.append((label, text))
            form.addRow(label, field)
        right.addRow(self.after_hours)
        right.addRow(self.release)
        right.addRow(self.limit_note)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.empty, 1, 0, 1, 2)

        self.reported.dateTimeChanged.connect(lambda _: self._edit("reported_at"))
        self.zone.currentTextChanged.connect(lambda _: self._edit("reported_at"))
        self.severity.currentIndexChanged.connect(lambda _: self._edit("severity"))
        self.cause.currentIndexChanged.connect(lambda _: self._edit("cause"))
        self.effort.valueChanged.connect(lambda _: self._edit("effort_hours"))
        self.on_site.valueChanged.connect(lambda _: self._edit("on_site_hours"))
        self.age.valueChanged.connect(lambda _: self._edit("issue_age_hours"))
        self.after_hours.toggled.connect(lambda _: self._edit("after_hours"))
        self.release.toggled.connect(lambda _: self._edit("requires_release"))
        session.changed.connect(self._on_session_changed)
        self.retranslate()
        self.show_scenario(-1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """The form's words in the current language, and its dates and numbers in its locale."""
        self.setTitle(_tr("Scenario"))
        for label, text in self._labels:
            label.setText(_tr(text))
        for index, severity in enumerate(SEVERITIES):
            self.severity.setItemText(index, _tr(SEVERITY_NAMES[severity]))
        for index, cause in enumerate(CAUSES):
            self.cause.setItemText(index, _tr(CAUSE_NAMES[cause]))
        self.after_hours.setText(_tr("Work asked for outside the vendor's hours"))
        self.release.setText(_tr("The fix ships in a software release"))
        self.empty.setText(_tr("Add a scenario to compare the plans."))
        self.reported.setLocale(QLocale())
        follow_locale((self.effort, self.on_site, self.age), hours_suffix())

    def _say_capped(self, what: str, box: HoursBox, typed: float) -> None:
        self._capped = box
        self.limit_note.setText(
            _tr("{what} is at most {maximum} h: {typed} h was taken as {maximum} h.").format(
                what=what,
                maximum=in_locale(f"{box.maximum():,.0f}"),
                typed=in_locale(f"{typed:,.2f}"),
            )
        )
        self.limit_note.setVisible(True)

    def _forget_cap(self) -> None:
        """The limit note goes once its field shows another value than the maximum it was
        capped to (an undo, another scenario); the maximum shown again keeps it."""
        box = self._capped
        if box is not None and box.value() != box.maximum():
            self.limit_note.setVisible(False)
            self._capped = None

    # --- state → form ---

    def show_scenario(self, row: int) -> None:
        if row != self._row:  # the note was about the scenario shown before
            self.limit_note.setVisible(False)
            self._capped = None
        self._row = row
        scenarios = self._session.state.scenarios
        present = 0 <= row < len(scenarios)
        for widget in self._fields():
            widget.setEnabled(present)
        self.empty.setVisible(not present)
        if not present:
            return
        scenario = scenarios[row]
        zone = scenario.timezone or _zone_name(scenario.reported_at) or system_zone()
        local = scenario.reported_at.astimezone(ZoneInfo(zone)) if zone else scenario.reported_at
        blockers = [QSignalBlocker(w) for w in self._fields()]
        self.reported.setDateTime(
            QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute),
                QTimeZone(QTimeZone.Initialization.UTC),
            )
        )
        self.zone.setCurrentText(zone)
        self.severity.setCurrentIndex(SEVERITIES.index(scenario.severity))
        self.cause.setCurrentIndex(CAUSES.index(scenario.cause))
        self.effort.setValue(float(scenario.effort_hours))
        self.on_site.setValue(float(scenario.on_site_hours))
        self.age.setValue(float(scenario.issue_age_hours))
        self.after_hours.setChecked(scenario.after_hours)
        self.release.setChecked(scenario.requires_release)
        del blockers
        self._forget_cap()

    def _on_session_changed(self) -> None:
        self.show_scenario(self._row)

    def _fields(self) -> list[Any]:
        return [
            self.reported,
            self.zone,
            self.severity,
            self.cause,
            self.effort,
            self.on_site,
            self.age,
            self.after_hours,
            self.release,
        ]

    # --- form → state ---

    def _edit(self, field: str) -> None:
        scenarios = self._session.state.scenarios
        if not 0 <= self._row < len(scenarios):
            return
        scenario = scenarios[self._row]
        value = self._value(field)
        if value is None:
            return
        if field == "reported_at":
            zone_name, moment = value
            updated = scenario.model_copy(update={"reported_at": moment, "timezone": zone_name})
        else:
            updated = scenario.model_validate({**scenario.model_dump(), field: value})
        self._session.replace_scenario(
            self._row,
            updated,
            _tr("Edit {field}").format(field=_tr(FIELD_NAMES[field])),
            f"{self._row}:{field}",
        )

    def _value(self, field: str) -> Any:
        if field == "reported_at":
            zone_name = self.zone.currentText().strip()
            if zone_name not in available_timezones():
                return None  # still typing a zone name
            qdt = self.reported.dateTime()
            date, time = qdt.date(), qdt.time()
            wall = datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())  # noqa: DTZ001 - made aware next
            moment, note = first_valid_time(wall, zone_name)
            self.time_note.setText(note or "")
            self.time_note.setVisible(note is not None)
            return zone_name, moment
        if field == "severity":
            return self.severity.currentData()
        if field == "cause":
            return self.cause.currentData()
        boxes = {"effort_hours": self.effort, "on_site_hours": self.on_site}
        boxes["issue_age_hours"] = self.age
        if field in boxes:
            return Decimal(str(round(boxes[field].value(), 2)))
        if field == "after_hours":
            return self.after_hours.isChecked()
        if field == "requires_release":
            return self.release.isChecked()
        raise KeyError(field)


def _zone_name(moment: datetime) -> str | None:
    """The IANA zone of a time: its ZoneInfo, or Etc/GMT±N for a whole-hour fixed offset."""
    if isinstance(moment.tzinfo, ZoneInfo):
        return moment.tzinfo.key
    offset = moment.utcoffset()
    if offset is None or offset.total_seconds() % 3600:
        return None
    hours = int(offset.total_seconds() // 3600)
    return "Etc/UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"  # POSIX signs are reversed


__all__ = ["Scenario", "ScenarioEditor", "system_zone"]
