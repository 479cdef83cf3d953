"""Ctrl+Z and Ctrl+Shift+Z in a form's spin box or date field undo and redo the comparison's
steps, not the field's own typing.

Each change of such a field is already one step on the comparison's undo stack; the field's
line edit would otherwise claim the keys (Qt lets the focused widget override a shortcut) and
undo half a typed value behind the stack's back, while Edit → Undo names another step.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox

_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class DocumentUndoKeys(QObject):
    """An event filter for spin boxes (date fields are spin boxes too)."""

    def watch(self, boxes: Iterable[QAbstractSpinBox]) -> None:
        for box in boxes:
            box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        override = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if override and any(event.matches(key) for key in _KEYS):  # type: ignore[attr-defined]
            event.ignore()  # not the field's: the window's Undo/Redo shortcut runs
            return True
        return False
