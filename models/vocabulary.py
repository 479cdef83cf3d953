"""The canonical words every vendor is mapped onto (see shared/vendor-terms.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from models.wording import N_, Phrase

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

# The words of the ids above as a person reads them (the interface translates them; the JSON and
# the contract files keep the ids)
SEVERITY_WORDS: dict[Severity, str] = {
    "critical": N_("critical"),
    "high": N_("high"),
    "normal": N_("normal"),
    "low": N_("low"),
}
WEEKDAY_WORDS: dict[Weekday, str] = {
    "monday": N_("Monday"),
    "tuesday": N_("Tuesday"),
    "wednesday": N_("Wednesday"),
    "thursday": N_("Thursday"),
    "friday": N_("Friday"),
    "saturday": N_("Saturday"),
    "sunday": N_("Sunday"),
}


def severities_phrase(severities: Sequence[Severity]) -> Phrase:
    """ "critical/high", each word translatable."""
    joined = Phrase(SEVERITY_WORDS[severities[0]])
    for severity in severities[1:]:
        word = Phrase(SEVERITY_WORDS[severity])
        joined = Phrase.of(N_("{first}/{second}"), first=joined, second=word)
    return joined


def weekdays_phrase(days: Sequence[Weekday]) -> Phrase:
    """ "Tuesday or Thursday", each word translatable."""
    joined = Phrase(WEEKDAY_WORDS[days[0]])
    for day in days[1:]:
        word = Phrase(WEEKDAY_WORDS[day])
        joined = Phrase.of(N_("{first} or {second}"), first=joined, second=word)
    return joined
