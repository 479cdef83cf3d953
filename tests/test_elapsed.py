"""Elapsed time is real time: worked from UTC instants, across every DST change of the bundled
zones, everywhere it is shown (JSON, table, exports, the app, the yearly view)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import cache
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from contracts import bundled_contracts
from models.contract import Contract
from models.elapsed import elapsed_hours, real_elapsed
from models.engine import simulate
from models.scenario import Scenario
from models.serialize import result_json
from tests.conftest import Run


@cache
def _kiwi() -> Contract:
    return next(c for c in bundled_contracts() if c.id == "kiwi")


BUNDLED_ZONES = ("Asia/Jerusalem", "Europe/Oslo", "Europe/Stockholm", "Asia/Tehran")


@cache
def transitions(zone_name: str) -> tuple[datetime, ...]:
    """UTC instants (to the hour) where the zone's offset changes, 2020–2030."""
    zone = ZoneInfo(zone_name)
    found = []
    instant = datetime(2020, 1, 1, tzinfo=UTC)
    previous = instant.astimezone(zone).utcoffset()
    while instant.year < 2031:
        instant += timedelta(hours=1)
        offset = instant.astimezone(zone).utcoffset()
        if offset != previous:
            found.append(instant)
        previous = offset
    return tuple(found)


def test_every_bundled_zone_has_transitions_to_test() -> None:
    # Tehran abolished DST in 2022, so it has fewer; the others change twice a year.
    assert len(transitions("Asia/Tehran")) >= 4
    for zone in BUNDLED_ZONES[:3]:
        assert len(transitions(zone)) == 22


@st.composite
def around_a_transition(draw: st.DrawFn) -> tuple[datetime, timedelta]:
    """A start within two days of one of a bundled zone's transitions, in that zone (one shared
    tzinfo object, which is what makes plain subtraction wrong), and a real duration."""
    zone_name = draw(st.sampled_from(BUNDLED_ZONES))
    change = draw(st.sampled_from(transitions(zone_name)))
    minutes = draw(st.integers(-48 * 60, 48 * 60))
    start = (change + timedelta(minutes=minutes)).astimezone(ZoneInfo(zone_name))
    duration = timedelta(minutes=draw(st.integers(0, 96 * 60)))
    return start, duration


@settings(max_examples=400, deadline=None)
@given(around_a_transition())
def test_real_elapsed_is_the_real_duration_across_dst(case: tuple[datetime, timedelta]) -> None:
    start, duration = case
    end = (start.astimezone(UTC) + duration).astimezone(start.tzinfo)
    assert real_elapsed(start, end) == duration
    assert elapsed_hours(start, end) == duration / timedelta(hours=1)
    # The same instants written with other offsets give the same answer.
    assert real_elapsed(start.astimezone(UTC), end) == duration


def test_jerusalem_spring_forward_by_hand() -> None:
    # 2026-03-27 02:00 IST (+02:00) clocks jump to 03:00 IDT (+03:00).
    # 01:30+02:00 = 23:30 UTC; 04:30+03:00 = 01:30 UTC: 2 real hours (wall clocks differ by 3).
    zone = ZoneInfo("Asia/Jerusalem")
    report = datetime(2026, 3, 27, 1, 30, tzinfo=zone)
    response = datetime(2026, 3, 27, 4, 30, tzinfo=zone)
    assert response - report == timedelta(hours=3)  # Python's wall-clock subtraction
    assert real_elapsed(report, response) == timedelta(hours=2)


def test_kiwi_critical_across_spring_forward_is_two_real_hours(run: Run) -> None:
    # K7: a critical fault is answered within 2 clock hours. Reported 01:30+02:00 on the night
    # Israel moves to summer time: 23:30 UTC + 2 h = 01:30 UTC = 04:30+03:00, i.e. 2.00 hours.
    result = run(
        "kiwi", "standard", "2026-03-27T01:30", timezone="Asia/Jerusalem", severity="critical"
    )
    response = result.milestones["response"]
    assert response is not None
    assert response.at.isoformat() == "2026-03-27T04:30:00+03:00"
    assert result.elapsed("response") == timedelta(hours=2)
    milestones = result_json(result, None, None)["milestones"]
    assert milestones["response"]["elapsed_hours"] == "2.00"


def test_elapsed_does_not_depend_on_how_the_report_time_was_typed(run: Run) -> None:
    # The same instant typed with its offset or as a local time with a zone: same figure.
    with_zone = run(
        "kiwi", "standard", "2026-03-27T01:30", timezone="Asia/Jerusalem", severity="critical"
    )
    with_offset = run("kiwi", "standard", "2026-03-27T01:30+02:00", severity="critical")
    assert with_zone.elapsed("response") == with_offset.elapsed("response")


def test_every_display_shows_real_hours(run: Run) -> None:
    from models.view import milestone_cell

    result = run(
        "kiwi", "standard", "2026-03-27T01:30", timezone="Asia/Jerusalem", severity="critical"
    )
    # the one comparison view every renderer lays out (table, workbook, PDF, CLI)
    assert "(+2.0 h)" in milestone_cell(result, "response").text


def test_yearly_view_statistics_use_real_hours(contracts: dict[str, Contract]) -> None:
    from models.annual import YearlyRun
    from models.comparison import PlanRef
    from models.profile import Profile

    # Every ticket critical, reported in Jerusalem around the clock for a year (both DST
    # changes): K7 answers and starts 2 clock hours later, 2 real hours for every ticket.
    profile = Profile.model_validate(
        {
            "name": "critical only",
            "timezone": "Asia/Jerusalem",
            "year": 2026,
            "counts": "exact",
            "tickets_per_month": {"critical": 30},
            "causes": {"vendor_defect": 1},
            "effort_hours": {"median": 1, "p90": 1},
            "reported_outside_office_hours": "0.5",
        }
    )
    response, work_start = YearlyRun(profile, years=2).times(PlanRef(contracts["kiwi"], "standard"))
    assert (response.median, response.p90, response.critical_median) == (2.0, 2.0, 2.0)
    assert (work_start.median, work_start.critical_p90) == (2.0, 2.0)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(transitions("Asia/Jerusalem")),
    st.integers(-3 * 60, 60),
)
def test_clock_hour_milestones_are_that_many_real_hours(change: datetime, minutes: int) -> None:
    # Kiwi K7 (critical: 2 clock hours) reported in the 3 hours before to 1 hour after any
    # Jerusalem change, so the 2 hours often straddle it: always 2 real hours, shown as 2.00.
    zone = ZoneInfo("Asia/Jerusalem")
    start = (change + timedelta(minutes=minutes)).astimezone(zone)
    kiwi = _kiwi()
    result = simulate(kiwi, "standard", Scenario(reported_at=start, severity="critical"))
    assert result.elapsed("response") == timedelta(hours=2)
    assert Decimal(result_json(result, None, None)["milestones"]["response"]["elapsed_hours"]) == 2
