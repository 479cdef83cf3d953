"""What one edit costs the window: one refresh, no rebuilt library tree, row heights that
follow the rows without measuring every cell on every repaint (see tests/bench/bench_edit.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from desktop.main_window import MainWindow
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


def test_an_edit_of_the_same_plans_updates_the_rows_in_place(
    window: MainWindow,  # noqa: F811
) -> None:
    header = window.table.verticalHeader()
    assert header.sectionResizeMode(0) != QHeaderView.ResizeMode.ResizeToContents
    resets: list[int] = []
    changed: list[int] = []
    window.table_model.modelReset.connect(lambda: resets.append(1))
    window.table_model.dataChanged.connect(lambda *_: changed.append(1))
    window.editor.effort.setValue(window.editor.effort.value() + 1.25)
    # the same plans got new values: one dataChanged, no reset (selection, sort, heights kept)
    assert resets == []
    assert changed == [1]


def test_the_window_opens_with_one_timed_simulation(window: MainWindow) -> None:  # noqa: F811
    assert not window.status.text().endswith("simulated in 0.0 ms")
