"""Office hours and holidays as a contract writes them, and the business calendar they make.

A contract gives them once for the vendor; a plan may give its own (one vendor sells "8/5",
"Mon–Sat 08–22" and "24/7" levels in one file). Holidays come from the `holidays` library (a
country, optionally a subdivision such as DE-BE and categories such as Sweden's de facto days),
plus the contract's own: extra closed days, days kept open, dated short days, days that recur
every year (24 and 31 December, closed or half days) and eves of holidays as short days (Israel's
erev chag). A day's hours are decided in this order: a dated short day, a closed day (added,
recurring closed, or a library holiday not removed), a recurring short day, an eve, the week.
"""

from __future__ import annotations

import itertools
import re
import threading
from datetime import date, timedelta
from decimal import Decimal
from importlib.metadata import version
from typing import Any

import holidays
from pydantic import Field, field_validator, model_validator

from models.calendar import US_PER_HOUR, BusinessCalendar, DayHours
from models.errors import LocatedValueError
from models.rules import Cited, Strict
from models.vocabulary import WEEKDAYS, Weekday

_INTERVAL = re.compile(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})")

HOLIDAYS_LIBRARY = f"holidays {version('holidays')}"
"""The library (and version) whose holiday tables the calendars use; recorded in outputs."""


def parse_interval(text: str) -> tuple[int, int]:
    """`"09:00-17:00"` → (start, end) in µs since midnight. `24:00` is allowed as an end."""
    match = _INTERVAL.fullmatch(text.strip())
    if not match:
        raise ValueError(f"office hours must look like 09:00-17:00, not {text!r}")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or m1 > 59 or h2 > 24 or m2 > 59 or (h2 == 24 and m2):
        raise ValueError(f"{text!r} is not a valid time range")
    start, end = (h1 * 60 + m1) * 60_000_000, (h2 * 60 + m2) * 60_000_000
    if end <= start:
        raise ValueError(f"{text!r} ends before it starts")
    return start, end


def check_intervals(values: list[str]) -> list[str]:
    """The intervals of one day, each valid, none overlapping; a bad interval's error names
    its place in the list, so the message names its own line."""
    spans = []
    for index, value in enumerate(values):
        try:
            spans.append(parse_interval(value))
        except ValueError as exc:
            raise LocatedValueError(str(exc), (index,)) from None
    for (_, end), (start, _) in itertools.pairwise(sorted(spans)):
        if start < end:
            raise ValueError(f"office hours {values} overlap")
    return values


def _check_day(day: Weekday, values: list[str]) -> list[str]:
    """A weekday's intervals, an error naming the day (and the interval)."""
    try:
        return check_intervals(values)
    except LocatedValueError as exc:
        raise LocatedValueError(str(exc), (day, *exc.loc)) from None
    except ValueError as exc:
        raise LocatedValueError(str(exc), (day,)) from None


def day_hours(values: list[str]) -> DayHours:
    return tuple(sorted(parse_interval(v) for v in values))


class WeeklyHours(Cited):
    """Office hours per weekday; a weekday left out is closed."""

    week: dict[Weekday, list[str]] = Field(
        description="weekday: list of HH:MM-HH:MM intervals, e.g. sunday: [09:00-17:00]"
    )
    business_day_hours: Decimal | None = Field(
        None, gt=0, description="Length of one 'business day' (default: the longest office day)."
    )

    @field_validator("week")
    @classmethod
    def _intervals(cls, value: dict[Weekday, list[str]]) -> dict[Weekday, list[str]]:
        if not any(value.values()):
            raise ValueError("office hours need at least one open interval in the week")
        return {day: _check_day(day, spans) for day, spans in value.items()}


class HolidayDate(Strict):
    date: date
    name: str


class ShortDay(Strict):
    date: date
    hours: list[str] = Field(description="The day's office hours, e.g. [09:00-13:00].")
    name: str

    @field_validator("hours")
    @classmethod
    def _intervals(cls, value: list[str]) -> list[str]:
        return check_intervals(value)


