"""A vendor's business calendar: office hours in the vendor's zone, holidays, and the clocks.

Three clocks are kept apart on purpose (mixing them up is the classic SLA-tool bug):

* business hours: counted only inside office hours, closed days skipped;
* clock hours: elapsed time, 24/7 (01:30 + 2 h across a spring-forward night is 04:30 local);
* calendar days: the local wall-clock time is kept (Mar 20 10:00 + 14 days = Apr 3 10:00).

Office hours are wall-clock intervals of the vendor's zone: an office day keeps its posted hours
on the wall clock (09:00–17:00 is 8 hours whatever the offset). Business time inside them is real
elapsed time, so a window open across a DST change (a 24/7 plan) counts the hours that really
pass: 240 minutes across the autumn change are 240 real minutes, and a 24/7 day is 23 or 25
hours long on the days the clocks change. Internally each day's intervals are kept in real
microseconds since that day's local midnight; on the ordinary days this is the wall clock.

Business-hour arithmetic uses a cumulative index: for each day, the business time before it.
Adding hours is then a binary search, not a walk over days, which makes it fast enough to run a
whole year of tickets through every plan.

A result that lands exactly at a closing time stays at that closing time (16:00 Friday, not 08:00
Monday); pandas' `CustomBusinessHour` moves such results to the next opening.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

US_PER_SECOND = 1_000_000
US_PER_HOUR = 3600 * US_PER_SECOND
US_PER_DAY = 24 * US_PER_HOUR

# An interval of one day's office hours, in microseconds since local midnight: [start, end).
Interval = tuple[int, int]
DayHours = tuple[Interval, ...]

_INDEX_MARGIN_DAYS = 400
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_US = timedelta(microseconds=1)


def _epoch_us(instant: datetime) -> int:
    """Real µs since 1970 (UTC) of an aware instant."""
    return (instant - _EPOCH) // _ONE_US


def hours_to_us(hours: Decimal | int) -> int:
    """Exact conversion of an hour count to whole microseconds."""
    return int(Decimal(hours) * US_PER_HOUR)


def time_to_us(value: time) -> int:
    return (
        (value.hour * 60 + value.minute) * 60 + value.second
    ) * US_PER_SECOND + value.microsecond


class BusinessCalendar:
    """Office hours of one vendor, in its zone, with the arithmetic of the three clocks.

    `hours_on(day)` gives the office intervals of a local date (empty on a closed day); the
    contract builds it from the weekly hours, the holidays and its own additions.
    """

    def __init__(
        self,
        zone: ZoneInfo,
        hours_on: Callable[[date], DayHours],
        business_day_us: int,
    ) -> None:
        if business_day_us <= 0:
            raise ValueError("a business day must have some office hours")
        self.zone = zone
        self._hours_on = hours_on
        self.business_day_us = business_day_us
        self._first = 0  # ordinal of the first indexed day
        self._days: list[DayHours] = []  # wall-clock intervals, as posted
        self._real: list[DayHours] = []  # the same, in real µs since the local midnight
        self._midnight: list[int | None] = []  # UTC µs of a DST day's local midnight, else None
        self._cum: list[int] = [0]  # business µs before day i (len = len(_days) + 1)

    # --- the index ---------------------------------------------------------------------------

    def _ensure(self, ordinal: int) -> None:
        """Make sure the index covers `ordinal` with a margin on both sides."""
        last = self._first + len(self._days)
        if self._days and self._first + 7 <= ordinal < last - _INDEX_MARGIN_DAYS:
            return
        if self._days and ordinal >= self._first + 7:
            self._extend_to(ordinal + 2 * _INDEX_MARGIN_DAYS)
            return
        first = ordinal - _INDEX_MARGIN_DAYS
        end = max(ordinal + 2 * _INDEX_MARGIN_DAYS, last if self._days else 0)
        self._first = first
        self._days, self._real, self._midnight = [], [], []
        self._cum = [0]
        self._extend_to(end)

    def _extend_to(self, end_ordinal: int) -> None:
        total = self._cum[-1]
        for ordinal in range(self._first + len(self._days), end_ordinal):
            day = date.fromordinal(ordinal)
            hours = self._hours_on(day)
            real, midnight = hours, None
            midnight_us = _epoch_us(self.at_wall(day, 0))
            if _epoch_us(self.at_wall(day, US_PER_DAY)) - midnight_us != US_PER_DAY:
                midnight = midnight_us  # the clocks change today: real time differs from wall
                real = tuple(
                    (
                        _epoch_us(self.at_wall(day, start)) - midnight_us,
                        _epoch_us(self.at_wall(day, end)) - midnight_us,
                    )
                    for start, end in hours
                )
            self._days.append(hours)
            self._real.append(real)
            self._midnight.append(midnight)
            total += sum(end - start for start, end in real)
            self._cum.append(total)

    def day_hours(self, day: date) -> DayHours:
        """Office intervals of a local date (µs since midnight); empty when closed."""
        ordinal = day.toordinal()
        self._ensure(ordinal)
        return self._days[ordinal - self._first]

    # --- conversions -------------------------------------------------------------------------

    def local(self, instant: datetime) -> datetime:
        """The instant on the vendor's wall clock. Naive datetimes are refused."""
        if instant.tzinfo is None or instant.utcoffset() is None:
            raise ValueError(f"{instant.isoformat()} has no time zone")
        return instant.astimezone(self.zone)

    def at_wall(self, day: date, us_of_day: int) -> datetime:
        """The instant at a local wall-clock time; a time in a DST gap moves forward by the gap."""
        days, us = divmod(us_of_day, US_PER_DAY)
        day = day + timedelta(days=days)
        seconds, micro = divmod(us, US_PER_SECOND)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        wall = datetime(day.year, day.month, day.day, hour, minute, second, micro, self.zone)
        return wall.astimezone(UTC).astimezone(self.zone)

    def _split(self, instant: datetime) -> tuple[int, int]:
        """The local day's ordinal and real µs since its local midnight (indexing the day)."""
        local = self.local(instant)
        ordinal = local.toordinal()
        self._ensure(ordinal)
        midnight = self._midnight[ordinal - self._first]
        if midnight is None:
            return ordinal, time_to_us(local.time())
        return ordinal, _epoch_us(local) - midnight

    def _at_real(self, ordinal: int, us: int) -> datetime:
        """The instant `us` real µs after the local midnight of an indexed day."""
        midnight = self._midnight[ordinal - self._first]
        if midnight is None:
            return self.at_wall(date.fromordinal(ordinal), us)
        return (_EPOCH + timedelta(microseconds=midnight + us)).astimezone(self.zone)

    # --- questions ---------------------------------------------------------------------------

    def is_business_day(self, day: date) -> bool:
        return bool(self.day_hours(day))

    def is_open(self, instant: datetime) -> bool:
        """Is this instant inside office hours (opening included, closing excluded)?"""
        ordinal, us = self._split(instant)
        return any(start <= us < end for start, end in self._real[ordinal - self._first])

    def next_open(self, instant: datetime) -> datetime:
        """The first instant at or after `instant` that is inside office hours."""
        ordinal, us = self._split(instant)
        for offset in range(3 * _INDEX_MARGIN_DAYS):
            day_ordinal = ordinal + offset
            if offset:
                self._ensure(day_ordinal)
            for start, end in self._real[day_ordinal - self._first]:
                if offset or us < end:
                    return self._at_real(day_ordinal, max(start, us if not offset else start))
        raise ValueError("no office hours within a year: check the contract's office hours")

    # --- business-hour arithmetic ------------------------------------------------------------

    def _position(self, ordinal: int, us: int) -> int:
        """Business µs from the index start to a local wall-clock instant."""
        self._ensure(ordinal)
        index = ordinal - self._first
        position = self._cum[index]
        for start, end in self._real[index]:
            if us <= start:
                break
            position += min(us, end) - start
        return position

    def _at_position(self, position: int) -> datetime:
        """The instant at a business position; a day's end position is that day's closing time."""
        index = bisect_left(self._cum, position) - 1
        while index >= len(self._days):  # beyond the index: grow it and look again
            self._extend_to(self._first + len(self._days) + 2 * _INDEX_MARGIN_DAYS)
            index = bisect_left(self._cum, position) - 1
        remaining = position - self._cum[index]
        for start, end in self._real[index]:
            if remaining <= end - start:
                return self._at_real(self._first + index, start + remaining)
            remaining -= end - start
        raise AssertionError("business index is inconsistent")  # pragma: no cover

    def add_business_us(self, instant: datetime, amount_us: int) -> datetime:
        if amount_us < 0:
            raise ValueError("cannot add negative business time")
        if amount_us == 0:
            return self.local(instant)
        ordinal, us = self._split(instant)
        return self._at_position(self._position(ordinal, us) + amount_us)

    def add_business_hours(self, instant: datetime, hours: Decimal | int) -> datetime:
        """`instant` plus `hours` counted only inside office hours."""
        return self.add_business_us(instant, hours_to_us(hours))

    def add_business_days(self, instant: datetime, days: Decimal | int) -> datetime:
        """`days` × the length of one office day, counted as business hours."""
        return self.add_business_us(instant, int(Decimal(days) * self.business_day_us))

    def business_us_between(self, start: datetime, end: datetime) -> int:
        """Business µs from `start` to `end` (negative when `end` is earlier)."""
        first, last = self._split(start), self._split(end)
        self._ensure(min(first[0], last[0]))  # one index for both, so positions compare
        self._ensure(max(first[0], last[0]))
        return self._position(*last) - self._position(*first)

    # --- day rules ---------------------------------------------------------------------------

    def next_business_day(self, after: date) -> date:
        """The first business day strictly after `after`."""
        day = after
        for _ in range(3 * _INDEX_MARGIN_DAYS):
            day += timedelta(days=1)
            if self.day_hours(day):
                return day
        raise ValueError("no business day within a year: check the contract's office hours")

    def next_business_day_at(self, instant: datetime, at: time | None) -> datetime:
        """`at` (or opening time) on the first business day after the instant's local date."""
        day = self.next_business_day(self.local(instant).date())
        us = time_to_us(at) if at is not None else self.day_hours(day)[0][0]
        return self.at_wall(day, us)

    def closing_time(self, day: date) -> datetime:
        hours = self.day_hours(day)
        if not hours:
            raise ValueError(f"{day.isoformat()} is not a business day")
        return self.at_wall(day, hours[-1][1])

    def end_of_business_day(self, instant: datetime) -> datetime:
        """Closing time of the business day on which work can first start."""
        return self.closing_time(self.local(self.next_open(instant)).date())

    def release_on_weekdays(
        self, instant: datetime, weekdays: Sequence[int], at: time | None
    ) -> datetime:
        """The first business day with a weekday in `weekdays` (Monday = 0) whose release time
        (`at`, or closing) is at or after `instant`."""
        local = self.local(instant)
        day = local.date()
        for _ in range(3 * _INDEX_MARGIN_DAYS):
            hours = self.day_hours(day)
            if hours and day.weekday() in weekdays:
                release = self.at_wall(day, time_to_us(at) if at is not None else hours[-1][1])
                if release >= local:
                    return release
            day += timedelta(days=1)
        raise ValueError("no release day within a year: check the contract's release weekdays")

    def open_intervals(self, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
        """Office-hour intervals overlapping [start, end), clipped to it (for timelines)."""
        first, last = self.local(start).date(), self.local(end).date()
        found: list[tuple[datetime, datetime]] = []
        day = first
        while day <= last:
            for open_us, close_us in self.day_hours(day):
                opened, closed = self.at_wall(day, open_us), self.at_wall(day, close_us)
                if closed > start and opened < end:
                    found.append((max(opened, self.local(start)), min(closed, self.local(end))))
            day += timedelta(days=1)
        return found

    # --- wall-clock and elapsed time ---------------------------------------------------------

    def add_calendar_days(self, instant: datetime, days: int) -> datetime:
        """Same local wall-clock time, `days` later (a DST change does not move it)."""
        local = self.local(instant)
        return self.at_wall(local.date() + timedelta(days=days), time_to_us(local.time()))

    def add_clock_hours(self, instant: datetime, hours: Decimal | int) -> datetime:
        """Elapsed time, 24/7, shown on the vendor's clock."""
        moved = self.local(instant).astimezone(UTC) + timedelta(microseconds=hours_to_us(hours))
        return moved.astimezone(self.zone)
