"""Starting the desktop app: `python main.py` or `python main.py gui FILE`."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from contracts import bundled_comparison
from desktop.help_guide import RESOURCES
from desktop.i18n import apply_language, saved_language
from desktop.main_window import MainWindow
from desktop.session import ComparisonSession
from models.errors import InputError

NO_DISPLAY = (
    "no display found: set DISPLAY (or WAYLAND_DISPLAY), run under `xvfb-run termscope`, "
    "or use a command such as `termscope simulate` (`termscope --help` lists them)"
)


def missing_display(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """True where Qt would abort for want of a display (X11/Wayland systems only); checked
    before a QApplication exists, since Qt's own failure is an abort with exit code 134."""
    if platform.startswith(("win", "darwin")) or environ.get("QT_QPA_PLATFORM"):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def app_icon() -> QIcon:
    icon = QIcon(str(RESOURCES / "termscope.svg"))
    icon.addFile(str(RESOURCES / "termscope.png"))
    return icon


def create_window(settings: QSettings | None = None) -> MainWindow:
    session = ComparisonSession(bundled_comparison())
    return MainWindow(
        session, settings or QSettings("Termscope", "Termscope"), new_state=bundled_comparison
    )


def settle_garbage_collector() -> None:
    """Once the window is up: what was loaded at start (contracts, Qt's wrappers, modules) is
    moved out of the collector's sight, and young objects are collected less often. An edit at
    scale makes ~100,000 short-lived objects, and at CPython's default of a collection every
    700 allocations, full collections over everything loaded at start added ~10 ms to an edit
    (bench_edit.py: painted P95 44–49 ms before, ~26 ms after). Nothing here frees less: cycles
    are still collected, only in larger batches."""
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)


def run_app(file: Path | None = None) -> int:
    if QApplication.instance() is None and missing_display():
        raise InputError(NO_DISPLAY)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Termscope")
    app.setOrganizationName("Termscope")
    if isinstance(app, QApplication):
        app.setDesktopFileName("termscope")  # Wayland matches windows to termscope.desktop
        app.setWindowIcon(app_icon())
    settings = QSettings("Termscope", "Termscope")
    apply_language(saved_language(settings))  # before the window: its texts are set once built
    window = create_window(settings)
    window.show()
    settle_garbage_collector()
    if file is not None:
        QTimer.singleShot(0, lambda: window.open_comparison(file))
    return int(app.exec())
