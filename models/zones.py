"""Time-zone names: IANA names only, checked at the input boundary."""

from __future__ import annotations

import re
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
