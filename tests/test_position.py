"""Where a draft stands, worked by hand.

The rival, Alpha Flex (tests/test_decision.py's vendor): no fee, work at EUR 120 an hour, first
answer within 4 clock hours. The draft, Beta Standard: EUR 600 a year (B1), work at EUR 110 an
hour (B2), first answer within 6 clock hours (B3).

The profile: exactly 2 normal tickets a month, customer-caused, each exactly 1 hour of work:
24 tickets, 24 hours a year (a zone without DST, so clock hours are wall hours).

* Alpha Flex: 24 × 120 = EUR 2,880 a year; median response 4 h.
* Beta Standard: 600 + 24 × 110 = EUR 3,240 a year; median response 6 h.

The price to beat of Beta Standard:
* hourly rate: 600 + 24 r = 2,880  →  r* = (24 × 120 − 600) / 24 = EUR 95 an hour;
* yearly fee: F + 24 × 110 = 2,880  →  F* = 2,880 − 2,640 = EUR 240;
* response time: the fastest at 4 h or less (Alpha's median is 4 h).

Beta Plus: EUR 1,200 a year (B1), 10 included service hours (B4), beyond them EUR 150 an hour
(B5): 1,200 + (24 − 10) × 150 = EUR 3,300. Cheapest when 1,200 + (24 − h) × 150 ≤ 2,880
→ h ≥ 24 − 1,680 / 150 = 12.8 included hours; but the yearly engine debits included hours in
whole quarter hours (12.8 h is 12.75 h: 1,200 + 11.25 × 150 = EUR 2,887.50, dearer), so the
price to beat is 13 h (1,200 + 11 × 150 = EUR 2,850).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from cli.app import main
from models.comparison import PlanRef
from models.contract import Contract
from models.criteria import Criteria, SpeedMeasure
from models.loading import parse_contract
from models.position import Position, PriceToBeat, position
from models.position_json import position_json
from models.profile import Profile
from tests.test_decision import ALPHA, RATES

# the same vendor header as Alpha's (EUR, no VAT, Reykjavik, weekday office hours)
BETA_HEADER = (
    ALPHA.split("clauses:")[0].replace("alpha", "beta").replace("Alpha", "Beta").replace("A1", "B1")
)
BETA = (
    BETA_HEADER
    + """
clauses:
  - {id: B1, original: "Standard costs EUR 600 a year.", english: "EUR 600 a year."}
  - {id: B2, original: "Work is EUR 110 an hour.", english: "Work is EUR 110 an hour."}
  - {id: B3, original: "We answer within 6 hours.", english: "We answer within 6 hours."}
  - {id: B4, original: "Plus includes 10 hours.", english: "Plus includes 10 hours."}
  - {id: B5, original: "Then EUR 150 an hour.", english: "Then EUR 150 an hour."}
parameters:
  - {name: plus_hours, unit: hours, default: 10, description: Included hours, clause: B4,
     provenance: stated}
plans:
  - id: standard
    name: Standard
    fee: {kind: fixed, amount: 600, period: year, clause: B1, provenance: stated}
    milestones:
      response:
        - {clock: {kind: clock_hours, hours: 6}, kind: commitment, clause: B3, provenance: stated}
    pricing:
      - {kind: hourly, rate: 110, label: Work, clause: B2, provenance: stated}
  - id: plus
    name: Plus
    fee: {kind: fixed, amount: 1200, period: year, clause: B1, provenance: stated}
    quotas:
      - {kind: included_service_hours, parameter: plus_hours, causes: [customer_caused],
         clause: B4, provenance: stated}
    pricing:
      - {kind: service_hours, overflow_rate: 150, label: Support, clause: B5,
         provenance: stated}
