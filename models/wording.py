"""The words and formats a person reads, in one interface language.

Models build their tables and sentences through a `Wording`. `t()` gives the interface's text
for an English source text; the other methods write amounts, numbers, percentages, dates and
durations the way the reader's locale does (CLDR, through Babel). `ENGLISH` is the default: the
exports, the CLI and the JSON use it, and its output is what Termscope has always written. The
desktop passes a `Wording` made from the chosen language with Qt's translator, so models never
import Qt and every renderer still lays out the one view built here.

What is translated: our own words (column titles, status words, the decision's sentences).
What never is: the vendors' clause texts, plan and vendor names, identifiers in JSON.

The catalogues find translatable texts by their shape: the literal first argument of a call
`….t("…")` or `N_("…")` in models/ (scripts/catalogues.py puts them in the Qt Linguist files,
context "models"). So write `wording.t("by quote")`, never `wording.t(some_variable)`, except
for texts marked where they are defined with `N_("…")`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from string import Formatter
from typing import Protocol, assert_never
from unicodedata import bidirectional

Translate = Callable[[str], str]


@cache
def currency_digits(code: str) -> int:
    """How many decimals the currency shows (CLDR, through Babel: EUR 2, IRR 0, JPY 0)."""
    from babel.numbers import get_currency_precision

    digits: int = get_currency_precision(code)
    return digits


@cache
def _separators(locale: str) -> tuple[str, str]:
    """The locale's group and decimal signs in its own digits (CLDR's default numbering
    system, through Babel: "٬" and "٫" beside Persian digits, "," and "." beside Latin ones)."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return (
        get_group_symbol(locale, numbering_system="default"),
        get_decimal_symbol(locale, numbering_system="default"),
    )


# The digits of CLDR's numbering systems our languages use beside Latin ("latn")
_NATIVE_DIGITS = {"arab": "٠١٢٣٤٥٦٧٨٩", "arabext": "۰۱۲۳۴۵۶۷۸۹"}


@cache
def native_digits(locale: str) -> dict[int, str]:
    """What turns Latin digits (and "%") into the locale's own, as CLDR's default numbering
    system writes them: Persian digits "۱۲۳" and "٪" for Persian (what Qt's QLocale writes in
    the input fields too); empty for a locale that writes Latin digits."""
    from babel import Locale

    parsed = Locale.parse(locale)
    system = parsed.default_numbering_system
    digits = _NATIVE_DIGITS.get(system)
    if digits is None:
        return {}
    table = {ord(str(n)): digit for n, digit in enumerate(digits)}
    percent = parsed.number_symbols.get(system, {}).get("percentSign")
    if percent:
        table[ord("%")] = percent
    return table


RIGHT_TO_LEFT = frozenset({"he", "fa", "ar", "ur"})
_LEFT_TO_RIGHT_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2068", "\u2069"
LEFT_TO_RIGHT_EMBEDDING, POP_DIRECTIONAL_FORMATTING = "\u202a", "\u202c"
RIGHT_TO_LEFT_MARK = "\u200f"


def reads_left_to_right(text: str) -> bool:
    """Letters written left to right (Latin: a plan's name, "EUR 1,250.00") and none written
    right to left (Hebrew, Arabic script; digits of either take no side)."""
    if not _LEFT_TO_RIGHT_LETTER.search(text):
        return False
    return not any(bidirectional(char) in ("R", "AL") for char in text)


def _isolated(value: object) -> object:
    """A value in Latin letters (a plan's name, "EUR 1,250.00") set apart from the right-to-
    left sentence around it (Unicode isolates, UAX #9), so its words keep their order and the
    sentence's punctuation stays where the translator put it. A value already in the reader's
    script (a sentence said before, with its own names set apart) is left as it is: Qt takes
    the direction of an isolate from its first letter, even one inside a nested isolate."""
    if isinstance(value, str) and reads_left_to_right(value):
        return f"{FIRST_STRONG_ISOLATE}{value}{POP_ISOLATE}"
    return value


def N_(source: str) -> str:  # noqa: N802 - the gettext convention translators know
    """Marks a text defined away from its use (a table of words) for the catalogues."""
    return source


def _same(source: str) -> str:
    return source


def _placeholders(text: str) -> set[str]:
    """The `{name}`s of a text (raises ValueError on a broken brace)."""
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


