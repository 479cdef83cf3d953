"""Parameters and currency: contract parameters (product price, hourly rate, included hours…),
the comparison currency, the exchange rates with their date, and net or gross.

Accepting the dialog makes one undoable edit. Values are checked here, at the input boundary:
a field that is not a number of 0 or more keeps the dialog open and says which one. Numbers and
the rates' date are written and read the way the interface's locale (`QLocale()`) writes them.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.numbers import date_format, interface_locale, read_number, show_number
from models.comparison_file import ComparisonState
from models.limits import check_number
from models.rates import Rates
from models.wording import N_

PROVENANCE_NOTE = {
    "assumed": N_(" (assumed)"),
    "not_stated": N_(" (not stated)"),
    "interpreted": "",
}


def _tr(text: str) -> str:
    """`text` in the interface language (context "ParametersDialog" in the catalogues)."""
    return QCoreApplication.translate("ParametersDialog", text)


def _note(provenance: str) -> str:
    note = PROVENANCE_NOTE.get(provenance, "")
    return _tr(note) if note else ""


def _number(text: str) -> Decimal | None:
    """A number of 0 or more, None for an empty field; ValueError otherwise."""
    text = read_number(text.strip())
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite() or value < 0:
        raise ValueError(text)
    check_number(value)  # the bounds of every number in a file
    return value


class ParametersDialog(QDialog):
    def __init__(self, state: ComparisonState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parametersDialog")
        self.setWindowTitle(_tr("Comparison, parameters and currency"))
        self.resize(620, 640)
        self._state = state
        self.result_state: ComparisonState | None = None
        self._parameter_fields: dict[tuple[str, str], QLineEdit] = {}
        self._rate_fields: dict[str, QLineEdit] = {}

        content = QWidget()
        layout = QVBoxLayout(content)
        about = QGroupBox(_tr("Comparison"))
        about_form = QFormLayout(about)
        self.title = QLineEdit(state.title)
        self.title.setObjectName("title")
        self.client = QLineEdit(state.client)
        self.client.setObjectName("client")
        self.client.setPlaceholderText(_tr("who the comparison is prepared for (shown on exports)"))
        about_form.addRow(_tr("Title"), self.title)
        about_form.addRow(_tr("Prepared for"), self.client)
        layout.addWidget(about)
        for loaded in state.contracts:
            contract = loaded.contract
            if not contract.parameters:
                continue
            group = QGroupBox(f"{contract.vendor} ({contract.currency})")
            form = QFormLayout(group)
            supplied = state.parameters.get(contract.id, {})
            for parameter in contract.parameters:
                field = QLineEdit()
                field.setObjectName(f"param:{contract.id}:{parameter.name}")
                value = supplied.get(parameter.name, parameter.default)
                field.setText("" if value is None else show_number(value))  # read by _number
                default = (
                    _tr("none") if parameter.default is None else show_number(parameter.default)
                )
                field.setPlaceholderText(
                    _tr("not supplied: prices that need it show as not stated")
                )
                field.setToolTip(
                    _tr(
                        "{description}\nUnit: {unit}. Default: {default}{note}. Clause {clause}."
                    ).format(
                        description=parameter.description,
                        unit=parameter.unit,
                        default=default,
                        note=_note(parameter.provenance),
                        clause=parameter.clause,
                    )
                )
                label = f"{parameter.name.replace('_', ' ')} ({parameter.unit})"
                label += _note(parameter.provenance)
                form.addRow(label, field)
                self._parameter_fields[(contract.id, parameter.name)] = field
            layout.addWidget(group)

        money = QGroupBox(_tr("Comparison currency and exchange rates"))
        form = QFormLayout(money)
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.addItem(_tr("none (vendor currencies only)"), None)
        for code in sorted(state.rates.rates):
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(state.currency)))
        form.addRow(_tr("Compare in"), self.currency)
        self.gross = QRadioButton(_tr("gross (with VAT)"))
        net = QRadioButton(_tr("net (before VAT)"))
        self.gross.setChecked(state.show_gross)
        net.setChecked(not state.show_gross)
        choice = QButtonGroup(self)
        choice.addButton(net)
        choice.addButton(self.gross)
        row = QHBoxLayout()
        row.addWidget(net)
        row.addWidget(self.gross)
        form.addRow(_tr("Converted amounts"), row)
        day = state.rates.date
        self.rates_date = QDateEdit(QDate(day.year, day.month, day.day))
        self.rates_date.setObjectName("ratesDate")
        self.rates_date.setCalendarPopup(True)
        self.rates_date.setLocale(interface_locale())
        self.rates_date.setDisplayFormat(date_format())
        form.addRow(_tr("Rates of"), self.rates_date)
        form.addRow(
            QLabel(_tr("Units of each currency per 1 {base}:").format(base=state.rates.base))
        )
        for code, rate in sorted(state.rates.rates.items()):
            field = QLineEdit(show_number(rate))
            field.setObjectName(f"rate:{code}")
            field.setEnabled(code != state.rates.base)
            form.addRow(code, field)
            self._rate_fields[code] = field
        layout.addWidget(money)
        layout.addStretch()

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.error = QLabel()
        self.error.setObjectName("parametersError")
        self.error.setStyleSheet("color: #b91c1c")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(self.error)
        outer.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.result_state = self._collect()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    def _collect(self) -> ComparisonState:
        parameters: dict[str, dict[str, Decimal]] = {}
        for (contract_id, name), field in self._parameter_fields.items():
            try:
                value = _number(field.text())
            except ValueError:
                raise ValueError(
                    _tr("{contract}: {name} must be a number of 0 or more, not {text}").format(
                        contract=contract_id, name=name, text=repr(field.text())
                    )
                ) from None
            if value is not None:
                parameters.setdefault(contract_id, {})[name] = value
        rates: dict[str, Decimal] = {}
        for code, field in self._rate_fields.items():
            try:
                value = _number(field.text())
            except ValueError:
                value = None
            if value is None or value == 0:
                raise ValueError(
                    _tr("the rate of {code} must be a number above 0").format(code=code)
                )
            rates[code] = value
        qdate = self.rates_date.date()
        new_rates = Rates.model_validate(
            {
                "date": f"{qdate.year():04d}-{qdate.month():02d}-{qdate.day():02d}",
                "base": self._state.rates.base,
                "rates": rates,
            }
        )
        return replace(
            self._state,
            parameters=parameters,
            rates=new_rates,
            currency=self.currency.currentData(),
            show_gross=self.gross.isChecked(),
            title=self.title.text().strip() or self._state.title,
            client=self.client.text().strip(),
        )
