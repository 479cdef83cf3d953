"""The engine's remembered clock answers (models/clock_memo.py) are the answers: every plan of
the bundled contracts gives the same results from a warm memo as from a fresh one, across DST
changes, zones and efforts; a clock that counts the effort is asked again for a new effort."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from contracts import bundled_comparison
from models import clock_memo, engine
from models.calendar import BusinessCalendar
from models.clocks import ClockContext, apply_clock, describe_clock
from models.engine import simulate
from models.result import MilestoneResult
from models.rules import MilestoneRule
from models.scenario import Scenario

STATE = bundled_comparison()


def _scenarios() -> list[Scenario]:
    """The samples, each also reported at the hours around the 2026 DST changes of Europe
    (29 Mar, 25 Oct) and Israel (27 Mar, 25 Oct), from other zones, with other efforts."""
    found = []
    moments = [
        datetime(2026, 3, 27, 1, 30, tzinfo=ZoneInfo("Asia/Jerusalem")),
        datetime(2026, 3, 28, 23, 45, tzinfo=ZoneInfo("Europe/Oslo")),
        datetime(2026, 10, 24, 16, 59, tzinfo=ZoneInfo("Europe/Stockholm")),
        # the same wall time twice as the clocks go back: two instants, one wall clock
        datetime(2026, 10, 25, 2, 30, fold=0, tzinfo=ZoneInfo("Europe/Oslo")),
        datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=ZoneInfo("Europe/Oslo")),
        datetime(2026, 10, 25, 1, 30, fold=0, tzinfo=ZoneInfo("Asia/Jerusalem")),
        datetime(2026, 10, 25, 1, 30, fold=1, tzinfo=ZoneInfo("Asia/Jerusalem")),
        datetime(2026, 3, 20, 23, 50, tzinfo=ZoneInfo("Asia/Tehran")),  # Nowruz eve
    ]
    for sample in STATE.scenarios:
        found.append(sample)
        for moment in moments:
            for effort in (Decimal("0.25"), Decimal("7.5")):
                found.append(
                    sample.model_copy(update={"reported_at": moment, "effort_hours": effort})
                )
    return found


def _all_results(scenarios: list[Scenario]) -> list[object]:
    return [
        simulate(ref.contract, ref.plan_id, scenario, STATE.parameters.get(ref.contract.id))
        for scenario in scenarios
        for ref in STATE.plan_refs()
    ]


def _unremembered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine asking the calendars every time, as before the memo."""

    def report_facts(calendar: BusinessCalendar, at: datetime) -> tuple[datetime, bool, bool]:
        local = calendar.local(at)
        return local, calendar.is_open(local), calendar.is_business_day(local.date())

    def milestone_time(
        ctx: ClockContext, rule: MilestoneRule, base: datetime
    ) -> tuple[datetime, str]:
        return apply_clock(ctx, rule.clock, base), describe_clock(ctx, rule.clock, rule.start)

    monkeypatch.setattr(engine, "report_facts", report_facts)
    monkeypatch.setattr(engine, "milestone_time", milestone_time)


def test_remembered_answers_are_the_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    scenarios = _scenarios()
    with monkeypatch.context() as patched:
        _unremembered(patched)
        expected = _all_results(scenarios)
    clock_memo.forget()
    assert _all_results(scenarios) == expected  # remembered as they are worked out
    assert _all_results(scenarios) == expected  # every answer from the memo
    # and in another order: what is remembered first does not matter
    clock_memo.forget()
    backwards = [_all_results([scenario]) for scenario in reversed(scenarios)]
    assert [r for results in reversed(backwards) for r in results] == expected


def test_a_clock_counting_the_effort_is_asked_again_for_a_new_effort() -> None:
    clock_memo.forget()
    sample = STATE.scenarios[9]  # the integration project
    longer = sample.model_copy(update={"effort_hours": sample.effort_hours + 5})
    ends: dict[Decimal, list[list[MilestoneResult | None]]] = {}
    for scenario in (sample, longer, sample):
        results = STATE.results(scenario, tracing=False)
        ends.setdefault(scenario.effort_hours, []).append(
            [r.milestones["resolution"] for r in results]
        )
    first, again = ends[sample.effort_hours]
    assert first == again
    moved = [
        (a.at, b.at)
        for a, b in zip(first, ends[longer.effort_hours][0], strict=True)
        if a is not None and b is not None and a.at != b.at
    ]
    assert moved  # the effort moves some resolutions: they were worked out again
    assert all(b - a >= timedelta(hours=5) for a, b in moved)


def test_the_memo_starts_again_past_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    clock_memo.forget()
    monkeypatch.setattr(clock_memo, "LIMIT", 3)
    _all_results(list(STATE.scenarios[:4]))
    assert len(clock_memo._milestones) <= 3
    assert len(clock_memo._reports) <= 3
