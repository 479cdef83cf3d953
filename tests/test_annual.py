"""The yearly simulation: small cases worked by hand, reproducibility, convergence, the CLI."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from contracts import bundled_contracts
from models.annual import PlanYear, draw_tickets, simulate_years
from models.comparison import PlanRef
from models.contract import Contract
from models.profile import Profile
from tests.conftest import ROOT

PARAMS = {
    "kianpardaz": {
        "product_price": Decimal(1_200_000_000),
        "project_price": Decimal(3_000_000_000),
        "standard_hourly_rate": Decimal(25_000_000),
    }
}


@pytest.fixture(scope="module")
def by_id() -> dict[str, Contract]:
    return {c.id: c for c in bundled_contracts()}


def exact(**fields: Any) -> Profile:
    """A profile with fixed monthly counts and a fixed effort, so a year can be worked by hand."""
    effort = fields.pop("effort", "1")
    base: dict[str, Any] = {
        "name": "hand-worked",
        "timezone": "Asia/Jerusalem",
        "counts": "exact",
        "tickets_per_month": {"normal": 2},
        "causes": {"vendor_defect": 1},
        "effort_hours": {"median": effort, "p90": effort},
    }
    return Profile.model_validate({**base, **fields})


def run(by_id: dict[str, Contract], plan: str, profile: Profile, years: int = 3) -> PlanYear:
    contract_id, plan_id = plan.split(":")
    result = simulate_years(
        profile, [PlanRef(by_id[contract_id], plan_id)], PARAMS, years, times=False
    )
    return result.plans[0]


def test_kiwi_two_customer_caused_tickets_a_month(by_id: dict[str, Contract]) -> None:
    year = run(by_id, "kiwi:standard", exact(causes={"customer_caused": 1}))
    # K12: 24 tickets × 1 h × ILS 180, every year
    assert year.percentile(10) == year.percentile(90) == Decimal(24 * 180)
    assert year.mean_usage == Decimal(4320)
    assert year.mean_fee == 0
    assert year.not_covered == 0
    assert year.complete


def test_hour_package_monthly_minimum_dominates(by_id: dict[str, Contract]) -> None:
    profile = exact(tickets_per_month={"normal": 3}, effort="0.2", timezone="Asia/Tehran")
    year = run(by_id, "kianpardaz:hours-50", profile, years=4)
    # P11: at least 5 h drawn a month, so the 50 h are gone after 10 months: the 6 tickets of
    # November and December are not covered (P12), every year.
    assert year.not_covered == 6 * 4
    assert year.not_covered_reasons == {"the 50-hour package is used up (P11)": 24}
    assert year.percentile(50) == Decimal(50 * 25_000_000)  # the package price, a year
    assert year.mean_usage == 0  # drawn from the prepaid package, not charged again


def test_requests_per_month_quota(by_id: dict[str, Contract]) -> None:
    profile = exact(tickets_per_month={"normal": 6}, timezone="Asia/Tehran")
    year = run(by_id, "kianpardaz:product-bronze", profile, years=2)
    assert year.not_covered == 12 * 2  # the 6th request of every month (P9: 5 a month)
    assert year.percentile(50) == Decimal(240_000_000)  # 20 % of the product price
    silver = run(by_id, "kianpardaz:product-silver", profile, years=2)
    assert silver.not_covered == 0


def test_included_service_hours_then_overflow(by_id: dict[str, Contract]) -> None:
    profile = exact(
        tickets_per_month={"normal": 1},
        causes={"change_request": 1},
        effort="3",
        timezone="Europe/Stockholm",
    )
    year = run(by_id, "swedish-ecommerce:service-agreement", profile)
    # 10 included hours: January-March use 9 h, April 1 h + 2 h at SEK 1,090,
    # May-December 8 × 3 h at SEK 1,090: 2,180 + 26,160
    assert year.mean_overflow == Decimal(28_340)
    assert year.percentile(50) == Decimal(28_340)
    hourly = run(by_id, "swedish-ecommerce:hourly", profile)
    assert hourly.percentile(50) == Decimal(12 * 3 * 1090)


def test_included_customisation_hours(by_id: dict[str, Contract]) -> None:
    profile = exact(
        tickets_per_month={"normal": 1}, causes={"change_request": 1}, timezone="Asia/Tehran"
    )
    silver = run(by_id, "kianpardaz:project-silver", profile, years=2)
    assert silver.not_covered == 9 * 2  # 3 h a year (P10), then used up (P12)
    gold = run(by_id, "kianpardaz:project-gold", profile, years=2)
    assert gold.not_covered == 5 * 2


def test_on_site_visits_a_year(by_id: dict[str, Contract]) -> None:
    profile = exact(
        tickets_per_month={"critical": 1}, on_site_visits_per_year=6, timezone="Asia/Tehran"
    )
    year = run(by_id, "kianpardaz:product-gold", profile, years=2)
    assert year.not_covered == 2 * 2  # at most 4 visits a year (P9)
    kiwi = run(by_id, "kiwi:standard", profile, years=2)
    assert kiwi.percentile(50) == Decimal(6 * 2 * 250)  # K3: at least 2 h at ILS 250


def test_unknown_price_is_never_counted_as_complete(by_id: dict[str, Contract]) -> None:
    profile = exact(causes={"change_request": 1})
    year = run(by_id, "kiwi:standard", profile)
    assert year.not_stated == 24 * 3  # K10: price not stated
    assert not year.complete


def test_seeded_runs_are_reproducible_and_seeds_differ(by_id: dict[str, Contract]) -> None:
    profile = Profile.model_validate(_sample("small-webshop"))
    plans = [PlanRef(by_id["kiwi"], "standard"), PlanRef(by_id["mystore"], "service")]
    first = simulate_years(profile, plans, PARAMS, 100, times=False)
    again = simulate_years(profile, plans, PARAMS, 100, times=False)
    other = simulate_years(profile, plans, PARAMS, 100, seed=99, times=False)
    assert [p.totals.tolist() for p in first.plans] == [p.totals.tolist() for p in again.plans]
    assert [p.totals.tolist() for p in first.plans] != [p.totals.tolist() for p in other.plans]


def test_statistics_converge_as_years_grow(by_id: dict[str, Contract]) -> None:
    profile = Profile.model_validate(_sample("small-webshop"))
    plans = [PlanRef(by_id["mystore"], "service")]
    medians = [
        simulate_years(profile, plans, PARAMS, years, seed=seed, times=False)
        .plans[0]
        .percentile(50)
        for years in (1000,)
        for seed in (1, 2, 3)
    ]
    spread = (max(medians) - min(medians)) / max(medians)
    assert spread < Decimal("0.06")
    small = [
        simulate_years(profile, plans, PARAMS, 20, seed=seed, times=False).plans[0].percentile(50)
        for seed in (1, 2, 3)
    ]
    assert (max(small) - min(small)) / max(small) > spread  # fewer years, more scatter


def test_tickets_follow_the_profile() -> None:
    profile = Profile.model_validate(_sample("small-webshop"))
    tickets = draw_tickets(profile, 500)
    per_year = len(tickets) / 500
    assert per_year == pytest.approx(12 * 3.8, rel=0.05)
    assert (tickets.year[1:] >= tickets.year[:-1]).all()
    share_change = (tickets.cause == 3).mean()
    assert share_change == pytest.approx(0.15, abs=0.02)


def test_time_statistics(by_id: dict[str, Contract]) -> None:
    profile = exact(tickets_per_month={"critical": 2})
    result = simulate_years(profile, [PlanRef(by_id["kiwi"], "standard")], PARAMS, 2)
    kiwi = result.plans[0]
    assert kiwi.response.critical_median == 2.0  # K7: 2 clock hours, any day
    assert kiwi.work_start.median == 2.0


def _sample(name: str) -> dict[str, Any]:
    from models.yamlio import read_yaml

    data: dict[str, Any] = read_yaml(ROOT / "contracts" / "profiles" / f"{name}.yaml").data
    return data


def test_cli_annual_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from cli.app import main

    profile = tmp_path / "p.yaml"
    profile.write_text(
        "name: two a month\ntimezone: Asia/Jerusalem\ncounts: exact\n"
        "tickets_per_month: {normal: 2}\ncauses: {customer_caused: 1}\n"
        "effort_hours: {median: 1, p90: 1}\n",
        encoding="utf-8",
    )
    code = main(
        ["annual", "--profile", str(profile), "--plans", "kiwi", "--years", "5",
         "--currency", "EUR", "--format", "json"]
    )  # fmt: skip
    assert code == 0
    document = json.loads(capsys.readouterr().out)
    assert document["format"] == "termscope.annual/1"
    assert (document["years"], document["seed"]) == (5, 1)
    [kiwi] = document["plans"]
    assert kiwi["cost"] == {
        "p10": "4320.00", "p50": "4320.00", "p90": "4320.00",
        "fee": "0.00", "usage": "4320.00", "overflow": "0.00",
    }  # fmt: skip
    assert kiwi["converted"]["p50"] == "1107.69"  # 4,320 / 3.9
    assert kiwi["not_covered"] == {"count": 0, "share": 0.0, "reasons": {}}
    assert kiwi["not_stated"]["count"] == 0
    assert kiwi["response_hours"]["median"] is not None


def test_cli_annual_bad_profile(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from cli.app import main

    profile = tmp_path / "p.yaml"
    profile.write_text(
        "name: x\ntimezone: Asia/Jerusalem\ntickets_per_month: {normal: -1}\n"
        "causes: {customer_caused: 0.5}\neffort_hours: {median: 2, p90: 1}\n",
        encoding="utf-8",
    )
    assert main(["annual", "--profile", str(profile)]) == 1
    err = capsys.readouterr().err
    assert f"{profile}:3: tickets_per_month.normal: tickets per month cannot be negative" in err
    assert f"{profile}:4: causes: cause shares must add up to 1, not 0.5" in err
    assert f"{profile}:5: effort_hours: p90 (1) cannot be below the median (2)" in err


def test_a_parameter_of_zero_is_kept(by_id: dict[str, Contract]) -> None:
    profile = exact(
        tickets_per_month={"normal": 1},
        causes={"change_request": 1},
        effort="3",
        timezone="Europe/Stockholm",
    )
    contract_id, plan_id = "swedish-ecommerce", "service-agreement"
    result = simulate_years(
        profile,
        [PlanRef(by_id[contract_id], plan_id)],
        {contract_id: {"included_hours": Decimal(0)}},
        2,
        times=False,
    )
    # no included hours: every 3-hour case is billed at SEK 1,090 from January on
    assert result.plans[0].percentile(50) == Decimal(12 * 3 * 1090)
