"""Working out the decision in the background: one run at a time, the newest inputs win.

Every edit calls `request(inputs)`. The job waits for a short pause (so typing in a field is
one run, not one per keystroke), cancels a run that is working on older inputs (at its next
progress step: `models.decide` checks between its steps), and starts the newest inputs once the
old run has stopped, so two runs never compete for the processor.

Signals:
    finished(Decision): a run for the inputs last asked for ended.
    failed(str): a run ended with an error, in words.
    progressed(done, total, what): the running run's progress, `what` in the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.messages import describe_error
from desktop.tasks import SyncRunner, TaskRunner
from models.comparison_file import ComparisonState
from models.criteria import Criteria
from models.errors import CancelledError
from models.fingerprint import inputs_fingerprint
from models.profile import Profile
from models.wording import N_

if TYPE_CHECKING:  # models.decide loads numpy: imported when a decision is first worked out
    from models.decide import Decision

# the words `models.decide` reports its steps with (models.decision_steps.STEPS, then "Done"),
# marked here so the progress shows them in the interface language
STEP_TEXTS = frozenset(
    (
        N_("Yearly costs"),
        N_("Readings"),
        N_("Parameters"),
        N_("Exchange rates"),
        N_("Volumes"),
        N_("Break-even"),
        N_("Done"),
    )
)


def _tr(text: str) -> str:
    """`text` in the interface language (context "DecisionJob" in the catalogues)."""
    return QCoreApplication.translate("DecisionJob", text)


def step_text(what: str) -> str:
    """A step's words in the interface language (words we do not know are shown as they are)."""
    return _tr(what) if what in STEP_TEXTS else what


@dataclass(frozen=True)
class DecisionInputs:
    """Everything a decision is worked out from."""

    state: ComparisonState
    profile: Profile
    criteria: Criteria
    years: int

    @property
    def currency(self) -> str:
        return self.state.currency or self.state.rates.base

    def parts(self) -> tuple[object, ...]:
        """What the decision reads (not the scenarios), as the objects themselves: the models
        are immutable, so the same objects mean the same inputs."""
        state = self.state
        return (
            state.contracts,
            state.plans,
            state.parameters,
            state.rates,
            self.currency,
            self.profile,
            self.criteria,
            self.years,
        )

    def fingerprint(self) -> str:
        state = self.state
        return inputs_fingerprint(
            self.profile,
            state.plan_refs(),
            state.parameters,
            state.rates,
            self.currency,
            self.criteria,
            self.years,
            self.profile.seed,
        )


def _same_parts(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    return len(a) == len(b) and all(
        x is y or (isinstance(x, str | int) and x == y) for x, y in zip(a, b, strict=True)
    )


class _Token:
    def __init__(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint
        self.cancelled = False


class _Relay(QObject):
    """Carries progress from the worker thread to the GUI thread (queued)."""

    progressed = Signal(int, int, str)


class DecisionJob(QObject):
    finished = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int, str)

    def __init__(
        self, runner: TaskRunner | SyncRunner, debounce_ms: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.start_now)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress)
        self._wanted: DecisionInputs | None = None
        self._digested: tuple[tuple[object, ...], str] = ((), "")  # see _fingerprint
        self.wanted_fingerprint = ""
        self._settled = ""  # the inputs of the last run that ended without being cancelled
        self._running: _Token | None = None
        self.decision: Decision | None = None

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.progressed.emit(done, total, step_text(what))  # in the GUI thread, as queued

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or self._running is not None

    def _fingerprint(self, inputs: DecisionInputs) -> str:
        """The inputs' digest. Digesting 50 contracts takes ~30 ms, and most edits change a
        scenario only: while the same objects come back, the last digest is reused."""
        parts = inputs.parts()
        if not _same_parts(parts, self._digested[0]):
            self._digested = (parts, inputs.fingerprint())
        return self._digested[1]

    def request(self, inputs: DecisionInputs) -> None:
        fingerprint = self._fingerprint(inputs)
        if fingerprint == self.wanted_fingerprint:
            return
        self._wanted, self.wanted_fingerprint = inputs, fingerprint
        if self._running is not None and self._running.fingerprint != fingerprint:
            self._running.cancelled = True
        if self.decision is not None and self.decision.matches(fingerprint):
            self._timer.stop()  # back to inputs already decided (an undo)
            return
        self._timer.start()

    def start_now(self) -> None:
        self._timer.stop()
        inputs = self._wanted
        if self._running is not None or inputs is None or self._settled == self.wanted_fingerprint:
            return  # a cancelled run is still stopping: the newest inputs follow it
        if self.decision is not None and self.decision.matches(self.wanted_fingerprint):
            return
        token = _Token(self.wanted_fingerprint)
        self._running = token
        relay = self._relay

        def report(done: int, total: int, what: str) -> None:
            if token.cancelled:
                raise CancelledError
            relay.progressed.emit(done, total, what)

        def work() -> Decision:
            from models.decide import decide

            return decide(
                inputs.profile,
                inputs.state.plan_refs(),
                inputs.state.parameters,
                inputs.state.rates,
                inputs.currency,
                inputs.criteria,
                years=inputs.years,
                seed=inputs.profile.seed,
                progress=report,
            )

        self._runner.run(
            work,
            lambda decision: self._on_done(token, decision),
            lambda error: self._on_error(token, error),
        )

    def _on_done(self, token: _Token, decision: Decision) -> None:
        self._running = None
        if not token.cancelled:
            self._settled = token.fingerprint
            self.decision = decision
            self.finished.emit(decision)
        self._continue()

    def _on_error(self, token: _Token, error: Exception) -> None:
        self._running = None
        if not token.cancelled and not isinstance(error, CancelledError):
            self._settled = token.fingerprint
            self.failed.emit(describe_error(error))
        self._continue()

    def _continue(self) -> None:
        if self._settled != self.wanted_fingerprint and not self._timer.isActive():
            self.start_now()

    def stop(self) -> None:
        """Cancel what runs or waits, and wait for the worker to stop."""
        self._timer.stop()
        self._wanted = None
        if self._running is not None:
            self._running.cancelled = True
        self._runner.wait()
