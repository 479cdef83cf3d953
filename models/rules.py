"""The rule kinds a contract is written in: conditions, clocks, milestones, scope, quotas, prices.

Each rule kind is a small pydantic model with a literal `kind` tag; the unions are discriminated
on it, so a contract file says `kind: business_hours` and gets exactly that rule's fields, and a
misspelt field is an error rather than a silent default.

Every rule cites the clause it comes from (`clause`, an id of the contract's clause catalogue,
where the vendor's original words and an English reading live) and how sure the reading is
(`provenance`). `reading` says, in English, how this rule reads the clause when that is not
obvious (an interpretation, an assumption).
"""

from __future__ import annotations

from datetime import time
from decimal import Decimal
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from models.errors import LocatedValueError
from models.vocabulary import (
    MILESTONES,
    Cause,
    MilestoneKind,
    Provenance,
    Severity,
    Status,
    Weekday,
    causes_phrase,
    severities_phrase,
)
from models.wording import N_, Phrase, hours_phrase


class Strict(BaseModel):
    """Base of every file model: unknown keys are errors, values are immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def schema_document(model: type[BaseModel], file_name: str, title: str) -> dict[str, object]:
    """The JSON Schema of a file format, as shipped beside the bundled files."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://termscope.example/{file_name}",
        **model.model_json_schema(by_alias=True),
        "title": title,
    }


class Alternative(Strict):
    """Another reading of the same clause, as data: the fields of the rule it would change.

    An `interpreted` or `assumed` rule names the readings it did not take, so a decision can
    show whether the winner holds under each of them (e.g. Kiwi K5 as 8 business hours).
    """

    reading: str = Field(description="The other reading, in English.")
    changes: dict[str, Any] = Field(
        alias="set", description="The rule's fields under this reading, e.g. {clock: {...}}."
    )


class Cited(Strict):
    """Where a rule comes from."""

    clause: str | None = Field(
        None, description="Clause id from the contract's clause catalogue (e.g. K5)."
    )
    provenance: Provenance = Field(
        description="stated, interpreted, assumed or not_stated (see vendor-terms.md)."
    )
    reading: str | None = Field(
        None, description="How this rule reads the clause, in English, where that needs saying."
    )
    quote: str | None = Field(
        None,
        description="The exact words of a long clause (a table row) that this rule relies on.",
    )
    alternatives: list[Alternative] = Field(
        default_factory=list,
        description="Readings not taken (for interpreted or assumed rules); see `Alternative`.",
    )


# --- conditions ------------------------------------------------------------------------------


class When(Strict):
    """Conditions on a scenario; every condition given must hold. An empty `when` always holds."""

    severity: list[Severity] | None = Field(None, description="Effective severity is one of these.")
    cause: list[Cause] | None = Field(None, description="The cause is one of these.")
    reported_in_office_hours: bool | None = Field(
        None, description="The report instant is (true) or is not (false) inside office hours."
    )
    reported_by: time | None = Field(
        None,
        description="Cut-off: reported on a business day at or before this local time (HH:MM).",
    )
    issue_age_at_most: Decimal | None = Field(None, ge=0, description="issue_age_hours <= this.")
    issue_age_over: Decimal | None = Field(None, ge=0, description="issue_age_hours > this.")
    effort_at_most: Decimal | None = Field(None, ge=0, description="effort_hours <= this.")
    effort_over: Decimal | None = Field(None, ge=0, description="effort_hours > this.")
    after_hours: bool | None = Field(None, description="The customer asks for after-hours work.")
    on_site: bool | None = Field(None, description="An on-site visit is part of the request.")
    requires_release: bool | None = Field(None, description="The fix ships in a release.")

    @cached_property
    def description(self) -> str:
        """The conditions in short words, for traces (worked out once: rules are immutable)."""
        parts = []
        for name in type(self).model_fields:  # not `self`: it also yields the cached properties
            value = getattr(self, name)
            if value is None:
                continue
            shown = "/".join(value) if isinstance(value, list) else value
            if isinstance(value, time):
                shown = value.strftime("%H:%M")
            parts.append(f"{name}={shown}")
        return ", ".join(parts) or "always"

    @cached_property
    def phrase(self) -> Phrase:
        """The conditions in words a reader's language can say ("severity high/normal, the fix
        ships in a release"); `description` is the same in the contract file's own terms."""
        parts = _conditions(self)
        if not parts:
            return Phrase(N_("always"))
        joined = parts[0]
        for part in parts[1:]:
            joined = Phrase.of(N_("{first}, {second}"), first=joined, second=part)
        return joined

    def __str__(self) -> str:
        return self.description  # as a trace value is written (JSON, the raw text)


