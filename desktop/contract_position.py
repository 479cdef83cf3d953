"""Where my draft stands: `position` for the draft against chosen rivals, in a worker thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import current_wording
from desktop.messages import describe_error
from desktop.numbers import decimal_text
from desktop.tasks import SyncRunner, TaskRunner
from models.comparison import PlanRef, plan_title
from models.contract import Contract
from models.position import Position, goal_words, headline, part_words, position, shown
from models.profile import Profile
from models.rates import Rates

Params = dict[str, dict[str, Decimal]]


def _tr(text: str) -> str:
    """`text` in the interface language (context "PositionPanel" in the catalogues)."""
    return QCoreApplication.translate("PositionPanel", text)


class PositionPanel(QWidget):
    """Rivals to tick, a profile, Run; then per draft plan its rank, losses and prices to beat."""

    finished = Signal()

    def __init__(
        self,
        draft: Callable[[], Contract | None],
        rivals: Sequence[PlanRef],
        profiles: Sequence[Profile],
        rates: Rates,
        params: Params,
        currency: str,
        runner: TaskRunner | SyncRunner,
    ) -> None:
        super().__init__()
        self._draft, self._rates, self._params, self._currency = draft, rates, params, currency
        self._runner = runner
        self._profiles = list(profiles)
        self._rivals = list(rivals)
        self.result: Position | None = None
        self.rival_list = QListWidget()
        self.rival_list.setObjectName("rivals")
        for ref in self._rivals:
            item = QListWidgetItem(plan_title(ref))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, ref.key)
            self.rival_list.addItem(item)
        self.profile = QComboBox()
        for profile in self._profiles:
            self.profile.addItem(profile.name)
        self.years = QSpinBox()
        self.years.setRange(10, 5000)
        self.years.setValue(200)
        self.years.setSuffix(_tr(" years"))
        self.run_button = QPushButton(_tr("Where Does My Draft Stand?"))
        self.run_button.setObjectName("runPosition")
        self.run_button.clicked.connect(self.run)
        self.status = QLabel(_tr("Tick the rivals and run."))
        self.status.setWordWrap(True)
        self.headline = QLabel()
        self.headline.setObjectName("positionHeadline")
        self.headline.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("pricesToBeat")
        self.table.setHorizontalHeaderLabels(
            [_tr("Plan"), _tr("Figure"), _tr("Now"), _tr("Goal"), _tr("Price to beat")]
        )
        # the long words (a figure's label, the note) wrap in the room left; the short ones fit
        _fit_columns(self.table, stretch=(0, 1, 4))
        self.losses = QTableWidget(0, 5)
        self.losses.setHorizontalHeaderLabels(
            [_tr("Plan"), _tr("Part"), _tr("Points"), _tr("Theirs"), _tr("Score lost")]
        )
        _fit_columns(self.losses, stretch=(0,))
        self.rival_list.setMinimumWidth(200)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(_tr("Profile")))
        controls.addWidget(self.profile, 1)
        controls.addWidget(self.years)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(_tr("Rivals")))
        left_layout.addWidget(self.rival_list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(controls)
        right_layout.addLayout(run_row)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.headline)
        right_layout.addWidget(QLabel(_tr("Where it loses (against the winner or the runner-up)")))
        right_layout.addWidget(self.losses, 1)
        right_layout.addWidget(QLabel(_tr("The price to beat")))
        right_layout.addWidget(self.table, 2)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def chosen_rivals(self) -> list[PlanRef]:
        keys = {
            self.rival_list.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.rival_list.count())
            if self.rival_list.item(n).checkState() == Qt.CheckState.Checked
        }
        return [ref for ref in self._rivals if ref.key in keys]

    def set_rivals(self, keys: set[str]) -> None:
        for n in range(self.rival_list.count()):
            item = self.rival_list.item(n)
            checked = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def run(self) -> None:
        draft = self._draft()
        if draft is None:
            self.status.setText(
                _tr("The draft has problems; fix them first (see the Problems list).")
            )
            return
        rivals = self.chosen_rivals()
        if not rivals:
            self.status.setText(_tr("Tick at least one rival."))
            return
        profile = self._profiles[self.profile.currentIndex()]
        years = self.years.value()
        rates, params, currency = self._rates, self._params, self._currency
        self.run_button.setEnabled(False)
        self.status.setText(
            _tr("Simulating {years} years of {profile} for {count} rivals…").format(
                years=years, profile=profile.name, count=len(rivals)
            )
        )
        self._runner.run(
            lambda: position(draft, rivals, profile, params, rates, currency, years=years),
            self._done,
            self._failed,
        )

    def _done(self, result: Position) -> None:
        self.result = result
        self.run_button.setEnabled(True)
        self._show(result)
        self.finished.emit()

    def _show(self, result: Position) -> None:
        wording = current_wording()
        self.status.setText(
            _tr("{profile}, {years} years, {count} rivals, costs in {currency}.").format(
                profile=result.profile.name,
                years=result.years,
                count=len(result.rivals),
                currency=result.currency,
            )
        )
        self.headline.setText("\n".join(headline(plan, wording) for plan in result.plans))
        rows = [(plan, found) for plan in result.plans for found in plan.prices]
        self.table.setRowCount(len(rows))
        for row, (plan, found) in enumerate(rows):
            cells = [
                plan.ref.contract.plan(plan.ref.plan_id).name,
                found.price.label_in(wording)
                + (f" ({found.price.clause})" if found.price.clause else ""),
                shown(found.price.current, found.price.unit, wording),
                goal_words(found.goal, wording),
                found.note_in(wording),
            ]
            for n, text in enumerate(cells):
                self.table.setItem(row, n, _item(text))
        losses = [(plan, loss) for plan in result.plans for loss in plan.losses]
        self.losses.setRowCount(len(losses))
        for row, (plan, loss) in enumerate(losses):
            cells = [
                plan.ref.contract.plan(plan.ref.plan_id).name,
                part_words(loss.part, wording),
                decimal_text(loss.points, 1),
                decimal_text(loss.other_points, 1),
                decimal_text(loss.weighted_gap, 2),
            ]
            for n, text in enumerate(cells):
                self.losses.setItem(row, n, _item(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.result is not None:
            self._show(self.result)  # the results' words and numbers in the new language

    def _failed(self, error: Exception) -> None:
        self.run_button.setEnabled(True)
        self.status.setText(describe_error(error))
        self.finished.emit()


def _fit_columns(table: QTableWidget, stretch: tuple[int, ...]) -> None:
    """Columns in `stretch` share the room left and wrap; the others fit their contents."""
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        mode = QHeaderView.ResizeMode
        header.setSectionResizeMode(
            column, mode.Stretch if column in stretch else mode.ResizeToContents
        )
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)  # the whole words, where a narrow column wraps them
    return item
