"""Agreement with pandas' CustomBusinessHour on thousands of random inputs.

pandas works on naive wall-clock timestamps and only in whole hours; it moves a result that
lands exactly on a closing time to the next opening, where Termscope keeps the closing time.
Both conventions name the same business position, so such pairs count as agreeing.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pandas as pd

from models.calendar import US_PER_HOUR, BusinessCalendar
from models.contract import Contract


def _agrees(cal: BusinessCalendar, ours: datetime, theirs: datetime) -> bool:
    ours_wall = ours.replace(tzinfo=None)
    if ours_wall == theirs:
        return True
    return cal.local(cal.next_open(ours)).replace(tzinfo=None) == theirs


def _pandas_offset(contract: Contract, hours: int) -> pd.offsets.CustomBusinessHour:
    week = contract.office_hours.week
    day_names = [d[:3].capitalize() for d in week]
    first = next(iter(week.values()))[0]
    start, end = first.split("-")
    cal = contract.calendar
    closed = [
        date(2025, 1, 1) + timedelta(days=n)
        for n in range(4 * 366)
        if not cal.is_business_day(date(2025, 1, 1) + timedelta(days=n))
        and (date(2025, 1, 1) + timedelta(days=n)).strftime("%a") in day_names
    ]
    return pd.offsets.CustomBusinessHour(
        n=hours, start=start, end=end, weekmask=" ".join(day_names), holidays=closed
    )


def _without_short_days(contract: Contract) -> Contract:
    """pandas knows closed days but not short ones (Kiwi's holiday eves): leave those out."""
    data = contract.model_dump(by_alias=True)
    data["holidays"]["eves"] = None
    return Contract.model_validate(data)


def test_agrees_with_pandas_on_random_inputs(contracts: dict[str, Contract]) -> None:
    rng = random.Random(20261122)
    checked = 0
    for contract_id in ("kiwi", "kianpardaz", "swedish-ecommerce"):
        contract = _without_short_days(contracts[contract_id])
        cal = contract.calendar
        offsets = {h: _pandas_offset(contract, h) for h in range(1, 41)}
        for _ in range(1000):
            wall = datetime(2025, 1, 1) + timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))  # noqa: DTZ001
            start = cal.at_wall(wall.date(), (wall.hour * 60 + wall.minute) * 60_000_000)
            if start.replace(tzinfo=None) != wall:
                continue  # a wall time in a DST gap has no pandas counterpart
            hours = rng.randrange(1, 41)
            ours = cal.add_business_us(start, hours * US_PER_HOUR)
            theirs = (pd.Timestamp(wall) + offsets[hours]).to_pydatetime()
            assert _agrees(cal, ours, theirs), (contract_id, wall, hours, ours, theirs)
            checked += 1
    assert checked > 2900
