"""The desktop app as installed: its icon, and the guide on F1 (non-blocking)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.app import app_icon
from desktop.main_window import MainWindow
from tests.test_desktop import window  # noqa: F401 - the fixture


def test_f1_opens_the_guide_beside_the_window(window: MainWindow) -> None:  # noqa: F811
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide
    assert guide is not None
    assert guide.isVisible()
    assert not guide.isModal()  # the app stays usable while the guide is open
    text = guide.browser.toPlainText()
    for panel in (
        "Contracts",
        "Scenarios",
        "Comparison",
        "Why",
        "Timeline",
        "Decision",
        "Workload",
    ):
        assert panel in text
    assert "quote required" in text
    assert "not stated" in text
    window.show_guide()
    assert window.guide is guide  # F1 again brings the same window forward


def test_the_icon_loads_from_the_package_data() -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert icon.pixmap(64, 64).width() == 64
