"""The decision, worked by hand on two small offers from one invented vendor.

Alpha sells two plans (EUR, no VAT, a zone without DST so clock hours are wall hours):

* `basic`: EUR 1,200 a year (clause A1), work at EUR 100 an hour (A2), first answer within
  2 clock hours (A3, *interpreted*; the other reading is 6 clock hours);
* `flex`: no fee, work at EUR 120 an hour (A4), first answer within 4 clock hours (A5).

The profile: exactly 2 normal tickets a month, all customer-caused, each exactly 1 hour of
work (median = P90 = 1 h, so every drawn effort is 1 h), so a year has 24 tickets:

* basic: 1,200 + 24 × 1 h × 100 = EUR 3,600 a year; median response 2 h;
* flex:          24 × 1 h × 120 = EUR 2,880 a year; median response 4 h.

Score with the default weights (cost 50 %, speed 30 %, coverage 20 %) and one speed measure
(the median response): cost points flex 100, basic 100 × 2,880 / 3,600 = 80; speed points basic
100, flex 100 × 2 / 4 = 50; both price every ticket (coverage 100).

* basic: 0.5 × 80 + 0.3 × 100 + 0.2 × 100 = 90
* flex:  0.5 × 100 + 0.3 × 50 + 0.2 × 100 = 85

Break-even: 1,200 + 12 n × 100 = 12 n × 120  →  n = 1,200 / 240 = 5 tickets a month.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cli.app import main
from models.comparison import PlanRef
from models.contract import Contract
from models.criteria import Criteria, SpeedMeasure, YearlyCostAtMost
from models.decide import Decision, decide
from models.decision import rank
from models.decision_view import decision_view
from models.loading import parse_contract
from models.profile import Profile
from models.rates import Rates
from models.readings import reading_choices, with_reading

ALPHA = """
format: termscope.contract/1
id: alpha
vendor: Alpha Support
source: {document: alpha.txt, language: en}
currency: EUR
vat: {rate: "0", clause: A1, provenance: stated}
timezone: Atlantic/Reykjavik
office_hours:
  provenance: stated
  clause: A1
  week:
    monday: ["09:00-17:00"]
    tuesday: ["09:00-17:00"]
    wednesday: ["09:00-17:00"]
    thursday: ["09:00-17:00"]
    friday: ["09:00-17:00"]
holidays: {country: null, provenance: stated, clause: A1}
clauses:
  - {id: A1, original: "Basic costs EUR 1200 a year.", english: "Basic costs EUR 1200 a year."}
  - {id: A2, original: "Work on Basic is EUR 100 an hour.", english: "Work is EUR 100 an hour."}
  - {id: A3, original: "Basic answers within 2 hours.", english: "Basic answers in 2 hours."}
  - {id: A4, original: "Flex work is EUR 120 an hour.", english: "Flex work: EUR 120 an hour."}
  - {id: A5, original: "Flex answers within 4 hours.", english: "Flex answers in 4 hours."}
  - {id: A6, original: "New work by quote.", english: "New work by quote."}
plans:
  - id: basic
    name: Basic
    fee: {kind: fixed, amount: 1200, period: year, clause: A1, provenance: stated}
    milestones:
      response:
        - clock: {kind: clock_hours, hours: 2}
          kind: commitment
          clause: A3
          provenance: interpreted
          reading: 2 clock hours.
          alternatives:
            - reading: 6 clock hours.
              set: {clock: {kind: clock_hours, hours: 6}}
    pricing:
      - {kind: hourly, rate: 100, label: Work, clause: A2, provenance: stated}
  - id: flex
    name: Flex
    milestones:
      response:
        - {clock: {kind: clock_hours, hours: 4}, kind: commitment, clause: A5, provenance: stated}
    pricing:
      - kind: not_stated
        when: {cause: [change_request]}
        label: New work
        clause: A6
        provenance: not_stated
      - {kind: hourly, rate: 120, label: Work, clause: A4, provenance: stated}