def _yes_no(value: bool | None, yes: str, no: str) -> list[Phrase]:
    return [] if value is None else [Phrase(yes if value else no)]


def _conditions(when: When) -> list[Phrase]:
    """Each condition of `when` that is set, in words, in the order of its fields."""
    parts: list[Phrase] = []
    if when.severity is not None:
        parts.append(
            Phrase.of(N_("severity {severities}"), severities=severities_phrase(when.severity))
        )
    if when.cause is not None:
        parts.append(Phrase.of(N_("cause: {causes}"), causes=causes_phrase(when.cause)))
    parts += _yes_no(
        when.reported_in_office_hours,
        N_("reported in office hours"),
        N_("reported outside office hours"),
    )
    if when.reported_by is not None:
        parts.append(
            Phrase.of(
                N_("reported on a business day by {time}"),
                time=when.reported_by.strftime("%H:%M"),
            )
        )
    if when.issue_age_at_most is not None:
        parts.append(
            Phrase.of(
                N_("the fault is at most {hours} old"),
                hours=hours_phrase(when.issue_age_at_most),
            )
        )
    if when.issue_age_over is not None:
        parts.append(
            Phrase.of(N_("the fault is over {hours} old"), hours=hours_phrase(when.issue_age_over))
        )
    if when.effort_at_most is not None:
        parts.append(
            Phrase.of(N_("vendor work at most {hours}"), hours=hours_phrase(when.effort_at_most))
        )
    if when.effort_over is not None:
        parts.append(
            Phrase.of(N_("vendor work over {hours}"), hours=hours_phrase(when.effort_over))
        )
    parts += _yes_no(
        when.after_hours, N_("work asked for outside office hours"), N_("work in office hours")
    )
    parts += _yes_no(when.on_site, N_("on site"), N_("remote"))
    parts += _yes_no(
        when.requires_release, N_("the fix ships in a release"), N_("no release needed")
    )
    return parts


# --- clocks ----------------------------------------------------------------------------------

Hours = Decimal | Literal["effort"]


def _positive_hours(value: Hours) -> Hours:
    if isinstance(value, Decimal) and value < 0:
        raise ValueError("hours cannot be negative")
    return value


class ClockHours(Strict):
    """Elapsed time, 24/7."""

    kind: Literal["clock_hours"] = "clock_hours"
    hours: Hours = Field(description="A number of hours, or `effort` for the scenario's effort.")

    @field_validator("hours")
    @classmethod
    def _not_negative(cls, value: Hours) -> Hours:
        return _positive_hours(value)


class BusinessHours(Strict):
    """Hours counted only inside office hours."""

    kind: Literal["business_hours"] = "business_hours"
    hours: Hours = Field(description="A number of hours, or `effort` for the scenario's effort.")

    @field_validator("hours")
    @classmethod
    def _not_negative(cls, value: Hours) -> Hours:
        return _positive_hours(value)


class BusinessDays(Strict):
    """N business days = N × one office day's length, counted as business hours."""

    kind: Literal["business_days"] = "business_days"
    days: Decimal = Field(gt=0)


class NextBusinessDay(Strict):
    """A time (or the opening) of the first business day after the start's date."""

    kind: Literal["next_business_day"] = "next_business_day"
    at: time | None = Field(None, description="Local time HH:MM; omitted = opening time.")


class EndOfBusinessDay(Strict):
    """Closing time of the business day on which work can first start."""

    kind: Literal["end_of_business_day"] = "end_of_business_day"


class CalendarDays(Strict):
    """N days later at the same local wall-clock time."""

    kind: Literal["calendar_days"] = "calendar_days"
    days: int = Field(ge=0)


class ReleaseWeekdays(Strict):
    """First business day on one of these weekdays whose release time is not before the start."""

    kind: Literal["release_weekdays"] = "release_weekdays"
    weekdays: list[Weekday] = Field(min_length=1)
    at: time | None = Field(None, description="Local time HH:MM; omitted = closing time.")


_SimpleClocks = (
    ClockHours
    | BusinessHours
    | BusinessDays
    | NextBusinessDay
    | EndOfBusinessDay
    | CalendarDays
    | ReleaseWeekdays
)
SimpleClock = Annotated[_SimpleClocks, Field(discriminator="kind")]


class ClockChoice(Strict):
    """One of the clocks an `earliest` or `latest` clock compares."""

    clock: SimpleClock
    office_hours_of: str | None = Field(
        None,
        description="Count this clock in another plan's office hours and holidays (a plan id): "
        "'each level includes the lower levels'. Omitted: this plan's.",
    )


class _Choice(Strict):
    of: list[ClockChoice] = Field(min_length=2)