@dataclass(frozen=True)
class Wording:
    """One interface language: `locale` is a CLDR name ("en_US", "he_IL", "fa_IR", "nb_NO",
    "sv_SE"); `translate` maps an English source text to the text shown."""

    locale: str = "en_US"
    translate: Translate = _same
    # each source's shown text and whether it keeps the placeholders, looked up once: make a
    # new Wording when the catalogues change (the desktop makes one per refresh)
    _looked_up: dict[str, tuple[str, bool]] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    @property
    def english(self) -> bool:
        return self.locale.startswith("en")

    @property
    def right_to_left(self) -> bool:
        return self.locale.split("_")[0] in RIGHT_TO_LEFT

    def apart(self, text: str) -> str:
        """A name in Latin letters shown on its own in a right-to-left interface (a table cell,
        a tree's row, a painted label), laid out left to right: "Mystore · Support (in the store
        price)" keeps its bracket at its end instead of having it turned to the front. An
        embedding (LRE…PDF), not an isolate: alone in its cell it has nothing to be isolated
        from, and the isolates' marks make Qt take a taller fallback font for the row."""
        latin = self.right_to_left and reads_left_to_right(text)
        if latin and not text.startswith(LEFT_TO_RIGHT_EMBEDDING):
            return f"{LEFT_TO_RIGHT_EMBEDDING}{text}{POP_DIRECTIONAL_FORMATTING}"
        return text

    def t(self, source: str, /, **values: object) -> str:
        """The shown text for `source`, with `{name}` placeholders filled from `values`. A
        translation that drops or misspells a placeholder falls back to the English text rather
        than failing (a test checks the catalogues keep them)."""
        known = self._looked_up.get(source)
        if known is None:  # a table asks for the same few words thousands of times
            text = self.translate(source) or source
            try:
                keeps_placeholders = _placeholders(text) == _placeholders(source)
            except ValueError:
                keeps_placeholders = False
            known = self._looked_up[source] = (text, keeps_placeholders)
        text, keeps_placeholders = known
        if not values:
            return text
        if self.right_to_left:
            values = {name: _isolated(value) for name, value in values.items()}
            said = self._filled(text, source, keeps_placeholders, values)
            # a sentence that opens with a name: its first letter would make Qt lay the whole
            # paragraph out left to right; a right-to-left mark first says which way it runs
            return RIGHT_TO_LEFT_MARK + said if said.startswith(FIRST_STRONG_ISOLATE) else said
        return self._filled(text, source, keeps_placeholders, values)

    @staticmethod
    def _filled(text: str, source: str, keeps_placeholders: bool, values: dict[str, object]) -> str:
        if keeps_placeholders:
            try:
                return text.format(**values)
            except (KeyError, IndexError, ValueError):
                pass
        return source.format(**values)

    # --- numbers -------------------------------------------------------------------------

    def money(self, amount: Decimal, currency: str) -> str:
        """ "EUR 1,234.57" (English), "EUR 1 234,57" (Swedish): rounded half up to the
        currency's own decimals, the ISO code and a no-break space so it never wraps.

        What Babel's `format_currency` writes with the pattern "¤¤ #,##0.00" (a test compares
        them), but ~40× faster: a table of 150 plans writes 600 amounts on every edit."""
        digits = currency_digits(currency)
        rounded = amount.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
        number = f"{abs(rounded):,.{digits}f}"
        group, decimal = _separators(self.locale)
        if (group, decimal) != (",", "."):
            number = number.translate({ord(","): group, ord("."): decimal})
        number = number.translate(native_digits(self.locale))
        sign = "-" if rounded.is_signed() and rounded != 0 else ""
        return f"{sign}{currency}\u00a0{number}"

    def number(self, value: Decimal | float | int, digits: int = 0) -> str:
        """A plain number with the locale's grouping and decimal sign, `digits` decimals."""
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
        text: str = format_decimal(
            value, format=pattern, locale=self.locale, numbering_system="default"
        )
        return text.translate(native_digits(self.locale))

    def percent(self, share: Decimal | float, digits: int = 0) -> str:
        """A share (0.75) as the locale writes a percentage ("75 %" in Swedish, "75%")."""
        if self.english:  # what Termscope's English has always written
            return f"{float(share) * 100:.{digits}f} %"
        from babel import Locale
        from babel.numbers import format_percent

        # the locale's own pattern ("#,##0 %" in Swedish, with its no-break space), its
        # last digit given the decimals asked for
        pattern: str = Locale.parse(self.locale).percent_formats[None].pattern
        if digits > 0:
            last = pattern.rindex("0")
            pattern = pattern[: last + 1] + "." + "0" * digits + pattern[last + 1 :]
        text: str = format_percent(
            share, format=pattern, locale=self.locale, numbering_system="default"
        )
        return text.translate(native_digits(self.locale))

    # --- times ---------------------------------------------------------------------------

    def instant(self, at: datetime, reported: datetime) -> str:
        """A moment in its own zone, the year only when it differs from the report's year
        there: "Fri 27 Nov 19:15" (English), "fre 27 nov. 19:15" (Swedish)."""
        with_year = at.year != reported.astimezone(at.tzinfo).year
        if self.english:
            return at.strftime("%a %d %b %Y %H:%M" if with_year else "%a %d %b %H:%M")
        from babel.dates import format_time

        time: str = format_time(at, "HH:mm", tzinfo=at.tzinfo, locale=self.locale)
        return f"{self.weekday(at.date(), with_year)} {time.translate(native_digits(self.locale))}"

    def weekday(self, day: date, with_year: bool) -> str:
        """A day with its weekday: "Fri 27 Nov" (English), "fre 27 nov." (Swedish), with the
        year when asked."""
        if self.english:
            return day.strftime("%a %d %b %Y" if with_year else "%a %d %b")
        from babel.dates import format_skeleton

        text: str = format_skeleton("yMMMEd" if with_year else "MMMEd", day, locale=self.locale)
        return text.translate(native_digits(self.locale))

    def date(self, day: date) -> str:
        """A calendar day: "27 Nov 2026" (English), "27 nov. 2026" (Swedish)."""
        if self.english:
            return day.strftime("%d %b %Y")
        from babel.dates import format_skeleton

        text: str = format_skeleton("yMMMd", day, locale=self.locale)
        return text.translate(native_digits(self.locale))

    def elapsed(self, elapsed: timedelta) -> str:
        """The one way a time after the report is written: "+2.5 h" under two days, else
        "+3.2 d" (in the locale's digits and units)."""
        hours = elapsed.total_seconds() / 3600
        sign = "+" if hours >= 0 else "−"
        if abs(hours) < 48:
            return sign + self.t("{hours} h", hours=self._one_decimal(abs(hours)))
        return sign + self.t("{days} d", days=self._one_decimal(abs(hours) / 24))

    def hours(self, hours: float | None) -> str:
        """A duration given in hours (yearly statistics), in the words of `elapsed`."""
        if hours is None:
            return self.t("not stated")
        return self.elapsed(timedelta(hours=hours)).lstrip("+")

    def _one_decimal(self, value: float) -> str:
        if self.english:
            return f"{value:.1f}"
        return self.number(Decimal(f"{value:.1f}"), 1)


