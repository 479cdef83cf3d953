"""The contract language's newer fields, on `tests/data/levels.yaml`: a composite of published
support terms (the sources are named in the file's header and in each test). Every expected value
is worked out by hand in the comments; Berlin is +01:00 in winter and +02:00 in summer."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from models.contract import Contract
from models.engine import simulate
from models.loading import load_contract, parse_contract
from models.office import HOLIDAYS_LIBRARY
from models.result import Result
from models.serialize import result_json
from tests.conftest import at, contract_errors, line_of, scenario

LEVELS_PATH = Path(__file__).parent / "data" / "levels.yaml"
LEVELS_TEXT = LEVELS_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def levels() -> Contract:
    return load_contract(LEVELS_PATH)


def run(contract: Contract, plan: str, reported_at: str, **fields: Any) -> Result:
    params = fields.pop("params", None)
    return simulate(contract, plan, scenario(reported_at, **fields), params)


# --- calendars per plan, and the earliest of several rules -----------------------------------


def test_each_plan_counts_in_its_own_office_hours(levels: Contract) -> None:
    # Critical, Saturday 2026-06-13 10:00+02:00, 2 business hours:
    # 8x5 (Mon–Fri 08–17): closed until Monday 08:00 → 10:00.
    # 14x6 (Mon–Sat 08–22): Saturday 10:00 + 2 h = 12:00.
    # 24x7: the earliest of 8 h on its own clock (18:00 Saturday) and 2 h in 8x5 (Monday 10:00).
    saturday = "2026-06-13T10:00+02:00"
    assert at(run(levels, "eight-five", saturday, severity="critical"), "response") == (
        "2026-06-15T10:00:00+02:00"
    )
    assert at(run(levels, "fourteen-six", saturday, severity="critical"), "response") == (
        "2026-06-13T12:00:00+02:00"
    )
    assert at(run(levels, "around-the-clock", saturday, severity="critical"), "response") == (
        "2026-06-13T18:00:00+02:00"
    )


def test_the_24x7_level_never_answers_later_than_8x5_inside_office_hours(
    levels: Contract,
) -> None:
    # OpenNMS: "Except for 24x7 plans, the listed SLA times are calculated within operating
    # hours"; each level includes the lower ones. Monday 2026-06-15 09:00: 8x5 gives
    # 09:00 + 2 h = 11:00; 24x7 alone would give 09:00 + 8 h = 17:00; the earliest is 11:00.
    result = run(levels, "around-the-clock", "2026-06-15T09:00+02:00", severity="critical")
    assert at(result, "response") == "2026-06-15T11:00:00+02:00"
    basis = result.milestones["response"].basis  # type: ignore[union-attr]
    assert basis == (
        "the earliest of: the report + 8 business hours; "
        "the report + 2 business hours (office hours of plan eight-five)"
    )


def test_the_plans_calendar_is_in_the_trace_with_its_clause(levels: Contract) -> None:
    result = run(levels, "fourteen-six", "2026-06-13T10:00+02:00")
    steps = [(s.text, s.clause, s.provenance) for s in result.trace if s.topic == "report"]
    assert ("Office hours: the plan's own", "T2", "stated") in steps
    own = run(levels, "eight-five", "2026-06-13T10:00+02:00")
    assert ("Office hours: the vendor's", "T1", "stated") in [
        (s.text, s.clause, s.provenance) for s in own.trace
    ]


# --- holidays: subdivisions, recurring days and half days -----------------------------------


def test_a_subdivisions_holiday_is_closed(levels: Contract) -> None:
    # Women's Day, Monday 2027-03-08, is a holiday in Berlin (DE-BE) but not in all of Germany.
    # Critical Friday 2027-03-05 16:00+01:00: 1 h to 17:00, Monday closed, Tuesday 08:00 + 1 h.
    result = run(levels, "eight-five", "2027-03-05T16:00+01:00", severity="critical")
    assert at(result, "response") == "2027-03-09T09:00:00+01:00"
    germany = parse_contract(LEVELS_TEXT.replace("  subdivision: BE\n", ""), "de.yaml")
    result = run(germany, "eight-five", "2027-03-05T16:00+01:00", severity="critical")
    assert at(result, "response") == "2027-03-08T09:00:00+01:00"


def test_recurring_closed_days_and_half_days(levels: Contract) -> None:
    # Christmas Eve (Thursday 2026-12-24) is closed every year; 25 and 26 December are German
    # holidays; then the weekend. Wednesday 23rd 16:00 + 2 h: 1 h to 17:00, Monday 28th 09:00.
    result = run(levels, "eight-five", "2026-12-23T16:00+01:00", severity="critical")
    assert at(result, "response") == "2026-12-28T09:00:00+01:00"
    # New Year's Eve (Thursday 31st) is open 08:00–12:00: 11:00 + 2 h = 1 h to 12:00, New Year's
    # Day (Friday) and the weekend closed, Monday 2027-01-04 08:00 + 1 h = 09:00.
    result = run(levels, "eight-five", "2026-12-31T11:00+01:00", severity="critical")
    assert at(result, "response") == "2027-01-04T09:00:00+01:00"
    calendar = levels.calendar
    assert calendar.day_hours(date(2027, 12, 24)) == ()  # recurs: Friday 2027-12-24 closed too


def test_swedens_de_facto_days_are_closed(contracts: dict[str, Contract]) -> None:
    # The holidays library's `de_facto` category for SE: Midsummer Eve (Friday 2026-06-19),
    # Christmas Eve (Thursday 2026-12-24) and New Year's Eve (Thursday 2026-12-31).
    calendar = contracts["swedish-ecommerce"].calendar
    for day in (date(2026, 6, 19), date(2026, 12, 24), date(2026, 12, 31)):
        assert not calendar.is_business_day(day), day
    assert calendar.is_business_day(date(2026, 6, 18))


def test_norways_christmas_and_new_years_eve_are_closed(contracts: dict[str, Contract]) -> None:
    # Not public holidays in Norway (the library has no de facto category for NO), so Mystore's
    # file closes them as recurring days, marked assumed.
    calendar = contracts["mystore"].calendar
    assert not calendar.is_business_day(date(2026, 12, 24))
    assert not calendar.is_business_day(date(2026, 12, 31))
    assert calendar.is_business_day(date(2026, 12, 30))


def test_israels_eves_are_short_days(contracts: dict[str, Contract]) -> None:
    # Erev Yom Kippur, Sunday 2026-09-20, is a short day (09:00–13:00, assumed); Yom Kippur
    # (Monday 21st) is closed. Kiwi K4, 3 business hours from Sunday 11:00+03:00: 2 h to 13:00,
    # then Tuesday 22nd 09:00 + 1 h = 10:00.
    kiwi = contracts["kiwi"]
    result = simulate(kiwi, "standard", scenario("2026-09-20T11:00+03:00"))
    assert at(result, "response") == "2026-09-22T10:00:00+03:00"
    assert kiwi.calendar.day_hours(date(2026, 9, 20)) == ((9 * 3600 * 10**6, 13 * 3600 * 10**6),)


# --- best effort -----------------------------------------------------------------------------


def test_best_effort_is_a_milestone_kind_never_not_stated(levels: Contract) -> None:
    # Appfire/cPrime: free support for a blocker is "Best effort". A normal request on Monday
    # 2026-06-15 10:00 aims at the next business day's opening: Tuesday 08:00.
    result = run(levels, "eight-five", "2026-06-15T10:00+02:00")
    response = result.milestones["response"]
    assert response is not None
    assert (response.kind, at(result, "response")) == ("best_effort", "2026-06-16T08:00:00+02:00")
    assert result_json(result, None, None)["milestones"]["response"]["kind"] == "best_effort"
    from models.view import milestone_cell

    assert "best effort" in milestone_cell(result, "response").text


# --- several fees, per-unit fees -------------------------------------------------------------


def test_several_fees_and_a_per_unit_fee_are_accounted_for_a_year(levels: Contract) -> None:
    # 24x7: EUR 1,200 a year + EUR 300 a month + EUR 0.10 per GB a month × 500 GB
    # = 1,200 + 3,600 + 600 = EUR 5,400 a year.
    params = {"storage_gb": Decimal(500)}
    result = run(levels, "around-the-clock", "2026-06-15T09:00+02:00", params=params)
    assert [(f.amount, f.period, f.clause) for f in result.fees] == [
        (Decimal(1200), "year", "T4"),
        (Decimal(300), "month", "T4"),
        (Decimal(50), "month", "T4"),  # 0.10 × 500
    ]
    assert result.plan_fee is not None
    assert (result.plan_fee.amount, result.plan_fee.period) == (Decimal(5400), "year")
    doc = result_json(result, None, None)
    assert doc["plan_fee"]["amount"] == "5400.00"
    assert [f["amount"] for f in doc["fees"]] == ["1200.00", "300.00", "50.00"]


def test_a_missing_quantity_leaves_the_total_unknown(levels: Contract) -> None:
    result = run(levels, "around-the-clock", "2026-06-15T09:00+02:00")
    assert result.plan_fee is not None
    assert result.plan_fee.amount is None
    assert any("storage_gb" in w.text for w in result.warnings)


def test_one_fee_keeps_the_plan_fee_as_before(levels: Contract) -> None:
    result = run(levels, "eight-five", "2026-06-15T09:00+02:00")
    assert result.plan_fee is not None
    assert (result.plan_fee.amount, result.plan_fee.period) == (Decimal(1200), "year")


def test_the_yearly_view_counts_monthly_and_yearly_fees(levels: Contract) -> None:
    from models.annual import simulate_years
    from models.comparison import PlanRef
    from models.profile import Profile

    profile = Profile.model_validate(
        {
            "name": "fees",
            "timezone": "Europe/Berlin",
            "counts": "exact",
            "tickets_per_month": {"normal": 1},
            "causes": {"vendor_defect": 1},
            "effort_hours": {"median": "1", "p90": "1"},
        }
    )
    params = {"levels": {"storage_gb": Decimal(500)}}
    year = simulate_years(
        profile, [PlanRef(levels, "around-the-clock")], params, 2, times=False
    ).plans[0]
    assert year.fee == Decimal(5400)  # as worked out above
    assert year.percentile(50) == Decimal(5400)  # support itself is included


# --- 24/7 on real elapsed time ---------------------------------------------------------------


def test_a_24x7_window_across_the_autumn_change_is_real_time(levels: Contract) -> None:
    # Berlin 2026-10-25: 03:00 CEST becomes 02:00 CET. High, 4 business hours on the 24x7
    # calendar from 00:30+02:00 (22:30 UTC): 02:30 UTC = 03:30+01:00, 240 real minutes.
    result = run(levels, "around-the-clock", "2026-10-25T00:30+02:00", severity="high")
    assert at(result, "response") == "2026-10-25T03:30:00+01:00"
    assert result.elapsed("response") == timedelta(minutes=240)


# --- clock pauses ----------------------------------------------------------------------------


def test_a_pause_inside_office_hours_moves_the_deadline(levels: Contract) -> None:
    # Critical on 8x5, Monday 2026-06-15 09:00, 2 business hours, paused 09:30–10:30 waiting for
    # the customer: 0.5 h counted, 1 h stopped, 1.5 h from 10:30 = 12:00.
    pauses = [{"start": "2026-06-15T09:30+02:00", "end": "2026-06-15T10:30+02:00"}]
    result = run(levels, "eight-five", "2026-06-15T09:00+02:00", severity="critical", pauses=pauses)
    assert at(result, "response") == "2026-06-15T12:00:00+02:00"
    assert "the clock stopped for 1 h of pauses" in result.milestones["response"].basis  # type: ignore[union-attr]


def test_a_pause_outside_office_hours_changes_nothing(levels: Contract) -> None:
    # Microsoft Dynamics 365 (https://docs.microsoft.com/en-us/dynamics365/customer-service/
    # troubleshoot-sla-timer-issue): hold time outside working hours is not added. Monday 16:00
    # + 2 h: 1 h to 17:00, Tuesday 08:00 + 1 h = 09:00, with or without a night-time pause.
    pauses = [{"start": "2026-06-15T18:00+02:00", "end": "2026-06-16T07:00+02:00"}]
    paused = run(levels, "eight-five", "2026-06-15T16:00+02:00", severity="critical", pauses=pauses)
    assert at(paused, "response") == "2026-06-16T09:00:00+02:00"


def test_a_day_in_pause_moves_a_24x7_deadline_by_a_day(levels: Contract) -> None:
    # fynedesk: "If a ticket spends a day in a paused status, its deadline moves out by a day."
    # High on 24x7, Saturday 2026-06-13 10:00 + 4 h = 14:00; paused 11:00 Saturday to 11:00
    # Sunday (24 h, local times in the scenario's zone): Sunday 14:00.
    pauses = [{"start": "2026-06-13T11:00", "end": "2026-06-14T11:00"}]
    result = run(
        levels,
        "around-the-clock",
        "2026-06-13T10:00",
        timezone="Europe/Berlin",
        severity="high",
        pauses=pauses,
    )
    assert at(result, "response") == "2026-06-14T14:00:00+02:00"
    assert "pauses" in result_json(result, None, None)["milestones"]["response"]["basis"]


def test_rules_that_do_not_pause_ignore_pauses(levels: Contract) -> None:
    # 14x6's critical rule is not pausable: Saturday 10:00 + 2 h = 12:00 whatever the pause.
    pauses = [{"start": "2026-06-13T10:30+02:00", "end": "2026-06-13T11:30+02:00"}]
    result = run(
        levels, "fourteen-six", "2026-06-13T10:00+02:00", severity="critical", pauses=pauses
    )
    assert at(result, "response") == "2026-06-13T12:00:00+02:00"


def test_a_pause_must_end_after_it_starts() -> None:
    with pytest.raises(ValueError, match="a pause must end after it starts"):
        scenario(
            "2026-06-13T10:00+02:00",
            pauses=[{"start": "2026-06-13T11:00+02:00", "end": "2026-06-13T10:00+02:00"}],
        )


# --- the time zone's clause; the holidays library version ------------------------------------


def test_the_time_zones_clause_and_reading_are_in_the_trace(levels: Contract) -> None:
    result = run(levels, "eight-five", "2026-06-15T09:00+02:00")
    [step] = [s for s in result.trace if "CET" in s.text]
    assert step.text == "The vendor writes its clock as 'CET'; read as Europe/Berlin"
    assert (step.clause, step.provenance) == ("T1", "interpreted")
    assert HOLIDAYS_LIBRARY.startswith("holidays ")
    assert any(HOLIDAYS_LIBRARY in s.text for s in result.trace)


# --- validation of the new fields ------------------------------------------------------------


def test_an_unknown_plan_in_an_earliest_clock_is_refused_at_its_line() -> None:
    text = LEVELS_TEXT.replace("office_hours_of: eight-five", "office_hours_of: eight-six")
    line = line_of(text, "office_hours_of: eight-six")
    assert contract_errors(text) == [
        (
            f"bad.yaml:{line}: plans[2].milestones.response[0].clock.of[1].office_hours_of: plan "
            "'eight-six' is not in `plans` (known: around-the-clock, eight-five, fourteen-six)"
        )
    ]


def test_only_counting_clocks_can_pause() -> None:
    old = "        - clock: {kind: next_business_day}\n          kind: best_effort\n"
    text = LEVELS_TEXT.replace(old, old + "          pausable: true\n")
    line = line_of(text, "kind: best_effort") + 1
    [error] = contract_errors(text)
    assert error.startswith(f"bad.yaml:{line}: plans[0].milestones.response[1].pausable: ")
    assert "a next_business_day clock cannot pause" in error


def test_unknown_subdivision_category_and_recurring_date_are_refused() -> None:
    assert (
        "no subdivision 'XX' of DE"
        in contract_errors(LEVELS_TEXT.replace("subdivision: BE", "subdivision: XX"))[0]
    )
    text = LEVELS_TEXT.replace("  subdivision: BE\n", "  subdivision: BE\n  categories: [fun]\n")
    assert "no category 'fun' for DE" in contract_errors(text)[0]
    text = LEVELS_TEXT.replace("{month: 12, day: 24,", "{month: 2, day: 30,")
    assert "day is out of range for month" in contract_errors(text)[0]


# --- shown in term sheets, kept in comparison files, recorded in outputs ---------------------


def test_the_term_sheet_cites_each_new_field(levels: Contract) -> None:
    from models.describe import term_sheet

    sheet = term_sheet(levels, levels.plan("around-the-clock"))
    assert sheet["Office hours"].startswith("Mon 00:00-24:00; Tue 00:00-24:00")
    assert sheet["Office hours"].endswith("[T2]")
    assert sheet["Time zone"] == "Europe/Berlin\nwritten 'CET' [T1, interpreted]"
    assert sheet["Fee"].splitlines() == [
        "EUR 1200 a year [T4]",
        "EUR 300 a month [T4]",
        "EUR 0.1 per GB of log storage × storage_gb a month [T4]",
    ]
    assert (
        "the earliest of 8 h (business hours) / 2 h (business hours) in eight-five hours"
        in (sheet["Response"])
    )
    eight_five = term_sheet(levels, levels.plan("eight-five"))
    assert eight_five["Holidays"].splitlines() == [
        "DE-BE holidays (public) [T1]",
        "every 24 Dec: Christmas Eve, closed [T1]",
        "every 31 Dec: New Year's Eve, open 08:00-12:00 [T1]",
    ]
    assert "next business day opening, best effort [T2]" in eight_five["Response"]
    assert "stops during pauses" in eight_five["Response"]


def test_pauses_survive_a_saved_comparison(tmp_path: Path) -> None:
    from dataclasses import replace

    from contracts import bundled_comparison
    from models.comparison_file import load_comparison, save_comparison

    state = bundled_comparison()
    paused = scenario(
        "2026-06-15T09:00+02:00",
        pauses=[{"start": "2026-06-15T09:30+02:00", "end": "2026-06-15T10:30+02:00"}],
    )
    save_comparison(replace(state, scenarios=(paused,)), tmp_path / "c.yaml")
    [loaded] = load_comparison(tmp_path / "c.yaml").scenarios
    assert loaded.pauses == paused.pauses


def test_the_holidays_library_version_is_recorded(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import json

    from openpyxl import load_workbook

    from cli.app import main

    assert main(["simulate", "--at", "2026-06-15T09:00+02:00", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["holidays_library"] == HOLIDAYS_LIBRARY
    out = tmp_path / "offer.xlsx"
    assert main(["export", "--at", "2026-06-15T09:00+02:00", "--xlsx", str(out)]) == 0
    rates = load_workbook(out)["Rates"]
    assert (rates["D1"].value, rates["E1"].value) == ("Holiday tables", HOLIDAYS_LIBRARY)