class EarliestOf(_Choice):
    """The earliest of several clocks (a 24/7 level never answers later than 8/5 would)."""

    kind: Literal["earliest"] = "earliest"


class LatestOf(_Choice):
    """The latest of several clocks (both conditions must have passed)."""

    kind: Literal["latest"] = "latest"


Clock = Annotated[_SimpleClocks | EarliestOf | LatestOf, Field(discriminator="kind")]
PAUSABLE_CLOCKS = ("clock_hours", "business_hours", "business_days")


class MilestoneRule(Cited):
    """When a milestone falls: the first rule whose `when` holds decides."""

    when: When = Field(default_factory=When)
    start: Literal["report", "response", "work_start", "resolution"] = Field(
        "report", alias="from", description="What the clock counts from."
    )
    clock: Clock
    kind: MilestoneKind = Field(
        description="commitment, average, goal, best_effort (the vendor aims at this time "
        "without promising it) or estimate (derived by the engine)."
    )
    pausable: bool = Field(
        False,
        description="The clause stops the clock during the scenario's `pauses` (waiting for "
        "the customer); only for clock_hours, business_hours and business_days.",
    )

    @model_validator(mode="after")
    def _cited_unless_estimate(self) -> MilestoneRule:
        if self.clause is None and self.kind != "estimate":
            raise ValueError(f"a {self.kind} must cite the clause it comes from (clause: ...)")
        return self

    @model_validator(mode="after")
    def _pauses_stop_counting_clocks(self) -> MilestoneRule:
        if self.pausable and self.clock.kind not in PAUSABLE_CLOCKS:
            raise LocatedValueError(
                f"a {self.clock.kind} clock cannot pause (pausable is for "
                f"{', '.join(PAUSABLE_CLOCKS)})",
                ("pausable",),
            )
        return self


