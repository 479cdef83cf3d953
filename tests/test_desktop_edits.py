"""What one edit costs the window: one refresh, no rebuilt library tree, row heights that
follow the rows without measuring every cell on every repaint (see tests/bench/bench_edit.py)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from contracts import bundled_comparison
from desktop.cell_table import CellTableModel
from desktop.main_window import MainWindow
from models.view import scenario_table, worked_out
from tests.test_desktop import window  # noqa: F401 - the fixture


def _count_refreshes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    original: Callable[[MainWindow], None] = MainWindow._refresh

    def counting(self: MainWindow) -> None:
        calls[0] += 1
        original(self)

    monkeypatch.setattr(MainWindow, "_refresh", counting)
    return calls


def test_an_edit_refreshes_the_window_once(
    window: MainWindow,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.scenarios.select(2)
    calls = _count_refreshes(monkeypatch)
    window.editor.effort.setValue(4.5)
    assert window.session.state.scenarios[2].effort_hours == 4.5
    assert calls[0] == 1
    # the one refresh is the one that simulated, so the status bar times real work
    assert not window.status.text().endswith("simulated in 0.0 ms")
    window.editor.effort.setValue(5.0)
    assert calls[0] == 2
    assert window.scenarios.current_row() == 2


def test_renaming_keeps_the_selection_and_refreshes_once(
    window: MainWindow,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.scenarios.select(4)
    calls = _count_refreshes(monkeypatch)
    model = window.scenarios.model
    assert model.setData(model.index(4), "Renamed")
    assert model.data(model.index(4)) == "Renamed"
    assert (calls[0], window.scenarios.current_row()) == (1, 4)
    window.session.undo_stack.undo()
    assert model.data(model.index(4)) != "Renamed"


def test_a_scenario_edit_keeps_the_library_tree(window: MainWindow) -> None:  # noqa: F811
    first_vendor = window.library.model.item(0)
    window.editor.effort.setValue(7.0)
    assert window.library.model.item(0) is first_vendor
    first_plan = first_vendor.child(0)
    first_plan.setCheckState(Qt.CheckState.Unchecked)  # a plan edit still updates the tree
    assert window.proxy.rowCount() == 14
    assert window.library.model.item(0).child(0).checkState() == Qt.CheckState.Unchecked


def _shown(main: MainWindow) -> dict[tuple[int, int], tuple[object, ...]]:
    """What the table shows of each cell: its words, its tooltip, its colours."""
    model = main.table_model
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
    )
    return {
        (row, column): tuple(model.data(model.index(row, column), role) for role in roles)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    }


def test_an_edit_of_the_same_plans_signals_only_the_cells_that_changed(
    window: MainWindow,  # noqa: F811
) -> None:
    header = window.table.verticalHeader()
    assert header.sectionResizeMode(0) != QHeaderView.ResizeMode.ResizeToContents
    window.scenarios.select(9)  # the integration project: its cost follows the effort
    before = _shown(window)  # every cell asked for, as a tall window shows them all
    resets: list[int] = []
    spans: list[tuple[int, int, int, int]] = []
    window.table_model.modelReset.connect(lambda: resets.append(1))

    def note(first: QModelIndex, last: QModelIndex, *_roles: object) -> None:
        spans.append((first.row(), first.column(), last.row(), last.column()))

    window.table_model.dataChanged.connect(note)
    window.editor.effort.setValue(window.editor.effort.value() + 1.25)
    after = _shown(window)
    changed = {at for at, shown in before.items() if after[at] != shown}
    # the same plans got new values: no reset (selection, sort, heights kept), and the view is
    # told of each column's changed cells in one span, from the first to the last that changed
    assert resets == []
    expected = []
    for column in sorted({c for _r, c in changed}):
        rows = sorted(r for r, c in changed if c == column)
        expected.append((rows[0], column, rows[-1], column))
    assert sorted(spans, key=lambda span: span[1]) == expected
    signalled = {(r, c) for first, c, last, _c in spans for r in range(first, last + 1)}
    changed_columns = {window.table_model.table.columns[c].id for _r, c in signalled}
    assert {"cost", "converted", "resolution"} <= changed_columns
    assert not {"plan", "fee", "fee_converted", "response"} & changed_columns


def test_only_the_cells_shown_before_are_compared_and_signalled(qtbot: QtBot) -> None:
    """A cell nobody asked for (scrolled out of sight, never sorted on) was never shown: its
    change needs no signal, and the new table need not work it out."""
    state = bundled_comparison()
    scenario = state.scenarios[9]
    longer = scenario.model_copy(update={"effort_hours": scenario.effort_hours + Decimal("1.25")})
    old_view = scenario_table(scenario, state.results(scenario), state.rates, "EUR")
    new_view = scenario_table(longer, state.results(longer), state.rates, "EUR")
    changed_rows = [
        r
        for r, (a, b) in enumerate(zip(old_view.rows, new_view.rows, strict=True))
        if a["cost"] != b["cost"]
    ]
    assert len(changed_rows) >= 2
    model = CellTableModel()
    model.set_table(scenario_table(scenario, state.results(scenario), state.rates, "EUR"))
    cost = model.column_index("cost")
    shown = changed_rows[-1]
    model.data(model.index(shown, cost))  # the one cell a view has asked for
    signalled: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda first, last, *_: signalled.append(
            (first.row(), first.column(), last.row(), last.column())
        )
    )
    renewed = scenario_table(longer, state.results(longer), state.rates, "EUR")
    assert model.set_table(renewed) is False  # the same plans: no reset
    assert signalled == [(shown, cost, shown, cost)]
    assert worked_out(renewed.rows[changed_rows[0]].cells) == ()  # never worked out
    assert model.data(model.index(shown, cost)) == new_view.rows[shown]["cost"].text


def test_ctrl_z_in_a_number_or_date_field_undoes_the_comparisons_step(
    window: MainWindow,  # noqa: F811
) -> None:
    """The field does not claim Ctrl+Z / Ctrl+Shift+Z (a ShortcutOverride it accepts would
    keep the window's Undo from running): the comparison's undo stack takes them."""
    undo = QKeyEvent(
        QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    redo = QKeyEvent(
        QEvent.Type.ShortcutOverride,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    for field in (window.editor.effort, window.editor.reported, window.annual.form.median):
        for event in (undo, redo):
            event.setAccepted(False)
            QCoreApplication.sendEvent(field, event)
            assert not event.isAccepted(), field
    typing = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    typing.setAccepted(False)
    QCoreApplication.sendEvent(window.editor.effort, typing)  # other keys: the field's own
    before = window.editor.effort.value()
    window.editor.effort.setValue(before + 1)
    # the step is named by the field's label, as Edit → Undo shows it
    assert window.session.undo_stack.undoText() == "Edit vendor work"
    window.undo_action.trigger()  # what the Ctrl+Z shortcut now reaches
    assert window.editor.effort.value() == before
