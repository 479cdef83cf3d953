"""The contract library: vendors and their plans, with a checkbox for what is compared.

Each plan shows its currency, time zone and how many of its values are assumed or not stated.
Ticking a plan is an undoable edit of the session.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView, QVBoxLayout, QWidget

from desktop.latin_names import LatinNamesDelegate
from desktop.session import ComparisonSession
from models.wording import N_

PLAN_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
LANGUAGES = {
    "he": N_("Hebrew"),
    "fa": N_("Persian"),
    "no": N_("Norwegian"),
    "sv": N_("Swedish"),
    "en": N_("English"),
}
MIN_NAMES_WIDTH = 150  # a panel narrower than this and the currency scrolls into view
HEADERS = (N_("Contract · plan"), N_("Currency"), N_("Zone"), N_("Assumed / not stated"))


def _tr(text: str) -> str:
    """`text` in the interface language (context "LibraryPanel" in the catalogues)."""
    return QCoreApplication.translate("LibraryPanel", text)


class LibraryModel(QStandardItemModel):
    """Vendor rows with checkable plan rows under them, rebuilt from the session's state."""

    def __init__(self, session: ComparisonSession, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._ticking = False
        self.setHorizontalHeaderLabels([_tr(text) for text in HEADERS])
        self.itemChanged.connect(self._on_item_changed)
        self._shown: tuple[object, object] | None = None
        session.changed.connect(self._on_session_changed)
        self.refresh()

    def _on_session_changed(self) -> None:
        """Rebuild only when the contracts or the chosen plans changed, not on every edit."""
        state = self._session.state
        if self._shown != (state.contracts, state.plans):  # tuples compare items by identity first
            self.refresh()

    def retranslate(self) -> None:
        """The headers and tooltips in the current language (the tree is built again)."""
        self.setHorizontalHeaderLabels([_tr(text) for text in HEADERS])
        self.refresh()

    def refresh(self) -> None:
        if self._ticking:
            return  # the tree already shows the tick; rebuilding would free the ticked item
        state = self._session.state
        self._shown = (state.contracts, state.plans)
        chosen = set(state.plans)
        blocker = QSignalBlocker(self)
        self.removeRows(0, self.rowCount())
        for loaded in state.contracts:
            contract = loaded.contract
            named = LANGUAGES.get(contract.source.language)
            language = _tr(named) if named else contract.source.language
            vendor = QStandardItem(contract.vendor)
            vendor.setEditable(False)
            vendor.setToolTip(
                f"{contract.id}: {contract.source.document} ({language}), {loaded.origin}"
            )
            row = [vendor] + [QStandardItem("") for _ in range(3)]
            for item in row[1:]:
                item.setEditable(False)
            for plan in contract.plans:
                key = f"{contract.id}:{plan.id}"
                counts = contract.provenance_counts(plan.id)
                item = QStandardItem(plan.name)
                item.setEditable(False)
                item.setCheckable(True)
                item.setCheckState(
                    Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked
                )
                item.setData(key, PLAN_KEY_ROLE)
                item.setToolTip(plan.description or plan.name)
                cells = [
                    item,
                    QStandardItem(contract.currency),
                    QStandardItem(contract.timezone),
                    QStandardItem(f"{counts['assumed']} / {counts['not_stated']}"),
                ]
                for cell in cells[1:]:
                    cell.setEditable(False)
                cells[3].setToolTip(
                    _tr(
                        "{stated} stated, {interpreted} interpreted, {assumed} assumed, "
                        "{not_stated} not stated"
                    ).format(**counts)
                )
                vendor.appendRow(cells)
            self.appendRow(row)
        del blocker
        self.layoutChanged.emit()

    def _on_item_changed(self, item: QStandardItem) -> None:
        key = item.data(PLAN_KEY_ROLE)
        if not key:
            return
        state = self._session.state
        plans = set(state.plans)
        if item.checkState() == Qt.CheckState.Checked:
            plans.add(key)
        else:
            plans.discard(key)
        ordered = tuple(
            f"{c.contract.id}:{p.id}"
            for c in state.contracts
            for p in c.contract.plans
            if f"{c.contract.id}:{p.id}" in plans
        )
        text = (
            _tr("Compare {plan}")
            if item.checkState() == Qt.CheckState.Checked
            else _tr("Stop comparing {plan}")
        )
        self._ticking = True
        try:
            self._session.apply(replace(state, plans=ordered), text.format(plan=key))
        finally:
            self._ticking = False


class LibraryPanel(QWidget):
    def __init__(self, session: ComparisonSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(session, self)
        self.view = QTreeView(self)
        self.view.setObjectName("library")
        self.view.setModel(self.model)
        self.view.setItemDelegate(LatinNamesDelegate(self.view))  # names right to left
        self.view.setUniformRowHeights(True)
        self.view.expandAll()
        self.model.layoutChanged.connect(self.view.expandAll)
        # the names take what the currency column leaves of the panel (up to what they need):
        # a narrow panel cuts no currency, at its left edge right to left, at its right else
        self._names_width = 230
        self.model.layoutChanged.connect(self._measure_columns)
        self.view.viewport().installEventFilter(self)
        self._measure_columns()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        self.view.setAccessibleName(_tr("Contracts and plans"))

    def _measure_columns(self) -> None:
        """The columns' widths from their texts (when the tree is built: other contracts or
        words), then the names' share of the panel."""
        for column in range(1, self.model.columnCount()):
            self.view.resizeColumnToContents(column)
        self._names_width = max(self.view.sizeHintForColumn(0), 120)
        self._fit_names()

    def _fit_names(self) -> None:
        room = self.view.viewport().width() - self.view.columnWidth(1)
        self.view.setColumnWidth(0, max(MIN_NAMES_WIDTH, min(self._names_width, room)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_names()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.view.setAccessibleName(_tr("Contracts and plans"))
            self.model.retranslate()
