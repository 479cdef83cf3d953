"""Benchmark of the calendar and the engine (a script that prints figures, not a test).

On the same 10,000 random inputs (a start instant and a whole number of hours, so every peer
can take them) it measures the median µs per call of adding business hours with Termscope's
calendar, pandas' CustomBusinessHour and businesstimedelta, how often each peer agrees with
Termscope, and the median µs of one full scenario × plan evaluation over all bundled plans.
Its last line is one JSON object.

    .venv/bin/python tests/bench/bench_engine.py [--inputs N]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import businesstimedelta
import pandas as pd
import pytz

from contracts import bundled_contracts
from models.calendar import US_PER_HOUR
from models.comparison import all_plans
from models.engine import simulate
from models.scenario import Scenario

CONTRACT = "kiwi"  # Sunday-Thursday 09:00-17:00, Israeli holidays, DST
BATCH = 50  # calls timed together, so the clock's own cost does not dominate


def _median_us(calls: list, runs: int = 1) -> float:  # type: ignore[type-arg]
    samples = []
    for start in range(0, len(calls), BATCH):
        chunk = calls[start : start + BATCH]
        began = time.perf_counter()
        for call in chunk:
            call()
        samples.append((time.perf_counter() - began) / len(chunk) * 1e6)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inputs", type=int, default=10_000)
    args = parser.parse_args()

    contract = next(c for c in bundled_contracts() if c.id == CONTRACT)
    cal = contract.calendar
    rng = random.Random(7)
    inputs: list[tuple[datetime, datetime, int]] = []
    while len(inputs) < args.inputs:
        wall = datetime(2025, 1, 1) + timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))  # noqa: DTZ001
        start = cal.at_wall(wall.date(), (wall.hour * 60 + wall.minute) * 60_000_000)
        if start.replace(tzinfo=None) == wall:  # skip wall times in a DST gap
            inputs.append((start, wall, rng.randrange(1, 41)))

    closed = [
        date(2025, 1, 1) + timedelta(days=n)
        for n in range(4 * 366)
        if (date(2025, 1, 1) + timedelta(days=n)).weekday() not in (4, 5)
        and not cal.is_business_day(date(2025, 1, 1) + timedelta(days=n))
    ]
    week = "Sun Mon Tue Wed Thu"
    offsets = {
        h: pd.offsets.CustomBusinessHour(
            n=h, start="09:00", end="17:00", weekmask=week, holidays=closed
        )
        for h in range(1, 41)
    }
    zone = pytz.timezone(contract.timezone)
    workday = businesstimedelta.WorkDayRule(
        start_time=datetime(2000, 1, 1, 9).time(),  # noqa: DTZ001
        end_time=datetime(2000, 1, 1, 17).time(),  # noqa: DTZ001
        working_days=[6, 0, 1, 2, 3],
        tz=zone,
    )
    holiday_rule = businesstimedelta.HolidayRule(closed, tz=zone)
    btd_rules = businesstimedelta.Rules([workday, holiday_rule])

    ours = [cal.add_business_us(s, h * US_PER_HOUR) for s, _, h in inputs]
    theirs_pd = [(pd.Timestamp(w) + offsets[h]).to_pydatetime() for _, w, h in inputs]
    theirs_btd = []
    for start, _, hours in inputs:
        moved = zone.normalize(start.astimezone(zone)) + businesstimedelta.BusinessTimeDelta(
            btd_rules, hours=hours
        )
        theirs_btd.append(moved.astimezone(cal.zone))

    def agrees(mine: datetime, other_wall: datetime) -> bool:
        if mine.replace(tzinfo=None) == other_wall:
            return True  # pandas/businesstimedelta put a closing-time result at the next opening
        return cal.local(cal.next_open(mine)).replace(tzinfo=None) == other_wall

    agreement_pd = sum(agrees(a, b) for a, b in zip(ours, theirs_pd, strict=True)) / len(ours)
    agreement_btd = sum(
        agrees(a, b.replace(tzinfo=None)) for a, b in zip(ours, theirs_btd, strict=True)
    ) / len(ours)

    sample = inputs[: min(len(inputs), 2000)]
    termscope_us = _median_us(
        [lambda s=s, h=h: cal.add_business_us(s, h * US_PER_HOUR) for s, _, h in inputs]
    )
    pandas_us = _median_us([lambda w=w, h=h: pd.Timestamp(w) + offsets[h] for _, w, h in sample])
    btd_us = _median_us(
        [
            lambda s=s, h=h: (
                zone.normalize(s.astimezone(zone))
                + businesstimedelta.BusinessTimeDelta(btd_rules, hours=h)
            )
            for s, _, h in sample[:500]
        ]
    )

    plans = all_plans(bundled_contracts())
    params = {
        "product_price": Decimal(10**9),
        "project_price": Decimal(10**9),
        "standard_hourly_rate": Decimal(10**7),
    }
    severities = ["critical", "high", "normal", "low"]
    causes = ["vendor_defect", "customer_caused", "no_fault", "change_request"]
    scenarios = [
        Scenario(
            reported_at=s,
            severity=rng.choice(severities),  # type: ignore[arg-type]
            cause=rng.choice(causes),  # type: ignore[arg-type]
            effort_hours=Decimal(h) / 4,
            on_site_hours=rng.choice([0, 0, 0, 2]),  # type: ignore[arg-type]
            after_hours=rng.random() < 0.2,
            requires_release=rng.random() < 0.3,
            issue_age_hours=rng.choice([0, 0, 48]),  # type: ignore[arg-type]
        )
        for s, _, h in inputs[:2000]
    ]
    evaluations = [
        (lambda p=p, s=s: simulate(p.contract, p.plan_id, s, params))
        for s in scenarios
        for p in plans
    ]
    simulate_us = _median_us(evaluations)

    print(
        f"inputs: {len(inputs)} additions on the {CONTRACT} calendar; "
        f"{len(evaluations)} evaluations"
    )
    print(
        f"add business hours, median µs: termscope {termscope_us:.2f}, pandas {pandas_us:.2f}, "
        f"businesstimedelta {btd_us:.2f}  (termscope is {pandas_us / termscope_us:.0f}x pandas)"
    )
    print(f"agreement: pandas {agreement_pd:.4f}, businesstimedelta {agreement_btd:.4f}")
    print(f"one full evaluation (scenario x plan), median µs: {simulate_us:.2f}")
    print(
        json.dumps(
            {
                "add_business_hours_us": {
                    "termscope": round(termscope_us, 3),
                    "pandas": round(pandas_us, 3),
                    "businesstimedelta": round(btd_us, 3),
                },
                "agreement": {
                    "pandas": round(agreement_pd, 5),
                    "businesstimedelta": round(agreement_btd, 5),
                },
                "simulate_us_per_eval": round(simulate_us, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
