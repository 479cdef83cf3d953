"""Reading contract, scenario, parameter and rates files into validated models.

Every failure is an InputError naming the file, line and field; nothing here prints.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from models import limits
from models.contract import Contract
from models.errors import InputError, Problem
from models.file_kinds import PARAMETERS, kind_problem
from models.parameters import parse_parameter_values
from models.rates import Rates
from models.scenario import Scenario, ScenarioFile
from models.yamlio import YamlDocument, check_count, parse_yaml, read_yaml, validate_document


def load_contract(path: Path) -> Contract:
    return validate_document(Contract, read_yaml(path))


def parse_contract(text: str, source: str) -> Contract:
    """A contract from text (an embedded copy in a comparison file, an editor buffer)."""
    return validate_document(Contract, parse_yaml(text, source))


def contract_files(paths: list[Path]) -> list[Path]:
    """Files as given; folders give their *.yaml files (not recursive), sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.yaml")))
        else:
            files.append(path)
    return files


def load_contracts(paths: list[Path]) -> list[Contract]:
    """Load every contract, collecting the problems of all files before failing."""
    contracts: list[Contract] = []
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    for file in contract_files(paths):
        try:
            contract = load_contract(file)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        if contract.id in seen:
            problems.append(
                Problem(
                    f"contract id {contract.id!r} is also used by {seen[contract.id]}", str(file)
                )
            )
            continue
        seen[contract.id] = file
        contracts.append(contract)
    if problems:
        raise InputError(problems)
    if not contracts:
        raise InputError(Problem("no contract files found", ", ".join(map(str, paths))))
    return contracts


def load_scenarios(path: Path) -> list[Scenario]:
    document = read_yaml(path)
    check_count(document, "scenarios", limits.LIMITS.max_scenarios)
    return validate_document(ScenarioFile, document).scenarios


def load_rates(path: Path) -> Rates:
    return validate_document(Rates, read_yaml(path))


def read_parameter_file(path: Path) -> YamlDocument:
    """A parameter file, parsed (for `parse_parameter_values`); an empty one is an error."""
    document = read_yaml(path)
    if document.data is None:
        problem = kind_problem(PARAMETERS, None, document.source, document.line_of)
        assert problem is not None
        raise InputError(problem)
    return document


def load_parameter_values(path: Path) -> dict[str, dict[str, Decimal]]:
    return parse_parameter_values(read_parameter_file(path))
