"""A digest of everything a decision or a yearly view is worked out from (no numpy here: the
app's start-up and the report module import it)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from decimal import Decimal

from models.comparison import PlanRef
from models.criteria import Criteria
from models.profile import Profile
from models.rates import Rates


def inputs_fingerprint(
    profile: Profile,
    plans: Sequence[PlanRef],
    params: Mapping[str, Mapping[str, Decimal]],
    rates: Rates,
    currency: str,
    criteria: Criteria,
    years: int,
    seed: int | None,
) -> str:
    """A digest of everything a decision (or a yearly view) depends on."""
    contracts = {ref.contract.id: ref.contract for ref in plans}
    document = {
        "profile": profile.model_dump(mode="json"),
        "plans": [ref.key for ref in plans],
        "contracts": {cid: c.model_dump(mode="json") for cid, c in sorted(contracts.items())},
        "params": {c: {k: str(v) for k, v in p.items()} for c, p in sorted(params.items())},
        "rates": rates.model_dump(mode="json"),
        "currency": currency,
        "criteria": criteria.model_dump(mode="json"),
        "years": years,
        "seed": seed,
    }
    text = json.dumps(document, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()
