"""The Workload tab: the workload profile the decision simulates, and each plan's yearly cost.

The profile belongs to the session (`ComparisonSession.profile`): every change of a field is an
undoable edit that makes the decision stale and works it out again in the background. The
charts show the session's current decision (`Decision.metrics` for the P10–P50–P90 ranges,
`Decision.curve` for the costs along the ticket volume); this tab holds no result of its own.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSize, Qt, Signal
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.annual_charts import Range, RangeChart
from desktop.decision_charts import VolumeChart
from desktop.folders import folder_for
from desktop.messages import describe_error
from desktop.numbers import follow_locale, hours_suffix, in_locale, interface_locale
from desktop.session import ComparisonSession
from models.comparison import plan_title
from models.errors import InputError
from models.profile import Profile
from models.vocabulary import CAUSES, SEVERITIES
from models.wording import N_
from models.yamlio import read_yaml, validate_document


def _tr(text: str) -> str:
    """`text` in the interface language (context "AnnualPanel" in the catalogues)."""
    return QCoreApplication.translate("AnnualPanel", text)


_SEVERITY_ROWS = {
    "critical": N_("Critical tickets a month"),
    "high": N_("High tickets a month"),
    "normal": N_("Normal tickets a month"),
    "low": N_("Low tickets a month"),
}
_CAUSE_ROWS = {
    "vendor_defect": N_("Share vendor defect"),
    "customer_caused": N_("Share customer caused"),
    "no_fault": N_("Share no fault"),
    "change_request": N_("Share change request"),
}


def _share_box(value: Decimal) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 1)
    box.setDecimals(2)
    box.setSingleStep(0.05)
    box.setValue(float(value))
    return box


def _count_box(value: Decimal, maximum: float = 1000) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, maximum)
    box.setDecimals(2)
    box.setSingleStep(0.5)
    box.setValue(float(value))
    return box


class FormScroll(QScrollArea):
    """Scrolls a form up and down only, and asks for the width the form's widest row needs
    (long labels, as in Hebrew, make it wider), so the splitter never clips a field."""

    def __init__(self, form: QWidget, least_width: int) -> None:
        super().__init__()
        self._least_width = least_width
        self.setWidgetResizable(True)
        self.setWidget(form)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form.installEventFilter(self)

    def _widened(self, hint: QSize, form_width: int | None) -> QSize:
        """`hint` as wide as a form `form_width` wide needs, with the scroll bar beside it."""
        if form_width is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        width = max(self._least_width, form_width + bar + 2 * self.frameWidth())
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # the form's preferred width, not its least: at its least a field (a drop-down as wide
        # as its longest choice) is given less than it asks for, and is cut
        form = self.widget()
        width = None if form is None else form.sizeHint().width()
        return self._widened(super().minimumSizeHint(), width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        form = self.widget()
        return self._widened(super().sizeHint(), None if form is None else form.sizeHint().width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # the form's rows changed (new words after a language switch): ask for a new width
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


class ProfileForm(QGroupBox):
    """The workload profile's fields; `profile()` validates them into a Profile.

    Signals:
        edited: the user changed a field.
    """

    edited = Signal()

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = profile
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.zone = QLineEdit()
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.counts = QComboBox()
        self.counts.addItem("", "poisson")
        self.counts.addItem("", "exact")
        # as wide as its longest choice ("vary around the mean (Poisson)"): the form's pane
        # takes the width its widest row needs (FormScroll)
        self.counts.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.per_month = {s: _count_box(Decimal(0)) for s in SEVERITIES}
        self.shares = {c: _share_box(Decimal(0)) for c in CAUSES}
        self.median = _count_box(Decimal(1), 1000)
        self.p90 = _count_box(Decimal(1), 1000)
        self.outside = _share_box(Decimal(0))
        self.after = _share_box(Decimal(0))
        self.release = _share_box(Decimal(0))
        self.visits = _count_box(Decimal(0), 1000)
        self.visit_hours = _count_box(Decimal(2), 100)
        rows: list[tuple[str, QWidget]] = [
            (N_("Name"), self.name),
            (N_("Reported from (zone)"), self.zone),
            (N_("Counts"), self.counts),
            *((_SEVERITY_ROWS.get(s, s), box) for s, box in self.per_month.items()),
            *((_CAUSE_ROWS.get(c, c), box) for c, box in self.shares.items()),
            (N_("Effort, median"), self.median),
            (N_("Effort, 90th percentile"), self.p90),
            (N_("Share reported outside office hours"), self.outside),
            (N_("Share asking for after-hours work"), self.after),
            (N_("Share needing a release"), self.release),
            (N_("On-site visits a year"), self.visits),
            (N_("Hours per visit"), self.visit_hours),
            (N_("Seed"), self.seed),
        ]
        self._labels: list[tuple[QLabel, str]] = []
        for text, widget in rows:
            label = QLabel()
            form.addRow(label, widget)
            self._labels.append((label, text))
        self.retranslate()
        self._filling = False
        self.show_profile(profile)
        for box in (*self.per_month.values(), *self.shares.values()):
            box.valueChanged.connect(self._on_edited)
        for box in (self.median, self.p90, self.outside, self.after, self.release, self.visits):
            box.valueChanged.connect(self._on_edited)
        self.visit_hours.valueChanged.connect(self._on_edited)
        self.seed.valueChanged.connect(self._on_edited)
        self.counts.currentIndexChanged.connect(self._on_edited)
        self.name.editingFinished.connect(self._on_edited)
        self.zone.editingFinished.connect(self._on_edited)

    def retranslate(self) -> None:
        """The form's words in the current language, and its numbers in its locale."""
        self.setTitle(_tr("Workload profile"))
        self.counts.setItemText(0, _tr("vary around the mean (Poisson)"))
        self.counts.setItemText(1, _tr("exactly these numbers"))
        for label, text in self._labels:
            label.setText(_tr(text))
        follow_locale((self.median, self.p90, self.visit_hours), hours_suffix())
        numbers = (*self.per_month.values(), *self.shares.values(), self.visits)
        follow_locale((*numbers, self.outside, self.after, self.release))
        follow_locale((self.seed,), grouping=False)  # a seed names a run: 1234, not 1,234

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_edited(self, *_args: object) -> None:
        if not self._filling:
            self.edited.emit()

    def show_profile(self, profile: Profile) -> None:
        self._filling = True
        try:
            self._fill(profile)
        finally:
            self._filling = False

    def _fill(self, profile: Profile) -> None:
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
    def __init__(self, session: ComparisonSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annualPanel")
        self._session = session
        self._filling = False

        self.form = ProfileForm(session.profile)
        self.years = QSpinBox()
        self.years.setRange(10, 100_000)
        self.years.setValue(session.years)
        self.years.setSingleStep(500)
        self.load = load = QPushButton()
        load.clicked.connect(self._on_load_clicked)
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setObjectName("annualStatus")
        self.status.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(load)
        left_layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.years)
        left_layout.addLayout(row)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.status)
        left_layout.addStretch()
        self.form_scroll = scroll = FormScroll(left, least_width=420)

        self.range_chart = RangeChart()
        self.volume_chart = VolumeChart()
        self.charts = charts = QTabWidget()
        charts.addTab(self.range_chart, "")
        charts.addTab(self.volume_chart, "")
        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(scroll)
        outer.addWidget(charts)
        outer.setStretchFactor(1, 1)
        outer.setSizes([430, 570])
        self.retranslate()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(outer)

        self.form.edited.connect(self._on_form_edited)
        self.years.valueChanged.connect(session.set_years)
        session.yearly_inputs_changed.connect(self._on_session_profile)
        session.decision_changed.connect(self.show_decision)
        session.decision_stale.connect(self.show_decision)
        session.decision_failed.connect(self._on_failed)
        session.decision_progress.connect(self._on_progress)
        self.show_decision()

    def retranslate(self) -> None:
        follow_locale((self.years,), _tr(" simulated years"))
        self.progress.setLocale(interface_locale())  # "۱۰۰٪" in Persian, as the fields write
        self.load.setText(_tr("Open profile…"))
        self.charts.setTabText(0, _tr("Yearly cost range"))
        self.charts.setTabText(1, _tr("Cost by ticket volume"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_decision()
        super().changeEvent(event)

    # --- the profile: edits go to the session ---

    def _on_form_edited(self) -> None:
        try:
            profile = self.form.profile()
        except InputError as exc:
            self.status.setText(
                _tr("The profile is not valid: {problem}").format(problem=describe_error(exc))
            )
            return
        self._session.set_profile(profile, merge_key="profile")

    def _on_session_profile(self) -> None:
        """An undo or an opened file changed the profile: show it."""
        try:
            shown = self.form.profile()
        except InputError:
            shown = None
        if shown != self._session.profile:
            self.form.show_profile(self._session.profile)

    def _on_load_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            _tr("Open profile"),
            str(folder_for(self, self._session.path)),
            _tr("Profiles (*.yaml *.yml)"),
        )
        if name:
            self.load_profile(Path(name))

    def load_profile(self, path: Path) -> None:
        try:
            profile = validate_document(Profile, read_yaml(path))
        except InputError as exc:
            self.status.setText(
                _tr("Cannot open the profile: {problem}").format(problem=describe_error(exc))
            )
            return
        self.form.show_profile(profile)
        self._session.set_profile(profile)
        self.status.setText(_tr("Loaded {file}.").format(file=path.name))

    # --- the decision's yearly numbers ---

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.status.setText(_tr("Simulating: {what}…").format(what=what))

    def _on_failed(self, message: str) -> None:
        self.progress.setValue(0)
        self.status.setText(_tr("The simulation failed: {message}").format(message=message))

    def show_decision(self) -> None:
        decision = self._session.current_decision
        if decision is None:
            self.range_chart.set_ranges([], "")
            self.volume_chart.set_decision(None, _tr("Simulating the profile…"))
            if self._session.decision is not None:
                self.status.setText(_tr("Out of date: simulating the edited inputs…"))
            return
        self.progress.setValue(self.progress.maximum())
        annual = decision.annual
        locale = QLocale()
        self.status.setText(
            _tr(
                "{years} years simulated (seed {seed}), {tickets} tickets a year on average."
            ).format(
                years=locale.toString(annual.years),
                seed=in_locale(str(annual.seed)),  # the locale's digits, not grouped
                tickets=locale.toString(float(annual.tickets_per_year), "f", 1),
            )
        )
        ranges = []
        for metrics in decision.metrics.values():
            cost = metrics.cost
            title = plan_title(metrics.ref)
            ranges.append(Range(title, cost.p10, cost.p50, cost.p90, cost.complete))
        self.range_chart.set_ranges(ranges, decision.currency)
        self.volume_chart.set_decision(decision)
