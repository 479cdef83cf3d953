"""Money: a `Decimal` amount with an ISO 4217 currency code.

Arithmetic refuses to mix currencies (after beancount's `Amount`). Amounts keep full precision;
rounding to two decimals, half up, happens only when a result is shown (`Money.shown`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import TYPE_CHECKING

from models.wording import currency_digits

if TYPE_CHECKING:
    from models.wording import Wording

__all__ = ["currency_digits"]  # where the exports have always found it

# ISO 4217 active codes (2024). An unknown code is a typo, not a new currency.
ISO_4217 = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
    BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
    GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
    KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK
    MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR
    SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS
    UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG
    """.split()
)

CENT = Decimal("0.01")


def format_money(
    amount: Decimal | None,
    currency: str,
    missing: str = "not stated",
    *,
    wording: Wording | None = None,
) -> str:
    """The one way an amount is written for people: "EUR 1,234.57", "IRR 75,000,000".

    Rounded half up to the currency's own decimals (CLDR, through Babel), with the ISO code and
    a no-break space, so an amount never wraps in the middle.
    """
    if amount is None:
        return missing
    from models.wording import ENGLISH

    return (wording or ENGLISH).money(amount, currency)


_WIDE = Context(prec=100)  # rounding a large sum to cents needs more than 28 digits


def check_currency(code: str) -> str:
    """Return `code` if it is an ISO 4217 code, else raise ValueError saying so."""
    if code not in ISO_4217:
        raise ValueError(f"unknown currency {code!r}: use an ISO 4217 code such as EUR, ILS, NOK")
    return code


def round_shown(amount: Decimal) -> Decimal:
    """Two decimals, half up: the one rounding applied, when a figure is shown."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP, context=_WIDE)


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in one currency. Immutable; mixing currencies is an error."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        check_currency(self.currency)
        if not isinstance(self.amount, Decimal):
            raise TypeError(f"Money needs a Decimal amount, not {type(self.amount).__name__}")

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(Decimal(0), currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor: Decimal | int) -> Money:
        return Money(self.amount * Decimal(factor), self.currency)

    __rmul__ = __mul__

    @property
    def shown(self) -> Decimal:
        """The amount rounded for display (2 decimals, half up)."""
        return round_shown(self.amount)

    def __str__(self) -> str:
        return f"{self.currency} {self.shown:,}"
