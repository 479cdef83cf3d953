"""Exchange rates from a dated rates file, and conversion into a comparison currency."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import Field, field_validator, model_validator

from models.errors import LocatedValueError
from models.money import check_currency
from models.rules import Strict

# Units per base unit; the extremes of real currencies are far inside (IRR ~ 10^6 per EUR).
MIN_RATE = Decimal("1e-6")
MAX_RATE = Decimal("1e9")


class Rates(Strict):
    """Units of each currency per one unit of `base`, as of `date`."""

    date: dt.date = Field(description="The day the rates are from; shown wherever they are used.")
    base: str
    rates: dict[str, Decimal]

    @field_validator("base")
    @classmethod
    def _base_code(cls, value: str) -> str:
        return check_currency(value)

    @field_validator("rates")
    @classmethod
    def _codes_and_values(cls, value: dict[str, Decimal]) -> dict[str, Decimal]:
        for code, rate in value.items():  # an error names the currency's own line
            try:
                check_currency(code)
            except ValueError as exc:
                raise LocatedValueError(str(exc), (code,)) from None
            if rate <= 0:
                raise LocatedValueError(f"the rate of {code} must be above 0, not {rate}", (code,))
            if not MIN_RATE <= rate <= MAX_RATE:
                raise LocatedValueError(
                    f"the rate of {code} must be from {MIN_RATE} to {MAX_RATE:,f}", (code,)
                )
        return value

    @model_validator(mode="after")
    def _base_is_one(self) -> Rates:
        if self.rates.get(self.base) != 1:
            raise ValueError(f"rates must give the base {self.base} as 1")
        return self

    def check(self, currency: str) -> str:
        """Raise ValueError naming the currency if the file has no rate for it."""
        check_currency(currency)
        if currency not in self.rates:
            known = ", ".join(sorted(self.rates))
            raise ValueError(f"no exchange rate for {currency} (the rates file has {known})")
        return currency

    def convert(self, amount: Decimal, source: str, target: str) -> Decimal:
        """amount_in_target = amount / rates[source] * rates[target] (unrounded)."""
        self.check(source)
        self.check(target)
        if source == target:
            return amount
        return amount / self.rates[source] * self.rates[target]
