"""Limits on input files and values, so hostile input ends in a one-line error, fast.

Every YAML file (contract, scenarios, parameters, rates, profile, comparison) is read within
`LIMITS`; every number and date in it is checked against the value bounds below. The defaults
are documented in the README. A limit can be changed for one run with an environment variable
`TERMSCOPE_<NAME>` (e.g. `TERMSCOPE_MAX_FILE_BYTES=100000000`), or in code with `set_limits`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 32 * 1024 * 1024  # a 10,000-scenario file is about 2.5 MB
    max_nodes: int = 2_000_000  # values in a file, aliases expanded (counted, never built)
    max_depth: int = 64  # nesting of lists and mappings
    max_number_chars: int = 40  # digits and signs of one plain number
    max_string_chars: int = 1_000_000  # one text value (an embedded contract is ~40 KB)
    max_scenarios: int = 50_000  # scenarios in one file (`simulate` streams them)
    max_amount: Decimal = Decimal("1e12")  # any number in a file: |x| at most this
    max_decimals: int = 12  # any number: at most this many decimal places
    min_year: int = 1900  # dates and times: years from…
    max_year: int = 2200  # …to


LIMITS_ENV_PREFIX = "TERMSCOPE_"


def _from_env(base: Limits) -> Limits:
    changes: dict[str, object] = {}
    for item in fields(base):
        text = os.environ.get(LIMITS_ENV_PREFIX + item.name.upper())
        if text is None:
            continue
        kind = type(getattr(base, item.name))
        try:
            changes[item.name] = kind(text)
        except (ValueError, ArithmeticError):
            raise SystemExit(
                f"termscope: error: {LIMITS_ENV_PREFIX}{item.name.upper()}: not a number: "
                f"{text[:40]!r}"
            ) from None
    return replace(base, **changes)  # type: ignore[arg-type]


LIMITS = _from_env(Limits())


def set_limits(limits: Limits) -> None:
    """Replace the limits for the rest of the process (tests, embedding applications)."""
    global LIMITS
    LIMITS = limits


def current() -> Limits:
    return LIMITS


def check_year(day: date) -> None:
    """Raise ValueError unless `day` is within the years Termscope accepts."""
    limits = LIMITS
    if not limits.min_year <= day.year <= limits.max_year:
        raise ValueError(
            f"the year {day.year} is out of range ({limits.min_year}–{limits.max_year})"
        )


def check_number(value: Decimal | int) -> None:
    """Raise ValueError if a number is too large or has too many decimal places."""
    limits = LIMITS
    if isinstance(value, bool):
        return
    if isinstance(value, int):
        if abs(value) >= 2**63:  # counts, years, seeds: bounded by their fields
            raise ValueError(f"{shorten(str(value))} is out of range (below 2^63)")
        return
    if not value.is_finite():
        raise ValueError(f"{value} is not a number")
    if abs(value) > limits.max_amount:
        raise ValueError(f"{shorten(str(value))} is too large (at most {limits.max_amount:,f})")
    exponent = value.normalize().as_tuple().exponent if value else 0
    if isinstance(exponent, int) and exponent < -limits.max_decimals:
        raise ValueError(
            f"{shorten(str(value))} has more than {limits.max_decimals} decimal places"
        )


def shorten(text: str, keep: int = 60) -> str:
    """A value as shown in a message: at most `keep` characters, unprintables escaped."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= keep else text[: keep - 1] + "…"
