"""Kian Pardaz Hooshmand (Iran): clauses P7, P9–P13, worked by hand.

Office hours Saturday–Wednesday 08:30–17:30 (a 9-hour business day), Asia/Tehran (+03:30).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.conftest import Run, at, texts

PARAMS = {
    "product_price": Decimal(1_200_000_000),
    "project_price": Decimal(3_000_000_000),
    "standard_hourly_rate": Decimal(25_000_000),
}
SUNDAY_3PM = "2026-06-07T15:00+03:30"


@pytest.mark.parametrize(
    ("plan", "response"),
    [
        ("product-gold", "2026-06-08T15:00:00+03:30"),  # 9 business hours: Monday 15:00
        ("product-silver", "2026-06-09T15:00:00+03:30"),
        ("product-bronze", "2026-06-10T15:00:00+03:30"),  # 27 h: Wednesday 15:00
        ("project-gold", "2026-06-08T15:00:00+03:30"),
        ("project-basic", "2026-06-10T15:00:00+03:30"),
    ],
)
def test_p9_p10_response_in_business_days(run: Run, plan: str, response: str) -> None:
    r = run("kianpardaz", plan, SUNDAY_3PM, PARAMS)
    assert at(r, "response") == response


def test_p9_response_over_the_thursday_friday_weekend(run: Run) -> None:
    # Wednesday 16:00: 1.5 h on Wednesday, then 7.5 h from Saturday 08:30
    r = run("kianpardaz", "product-gold", "2026-06-10T16:00+03:30", PARAMS)
    assert at(r, "response") == "2026-06-13T16:00:00+03:30"


def test_nowruz_week(run: Run) -> None:
    # Sunday 2026-03-22; the office reopens Wednesday 25 (20-24 March are holidays)
    r = run("kianpardaz", "product-gold", "2026-03-22T10:00+03:30", PARAMS)
    assert at(r, "response") == "2026-03-25T17:30:00+03:30"


@pytest.mark.parametrize(
    ("plan", "fee"),
    [
        ("product-bronze", 240_000_000),
        ("product-silver", 360_000_000),
        ("product-gold", 480_000_000),
        ("project-basic", 600_000_000),
        ("project-silver", 900_000_000),
        ("project-gold", 1_200_000_000),
    ],
)
def test_yearly_fee_is_a_share_of_the_price(run: Run, plan: str, fee: int) -> None:
    r = run("kianpardaz", plan, SUNDAY_3PM, PARAMS)
    assert r.plan_fee is not None
    assert r.plan_fee.amount == fee
    assert r.plan_fee.period == "year"
    assert r.cost.net == 0  # the request itself is inside the package
    assert "package" in r.cost.lines[0].label


def test_fee_without_the_price_is_not_stated(run: Run) -> None:
    r = run("kianpardaz", "product-gold", SUNDAY_3PM)
    assert r.plan_fee is not None
    assert r.plan_fee.amount is None
    assert "product_price" in texts(r.warnings)


@pytest.mark.parametrize(
    ("plan", "effort", "consumed_cost", "package_price"),
    [
        ("hours-50", "0.2", 12_500_000, 1_250_000_000),  # at least 30 minutes a ticket
        ("hours-50", "3", 75_000_000, 1_250_000_000),
        ("hours-100", "11", 275_000_000, 2_500_000_000),  # within 20 % of 100 h
    ],
)
def test_p11_hours_consumed_at_the_standard_rate(
    run: Run, plan: str, effort: str, consumed_cost: int, package_price: int
) -> None:
    r = run("kianpardaz", plan, SUNDAY_3PM, PARAMS, effort_hours=effort, cause="change_request")
    assert r.status == "covered"
    assert r.cost.net == consumed_cost
    assert r.cost.lines[0].rule_kind == "prepaid_hours"
    assert r.plan_fee is not None
    assert r.plan_fee.amount == package_price  # P11: standard hourly rate × package hours


def test_p11_monthly_cap_and_p12_used_up(run: Run) -> None:
    capped = run("kianpardaz", "hours-50", SUNDAY_3PM, PARAMS, effort_hours=11)
    assert capped.status == "not_covered"
    assert "10 h" in capped.cost.lines[0].reason  # type: ignore[operator]
    too_big = run("kianpardaz", "hours-200", SUNDAY_3PM, PARAMS, effort_hours=201)
    assert too_big.status == "not_covered"


def test_p11_hours_without_a_rate_are_not_stated(run: Run) -> None:
    r = run("kianpardaz", "hours-50", SUNDAY_3PM, effort_hours=2)
    assert r.status == "covered"
    assert r.cost.net is None
    assert r.cost.lines[0].missing_parameter == "standard_hourly_rate"


def test_p7_out_of_scope_for_product_packages(run: Run) -> None:
    for cause in ("customer_caused", "change_request"):
        r = run("kianpardaz", "product-gold", SUNDAY_3PM, PARAMS, cause=cause)
        assert r.status == "not_covered"
        assert r.cost.lines[0].clause == "P7"


@pytest.mark.parametrize(
    ("plan", "effort", "status"),
    [
        ("project-basic", "1", "not_covered"),
        ("project-silver", "3", "covered"),
        ("project-silver", "3.5", "not_covered"),
        ("project-gold", "7", "covered"),
        ("project-gold", "7.5", "not_covered"),
    ],
)
def test_p10_included_customisation_hours(run: Run, plan: str, effort: str, status: str) -> None:
    r = run("kianpardaz", plan, SUNDAY_3PM, PARAMS, cause="change_request", effort_hours=effort)
    assert r.status == status


@pytest.mark.parametrize(
    ("plan", "severity", "status"),
    [
        ("product-bronze", "critical", "not_covered"),
        ("product-gold", "critical", "covered"),
        ("product-gold", "high", "covered"),
        ("product-gold", "normal", "not_covered"),
        ("project-silver", "critical", "covered"),
        ("project-silver", "high", "not_covered"),
        ("project-gold", "high", "covered"),
    ],
)
def test_on_site_visits_by_package_and_severity(
    run: Run, plan: str, severity: str, status: str
) -> None:
    r = run("kianpardaz", plan, SUNDAY_3PM, PARAMS, severity=severity, on_site_hours=2)
    assert r.status == status
    if status == "covered":
        assert r.cost.net == 0
        assert "Tehran" in texts(r.notes)


def test_p13_after_hours_is_by_arrangement(run: Run) -> None:
    r = run("kianpardaz", "product-gold", SUNDAY_3PM, PARAMS, after_hours=True)
    assert r.status == "quote_required"
    assert r.cost.lines[0].clause == "P13"
