"""Internal notation in the words a person reads (the Why panel, the workbook, the PDF).

"product_price" → "product price"; "cause=customer_caused/change_request" → "cause: customer
caused or change request". Identifiers stay identifiers in JSON and in the contract files.
"""

from __future__ import annotations

import re

_IDENTIFIER = re.compile(r"\b([a-z]+(?:_[a-z]+)+)\b")
_CONDITION = re.compile(r"\b([a-z]+(?:_[a-z]+)*)=([\w/.:-]+)")


def identifiers_in_words(text: str) -> str:
    """Every snake_case identifier written as words: "included_hours" → "included hours"."""
    return _IDENTIFIER.sub(lambda m: m.group(1).replace("_", " "), text)


def plain_words(text: str) -> str:
    """Conditions and identifiers in plain words (see the module docstring)."""

    def condition(match: re.Match[str]) -> str:
        return f"{match[1]}: {' or '.join(match[2].split('/'))}"

    return identifiers_in_words(_CONDITION.sub(condition, text))
