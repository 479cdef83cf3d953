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
    column: int | None = None  # given for syntax, encoding and character errors

    def __str__(self) -> str:
        """One line, whatever the message holds: `file:line[:column]: field: message`."""
        where = ""
        if self.file:
            where = _one_line(self.file, 200)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
        if self.field:
            field = _one_line(self.field, 120)
            where = f"{where}: {field}" if where else field
        message = _one_line(self.message, MAX_MESSAGE_CHARS)
        return f"{where}: {message}" if where else message


MAX_MESSAGE_CHARS = 300


def _one_line(text: str, keep: int) -> str:
    """Line breaks and unprintable characters escaped, lone surrogates made printable, and at
    most `keep` characters, so a problem prints as one short line on any terminal."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if not text.isprintable():
        text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= keep else text[: keep - 1] + "…"


class CancelledError(Exception):
    """Raised from a progress callback to stop a long simulation."""


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
