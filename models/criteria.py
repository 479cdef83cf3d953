"""Decision criteria: how the compared plans are scored, and what knocks a plan out.

A criteria file (`format: termscope.criteria/1`) weighs three things, the way sourcing suites
score bids, but every input is traceable to a clause:

* **yearly cost** — the fee plus the expected usage under the workload profile, in the
  comparison currency (the P50 of the simulated years, unless another percentile is chosen);
* **speed** — time measures over the simulated tickets (e.g. the P90 work start of critical
  tickets, the median response), in real hours;
* **coverage** — the share of tickets the plan handles at a known price (not refused, not
  "not stated", not "by quote").

Knockouts are must-haves: a plan that fails one is ranked after every plan that passes, with the
reason and the clause. Without a file, `Criteria()` gives the defaults documented in the README.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Discriminator, Field, model_validator

from models.rules import Strict, schema_document
from models.vocabulary import Severity, severities_phrase
from models.wording import ENGLISH, N_, Figure, Phrase, Share, Wording

Statistic = Literal["median", "p90"]
TimeMeasureName = Literal["response", "work_start"]


class Weights(Strict):
    """Relative weights of the three parts of the score (they need not add up to 1)."""

    yearly_cost: Decimal = Field(Decimal("0.5"), ge=0, description="Weight of the yearly cost.")
    speed: Decimal = Field(Decimal("0.3"), ge=0, description="Weight of the speed measures.")
    coverage: Decimal = Field(Decimal("0.2"), ge=0, description="Weight of coverage.")

    @model_validator(mode="after")
    def _something_weighs(self) -> Weights:
        if self.yearly_cost + self.speed + self.coverage == 0:
            raise ValueError("at least one weight must be above 0")
        return self


class SpeedMeasure(Strict):
    """One time measure over the simulated tickets, e.g. the P90 work start of critical ones."""

    milestone: TimeMeasureName
    statistic: Statistic = "median"
    severity: Literal["critical", "all"] = Field(
        "all", description="Measure critical tickets only, or all tickets."
    )
    weight: Decimal = Field(Decimal(1), gt=0, description="Weight within the speed part.")

    @property
    def label(self) -> str:
        return self.phrase.say()

    @property
    def phrase(self) -> Phrase:
        """The measure in words ("P90 work start, critical tickets"), to say in any language."""
        return Phrase.of(
            N_("{statistic} {milestone}, {tickets}"),
            statistic="P90" if self.statistic == "p90" else Phrase.of(N_("median")),
            milestone=_milestone(self.milestone),
            tickets=_tickets(self.severity),
        )


def _milestone(name: str) -> Phrase:
    return Phrase.of(
        {
            "response": N_("response"),
            "work_start": N_("work start"),
            "resolution": N_("resolution"),
            "release": N_("release"),
        }.get(name, name.replace("_", " "))
    )


def _tickets(severity: str) -> Phrase:
    return Phrase.of(N_("critical tickets") if severity == "critical" else N_("all tickets"))


def _default_speed() -> list[SpeedMeasure]:
    return [
        SpeedMeasure(milestone="work_start", statistic="p90", severity="critical"),
        SpeedMeasure(milestone="response", statistic="median", severity="all"),
    ]


class TimeWithin(Strict):
    """A time measure must be within a number of hours (e.g. critical work starts within 4 h)."""

    kind: Literal["time_within"] = "time_within"
    milestone: TimeMeasureName
    statistic: Statistic = "p90"
    severity: Literal["critical", "all"] = "critical"
    hours: Decimal = Field(gt=0)

    @property
    def label(self) -> str:
        return self.phrase.say()

    @property
    def phrase(self) -> Phrase:
        return Phrase.of(
            N_("{milestone} within {hours} h ({statistic}, {tickets})"),
            milestone=_milestone(self.milestone),
            hours=Figure(self.hours, "f", None),
            statistic="P90" if self.statistic == "p90" else Phrase.of(N_("median")),
            tickets=_tickets(self.severity),
        )


class OnSiteAvailable(Strict):
    """The plan offers on-site visits (for the given severities) at a known price or included."""

    kind: Literal["on_site_available"] = "on_site_available"
    severities: list[Severity] = Field(default_factory=lambda: list[Severity](["critical"]))

    @property
    def label(self) -> str:
        return self.phrase.say()

    @property
    def phrase(self) -> Phrase:
        return Phrase.of(
            N_("on-site visits available for {severities} tickets"),
            severities=severities_phrase(self.severities),
        )


class AllTicketsPriced(Strict):
    """No kind of ticket in the profile without a price ("not stated", "by quote", refused)."""

    kind: Literal["all_tickets_priced"] = "all_tickets_priced"
    at_most_share: Decimal = Field(
        Decimal(0), ge=0, le=1, description="Tolerated share of tickets without a known price."
    )

    @property
    def label(self) -> str:
        return self.phrase.say()

    @property
    def phrase(self) -> Phrase:
        if self.at_most_share == 0:
            return Phrase.of(N_("every ticket has a known price"))
        return Phrase.of(
            N_("at most {share} of tickets without a known price"),
            share=Share(self.at_most_share),
        )


class YearlyCostAtMost(Strict):
    """A budget: the yearly cost (at the chosen percentile) at most this, in `currency`."""

    kind: Literal["yearly_cost_at_most"] = "yearly_cost_at_most"
    amount: Decimal = Field(gt=0)
    currency: str
    percentile: Literal["p10", "p50", "p90"] = "p90"

    @property
    def label(self) -> str:
        return self.phrase.say()

    @property
    def phrase(self) -> Phrase:
        return Phrase.of(
            N_("yearly cost ({percentile}) at most {currency} {amount}"),
            percentile=self.percentile.upper(),
            currency=self.currency,
            amount=Figure(self.amount, ",f", None),
        )


Knockout = Annotated[
    TimeWithin | OnSiteAvailable | AllTicketsPriced | YearlyCostAtMost, Discriminator("kind")
]


class Sensitivity(Strict):
    """How far the decision is pushed to see whether the winner holds."""

    rate_change: Decimal = Field(
        Decimal("0.10"), gt=0, lt=1, description="Each exchange rate is moved by ± this share."
    )
    parameter_change: Decimal = Field(
        Decimal("0.5"), gt=0, lt=1, description="Each parameter is moved by ± this share."
    )
    volume_factors: list[Decimal] = Field(
        default_factory=lambda: [Decimal("0.5"), Decimal(2)],
        description="Ticket volumes tried, as factors of the profile's.",
    )
    break_even_range: tuple[Decimal, Decimal] = Field(
        (Decimal("0.1"), Decimal(5)),
        description="Break-even volumes are looked for between these factors of the profile's.",
    )

    @model_validator(mode="after")
    def _positive_factors(self) -> Sensitivity:
        if any(f <= 0 for f in self.volume_factors):
            raise ValueError("volume factors must be above 0")
        low, high = self.break_even_range
        if not 0 < low < high:
            raise ValueError("break_even_range must be two factors, low < high, above 0")
        return self


DEFAULT_NAME = N_("Default criteria")


class Criteria(Strict):
    """How plans are scored and ranked (the defaults apply when no file is given)."""

    format: Literal["termscope.criteria/1"] = "termscope.criteria/1"
    name: str = DEFAULT_NAME
    cost_basis: Literal["net", "gross"] = Field(
        "net", description="Compare costs before VAT (net, the default) or with VAT (gross)."
    )
    cost_statistic: Literal["mean", "p10", "p50", "p90"] = Field(
        "mean",
        description="Which yearly figure is compared: the expected (mean) year, or a percentile.",
    )
    weights: Weights = Field(default_factory=Weights)
    speed: list[SpeedMeasure] = Field(default_factory=_default_speed, min_length=1)
    knockouts: list[Knockout] = Field(default_factory=list)
    sensitivity: Sensitivity = Field(default_factory=Sensitivity)

    def describe(self, *, wording: Wording = ENGLISH) -> str:
        """The criteria in one line, for reports."""
        w = self.weights
        total = w.yearly_cost + w.speed + w.coverage
        t = wording.t
        parts = [
            t("yearly cost {share}", share=_share(w.yearly_cost / total, wording)),
            t("speed {share}", share=_share(w.speed / total, wording)),
            t("coverage {share}", share=_share(w.coverage / total, wording)),
        ]
        knock = (
            t(
                "; must-haves: {knockouts}",
                knockouts=", ".join(k.phrase.say(wording) for k in self.knockouts),
            )
            if self.knockouts
            else ""
        )
        # the default's name is ours, in the reader's language; a criteria file's is the user's
        name = t(DEFAULT_NAME) if self.name == DEFAULT_NAME else self.name
        return f"{name}: {', '.join(parts)}{knock}"


def _share(share: Decimal, wording: Wording) -> str:
    # English as always written (Decimal rounding), else the locale's percent
    return f"{share * 100:.0f} %" if wording.english else wording.percent(share)


def load_criteria(path: Path) -> Criteria:
    """A criteria file, validated; errors name the file, line and field."""
    from models.yamlio import read_yaml, validate_document

    return validate_document(Criteria, read_yaml(path))


def criteria_schema() -> dict[str, object]:
    """The JSON Schema of the criteria file (shipped as contracts/criteria.schema.json)."""
    return schema_document(Criteria, "criteria.schema.json", "Termscope decision criteria")
