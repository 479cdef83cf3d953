"""Running work off the GUI thread, with the result or the error handed back on the GUI thread.

After Picard's `run_task`: `runner.run(func, on_done, on_error)`. Tests swap in `SyncRunner`,
which runs the work at once, so they need no waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry a task's outcome back there."""

    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._func = func
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._func()
        except Exception as exc:
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


class TaskRunner(QObject):
    """Runs callables on a QThreadPool."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def run(
        self,
        func: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        @Slot(object)
        def done(result: Any) -> None:
            self._relays.discard(relay)
            on_done(result)

        @Slot(object)
        def failed(error: Exception) -> None:
            self._relays.discard(relay)
            on_error(error)

        relay.finished.connect(done)
        relay.failed.connect(failed)
        self._pool.start(_Task(func, relay))

    def wait(self) -> None:
        self._pool.waitForDone()


class SyncRunner(QObject):
    """Runs work at once on the calling thread (for tests)."""

    def run(
        self,
        func: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        try:
            result = func()
        except Exception as exc:
            on_error(exc)
            return
        on_done(result)

    def wait(self) -> None:
        return None
