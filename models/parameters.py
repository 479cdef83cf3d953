"""Parameter values a user supplies per contract (a product price, an hourly rate...)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from models.contract import Contract
from models.errors import InputError, Problem
from models.file_kinds import PARAMETERS, kind_problem
from models.limits import check_number, shorten
from models.yamlio import YamlDocument

ParameterValues = Mapping[str, Mapping[str, Decimal]]


def _parameter_number(raw: object) -> Decimal:
    """A parameter value: a number of 0 or more within the bounds of every number."""
    try:
        if isinstance(raw, bool) or not isinstance(raw, str | int | Decimal):
            raise ValueError
        number = Decimal(str(raw))
        if not number.is_finite() or number < 0:
            raise ValueError
    except (ValueError, ArithmeticError):
        raise ValueError(f"expected a number of 0 or more, got {shorten(repr(raw))}") from None
    check_number(number)
    return number


def parse_parameter_values(document: YamlDocument) -> dict[str, dict[str, Decimal]]:
    """`{contract_id: {parameter: number}}` from a parsed parameter file."""
    data = document.data
    if data is None:
        return {}  # a comparison without parameters (a parameter file must not be empty)
    problem = kind_problem(PARAMETERS, data, document.source, document.line_of)
    if problem is not None:
        raise InputError(problem)
    values: dict[str, dict[str, Decimal]] = {}
    for contract_id, entries in data.items():
        if not isinstance(entries, dict):
            line = document.line_of((contract_id,))
            raise InputError(
                Problem("expected parameter: value pairs", document.source, line, contract_id)
            )
        values[contract_id] = {}
        for name, raw in entries.items():
            where = (contract_id, name)
            try:
                number = _parameter_number(raw)
            except ValueError as exc:
                raise InputError(
                    Problem(
                        str(exc), document.source, document.line_of(where), f"{contract_id}.{name}"
                    )
                ) from None
            values[contract_id][name] = number
    return values


def check_parameter_values(
    document: YamlDocument, values: ParameterValues, contracts: list[Contract]
) -> list[str]:
    """Unknown parameter names of loaded contracts are errors; unknown contracts are warnings."""
    by_id = {c.id: c for c in contracts}
    warnings = []
    problems = []
    for contract_id, entries in values.items():
        contract = by_id.get(contract_id)
        if contract is None:
            warnings.append(f"{document.source}: no loaded contract {contract_id!r}; ignored")
            continue
        known = {p.name for p in contract.parameters}
        for name in entries:
            if name not in known:
                problems.append(
                    Problem(
                        f"contract {contract_id} has no parameter {name!r} "
                        f"(it has: {', '.join(sorted(known)) or 'none'})",
                        document.source,
                        document.line_of((contract_id, name)),
                        f"{contract_id}.{name}",
                    )
                )
    if problems:
        raise InputError(problems)
    return warnings


def resolve(
    contract: Contract, supplied: Mapping[str, Decimal] | None
) -> dict[str, Decimal | None]:
    """Every parameter of the contract: the supplied value, else its default (maybe None)."""
    supplied = supplied or {}
    values: dict[str, Decimal | None] = {}
    for parameter in contract.parameters:
        value = supplied.get(parameter.name, parameter.default)
        values[parameter.name] = None if value is None else Decimal(value)
    return values
