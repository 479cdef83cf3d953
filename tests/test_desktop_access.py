"""Dark theme and accessibility (issue 12): the painted charts and the timeline take their
colours from the palette, the "best" cells stay readable, and the views a screen reader meets
have names, the charts a text alternative."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.annual_charts import Range, RangeChart
from desktop.main_window import MainWindow
from desktop.timeline import TimelineWidget
from desktop.tones import background
from tests.test_desktop import window as window  # the fixture: the bundled comparison
from tests.test_desktop_decision import window as decided  # noqa: F401 - a fixture too


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#1e1e1e"),
        (QPalette.ColorRole.Base, "#202124"),
        (QPalette.ColorRole.AlternateBase, "#2a2b2e"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
        (QPalette.ColorRole.Mid, "#5f6368"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark() -> Iterator[QPalette]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(dark_palette())
    yield app.palette()
    app.setPalette(before)


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance (sRGB made linear)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def corner(widget: QWidget) -> QColor:
    return widget.grab().toImage().pixelColor(widget.width() - 3, widget.height() - 3)


def test_charts_and_timeline_are_dark_in_a_dark_theme(
    qtbot: QtBot, window: MainWindow, dark: QPalette
) -> None:
    from decimal import Decimal

    chart = RangeChart()
    qtbot.addWidget(chart)
    chart.resize(600, 200)
    chart.set_ranges([Range("Kiwi", Decimal(100), Decimal(200), Decimal(300), True)], "EUR")
    assert corner(chart).lightness() < 60  # the palette's base #202124, not white
    window.timeline.resize(900, 400)
    assert window.timeline.lanes  # the selected scenario's plans are drawn
    assert corner(window.timeline).lightness() < 60
    light = TimelineWidget()
    qtbot.addWidget(light)
    light.setPalette(QPalette(QColor("#f0f0f0")))  # a light palette: a light background
    light.resize(300, 200)
    assert corner(light).lightness() > 200


def test_best_cells_stay_readable_in_a_dark_theme(dark: QPalette) -> None:
    best = background("best", dark)
    assert best is not None
    text = dark.color(QPalette.ColorRole.Text)
    # base #202124 with 35 % of #2d9d5a is #254c37 (L ≈ 0.058); text #e8eaed (L ≈ 0.82):
    # (0.82 + 0.05) / (0.058 + 0.05) ≈ 8, where WCAG asks 4.5 (the old fixed light green ≈ 1.2)
    ratio = (luminance(text) + 0.05) / (luminance(best) + 0.05)
    assert ratio > 4.5


def test_views_have_accessible_names_and_charts_a_text_alternative(
    decided: MainWindow,  # noqa: F811 - the fixture
    qtbot: QtBot,
) -> None:
    window = decided
    names = {
        window.table: "Comparison of the plans for the selected scenario",
        window.decision.ranking: "Ranking of the plans",
        window.library.view: "Contracts and plans",
        window.scenarios.view: "Scenarios",
        window.annual.range_chart: "Yearly cost range chart",
        window.annual.volume_chart: "Cost by ticket volume chart",
        window.decision.chart: "Cost by ticket volume chart",
        window.timeline: "Timeline of the milestones",
        window.decision.flips: "What would flip the winner",
        window.decision.break_even: "Break-even volumes",
        window.decision.matrix: "Scenarios × plans",
        window.decision.questions: "Questions for each vendor",
    }
    for widget, name in names.items():
        assert widget.accessibleName() == name
    # the charts in words: Kiwi's line of the decision's volume chart names the plan
    summary = window.decision.chart.accessibleDescription()
    assert "Kiwi Software" in summary
    assert "(the winner)" in summary
    assert "Yearly cost in EUR" in summary
    ranges = window.annual.range_chart.accessibleDescription()
    assert "Kiwi Software" in ranges
    assert "median" in ranges
    # the timeline's words follow its lanes once the edits pause
    qtbot.waitUntil(lambda: window.timeline.accessibleDescription().startswith("Reported "))
    timeline = window.timeline.accessibleDescription()
    assert "Kiwi Software" in timeline
    assert "response" in timeline
    window.scenarios.select(window.scenarios.current_row() + 1)  # another report, other words
    qtbot.waitUntil(lambda: window.timeline.accessibleDescription() != timeline)
    assert window.timeline.accessibleDescription().startswith("Reported ")
