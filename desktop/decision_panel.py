"""The Decision tab: which offer wins and why, the ranking, the scenarios × plans matrix, what
flips the winner (with the break-even chart), and the questions for each vendor.

It shows the session's decision through `models.decision_view` (and `matrix_table`); it works
out nothing. While an edit makes the decision stale, the old one is greyed out under a banner
that says a new one is on its way: a stale decision is never shown as current.

Signals:
    criteria_requested: the user asked to edit the decision criteria.
    profile_requested: the user asked to edit the workload profile.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.cell_table import SORT_ROLE, CellTableModel
from desktop.decision_charts import VolumeChart
from desktop.frozen_table import FrozenColumnTableView
from desktop.i18n import current_wording
from desktop.latin_names import LatinNamesDelegate
from desktop.numbers import decimal_text, grouped, interface_locale
from desktop.session import ComparisonSession
from models.comparison import plan_title
from models.decision_steps import STEPS
from models.decision_view import decision_view, matrix_table
from models.serialize import ScenarioResults
from models.view import Basis, Table
from models.wording import N_

# the ranking fits 1280×800 without these (speed is in the score's tooltip too)
HIDDEN_BY_DEFAULT = ("usage", "range", "speed")
RANKING_WIDTHS = {  # the default columns add up to what 1280×800 leaves beside the library
    "rank": 28,
    "plan": 290,
    "yearly": 200,
    "fee": 100,
    "usage": 100,
    "range": 180,
    "priced": 56,
    "score": 50,
    "speed": 260,
}  # the last column ("musts") takes the rest
PLAN_SPARE_KEEP = 220  # what the last column keeps before the plan's name widens
PLAN_WIDEST = 160  # how much wider the plan's name may grow


def _tr(text: str) -> str:
    """A fixed label in the current language (context "DecisionPanel" of the catalogues)."""
    return QCoreApplication.translate("DecisionPanel", text)


def _table(model: CellTableModel, name: str, sortable: bool = True, frozen: int = 0) -> QTableView:
    view = FrozenColumnTableView(frozen) if frozen else QTableView()
    view.setObjectName(name)
    view.setItemDelegate(LatinNamesDelegate(view))  # names keep their direction right to left
    view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    else:
        view.setModel(model)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return view


class DecisionPanel(QWidget):
    criteria_requested = Signal()
    profile_requested = Signal()

    def __init__(
        self, session: ComparisonSession, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisionPanel")
        self._session = session
        self._matrix_dirty = True

        self.headline = QLabel()
        self.headline.setObjectName("decisionHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.headline.setFont(font)
        self.sureness = QLabel()
        self.sureness.setObjectName("decisionSureness")
        self.sureness.setWordWrap(True)
        self.sureness.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.basis = QLabel()
        self.basis.setObjectName("decisionBasis")
        self.basis.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("decisionProgress")
        self.progress.setMaximum(len(STEPS))
        self.progress.setMinimumWidth(150)
        self.progress.setMaximumWidth(220)
        criteria = QPushButton()
        criteria.setObjectName("editCriteria")
        criteria.clicked.connect(self.criteria_requested)
        profile = QPushButton()
        profile.clicked.connect(self.profile_requested)
        top = QHBoxLayout()
        top.addWidget(self.basis, 1)
        top.addWidget(self.progress)
        top.addWidget(profile)
        top.addWidget(criteria)

        self.ranking_model = CellTableModel(self)
        self.ranking = FrozenColumnTableView(
            2, settings, "decision/hiddenColumns", HIDDEN_BY_DEFAULT
        )
        self.ranking.setObjectName("ranking")
        self.ranking.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.ranking.setModel(self.ranking_model)
        self.ranking.setWordWrap(False)
        self.ranking.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.ranking.setAlternatingRowColors(True)
        self.ranking.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranking.verticalHeader().hide()
        self.ranking.verticalHeader().setDefaultSectionSize(24)
        self.ranking.horizontalHeader().setStretchLastSection(True)
        self.ranking.horizontalHeader().setMinimumSectionSize(24)
        self.ranking.horizontalHeader().setDefaultSectionSize(60)
        self.ranking.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.matrix_model = CellTableModel(self)
        self.matrix = _table(self.matrix_model, "matrix", sortable=False, frozen=1)
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.chart = VolumeChart()
        self.flips_model = CellTableModel(self)
        self.flips = _table(self.flips_model, "flips")
        self.break_even_model = CellTableModel(self)
        self.break_even = _table(self.break_even_model, "breakEvenTable")
        self.questions_model = CellTableModel(self)
        self.questions = _table(self.questions_model, "questions")

        sure_tables = QTabWidget()
        sure_tables.addTab(self.flips, "")
        sure_tables.addTab(self.break_even, "")
        sure = QSplitter(Qt.Orientation.Horizontal)
        sure.addWidget(self.chart)
        sure.addWidget(sure_tables)
        sure.setSizes([520, 480])
        self.details = QTabWidget()
        self.details.setObjectName("decisionDetails")
        self.details.addTab(sure, "")
        self.details.addTab(self.matrix, "")
        self.details.addTab(self.questions, "")
        # the fixed labels in English, set in the current language by retranslate()
        self._buttons = ((criteria, N_("Criteria…")), (profile, N_("Profile…")))
        self._tab_texts = (
            (sure_tables, (N_("What would flip the winner"), N_("Break-even volumes"))),
            (
                self.details,
                (
                    N_("How sure: flips and break-even"),
                    N_("Scenarios × plans"),
                    N_("Questions for each vendor"),
                ),
            ),
        )
        self.retranslate()
        self.details.currentChanged.connect(lambda _i: self._refresh_matrix())

        body = QSplitter(Qt.Orientation.Vertical)
        body.setObjectName("decisionSplitter")
        body.addWidget(self.ranking)
        body.addWidget(self.details)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setSizes([420, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.headline)
        layout.addWidget(self.sureness)
        layout.addLayout(top)
        layout.addWidget(body, 1)

        session.decision_changed.connect(self.show_decision)
        session.decision_stale.connect(self.show_decision)
        session.decision_failed.connect(self._on_decision_failed)
        session.decision_progress.connect(self._on_progress)
        session.changed.connect(self._on_session_changed)
        self.show_decision()

    def retranslate(self) -> None:
        """Sets the fixed labels (buttons, tab titles) in the current language; the decision's
        own words come from models/ and stay as they are."""
        self.progress.setFormat(_tr("step %v of %m"))
        self.progress.setLocale(interface_locale())  # its figures in the locale's digits
        self.ranking.setAccessibleName(_tr("Ranking of the plans"))
        # the tables below are named as their tabs are
        for table, name in (
            (self.flips, N_("What would flip the winner")),
            (self.break_even, N_("Break-even volumes")),
            (self.matrix, N_("Scenarios × plans")),
            (self.questions, N_("Questions for each vendor")),
        ):
            table.setAccessibleName(_tr(name))
        for button, text in self._buttons:
            button.setText(_tr(text))
        for tabs, texts in self._tab_texts:
            for index, text in enumerate(texts):
                tabs.setTabText(index, _tr(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_buttons"):
            self.retranslate()
            self.show_decision()  # the decision's words in the new language, not worked out again
            self._on_session_changed()

    # --- the decision ---

    def show_decision(self) -> None:
        session = self._session
        decision = session.current_decision
        shown = decision or session.decision
        stale = decision is None
        self.progress.setVisible(session.deciding)
        if shown is None:
            self.headline.setText(
                _tr(
                    "Working out the decision: {years} simulated years of the profile “{profile}”…"
                ).format(years=grouped(session.years), profile=session.profile.name)
            )
            self.sureness.setText("")
            self.basis.setText(_tr("The ranking appears here when the yearly simulation is done."))
            for model in (
                self.ranking_model,
                self.flips_model,
                self.break_even_model,
                self.questions_model,
            ):
                model.set_table(Table("", (), ()))
            self.chart.set_decision(None, _tr("The decision is being worked out…"))
            return
        view = decision_view(shown, wording=current_wording())
        volume = shown.profile.tickets_per_month_total
        if stale:
            self.headline.setText(
                _tr(
                    "Out of date: your last edit is being worked into the decision. "
                    "Before it: {headline}"
                ).format(headline=view.headline)
            )
        else:
            self.headline.setText(view.headline)
        self.headline.setEnabled(not stale)
        self.sureness.setText(view.sureness)
        self.sureness.setEnabled(not stale)
        criteria = shown.criteria.describe(wording=current_wording())
        self.basis.setText(
            _tr(
                "Ranked on the {basis} · profile “{profile}”, {volume} tickets a month, "
                "{years} simulated years · {criteria}"
            ).format(
                basis=view.basis,
                profile=shown.profile.name,
                volume=decimal_text(volume, 3, "g"),
                years=grouped(shown.years),
                criteria=criteria,
            )
        )
        self.basis.setToolTip("\n".join(view.ranking.notes))
        self.ranking_model.set_table(view.ranking, muted=stale)
        self._size_ranking()
        self.flips_model.set_table(view.flips, muted=stale)
        self.break_even_model.set_table(view.break_even, muted=stale)
        self.questions_model.set_table(view.questions, muted=stale)
        for table, widths in (
            (self.flips, (190, 170, 190, 110)),
            (self.break_even, (300, 110)),
            (self.questions, (200, 52, 80, 320, 420)),
        ):
            for column, width in enumerate(widths):
                table.setColumnWidth(column, width)
        self.chart.set_decision(shown)
        for widget in (self.ranking, self.details):
            widget.setEnabled(not stale)

    def _size_ranking(self) -> None:
        """The default widths; room to spare on a wide window goes to the plan's name."""
        ranking = self.ranking
        ids = ranking.column_ids()
        for column, column_id in enumerate(ids):
            width = RANKING_WIDTHS.get(column_id)
            if width is not None:
                ranking.setColumnWidth(column, width)
        if "plan" not in ids:
            return
        used = sum(
            ranking.columnWidth(c) for c in range(len(ids) - 1) if not ranking.isColumnHidden(c)
        )
        spare = ranking.viewport().width() - used - PLAN_SPARE_KEEP
        if spare > 0:
            plan = ids.index("plan")
            ranking.setColumnWidth(plan, RANKING_WIDTHS["plan"] + min(spare, PLAN_WIDEST))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._size_ranking()

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setVisible(True)
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setToolTip(what)
        if self._session.current_decision is None and self._session.decision is None:
            self.basis.setText(_tr("Working: {step}…").format(step=what))

    def _on_decision_failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.headline.setText(
            _tr("The decision cannot be worked out: {message}").format(message=message)
        )
        self.headline.setEnabled(True)

    # --- the scenarios × plans matrix (scenarios only: no yearly run needed) ---

    def _on_session_changed(self) -> None:
        self._matrix_dirty = True
        self._refresh_matrix()
        self.progress.setVisible(self._session.deciding)

    def _refresh_matrix(self) -> None:
        if not self._matrix_dirty or not self.matrix.isVisible():
            return
        state = self._session.state
        runs = [
            ScenarioResults(scenario, self._session.results(n))
            for n, scenario in enumerate(state.scenarios)
        ]
        names = {ref.key: plan_title(ref) for ref in state.plan_refs()}
        basis: Basis = "gross" if state.show_gross else "net"
        self.matrix_model.set_table(
            matrix_table(runs, state.rates, state.currency, basis, names, wording=current_wording())
        )
        self.matrix.setColumnWidth(0, 240)
        for column in range(1, self.matrix_model.columnCount()):
            self.matrix.setColumnWidth(column, 230)
        self._matrix_dirty = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._refresh_matrix()
