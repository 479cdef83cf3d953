"""A Qt table model over a `models.view.Table`: it lays the cells out and computes nothing.

Every table the app shows (the comparison, the ranking, the flips, the break-even volumes, the
questions, the scenarios × plans matrix) is a `Table` of typed cells built in `models/`; this
model shows each cell's text on one line, its detail and clauses as the tooltip, its tone as
colours (`desktop.tones`), and sorts on the cell's own sort key.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop import tones
from models.view import Cell, Column, Table, peeked, worked_out

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CELL_ROLE = Qt.ItemDataRole.UserRole + 3
ROW_KEY_ROLE = Qt.ItemDataRole.UserRole + 4
COLUMN_ID_ROLE = Qt.ItemDataRole.UserRole + 5

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_ANSWERED = frozenset(
    int(role)
    for role in (_DISPLAY, _TOOLTIP, _BACKGROUND, _FOREGROUND, _ALIGNMENT, SORT_ROLE, CELL_ROLE)
) | {int(ROW_KEY_ROLE)}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
RIGHT_ALIGNED = {"money", "number", "percent"}
_LAST = "\U0010ffff"  # sorts after every text


def _tr(text: str) -> str:
    """`text` in the interface language (context "CellTableModel" in the catalogues)."""
    return QCoreApplication.translate("CellTableModel", text)


def sort_value(cell: Cell, column: Column) -> float | str:
    """A key Qt can compare: numbers as floats (ordering only, never shown), missing last."""
    value = cell.sort
    numeric = column.kind in RIGHT_ALIGNED or column.kind == "time"
    if value is None:
        return float("inf") if numeric else _LAST
    if isinstance(value, Decimal | float | int):
        return float(value) if numeric else f"{float(value):020.6f}"
    return value


def tooltip(cell: Cell) -> str:
    """The cell's full words (they may be elided on screen), then how it was worked out."""
    parts = [cell.text]
    if cell.detail and cell.detail != cell.text:
        parts.append(cell.detail)
    if cell.missing and cell.missing not in cell.text:
        parts.append(_tr("Missing: {missing}").format(missing=cell.missing))
    if cell.clauses:
        parts.append(_tr("Clauses: {clauses}").format(clauses=", ".join(cell.clauses)))
    return "\n".join(parts)


class CellTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = Table("", (), ())
        self.muted = False  # an out-of-date table: no tone may still look like a verdict
        # the colours of the tones, worked out once a table (a table comes with every refresh,
        # and a change of theme refreshes)
        self._colours: dict[tuple[int, str], Any] = {}

    def set_table(self, table: Table, muted: bool = False) -> bool:
        """Show `table`; True when its rows or columns are others (a model reset), False when
        the same rows got new values: then only the spans of cells that changed are signalled,
        so the view keeps its selection, sort and row heights and repaints only those."""
        old, was_muted = self.table, self.muted
        same = [r.key for r in table.rows] == [r.key for r in old.rows] and [
            c.id for c in table.columns
        ] == [c.id for c in old.columns]
        if not same:
            self.beginResetModel()
        self.table, self.muted = table, muted
        self._colours = {}
        if not same:
            self.endResetModel()
            return True
        if muted != was_muted and table.rows:  # every tone comes or goes
            last = self.index(len(table.rows) - 1, len(table.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        else:
            for column, first, last_row in self._changed_spans(old):
                self.dataChanged.emit(self.index(first, column), self.index(last_row, column))
        if [c.title for c in table.columns] != [c.title for c in old.columns]:
            # a language switch: new words
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(table.columns) - 1)
        return False

    def _changed_spans(self, old: Table) -> list[tuple[int, int, int]]:
        """(column, first row, last row) of the cells that differ from `old`'s, one span a
        column (a sorting proxy re-sorts once a signal: one a column, not one a changed run).
        Only the cells of `old` that were asked for are compared: the others were never shown,
        sorted on or read, so nobody holds their old values."""
        spans: list[tuple[int, int, int]] = []
        shown = [worked_out(row.cells) for row in old.rows]
        for c, column in enumerate(self.table.columns):
            key = column.id
            changed = [
                r
                for r, (before, after) in enumerate(zip(old.rows, self.table.rows, strict=True))
                if key in shown[r] and before[key] != after[key]
            ]
            if changed:
                spans.append((c, changed[0], changed[-1]))
        return spans

    def column_index(self, column_id: str) -> int:
        """The section of a column id (-1: not in this table)."""
        ids = [c.id for c in self.table.columns]
        return ids.index(column_id) if column_id in ids else -1

    def cell(self, row: int, column: int) -> Cell:
        return self.table.rows[row][self.table.columns[column].id]

    def shown_text(self, row: int, column: int) -> str:
        """The text a cell shows (one line), for measuring: it does not count as shown, so an
        edit does not compare every measured cell (`set_table`)."""
        return peeked(self.table.rows[row], self.table.columns[column].id).text.replace("\n", " ")

    # --- Qt's model interface ---

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.table.columns):
            return None
        column = self.table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.title
        if role == COLUMN_ID_ROLE:
            return column.id
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # a repaint asks ~8 roles of every visible cell: the ones we never answer leave first
        if role not in _ANSWERED or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self.table.rows):
            return None
        column = self.table.columns[index.column()]
        cell = self.table.rows[row][column.id]
        if role == _DISPLAY:
            return cell.text.replace("\n", " ")  # one line a row
        if role in (_BACKGROUND, _FOREGROUND):
            if self.muted or cell.tone == "normal":
                return None
            key = (role, cell.tone)
            if key not in self._colours:
                paint = tones.background if role == _BACKGROUND else tones.foreground
                self._colours[key] = paint(cell.tone)
            return self._colours[key]
        if role == _ALIGNMENT:
            return _RIGHT if column.kind in RIGHT_ALIGNED else None
        if role == _TOOLTIP:
            return tooltip(cell)
        if role == SORT_ROLE:
            return sort_value(cell, column)
        if role == CELL_ROLE:
            return cell
        if role == ROW_KEY_ROLE:
            return self.table.rows[row].key
        return None
