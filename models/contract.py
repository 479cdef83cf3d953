"""A vendor's support terms as a typed, validated contract model.

One contract file describes one vendor: its source document, currency, VAT, time zone, office
hours and holidays, the clause catalogue (each clause's original words and an English reading),
the severity names it uses, the parameters a user supplies, and its plans. A plan holds the rules
(milestones, scope, quotas, prices, notes) that the engine applies to a scenario.

The format is the same for every vendor: nothing in the engine knows a vendor by name.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from functools import cached_property
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import Field, ValidationError, ValidationInfo, field_validator, model_validator

from models.calendar import BusinessCalendar
from models.errors import LocatedValueError
from models.money import check_currency
from models.office import (
    Holidays,
    WeeklyHours,
    build_calendar,
    holiday_name,
)
from models.rules import (
    Cited,
    EarliestOf,
    Fee,
    Hourly,
    LatestOf,
    Milestones,
    NoteRule,
    ParameterMultipleFee,
    PercentFee,
    PerUnitFee,
    PrepaidHours,
    Pricing,
    Quota,
    ScopeRule,
    ServiceHours,
    SeverityRule,
    Strict,
)
from models.vocabulary import Severity
from models.zones import check_zone

FORMAT = "termscope.contract/1"
_ID = r"^[a-z0-9][a-z0-9-]*$"
Loc = tuple[str | int, ...]


def fold_space(text: str) -> str:
    """Runs of white space (non-breaking spaces, line breaks) as one space, for comparing quotes."""
    return " ".join(text.split())


class TimeZoneTerms(Cited):
    """How the vendor writes its clock ("CET", "Israel time") and how `timezone` reads it."""

    written: str = Field(description="The vendor's own words for its time zone, e.g. CET.")


class Clause(Strict):
    """One clause of the vendor's terms: the original words and an English reading."""

    id: str = Field(description="The id used in vendor-terms.md (K5, M2, P9...).")
    original: str = Field(description="The vendor's own words, exactly as in the source text.")
    english: str = Field(description="An English reading of the clause.")


class Source(Strict):
    document: str = Field(description="The source text (file name under shared/seeds or a URL).")
    language: str = Field(description="ISO 639-1 code of the original text (he, fa, no, sv...).")
    title: str | None = None


class Vat(Cited):
    rate: Decimal = Field(ge=0, lt=1, description="0.18 for 18 %.")
    prices_include_vat: bool = False


class SeverityName(Strict):
    """One of the vendor's own severity names and the canonical severity it maps to."""

    vendor_term: str
    original: str | None = None
    maps_to: Severity
    clause: str | None = None


class Parameter(Cited):
    """A value the user supplies (a product price, an hourly rate, included hours)."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    unit: str = Field(description="A currency code, `hours` or `percent`.")
    default: Decimal | None = Field(None, description="null = the user must supply it.")
    description: str


class Plan(Strict):
    """One offer of the vendor: its fee and the rules the engine applies."""

    id: str = Field(pattern=_ID)
    name: str
    description: str | None = None
    fee: Fee | None = Field(None, description="The plan's fee (one); `fees` for several.")
    fees: list[Fee] = Field(
        default_factory=list,
        description="Several fees (a base fee plus a service-level fee, a per-unit fee), each "
        "citing its clause; accounted together with `fee`.",
    )
    office_hours: WeeklyHours | None = Field(
        None,
        description="The plan's own office hours (a 14/6 or 24/7 level); default: the contract's.",
    )
    holidays: Holidays | None = Field(
        None, description="The plan's own holidays; default: the contract's."
    )
    milestones: Milestones = Field(default_factory=Milestones)
    scope: list[ScopeRule] = Field(default_factory=list)
    quotas: list[Quota] = Field(default_factory=list)
    pricing: list[Pricing] = Field(default_factory=list)
    notes: list[NoteRule] = Field(default_factory=list)

    def fees_with_path(self) -> list[tuple[Loc, Fee]]:
        """`fee` and every one of `fees`, with their paths in the plan."""
        found: list[tuple[Loc, Fee]] = [(("fee",), self.fee)] if self.fee is not None else []
        return found + [(("fees", i), fee) for i, fee in enumerate(self.fees)]

    def all_fees(self) -> list[Fee]:
        return [fee for _, fee in self.fees_with_path()]

    def quota(self, kind: str) -> Any:
        """The plan's quota of this kind, or None."""
        return next((q for q in self.quotas if q.kind == kind), None)

    @model_validator(mode="after")
    def _prices_need_their_quotas(self) -> Plan:
        for rule in self.pricing:
            if isinstance(rule, PrepaidHours) and self.quota("package_hours") is None:
                raise ValueError(f"plan {self.id}: prepaid_hours needs a package_hours quota")
            if isinstance(rule, ServiceHours) and self.quota("included_service_hours") is None:
                raise ValueError(
                    f"plan {self.id}: service_hours needs an included_service_hours quota"
                )
        return self


