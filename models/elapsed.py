"""Elapsed time between two instants: the one place that subtracts a report time from a milestone.

Python subtracts two datetimes that share one tzinfo object by their wall clocks, ignoring a DST
change between them (01:30+02:00 to 04:30+03:00 in Jerusalem comes out as 3 hours, not the 2
that really pass). Converting both to UTC first gives the real elapsed time, whatever zone or
offset each instant was written in.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def real_elapsed(start: datetime, end: datetime) -> timedelta:
    """Real time from `start` to `end` (negative when `end` is earlier). Both must be aware."""
    if start.utcoffset() is None or end.utcoffset() is None:
        raise ValueError("elapsed time needs instants with a time zone")
    return end.astimezone(UTC) - start.astimezone(UTC)


def elapsed_hours(start: datetime, end: datetime) -> float:
    """Real hours from `start` to `end`, for display and statistics."""
    return real_elapsed(start, end) / timedelta(hours=1)
