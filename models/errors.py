"""The one error type that bad input raises: it carries where the problem is, in plain words."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where it is (file, line, field) and what is wrong."""

    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
        if self.field:
            where = f"{where}: {self.field}" if where else self.field
        return f"{where}: {self.message}" if where else self.message


class InputError(Exception):
    """Bad input (a contract, scenario, parameter or rates file, or a command-line value).

    Carries one or more `Problem`s; `str()` gives one line per problem, ready for a person.
    """

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = problems
        super().__init__("\n".join(str(p) for p in problems))


class LocatedValueError(ValueError):
    """A validation error about a value below the model whose validator found it (a rule that
    cites a missing clause, found by the whole-contract check): `loc` is that value's path
    relative to the model, so the message names the rule's own line, not the model's."""

    def __init__(self, message: str, loc: tuple[str | int, ...]) -> None:
        super().__init__(message)
        self.loc = loc
