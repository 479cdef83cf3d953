"""Readings not taken: the alternatives an interpreted or assumed rule names, as contract variants.

A contract rule may carry `alternatives` (see `rules.Alternative`): another reading of its clause
with the fields that reading changes. `reading_choices` lists them; `with_reading` gives the
contract as it would be under one of them, validated like any contract. A rule that YAML anchors
repeat in several plans is one reading: the choice changes every copy.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from models.contract import Contract
from models.rules import Alternative, Cited
from models.vocabulary import Provenance

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class ReadingChoice:
    """One alternative reading of one clause of one contract."""

    contract_id: str
    clause: str | None
    provenance: Provenance
    place: str  # where the rule sits, in words ("plan standard · work start")
    current: str  # the reading in force
    alternative: Alternative
    paths: tuple[Path, ...]  # every copy of the rule in the contract document

    @property
    def key(self) -> str:
        """A stable id: contract, clause and the alternative's reading."""
        return f"{self.contract_id}:{self.clause or '-'}:{self.alternative.reading}"


def _walk(model: BaseModel, path: Path) -> Iterator[tuple[Path, Cited]]:
    if isinstance(model, Cited):
        yield path, model
    for name, info in type(model).model_fields.items():
        if name == "alternatives":
            continue
        key = info.alias or name
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            yield from _walk(value, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _walk(item, (*path, key, index))


def reading_choices(contract: Contract) -> list[ReadingChoice]:
    """Every alternative reading the contract names, one per clause and reading."""
    places = {id(rule): place for place, rule in contract.cited_rules_with_place(notes=True)}
    grouped: dict[tuple[str | None, str], list[tuple[Path, Cited, Alternative]]] = {}
    for path, rule in _walk(contract, ()):
        for alternative in rule.alternatives:
            grouped.setdefault((rule.clause, alternative.reading), []).append(
                (path, rule, alternative)
            )
    choices = []
    for found in grouped.values():
        _, rule, alternative = found[0]
        choices.append(
            ReadingChoice(
                contract_id=contract.id,
                clause=rule.clause,
                provenance=rule.provenance,
                place=places.get(id(rule), "/".join(str(p) for p in found[0][0])),
                current=rule.reading or "as written",
                alternative=alternative,
                paths=tuple(path for path, _, _ in found),
            )
        )
    return choices


def _at(document: Any, path: Path) -> dict[str, Any]:
    node = document
    for part in path:
        node = node[part]
    if not isinstance(node, dict):  # pragma: no cover - paths come from _walk over the model
        raise TypeError(f"no rule at {path}")
    return node


def with_reading(contract: Contract, choice: ReadingChoice) -> Contract:
    """The contract under the alternative reading (its own alternatives dropped on those rules)."""
    document = copy.deepcopy(contract.model_dump(by_alias=True))
    for path in choice.paths:
        rule = _at(document, path)
        rule.update(copy.deepcopy(choice.alternative.changes))
        rule["reading"] = choice.alternative.reading
        rule.pop("alternatives", None)
    return Contract.model_validate(document, context={"alternatives": False})
