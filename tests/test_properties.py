"""Properties every answer of every bundled plan keeps, for any scenario inside the input bounds
(hypothesis strategies over the scenario model; issue 11 asks for them where they fit).

* no milestone comes before the report, and they come in order: response and work start
  before resolution, resolution before release (when they count from one another);
* a stated cost is never negative, and net + VAT = gross;
* "complete" means every line has a figure; a missing figure is never 0 in disguise;
* the elapsed time of a milestone is the real time between two instants (UTC), so it does not
  depend on the zone the report was typed in.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contracts import bundled_comparison
from models.comparison import PlanRef
from models.engine import simulate
from models.scenario import Scenario
from models.vocabulary import CAUSES, SEVERITIES

ZONES = ("Asia/Jerusalem", "Europe/Oslo", "Asia/Tehran", "Europe/Stockholm", "UTC")
STATE = bundled_comparison()
PLANS: list[PlanRef] = STATE.plan_refs()


def _hours(most: int) -> st.SearchStrategy[Decimal]:
    return st.integers(min_value=0, max_value=most * 4).map(lambda q: Decimal(q) / 4)


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    zone = ZoneInfo(draw(st.sampled_from(ZONES)))
    # an instant (UTC minutes), shown in the zone: never a local time that does not exist
    minutes = draw(st.integers(min_value=0, max_value=5 * 366 * 24 * 60))
    at = (datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=minutes)).astimezone(zone)
    return Scenario.model_validate(
        {
            "name": "property",
            "reported_at": at,
            "severity": draw(st.sampled_from(SEVERITIES)),
            "cause": draw(st.sampled_from(CAUSES)),
            "effort_hours": draw(_hours(40)),
            "on_site_hours": draw(
                st.sampled_from([Decimal(0), Decimal(0), Decimal(2), Decimal(5)])
            ),
            "after_hours": draw(st.booleans()),
            "requires_release": draw(st.booleans()),
            "issue_age_hours": draw(_hours(72)),
        }
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario=scenarios(), index=st.integers(min_value=0, max_value=len(PLANS) - 1))
def test_every_plan_answers_in_order_and_in_real_time(scenario: Scenario, index: int) -> None:
    ref = PLANS[index]
    result = simulate(ref.contract, ref.plan_id, scenario, STATE.parameters.get(ref.contract.id))
    reported = scenario.reported_at
    times = {n: m.at for n, m in result.milestones.items() if m is not None}
    for name, at in times.items():
        assert at >= reported, (ref.key, name)
        elapsed = result.elapsed(name)
        assert elapsed is not None
        assert elapsed == at.astimezone(UTC) - reported.astimezone(UTC)
    if "resolution" in times and "work_start" in times:
        assert times["resolution"] >= times["work_start"], ref.key
    if "release" in times and "resolution" in times:
        assert times["release"] >= times["resolution"], ref.key
    cost = result.cost
    assert cost.complete == all(line.amount is not None for line in cost.lines)
    for line in cost.lines:
        assert line.amount is None or line.amount >= 0, (ref.key, line.label)
        assert line.amount is not None or line.reason, (ref.key, line.label)
    if cost.complete:
        assert cost.net is not None
        assert cost.vat is not None
        assert cost.gross is not None
        assert cost.net >= 0
        assert cost.net + cost.vat == cost.gross
    else:
        assert cost.net is None


@pytest.mark.parametrize("ref", PLANS, ids=[r.key for r in PLANS])
def test_the_zone_a_report_is_typed_in_changes_nothing(ref: PlanRef) -> None:
    # 2026-03-27 01:30 in Jerusalem, the night the clocks move: typed there or in UTC
    local = datetime(2026, 3, 27, 1, 30, tzinfo=ZoneInfo("Asia/Jerusalem"))
    answers = []
    for at in (local, local.astimezone(UTC)):
        scenario = Scenario.model_validate(
            {"name": "typed", "reported_at": at, "severity": "critical", "effort_hours": 3}
        )
        result = simulate(
            ref.contract, ref.plan_id, scenario, STATE.parameters.get(ref.contract.id)
        )
        answers.append(
            (
                {n: m.at.astimezone(UTC) for n, m in result.milestones.items() if m},
                {n: result.elapsed(n) for n in result.milestones},
                result.cost.net,
                result.status,
            )
        )
    assert answers[0] == answers[1]