ENGLISH = Wording()


# --- sentences kept as data ---------------------------------------------------------------------
# A decision is worked out once, in English, and kept; its sentences are also kept as a Phrase
# (a source text and its values), so the app can say them again in another language without
# working the decision out again. `Phrase.say(ENGLISH)` is the English text kept beside it.


@dataclass(frozen=True)
class Amount:
    """An amount in a phrase, written by the reader's `Wording.money`."""

    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Figure:
    """A number in a phrase: in English as `format(value, english)` always wrote it (".1f",
    ",.2f", "" for the Decimal as it is), else in the reader's locale with `digits` decimals
    (None: the Decimal's own)."""

    value: Decimal | float | int
    english: str
    digits: int | None = 0


@dataclass(frozen=True)
class Share:
    """A share (0.1) in a phrase, written by the reader's `Wording.percent`."""

    value: Decimal | float
    digits: int = 0


@dataclass(frozen=True)
class Phrase:
    """A text of ours with its values: `source` is marked with `N_` where it is written."""

    source: str
    values: tuple[tuple[str, str | Phrase | Amount | Figure | Share], ...] = ()

    @classmethod
    def of(cls, source: str, /, **values: str | Phrase | Amount | Figure | Share) -> Phrase:
        return cls(source, tuple(values.items()))

    def say(self, wording: Wording = ENGLISH) -> str:
        return wording.t(self.source, **{name: say_value(v, wording) for name, v in self.values})


def say_value(value: str | Phrase | Amount | Figure | Share, wording: Wording) -> str:
    """One value of a phrase in the reader's words and formats."""
    match value:
        case str():
            return value
        case Phrase():
            return value.say(wording)
        case Amount():
            return wording.money(value.amount, value.currency)
        case Figure():
            if wording.english:
                return format(value.value, value.english)
            number = Decimal(str(value.value))
            digits = value.digits
            if digits is None:
                exponent = number.as_tuple().exponent
                digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
            return wording.number(number, digits)
        case Share():
            return wording.percent(value.value, value.digits)
        case _:
            assert_never(value)


def hours_phrase(value: Decimal) -> Phrase:
    """A number of hours as the trace writes it ("2.5 h"), in the reader's digits and unit."""
    return Phrase.of(N_("{hours} h"), hours=Figure(value.normalize(), "f", None))


class Said(Protocol):
    """Something kept with English texts and, beside them, the phrases they were said from."""

    @property
    def phrases(self) -> tuple[tuple[str, Phrase], ...]: ...


def said(item: Said, name: str, wording: Wording = ENGLISH) -> str:
    """The text `item.<name>` in `wording`: said again from its phrase when it has one."""
    phrase = dict(item.phrases).get(name)
    text: str = getattr(item, name) if phrase is None else phrase.say(wording)
    return text
