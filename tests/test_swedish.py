"""The Swedish e-commerce platform: clauses E1, E9, E10, E12, E13, E15, worked by hand.

Assumed business hours Monday–Friday 08:00–17:00, Europe/Stockholm (CET/CEST).
"""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import Run, at, texts

REPORTED = "2026-03-20T10:00+01:00"


def test_e1_included_hours_are_debited(run: Run) -> None:
    r = run(
        "swedish-ecommerce", "service-agreement", REPORTED, cause="customer_caused", effort_hours=3
    )
    assert r.cost.net == 0
    assert r.status == "covered"
    assert "3 h debited from 10 h" in texts(r.notes)


def test_e13_hours_beyond_the_included_ones_at_1090(run: Run) -> None:
    r = run(
        "swedish-ecommerce",
        "service-agreement",
        REPORTED,
        {"included_hours": Decimal(2)},
        cause="change_request",
        effort_hours=3,
    )
    assert r.cost.net == Decimal(1090)


def test_e12_hourly_plan_bills_actual_time(run: Run) -> None:
    r = run("swedish-ecommerce", "hourly", REPORTED, cause="change_request", effort_hours="2.5")
    assert r.cost.net == Decimal(2725)
    assert r.cost.gross == Decimal("3406.25")


def test_e9_over_four_hours_needs_a_quote(run: Run) -> None:
    for plan in ("service-agreement", "hourly"):
        r = run("swedish-ecommerce", plan, REPORTED, cause="change_request", effort_hours=6)
        assert r.status == "quote_required"
        assert r.cost.net is None
        assert at(r, "resolution") is None


def test_e10_two_week_goal_keeps_the_wall_clock_across_dst(run: Run) -> None:
    # Sweden springs forward on 2026-03-29: 10:00 stays 10:00, the offset changes.
    r = run("swedish-ecommerce", "hourly", REPORTED, cause="change_request", effort_hours=2)
    assert at(r, "resolution") == "2026-04-03T10:00:00+02:00"
    assert r.milestones["resolution"].kind == "goal"  # type: ignore[union-attr]


def test_e15_system_bugs_are_free_and_critical_ones_may_get_a_hotfix(run: Run) -> None:
    r = run("swedish-ecommerce", "hourly", REPORTED, severity="critical", effort_hours=3)
    assert r.cost.net == 0
    assert "hotfix" in texts(r.notes)


def test_swedish_calendar_holiday_and_dst(contracts: dict) -> None:  # type: ignore[type-arg]
    from datetime import date

    from tests.conftest import local

    calendar = contracts["swedish-ecommerce"].calendar
    assert not calendar.is_business_day(date(2026, 5, 14))  # Ascension Day
    evening = local("2026-05-13 18:00", "Europe/Stockholm")
    assert calendar.next_open(evening).isoformat() == "2026-05-15T08:00:00+02:00"
    friday = local("2026-03-27 16:00", "Europe/Stockholm")
    assert calendar.add_business_hours(friday, 2).isoformat() == "2026-03-30T09:00:00+02:00"
