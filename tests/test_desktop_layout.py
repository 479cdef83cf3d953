"""Layout and reading (issue 12, the reviewer's defects): the timeline's axis labels never run
into each other, texts show the part that tells rows apart, plans are named by their titles,
and the status bar keeps the time of the last real simulation."""

from __future__ import annotations

import re
from datetime import timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from desktop.main_window import MainWindow
from desktop.timeline import AXIS_LABEL_GAP, axis_step
from tests.test_desktop import window as window  # the fixture: the bundled comparison

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
