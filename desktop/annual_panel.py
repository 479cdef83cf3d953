"""The Annual tab: a workload profile, simulated years, and each plan's yearly cost and times.

The simulation runs in a worker with progress and can be cancelled; the numbers come from
models/annual.py (the same engine rules as single scenarios); this panel only shows them.

Signals:
    finished: a simulation finished and its results are shown.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import formatting as fmt
from desktop.annual_charts import BreakEvenChart, Range, RangeChart
from desktop.messages import describe_error
from desktop.session import ComparisonSession
from desktop.tasks import SyncRunner, TaskRunner
from models.errors import InputError
from models.profile import Profile
from models.vocabulary import CAUSES, SEVERITIES
from models.yamlio import read_yaml, validate_document

if TYPE_CHECKING:  # models.annual loads numpy: only when a year is simulated (start-up time)
    from models.annual import AnnualResult, BreakEvenPoint

Index = QModelIndex | QPersistentModelIndex
COLUMNS = [
    "Plan", "P10", "Median", "P90", "Fee / year", "Usage / year", "Overflow / year",
    "Not covered", "Price not stated", "Response h (median / P90)", "Work start h (median / P90)",
]  # fmt: skip


class _Relay(QObject):
    progressed = Signal(int, int, str)


class AnnualTableModel(QAbstractTableModel):
    """One row per plan of an AnnualResult, amounts in the comparison currency."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.result: AnnualResult | None = None
        self._rows: list[list[str]] = []

    def set_result(self, result: AnnualResult | None, convert: Any, currency: str | None) -> None:
        self.beginResetModel()
        self.result = result
        self._rows = []
        for plan in result.plans if result else []:
            target = currency or plan.currency

            def money(amount: Decimal, source: str = plan.currency, code: str = target) -> str:
                return fmt.money(convert(amount, source), code, missing="—")

            share = plan.not_covered / plan.tickets if plan.tickets else 0
            row = [
                f"{plan.vendor} · {plan.plan}",
                money(plan.percentile(10)),
                money(plan.percentile(50)),
                money(plan.percentile(90)),
                money(plan.mean_fee) if plan.fee is not None else "needs a parameter",
                money(plan.mean_usage),
                money(plan.mean_overflow),
                f"{plan.not_covered} ({share:.0%})",
                f"{plan.not_stated}" + ("" if plan.complete else " — total incomplete"),
            ]
            for stats in (plan.response, plan.work_start):
                row.append(
                    "not stated"
                    if stats.median is None
                    else f"{stats.median:.1f} / {stats.p90:.1f}"
                )
            self._rows.append(row)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and self.result and index.column() == 7:
            reasons = self.result.plans[index.row()].not_covered_reasons
            return "\n".join(f"{count} × {reason}" for reason, count in reasons.items()) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < index.column() < 9:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _share_box(value: Decimal) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 1)
    box.setDecimals(2)
    box.setSingleStep(0.05)
    box.setValue(float(value))
    return box


def _count_box(value: Decimal, maximum: float = 1000, suffix: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, maximum)
    box.setDecimals(2)
    box.setSingleStep(0.5)
    box.setSuffix(suffix)
    box.setValue(float(value))
    return box


