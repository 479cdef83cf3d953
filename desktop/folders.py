"""Where file dialogs open: beside the current comparison (or the file being edited), else the
last folder used, else the home folder — never the working folder the app started in.

Windows that know a file (the main window's comparison, the contract editor's contract) offer a
`dialog_folder()` method; a dialog or panel inside them finds the nearest one with
`folder_for(widget)`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

LAST_FOLDER_KEY = "lastFolder"


def dialog_folder(current: Path | None, settings: QSettings | None) -> Path:
    """Beside `current` (the comparison's file), else the last folder used kept in `settings`,
    else the home folder."""
    if current is not None:
        return current.resolve().parent
    last = settings.value(LAST_FOLDER_KEY) if settings is not None else None
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    return Path.home()


def remember_folder(settings: QSettings, path: Path) -> None:
    """Remembers the folder of a file just opened or saved, for the next dialog."""
    settings.setValue(LAST_FOLDER_KEY, str(path.resolve().parent))


def folder_for(widget: QWidget | None, current: Path | None = None) -> Path:
    """Where a file dialog opened from `widget` starts: the `dialog_folder()` of the nearest
    window around it that has one, else beside `current`, else the home folder."""
    while widget is not None:
        method = getattr(widget, "dialog_folder", None)
        if callable(method):
            folder = method()
            if isinstance(folder, Path):
                return folder
        widget = widget.parentWidget()
    return dialog_folder(current, None)
