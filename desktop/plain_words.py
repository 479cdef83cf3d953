"""Trace values and texts in the words a person reads: the Why panel shows these, and keeps the
raw value (ISO times, identifiers, shares) in a tooltip for whoever needs it.

"2026-11-27T19:15:00+03:30" → "Fri 27 Nov 19:15" (the year only when it is not this year; the
time is the vendor's local time, as the trace gives it), "Status quote_required" → "Status:
quote required", a VAT rate of 0.18 → "VAT 18 %", 1200000000 → "1,200,000,000".
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop.i18n import current_wording
from desktop.numbers import in_locale
from models.result import shown_value
from models.rules import When
from models.vocabulary import MILESTONE_KIND_WORDS
from models.wording import N_, Figure, say_value
from models.words import identifiers_in_words

_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_STATUS = re.compile(r"^Status (\S+)$")
_WORDS = {"vat": "VAT", "id": "id", "sla": "SLA"}  # abbreviations that stay upper case
# the names the engine gives a trace step's values, in words (others: their id in words)
LABELS = {
    "vat_rate": N_("VAT"),
    "at": N_("at"),
    "office_hours": N_("office hours"),
    "business_day": N_("business day"),
    "reading": N_("reading"),
    "report_day": N_("report day"),
    "severity": N_("severity"),
    "becomes": N_("becomes"),
    "outcome": N_("outcome"),
    "part": N_("part"),
    "visits_per_year": N_("visits per year"),
    "hours": N_("hours"),
    "included": N_("included"),
    "consumed": N_("consumed"),
    "kind": N_("kind"),
    "when": N_("when"),
    "amount": N_("amount"),
    "rule": N_("rule"),
    "parts": N_("parts"),
    "total": N_("total"),
    "fee": N_("fee"),
    "net": N_("net"),
}
# the engine's own words among the values (others: a contract's words or an id in words)
VALUE_WORDS = {
    "open": N_("open"),
    "closed": N_("closed"),
    "yes": N_("yes"),
    "no": N_("no"),
    "not stated": N_("not stated"),
    "unknown": N_("unknown"),
    "always": N_("always"),
}
# the words of a price rule's kind, the value named "rule" (a milestone's kind, "kind", is said
# with models.vocabulary's words)
PRICE_RULE_WORDS = {
    "included": N_("included"),
    "hourly": N_("hourly rate"),
    "prepaid_hours": N_("prepaid hours"),
    "service_hours": N_("service hours"),
    "not_stated": N_("not stated"),
    "quote_required": N_("priced by quote"),
    "percent_of_parameter": N_("a share of a parameter"),
    "parameter_multiple": N_("a multiple of a parameter"),
    "fixed": N_("fixed price"),
    "per_unit": N_("per unit"),
}


def _tr(text: str) -> str:
    """`text` in the interface language (context "PlainWords" in the catalogues)."""
    return QCoreApplication.translate("PlainWords", text)


def plain_label(key: str) -> str:
    """A value's name: "vat_rate" → "VAT", "office_hours" → "office hours"."""
    if key in LABELS:
        return _tr(LABELS[key])
    return " ".join(_WORDS.get(word, word) for word in key.split("_"))


def plain_text(text: str) -> str:
    """A trace step's text without identifiers: "Status quote_required" → "Status: quote
    required", "20 % of product_price" → "20 % of product price"."""
    status = _STATUS.match(text)
    if status:
        text = _tr("Status: {status}").format(status=status.group(1))
    return identifiers_in_words(text)


def plain_when(moment: datetime, today: date | None = None) -> str:
    """A date-time in its own zone, the year only when it is not this year's."""
    if not (wording := current_wording()).english:
        day = today or datetime.now().astimezone().date()
        return wording.instant(moment, datetime.combine(day, time(12), moment.tzinfo))
    return f"{plain_day(moment.date(), today)} {moment:%H:%M}"


def plain_day(day: date, today: date | None = None) -> str:
    """ "Fri 27 Nov", the year only when it is not this year's: "Sat 2 Jan 2027"."""
    today = today or datetime.now().astimezone().date()  # the user's own day
    if not (wording := current_wording()).english:
        return wording.weekday(day, with_year=day.year != today.year)
    shown = f"{day:%a} {day.day} {day:%b}"
    return shown if day.year == today.year else f"{shown} {day.year}"


def plain_number(value: Decimal) -> str:
    """Grouped thousands, no trailing zeros: Decimal("240000000.0") → "240,000,000"."""
    normal = value.normalize()
    if not (wording := current_wording()).english:
        return say_value(Figure(normal, "", None), wording)  # its own decimals, grouped
    if normal == normal.to_integral_value():
        return in_locale(f"{normal.quantize(Decimal(1)):,f}")
    return in_locale(f"{normal:,f}")


def plain_value(key: str, value: object, today: date | None = None) -> str:
    """A trace value for people (the raw is `shown_value(value)`)."""
    if isinstance(value, When):
        return value.phrase.say(current_wording())
    if key == "kind" and value in MILESTONE_KIND_WORDS:  # words of models/ ("models" context)
        return current_wording().t(MILESTONE_KIND_WORDS[value])
    if key == "rule" and isinstance(value, str) and value in PRICE_RULE_WORDS:
        return _tr(PRICE_RULE_WORDS[value])
    if isinstance(value, datetime):
        return plain_when(value, today) if value.tzinfo else shown_value(value)
    if isinstance(value, date):
        return plain_day(value, today)
    if isinstance(value, str):
        if _ISO_DATETIME.match(value):
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                return value
            return plain_when(moment, today) if moment.tzinfo else value
        if _ISO_DATE.match(value):
            try:
                return plain_day(date.fromisoformat(value), today)
            except ValueError:
                return value
        if _NUMBER.match(value):
            return plain_value(key, Decimal(value), today)
        if value in VALUE_WORDS:
            return _tr(VALUE_WORDS[value])
        return value.replace("_", " ")
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, Decimal | int):
        number = Decimal(value)
        if key == "vat_rate" or key.endswith("_share"):
            return f"{plain_number(number * 100)} %"  # a share of 1: 0.18 is 18 %
        return plain_number(number)
    return shown_value(value)


def plain_date(day: date) -> str:
    """A date with its year, as the parameters dialog shows it: "1 Nov 2026"."""
    if not (wording := current_wording()).english:
        return wording.date(day)
    return f"{day.day} {day:%b} {day.year}"
