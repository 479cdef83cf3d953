"""The business calendar: the three clocks, DST, closing-time convention, and properties."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.calendar import US_PER_HOUR, BusinessCalendar, DayHours
from tests.conftest import local

JERUSALEM = ZoneInfo("Asia/Jerusalem")
NINE_TO_FIVE: DayHours = ((9 * US_PER_HOUR, 17 * US_PER_HOUR),)
SPLIT_DAY: DayHours = ((8 * US_PER_HOUR, 12 * US_PER_HOUR), (13 * US_PER_HOUR, 17 * US_PER_HOUR))


def kiwi_like(extra_closed: frozenset[date] = frozenset()) -> BusinessCalendar:
    """Sunday–Thursday 09:00–17:00 in Jerusalem, no package holidays."""

    def hours_on(day: date) -> DayHours:
        if day in extra_closed or day.weekday() in (4, 5):
            return ()
        return NINE_TO_FIVE

    return BusinessCalendar(JERUSALEM, hours_on, 8 * US_PER_HOUR)


def split_days() -> BusinessCalendar:
    """Monday–Friday with a lunch break, in Stockholm."""

    def hours_on(day: date) -> DayHours:
        return SPLIT_DAY if day.weekday() < 5 else ()

    return BusinessCalendar(ZoneInfo("Europe/Stockholm"), hours_on, 8 * US_PER_HOUR)


def test_business_hours_stop_at_closing_time_not_next_opening() -> None:
    cal = kiwi_like()
    start = local("2026-06-08 15:00", "Asia/Jerusalem")
    assert cal.add_business_hours(start, 2).isoformat() == "2026-06-08T17:00:00+03:00"
    assert cal.add_business_hours(start, 3).isoformat() == "2026-06-09T10:00:00+03:00"


def test_business_hours_skip_the_weekend_and_closed_days() -> None:
    cal = kiwi_like(frozenset({date(2026, 6, 14)}))  # Sunday closed too
    thursday = local("2026-06-11 16:00", "Asia/Jerusalem")
    assert cal.add_business_hours(thursday, 2).isoformat() == "2026-06-15T10:00:00+03:00"


def test_lunch_break_is_not_business_time() -> None:
    cal = split_days()
    start = local("2026-06-08 11:00", "Europe/Stockholm")
    assert cal.add_business_hours(start, 2).isoformat() == "2026-06-08T14:00:00+02:00"
    assert cal.is_open(local("2026-06-08 12:30", "Europe/Stockholm")) is False


def test_fractional_hours_are_exact() -> None:
    cal = kiwi_like()
    start = local("2026-06-08 09:00", "Asia/Jerusalem")
    assert cal.add_business_hours(start, Decimal("0.1")).isoformat() == "2026-06-08T09:06:00+03:00"


def test_business_days_are_office_day_lengths() -> None:
    cal = kiwi_like()
    start = local("2026-06-08 11:30", "Asia/Jerusalem")
    assert cal.add_business_days(start, 2).isoformat() == "2026-06-10T11:30:00+03:00"


def test_clock_hours_are_elapsed_across_spring_forward() -> None:
    cal = kiwi_like()
    start = local("2026-03-27 01:30", "Asia/Jerusalem")
    assert cal.add_clock_hours(start, 2).isoformat() == "2026-03-27T04:30:00+03:00"


def test_calendar_days_keep_the_wall_clock_across_dst() -> None:
    cal = split_days()
    start = local("2026-03-20 10:00", "Europe/Stockholm")
    assert cal.add_calendar_days(start, 14).isoformat() == "2026-04-03T10:00:00+02:00"
    autumn = local("2026-10-20 10:00", "Europe/Stockholm")
    assert cal.add_calendar_days(autumn, 14).isoformat() == "2026-11-03T10:00:00+01:00"


def test_a_wall_time_in_the_spring_gap_moves_forward() -> None:
    cal = split_days()
    start = local("2026-03-28 02:30", "Europe/Stockholm")  # the next day's 02:30 does not exist
    assert cal.add_calendar_days(start, 1).isoformat() == "2026-03-29T03:30:00+02:00"


def test_next_business_day_at_a_time_and_end_of_business_day() -> None:
    cal = kiwi_like()
    wednesday_evening = local("2026-06-10 18:00", "Asia/Jerusalem")
    assert cal.next_business_day_at(wednesday_evening, time(9)).isoformat() == (
        "2026-06-11T09:00:00+03:00"
    )
    thursday = local("2026-06-11 12:00", "Asia/Jerusalem")
    assert cal.next_business_day_at(thursday, None).isoformat() == "2026-06-14T09:00:00+03:00"
    assert cal.end_of_business_day(thursday).isoformat() == "2026-06-11T17:00:00+03:00"
    assert cal.end_of_business_day(local("2026-06-11 17:00", "Asia/Jerusalem")).isoformat() == (
        "2026-06-14T17:00:00+03:00"
    )


def test_release_weekdays() -> None:
    cal = kiwi_like()
    sunday_sat = [6, 2]  # Sunday, Wednesday
    after_close = local("2026-06-10 17:30", "Asia/Jerusalem")  # Wednesday, after 17:00
    assert cal.release_on_weekdays(after_close, sunday_sat, time(17)).isoformat() == (
        "2026-06-14T17:00:00+03:00"
    )
    morning = local("2026-06-10 10:00", "Asia/Jerusalem")
    assert cal.release_on_weekdays(morning, sunday_sat, None).isoformat() == (
        "2026-06-10T17:00:00+03:00"
    )


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="no time zone"):
        kiwi_like().add_business_hours(datetime(2026, 6, 8, 10), 1)  # noqa: DTZ001


def test_far_dates_extend_the_index() -> None:
    cal = kiwi_like()
    cal.add_business_hours(local("2026-06-08 10:00", "Asia/Jerusalem"), 1)
    late = cal.add_business_hours(local("2031-01-01 10:00", "Asia/Jerusalem"), 1000)
    early = cal.add_business_hours(local("2019-01-01 10:00", "Asia/Jerusalem"), 8)
    assert late.year == 2031
    assert early.isoformat() == "2019-01-02T10:00:00+02:00"


# --- properties ------------------------------------------------------------------------------

INSTANTS = st.datetimes(
    min_value=datetime(2025, 1, 1),  # noqa: DTZ001 - made aware below
    max_value=datetime(2027, 12, 31),  # noqa: DTZ001
).map(lambda d: d.replace(tzinfo=UTC, microsecond=0))
HOURS = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(120), places=2)
CALENDARS = {"kiwi": kiwi_like(frozenset({date(2026, 9, 21)})), "split": split_days()}


def _on_closing_time(cal: BusinessCalendar, instant: datetime) -> bool:
    local_time = cal.local(instant)
    hours = cal.day_hours(local_time.date())
    us = (local_time.hour * 3600 + local_time.minute * 60 + local_time.second) * 1_000_000
    return any(end == us for _, end in hours)


@settings(max_examples=300, deadline=None)
@given(start=INSTANTS, hours=HOURS, name=st.sampled_from(sorted(CALENDARS)))
def test_results_fall_inside_office_hours_or_on_a_closing_time(
    start: datetime, hours: Decimal, name: str
) -> None:
    cal = CALENDARS[name]
    result = cal.add_business_hours(start, hours)
    assert cal.is_open(result) or _on_closing_time(cal, result)


@settings(max_examples=300, deadline=None)
@given(start=INSTANTS, a=HOURS, b=HOURS, name=st.sampled_from(sorted(CALENDARS)))
def test_adding_a_then_b_equals_adding_a_plus_b(
    start: datetime, a: Decimal, b: Decimal, name: str
) -> None:
    cal = CALENDARS[name]
    assert cal.add_business_hours(cal.add_business_hours(start, a), b) == cal.add_business_hours(
        start, a + b
    )


@settings(max_examples=300, deadline=None)
@given(start=INSTANTS, a=HOURS, b=HOURS, name=st.sampled_from(sorted(CALENDARS)))
def test_results_never_go_backwards(start: datetime, a: Decimal, b: Decimal, name: str) -> None:
    cal = CALENDARS[name]
    low, high = sorted((a, b))
    assert start <= cal.add_business_hours(start, low) <= cal.add_business_hours(start, high)


@settings(max_examples=300, deadline=None)
@given(start=INSTANTS, hours=HOURS, name=st.sampled_from(sorted(CALENDARS)))
def test_business_time_between_start_and_result_is_what_was_added(
    start: datetime, hours: Decimal, name: str
) -> None:
    cal = CALENDARS[name]
    result = cal.add_business_hours(start, hours)
    assert cal.business_us_between(start, result) == int(hours * US_PER_HOUR)
    assert result - start >= timedelta(hours=float(hours)) - timedelta(seconds=1)
