"""The kinds of input file, so a file of the wrong kind, an empty file or a list is refused with
one message that says what the file is and what was expected, before field-by-field validation
(which would list every field of the other kind as unknown).

A file is recognised by its `format:` line, or, for the kinds without one, by its keys alone
(`scenarios:`; `date:`, `base:`, `rates:`; contract ids holding `name: number` pairs).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.errors import Problem


def command(words: str) -> str:
    """A command as the user runs it, for messages: `python main.py schema` when started from a
    checkout's main.py, else the installed `termscope schema`. The one place that words it."""
    started = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    program = "python main.py" if started == "main.py" else "termscope"
    return f"{program} {words}"


@dataclass(frozen=True)
class FileKind:
    model: str  # the class name of the pydantic model a file of this kind is validated with
    noun: str  # "a contract"
    format: str | None  # its `format:` value, when it has one
    start: str  # what such a file starts with
    fields: str  # its first fields, to say what it is a mapping of
    use: str  # where a file of this kind goes ({command} becomes how the user runs termscope)
    keys: frozenset[str] = frozenset()  # the kinds without a format: every key it has

    def how_to_use(self) -> str:
        return self.use.replace("{command}", command("").rstrip())


CONTRACT = FileKind(
    "Contract",
    "a contract",
    "termscope.contract/1",
    "`format: termscope.contract/1`",
    "fields (format, id, vendor, …)",
    "add it to a comparison with File → Open Contract… (`{command} simulate --contracts FILE` "
    "on the command line)",
)
COMPARISON = FileKind(
    "ComparisonFile",
    "a comparison",
    "termscope.comparison/1",
    "`format: termscope.comparison/1`",
    "fields (format, title, plans, scenarios, …)",
    "open it with File → Open… (`{command} gui FILE` on the command line)",
)
SCENARIOS = FileKind(
    "ScenarioFile",
    "a scenario file",
    None,
    "`scenarios:`",
    "fields (scenarios)",
    "give it with `--scenarios FILE`",
    frozenset({"scenarios"}),
)
PROFILE = FileKind(
    "Profile",
    "a workload profile",
    "termscope.profile/1",
    "`format: termscope.profile/1`",
    "fields (format, name, timezone, …)",
    "give it with `--profile FILE`, or Open profile… in the yearly view",
)
CRITERIA = FileKind(
    "Criteria",
    "a criteria file",
    "termscope.criteria/1",
    "`format: termscope.criteria/1`",
    "fields (format, name, weights, …)",
    "give it with `--criteria FILE`",
)
RATES = FileKind(
    "Rates",
    "a rates file",
    None,
    "`date:`, `base:` and `rates:`",
    "fields (date, base, rates)",
    "give it with `--rates FILE`",
    frozenset({"date", "base", "rates"}),
)
PARAMETERS = FileKind(
    "parameters",  # read without a model (models/parameters.py)
    "a parameter file",
    None,
    "a contract id, e.g. `kianpardaz:`",
    "contract ids to their parameters (kianpardaz: {product_price: …})",
    "give it with `--params FILE`",
)
KINDS = (CONTRACT, COMPARISON, SCENARIOS, PROFILE, CRITERIA, RATES, PARAMETERS)
_BY_MODEL = {kind.model: kind for kind in KINDS}


def kind_of_model(model: type) -> FileKind | None:
    return _BY_MODEL.get(model.__name__)


def _recognised(data: dict[Any, Any]) -> FileKind | None:
    """The kind a mapping is, by its `format:` value or, lacking one, by its keys."""
    stated = data.get("format")
    if stated is not None:
        return next((k for k in KINDS if k.format is not None and k.format == stated), None)
    keys = set(data)
    by_keys = next((k for k in KINDS if k.keys and keys == k.keys), None)
    if by_keys is None and data and all(_parameter_values(v) for v in data.values()):
        return PARAMETERS
    return by_keys


def _parameter_values(value: Any) -> bool:
    """`{product_price: 1200}`: what a parameter file holds under each contract id."""
    return (
        isinstance(value, dict)
        and bool(value)
        and all(isinstance(v, int | str) and not isinstance(v, bool) for v in value.values())
    )


def _shape(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "a number"
    return "a text"


def kind_problem(expected: FileKind, data: Any, source: str, line_of: Any) -> Problem | None:
    """Why `data` (a whole file) is not a file of the `expected` kind at all, or None.

    `line_of` gives the line of a path in the file (`YamlDocument.line_of`).
    """
    if data is None:
        return Problem(
            f"the file is empty — {expected.noun} starts with {expected.start}", source, 1
        )
    if not isinstance(data, dict):
        return Problem(
            f"{expected.noun} is a mapping of {expected.fields}, not {_shape(data)}",
            source,
            line_of(()),
        )
    found = _recognised(data)
    if found is None or found is expected:
        return None
    what = found.noun + (f" ({found.format})" if found.format else "")
    where = ("format",) if found.format else (next(iter(data)),)
    return Problem(
        f"this file is {what}, not {expected.noun} — {found.how_to_use()}", source, line_of(where)
    )
