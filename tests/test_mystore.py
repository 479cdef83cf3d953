"""Mystore (Norway), plans `support` and `service`: clauses M0–M7, worked by hand.

Assumed opening hours Monday–Friday 08:00–16:00, Europe/Oslo (CET +01:00, CEST +02:00).
"""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import Run, at, texts

FRIDAY_EVENING = "2026-10-16T18:45+02:00"


def test_m2_support_bills_per_started_hour(run: Run) -> None:
    r = run("mystore", "support", FRIDAY_EVENING, cause="change_request", effort_hours="2.1")
    assert r.cost.net == Decimal(3750)  # 3 started hours × 1,250
    assert r.cost.gross == Decimal("4687.50")
    assert r.cost.lines[0].clause == "M2"
    half = run("mystore", "support", FRIDAY_EVENING, cause="customer_caused", effort_hours="0.5")
    assert half.cost.net == Decimal(1250)


def test_m5_service_bills_service_cases_per_started_quarter_hour(run: Run) -> None:
    r = run("mystore", "service", FRIDAY_EVENING, cause="change_request", effort_hours="2.1")
    assert r.cost.net == Decimal(2250)  # 2.1 h = 126 min = 9 started quarters × 250
    assert r.cost.lines[0].clause == "M5"
    tiny = run("mystore", "service", FRIDAY_EVENING, cause="customer_caused", effort_hours="0.1")
    assert tiny.cost.net == Decimal(250)  # 6 min = 1 started quarter × 250


def test_m5_service_extends_support_so_general_problems_stay_free(run: Run) -> None:
    # Corrected M5 (with M1, M3): the service agreement starts where support ends, so a fault
    # in Mystore's product or a question costs nothing, whatever the effort: 3 h × 0 = 0.
    for cause in ("vendor_defect", "no_fault"):
        r = run("mystore", "service", FRIDAY_EVENING, cause=cause, effort_hours=3)
        assert r.cost.net == 0
        assert r.status == "covered"
        assert [line.clause for line in r.cost.lines] == ["M1"]


def test_m1_general_problems_are_free_on_support(run: Run) -> None:
    for cause in ("vendor_defect", "no_fault"):
        r = run("mystore", "support", FRIDAY_EVENING, cause=cause, effort_hours=3)
        assert r.cost.net == 0
        assert r.status == "covered"
        assert r.cost.lines[0].clause == "M1"


def test_m4_same_business_day_goal(run: Run) -> None:
    tuesday = run("mystore", "service", "2026-10-13T10:00+02:00")
    assert at(tuesday, "resolution") == "2026-10-13T16:00:00+02:00"
    assert tuesday.milestones["resolution"].kind == "goal"  # type: ignore[union-attr]
    # Friday evening: the first opening-hours instant is Monday 08:00
    friday = run("mystore", "service", FRIDAY_EVENING)
    assert at(friday, "resolution") == "2026-10-19T16:00:00+02:00"
    # the support plan states no times at all
    support = run("mystore", "support", FRIDAY_EVENING)
    assert all(m is None for m in support.milestones.values())


def test_norwegian_ascension_day_is_closed(run: Run) -> None:
    # Wednesday 2026-05-13 after closing; Thursday 14 is Ascension Day.
    r = run("mystore", "service", "2026-05-13T17:00+02:00")
    assert at(r, "resolution") == "2026-05-15T16:00:00+02:00"


def test_m6_long_case_is_announced(run: Run) -> None:
    long = run("mystore", "service", FRIDAY_EVENING, cause="change_request", effort_hours="3.5")
    assert "announced" in texts(long.warnings)
    short = run("mystore", "service", FRIDAY_EVENING, cause="change_request", effort_hours=3)
    assert "announced" not in texts(short.warnings)


def test_m7_after_hours_support_has_no_stated_price(run: Run) -> None:
    r = run("mystore", "support", FRIDAY_EVENING, cause="vendor_defect", after_hours=True)
    assert r.status == "quote_required"
    assert r.cost.net is None
    assert [line.clause for line in r.cost.lines] == ["M7", "M1"]
    assert r.cost.lines[0].amount is None


def test_on_site_is_not_priced_by_the_terms(run: Run) -> None:
    r = run("mystore", "service", FRIDAY_EVENING, on_site_hours=2)
    assert r.cost.net is None
    assert r.status == "quote_required"
    assert "On-site visit" in texts(r.warnings)
