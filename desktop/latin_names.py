"""Names in Latin letters (plans, vendors, scenarios) in the cells of a right-to-left window:
laid out left to right inside their cell, elided at their own end, brackets where they belong.

Qt lays out a cell's text in the view's direction: in Hebrew or Persian, "Mystore · Support
(included in the store price)" came out as "(Mystore · Support (included in the store price" and
was elided at its start. A format character around the text does not survive the elision, so
the delegate gives such a cell the left-to-right direction itself, and keeps the text where the
cell put it (at its right-hand edge, where a right-to-left column starts).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from models.wording import reads_left_to_right


class LatinNamesDelegate(QStyledItemDelegate):
    """For a whole view: a cell of Latin letters runs left to right, every other cell as the
    view does."""

    def initStyleOption(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.direction == Qt.LayoutDirection.RightToLeft and reads_left_to_right(option.text):
            # where the cell puts its text stays as it was (right to left, a leading text sits
            # at the right), only the text itself runs left to right
            option.displayAlignment = QStyle.visualAlignment(
                Qt.LayoutDirection.RightToLeft, option.displayAlignment
            )
            option.direction = Qt.LayoutDirection.LeftToRight