class ProfileForm(QGroupBox):
    """The workload profile's fields; `profile()` validates them into a Profile."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__("Workload profile", parent)
        self._base = profile
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.zone = QLineEdit()
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.counts = QComboBox()
        self.counts.addItem("vary around the mean (Poisson)", "poisson")
        self.counts.addItem("exactly these numbers", "exact")
        self.per_month = {s: _count_box(Decimal(0)) for s in SEVERITIES}
        self.shares = {c: _share_box(Decimal(0)) for c in CAUSES}
        self.median = _count_box(Decimal(1), 1000, " h")
        self.p90 = _count_box(Decimal(1), 1000, " h")
        self.outside = _share_box(Decimal(0))
        self.after = _share_box(Decimal(0))
        self.release = _share_box(Decimal(0))
        self.visits = _count_box(Decimal(0), 1000)
        self.visit_hours = _count_box(Decimal(2), 100, " h")
        form.addRow("Name", self.name)
        form.addRow("Reported from (zone)", self.zone)
        form.addRow("Counts", self.counts)
        for severity, box in self.per_month.items():
            form.addRow(f"{severity.capitalize()} tickets a month", box)
        for cause, box in self.shares.items():
            form.addRow(f"Share {cause.replace('_', ' ')}", box)
        form.addRow("Effort, median", self.median)
        form.addRow("Effort, 90th percentile", self.p90)
        form.addRow("Share reported outside office hours", self.outside)
        form.addRow("Share asking for after-hours work", self.after)
        form.addRow("Share needing a release", self.release)
        form.addRow("On-site visits a year", self.visits)
        form.addRow("Hours per visit", self.visit_hours)
        form.addRow("Seed", self.seed)
        self.show_profile(profile)

    def show_profile(self, profile: Profile) -> None:
        self._base = profile
        self.name.setText(profile.name)
        self.zone.setText(profile.timezone)
        self.seed.setValue(profile.seed)
        self.counts.setCurrentIndex(self.counts.findData(profile.counts))
        for severity, box in self.per_month.items():
            box.setValue(float(profile.tickets_per_month.get(severity, 0)))
        for cause, box in self.shares.items():
            box.setValue(float(profile.causes.get(cause, 0)))
        self.median.setValue(float(profile.effort_hours.median))
        self.p90.setValue(float(profile.effort_hours.p90))
        self.outside.setValue(float(profile.reported_outside_office_hours))
        self.after.setValue(float(profile.after_hours_requested))
        self.release.setValue(float(profile.requires_release))
        self.visits.setValue(float(profile.on_site_visits_per_year))
        self.visit_hours.setValue(float(profile.on_site_hours_per_visit))

    def profile(self) -> Profile:
        """The form as a validated Profile (InputError names the field when it is not)."""

        def number(box: QDoubleSpinBox) -> str:
            return f"{box.value():.2f}"

        data = self._base.model_dump(mode="json")
        data.update(
            name=self.name.text().strip() or "Profile",
            timezone=self.zone.text().strip(),
            seed=self.seed.value(),
            counts=self.counts.currentData(),
            tickets_per_month={s: number(b) for s, b in self.per_month.items()},
            causes={c: number(b) for c, b in self.shares.items() if b.value() > 0},
            effort_hours={"median": number(self.median), "p90": number(self.p90)},
            reported_outside_office_hours=number(self.outside),
            after_hours_requested=number(self.after),
            requires_release=number(self.release),
            on_site_visits_per_year=number(self.visits),
            on_site_hours_per_visit=number(self.visit_hours),
        )
        from pydantic import ValidationError

        try:
            return Profile.model_validate(data)
        except ValidationError as exc:
            problems = []
            for error in exc.errors():
                where = ".".join(str(part) for part in error["loc"])
                problems.append(f"{where}: {str(error['msg']).removeprefix('Value error, ')}")
            raise InputError("; ".join(problems)) from None


class AnnualPanel(QWidget):
    finished = Signal()

    def __init__(
        self,
        session: ComparisonSession,
        runner: TaskRunner | SyncRunner,
        profile: Profile,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("annualPanel")
        self._session = session
        self._runner = runner
        self._cancel = False
        self.running = False
        self.result: AnnualResult | None = None
        self.points: list[BreakEvenPoint] = []

        self.form = ProfileForm(profile)
        self.years = QSpinBox()
        self.years.setRange(10, 100_000)
        self.years.setValue(2000)
        self.years.setSingleStep(500)
        self.run_button = QPushButton("Simulate")
        self.run_button.setObjectName("annualRun")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setEnabled(False)
        load = QPushButton("Open profile…")
        load.clicked.connect(self._on_load_clicked)
        self.progress = QProgressBar()
        self.status = QLabel("Set the profile and press Simulate.")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel("Years"))
        buttons.addWidget(self.years)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(load)
        left_layout.addWidget(self.form)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.status)
        left_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setMinimumWidth(360)

        self.model = AnnualTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("annualTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.range_chart = RangeChart()
        self.break_even_chart = BreakEvenChart()
        charts = QTabWidget()
        charts.addTab(self.range_chart, "Yearly cost range")
        charts.addTab(self.break_even_chart, "Break-even")
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.table)
        right.addWidget(charts)
        right.setSizes([430, 470])
        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(scroll)
        outer.addWidget(right)
        outer.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(outer)

        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        session.changed.connect(self._show)

    # --- running ---

    def _convert(self, amount: Decimal, currency: str) -> Decimal | None:
        state = self._session.state
        if state.currency is None:
            return amount
        try:
            return state.rates.convert(amount, currency, state.currency)
        except ValueError:
            return None

    def run(self) -> None:
        if self.running:
            return
        try:
            profile = self.form.profile()
        except InputError as exc:
            self.status.setText(f"The profile is not valid: {describe_error(exc)}")
            return
        state = self._session.state
        plans = state.plan_refs()
        params = state.parameters
        years = self.years.value()
        self._cancel = False
        self.running = True
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        relay = _Relay(self)
        relay.progressed.connect(self._on_progress)
        from models.annual import CancelledError, break_even, simulate_years

        def report(done: int, total: int, what: str) -> None:
            if self._cancel:
                raise CancelledError
            relay.progressed.emit(done, total, what)

        def work() -> tuple[AnnualResult, list[BreakEvenPoint]]:
            result = simulate_years(profile, plans, params, years, progress=report)
            points = break_even(
                profile, plans, params, self._convert, years=min(years, 200), progress=report
            )
            return result, points

        self._runner.run(work, self._on_done, self._on_failed)

    def cancel(self) -> None:
        self._cancel = True
        self.status.setText("Cancelling…")

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.status.setText(f"Simulating: {what}")

    def _finish(self) -> None:
        self.running = False
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _on_done(self, outcome: tuple[AnnualResult, list[BreakEvenPoint]]) -> None:
        self._finish()
        self.result, self.points = outcome
        self.progress.setValue(self.progress.maximum())
        result = self.result
        self.status.setText(
            f"{result.years} years simulated (seed {result.seed}), "
            f"{result.tickets_per_year:.1f} tickets a year on average."
        )
        self._show()
        self.finished.emit()

    def _on_failed(self, error: Exception) -> None:
        self._finish()
        from models.annual import CancelledError

        if isinstance(error, CancelledError):
            self.status.setText("Cancelled.")
            self.progress.setValue(0)
        else:
            self.status.setText(f"The simulation failed: {describe_error(error)}")

    def _show(self) -> None:
        currency = self._session.state.currency
        self.model.set_result(self.result, self._convert, currency)
        self.table.resizeColumnsToContents()
        ranges = []
        for plan in self.result.plans if self.result else []:
            values = [self._convert(plan.percentile(q), plan.currency) for q in (10, 50, 90)]
            if any(v is None for v in values):
                continue
            p10, p50, p90 = (v or Decimal(0) for v in values)
            ranges.append(Range(f"{plan.contract}:{plan.plan}", p10, p50, p90, plan.complete))
        self.range_chart.set_ranges(ranges, currency or "each vendor's currency")
        self.break_even_chart.set_points(self.points, currency or "each vendor's currency")

    def _on_load_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open profile", "", "Profiles (*.yaml *.yml)")
        if name:
            self.load_profile(Path(name))

    def load_profile(self, path: Path) -> None:
        try:
            self.form.show_profile(validate_document(Profile, read_yaml(path)))
        except InputError as exc:
            self.status.setText(f"Cannot open the profile: {describe_error(exc)}")
            return
        self.status.setText(f"Loaded {path.name}.")
