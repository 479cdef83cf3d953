"""Layout and reading (issue 12, the reviewer's defects): the timeline's axis labels never run
into each other, texts show the part that tells rows apart, plans are named by their titles,
and the status bar keeps the time of the last real simulation."""

from __future__ import annotations

import re
from datetime import timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.i18n import apply_language
from desktop.library_panel import LibraryPanel
from desktop.main_window import PLAN_MAX_WIDTH, MainWindow
from desktop.plan_labels import elided_title
from desktop.timeline import AXIS_LABEL_GAP, axis_step
from tests.test_desktop import window as window  # the fixture: the bundled comparison
from tests.test_desktop_decision import window as decided  # noqa: F401 - decided at once
from tests.test_desktop_i18n import window as i18n_window  # noqa: F401 - resets the language

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


@pytest.mark.parametrize(
    ("span", "pixels", "label", "step"),
    [
        # 2 days on 788 px: 6 h take 788 × 6/48 = 98.5 px ≥ 60 + 12 → every 6 hours
        (2 * DAY, 788, 60, 6 * HOUR),
        # 2 days on 400 px: 6 h take 50 px < 72; 12 h take 100 px ≥ 72
        (2 * DAY, 400, 60, 12 * HOUR),
        # 21 days on 788 px with 80 px labels (92 needed): a day 37.5 px, 2 days 75 px,
        # 7 days 262.7 px → a week (the 999,999 h case, where days ran into each other)
        (21 * DAY, 788, 80, 7 * DAY),
        # 21 days on 3000 px: a day 142.9 px ≥ 92 → every day
        (21 * DAY, 3000, 80, DAY),
        # 10 days on 1100 px: a day 110 px ≥ 92 → every day; 2 days where only 900 px (90)
        (10 * DAY, 1100, 80, DAY),
        (10 * DAY, 900, 80, 2 * DAY),
        # nothing fits 100 px for 21 days: the largest step (14 days)
        (21 * DAY, 100, 80, 14 * DAY),
    ],
)
def test_axis_step_is_the_smallest_that_fits_a_label(
    span: timedelta, pixels: float, label: float, step: timedelta
) -> None:
    assert axis_step(span, pixels, label) == step


def _long_request(window: MainWindow) -> None:
    """The selected scenario with a lot of vendor work: the timeline shows its longest span."""
    window.scenarios.select(0)
    window.editor.effort.setValue(window.editor.effort.maximum())
    assert window.timeline.end is not None
    assert window.timeline.start is not None
    assert window.timeline.end - window.timeline.start > timedelta(days=14)


@pytest.mark.parametrize("width", [1100, 700])
@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_timeline_axis_labels_keep_apart(
    window: MainWindow, width: int, direction: Qt.LayoutDirection
) -> None:
    _long_request(window)
    timeline = window.timeline
    timeline.setLayoutDirection(direction)
    timeline.resize(width, 500)
    timeline.grab()  # paints the axis
    labels = sorted(timeline.axis_labels)
    assert len(labels) >= 2
    for (_, right), (left, _) in pairwise(labels):
        assert left - right >= AXIS_LABEL_GAP - 1  # a gap, never an overlap
    assert all(left >= 0 and right <= timeline.width() for left, right in labels)


def test_why_and_timeline_name_plans_by_their_titles(window: MainWindow) -> None:
    window.scenarios.select(0)
    proxy = window.proxy
    row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.data(proxy.index(r, 0)) == "Kian Pardaz Hooshmand · Hour package, 50 hours"
    )
    window.table.setCurrentIndex(proxy.index(row, window.table_model.column_index("cost")))
    heading = window.why.toPlainText().splitlines()[0]
    assert heading == "Kian Pardaz Hooshmand · Hour package, 50 hours"  # not "… · hours-50"
    titles = [lane.title for lane in window.timeline.lanes]
    assert "Kian Pardaz Hooshmand · Hour package, 50 hours" in titles
    assert "Kiwi Software · Standard support" in titles


def _simulated_ms(window: MainWindow) -> str:
    found = re.search(r"simulated in (\S+) ms", window.status.text())
    assert found is not None
    return found.group(1)


def test_status_keeps_the_last_real_simulation_time(window: MainWindow) -> None:
    window.editor.effort.setValue(window.editor.effort.value() + 1)  # simulates again
    shown = _simulated_ms(window)
    assert float(shown) > 0
    assert shown == f"{window.session.last_simulation_ms:.1f}"
    # a language switch refreshes from the cache: the time stays the simulation's
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert _simulated_ms(window) == shown


