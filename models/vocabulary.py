"""The canonical words every vendor is mapped onto (see shared/vendor-terms.md)."""

from __future__ import annotations

from typing import Literal

Severity = Literal["critical", "high", "normal", "low"]
Cause = Literal["vendor_defect", "customer_caused", "no_fault", "change_request"]
Provenance = Literal["stated", "interpreted", "assumed", "not_stated"]
MilestoneName = Literal["response", "work_start", "resolution", "release"]
MilestoneKind = Literal["commitment", "average", "goal", "estimate", "best_effort"]
Status = Literal["covered", "not_covered", "quote_required"]
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

SEVERITIES: tuple[Severity, ...] = ("critical", "high", "normal", "low")
CAUSES: tuple[Cause, ...] = ("vendor_defect", "customer_caused", "no_fault", "change_request")
MILESTONES: tuple[MilestoneName, ...] = ("response", "work_start", "resolution", "release")
WEEKDAYS: tuple[Weekday, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
