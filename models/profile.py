"""A workload profile: what a year of support requests looks like for one customer.

Tickets per month by severity (a mean, drawn as a Poisson count, or `counts: exact` for a fixed
number), shares by cause, effort as a median and a 90th percentile (a log-normal fitted to
them), the share reported outside the reporter's office hours, the share asking for after-hours
work, the share needing a release, on-site visits per year, the reporting time zone, and a seed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field, field_validator, model_validator

from models.errors import LocatedValueError
from models.rules import Strict
from models.vocabulary import Cause, Severity, Weekday
from models.zones import check_zone

Share = Decimal
MAX_TICKETS_PER_MONTH = 1_000  # all severities together; the yearly view draws each ticket
MAX_HOURS = 10_000  # effort and on-site hours
MAX_VISITS_PER_YEAR = 10_000


class Effort(Strict):
    median: Decimal = Field(
        gt=0, le=MAX_HOURS, description="Half the tickets take less than this (hours)."
    )
    p90: Decimal = Field(
        gt=0, le=MAX_HOURS, description="Nine tickets in ten take less than this (hours)."
    )

    @model_validator(mode="after")
    def _p90_not_below_median(self) -> Effort:
        if self.p90 < self.median:
            raise ValueError(f"p90 ({self.p90}) cannot be below the median ({self.median})")
        return self


class ReporterHours(Strict):
    """When the customer's own office works (to place reports inside or outside it)."""

    weekdays: list[Weekday] = Field(
        default_factory=lambda: list[Weekday](
            ["monday", "tuesday", "wednesday", "thursday", "friday"]
        )
    )
    start_hour: int = Field(8, ge=0, le=23)
    end_hour: int = Field(17, ge=1, le=24)

    @model_validator(mode="after")
    def _ordered(self) -> ReporterHours:
        if self.end_hour <= self.start_hour:
            raise ValueError("end_hour must be after start_hour")
        return self


class Profile(Strict):
    format: Literal["termscope.profile/1"] = "termscope.profile/1"
    name: str
    timezone: str = Field(description="IANA zone the customer reports from.")
    year: int = Field(2027, ge=2000, le=2100, description="Calendar year tickets are spread over.")
    seed: int = Field(1, ge=0, le=2**63 - 1)
    counts: Literal["poisson", "exact"] = Field(
        "poisson", description="poisson: monthly counts vary around the mean; exact: fixed counts."
    )
    tickets_per_month: dict[Severity, Decimal] = Field(description="Mean tickets a month.")
    causes: dict[Cause, Share] = Field(description="Share of tickets by cause (sums to 1).")
    effort_hours: Effort
    effort_by_cause: dict[Cause, Effort] = Field(default_factory=dict)
    reported_outside_office_hours: Share = Field(Decimal(0), ge=0, le=1)
    after_hours_requested: Share = Field(Decimal(0), ge=0, le=1)
    requires_release: Share = Field(Decimal(0), ge=0, le=1)
    on_site_visits_per_year: Decimal = Field(Decimal(0), ge=0, le=MAX_VISITS_PER_YEAR)
    on_site_hours_per_visit: Decimal = Field(Decimal(2), gt=0, le=MAX_HOURS)
    office_hours: ReporterHours = Field(default_factory=ReporterHours)

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        return check_zone(value)

    @field_validator("tickets_per_month")
    @classmethod
    def _counts(cls, value: dict[Severity, Decimal]) -> dict[Severity, Decimal]:
        for severity, mean in value.items():  # an error names the severity's own line
            if mean < 0:
                raise LocatedValueError(
                    f"tickets per month cannot be negative ({mean})", (severity,)
                )
        total = sum(value.values(), Decimal(0))
        if total > MAX_TICKETS_PER_MONTH:
            raise ValueError(
                f"{total:,f} tickets a month in all (at most {MAX_TICKETS_PER_MONTH:,})"
            )
        return value

    @field_validator("causes")
    @classmethod
    def _shares(cls, value: dict[Cause, Decimal]) -> dict[Cause, Decimal]:
        for cause, share in value.items():
            if share < 0:
                raise LocatedValueError(f"cause shares cannot be negative ({share})", (cause,))
        total = sum(value.values(), Decimal(0))
        if abs(total - 1) > Decimal("0.001"):
            raise ValueError(f"cause shares must add up to 1, not {total}")
        return value

    @model_validator(mode="after")
    def _exact_counts_are_whole(self) -> Profile:
        if self.counts == "exact":
            for severity, mean in self.tickets_per_month.items():
                if mean != mean.to_integral_value():
                    raise ValueError(f"with counts: exact, {severity} needs a whole number")
            if self.on_site_visits_per_year != self.on_site_visits_per_year.to_integral_value():
                raise ValueError("with counts: exact, on_site_visits_per_year needs a whole number")
        return self

    def scaled(self, factor: Decimal) -> Profile:
        """The same profile with every monthly count multiplied (for break-even curves)."""
        counts = {s: mean * factor for s, mean in self.tickets_per_month.items()}
        return self.model_copy(update={"tickets_per_month": counts, "counts": "poisson"})

    @property
    def tickets_per_month_total(self) -> Decimal:
        return sum(self.tickets_per_month.values(), Decimal(0))
