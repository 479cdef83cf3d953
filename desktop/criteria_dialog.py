"""The decision criteria, editable: weights, the cost compared, must-haves and how far the
decision is pushed. Every change goes to the session at once (undoable, one step per field)
and the decision is worked out again; criteria files (`format: termscope.criteria/1`) can be
opened and saved.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.folders import folder_for
from desktop.messages import describe_error
from desktop.session import ComparisonSession
from models.criteria import Criteria, Knockout, load_criteria
from models.errors import InputError
from models.wording import N_

CRITERIA_FILTER = N_("Decision criteria (*.yaml *.yml);;All files (*)")
STATISTICS = (
    (N_("expected year (mean)"), "mean"),
    (N_("P10"), "p10"),
    (N_("P50"), "p50"),
    (N_("P90"), "p90"),
)
BASES = ((N_("net (before VAT)"), "net"), (N_("gross (with VAT)"), "gross"))
KNOCKOUT_KINDS = (
    (N_("Critical work starts within … h (P90)"), "time_within"),
    (N_("On-site visits available (critical)"), "on_site_available"),
    (N_("No ticket without a price (at most … %)"), "all_tickets_priced"),
    (N_("Yearly cost (P90) at most …"), "yearly_cost_at_most"),
)


def _tr(text: str) -> str:
    """`text` in the interface language (context "CriteriaDialog" in the catalogues)."""
    return QCoreApplication.translate("CriteriaDialog", text)


def _spin(maximum: float, step: float, decimals: int = 2, suffix: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, maximum)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    return box


def criteria_text(criteria: Criteria) -> str:
    """A criteria file's text (what `load_criteria` reads back)."""
    data = criteria.model_dump(mode="json")
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


