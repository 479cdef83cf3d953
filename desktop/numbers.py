"""Numbers and dates in the interface's locale (`QLocale()`, set by `desktop.i18n.apply_language`),
written so they read back exactly: a Decimal in full, grouped the way the locale groups.

Qt's "C" locale (a process that never chose a language, as in the tests) writes numbers without
grouping; it stands for English here, so English output stays as it has always been.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox

_SPACES = re.compile(r"\s")  # spaces, no-break and narrow no-break spaces (a group separator)


def interface_locale() -> QLocale:
    """The interface's locale; US English in place of Qt's "C" locale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def hours_suffix() -> str:
    """The suffix " h" after hours in the interface language: one text for every form (its
    translation is the scenario form's, context "ScenarioEditor")."""
    return QCoreApplication.translate("ScenarioEditor", " h")


def follow_locale(
    boxes: Iterable[QAbstractSpinBox], suffix: str | None = None, *, grouping: bool = True
) -> None:
    """Spin boxes made before a language switch in the interface's locale now (its digits,
    decimal sign and grouping, the digits grouped as the locale groups them: "10,000.00 h"),
    and, where given, with `suffix` (" h", translated by the caller). Called at creation and on
    QEvent.LanguageChange by every form, so the forms agree. `grouping=False` for a number that
    is a name rather than an amount (a seed)."""
    locale = interface_locale()
    for box in boxes:
        box.setLocale(locale)
        box.setGroupSeparatorShown(grouping)
        if suffix is not None and isinstance(box, QSpinBox | QDoubleSpinBox):
            box.setSuffix(suffix)


def decimal_text(value: float | Decimal, digits: int, style: str = "f") -> str:
    """A measure (points, tickets a month) without grouping, as Python's format `.{digits}f`
    or `.{digits}g` writes it, in the locale's decimal sign and digits."""
    return _in_locale(format(value, f".{digits}{style}"), interface_locale())


def grouped(value: int) -> str:
    """A whole number with the locale's grouping and digits ("20,000", "20 000", "۲۰٬۰۰۰")."""
    return show_number(Decimal(value))


def show_number(value: Decimal, locale: QLocale | None = None) -> str:
    """`value` in full with the locale's grouping, decimal sign and digits ("1,500,000" in
    English, "1 500 000" in Swedish); `read_number` reads it back exactly."""
    return _in_locale(f"{value:,f}", locale or interface_locale())


def in_locale(text: str) -> str:
    """A number Python wrote in English signs ("1,234.5") in the interface locale's grouping,
    decimal sign and digits ("1 234,5" in Swedish); unchanged in English."""
    return _in_locale(text, interface_locale())


def _in_locale(text: str, locale: QLocale) -> str:
    """A number Python wrote in English signs ("1,234.5") in the locale's signs and digits."""
    zero = ord(locale.zeroDigit()[0])
    signs = {",": locale.groupSeparator(), ".": locale.decimalPoint()}
    return "".join(chr(zero + int(ch)) if ch.isdigit() else signs.get(ch, ch) for ch in text)


def read_number(text: str, locale: QLocale | None = None) -> str:
    """A number as the locale writes it (or in English) as Python's Decimal reads it: group
    separators and spaces dropped, the decimal sign a point (Decimal reads any script's digits)."""
    locale = locale or interface_locale()
    decimal_point = locale.decimalPoint()
    text = _SPACES.sub("", text).replace(locale.groupSeparator(), "")
    if decimal_point != ",":
        text = text.replace(",", "")  # English grouping typed in any locale
    return text.replace(decimal_point, ".")


def date_format(locale: QLocale | None = None) -> str:
    """How the rates' date is shown: "1 Nov 2026" in English, else the locale's short date
    with the year in full ("1.11.2026", "2026-11-01")."""
    locale = locale or interface_locale()
    if locale.language() == QLocale.Language.English:
        return "d MMM yyyy"
    return re.sub("y+", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
