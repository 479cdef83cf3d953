"""One place where errors and questions are shown to the user.

Boxes are shown with `show()`, not `exec()`, so nothing blocks (and tests can read them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from models.errors import InputError


def describe_error(error: Exception) -> str:
    """Plain words for an error: each problem of an InputError on its own line."""
    if isinstance(error, InputError):
        return "\n".join(str(problem) for problem in error.problems)
    return f"{type(error).__name__}: {error}"


def show_error(parent: QWidget | None, title: str, error: Exception | str) -> QMessageBox:
    text = error if isinstance(error, str) else describe_error(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title, title, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setInformativeText(text)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.show()
    return box