class Contract(Strict):
    """A vendor's support terms."""

    format: Literal["termscope.contract/1"] = Field(description=f"Always {FORMAT}.")
    id: str = Field(pattern=_ID, description="Short id used on the command line (kiwi).")
    vendor: str
    vendor_original: str | None = Field(None, description="The vendor's name in its language.")
    source: Source
    currency: str = Field(description="ISO 4217 code of every price in the contract.")
    vat: Vat
    timezone: str = Field(description="IANA zone of the vendor's clock (Asia/Jerusalem).")
    timezone_terms: TimeZoneTerms | None = Field(
        None, description="The clause that names the vendor's clock, and how it is read."
    )
    office_hours: WeeklyHours
    holidays: Holidays
    clauses: list[Clause] = Field(min_length=1)
    severities: list[SeverityName] = Field(default_factory=list)
    severity_rules: list[SeverityRule] = Field(default_factory=list)
    parameters: list[Parameter] = Field(default_factory=list)
    notes: list[NoteRule] = Field(default_factory=list)
    plans: list[Plan] = Field(min_length=1)
    shared: list[Any] = Field(
        default_factory=list,
        alias="x-shared",
        description="A place for YAML anchors of rules several plans share; not read otherwise.",
    )

    # --- single-field checks ---

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        return check_currency(value)

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        return check_zone(value)

    # --- whole-contract checks, each with one job ---

    @model_validator(mode="after")
    def _unique_ids(self) -> Contract:
        for what, ids in (
            ("clause", [c.id for c in self.clauses]),
            ("plan", [p.id for p in self.plans]),
            ("parameter", [p.name for p in self.parameters]),
        ):
            seen = {i for i in ids if ids.count(i) > 1}
            if seen:
                raise ValueError(f"{what} ids must be unique: {sorted(seen)} repeat")
        return self

    @model_validator(mode="after")
    def _clauses_exist(self) -> Contract:
        known = {c.id for c in self.clauses}
        cited = [(path, rule.clause) for _, path, rule in self._rules_with_path(notes=True)]
        cited += [(("severities", i), s.clause) for i, s in enumerate(self.severities)]
        for path, clause in cited:
            if clause is not None and clause not in known:
                raise LocatedValueError(
                    f"clause {clause!r} is not in `clauses` (known: {', '.join(sorted(known))})",
                    (*path, "clause"),
                )
        return self

    @model_validator(mode="after")
    def _compared_plans_exist(self) -> Contract:
        """An `earliest`/`latest` clock counted in another plan's office hours names a plan."""
        known = {p.id for p in self.plans}
        for n, plan in enumerate(self.plans):
            for name, rules in plan.milestones:
                for i, rule in enumerate(rules):
                    choices = rule.clock.of if isinstance(rule.clock, EarliestOf | LatestOf) else []
                    for j, choice in enumerate(choices):
                        other = choice.office_hours_of
                        if other is None or other in known:
                            continue
                        where = ("plans", n, "milestones", name, i, "clock", "of", j)
                        raise LocatedValueError(
                            f"plan {other!r} is not in `plans` (known: {', '.join(sorted(known))})",
                            (*where, "office_hours_of"),
                        )
        return self

    @model_validator(mode="after")
    def _parameters_exist(self) -> Contract:
        known = {p.name for p in self.parameters}
        for path, name in self._used_parameters():
            if name not in known:
                listed = ", ".join(sorted(known)) or "none"
                raise LocatedValueError(
                    f"parameter {name!r} is not in `parameters` (known: {listed})", path
                )
        return self

    @model_validator(mode="after")
    def _quotes_are_in_their_clause(self) -> Contract:
        for _, path, rule in self._rules_with_path(notes=True):
            if rule.quote and rule.clause in self._clause_index:
                original = fold_space(self._clause_index[rule.clause].original)
                if fold_space(rule.quote) not in original:
                    raise LocatedValueError(
                        f"quote {rule.quote[:40]!r}... is not in clause {rule.clause}'s original",
                        (*path, "quote"),
                    )
        return self

    @model_validator(mode="after")
    def _alternatives_are_valid(self, info: ValidationInfo) -> Contract:
        """Each alternative reading must itself give a valid contract (checked once, not again
        inside the variants it builds)."""
        if info.context is not None and info.context.get("alternatives") is False:
            return self
        from models.readings import reading_choices, with_reading  # imports this module

        for choice in reading_choices(self):
            try:
                with_reading(self, choice)
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"])
                raise LocatedValueError(
                    f"the alternative reading {choice.alternative.reading!r} of "
                    f"{choice.clause or choice.place} is not valid: {where}: {first['msg']}",
                    (*choice.paths[0], "alternatives"),
                ) from None
        return self

    def _rules_with_path(
        self, *, notes: bool = False, plan_id: str | None = None
    ) -> list[tuple[str, Loc, Cited]]:
        """Every cited rule with where it sits, in words and as its path in the file."""
        found: list[tuple[str, Loc, Cited]] = [("VAT", ("vat",), self.vat)]
        if self.timezone_terms is not None:
            found.append(("time zone", ("timezone_terms",), self.timezone_terms))
        found += _calendar_rules("", (), self.office_hours, self.holidays)
        found += [
            (f"severity · {r.reason}", ("severity_rules", i), r)
            for i, r in enumerate(self.severity_rules)
        ]
        found += [
            (f"parameter {p.name}", ("parameters", i), p) for i, p in enumerate(self.parameters)
        ]
        if notes:
            found += [(f"note · {n.text}", ("notes", i), n) for i, n in enumerate(self.notes)]
        for n, plan in enumerate(self.plans):
            if plan_id is not None and plan.id != plan_id:
                continue
            place, at = f"plan {plan.id}", ("plans", n)
            found += _calendar_rules(f"{place} · ", at, plan.office_hours, plan.holidays)
            if plan.fee:
                found.append((f"{place} · fee", (*at, "fee"), plan.fee))
            found += [
                (f"{place} · fee · {fee.kind.replace('_', ' ')}", (*at, "fees", i), fee)
                for i, fee in enumerate(plan.fees)
            ]
            for name, rules in plan.milestones:
                found += [
                    (f"{place} · {name.replace('_', ' ')}", (*at, "milestones", name, i), r)
                    for i, r in enumerate(rules)
                ]
            found += [
                (f"{place} · scope · {r.reason}", (*at, "scope", i), r)
                for i, r in enumerate(plan.scope)
            ]
            found += [
                (f"{place} · quota · {q.kind.replace('_', ' ')}", (*at, "quotas", i), q)
                for i, q in enumerate(plan.quotas)
            ]
            found += [
                (f"{place} · price · {r.label}", (*at, "pricing", i), r)
                for i, r in enumerate(plan.pricing)
            ]
            if notes:
                found += [
                    (f"{place} · note · {r.text}", (*at, "notes", i), r)
                    for i, r in enumerate(plan.notes)
                ]
        return found

    def cited_rules_with_place(
        self, *, notes: bool = False, plan_id: str | None = None
    ) -> list[tuple[str, Cited]]:
        """Every rule with where it sits, in words ("plan gold · price · On-site visit").
        `notes` adds the note rules; `plan_id` keeps the contract's own rules and that plan's."""
        return [
            (place, rule) for place, _, rule in self._rules_with_path(notes=notes, plan_id=plan_id)
        ]

    def _used_parameters(self) -> list[tuple[Loc, str]]:
        """Each parameter a rule uses, with the path of the field that names it."""
        used: list[tuple[Loc, str]] = []
        for n, plan in enumerate(self.plans):
            for at, fee in plan.fees_with_path():
                if isinstance(fee, PercentFee | ParameterMultipleFee):
                    used.append((("plans", n, *at, "parameter"), fee.parameter))
                elif isinstance(fee, PerUnitFee):
                    path = ("plans", n, *at, "quantity_parameter")
                    used.append((path, fee.quantity_parameter))
            for i, quota in enumerate(plan.quotas):
                if quota.kind == "included_service_hours":
                    used.append((("plans", n, "quotas", i, "parameter"), quota.parameter))
            for i, rule in enumerate(plan.pricing):
                if isinstance(rule, Hourly | PrepaidHours) and rule.rate_parameter:
                    path = ("plans", n, "pricing", i, "rate_parameter")
                    used.append((path, rule.rate_parameter))
        return used

    # --- lookups ---

    def provenance_counts(self, plan_id: str) -> dict[str, int]:
        """How many rules behind a plan are stated, interpreted, assumed or not stated."""
        self.plan(plan_id)  # an unknown plan is a KeyError, as elsewhere
        counts = dict.fromkeys(("stated", "interpreted", "assumed", "not_stated"), 0)
        for _, rule in self.cited_rules_with_place(plan_id=plan_id):
            counts[rule.provenance] += 1
        return counts

    def plan(self, plan_id: str) -> Plan:
        for plan in self.plans:
            if plan.id == plan_id:
                return plan
        known = ", ".join(p.id for p in self.plans)
        raise KeyError(f"contract {self.id} has no plan {plan_id!r} (plans: {known})")

    def clause(self, clause_id: str) -> Clause:
        return self._clause_index[clause_id]

    @cached_property
    def _clause_index(self) -> dict[str, Clause]:
        return {c.id: c for c in self.clauses}

    def parameter(self, name: str) -> Parameter:
        return next(p for p in self.parameters if p.name == name)

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @cached_property
    def calendar(self) -> BusinessCalendar:
        """The vendor's business calendar, built once per contract."""
        return build_calendar(self.timezone, self.office_hours, self.holidays)

    def calendar_for(self, plan_id: str) -> BusinessCalendar:
        """The calendar a plan's clocks count in: its own office hours and holidays where it
        gives them, else the contract's (built once per plan)."""
        plan = self.plan(plan_id)
        if plan.office_hours is None and plan.holidays is None:
            return self.calendar
        if plan.id not in self._plan_calendars:
            self._plan_calendars[plan.id] = build_calendar(
                self.timezone, self.office_hours_of(plan), self.holidays_of(plan)
            )
        return self._plan_calendars[plan.id]

    @cached_property
    def _plan_calendars(self) -> dict[str, BusinessCalendar]:
        return {}

    def office_hours_of(self, plan: Plan) -> WeeklyHours:
        return plan.office_hours or self.office_hours

    def holidays_of(self, plan: Plan) -> Holidays:
        return plan.holidays or self.holidays

    def holiday_name(self, day: date) -> str | None:
        """Why a weekday is closed, when it is a holiday (for notes and traces)."""
        return holiday_name(self.holidays, day)


def _calendar_rules(
    place: str, at: Loc, office: WeeklyHours | None, spec: Holidays | None
) -> list[tuple[str, Loc, Cited]]:
    """Office hours and holidays (with their recurring days and eves), where they are given."""
    found: list[tuple[str, Loc, Cited]] = []
    if office is not None:
        found.append((f"{place}office hours", (*at, "office_hours"), office))
    if spec is not None:
        found.append((f"{place}holidays", (*at, "holidays"), spec))
        found += [
            (f"{place}holidays · {words}", (*at, "holidays", *path), rule)
            for words, path, rule in spec.cited_parts()
        ]
    return found


def time_of(text: str) -> time:
    """HH:MM → time (helper for tests and the command line)."""
    hour, minute = text.split(":")
    return time(int(hour), int(minute))
