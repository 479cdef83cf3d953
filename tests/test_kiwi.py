"""Kiwi Software (Israel), plan `standard`: clauses K3–K12, worked by hand.

Office hours Sunday–Thursday 09:00–17:00, Asia/Jerusalem (IST +02:00, IDT +03:00).
"""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import Run, at, texts


def test_k4_k5_monday_morning_report(run: Run) -> None:
    r = run("kiwi", "standard", "2026-06-08T11:30+03:00", effort_hours=2)
    assert at(r, "response") == "2026-06-08T14:30:00+03:00"  # K4: + 3 business hours
    assert at(r, "work_start") == "2026-06-08T19:30:00+03:00"  # K5: + 8 clock hours
    # estimate: 19:30 is after hours, so the 2 h run Tuesday 09:00-11:00
    assert at(r, "resolution") == "2026-06-09T11:00:00+03:00"
    assert r.milestones["resolution"].kind == "estimate"  # type: ignore[union-attr]
    assert r.milestones["work_start"].clause == "K5"  # type: ignore[union-attr]
    assert r.status == "covered"
    assert r.cost.net == 0
    assert at(r, "release") is None


def test_k6_report_after_cutoff_starts_next_working_morning(run: Run) -> None:
    r = run("kiwi", "standard", "2026-06-10T16:10+03:00")  # Wednesday
    assert at(r, "work_start") == "2026-06-11T09:00:00+03:00"
    assert r.milestones["work_start"].clause == "K6"  # type: ignore[union-attr]
    # K4: 16:10-17:00 is 50 minutes, the other 2 h 10 min run Thursday from 09:00
    assert at(r, "response") == "2026-06-11T11:10:00+03:00"


def test_k5_cutoff_is_inclusive_at_14_00(run: Run) -> None:
    on_time = run("kiwi", "standard", "2026-06-08T14:00+03:00")
    late = run("kiwi", "standard", "2026-06-08T14:01+03:00")
    assert at(on_time, "work_start") == "2026-06-08T22:00:00+03:00"
    assert at(late, "work_start") == "2026-06-09T09:00:00+03:00"


def test_k6_report_on_friday_starts_sunday_morning(run: Run) -> None:
    r = run("kiwi", "standard", "2026-06-12T10:00+03:00")  # Friday: not a working day
    assert at(r, "work_start") == "2026-06-14T09:00:00+03:00"
    assert at(r, "response") == "2026-06-14T12:00:00+03:00"


def test_k7_critical_starts_within_two_clock_hours_and_works_around_the_clock(run: Run) -> None:
    r = run("kiwi", "standard", "2026-03-12T15:30+02:00", severity="critical", effort_hours=3)
    assert at(r, "response") == "2026-03-12T17:30:00+02:00"
    assert at(r, "work_start") == "2026-03-12T17:30:00+02:00"
    assert at(r, "resolution") == "2026-03-12T20:30:00+02:00"
    assert r.cost.net == 0


def test_k7_critical_on_a_saturday_night(run: Run) -> None:
    r = run("kiwi", "standard", "2026-06-13T23:00+03:00", severity="critical", effort_hours=1)
    assert at(r, "work_start") == "2026-06-14T01:00:00+03:00"
    assert at(r, "resolution") == "2026-06-14T02:00:00+03:00"


def test_k7_fault_older_than_36_hours_is_not_critical(run: Run) -> None:
    old = run("kiwi", "standard", "2026-07-01T08:00+03:00", severity="critical", issue_age_hours=48)
    assert old.severity == "high"
    assert at(old, "response") == "2026-07-01T12:00:00+03:00"  # K4, from 09:00
    assert at(old, "work_start") == "2026-07-01T16:00:00+03:00"  # K5
    assert "not critical" in texts(old.notes)
    boundary = run(
        "kiwi", "standard", "2026-07-01T08:00+03:00", severity="critical", issue_age_hours=36
    )
    assert boundary.severity == "critical"
    assert at(boundary, "work_start") == "2026-07-01T10:00:00+03:00"


def test_k7_critical_after_hours_has_no_on_call_charge(run: Run) -> None:
    r = run(
        "kiwi",
        "standard",
        "2026-06-09T21:00+03:00",
        severity="critical",
        after_hours=True,
        effort_hours=2,
    )
    assert r.cost.net == 0
    assert [line.clause for line in r.cost.lines] == ["K7", "K12"]


