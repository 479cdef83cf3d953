"""The scenario form (issue 12): a too large effort is said, not silently capped; digits typed
into the report time work at once; one edit of the report time is one undo step."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from desktop.main_window import MainWindow
from tests.test_desktop import window as window  # the fixture: bundled comparison, scenarios


def test_an_effort_above_the_maximum_is_capped_and_said(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.editor
    window.scenarios.select(0)
    editor.effort.setFocus()
    editor.effort.selectAll()
    QTest.keyClicks(editor.effort, "999999")
    QTest.keyClick(editor.effort, Qt.Key.Key_Return)
    # the scenario's limit: 10,000 hours of work (models/scenario.py MAX_HOURS)
    assert window.session.state.scenarios[0].effort_hours == Decimal("10000")
    assert editor.limit_note.isVisibleTo(editor)
    assert "at most 10,000 h" in editor.limit_note.text()
    assert "999,999.00 h" in editor.limit_note.text()


def test_digits_typed_into_the_report_time_change_the_day(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.editor
    window.scenarios.select(1)  # Monday-morning bug: Mon 08 Jun 2026 11:30
    before = window.session.state.scenarios[1].reported_at
    assert (before.day, before.hour) == (8, 11)
    editor.reported.setFocus(Qt.FocusReason.TabFocusReason)
    editor.reported.clearFocus()
    editor.reported.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(editor.reported, "10")  # no section chosen first: the day of the month
    after = window.session.state.scenarios[1].reported_at
    assert (after.year, after.month, after.day, after.hour) == (2026, 6, 10, 11)


def test_one_edit_of_the_report_time_is_one_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.editor
    window.scenarios.select(1)
    stack = window.session.undo_stack
    before_count = stack.count()
    before = window.session.state.scenarios[1].reported_at
    editor.reported.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(editor.reported, "10")  # day 10
    editor.reported.setSelectedSection(editor.reported.Section.HourSection)  # then the hour
    QTest.keyClicks(editor.reported, "15")
    after = window.session.state.scenarios[1].reported_at
    assert (after.day, after.hour) == (10, 15)
    assert stack.count() == before_count + 1
    stack.undo()
    assert window.session.state.scenarios[1].reported_at == before


def _click_part(edit: QDateTimeEdit, part: str) -> None:
    """A click on the middle of `part` of the date-time's text, as the user's pointer does."""
    line = edit.lineEdit()
    start = line.text().index(part)
    line.setCursorPosition(start + len(part) // 2)
    spot = line.cursorRect().center()
    line.setCursorPosition(0)  # the click, not this, must put the cursor there
    QTest.mouseClick(line, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot)


def test_a_click_on_a_part_of_the_report_time_lets_digits_overtype_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    editor = window.editor
    window.scenarios.select(1)  # Monday-morning bug: Mon 2026-06-08 11:30
    assert editor.reported.lineEdit().text() == "Mon 2026-06-08 11:30"
    _click_part(editor.reported, "08")  # the day of the month, not selected by the click alone
    QTest.keyClicks(editor.reported, "14")
    after = window.session.state.scenarios[1].reported_at
    assert (after.year, after.month, after.day, after.hour, after.minute) == (2026, 6, 14, 11, 30)
    assert editor.reported.lineEdit().text() == "Sun 2026-06-14 11:30"  # 14 June 2026: Sunday


def test_every_part_of_the_report_time_takes_digits_in_one_undo_step(
    window: MainWindow, qtbot: QtBot
) -> None:
    editor = window.editor
    window.scenarios.select(1)
    stack = window.session.undo_stack
    before_count = stack.count()
    before = window.session.state.scenarios[1].reported_at
    _click_part(editor.reported, "2026")
    # year, month (a number, not "Jun"), day, hour, minute: each part typed in full hands on
    # to the next
    QTest.keyClicks(editor.reported, "202703090945")  # 2027 03 09 09 45
    after = window.session.state.scenarios[1].reported_at
    assert (after.year, after.month, after.day, after.hour, after.minute) == (2027, 3, 9, 9, 45)
    assert editor.reported.lineEdit().text() == "Tue 2027-03-09 09:45"  # 9 March 2027: Tuesday
    assert stack.count() == before_count + 1
    stack.undo()
    assert window.session.state.scenarios[1].reported_at == before


def test_a_click_on_the_weekday_goes_to_the_day_of_the_month(
    window: MainWindow, qtbot: QtBot
) -> None:
    editor = window.editor
    window.scenarios.select(1)
    _click_part(editor.reported, "Mon")  # a name takes no digits
    QTest.keyClicks(editor.reported, "10")
    after = window.session.state.scenarios[1].reported_at
    assert (after.month, after.day, after.hour) == (6, 10, 11)


def test_the_limit_note_goes_when_an_undo_brings_an_allowed_value_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    editor = window.editor
    window.scenarios.select(0)
    before = window.session.state.scenarios[0].effort_hours
    assert before != Decimal("10000")
    editor.effort.setFocus()
    editor.effort.selectAll()
    QTest.keyClicks(editor.effort, "999999")
    QTest.keyClick(editor.effort, Qt.Key.Key_Return)
    assert editor.limit_note.isVisibleTo(editor)
    # the field writes the maximum grouped, as the note does
    assert editor.effort.text() == "10,000.00 h"
    editor.on_site.setValue(1.5)  # another field's edit: the effort is still the capped one
    assert editor.limit_note.isVisibleTo(editor)

    window.session.undo_stack.undo()  # the on-site hours
    window.session.undo_stack.undo()  # the effort
    assert window.session.state.scenarios[0].effort_hours == before
    assert editor.effort.value() == float(before)
    assert not editor.limit_note.isVisibleTo(editor)
