"""Names in Latin letters in a right-to-left window's cells run left to right (their brackets
where they belong, elided at their own end); every other cell is laid out as before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.latin_names import LatinNamesDelegate
from models.wording import reads_left_to_right


def test_which_texts_read_left_to_right() -> None:
    assert reads_left_to_right("Mystore · Support (included in the store price)")
    assert reads_left_to_right("EUR 1,250.00")
    assert not reads_left_to_right("מסלול Kiwi")  # mixed: the view's direction decides
    assert not reads_left_to_right("۱٬۲۵۰")
    assert not reads_left_to_right("12:30")


def test_a_latin_name_runs_left_to_right_where_the_cell_put_it(qtbot: QtBot) -> None:
    model = QStandardItemModel()
    for text in ("Mystore · Support (included in the store price)", "קיווי"):
        model.appendRow(QStandardItem(text))
    view = QListView()
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.setModel(model)
    qtbot.addWidget(view)
    delegate = LatinNamesDelegate(view)
    options = []
    for row in range(2):
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.direction = Qt.LayoutDirection.RightToLeft
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        delegate.initStyleOption(option, model.index(row, 0))
        options.append(option)
    latin, hebrew = options
    assert latin.direction == Qt.LayoutDirection.LeftToRight
    # a leading text right to left sits at the right-hand edge: so it still does
    assert latin.displayAlignment & Qt.AlignmentFlag.AlignRight
    assert hebrew.direction == Qt.LayoutDirection.RightToLeft
    assert hebrew.displayAlignment & Qt.AlignmentFlag.AlignLeft  # mirrored by the style, as ever