"""

RATES = Rates.model_validate({"date": "2026-11-01", "base": "EUR", "rates": {"EUR": 1}})
RESPONSE_ONLY = [SpeedMeasure(milestone="response", statistic="median", severity="all")]


def _profile(**changes: object) -> Profile:
    data: dict[str, object] = {
        "name": "two a month",
        "timezone": "Atlantic/Reykjavik",
        "counts": "exact",
        "tickets_per_month": {"normal": 2},
        "causes": {"customer_caused": 1},
        "effort_hours": {"median": 1, "p90": 1},
    }
    data.update(changes)
    return Profile.model_validate(data)


@pytest.fixture(scope="module")
def alpha() -> Contract:
    return parse_contract(ALPHA, "alpha.yaml")


def _plans(contract: Contract) -> list[PlanRef]:
    return [PlanRef(contract, "basic"), PlanRef(contract, "flex")]


def _decide(contract: Contract, criteria: Criteria | None = None, years: int = 50) -> Decision:
    criteria = criteria or Criteria(speed=RESPONSE_ONLY)
    return decide(_profile(), _plans(contract), {}, RATES, "EUR", criteria, years=years)


@pytest.fixture(scope="module")
def decision(alpha: Contract) -> Decision:
    return _decide(alpha)


def test_yearly_cost_of_ownership(decision: Decision) -> None:
    basic, flex = decision.metrics["alpha:basic"], decision.metrics["alpha:flex"]
    assert basic.cost.fee == Decimal(1200)
    assert basic.cost.mean == Decimal(3600)  # 1,200 + 24 × 100
    assert basic.cost.usage == Decimal(2400)
    assert flex.cost.mean == flex.cost.p10 == flex.cost.p90 == Decimal(2880)  # 24 × 120
    assert basic.cost.complete
    assert flex.cost.complete
    assert basic.response.median == 2.0
    assert flex.response.median == 4.0


def test_ranking_by_score_with_its_parts(decision: Decision) -> None:
    first, second = decision.ranking.outcomes
    assert (first.key, first.score) == ("alpha:basic", 90.0)
    assert (second.key, second.score) == ("alpha:flex", 85.0)
    points = {p.name: p.points for p in first.parts}
    assert points == {"yearly_cost": 80.0, "speed": 100.0, "coverage": 100.0}
    assert [p.points for p in second.parts] == [100.0, 50.0, 100.0]
    assert "A3" in next(p for p in first.parts if p.name == "speed").clauses
    assert {"A1", "A2"} <= set(next(p for p in first.parts if p.name == "yearly_cost").clauses)
    assert decision.winner is not None
    assert decision.winner.key == "alpha:basic"
    assert decision.why.startswith("Alpha Support · Basic wins with 90 points, 5 ahead of")
    assert "faster" in decision.why  # speed is the part that decides (+15 against -10)


def test_a_knockout_ranks_a_better_score_after_every_pass(alpha: Contract) -> None:
    budget = YearlyCostAtMost(amount=Decimal(3000), currency="EUR", percentile="p50")
    outcome = _decide(alpha, Criteria(speed=RESPONSE_ONLY, knockouts=[budget]), years=20)
    first, second = outcome.ranking.outcomes
    assert first.key == "alpha:flex"
    assert first.passed
    assert second.key == "alpha:basic"
    assert not second.passed
    failed = second.failed[0]
    assert failed.reason == "EUR\u00a03,600.00"  # its P50 year is above the EUR 3,000 budget
    assert "A1" in failed.clauses
    assert outcome.winner is not None
    assert outcome.winner.key == "alpha:flex"


def test_an_interpreted_reading_flips_the_winner(decision: Decision, alpha: Contract) -> None:
    # Read A3 as 6 clock hours: speed points basic 100 × 4 / 6 = 66.67, flex 100;
    # basic 40 + 0.3 × 66.67 + 20 = 80 < flex 50 + 30 + 20 = 100.
    choice = reading_choices(alpha)[0]
    variant = with_reading(alpha, choice)
    assert variant.plan("basic").milestones.response[0].clock.hours == 6  # type: ignore[union-attr]
    flip = next(c for c in decision.checks if c.kind == "reading")
    assert (flip.source, flip.alternative) == ("A3", "6 clock hours.")
    assert flip.flips
    assert flip.winner == "alpha:flex"
    assert flip.cost_change == 0  # a reading of time: the costs do not move
    assert decision.flips[0] is flip


def test_volume_flips_and_break_even(decision: Decision) -> None:
    half, double = (c for c in decision.checks if c.kind == "volume")
    # 1 ticket a month: basic 1,200 + 1,200 = 2,400 vs flex 1,440 → cost points 60 → 80 < 85
    assert half.flips
    assert half.winner == "alpha:flex"
    # 4 tickets a month: basic 6,000 vs flex 5,760 → cost points 96 → 98 > 85
    assert not double.flips
    (point,) = decision.break_even
    assert point.against == "alpha:flex"
    assert point.tickets_per_month is not None
    assert abs(point.tickets_per_month - 5) <= Decimal("0.3")  # 1,200 / (12 × 20) = 5
    assert point.complete


def test_questions_for_the_vendor(decision: Decision) -> None:
    asked = {q.clause: q for q in decision.questions}
    # the interpreted reading that flips the winner comes first
    assert decision.questions[0].clause == "A3"
    assert decision.questions[0].flips
    assert "Or do they mean: 6 clock hours." in asked["A3"].question
    assert asked["A3"].impact_text == (
        "no effect on yearly costs (times may change); changes the winner to Alpha Support · Flex"
    )
    # a price the terms do not state, which no ticket of this profile meets, is not asked
    assert "A6" not in asked


def test_a_price_not_stated_that_tickets_meet_is_asked(alpha: Contract) -> None:
    profile = _profile(causes={"customer_caused": Decimal("0.5"), "change_request": Decimal("0.5")})
    outcome = decide(profile, _plans(alpha), {}, RATES, "EUR", Criteria(speed=RESPONSE_ONLY), 20)
    flex = outcome.metrics["alpha:flex"]
    assert flex.unpriced_share == pytest.approx(0.5, abs=0.02)
    assert not flex.cost.complete
    question = next(q for q in outcome.questions if q.clause == "A6")
    assert question.provenance == "not_stated"
    assert "give no price" in question.question
    assert "tickets a year of this plan have no price" in question.impact_text
    # its yearly cost shows the known part and is ranked loaded, never silently cheapest
    cell = decision_view(outcome).ranking.rows[
        [r.key for r in decision_view(outcome).ranking.rows].index("alpha:flex")
    ]["yearly"]
    assert cell.text.endswith("% unpriced")
    assert not cell.best


def test_decide_command_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    contract = tmp_path / "alpha.yaml"
    contract.write_text(ALPHA, encoding="utf-8")
    profile = tmp_path / "profile.yaml"
    profile.write_text(
        "format: termscope.profile/1\nname: two a month\ntimezone: Atlantic/Reykjavik\n"
        "counts: exact\ntickets_per_month: {normal: 2}\ncauses: {customer_caused: 1}\n"
        "effort_hours: {median: 1, p90: 1}\n",
        encoding="utf-8",
    )
    criteria = tmp_path / "criteria.yaml"
    criteria.write_text(
        "format: termscope.criteria/1\nspeed:\n  - {milestone: response, statistic: median}\n",
        encoding="utf-8",
    )
    code = main(
        ["decide", "--profile", str(profile), "--criteria", str(criteria), "--contracts",
         str(contract), "--currency", "EUR", "--years", "30", "--format", "json"]
    )  # fmt: skip
    assert code == 0
    document = json.loads(capsys.readouterr().out)
    assert document["format"] == "termscope.decision/1"
    assert document["winner"]["plan"] == "basic"
    basic = document["plans"][0]
    assert basic["yearly_cost"]["mean"] == "3600.00"
    assert basic["rank"] == 1
    assert [p["points"] for p in basic["score"]["parts"]] == [80.0, 100.0, 100.0]
    assert document["flips"][0]["clause"] == "A3"
    assert document["flips"][0]["new_winner"] == "alpha:flex"
    assert document["break_even"][0]["against"] == "alpha:flex"
    assert document["questions"][0]["clause"] == "A3"


def test_criteria_file_errors_name_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    criteria = tmp_path / "criteria.yaml"
    criteria.write_text("format: termscope.criteria/1\nweights:\n  speed: -1\n", encoding="utf-8")
    profile = "contracts/profiles/small-webshop.yaml"
    code = main(["decide", "--profile", profile, "--criteria", str(criteria)])
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert f"{criteria}:3: weights.speed" in err


def test_criteria_schema_is_shipped_and_the_sample_validates() -> None:
    from contracts import BUNDLED_DIR
    from models.criteria import criteria_schema, load_criteria

    shipped = json.loads((BUNDLED_DIR / "criteria.schema.json").read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(criteria_schema()))
    sample = load_criteria(BUNDLED_DIR / "samples" / "criteria.yaml")
    assert [k.kind for k in sample.knockouts] == ["all_tickets_priced", "yearly_cost_at_most"]
    assert sample.describe().startswith("Sample criteria for a web shop: yearly cost 50 %")


def test_on_site_knockout_reads_the_bundled_clauses() -> None:
    from contracts import bundled_comparison
    from models.decision import on_site_availability

    state = bundled_comparison()
    refs = {r.key: r for r in state.plan_refs()}

    def available(key: str, severities: list[str]) -> tuple[bool, str, str | None]:
        ref = refs[key]
        return on_site_availability(ref, state.parameters.get(ref.contract.id, {}), severities)

    # P10: Silver project package, at most one visit a year, for critical problems only
    assert available("kianpardaz:project-silver", ["critical"])[0]
    refused = available("kianpardaz:project-silver", ["critical", "high"])
    assert refused == (
        False,
        "high: On-site visit: on-site visits only for critical requests",
        "P10",
    )
    # K3: Kiwi visits at ILS 250 an hour, at least 2 hours: a price is known
    assert available("kiwi:standard", ["critical"])[0]
    # Mystore's terms price no visit at all
    assert not available("mystore:support", ["critical"])[0]


def test_how_sure_in_one_sentence(decision: Decision) -> None:
    # 3 changes tried: the A3 reading (flips), two volumes (half flips); no rates, no parameters
    assert decision.sureness == (
        "The winner holds under 1 of 3 changes tried; it changes with Alpha Support A3: "
        "6 clock hours. (→ Alpha Support · Flex); ticket volume: 1.0 tickets a month "
        "(0.5× the profile) (→ Alpha Support · Flex)."
    )


def test_a_fee_only_parameter_moves_the_fee_like_a_new_simulation() -> None:
    from contracts import bundled_comparison, bundled_profiles
    from models.decision import plan_metrics
    from models.sensitivity import Context, YearlyRunner, _param_metrics, _with_param

    state = bundled_comparison()
    refs = [r for r in state.plan_refs() if r.contract.id == "kianpardaz"][:3]  # product plans
    criteria = Criteria()
    runner = YearlyRunner(bundled_profiles()[0], 30, None)
    annual = runner.run(refs, state.parameters)
    metrics = plan_metrics(annual, refs, state.rates, "EUR", criteria, state.parameters)
    context = Context(
        runner, refs, state.parameters, state.rates, "EUR", criteria, metrics,
        rank(metrics, criteria, state.rates), annual,
    )  # fmt: skip
    # P9: the product packages cost 20 / 30 / 40 % of the product price a year
    params = _with_param(state.parameters, "kianpardaz", "product_price", Decimal(1_800_000_000))
    shifted = _param_metrics(context, refs, params, "product_price")
    simulated = context.metrics_of(refs, params, times=False)
    for ref in refs:
        mine, again = shifted[ref.key].cost, simulated[ref.key].cost
        assert (mine.mean, mine.p10, mine.p50, mine.p90, mine.fee) == (
            again.mean, again.p10, again.p50, again.p90, again.fee,
        )  # fmt: skip
    # Gold: 40 % of IRR 1.8 billion = IRR 720,000,000 = EUR 1,500 at 480,000 IRR to the euro
    assert shifted["kianpardaz:product-gold"].cost.fee == Decimal(1500)


@settings(max_examples=25, deadline=None)
@given(
    weights=st.tuples(*(st.integers(min_value=0, max_value=10) for _ in range(3))).filter(any),
    statistic=st.sampled_from(["mean", "p10", "p50", "p90"]),
)
def test_any_criteria_give_scores_between_0_and_100_in_rank_order(
    decision: Decision, weights: tuple[int, int, int], statistic: str
) -> None:
    criteria = Criteria.model_validate(
        {
            "weights": dict(zip(("yearly_cost", "speed", "coverage"), weights, strict=True)),
            "cost_statistic": statistic,
            "speed": [{"milestone": "response"}],
        }
    )
    ranking = rank(decision.metrics, criteria, RATES)
    scores = [o.score for o in ranking.outcomes]
    assert all(0 <= s <= 100 for s in scores)
    assert scores == sorted(scores, reverse=True)  # no knockouts: the score decides
    assert [o.rank for o in ranking.outcomes] == [1, 2]
