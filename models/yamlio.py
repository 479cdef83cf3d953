"""Reading YAML input files with line numbers, and turning validation errors into plain words.

YAML 1.1 (PyYAML's dialect) reads `NO` as false, `17:00` as the number 1020 and `0.18` as a
binary float. None of that is wanted in contracts, so plain scalars are read here by a small set of
rules of our own: `true`/`false`, `null`/`~`/empty, whole numbers as int, anything else as text
(pydantic turns "0.18" into an exact Decimal and "2026-03-12T15:30:00+02:00" into a datetime).
Every value remembers its line, so an error can name the file, line and field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from models.errors import InputError, Problem

_INT = re.compile(r"[-+]?[0-9]+")
_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}

Loc = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


@dataclass
class YamlDocument:
    """Parsed YAML data plus the line (1-based) where each value, by its path, starts."""

    data: Any
    source: str
    lines: dict[Loc, int] = field(default_factory=dict)

    def line_of(self, loc: Sequence[str | int]) -> int | None:
        """The line of the deepest part of `loc` that exists in the data."""
        found: int | None = self.lines.get(())
        path: Loc = ()
        for part in loc:
            candidate = (*path, part)
            if candidate in self.lines:
                path = candidate
                found = self.lines[candidate]
        return found


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.lines: dict[Loc, int] = {}

    def build(self, node: yaml.Node, path: Loc) -> Any:
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise self._error(key_node, "a key must be plain text")
                key = str(key_node.value)
                if key == "<<":
                    raise self._error(key_node, "merge keys (<<) are not supported")
                if key in result:
                    raise self._error(key_node, f"key {key!r} appears twice in the same mapping")
                self.lines[(*path, key)] = key_node.start_mark.line + 1
                result[key] = self.build(value_node, (*path, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        if not isinstance(node, yaml.ScalarNode):
            raise self._error(node, f"unsupported YAML node {type(node).__name__}")
        return _scalar(node)

    def _error(self, node: yaml.Node, message: str) -> InputError:
        return InputError(Problem(message, self.source, node.start_mark.line + 1))


def _scalar(node: yaml.ScalarNode) -> Any:
    text: str = node.value
    if node.style:  # quoted or block text stays text
        return text
    if text in _NULLS:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if _INT.fullmatch(text):
        return int(text)
    return text


def parse_yaml(text: str, source: str) -> YamlDocument:
    """Parse YAML text; `source` names it in errors. Raises InputError on a syntax error."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        what = exc.problem or exc.context or "not valid YAML"
        raise InputError(Problem(f"YAML syntax error: {what}", source, line)) from None
    except yaml.YAMLError as exc:
        raise InputError(Problem(f"YAML error: {exc}", source)) from None
    if node is None:
        return YamlDocument(None, source, {(): 1})
    builder = _Builder(source)
    data = builder.build(node, ())
    return YamlDocument(data, source, builder.lines)


def read_yaml(path: Path) -> YamlDocument:
    """Read and parse a YAML file; a missing or unreadable file is an InputError."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(Problem("file not found", str(path))) from None
    except IsADirectoryError:
        raise InputError(Problem("is a folder, not a file", str(path))) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(Problem(f"cannot read the file: {exc}", str(path))) from None
    return parse_yaml(text, str(path))


def field_path(loc: Sequence[str | int]) -> str:
    """`('plans', 0, 'pricing', 2, 'rate')` → `plans[0].pricing[2].rate`."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def _child(current: Any, part: str | int) -> tuple[bool, Any]:
    """(True, value) when `part` is a key or an index of `current`."""
    if isinstance(current, dict) and part in current:
        return True, current[part]
    if isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
        return True, current[part]
    return False, None


def _data_loc(data: Any, loc: Sequence[str | int]) -> Loc:
    """Keep the parts of a pydantic error location that are in the data.

    Pydantic puts union tags ('hourly', 'function-after[...]') into locations; they are not in
    the data and are dropped. A last part that is not in the data is a missing or unknown key,
    and is kept so the message can name it.
    """
    kept: list[str | int] = []
    current = data
    for index, part in enumerate(loc):
        found, child = _child(current, part)
        if found:
            kept.append(part)
            current = child
        elif index == len(loc) - 1 and isinstance(part, str) and isinstance(current, dict):
            kept.append(part)
    return tuple(kept)


def _message(error: Any) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown field (a typo? see `python main.py schema` for the fields)"
    if kind == "missing":
        return "required field is missing"
    message = str(error["msg"])
    message = message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    value = error.get("input")
    if kind not in {"union_tag_invalid", "model_type"} and isinstance(value, str | int | float):
        message += f" (got {value!r})"
    return message


def problems_from_validation(
    exc: ValidationError, document: YamlDocument, prefix: Loc = ()
) -> list[Problem]:
    """One Problem per pydantic error, each with the file, line and field path."""
    problems = []
    for error in exc.errors():
        deeper = getattr(error.get("ctx", {}).get("error"), "loc", ())  # a LocatedValueError
        loc = (*prefix, *error["loc"], *deeper)
        data_loc = _data_loc(document.data, loc)
        problems.append(
            Problem(
                _message(error),
                document.source,
                document.line_of(data_loc),
                field_path(data_loc) or None,
            )
        )
    return problems


def validate_document(model: type[M], document: YamlDocument) -> M:
    """Validate a parsed document against a pydantic model, or raise InputError with locations."""
    try:
        return model.model_validate(document.data)
    except ValidationError as exc:
        raise InputError(problems_from_validation(exc, document)) from None
