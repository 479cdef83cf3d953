"""Contract files that looked valid but broke later: each is now refused at validation, with the
file, the line and the rule's own path."""

from __future__ import annotations

from contracts import BUNDLED_DIR
from models.contract import Contract
from tests.conftest import Run, contract_errors, line_of

KIWI_TEXT = (BUNDLED_DIR / "kiwi.yaml").read_text(encoding="utf-8")
KIAN_TEXT = (BUNDLED_DIR / "kianpardaz.yaml").read_text(encoding="utf-8")


def test_an_empty_week_is_refused_at_its_line() -> None:
    week = KIWI_TEXT[KIWI_TEXT.index("  week:\n") : KIWI_TEXT.index("holidays:\n")]
    text = KIWI_TEXT.replace(week, "  week: {}\n")
    line = line_of(text, "week: {}")
    assert contract_errors(text) == [
        (
            f"bad.yaml:{line}: office_hours.week: office hours need at least one open interval "
            "in the week"
        )
    ]


def test_a_response_counted_from_a_later_milestone_is_refused_at_its_from_line() -> None:
    old = "        - clock: {kind: business_hours, hours: 3}\n"
    assert old in KIWI_TEXT
    text = KIWI_TEXT.replace(old, "        - from: resolution\n  " + old[2:].replace("- ", "  ", 1))
    line = line_of(text, "from: resolution")
    assert contract_errors(text) == [
        (
            f"bad.yaml:{line}: plans[0].milestones.response[1].from: response cannot be counted "
            "from resolution (a milestone is counted from one worked out before it: report)"
        )
    ]


def test_a_milestone_counted_from_itself_is_a_cycle() -> None:
    old = "          from: work_start\n          clock: {kind: clock_hours, hours: effort}\n"
    text = KIWI_TEXT.replace(old, old.replace("from: work_start", "from: resolution"), 1)
    errors = contract_errors(text)
    assert len(errors) == 1
    assert (
        "plans[0].milestones.resolution[0].from: resolution cannot be counted from resolution"
        in (errors[0])
    )


def test_a_missing_clause_points_at_the_citing_rule() -> None:
    # Kiwi's K10 change-request rule is the first work_start rule; cite K99 instead.
    old = (
        "          clause: K10\n          provenance: stated\n"
        "        - when: {severity: [critical]}"
    )
    assert old in KIWI_TEXT
    text = KIWI_TEXT.replace(old, old.replace("K10", "K99"))
    line = line_of(text, "clause: K99")
    errors = contract_errors(text)
    assert len(errors) == 1
    assert errors[0].startswith(
        f"bad.yaml:{line}: plans[0].milestones.work_start[0].clause: clause 'K99' is not in "
        "`clauses`"
    )


def test_a_quote_not_in_its_clause_points_at_the_quote() -> None:
    old = 'quote: "مصرف ماهیانه: حداقل ۵ ساعت'
    assert old in KIAN_TEXT
    text = KIAN_TEXT.replace(old, 'quote: "مصرف سالانه: حداقل ۵ ساعت')
    line = line_of(text, "مصرف سالانه")
    errors = contract_errors(text)
    assert len(errors) == 1
    # the rule sits in an anchor under x-shared: its line is the anchor's, its path the plan's
    assert errors[0].startswith(f"bad.yaml:{line}: plans[6].quotas[2].quote: ")
    assert "is not in clause P11's original" in errors[0]


def test_a_missing_parameter_points_at_the_rule_field() -> None:
    old = "parameter: product_price, period: year"
    text = KIAN_TEXT.replace(old, "parameter: product_prize, period: year", 1)
    line = line_of(text, "product_prize")
    errors = contract_errors(text)
    assert len(errors) == 1
    assert errors[0].startswith(f"bad.yaml:{line}: ")
    assert "fee.parameter: parameter 'product_prize' is not in `parameters`" in errors[0]


def test_the_not_covered_line_keeps_the_scope_rules_provenance(
    contracts: dict[str, Contract], run: Run
) -> None:
    # SiteCom S5 is stated; re-marked as interpreted, the "not covered" line must say so too.
    sitecom = contracts["sitecom"]
    result = run("sitecom", "standard", "2026-06-08T10:00+03:30", cause="change_request")
    assert [(line.label, line.provenance) for line in result.cost.lines] == [
        ("Not covered", "stated")
    ]
    plan = sitecom.plans[0]
    scope = [rule.model_copy(update={"provenance": "interpreted"}) for rule in plan.scope]
    changed = sitecom.model_copy(update={"plans": [plan.model_copy(update={"scope": scope})]})
    from models.engine import simulate
    from tests.conftest import scenario

    result = simulate(
        changed, "standard", scenario("2026-06-08T10:00+03:30", cause="change_request")
    )
    assert [(line.label, line.provenance) for line in result.cost.lines] == [
        ("Not covered", "interpreted")
    ]