class Milestones(Strict):
    """Rules per milestone, tried in order. No rule that holds: the milestone is not stated."""

    response: list[MilestoneRule] = Field(default_factory=list)
    work_start: list[MilestoneRule] = Field(default_factory=list)
    resolution: list[MilestoneRule] = Field(default_factory=list)
    release: list[MilestoneRule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _counted_from_earlier_milestones(self) -> Milestones:
        """A rule counts from the report or a milestone worked out before its own; a later one
        (or itself) would never be known, and the milestone would be "not stated" silently."""
        order = list(MILESTONES)
        for name in MILESTONES:
            for index, rule in enumerate(getattr(self, name)):
                if rule.start != "report" and order.index(rule.start) >= order.index(name):
                    earlier = ", ".join(["report", *order[: order.index(name)]])
                    raise LocatedValueError(
                        f"{name} cannot be counted from {rule.start} (a milestone is counted "
                        f"from one worked out before it: {earlier})",
                        (name, index, "from"),
                    )
        return self


# --- severity, scope, notes ------------------------------------------------------------------


class SeverityRule(Cited):
    """Re-grades a request (e.g. Kiwi K7: a fault older than 36 hours is not critical)."""

    when: When
    becomes: Severity
    reason: str


class ScopeRule(Cited):
    """Whether the plan takes the request; the first rule whose `when` holds decides."""

    when: When = Field(default_factory=When)
    outcome: Status
    reason: str = Field(description="Shown to the user, in English.")


class NoteRule(Cited):
    """A note or a warning shown when `when` holds (a warning asks the user to act)."""

    when: When = Field(default_factory=When)
    text: str
    warning: bool = False


# --- quotas ----------------------------------------------------------------------------------


class RequestsPerMonth(Cited):
    kind: Literal["requests_per_month"] = "requests_per_month"
    requests: int | None = Field(ge=0, description="null = unlimited")


class OnSiteVisitsPerYear(Cited):
    kind: Literal["on_site_visits_per_year"] = "on_site_visits_per_year"
    visits: int = Field(ge=0)
    severities: list[Severity] = Field(default_factory=list, description="Visits only for these.")


class CustomisationHoursPerYear(Cited):
    kind: Literal["customisation_hours_per_year"] = "customisation_hours_per_year"
    hours: Decimal = Field(ge=0)
    causes: list[Cause] = Field(default_factory=lambda: list[Cause](["change_request"]))


class PackageHours(Cited):
    """Prepaid hours bought with the plan; a ticket consumes hours from them."""

    kind: Literal["package_hours"] = "package_hours"
    hours: Decimal = Field(gt=0)
    per_ticket_minimum_hours: Decimal = Field(Decimal(0), ge=0)
    valid_months: int = Field(12, gt=0)


class MonthlyHourCap(Cited):
    kind: Literal["monthly_hour_cap"] = "monthly_hour_cap"
    percent_of_package: Decimal = Field(gt=0, le=100)


class MonthlyMinimumHours(Cited):
    kind: Literal["monthly_minimum_hours"] = "monthly_minimum_hours"
    hours: Decimal = Field(gt=0)


class IncludedServiceHours(Cited):
    """Service hours included per agreement year; `parameter` names how many."""

    kind: Literal["included_service_hours"] = "included_service_hours"
    parameter: str
    causes: list[Cause] = Field(description="The causes whose effort is debited.")


Quota = Annotated[
    RequestsPerMonth
    | OnSiteVisitsPerYear
    | CustomisationHoursPerYear
    | PackageHours
    | MonthlyHourCap
    | MonthlyMinimumHours
    | IncludedServiceHours,
    Field(discriminator="kind"),
]


# --- prices ----------------------------------------------------------------------------------

Aspect = Literal["work", "on_site", "after_hours"]


class PriceRule(Cited):
    """Common to price rules: which parts of a request the rule prices, and when it applies.

    Rules are tried in order; a rule applies when its `when` holds and none of the parts it
    `covers` has been priced by an earlier rule.
    """

    when: When = Field(default_factory=When)
    covers: list[Aspect] = Field(default_factory=lambda: list[Aspect](["work"]), min_length=1)
    label: str = Field(description="The cost line's text, in English.")


class Included(PriceRule):
    """No charge: part of the service or of the plan's fee."""

    kind: Literal["included"] = "included"


class Hourly(PriceRule):
    """A rate per time unit, with billing increment, minimum time and minimum charge."""

    kind: Literal["hourly"] = "hourly"
    rate: Decimal | None = Field(None, ge=0, description="Price per `per_minutes`.")
    rate_parameter: str | None = Field(None, description="Take the rate from this parameter.")
    per_minutes: int = Field(60, gt=0, description="The rate is per this many minutes.")
    hours_from: Literal["effort", "on_site"] = "effort"
    increment_minutes: int | None = Field(
        None, gt=0, description="Billed per started increment (60 = per started hour)."
    )
    minimum_hours: Decimal | None = Field(None, ge=0)
    minimum_charge: Decimal | None = Field(None, ge=0)

    @model_validator(mode="after")
    def _one_rate(self) -> Hourly:
        if (self.rate is None) == (self.rate_parameter is None):
            raise ValueError("give either rate or rate_parameter")
        return self


class PrepaidHours(PriceRule):
    """Hours consumed from a prepaid package (`package_hours` quota), valued at a rate."""

    kind: Literal["prepaid_hours"] = "prepaid_hours"
    rate_parameter: str


class ServiceHours(PriceRule):
    """Effort debited from included service hours; hours beyond them billed at `overflow_rate`."""

    kind: Literal["service_hours"] = "service_hours"
    overflow_rate: Decimal = Field(ge=0)
    overflow_increment_minutes: int | None = Field(None, gt=0)


class NotStated(PriceRule):
    """The vendor charges for it but gives no figure: the amount is null, never 0."""

    kind: Literal["not_stated"] = "not_stated"


class QuoteRequired(PriceRule):
    """The vendor prices it by quote."""

    kind: Literal["quote_required"] = "quote_required"


Pricing = Annotated[
    Included | Hourly | PrepaidHours | ServiceHours | NotStated | QuoteRequired,
    Field(discriminator="kind"),
]


class PercentFee(Cited):
    """A periodic fee as a percentage of a parameter (Kian Pardaz: 20 % of the product price)."""

    kind: Literal["percent_of_parameter"] = "percent_of_parameter"
    percent: Decimal = Field(gt=0)
    parameter: str
    period: Literal["year", "month"] = "year"


class ParameterMultipleFee(Cited):
    """A price that is a multiple of a parameter (Kian Pardaz P11: 50 × the hourly rate)."""

    kind: Literal["parameter_multiple"] = "parameter_multiple"
    multiple: Decimal = Field(gt=0)
    parameter: str
    period: Literal["year", "month"] = "year"


class FixedFee(Cited):
    kind: Literal["fixed"] = "fixed"
    amount: Decimal = Field(ge=0)
    period: Literal["year", "month"] = "year"


class PerUnitFee(Cited):
    """A price per unit a period, times a quantity the user supplies ("per GB per month")."""

    kind: Literal["per_unit"] = "per_unit"
    amount: Decimal = Field(ge=0, description="The price of one unit for one period.")
    unit: str = Field(description="What is counted, in words (GB of storage, user).")
    quantity_parameter: str = Field(description="The parameter that says how many units.")
    period: Literal["year", "month"] = "year"


Fee = Annotated[
    PercentFee | ParameterMultipleFee | FixedFee | PerUnitFee, Field(discriminator="kind")
]
