"""The open comparison: its state, its undo history, its file, and its results.

Every edit goes through `apply()` as an undoable command that swaps one immutable
`ComparisonState` for another; undo swaps it back. The session computes nothing itself: it
asks the state (and so the engine) for results and caches them per state.

The session also owns the yearly result: the workload profile, the decision criteria and the
`Decision` worked out from them (`models.decide`). Every change of plans, parameters, rates,
currency, contracts, profile or criteria marks the decision stale at once and works it out again
in the background (`desktop.decision_job`), after a short pause so that typing is not a run per
keystroke. A stale decision is never offered as current (`current_decision`).

Signals:
    changed: the state changed (an edit, undo or redo, a new file).
    file_changed: the file path changed.
    yearly_inputs_changed: the workload profile or the criteria changed.
    decision_stale: the decision no longer matches the inputs (a new one is on its way).
    decision_changed: a decision for the current inputs is ready (`current_decision`).
    decision_progress(done, total, what): the background run's progress.
    decision_failed(message): the decision cannot be worked out for these inputs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from contracts import bundled_profiles
from desktop.decision_job import DecisionInputs, DecisionJob
from desktop.tasks import SyncRunner, TaskRunner
from models.comparison_file import ComparisonState, load_comparison, save_comparison
from models.criteria import Criteria
from models.engine import simulate
from models.profile import Profile
from models.result import Result
from models.scenario import Scenario

if TYPE_CHECKING:
    from models.decide import Decision

T = TypeVar("T")


def _tr(text: str) -> str:
    """`text` in the interface language (context "ComparisonSession" in the catalogues)."""
    return QCoreApplication.translate("ComparisonSession", text)


class _SwapCommand(QUndoCommand, Generic[T]):
    """An edit as a swap of two immutable values (the state, or the profile and criteria):
    redo sets `after`, undo sets `before`; edits with the same `merge_key` merge into one step
    (typing in a field is one step, not one per keystroke)."""

    def __init__(
        self, apply: Callable[[T], None], before: T, after: T, text: str, merge_key: str | None
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def id(self) -> int:
        return -1 if self.merge_key is None else hash(self.merge_key) & 0x7FFFFFFF

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, _SwapCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class ComparisonSession(QObject):
    changed = Signal()
    file_changed = Signal()
    yearly_inputs_changed = Signal()
    decision_stale = Signal()
    decision_changed = Signal()
    decision_progress = Signal(int, int, str)
    decision_failed = Signal(str)

    def __init__(
        self,
        state: ComparisonState,
        parent: QObject | None = None,
        *,
        profile: Profile | None = None,
        criteria: Criteria | None = None,
        years: int = 2000,
        runner: TaskRunner | SyncRunner | None = None,
        debounce_ms: int = 300,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self.undo_stack = QUndoStack(self)
        self.path: Path | None = None
        self._cache: dict[tuple[int, int], list[Result]] = {}
        # how long the last real simulation took (ms), not a read of the cache
        self.last_simulation_ms = 0.0
        self._profile = profile or bundled_profiles()[0]
        self._criteria = criteria or Criteria()
        self._years = years
        self._job = DecisionJob(runner or TaskRunner(self), debounce_ms, self)
        self._job.finished.connect(self._on_decision_finished)
        self._job.failed.connect(self.decision_failed)
        self._job.progressed.connect(self.decision_progress)
        self._job.request(self._decision_inputs())

    @property
    def state(self) -> ComparisonState:
        return self._state

    # --- edits ---

    def apply(self, after: ComparisonState, text: str, merge_key: str | None = None) -> None:
        """Make `after` the state, as one undoable step (merged with the last one of the same
        `merge_key`, so typing in a field is one step, not one per keystroke)."""
        if after == self._state:
            return
        self.undo_stack.push(_SwapCommand(self._set, self._state, after, text, merge_key))

    def _set(self, state: ComparisonState) -> None:
        self._state = state
        self._cache.clear()
        self.changed.emit()
        self._inputs_changed()

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
        """The chosen plans' results for one scenario (cached until the state changes), without
        their trace: an edit re-simulates every plan, and the trace is read for one cell at a
        time (`traced`)."""
        key = (id(self._state), scenario_index)
        if key not in self._cache:
            scenario = self._state.scenarios[scenario_index]
            began = perf_counter()
            self._cache[key] = self._state.results(scenario, tracing=False)
            self.last_simulation_ms = (perf_counter() - began) * 1000
        return self._cache[key]

    def traced(self, result: Result) -> Result:
        """`result` again with the engine's steps, for the Why panel."""
        contract = self._state.contract(result.contract)
        params = self._state.parameters.get(result.contract)
        return simulate(contract, result.plan, result.scenario, params)

    # --- the yearly result and the decision ---

    @property
    def profile(self) -> Profile:
        return self._profile

    @property
    def criteria(self) -> Criteria:
        return self._criteria

    @property
    def years(self) -> int:
        return self._years

    def set_profile(self, profile: Profile, merge_key: str | None = None) -> None:
        self._push_yearly(profile, self._criteria, _tr("Change the workload profile"), merge_key)

    def set_criteria(self, criteria: Criteria, merge_key: str | None = None) -> None:
        self._push_yearly(self._profile, criteria, _tr("Change the decision criteria"), merge_key)

    def set_years(self, years: int) -> None:
        """How many years are simulated (not a document edit: not on the undo stack)."""
        if years != self._years:
            self._years = years
            self._inputs_changed()

    def _push_yearly(
        self, profile: Profile, criteria: Criteria, text: str, merge_key: str | None
    ) -> None:
        before, after = (self._profile, self._criteria), (profile, criteria)
        if before != after:
            command = _SwapCommand(
                lambda both: self._set_yearly_inputs(*both), before, after, text, merge_key
            )
            self.undo_stack.push(command)

    def _set_yearly_inputs(self, profile: Profile, criteria: Criteria) -> None:
        self._profile, self._criteria = profile, criteria
        self.yearly_inputs_changed.emit()
        self._inputs_changed()

    def _decision_inputs(self) -> DecisionInputs:
        return DecisionInputs(self._state, self._profile, self._criteria, self._years)

    def _inputs_changed(self) -> None:
        inputs = self._decision_inputs()
        was_current = self.current_decision is not None
        self._job.request(inputs)
        now_current = self.current_decision is not None
        if was_current and not now_current:
            self.decision_stale.emit()
        elif now_current and not was_current:
            self.decision_changed.emit()  # back to inputs already decided (an undo)

    @property
    def decision(self) -> Decision | None:
        """The last decision worked out, current or not (see `current_decision`)."""
        return self._job.decision

    @property
    def current_decision(self) -> Decision | None:
        """The decision, only if it was worked out for exactly the current inputs."""
        decision = self._job.decision
        if decision is None or not decision.matches(self._job.wanted_fingerprint):
            return None
        return decision

    @property
    def deciding(self) -> bool:
        """A decision for the current inputs is waiting or being worked out."""
        return self.current_decision is None and self._job.busy

    def _on_decision_finished(self, _decision: Decision) -> None:
        if self.current_decision is not None:
            self.decision_changed.emit()

    def decide_now(self) -> None:
        """Start the pending run without waiting for the pause after an edit."""
        self._job.start_now()

    def stop_deciding(self) -> None:
        """Cancel the background run and wait for it (before the window closes)."""
        self._job.stop()