def _cut(window: MainWindow) -> list[str]:
    """The headers of the comparison's columns whose header or a cell of the first rows needs
    more room than the column has (Qt would elide it), the plan column apart (elided in the
    middle past its limit)."""
    table, proxy, header = window.table, window.proxy, window.table.horizontalHeader()
    cut = []
    for column in range(1, proxy.columnCount()):
        if table.isColumnHidden(column):
            continue
        needed = [header.sectionSizeHint(column)] + [
            table.sizeHintForIndex(proxy.index(row, column)).width()
            for row in range(min(proxy.rowCount(), 12))
        ]
        if max(needed) > table.columnWidth(column):
            cut.append(str(proxy.headerData(column, Qt.Orientation.Horizontal)))
    return cut


def test_comparison_columns_fit_their_headers_and_rows(window: MainWindow) -> None:
    window.scenarios.select(0)
    assert _cut(window) == []
    assert window.table.columnWidth(0) <= PLAN_MAX_WIDTH
    # past its limit a plan's title loses its middle, not the plan's name at its end
    assert window.table.frozen.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_comparison_columns_fit_after_a_language_switch(
    i18n_window: MainWindow,  # noqa: F811 - the fixture
) -> None:
    apply_language("fa")  # some Persian and Swedish headers are longer than the English ones
    i18n_window.scenarios.select(0)
    assert _cut(i18n_window) == []
    apply_language("sv")
    assert _cut(i18n_window) == []


def test_a_long_chart_title_is_elided_with_the_full_title_in_its_tooltip(
    decided: MainWindow,  # noqa: F811 - the fixture
) -> None:
    chart = decided.decision.chart
    assert chart.lines  # the decision is drawn
    full = chart.toolTip()
    assert full.startswith("Yearly cost in EUR (unpriced tickets loaded) by tickets a month")
    chart.resize(2000, 300)
    chart.grab()
    assert chart.title_shown == full  # room for all of it
    chart.resize(430, 300)  # the words of the title need more than 430 − 16 px
    chart.grab()
    assert chart.title_shown.endswith("…")
    assert full.startswith(chart.title_shown[:-1])


def test_a_plan_title_too_long_for_its_label_keeps_the_plans_name(qtbot: QtBot) -> None:
    metrics = QFontMetrics(QFont(QApplication.font().family(), 9))
    silver = ("Product support, Silver", "Project support, Silver")
    titles = [f"Kian Pardaz Hooshmand · {plan}" for plan in silver]
    whole = metrics.horizontalAdvance(titles[0])
    assert elided_title(metrics, titles[0], whole) == titles[0]  # it fits: as it is
    # room for the plan's name and a little of the vendor's: the vendor's name is elided
    room = metrics.horizontalAdvance(" · Product support, Silver") + metrics.horizontalAdvance(
        "Kian…"
    )
    shown = [elided_title(metrics, title, room) for title in titles]
    assert shown[0].endswith(" · Product support, Silver")
    assert shown[1].endswith(" · Project support, Silver")
    assert shown[0].startswith("Ki")
    assert "…" in shown[0]
    assert all(metrics.horizontalAdvance(text) <= room for text in shown)
    # less room than the plan's name needs: elided in the middle, still within the room
    narrow = elided_title(metrics, titles[0], 80)
    assert "…" in narrow
    assert metrics.horizontalAdvance(narrow) <= 80


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_the_contracts_panel_shows_the_currency_whole(
    window: MainWindow, qtbot: QtBot, direction: Qt.LayoutDirection
) -> None:
    panel = LibraryPanel(window.session)
    qtbot.addWidget(panel)
    panel.setLayoutDirection(direction)
    panel.resize(290, 400)  # the dock's width on first start at 1280×800
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.view
    # the names and the currency fit the panel: no currency cut at the edge
    assert view.columnWidth(0) + view.columnWidth(1) <= view.viewport().width()
    assert view.columnWidth(1) >= view.sizeHintForColumn(1)
    panel.resize(700, 400)  # room to spare: the names get what they need, no more
    qtbot.waitUntil(lambda: view.columnWidth(0) == max(view.sizeHintForColumn(0), 120))


def test_columns_fit_each_scenario_and_an_edit_never_measures(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    for row in range(len(window.session.state.scenarios)):  # other scenarios, other texts
        window.scenarios.select(row)
        assert _cut(window) == [], row
    fits: list[bool] = []
    monkeypatch.setattr(window, "_fit_columns", lambda grow_only=False: fits.append(grow_only))
    window.editor.effort.setValue(window.editor.effort.value() + 1)
    assert fits == []  # an edit changes values only: no column is measured