class CriteriaDialog(QDialog):
    def __init__(self, session: ComparisonSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaDialog")
        # the dialog is kept and shown again: its fixed texts are set again on LanguageChange
        self._texts: list[tuple[Callable[[str], object], str]] = []
        self._say(self.setWindowTitle, N_("Decision criteria"))
        self._session = session
        self._filling = False
        self.ask_open_path = self._dialog_open_path
        self.ask_save_path = self._dialog_save_path

        self.name = QLineEdit()
        self.statistic = QComboBox()
        for label, value in STATISTICS:
            self.statistic.addItem(label, value)
        self.basis = QComboBox()
        for label, value in BASES:
            self.basis.addItem(label, value)
        self.weight_cost = _spin(10, 0.05)
        self.weight_speed = _spin(10, 0.05)
        self.weight_coverage = _spin(10, 0.05)
        scoring = QGroupBox()
        self._say(scoring.setTitle, N_("Score"))
        form = QFormLayout(scoring)
        form.addRow(self._label(N_("Name")), self.name)
        form.addRow(self._label(N_("Yearly cost compared")), self.statistic)
        form.addRow(self._label(N_("Amounts")), self.basis)
        form.addRow(self._label(N_("Weight of the yearly cost")), self.weight_cost)
        form.addRow(self._label(N_("Weight of speed")), self.weight_speed)
        form.addRow(self._label(N_("Weight of coverage")), self.weight_coverage)

        self.knockouts = QListWidget()
        self.knockouts.setObjectName("knockouts")
        self.new_kind = QComboBox()
        for label, value in KNOCKOUT_KINDS:
            self.new_kind.addItem(label, value)
        self.new_value = _spin(1e12, 1, 2)
        self.new_value.setValue(4)
        add = QPushButton()
        self._say(add.setText, N_("Add"))
        add.setObjectName("addKnockout")
        add.clicked.connect(self.add_knockout)
        remove = QPushButton()
        self._say(remove.setText, N_("Remove"))
        remove.clicked.connect(self.remove_knockout)
        adding = QHBoxLayout()
        adding.addWidget(self.new_kind, 1)
        adding.addWidget(self.new_value)
        adding.addWidget(add)
        adding.addWidget(remove)
        musts = QGroupBox()
        self._say(
            musts.setTitle, N_("Must-haves (a plan that fails one ranks after all that pass)")
        )
        musts_layout = QVBoxLayout(musts)
        musts_layout.addWidget(self.knockouts)
        musts_layout.addLayout(adding)

        self.rate_change = _spin(99, 1, 0, " %")
        self.parameter_change = _spin(99, 5, 0, " %")
        sure = QGroupBox()
        self._say(sure.setTitle, N_("How far the decision is pushed"))
        sure_form = QFormLayout(sure)
        sure_form.addRow(self._label(N_("Each exchange rate moved by ±")), self.rate_change)
        sure_form.addRow(self._label(N_("Each parameter moved by ±")), self.parameter_change)

        self.status = QLabel()
        self.status.setObjectName("criteriaStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        for text, handler in (
            (N_("Open…"), self.open_file),
            (N_("Save as…"), self.save_file),
            (N_("Defaults"), self.restore_defaults),
        ):
            button = buttons.addButton(_tr(text), QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(handler)
            self._texts.append((button.setText, text))
        layout = QVBoxLayout(self)
        layout.addWidget(scoring)
        layout.addWidget(musts)
        layout.addWidget(sure)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, 620)

        for spin in (
            self.weight_cost,
            self.weight_speed,
            self.weight_coverage,
            self.rate_change,
            self.parameter_change,
        ):
            spin.valueChanged.connect(lambda _v: self.apply())
        self.name.textEdited.connect(lambda _t: self.apply())
        self.statistic.currentIndexChanged.connect(lambda _i: self.apply())
        self.basis.currentIndexChanged.connect(lambda _i: self.apply())
        session.yearly_inputs_changed.connect(self._on_session_criteria)
        self._knockouts: list[Knockout] = []
        self.retranslate()
        self.show_criteria(session.criteria)

    # --- the interface language ---

    def _say(self, setter: Callable[[str], object], text: str) -> None:
        """Sets a fixed text now and again on each switch of language."""
        self._texts.append((setter, text))
        setter(_tr(text))

    def _label(self, text: str) -> QLabel:
        label = QLabel()
        self._say(label.setText, text)
        return label

    def retranslate(self) -> None:
        """The fixed texts, the choices' words and the spin boxes' numbers in the current
        language and locale."""
        for setter, text in self._texts:
            setter(_tr(text))
        for combo, choices in (
            (self.statistic, STATISTICS),
            (self.basis, BASES),
            (self.new_kind, KNOCKOUT_KINDS),
        ):
            for index, (label, _value) in enumerate(choices):
                combo.setItemText(index, _tr(label))
        for spin in self.findChildren(QDoubleSpinBox):
            spin.setLocale(QLocale())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_knockouts"):
            self.retranslate()

    # --- showing and reading the widgets ---

    def show_criteria(self, criteria: Criteria) -> None:
        self._filling = True
        self.name.setText(criteria.name)
        self.statistic.setCurrentIndex(self.statistic.findData(criteria.cost_statistic))
        self.basis.setCurrentIndex(self.basis.findData(criteria.cost_basis))
        self.weight_cost.setValue(float(criteria.weights.yearly_cost))
        self.weight_speed.setValue(float(criteria.weights.speed))
        self.weight_coverage.setValue(float(criteria.weights.coverage))
        self.rate_change.setValue(float(criteria.sensitivity.rate_change * 100))
        self.parameter_change.setValue(float(criteria.sensitivity.parameter_change * 100))
        self._knockouts = list(criteria.knockouts)
        self._show_knockouts()
        self._filling = False

    def _show_knockouts(self) -> None:
        self.knockouts.clear()
        for knockout in self._knockouts:
            self.knockouts.addItem(knockout.label)

    def criteria(self) -> Criteria:
        """The widgets as criteria (InputError in words when they are not valid)."""

        def decimal(box: QDoubleSpinBox, scale: int = 1) -> str:
            return str(Decimal(f"{box.value():.{box.decimals()}f}") / scale)

        base = self._session.criteria.model_dump(mode="json")
        base.update(
            name=self.name.text().strip() or "Criteria",
            cost_statistic=self.statistic.currentData(),
            cost_basis=self.basis.currentData(),
            weights={
                "yearly_cost": decimal(self.weight_cost),
                "speed": decimal(self.weight_speed),
                "coverage": decimal(self.weight_coverage),
            },
            knockouts=[k.model_dump(mode="json") for k in self._knockouts],
        )
        base["sensitivity"].update(
            rate_change=decimal(self.rate_change, 100),
            parameter_change=decimal(self.parameter_change, 100),
        )
        try:
            return Criteria.model_validate(base)
        except ValidationError as exc:
            problems = [
                f"{'.'.join(str(p) for p in e['loc'])}: "
                f"{str(e['msg']).removeprefix('Value error, ')}"
                for e in exc.errors()
            ]
            raise InputError("; ".join(problems)) from None

    def apply(self) -> None:
        if self._filling:
            return
        try:
            criteria = self.criteria()
        except InputError as exc:
            self.status.setText(_tr("Not applied: {error}").format(error=describe_error(exc)))
            return
        self.status.setText("")
        self._session.set_criteria(criteria, merge_key="criteria")

    def _on_session_criteria(self) -> None:
        if self._session.criteria != self._criteria_or_none():
            self.show_criteria(self._session.criteria)

    def _criteria_or_none(self) -> Criteria | None:
        try:
            return self.criteria()
        except InputError:
            return None

    # --- must-haves ---

    def add_knockout(self) -> None:
        kind = self.new_kind.currentData()
        value = str(Decimal(f"{self.new_value.value():.2f}"))
        data: dict[str, Any] = {"kind": kind}
        if kind == "time_within":
            data.update(milestone="work_start", hours=value)
        elif kind == "all_tickets_priced":
            data.update(at_most_share=str(Decimal(value) / 100))
        elif kind == "yearly_cost_at_most":
            state = self._session.state
            data.update(amount=value, currency=state.currency or state.rates.base)
        self._knockouts.append(_knockout(data))
        self._show_knockouts()
        self.apply()

    def remove_knockout(self) -> None:
        row = self.knockouts.currentRow()
        if 0 <= row < len(self._knockouts):
            del self._knockouts[row]
            self._show_knockouts()
            self.apply()

    # --- files ---

    def _dialog_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, _tr("Open criteria"), str(self.dialog_folder()), _tr(CRITERIA_FILTER)
        )
        return Path(name) if name else None

    def _dialog_save_path(self) -> Path | None:
        start = self.dialog_folder() / "criteria.yaml"
        name, _ = QFileDialog.getSaveFileName(
            self, _tr("Save criteria"), str(start), _tr(CRITERIA_FILTER)
        )
        return Path(name) if name else None

    def dialog_folder(self) -> Path:
        """Where the criteria's file dialogs open: where the main window's do (beside the
        comparison), else beside the session's comparison file, else the home folder."""
        return folder_for(self.parentWidget(), self._session.path)

    def open_file(self) -> None:
        path = self.ask_open_path()
        if path is None:
            return
        try:
            criteria = load_criteria(path)
        except InputError as exc:
            self.status.setText(
                _tr("Cannot open {name}: {error}").format(name=path.name, error=describe_error(exc))
            )
            return
        self.show_criteria(criteria)
        self._session.set_criteria(criteria)
        self.status.setText(_tr("Opened {name}.").format(name=path.name))

    def save_file(self) -> None:
        path = self.ask_save_path()
        if path is None:
            return
        try:
            path.write_text(criteria_text(self._session.criteria), encoding="utf-8")
        except OSError as exc:
            self.status.setText(
                _tr("Cannot save {path}: {error}").format(path=path, error=exc.strerror or exc)
            )
            return
        self.status.setText(_tr("Saved {name}.").format(name=path.name))

    def restore_defaults(self) -> None:
        self.show_criteria(Criteria())
        self._session.set_criteria(Criteria())


def _knockout(data: dict[str, Any]) -> Knockout:
    wrapped = Criteria.model_validate({"knockouts": [data]})
    return wrapped.knockouts[0]
