"""The painted charts of the Workload and Decision tabs: mirrored right to left, told apart
with 15 plans, and one note (not a mark on every row) for plans with unpriced tickets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from contracts import bundled_comparison
from desktop.annual_charts import (
    Range,
    RangeChart,
    axis_x,
    row_label,
    series_style,
    unpriced_note,
)
from desktop.decision_charts import VolumeChart
from desktop.main_window import MainWindow
from desktop.session import ComparisonSession
from desktop.tasks import SyncRunner


def test_the_value_axis_runs_from_the_right_in_right_to_left_layouts() -> None:
    # an axis from x=10, 100 px wide: 0 → 10 and 1 → 110 left to right; mirrored right to left
    assert axis_x(0.0, 10, 100, right_to_left=False) == 10
    assert axis_x(0.25, 10, 100, right_to_left=False) == 35
    assert axis_x(0.0, 10, 100, right_to_left=True) == 110
    assert axis_x(0.25, 10, 100, right_to_left=True) == 85


def test_the_volume_axis_mirrors_with_the_layout(qtbot: QtBot) -> None:
    chart = VolumeChart()
    qtbot.addWidget(chart)
    chart.resize(800, 300)
    chart.volumes = (Decimal("0.5"), Decimal(5), Decimal(50))
    # legend beside (800 ≥ 3 × 230): the plot is 800 − 56 − 240 = 504 px wide, from x=56;
    # 5 tickets is half-way on the log scale from 0.5 to 50
    assert chart.x_of_volume(0.5) == 56
    assert chart.x_of_volume(5) == 56 + 252
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    # right to left the legend is on the left (240 px) and the plot from 240 to 744
    assert chart.x_of_volume(0.5) == 240 + 504
    assert chart.x_of_volume(50) == 240
    ticks = [x for x, _ in chart.volume_ticks(lambda text: 6.0 * len(text))]
    assert ticks == sorted(ticks, reverse=True)  # 0.5, 1, 2, 5 … drawn from the right


def _dark_pixels(chart: QWidget, left: int, right: int, top: int, bottom: int) -> int:
    image = chart.grab().toImage()
    return sum(
        image.pixelColor(x, y).lightness() < 100
        for x in range(left, right)
        for y in range(top, bottom)
    )


def test_the_range_chart_puts_its_labels_on_the_right_right_to_left(qtbot: QtBot) -> None:
    chart = RangeChart()
    qtbot.addWidget(chart)
    chart.resize(600, 200)
    chart.set_ranges([Range("Kiwi Software", Decimal(100), Decimal(200), Decimal(300), True)], "")
    row = (RangeChart.TOP, RangeChart.TOP + RangeChart.ROW)
    assert _dark_pixels(chart, 8, 60, *row) > 20  # the label, left to right
    assert _dark_pixels(chart, 540, 592, *row) == 0
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert _dark_pixels(chart, 8, 60, *row) == 0
    assert _dark_pixels(chart, 540, 592, *row) > 20


def test_fifteen_plans_never_share_a_look() -> None:
    assert len({series_style(i).key for i in range(15)}) == 15
    assert len({series_style(i, dark=True).key for i in range(40)}) == 40


def test_a_fully_priced_plan_is_not_marked_incomplete() -> None:
    priced = Range("Kiwi", Decimal(1), Decimal(2), Decimal(3), complete=True)
    unpriced = Range("Mystore", Decimal(1), Decimal(2), Decimal(3), complete=False)
    assert unpriced_note([priced]) == ""
    assert row_label(priced, [priced, unpriced]) == "Kiwi"
    assert row_label(unpriced, [priced, unpriced]) == "Mystore *"
    assert unpriced_note([priced, unpriced]).startswith("* has tickets without")
    # every plan unpriced: said once, no row marked
    assert row_label(unpriced, [unpriced]) == "Mystore"
    assert unpriced_note([unpriced]).startswith("Every plan has tickets")


def test_the_scenarios_list_keeps_its_height_after_the_workload_tab(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = ComparisonSession(bundled_comparison(), years=20, debounce_ms=60_000)
    window = MainWindow(session, settings, SyncRunner(), new_state=bundled_comparison)
    window.ask_save_changes = lambda _parent: "discard"
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.tabs.setCurrentWidget(window.scenarios_tab)
    qtbot.wait(50)
    dock = window.docks["Scenarios"]
    before = dock.height()
    # at 1280×800 the first layout shows all ten sample scenarios without scrolling
    view = window.scenarios.view
    last = view.model().index(view.model().rowCount() - 1, 0)
    assert view.model().rowCount() == 10
    assert view.viewport().rect().contains(view.visualRect(last))
    window.tabs.setCurrentWidget(window.annual)
    # the 15 plans' ranges, as a worked-out decision shows them (the chart grows to fit)
    window.annual.range_chart.set_ranges(
        [Range(f"plan {n}", Decimal(n), Decimal(n + 1), Decimal(n + 2), True) for n in range(15)],
        "EUR",
    )
    qtbot.wait(50)
    window.tabs.setCurrentWidget(window.scenarios_tab)
    qtbot.wait(50)
    assert dock.isVisible()
    assert dock.height() == before
    session.undo_stack.setClean()
    session.stop_deciding()
