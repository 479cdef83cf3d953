"""Starting the desktop app: `python main.py` or `python main.py gui FILE`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from contracts import bundled_comparison
from desktop.main_window import MainWindow
from desktop.session import ComparisonSession


def create_window(settings: QSettings | None = None) -> MainWindow:
    session = ComparisonSession(bundled_comparison())
    return MainWindow(
        session, settings or QSettings("Termscope", "Termscope"), new_state=bundled_comparison
    )


def run_app(file: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Termscope")
    app.setOrganizationName("Termscope")
    window = create_window()
    window.show()
    if file is not None:
        QTimer.singleShot(0, lambda: window.open_comparison(file))
    return int(app.exec())
