"""Time zones at the input boundary: IANA names only, and local times that exist exactly once."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# IANA names: letters, digits, `_+-`, parts joined by `/`; the longest is 32 characters.
_ZONE_NAME = re.compile(r"[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+){0,2}")
MAX_ZONE_CHARS = 64


def check_zone(name: str) -> str:
    """Return `name` if it is an IANA time zone, else raise ValueError saying so.

    A folder of the tz database (`Europe`), an over-long or odd name is refused before
    zoneinfo opens a file for it (which raises IsADirectoryError or OSError, not ValueError).
    """
    unknown = ValueError(f"unknown time zone {name[:MAX_ZONE_CHARS]!r} (use an IANA name)")
    if len(name) > MAX_ZONE_CHARS or not _ZONE_NAME.fullmatch(name):
        raise unknown
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise unknown from None
    return name


# --- local wall-clock times that do not exist or occur twice ---------------------------------

Occurrence = Literal["first", "second"]
_MINUTE = timedelta(minutes=1)


def _exists(wall: datetime, zone: ZoneInfo) -> bool:
    """Whether a naive wall-clock time is shown by the zone's clocks at some instant."""
    there_and_back = wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
    return there_and_back.replace(tzinfo=None) == wall


def _gap(wall: datetime, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The wall-clock gap [first skipped minute, first valid minute) around a skipped time."""
    start = end = wall.replace(second=0, microsecond=0)
    while not _exists(start - _MINUTE, zone):
        start -= _MINUTE
    while not _exists(end, zone):
        end += _MINUTE
    return start, end


def _offset(moment: datetime) -> str:
    return moment.strftime("%z")[:3] + ":" + moment.strftime("%z")[3:]


def first_valid_time(wall: datetime, zone_name: str) -> tuple[datetime, str | None]:
    """A naive wall time made aware in a zone; a time in a DST gap moves to the end of the gap.
    Returns the time and, when it was moved, a note saying so (for the app's form)."""
    zone = ZoneInfo(zone_name)
    if _exists(wall, zone):
        return wall.replace(tzinfo=zone), None
    start, end = _gap(wall, zone)
    moved = end.replace(tzinfo=zone)
    note = (
        f"{wall:%Y-%m-%d %H:%M} does not exist in {zone_name} (the clocks jump from "
        f"{start:%H:%M} to {end:%H:%M}); moved to {moved:%H:%M} ({_offset(moved)})"
    )
    return moved, note


def wall_time_in_zone(wall: datetime, zone_name: str, occurrence: Occurrence | None) -> datetime:
    """A naive wall-clock time in a zone, as an instant. A time the zone skips is an error naming
    the gap; a time it shows twice (autumn) is an error unless `occurrence` says which one."""
    zone = ZoneInfo(zone_name)
    if not _exists(wall, zone):
        start, end = _gap(wall, zone)
        before = _offset(wall.replace(tzinfo=zone, fold=0))
        after = _offset(wall.replace(tzinfo=zone, fold=1))
        raise ValueError(
            f"{wall:%Y-%m-%dT%H:%M} does not exist in {zone_name}: the clocks jump from "
            f"{start:%H:%M} ({before}) to {end:%H:%M} ({after}); give a time outside the gap"
        )
    first, second = wall.replace(tzinfo=zone, fold=0), wall.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first
    if occurrence is None:
        raise ValueError(
            f"{wall:%Y-%m-%dT%H:%M} occurs twice in {zone_name} (first at {_offset(first)}, "
            f"then at {_offset(second)} after the clocks go back): write the offset, e.g. "
            f"{first.isoformat(timespec='minutes')}, or add `occurrence: first` or `second`"
        )
    chosen = first if occurrence == "first" else second
    return chosen.astimezone(UTC).astimezone(zone)  # the canonical form, with its fold
