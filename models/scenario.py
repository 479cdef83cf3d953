"""A scenario: one support request, as a customer would describe it.

`reported_at` is an instant: an ISO 8601 time with an offset, or a local time with `timezone`.
A time with neither is refused here, at the boundary, so no naive datetime goes further. A local
time the zone skips (a spring-forward gap) is refused naming the gap; one it shows twice (the
autumn change) needs its offset or `occurrence: first|second`.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import Field, ValidationInfo, field_validator, model_validator

from models.limits import check_year
from models.rules import Strict
from models.vocabulary import Cause, Severity
from models.zones import Occurrence, check_zone, wall_time_in_zone


class Pause(Strict):
    """An interval when a pausable rule's clock stops ("waiting for the customer")."""

    start: datetime
    end: datetime
    reason: str = "waiting for the customer"

    @model_validator(mode="after")
    def _forward(self) -> Pause:
        if self.end <= self.start:
            raise ValueError("a pause must end after it starts")
        return self


MAX_HOURS = 10_000  # effort and on-site hours of one request (over a year of full days)
MAX_AGE_HOURS = 1_000_000  # a fault more than a century old is a typo


class Scenario(Strict):
    """One support request to run through every compared plan."""

    name: str = Field("Scenario", description="A short title for the request.")
    timezone: str | None = Field(
        None, description="IANA zone for a reported_at without an offset (Asia/Jerusalem)."
    )
    occurrence: Occurrence | None = Field(
        None,
        description="For a local reported_at that occurs twice (autumn change): first or second.",
    )
    reported_at: datetime = Field(description="When the request is reported (ISO 8601).")
    severity: Severity = "normal"
    cause: Cause = "vendor_defect"
    effort_hours: Decimal = Field(
        Decimal(1), ge=0, le=MAX_HOURS, description="Hours of vendor work."
    )
    on_site_hours: Decimal = Field(
        Decimal(0), ge=0, le=MAX_HOURS, description="Hours on site; 0 = no visit."
    )
    after_hours: bool = Field(False, description="The customer asks for after-hours work.")
    requires_release: bool = Field(False, description="The fix ships in a software release.")
    issue_age_hours: Decimal = Field(
        Decimal(0),
        ge=0,
        le=MAX_AGE_HOURS,
        description="How long the fault existed before the report.",
    )
    pauses: list[Pause] = Field(
        default_factory=list,
        description="Intervals when the clock stops for the rules that say so (pausable: true); "
        "times with an offset, or local to `timezone`.",
    )

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        return None if value is None else check_zone(value)

    @field_validator("reported_at")
    @classmethod
    def _aware(cls, value: datetime, info: ValidationInfo) -> datetime:
        check_year(value)  # before any zone arithmetic, which overflows near year 1 or 9999
        zone_name = info.data.get("timezone")
        if value.tzinfo is None or value.utcoffset() is None:
            if zone_name is None:
                raise ValueError(
                    "reported_at has no UTC offset: write it like 2026-03-12T15:30:00+02:00 "
                    "or add `timezone: Asia/Jerusalem`"
                )
            return wall_time_in_zone(value, zone_name, info.data.get("occurrence"))
        if isinstance(value.tzinfo, ZoneInfo):  # a datetime built in code: its wall time must exist
            wall_time_in_zone(value.replace(tzinfo=None), value.tzinfo.key, "first")
        return value.astimezone(ZoneInfo(zone_name)) if zone_name else value

    @field_validator("pauses", mode="before")
    @classmethod
    def _pauses_in_zone(cls, value: Any, info: ValidationInfo) -> Any:
        """Local pause times (no offset) are in the scenario's zone, checked like reported_at."""
        zone_name = info.data.get("timezone")
        if not zone_name or not isinstance(value, list):
            return value
        return [_localised(item, zone_name) for item in value]

    @property
    def on_site(self) -> bool:
        return self.on_site_hours > 0

    def inputs(self) -> dict[str, object]:
        """The scenario as plain values (the `inputs` block of the JSON output)."""
        return {
            "reported_at": self.reported_at.isoformat(),
            "severity": self.severity,
            "cause": self.cause,
            "effort_hours": str(self.effort_hours),
            "on_site_hours": str(self.on_site_hours),
            "after_hours": self.after_hours,
            "requires_release": self.requires_release,
            "issue_age_hours": str(self.issue_age_hours),
        } | (
            {
                "pauses": [
                    {"start": p.start.isoformat(), "end": p.end.isoformat(), "reason": p.reason}
                    for p in self.pauses
                ]
            }
            if self.pauses
            else {}
        )


def _localised(item: Any, zone_name: str) -> Any:
    if not isinstance(item, dict):
        return item
    out = dict(item)
    for key in ("start", "end"):
        text = out.get(key)
        if isinstance(text, str):
            try:
                moment = datetime.fromisoformat(text)
            except ValueError:
                continue  # pydantic says what is wrong with it
            if moment.tzinfo is None:
                out[key] = wall_time_in_zone(moment, zone_name, None)
    return out


class ScenarioFile(Strict):
    """A scenario file: `scenarios:` and a list of scenarios."""

    scenarios: list[Scenario] = Field(min_length=1)
