"""Questions for each vendor: every unclear reading that matters to the decision, to send them.

An item behind a compared plan that is `not_stated`, `assumed` or `interpreted` (and every
parameter the user has not supplied) becomes a question when it can matter:

* it has an alternative reading or is a parameter, and the checks measured how far it moves a
  plan's yearly cost (and whether it flips the winner);
* it is a price the terms do not state (or give by quote) that tickets of the profile meet;
* otherwise it belongs to one of the leading plans (the first three), where any doubt matters.

Questions are sorted: those that flip the winner first, then by how much they move the yearly
cost, then by how many tickets a year meet them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from models.comparison import PlanRef, plan_title
from models.decision import PlanMetrics, Ranking
from models.parameters import resolve
from models.rules import Cited, NotStated, PriceRule, QuoteRequired
from models.sensitivity import Check
from models.wording import N_, Amount, Figure, Phrase

LEADING = 3


@dataclass(frozen=True)
class Question:
    vendor: str
    contract: str
    plans: tuple[str, ...]  # the plan keys it concerns
    clause: str | None
    provenance: str  # not_stated, assumed, interpreted, or not_supplied (a parameter)
    assumed: str  # what the comparison assumes now
    question: str
    impact: Decimal | None  # how far the answer could move a yearly cost (comparison currency)
    impact_text: str
    flips: bool = False
    # the texts above said from phrases, to say them again in another language (`said`)
    phrases: tuple[tuple[str, Phrase], ...] = ()


def _ask(rule: Cited, label: str, alternative: str | None) -> Phrase:
    """The question to send; `label`, the readings and the clause id are the contract's words."""
    clause = (
        Phrase.of(N_("Clause {clause}"), clause=rule.clause)
        if rule.clause
        else Phrase.of(N_("Your terms"))
    )
    if isinstance(rule, QuoteRequired):
        return Phrase.of(
            N_(
                "{clause}: “{label}” is priced by quote. What would a typical request of this "
                "kind cost, and how soon is the quote given?"
            ),
            clause=clause,
            label=label,
        )
    if isinstance(rule, NotStated) or rule.provenance == "not_stated":
        return Phrase.of(
            N_(
                "{clause}: the terms mention “{label}” but give no price. What do you charge "
                "(rate, billing increment, minimum charge)?"
            ),
            clause=clause,
            label=label,
        )
    reading = rule.reading or label
    if rule.provenance == "assumed":
        return Phrase.of(
            N_(
                "{clause}: the terms do not say this; we assumed: {reading} "
                "Is that right, and if not, what applies?"
            ),
            clause=clause,
            reading=reading,
        )
    if alternative:
        return Phrase.of(
            N_(
                "{clause}: we read the terms as: {reading} Or do they mean: {other} Which "
                "reading applies?"
            ),
            clause=clause,
            reading=reading,
            other=alternative,
        )
    return Phrase.of(
        N_("{clause}: we read the terms as: {reading} Which reading applies?"),
        clause=clause,
        reading=reading,
    )


def vendor_questions(
    ranking: Ranking,
    metrics: Mapping[str, PlanMetrics],
    plans: Sequence[PlanRef],
    params: Mapping[str, Mapping[str, Decimal]],
    checks: Sequence[Check],
    money: Callable[[Decimal, str], str],
    currency: str,
) -> list[Question]:
    leading = {o.key for o in ranking.outcomes[:LEADING]}
    names = {ref.key: plan_title(ref) for ref in plans}
    questions: dict[QuestionKey, Question] = {}
    for ref in plans:
        contract = ref.contract
        unpriced = metrics[ref.key].unpriced_share * metrics[ref.key].tickets_per_year
        for place, rule in contract.cited_rules_with_place(plan_id=ref.plan_id):
            if rule.provenance == "stated" or place.startswith("parameter "):
                continue
            label = rule.label if isinstance(rule, PriceRule) else place.split(" · ")[-1]
            alternative = rule.alternatives[0].reading if rule.alternatives else None
            related = [
                c
                for c in checks
                if c.kind == "reading"
                and c.contract == contract.id
                and c.source == rule.clause
                and any(a.reading == c.alternative for a in rule.alternatives)
            ]
            unpriced_rule = isinstance(rule, NotStated | QuoteRequired)
            if related:
                impact = max((c.cost_change or Decimal(0) for c in related), default=None)
                flips = any(c.flips for c in related)
                text = _impact_text(impact, flips, related, money, currency, names)
            elif unpriced_rule:
                if unpriced <= 0:
                    continue  # no ticket of the profile meets it: it cannot matter
                impact, flips = None, False
                text = Phrase.of(
                    N_("unknown: about {count} tickets a year of this plan have no price"),
                    count=Figure(unpriced, ".1f", 1),
                )
            elif ref.key in leading:
                impact, flips = None, False
                text = Phrase.of(
                    N_("not measured (no alternative reading is given in the contract file)")
                )
            else:
                continue
            _add(
                questions,
                (contract.id, rule.clause, rule.reading or label),
                ref.key,
                vendor=contract.vendor,
                contract=contract.id,
                clause=rule.clause,
                provenance=rule.provenance,
                assumed=rule.reading or label,
                question=(question := _ask(rule, label, alternative)).say(),
                impact=impact,
                impact_text=text.say(),
                flips=flips,
                phrases=(("question", question), ("impact_text", text)),
            )
        _parameter_questions(ref, params, checks, questions, money, currency, names)
    return sorted(
        questions.values(),
        key=lambda q: (not q.flips, -(q.impact or Decimal(-1)), q.vendor, q.clause or ""),
    )


