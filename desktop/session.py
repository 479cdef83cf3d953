"""The open comparison: its state, its undo history, its file, and its results.

Every edit goes through `apply()` as an undoable command that swaps one immutable
`ComparisonState` for another; undo swaps it back. The session computes nothing itself: it
asks the state (and so the engine) for results and caches them per state.

Signals:
    changed: the state changed (an edit, undo or redo, a new file).
    file_changed: the file path changed.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from models.comparison_file import ComparisonState, load_comparison, save_comparison
from models.result import Result
from models.scenario import Scenario


class _StateCommand(QUndoCommand):
    def __init__(
        self,
        session: ComparisonSession,
        before: ComparisonState,
        after: ComparisonState,
        text: str,
        merge_key: str | None,
    ) -> None:
        super().__init__(text)
        self._session = session
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def id(self) -> int:
        return -1 if self.merge_key is None else hash(self.merge_key) & 0x7FFFFFFF

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, _StateCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._session._set(self.after)

    def undo(self) -> None:
        self._session._set(self.before)


class ComparisonSession(QObject):
    changed = Signal()
    file_changed = Signal()

    def __init__(self, state: ComparisonState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.undo_stack = QUndoStack(self)
        self.path: Path | None = None
        self._cache: dict[tuple[int, int], list[Result]] = {}

    @property
    def state(self) -> ComparisonState:
        return self._state

    # --- edits ---

    def apply(self, after: ComparisonState, text: str, merge_key: str | None = None) -> None:
        """Make `after` the state, as one undoable step (merged with the last one of the same
        `merge_key`, so typing in a field is one step, not one per keystroke)."""
        if after == self._state:
            return
        self.undo_stack.push(_StateCommand(self, self._state, after, text, merge_key))

    def _set(self, state: ComparisonState) -> None:
        self._state = state
        self._cache.clear()
        self.changed.emit()

    def replace_scenario(self, index: int, scenario: Scenario, text: str, key: str) -> None:
        scenarios = list(self._state.scenarios)
        scenarios[index] = scenario
        self.apply(replace(self._state, scenarios=tuple(scenarios)), text, key)

    def set_scenarios(self, scenarios: tuple[Scenario, ...], text: str) -> None:
        self.apply(replace(self._state, scenarios=scenarios), text)

    # --- files ---

    def load(self, state: ComparisonState, path: Path | None) -> None:
        """A new document: no undo history, clean."""
        self.undo_stack.clear()
        self.path = path
        self._set(state)
        self.undo_stack.setClean()
        self.file_changed.emit()

    def open(self, path: Path) -> None:
        self.load(load_comparison(path), path)

    def save(self, path: Path) -> None:
        save_comparison(self._state, path)
        self.path = path
        self.undo_stack.setClean()
        self.file_changed.emit()

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    # --- results ---

    def results(self, scenario_index: int) -> list[Result]:
        """The chosen plans' results for one scenario (cached until the state changes)."""
        key = (id(self._state), scenario_index)
        if key not in self._cache:
            self._cache[key] = self._state.results(self._state.scenarios[scenario_index])
        return self._cache[key]
