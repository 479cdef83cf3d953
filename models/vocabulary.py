"""The canonical words every vendor is mapped onto (see shared/vendor-terms.md)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
CAUSE_WORDS: dict[Cause, str] = {
    "vendor_defect": N_("a fault in the vendor's product"),
    "customer_caused": N_("caused by the customer"),
    "no_fault": N_("no fault"),
    "change_request": N_("a change request"),
}
MILESTONE_KIND_WORDS: dict[MilestoneKind, str] = {
    "commitment": N_("commitment"),
    "average": N_("average"),
    "goal": N_("goal"),
    "estimate": N_("estimate"),
    "best_effort": N_("best effort"),
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
    return _joined(
        [Phrase(SEVERITY_WORDS[s]) for s in severities],
        lambda first, second: Phrase.of(N_("{first}/{second}"), first=first, second=second),
    )


def causes_phrase(causes: Sequence[Cause]) -> Phrase:
    """ "a change request or caused by the customer", each word translatable."""
    return _joined(
        [Phrase(CAUSE_WORDS[c]) for c in causes],
        lambda first, second: Phrase.of(N_("{first} or {second}"), first=first, second=second),
    )


def weekdays_phrase(days: Sequence[Weekday]) -> Phrase:
    """ "Tuesday or Thursday", each word translatable."""
    return _joined(
        [Phrase(WEEKDAY_WORDS[d]) for d in days],
        lambda first, second: Phrase.of(N_("{first} or {second}"), first=first, second=second),
    )


def _joined(words: list[Phrase], join: Callable[[Phrase, Phrase], Phrase]) -> Phrase:
    joined = words[0]
    for word in words[1:]:
        joined = join(joined, word)
    return joined