class RecurringDay(Cited):
    """A day closed (or short) every year: `{month: 12, day: 24, name: Christmas Eve}`."""

    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)
    name: str
    hours: list[str] | None = Field(
        None, description="Office hours on the day (a half day); omitted = closed."
    )

    @field_validator("hours")
    @classmethod
    def _intervals(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else check_intervals(value)

    @model_validator(mode="after")
    def _real_day(self) -> RecurringDay:
        date(2024, self.month, self.day)  # a leap year: 29 February recurs in leap years only
        return self


class Eves(Cited):
    """The working day before a holiday of the library is a short day (Israel's erev chag)."""

    hours: list[str] = Field(description="Office hours on an eve, e.g. [09:00-13:00].")

    @field_validator("hours")
    @classmethod
    def _intervals(cls, value: list[str]) -> list[str]:
        return check_intervals(value)


class Holidays(Cited):
    """Public holidays from the `holidays` package, plus the contract's own changes."""

    country: str | None = Field(description="ISO 3166 code for the holidays package, or null.")
    subdivision: str | None = Field(
        None, description="A subdivision of the country in the holidays package (BE for DE-BE)."
    )
    categories: list[str] | None = Field(
        None,
        description="Holiday categories of the package (default: public), e.g. [public, "
        "de_facto] for Sweden's Midsummer Eve, Christmas Eve and New Year's Eve.",
    )
    add: list[HolidayDate] = Field(default_factory=list, description="Extra closed days.")
    remove: list[date] = Field(default_factory=list, description="Package holidays kept open.")
    short_days: list[ShortDay] = Field(default_factory=list)
    recurring: list[RecurringDay] = Field(
        default_factory=list, description="Days closed or short every year (24 December)."
    )
    eves: Eves | None = Field(
        None, description="Short hours on the business day before each library holiday."
    )

    @field_validator("country")
    @classmethod
    def _known_country(cls, value: str | None) -> str | None:
        if value is not None and value not in holidays.list_supported_countries():
            raise ValueError(f"the holidays package has no country {value!r}")
        return value

    @model_validator(mode="after")
    def _known_subdivision_and_categories(self) -> Holidays:
        if self.country is None:
            if self.subdivision or self.categories or self.eves:
                raise ValueError("subdivision, categories and eves need a country")
            return self
        table = holidays.country_holidays(self.country).__class__
        subdivisions = list(getattr(table, "subdivisions", ()))
        if self.subdivision is not None and self.subdivision not in subdivisions:
            known = ", ".join(subdivisions) or "none"
            raise ValueError(
                f"the holidays package has no subdivision {self.subdivision!r} of "
                f"{self.country} (known: {known})"
            )
        supported = list(getattr(table, "supported_categories", ("public",)))
        for category in self.categories or ():
            if category not in supported:
                raise ValueError(
                    f"the holidays package has no category {category!r} for {self.country} "
                    f"(known: {', '.join(supported)})"
                )
        return self

    def library(self) -> Any:
        """The package's holidays for the country, subdivision and categories (lazy by year)."""
        if self.country is None:
            return {}
        return _library(self.country, self.subdivision, tuple(self.categories or ()))

    def cited_parts(self) -> list[tuple[str, tuple[str | int, ...], Cited]]:
        """The recurring days and the eves, each citing its own clause and provenance."""
        found: list[tuple[str, tuple[str | int, ...], Cited]] = [
            (f"recurring · {r.name}", ("recurring", i), r) for i, r in enumerate(self.recurring)
        ]
        if self.eves is not None:
            found.append(("eves", ("eves",), self.eves))
        return found


_per_thread = threading.local()


def _library(country: str, subdivision: str | None, categories: tuple[str, ...]) -> Any:
    """One holidays table per country, subdivision and categories, kept: the package works a
    year out when first asked (Iran's lunar calendar takes ~0.3 ms a year), and a comparison
    builds a calendar for every simulation. Kept per thread, because the table fills itself
    in on a lookup and another thread could read a year half filled in."""
    tables: dict[tuple[str, str | None, tuple[str, ...]], Any] | None = getattr(
        _per_thread, "tables", None
    )
    if tables is None:
        tables = _per_thread.tables = {}
    key = (country, subdivision, categories)
    table = tables.get(key)
    if table is None:
        kwargs: dict[str, Any] = {"subdiv": subdivision}
        if categories:
            kwargs["categories"] = categories
        table = tables[key] = holidays.country_holidays(country, **kwargs)
    return table


def build_calendar(zone_name: str, office: WeeklyHours, spec: Holidays) -> BusinessCalendar:
    """The business calendar of office hours and holidays in a zone."""
    from zoneinfo import ZoneInfo

    week = [day_hours(office.week.get(WEEKDAYS[n], [])) for n in range(7)]
    package = spec.library()
    added = {h.date for h in spec.add}
    removed = set(spec.remove)
    short = {s.date: day_hours(s.hours) for s in spec.short_days}
    recurring = {(r.month, r.day): r for r in spec.recurring}
    eve_hours = day_hours(spec.eves.hours) if spec.eves else None

    def is_library_holiday(day: date) -> bool:
        return day in package and day not in removed

    def hours_on(day: date) -> DayHours:
        if day in short:
            return short[day]
        again = recurring.get((day.month, day.day))
        if day in added or is_library_holiday(day) or (again is not None and again.hours is None):
            return ()
        if again is not None and again.hours is not None:
            return day_hours(again.hours)
        usual = week[day.weekday()]
        if eve_hours is not None and usual and is_library_holiday(day + timedelta(days=1)):
            return eve_hours
        return usual

    if office.business_day_hours is not None:
        day_us = int(office.business_day_hours * US_PER_HOUR)
    else:
        day_us = max(sum(e - s for s, e in day) for day in week)
    return BusinessCalendar(ZoneInfo(zone_name), hours_on, day_us)


def holiday_name(spec: Holidays, day: date) -> str | None:
    """Why a weekday is closed or short, when it is a holiday (for notes and traces)."""
    for extra in spec.add:
        if extra.date == day:
            return extra.name
    again = next((r for r in spec.recurring if (r.month, r.day) == (day.month, day.day)), None)
    if again is not None:
        return again.name
    if spec.country and day not in spec.remove:
        name = spec.library().get(day)
        return str(name) if name else None
    return None
