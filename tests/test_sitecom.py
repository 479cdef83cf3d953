"""SiteCom (Iran), plan `standard`: clauses S2, S5, S11, S17, worked by hand.

Office hours Saturday–Wednesday 09:00–17:00, Asia/Tehran (+03:30, no DST since 2022).
"""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import Run, at


def test_s17_average_response_one_hour_in_office_hours(run: Run) -> None:
    r = run("sitecom", "standard", "2026-06-06T10:00+03:30")  # Saturday
    assert at(r, "response") == "2026-06-06T11:00:00+03:30"
    assert r.milestones["response"].kind == "average"  # type: ignore[union-attr]
    late = run("sitecom", "standard", "2026-06-10T16:30+03:30")  # Wednesday, in hours
    assert at(late, "response") == "2026-06-10T17:30:00+03:30"


def test_s17_three_hours_outside_office_hours(run: Run) -> None:
    thursday = run("sitecom", "standard", "2026-06-11T10:00+03:30")
    assert at(thursday, "response") == "2026-06-11T13:00:00+03:30"
    evening = run("sitecom", "standard", "2026-06-06T17:00+03:30")  # closing time: outside
    assert at(evening, "response") == "2026-06-06T20:00:00+03:30"


def test_nowruz_is_a_holiday(run: Run) -> None:
    r = run("sitecom", "standard", "2026-03-22T10:00+03:30")  # Sunday of Nowruz
    assert at(r, "response") == "2026-03-22T13:00:00+03:30"


def test_s5_own_modules_included_customer_problems_not_covered(run: Run) -> None:
    ours = run("sitecom", "standard", "2026-06-06T10:00+03:30", cause="vendor_defect")
    assert ours.status == "covered"
    assert ours.cost.net == 0
    assert ours.cost.vat == 0
    theirs = run("sitecom", "standard", "2026-06-06T10:00+03:30", cause="customer_caused")
    assert theirs.status == "not_covered"
    assert theirs.cost.net is None
    assert theirs.cost.lines[0].clause == "S5"


def test_s11_travel_to_the_data_centre_is_not_stated(run: Run) -> None:
    r = run("sitecom", "standard", "2026-06-06T10:00+03:30", on_site_hours=2)
    assert r.status == "quote_required"
    assert r.cost.net is None
    assert [(line.clause, line.amount) for line in r.cost.lines] == [
        ("S5", Decimal(0)),
        ("S11", None),
    ]


def test_assumed_vat_rate(contracts: dict) -> None:  # type: ignore[type-arg]
    vat = contracts["sitecom"].vat
    assert vat.rate == Decimal("0.10")
    assert vat.provenance == "assumed"
