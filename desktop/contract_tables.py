"""Form pieces of the contract editor: a line field bound to one contract field, and a table
bound to one list of the contract (clauses, parameters, a plan's prices…), one row per item.

Both write through the editor's `apply(path, value, what)` (an undoable edit of the round-trip
document) and show the problems `validate` reports at their field: a red frame and the message
as a tooltip and in the table's status line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import yaml
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.contract_document import FieldPath
from models.errors import Problem
from models.yamlio import field_path

Apply = Callable[[FieldPath, Any, str], None]
CellKind = Literal["text", "number", "list", "yaml", "bool"]
ERROR_STYLE = "border: 2px solid #c62828;"
RIGHT_TO_LEFT = {"he", "fa", "ar", "ur"}


def _tr(text: str) -> str:
    """`text` in the interface language (context "ContractEditor": the editor's form pieces;
    a `Column`'s header is marked with N_ where the column is defined, in that context)."""
    return QCoreApplication.translate("ContractEditor", text)


def parse_cell(text: str, kind: CellKind) -> Any:
    """A cell's text as the value written into the contract (None: the key is left out)."""
    text = text.strip()
    if not text:
        return None
    match kind:
        case "text":
            return text
        case "number":
            return int(text) if text.lstrip("-").isdigit() else text
        case "list":
            return [part.strip() for part in text.split(",") if part.strip()]
        case "bool":
            return text.lower() in {"true", "yes", "1", "x"}
        case "yaml":
            return yaml.safe_load(text)


def show_cell(value: Any, kind: CellKind) -> str:
    """A contract value as a cell's text (the inverse of `parse_cell`)."""
    if value is None:
        return ""
    if kind == "list" and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if kind == "yaml" or isinstance(value, dict | list):
        return yaml.safe_dump(_plain(value), default_flow_style=True, width=10_000).strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _plain(value: Any) -> Any:
    """ruamel's round-trip nodes as plain dicts, lists and scalars."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, bool | int | float) or value is None:
        return value
    return str(value)


class FieldEdit(QLineEdit):
    """A line field bound to one scalar field of the contract."""

    def __init__(
        self, path: FieldPath, apply: Apply, kind: CellKind = "text", placeholder: str = ""
    ) -> None:
        super().__init__()
        self.path = path
        self.kind = kind
        self._apply = apply
        self.setObjectName(field_path(path))
        self.setPlaceholderText(placeholder)
        self.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        try:
            value = parse_cell(text, self.kind)
        except yaml.YAMLError:
            self.show_problems([Problem(_tr("not valid YAML"))])
            return
        self._apply(self.path, value, _tr("Edit {field}").format(field=field_path(self.path)))

    def show_value(self, value: Any) -> None:
        if not self.hasFocus():
            self.setText(show_cell(value, self.kind))

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.setStyleSheet(ERROR_STYLE if problems else "")
        self.setToolTip("\n".join(p.message for p in problems))


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: CellKind = "text"
    width: int = 0  # 0: stretch


class ListTable(QWidget):
    """A table of one list of the contract; each row is one item (a mapping)."""

    def __init__(
        self,
        path: FieldPath,
        columns: Sequence[Column],
        apply: Apply,
        insert: Callable[[FieldPath, dict[str, Any]], None],
        remove: Callable[[FieldPath], None],
        new_item: Callable[[], dict[str, Any]],
    ) -> None:
        super().__init__()
        self.path = path
        self.columns = list(columns)
        self._apply, self._insert, self._remove, self._new_item = apply, insert, remove, new_item
        self._filling = False
        self.right_to_left_keys: set[str] = set()
        self.table = QTableWidget(0, len(self.columns))
        self.table.setObjectName(field_path(path))
        self.table.setHorizontalHeaderLabels([_tr(c.header) for c in self.columns])
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for n, column in enumerate(self.columns):
            if column.width:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(n, column.width)
            else:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._changed)
        add, delete = QPushButton(_tr("Add")), QPushButton(_tr("Remove"))
        add.clicked.connect(self.add_row)
        delete.clicked.connect(self.remove_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #c62828;")
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(delete)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def show_items(self, items: Any, language: str = "") -> None:
        self._filling = True
        items = items if isinstance(items, list) else []
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for n, column in enumerate(self.columns):
                value = item.get(column.key) if isinstance(item, dict) else None
                text = show_cell(value, column.kind)
                # items are updated in place: the edited one may be mid-signal, so never replaced
                cell = self.table.item(row, n)
                if cell is None:
                    cell = QTableWidgetItem(text)
                    self.table.setItem(row, n, cell)
                elif cell.text() != text:
                    cell.setText(text)
                right = column.key in self.right_to_left_keys and language in RIGHT_TO_LEFT
                cell.setTextAlignment(
                    (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                    | Qt.AlignmentFlag.AlignVCenter
                )
        self.table.resizeRowsToContents()
        self._filling = False

    def _changed(self, cell: QTableWidgetItem) -> None:
        if self._filling:
            return
        column = self.columns[cell.column()]
        path = (*self.path, cell.row(), column.key)
        try:
            value = parse_cell(cell.text(), column.kind)
        except yaml.YAMLError:
            self.status.setText(_tr("{field}: not valid YAML").format(field=field_path(path)))
            return
        self._apply(path, value, _tr("Edit {field}").format(field=field_path(path)))

    def add_row(self) -> None:
        self._insert(self.path, self._new_item())

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self._remove((*self.path, row))

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Paint the cells with problems and list the problems under the table."""
        prefix = field_path(self.path)
        self._filling = True
        for row in range(self.table.rowCount()):
            for n in range(len(self.columns)):
                item = self.table.item(row, n)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")
        for problem in problems:
            rest = (problem.field or "")[len(prefix) :]
            if not rest.startswith("["):
                continue
            row = int(rest[1 : rest.index("]")])
            key = rest[rest.index("]") + 1 :].lstrip(".").split(".")[0].split("[")[0]
            columns = [n for n, c in enumerate(self.columns) if c.key == key] or [0]
            item = self.table.item(row, columns[0]) if row < self.table.rowCount() else None
            if item is not None:
                item.setBackground(QBrush(QColor("#ffcdd2")))
                item.setToolTip(problem.message)
        self._filling = False
        self.status.setText("\n".join(f"{p.field}: {p.message}" for p in problems))
