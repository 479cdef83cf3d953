"""The list of scenarios: add, duplicate, rename (in place), delete and reorder.

Signals:
    current_changed(int): the selected scenario's row (-1: none).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QHBoxLayout, QListView, QPushButton, QVBoxLayout, QWidget

from desktop.latin_names import LatinNamesDelegate
from desktop.numbers import in_locale
from desktop.scenario_editor import system_zone
from desktop.session import ComparisonSession
from models.scenario import Scenario
from models.wording import N_

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    """`text` in the interface language (context "ScenarioList" in the catalogues)."""
    return QCoreApplication.translate("ScenarioList", text)


def _when(moment: datetime) -> str:
    """ "Fri 27 Nov 2026 19:15 CET", the day's names in the interface's locale."""
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "ddd dd MMM yyyy")
    return f"{day} {in_locale(f'{moment:%H:%M}')} {moment:%Z}"


class ScenarioListModel(QAbstractListModel):
    """Scenario names from the session's state; renaming goes back as an undoable edit."""

    def __init__(self, session: ComparisonSession, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._scenarios = session.state.scenarios
        session.changed.connect(self._on_changed)

    def _on_changed(self) -> None:
        scenarios = self._session.state.scenarios
        if scenarios is self._scenarios:
            return
        if len(scenarios) == len(self._scenarios):
            pairs = zip(self._scenarios, scenarios, strict=True)
            edited = [i for i, (a, b) in enumerate(pairs) if a is not b and a != b]
            if len(edited) <= 1:  # one scenario edited in place: keep the selection
                before, self._scenarios = self._scenarios, scenarios
                for row in edited:
                    if before[row].name != scenarios[row].name:  # tooltips are read on hover
                        self.dataChanged.emit(self.index(row), self.index(row))
                return
        # added, deleted or moved: the list re-selects the wanted row after the reset
        self.beginResetModel()
        self._scenarios = scenarios
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._scenarios)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._scenarios):
            return None
        scenario = self._scenarios[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return scenario.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr("{reported}, {severity}, {cause}, {effort} h").format(
                reported=_when(scenario.reported_at),
                severity=scenario.severity,
                cause=scenario.cause.replace("_", " "),
                effort=in_locale(str(scenario.effort_hours)),
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = str(value).strip()
        if not name:
            return False
        scenario = self._scenarios[index.row()]
        self._session.replace_scenario(
            index.row(),
            scenario.model_copy(update={"name": name}),
            _tr("Rename scenario"),
            f"rename:{index.row()}",
        )
        return True


class ScenarioList(QWidget):
    current_changed = Signal(int)

    def __init__(self, session: ComparisonSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = ScenarioListModel(session, self)
        self.view = QListView(self)
        self.view.setObjectName("scenarioList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(LatinNamesDelegate(self.view))  # names right to left
        self.view.setUniformItemSizes(True)  # one line each: no relayout of every row
        self.view.setEditTriggers(
            QListView.EditTrigger.DoubleClicked | QListView.EditTrigger.EditKeyPressed
        )
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._on_model_reset)

        buttons = QHBoxLayout()
        # (button, its English text and tooltip), named again on a language switch
        self._buttons: list[tuple[QPushButton, str, str]] = []
        for name, tip, handler in (
            (N_("Add"), N_("Add a scenario"), self.add),
            (N_("Duplicate"), N_("Duplicate the selected scenario"), self.duplicate),
            (N_("Delete"), N_("Delete the selected scenario"), self.delete),
            ("▲", N_("Move up"), lambda: self.move_selected(-1)),
            ("▼", N_("Move down"), lambda: self.move_selected(1)),
        ):
            button = QPushButton(self)
            button.setObjectName(f"scenario{tip.split()[0]}{'Up' if name == '▲' else ''}")
            button.clicked.connect(handler)
            self._buttons.append((button, name, tip))
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._wanted_row = 0
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(_tr("Scenarios"))
        for button, name, tip in self._buttons:
            text = name if name in ("▲", "▼") else _tr(name)
            button.setText(text)
            button.setToolTip(_tr(tip))
            # narrower than the style's 80 px minimum, so the dock fits beside the Scenarios
            # tab on a 1280-pixel screen
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + 16)

    # --- selection ---

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def select(self, row: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.current_changed.emit(-1)
            return
        row = max(0, min(row, count - 1))
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._wanted_row = current.row()
        self.current_changed.emit(current.row())

    def _on_model_reset(self) -> None:
        self.select(self._wanted_row)

    # --- edits ---

    def add(self) -> None:
        zone = system_zone()
        now = datetime.now(ZoneInfo(zone)).replace(second=0, microsecond=0)
        scenario = Scenario(
            name=_tr("Scenario {number}").format(number=self.model.rowCount() + 1),
            reported_at=now,
            timezone=zone,
        )
        self._wanted_row = self.model.rowCount()
        self._session.set_scenarios((*self._session.state.scenarios, scenario), _tr("Add scenario"))

    def duplicate(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        scenarios = list(self._session.state.scenarios)
        name = _tr("{name} (copy)").format(name=scenarios[row].name)
        copy = scenarios[row].model_copy(update={"name": name})
        scenarios.insert(row + 1, copy)
        self._wanted_row = row + 1
        self._session.set_scenarios(tuple(scenarios), _tr("Duplicate scenario"))

    def delete(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        scenarios = list(self._session.state.scenarios)
        del scenarios[row]
        self._wanted_row = min(row, len(scenarios) - 1)
        self._session.set_scenarios(tuple(scenarios), _tr("Delete scenario"))

    def move_selected(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        scenarios = list(self._session.state.scenarios)
        if row < 0 or not 0 <= target < len(scenarios):
            return
        scenarios[row], scenarios[target] = scenarios[target], scenarios[row]
        self._wanted_row = target
        self._session.set_scenarios(tuple(scenarios), _tr("Move scenario"))
