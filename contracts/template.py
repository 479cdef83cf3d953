"""The commented starting point of a new contract (`new-contract`, the editor's New Contract…).

The template is `template.yaml.in` beside this module; its `$names` are filled with the vendor's
id, name, currency, zone and language, each checked first so a bad value is a one-line error.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template

from models.contract import Contract
from models.errors import InputError, Problem
from models.loading import parse_contract
from models.money import check_currency
from models.zones import check_zone

TEMPLATE_PATH = Path(__file__).resolve().parent / "template.yaml.in"
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_LANGUAGE = re.compile(r"[a-z]{2}")


@cache
def _zone_countries() -> dict[str, str]:
    """IANA zone → ISO 3166 country (tzdata's zone.tab), to suggest the holiday country."""
    table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    found = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            country, _, zone, *_ = line.split("\t")
            found[zone] = country
    return found


def holiday_country(timezone: str) -> str | None:
    """The country whose public holidays a vendor in this zone most likely keeps, if any."""
    import holidays

    country = _zone_countries().get(timezone)
    return country if country in holidays.list_supported_countries() else None


def contract_template(
    contract_id: str, vendor: str, currency: str, timezone: str, language: str = "en"
) -> str:
    """The template's text for this vendor; raises InputError naming the bad value."""
    if not _ID.fullmatch(contract_id):
        raise InputError(
            Problem(
                f"an id is lower-case letters, digits and dashes, not {contract_id!r}", field="--id"
            )
        )
    if not vendor.strip():
        raise InputError(Problem("the vendor's name is empty", field="--vendor"))
    checks = (("--currency", check_currency, currency), ("--timezone", check_zone, timezone))
    for flag, check, value in checks:
        try:
            check(value)
        except ValueError as exc:
            raise InputError(Problem(str(exc), field=flag)) from None
    if not _LANGUAGE.fullmatch(language):
        raise InputError(
            Problem(
                f"a language is an ISO 639-1 code such as en, no, he, not {language!r}",
                field="--language",
            )
        )
    country = holiday_country(timezone)
    return Template(TEMPLATE_PATH.read_text(encoding="utf-8")).substitute(
        id=contract_id,
        vendor=vendor,
        vendor_yaml=json.dumps(vendor.strip(), ensure_ascii=False),
        currency=currency,
        timezone=timezone,
        language_yaml=json.dumps(language),  # "no" unquoted would be read as false elsewhere
        country_yaml=json.dumps(country) if country else "null",
    )


def template_contract(text: str, source: str) -> Contract:
    """The template's contract, validated (a template that does not validate is a bug)."""
    return parse_contract(text, source)