"""
)

CRITERIA = Criteria(speed=[SpeedMeasure(milestone="response", statistic="median", severity="all")])


def _profile() -> Profile:
    return Profile.model_validate(
        {
            "name": "two a month",
            "timezone": "Atlantic/Reykjavik",
            "counts": "exact",
            "tickets_per_month": {"normal": 2},
            "causes": {"customer_caused": 1},
            "effort_hours": {"median": 1, "p90": 1},
        }
    )


@pytest.fixture(scope="module")
def beta() -> Contract:
    return parse_contract(BETA, "beta.yaml")


@pytest.fixture(scope="module")
def result(beta: Contract) -> Position:
    flex = PlanRef(parse_contract(ALPHA, "alpha.yaml"), "flex")
    return position(beta, [flex], _profile(), {}, RATES, "EUR", CRITERIA, years=20)


def _price(result: Position, plan: str, kind: str, goal: str) -> PriceToBeat:
    found = next(p for p in result.plans if p.ref.plan_id == plan)
    return next(p for p in found.prices if p.price.kind == kind and p.goal == goal)


def test_rank_and_where_the_draft_loses(result: Position) -> None:
    standard = next(p for p in result.plans if p.ref.plan_id == "standard")
    assert standard.outcome.loaded_cost == Decimal(3240)  # 600 + 24 × 110
    assert standard.other is not None
    assert standard.other.key == "alpha:flex"
    assert standard.outcome.rank == 2
    assert standard.cost_gap == Decimal(360)  # 3,240 − 2,880
    # cost: 100 × 2,880 / 3,240 = 88.89 points, weight 0.5 → 5.56 behind;
    # speed: 100 × 4 / 6 = 66.67 points, weight 0.3 → 10 behind; coverage equal
    gaps = {loss.part: loss.weighted_gap for loss in standard.losses}
    assert [loss.part for loss in standard.losses] == ["speed", "yearly_cost", "coverage"]
    assert gaps["speed"] == pytest.approx(10.0)
    assert gaps["yearly_cost"] == pytest.approx(5.56, abs=0.01)
    assert gaps["coverage"] == 0.0


def test_the_hourly_rate_to_beat(result: Position) -> None:
    rate = _price(result, "standard", "hourly_rate", "cheapest")
    assert rate.status == "solved"
    assert rate.value is not None
    assert abs(rate.value - Decimal(95)) <= Decimal("0.01")  # (24 × 120 − 600) / 24


def test_the_fee_to_beat(result: Position) -> None:
    fee = _price(result, "standard", "fee", "cheapest")
    assert fee.status == "solved"
    assert fee.value is not None
    assert abs(fee.value - Decimal(240)) <= Decimal("0.01")  # 2,880 − 24 × 110


def test_the_response_time_to_beat(result: Position) -> None:
    fastest = _price(result, "standard", "response", "fastest")
    assert fastest.status == "solved"
    assert fastest.value == Decimal("4.00")  # Alpha answers in 4 h
    # to win: at 4 h speed ties (100 points each) and the cost part decides for Alpha; a faster
    # answer than Alpha's lowers Alpha's speed points to 100 × t / 4:
    # Beta 0.5 × 88.89 + 0.3 × 100 + 20 = 94.44 > Alpha 0.5 × 100 + 0.3 × 100 × t / 4 + 20
    # → t < (94.44 − 70) / 7.5 = 3.259 h
    winner = _price(result, "standard", "response", "winner")
    assert winner.status == "solved"
    assert winner.value is not None
    assert Decimal("3.25") <= winner.value <= Decimal("3.26")


def test_included_hours_to_beat(result: Position) -> None:
    hours = _price(result, "plus", "included_hours", "cheapest")
    assert hours.status == "solved"
    assert hours.value is not None
    assert hours.value == Decimal("13.00")  # 12.8 h, counted in whole quarter hours


def test_already_cheapest_and_cannot(beta: Contract) -> None:
    # against a rival at EUR 200 an hour (24 × 200 = 4,800), Standard (3,240) is already the
    # cheapest and stays so up to a rate of (4,800 − 600) / 24 = 175
    dear = parse_contract(ALPHA.replace("rate: 120", "rate: 200"), "alpha.yaml")
    found = position(beta, [PlanRef(dear, "flex")], _profile(), {}, RATES, "EUR", CRITERIA, 20)
    rate = _price(found, "standard", "hourly_rate", "cheapest")
    assert rate.status == "already"
    assert rate.value is not None
    assert abs(rate.value - Decimal(175)) <= Decimal("0.01")
    # against a free rival nothing but a price of 0 could do, and the fee alone cannot
    free = parse_contract(ALPHA.replace("rate: 120", "rate: 0"), "alpha.yaml")
    found = position(beta, [PlanRef(free, "flex")], _profile(), {}, RATES, "EUR", CRITERIA, 20)
    fee = _price(found, "standard", "fee", "cheapest")
    assert fee.status == "cannot"
    assert fee.note == "cannot become the cheapest by this figure alone"


def test_position_json(result: Position) -> None:
    document = position_json(result)
    assert document["format"] == "termscope.position/1"
    standard = document["plans"][0]
    assert standard["plan"] == "standard"
    assert standard["rank"] == 2
    rate = next(p for p in standard["prices_to_beat"] if p["kind"] == "hourly_rate")
    assert rate["current"] == "110"
    assert abs(Decimal(rate["value"]) - 95) <= Decimal("0.01")


def test_position_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft, rival = tmp_path / "beta.yaml", tmp_path / "alpha.yaml"
    draft.write_text(BETA, encoding="utf-8")
    rival.write_text(ALPHA, encoding="utf-8")
    profile = tmp_path / "profile.yaml"
    profile.write_text(json.dumps(_profile().model_dump(mode="json")), encoding="utf-8")
    argv = [
        "position",
        "--draft",
        str(draft),
        "--profile",
        str(profile),
        "--contracts",
        str(rival),
        "--against",
        "alpha:flex",
        "--currency",
        "EUR",
        "--years",
        "20",
    ]
    assert main([*argv, "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [p["plan"] for p in document["plans"]] == ["standard", "plus"]
    assert main(argv) == 0
    table = capsys.readouterr().out
    assert "Beta Support · Standard: rank 2 of 2" in table
    assert "the cheapest at EUR\xa095.00 or less (now EUR\xa0110.00)" in table
    assert main([*argv[:-4], "--against", "alpha:gold"]) == 1
    assert "no plan 'gold'" in capsys.readouterr().err
