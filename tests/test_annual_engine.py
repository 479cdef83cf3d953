"""The fast yearly engine against straightforward references: the engine itself ticket by ticket
for times, plain loops over tickets for the quotas, and the reuse and volume API."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from contracts import BUNDLED_DIR, SAMPLE_PARAMS_PATH, bundled_contracts, bundled_profiles
from models.annual import (
    BreakEvenPoint,
    PlanYear,
    VolumeDraw,
    YearlyRun,
    _reason_counts,
    crossing,
    draw_tickets,
    simulate_years,
    volume_sweep,
)
from models.annual_quotas import greedy_fill, hours_left_before, over_yearly_hours, package_over
from models.annual_tickets import Tickets, _month_minutes
from models.annual_times import TimeSample, elapsed_hours, milestone_hours
from models.comparison import PlanRef, all_plans
from models.contract import Contract
from models.engine import milestones_only
from models.loading import load_parameter_values, parse_contract
from models.profile import Profile
from models.vocabulary import MILESTONES

PARAMS = load_parameter_values(SAMPLE_PARAMS_PATH)
KIWI = next(c for c in bundled_contracts() if c.id == "kiwi")
WEBSHOP, CRM = (next(p for p in bundled_profiles() if p.name.startswith(s)) for s in "SC")


def kiwi_variant(old: str, new: str) -> Contract:
    text = (BUNDLED_DIR / "kiwi.yaml").read_text(encoding="utf-8")
    assert old in text
    return parse_contract(text.replace(old, new), "kiwi variant")


# K5 read as 8 business hours; and an office day split in two on Mondays (a lunch break)
K5_BUSINESS = kiwi_variant(
    "clock: {kind: clock_hours, hours: 8}", "clock: {kind: business_hours, hours: 8}"
)
LUNCH_BREAK = kiwi_variant('monday: ["09:00-17:00"]', 'monday: ["09:00-12:00", "13:00-17:30"]')


def dst_profile() -> Profile:
    """Reports from Oslo, bunched around the spring and autumn DST changes by many tickets."""
    return Profile.model_validate(
        {
            "name": "busy",
            "timezone": "Europe/Oslo",
            "tickets_per_month": {"critical": 3, "high": 5, "normal": 20, "low": 5},
            "causes": {"vendor_defect": 0.5, "change_request": 0.3, "no_fault": 0.2},
            "effort_hours": {"median": 2, "p90": 12},
            "reported_outside_office_hours": 0.4,
            "after_hours_requested": 0.2,
            "requires_release": 0.5,
            "on_site_visits_per_year": 4,
        }
    )


def engine_hours(ref: PlanRef, sample: TimeSample) -> dict[str, list[float | None]]:
    """The reference: every ticket through the engine, elapsed time between UTC instants."""
    hours: dict[str, list[float | None]] = {name: [] for name in MILESTONES}
    for i in range(len(sample)):
        scenario = sample.scenario(i)
        found = milestones_only(ref.contract, ref.plan_id, scenario)
        for name in MILESTONES:
            milestone = found[name]
            hours[name].append(
                None if milestone is None else elapsed_hours(scenario.reported_at, milestone.at)
            )
    return hours


PLANS = [
    *all_plans(bundled_contracts()),
    PlanRef(K5_BUSINESS, "standard"),
    PlanRef(LUNCH_BREAK, "standard"),
]


@pytest.mark.parametrize("ref", PLANS, ids=lambda r: f"{r.contract.id}:{r.plan_id}")
def test_times_on_arrays_are_the_engines_to_the_microsecond(ref: PlanRef) -> None:
    for profile in [*bundled_profiles(), dst_profile()]:
        tickets = draw_tickets(profile, 3, seed=5)
        tickets = tickets.subset(np.arange(len(tickets)) < 1200)
        sample = TimeSample(tickets, ZoneInfo(profile.timezone), profile.on_site_hours_per_visit)
        fast = milestone_hours(ref.contract, ref.plan_id, sample, MILESTONES)
        slow = engine_hours(ref, sample)
        for name in MILESTONES:
            expected = [np.nan if h is None else h for h in slow[name]]
            assert np.array_equal(fast[name], np.array(expected), equal_nan=True), name


def test_business_hours_reading_of_k5_moves_the_work_start() -> None:
    run = YearlyRun(WEBSHOP, 50)
    clock = run.plan(PlanRef(KIWI, "standard"), {})
    business = run.plan(PlanRef(K5_BUSINESS, "standard"), {})
    assert len(run.pricers) == 1  # a milestone reading does not change a price: priced once
    assert np.array_equal(business.totals, clock.totals)
    assert clock.contract == business.contract == "kiwi"
    # 8 business hours from a report before 14:00 end the next working day; 8 clock hours the
    # same evening: the business reading can only be later
    assert business.work_start.median is not None
    assert clock.work_start.median is not None
    assert business.work_start.median > clock.work_start.median
    assert business.response == clock.response  # K4 / K7 are read alike


# --- quotas against plain loops over tickets ---------------------------------------------------


def random_tickets(seed: int, n: int = 4000, years: int = 7) -> Tickets:
    rng = np.random.default_rng(seed)
    year = np.sort(rng.integers(0, years, n))
    month = np.concatenate(
        [np.sort(rng.integers(1, 13, int((year == y).sum()))) for y in range(years)]
    )
    flags = rng.random((3, n)) < 0.3
    return Tickets(
        year=year,
        month=month,
        at=np.arange(n, dtype=np.int64),
        severity=rng.integers(0, 4, n),
        cause=rng.integers(0, 4, n),
        quarters=np.maximum(1, rng.geometric(0.15, n)).astype(np.int64),
        on_site=flags[0],
        after_hours=flags[1],
        release=flags[2],
    )


def loop_yearly_hours(t: Tickets, eligible: Any, allowance: int) -> list[bool]:
    over, left, current = [False] * len(t), 0, -1
    for i in range(len(t)):
        if not eligible[i]:
            continue
        if t.year[i] != current:
            current, left = int(t.year[i]), allowance
        if t.quarters[i] > left:
            over[i] = True
        else:
            left -= int(t.quarters[i])
    return over


def loop_package(
    t: Tickets, eligible: Any, size: int, per_ticket: int, cap: int, minimum: int
) -> tuple[list[bool], list[bool]]:
    """P11 as the first yearly engine wrote it: ticket by ticket, month by month."""
    n = len(t)
    over_package, over_cap = [False] * n, [False] * n
    i = 0
    while i < n:
        year, balance = t.year[i], size
        for month in range(1, 13):
            used = 0
            while i < n and t.year[i] == year and t.month[i] == month:
                if eligible[i]:
                    draw = max(per_ticket, int(t.quarters[i]))
                    if draw > balance:
                        over_package[i] = True
                    elif used + draw > cap:
                        over_cap[i] = True
                    else:
                        used += draw
                        balance -= draw
                i += 1
            balance -= min(max(0, minimum - used), balance)
    return over_package, over_cap


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("allowance", [0, 3, 12, 40, 400])
def test_yearly_hours_quota_matches_a_loop(seed: int, allowance: int) -> None:
    t = random_tickets(seed)
    eligible = t.cause == 3
    fast = over_yearly_hours(t, eligible, allowance, 7)
    assert fast.tolist() == loop_yearly_hours(t, eligible, allowance)


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(
    ("size", "per_ticket", "cap", "minimum"),
    [(200, 2, 40, 20), (400, 0, 80, 0), (800, 4, 800, 20), (100, 2, 20, 60), (4, 8, 4, 0)],
)
def test_package_accounting_matches_a_loop(
    seed: int, size: int, per_ticket: int, cap: int, minimum: int
) -> None:
    t = random_tickets(seed)
    eligible = t.severity != 0
    fast = package_over(t, eligible, 7, size, per_ticket, cap, minimum)
    slow = loop_package(t, eligible, size, per_ticket, cap, minimum)
    assert fast[0].tolist() == slow[0]
    assert fast[1].tolist() == slow[1]


def test_greedy_fill_by_hand() -> None:
    # group 0 has room 5: 3 fits (2 left), 4 does not, 2 fits (0 left), 1 does not;
    # group 1 has room 1: 2 does not fit, 1 fits
    taken = greedy_fill(
        np.array([0, 0, 0, 0, 1, 1]), np.array([3, 4, 2, 1, 2, 1]), np.array([5, 1])
    )
    assert taken.tolist() == [True, False, True, False, False, True]


def test_service_hours_left_matches_a_loop() -> None:
    t = random_tickets(4)
    debited = np.flatnonzero(t.cause == 3)
    left, expected, current, used = hours_left_before(t, debited, 40), [], -1, 0
    for i in debited.tolist():
        if t.year[i] != current:
            current, used = int(t.year[i]), 0
        expected.append(max(0, 40 - used))
        used += int(t.quarters[i])
    assert left.tolist() == expected


def test_reason_counts_order_as_counter_most_common() -> None:
    rng = np.random.default_rng(3)
    reasons = ["a", "b", "a", "c", "d", "b"]  # the same words may come from two kinds
    index = rng.integers(0, len(reasons), 500)
    index[:3] = [3, 4, 1]  # c and d met first
    counted = Counter(reasons[i] for i in index.tolist())
    assert list(_reason_counts(reasons, index).items()) == counted.most_common()
    tie = np.array([4, 3, 3, 4])  # d met first, equal counts: d before c
    assert list(_reason_counts(reasons, tie)) == ["d", "c"]


# --- reuse -----------------------------------------------------------------------------------


def by_key(plans: list[PlanYear]) -> dict[str, PlanYear]:
    return {f"{p.contract}:{p.plan}": p for p in plans}


def same(a: PlanYear, b: PlanYear) -> bool:
    def plain(year: PlanYear) -> dict[str, Any]:
        return {**year.__dict__, "totals": year.totals.tolist()}

    return plain(a) == plain(b)


def test_a_run_reused_gives_the_same_years_as_a_fresh_one() -> None:
    profile = WEBSHOP
    plans = all_plans(bundled_contracts())
    run = YearlyRun(profile, 120)
    first = by_key(run.simulate(plans, PARAMS).plans)
    priced = len(run.pricers)
    fresh = by_key(simulate_years(profile, plans, PARAMS, 120).plans)
    again = by_key(simulate_years(profile, plans, PARAMS, 120, run=run).plans)
    assert all(same(first[k], fresh[k]) and same(first[k], again[k]) for k in first)
    assert len(run.pricers) == priced  # nothing priced twice
    ref = next(p for p in plans if p.contract.id == "kianpardaz" and p.plan_id == "project-gold")
    alone = run.plan(ref, PARAMS["kianpardaz"])
    assert same(alone, first["kianpardaz:project-gold"])
    kianpardaz = PARAMS["kianpardaz"]
    changed = run.plan(ref, {**kianpardaz, "project_price": kianpardaz["project_price"] / 2})
    assert len(run.pricers) == priced  # the project price is read by the fee alone
    # the gold fee is 40 % of the project price (P10): half the price, half the fee
    assert changed.fee is not None
    assert changed.fee * 2 == first["kianpardaz:project-gold"].fee
    hours = next(p for p in plans if p.plan_id == "hours-50")
    dearer = {**kianpardaz, "standard_hourly_rate": kianpardaz["standard_hourly_rate"] * 2}
    package = run.plan(hours, dearer)
    assert len(run.pricers) == priced + 1  # the hourly rate prices the package hours: afresh
    # P11: the 50-hour package costs 50 × the hourly rate a year
    assert package.fee == 50 * dearer["standard_hourly_rate"]


# --- volumes ---------------------------------------------------------------------------------


def test_volumes_are_nested_and_keep_the_visits() -> None:
    draw = VolumeDraw(CRM, 300, None, largest=4)
    counts = []
    previous: set[tuple[int, int]] | None = None
    for factor in (0.5, 1, 2, 4):
        tickets = draw.tickets(factor)
        keys = set(zip(tickets.at.tolist(), tickets.quarters.tolist(), strict=True))
        assert previous is None or previous <= keys  # more volume only adds tickets
        previous = keys
        counts.append(len(tickets) / 300 / 12)
        # on-site visits are a year's count, not a share of tickets: 3 a year at every volume
        assert tickets.on_site.sum() / 300 == pytest.approx(3, rel=0.08)
    # 9.5 tickets a month in the profile: 4.75, 9.5, 19, 38
    assert counts == pytest.approx([4.75, 9.5, 19, 38], rel=0.03)
    assert len(draw.tickets(4)) == len(draw.base)


def test_volume_sweep_gives_smooth_lines() -> None:
    kiwi = [PlanRef(KIWI, "standard")]
    factors = (0.5, 0.75, 1, 1.25, 1.5)
    points = volume_sweep(WEBSHOP, kiwi, PARAMS, lambda a, _c: a, factors, years=150)
    medians = [p.median["kiwi:standard"] for p in points]
    # nested tickets: Kiwi's per-ticket prices only add up, so each median is above the last
    known = [m for m in medians if m is not None]
    assert len(known) == len(factors)
    assert all(a < b for a, b in itertools.pairwise(known))
    assert [p.tickets_per_month for p in points] == pytest.approx([1.9, 2.85, 3.8, 4.75, 5.7])


# --- the minutes of a month ------------------------------------------------------------------


def loop_month_minutes(profile: Profile, month: int) -> tuple[Any, Any, Any]:
    """The first yearly engine's way: the offset of every wall-clock hour, one by one."""
    zone = ZoneInfo(profile.timezone)
    start = datetime(profile.year, month, 1)  # noqa: DTZ001 - a wall clock, as in the engine
    end = datetime(profile.year + month // 12, month % 12 + 1, 1)  # noqa: DTZ001
    hours = int((end - start).total_seconds() // 3600)
    offsets, weekday, hour_of_day = [], [], []
    for h in range(hours):
        wall = start + timedelta(hours=h)
        offset = wall.replace(tzinfo=zone).utcoffset()
        offsets.append(int(offset.total_seconds()) if offset else 0)
        weekday.append(wall.weekday())
        hour_of_day.append(wall.hour)
    minutes = np.arange(hours * 60)
    epoch = (
        int(start.replace(tzinfo=UTC).timestamp()) + minutes * 60 - np.array(offsets)[minutes // 60]
    )
    days = {0, 1, 2, 3, 4}  # the profile's office hours: Monday to Friday, 8 to 17
    inside = np.array(
        [weekday[h] in days and 8 <= hour_of_day[h] < 17 for h in (minutes // 60).tolist()]
    )
    return epoch, np.flatnonzero(inside), np.flatnonzero(~inside)


@pytest.mark.parametrize(
    "zone", ["Europe/Oslo", "Asia/Tehran", "America/Santiago", "Asia/Beirut", "Australia/Lord_Howe"]
)
def test_month_minutes_match_an_hour_by_hour_loop(zone: str) -> None:
    profile = WEBSHOP.model_copy(update={"timezone": zone, "year": 2024})
    for month in range(1, 13):
        fast = _month_minutes(profile, month)
        slow = loop_month_minutes(profile, month)
        assert all(np.array_equal(a, b) for a, b in zip(fast, slow, strict=True)), month


def test_crossing_between_two_lines_by_hand() -> None:
    def point(volume: float, fee_plan: int, per_ticket: int) -> BreakEvenPoint:
        return BreakEvenPoint(volume, {"fee": Decimal(fee_plan), "hourly": Decimal(per_ticket)})

    # a fee plan at 1,000 a year against 40 a ticket-month: equal at 25 tickets a month;
    # between the points at 20 (800 against 1,000) and 30 (1,200): 20 + 200 / 400 × 10 = 25
    points = [point(10, 1000, 400), point(20, 1000, 800), point(30, 1000, 1200)]
    assert crossing(points, "fee", "hourly") == 25
    assert crossing(points, "hourly", "fee") == 25
    assert crossing(points[:2], "fee", "hourly") is None  # not within the points
    assert crossing([point(25, 1000, 1000)], "fee", "hourly") == 25
    unknown = BreakEvenPoint(40, {"fee": Decimal(1000), "hourly": None})
    assert crossing([*points[:1], unknown], "fee", "hourly") is None