QuestionKey = tuple[str, str | None, str]


def _add(
    questions: dict[QuestionKey, Question], key: QuestionKey, plan_key: str, **fields: Any
) -> None:
    """Ask once per contract, clause and reading; a question several plans share names them all."""
    found = questions.get(key)
    if found is None:
        questions[key] = Question(plans=(plan_key,), **fields)
    elif plan_key not in found.plans:
        questions[key] = replace(found, plans=(*found.plans, plan_key))


def _impact_text(
    impact: Decimal | None,
    flips: bool,
    checks: Sequence[Check],
    money: Callable[[Decimal, str], str],
    currency: str,
    names: Mapping[str, str],
) -> Phrase:
    effect: Phrase | str
    if impact is None:
        effect = ""
    elif impact.copy_abs() < Decimal("0.005"):
        effect = Phrase.of(N_("no effect on yearly costs (times may change)"))
    else:
        effect = Phrase.of(
            N_("moves a yearly cost by up to {amount}"), amount=Amount(impact, currency)
        )
    if flips:
        winners = sorted({names.get(c.winner or "", "no winner") for c in checks if c.flips})
        return Phrase.of(
            N_("{effect}; changes the winner to {plans}"), effect=effect, plans=", ".join(winners)
        )
    if isinstance(effect, Phrase):
        return effect
    return Phrase.of(N_("no measurable effect"))


def _parameter_questions(
    ref: PlanRef,
    params: Mapping[str, Mapping[str, Decimal]],
    checks: Sequence[Check],
    questions: dict[QuestionKey, Question],
    money: Callable[[Decimal, str], str],
    currency: str,
    names: Mapping[str, str],
) -> None:
    from models.sensitivity import plans_using

    contract = ref.contract
    plan = contract.plan(ref.plan_id)
    supplied = params.get(contract.id, {})
    values = resolve(contract, supplied)
    for parameter in contract.parameters:
        value = values.get(parameter.name)
        # a value the user gave is theirs to know; a stated default is the vendor's own figure
        settled = parameter.name in supplied or (
            value is not None and parameter.provenance == "stated"
        )
        if settled or not plans_using(plan, parameter.name):
            continue
        related = [
            c
            for c in checks
            if c.kind == "parameter" and c.source == parameter.name and c.contract == contract.id
        ]
        impact = max((c.cost_change or Decimal(0) for c in related), default=None)
        flips = any(c.flips for c in related)
        if value is None:
            assumed = Phrase.of(N_("no value: the prices that need it show as not stated"))
            text = Phrase.of(N_("unknown: the plan cannot be priced without it"))
        else:
            assumed = Phrase.of(
                N_("{value} {unit} (the contract file's default)"),
                value=Figure(value, ",f", None),
                unit=parameter.unit,
            )
            text = _impact_text(impact, flips, related, money, currency, names)
        question = Phrase.of(
            N_("{description} What is the figure for us?"), description=parameter.description
        )
        _add(
            questions,
            (contract.id, parameter.clause, parameter.name),
            ref.key,
            vendor=contract.vendor,
            contract=contract.id,
            clause=parameter.clause,
            provenance="not_supplied" if value is None else parameter.provenance,
            assumed=assumed.say(),
            question=question.say(),
            impact=impact,
            impact_text=text.say(),
            flips=flips,
            phrases=(("assumed", assumed), ("question", question), ("impact_text", text)),
        )