def test_k8_k11_non_critical_after_hours_at_the_on_call_rate(run: Run) -> None:
    short = run("kiwi", "standard", "2026-11-18T19:00+02:00", after_hours=True, effort_hours="0.5")
    assert short.cost.net == Decimal(250)  # minimum one hour
    longer = run("kiwi", "standard", "2026-11-18T19:00+02:00", after_hours=True, effort_hours="1.5")
    assert longer.cost.net == Decimal(375)
    assert [line.clause for line in longer.cost.lines] == ["K11"]
    # the work goes on outside hours: 1.5 clock hours from the work start
    assert at(longer, "resolution") == "2026-11-19T10:30:00+02:00"


def test_k9_release_on_the_next_sunday_or_wednesday(run: Run) -> None:
    # Wednesday 09:00: work start 17:00 (K5), 2 business hours -> Thursday 11:00
    r = run("kiwi", "standard", "2026-06-10T09:00+03:00", effort_hours=2, requires_release=True)
    assert at(r, "resolution") == "2026-06-11T11:00:00+03:00"
    assert at(r, "release") == "2026-06-14T17:00:00+03:00"  # Sunday close of business
    monday = run(
        "kiwi", "standard", "2026-06-08T11:30+03:00", effort_hours=2, requires_release=True
    )
    assert at(monday, "release") == "2026-06-10T17:00:00+03:00"  # Wednesday


def test_k9_critical_fix_ships_when_done(run: Run) -> None:
    r = run(
        "kiwi",
        "standard",
        "2026-06-08T11:30+03:00",
        severity="critical",
        effort_hours=2,
        requires_release=True,
    )
    assert at(r, "release") == at(r, "resolution") == "2026-06-08T15:30:00+03:00"


def test_k10_change_request_starts_within_seven_days_price_not_stated(run: Run) -> None:
    r = run("kiwi", "standard", "2026-10-16T19:45+03:00", cause="change_request")
    assert at(r, "work_start") == "2026-10-23T19:45:00+03:00"
    assert r.status == "quote_required"
    assert r.cost.net is None
    assert not r.cost.complete
    assert r.cost.lines[0].clause == "K10"


def test_k12_no_fault_check_costs_actual_hours_at_least_120(run: Run) -> None:
    quick = run("kiwi", "standard", "2026-06-08T10:00+03:00", cause="no_fault", effort_hours="0.25")
    assert quick.cost.net == Decimal(120)
    two = run("kiwi", "standard", "2026-06-08T10:00+03:00", cause="no_fault", effort_hours=2)
    assert two.cost.net == Decimal(360)


def test_k12_customer_caused_with_israeli_vat(run: Run) -> None:
    r = run(
        "kiwi", "standard", "2026-05-13T10:00+03:00", cause="customer_caused", effort_hours="2.5"
    )
    assert r.cost.net == Decimal("450.0")
    assert r.cost.vat == Decimal("81.000")
    assert r.cost.gross == Decimal("531.000")


def test_k3_on_site_at_least_two_hours(run: Run) -> None:
    one = run("kiwi", "standard", "2026-06-08T10:00+03:00", on_site_hours=1)
    assert one.cost.net == Decimal(500)
    long = run("kiwi", "standard", "2026-06-08T10:00+03:00", on_site_hours="3.5")
    assert long.cost.net == Decimal(875)
    assert [line.clause for line in long.cost.lines] == ["K12", "K3"]


def test_yom_kippur_is_closed(run: Run) -> None:
    # Sunday 2026-09-20 16:00 is after the eve's early close (13:00, assumed); Monday 21 is
    # Yom Kippur. K4, 3 business hours: Tuesday 09:00 + 3 h = 12:00.
    r = run("kiwi", "standard", "2026-09-20T16:00+03:00")
    assert at(r, "response") == "2026-09-22T12:00:00+03:00"
    assert at(r, "work_start") == "2026-09-22T09:00:00+03:00"


def test_israeli_spring_forward(run: Run) -> None:
    # DST starts Friday 2026-03-27 at 02:00: 01:30 + 2 clock hours is 04:30 local.
    r = run("kiwi", "standard", "2026-03-27T01:30+02:00", severity="critical")
    assert at(r, "work_start") == "2026-03-27T04:30:00+03:00"
    # Business hours across the change: Thursday 16:00 + 3 h -> Sunday 11:00 summer time.
    r = run("kiwi", "standard", "2026-03-26T16:00+02:00")
    assert at(r, "response") == "2026-03-29T11:00:00+03:00"


def test_k5_interpretation_is_flagged(run: Run) -> None:
    r = run("kiwi", "standard", "2026-06-08T11:30+03:00")
    assert any(w.clause == "K5" for w in r.warnings)


def test_report_in_another_zone_is_shown_in_the_vendors_zone(run: Run) -> None:
    r = run("kiwi", "standard", "2026-06-08T08:30:00Z")  # 11:30 in Tel Aviv
    assert at(r, "response") == "2026-06-08T14:30:00+03:00"
