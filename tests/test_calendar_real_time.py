"""24/7 windows run on real elapsed time; office days keep their posted wall-clock hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from models.calendar import US_PER_HOUR, BusinessCalendar, DayHours
from models.elapsed import real_elapsed

OSLO = ZoneInfo("Europe/Oslo")
ALL_DAY: DayHours = ((0, 24 * US_PER_HOUR),)
NINE_TO_FIVE: DayHours = ((9 * US_PER_HOUR, 17 * US_PER_HOUR),)


def around_the_clock(zone: ZoneInfo = OSLO) -> BusinessCalendar:
    return BusinessCalendar(zone, lambda _day: ALL_DAY, 24 * US_PER_HOUR)


def office_days(zone: ZoneInfo = OSLO) -> BusinessCalendar:
    def hours_on(day: date) -> DayHours:
        return NINE_TO_FIVE if day.weekday() < 5 else ()

    return BusinessCalendar(zone, hours_on, 8 * US_PER_HOUR)


def test_240_minutes_across_the_autumn_change_are_240_real_minutes() -> None:
    # Oslo 2026-10-25: 03:00 CEST (+02:00) becomes 02:00 CET (+01:00).
    # 00:30+02:00 = 22:30 UTC; + 240 min = 02:30 UTC = 03:30+01:00 (wall clock moved 3 h only).
    start = datetime(2026, 10, 25, 0, 30, tzinfo=OSLO)
    end = around_the_clock().add_business_hours(start, 4)
    assert end.isoformat() == "2026-10-25T03:30:00+01:00"
    assert real_elapsed(start, end) == timedelta(minutes=240)
    assert around_the_clock().business_us_between(start, end) == 4 * US_PER_HOUR


def test_240_minutes_across_the_spring_change_are_240_real_minutes() -> None:
    # Oslo 2026-03-29: 02:00 CET (+01:00) becomes 03:00 CEST (+02:00).
    # 00:30+01:00 = 23:30 UTC; + 4 h = 03:30 UTC = 05:30+02:00.
    start = datetime(2026, 3, 29, 0, 30, tzinfo=OSLO)
    end = around_the_clock().add_business_hours(start, 4)
    assert end.isoformat() == "2026-03-29T05:30:00+02:00"


def test_a_24_7_day_is_as_long_as_it_really_is() -> None:
    # Midnight to midnight: 25 real hours on the autumn Sunday, 23 on the spring one.
    cal = around_the_clock()
    autumn = datetime(2026, 10, 25, tzinfo=OSLO), datetime(2026, 10, 26, tzinfo=OSLO)
    spring = datetime(2026, 3, 29, tzinfo=OSLO), datetime(2026, 3, 30, tzinfo=OSLO)
    assert cal.business_us_between(*autumn) == 25 * US_PER_HOUR
    assert cal.business_us_between(*spring) == 23 * US_PER_HOUR


def test_office_days_keep_their_posted_hours_across_a_change() -> None:
    # Friday 2026-10-23 16:00 + 2 business hours: 1 h Friday, Monday 09:00 + 1 h = 10:00+01:00;
    # the weekend's extra hour is not business time.
    start = datetime(2026, 10, 23, 16, 0, tzinfo=OSLO)
    assert office_days().add_business_hours(start, 2).isoformat() == "2026-10-26T10:00:00+01:00"


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["Europe/Oslo", "Europe/Stockholm", "Asia/Jerusalem", "Asia/Tehran"]),
    st.integers(0, 365 * 24 * 60 * 6),
    st.integers(0, 72 * 60),
)
def test_24_7_business_time_is_clock_time(zone_name: str, minute: int, minutes: int) -> None:
    zone = ZoneInfo(zone_name)
    start = (datetime(2020, 1, 1, tzinfo=UTC) + timedelta(minutes=minute)).astimezone(zone)
    cal = around_the_clock(zone)
    end = cal.add_business_us(start, minutes * 60_000_000)
    assert real_elapsed(start, end) == timedelta(minutes=minutes)
    assert end == (start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(zone)


def test_business_time_between_far_apart_instants() -> None:
    # Measured from the later instant first, the index is rebuilt for the earlier one; both
    # positions must come from the same index. 2020-01-06 (Mon) to 2026-01-05 (Mon) is 313
    # weeks: 313 × 5 days × 8 h = 12,520 business hours (no holidays in this calendar).
    cal = office_days()
    cal.is_open(datetime(2026, 1, 5, 9, tzinfo=OSLO))  # index around 2026 first
    start = datetime(2020, 1, 6, 9, tzinfo=OSLO)
    end = datetime(2026, 1, 5, 9, tzinfo=OSLO)
    assert cal.business_us_between(start, end) == 12_520 * US_PER_HOUR
