"""Reading YAML input files with line numbers, and turning validation errors into plain words.

YAML 1.1 (PyYAML's dialect) reads `NO` as false, `17:00` as the number 1020 and `0.18` as a
binary float. None of that is wanted in contracts, so plain scalars are read here by a small set of
rules of our own: `true`/`false`, `null`/`~`/empty, whole numbers as int, anything else as text
(pydantic turns "0.18" into an exact Decimal and "2026-03-12T15:30:00+02:00" into a datetime).
Every value remembers its line, so an error can name the file, line and field.

Every file kind goes through `read_yaml` / `parse_yaml`, within `models.limits.LIMITS`: the file
size, the values after expanding aliases (counted as they are met, never built twice), nesting
depth, the length of a number and of a text. The data is built from libyaml's event stream
(PyYAML's C parser when installed) by a loop, not recursion, so no input can exhaust the stack.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from models import limits as _limits
from models.errors import InputError, Problem
from models.file_kinds import command, kind_of_model, kind_problem
from models.limits import shorten

_INT = re.compile(r"[-+]?[0-9]+")
_NUMBERISH = re.compile(r"[-+]?\.?[0-9][0-9_.eE+-]*")
_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
# What YAML allows in a stream (YAML 1.1 §5.1); anything else is refused before parsing.
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Loc = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


@dataclass
class YamlDocument:
    """Parsed YAML data plus the line (1-based) where each value, by its path, starts."""

    data: Any
    source: str
    lines: dict[Loc, int] = field(default_factory=dict)
    aliases: dict[Loc, Loc] = field(default_factory=dict)  # an alias's path: its anchor's

    def line_of(self, loc: Sequence[str | int]) -> int | None:
        """The line of the deepest part of `loc` that exists in the data; inside an alias
        (`*shared`), the line in the anchored node, where the words actually are."""
        found: int | None = self.lines.get(())
        path: Loc = ()
        for part in loc:
            candidate = (*path, part)
            if candidate in self.aliases:
                found = self.lines.get(candidate, found)
                path = self.aliases[candidate]
            elif candidate in self.lines:
                path = candidate
                found = self.lines[candidate]
        return found

    def part(self, key: str) -> YamlDocument:
        """The value under `key` as a document of its own, keeping the file's line numbers
        (to check part of a file exactly as the file of its own kind is checked)."""
        data = self.data.get(key) if isinstance(self.data, dict) else None
        lines = {loc[1:]: line for loc, line in self.lines.items() if loc[:1] == (key,)}
        aliases = {
            loc[1:]: anchor[1:]
            for loc, anchor in self.aliases.items()
            if loc[:1] == (key,) and anchor[:1] == (key,)
        }
        return YamlDocument(data, self.source, lines or {(): self.lines.get((), 1)}, aliases)


def check_count(document: YamlDocument, key: str, most: int) -> None:
    """Refuse a list under `key` longer than `most`, before validating it item by item."""
    items = document.data.get(key) if isinstance(document.data, dict) else None
    if isinstance(items, list) and len(items) > most:
        raise InputError(
            Problem(
                f"{len(items):,} items; at most {most:,} (see the limits in the README)",
                document.source,
                document.line_of((key,)),
                key,
            )
        )


@dataclass
class _Open:
    """A list or mapping being built: where it is, and what it has counted so far."""

    value: dict[str, Any] | list[Any]
    path: Loc
    anchor: str | None
    nodes_before: int
    key: str | None = None  # a mapping's key waiting for its value
    depth_below: int = 0


@dataclass(frozen=True)
class _Anchored:
    value: Any
    nodes: int  # values inside, aliases expanded
    depth: int
    path: Loc  # where the anchored node is (its lines are found there)


class _Builder:
    """Builds plain data from YAML events, checking every limit as it goes."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.limits = _limits.LIMITS
        self.lines: dict[Loc, int] = {}
        self.anchors: dict[str, _Anchored] = {}
        self.aliases: dict[Loc, Loc] = {}
        self.nodes = 0

    def error(self, event: Any, message: str) -> InputError:
        mark: Any = event.start_mark
        return InputError(Problem(message, self.source, mark.line + 1, column=mark.column + 1))

    def build(self, events: Any) -> Any:
        stack: list[_Open] = []
        documents = 0
        result: Any = None
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise self.error(event, "a file holds one YAML document, this is a second")
                continue
            if isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                done = stack.pop()
                if done.anchor is not None:
                    self.anchors[done.anchor] = _Anchored(
                        done.value, self.nodes - done.nodes_before, done.depth_below + 1, done.path
                    )
                if stack:
                    stack[-1].depth_below = max(stack[-1].depth_below, done.depth_below + 1)
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue  # stream and document ends
            parent = stack[-1] if stack else None
            if isinstance(parent, _Open) and isinstance(parent.value, dict) and parent.key is None:
                self._key(event, parent)
                continue
            path: Loc = () if parent is None else self._child_path(parent)
            self.lines.setdefault(path, _line(event))
            value, opened = self._value(event, path, stack)
            if opened is not None:
                stack.append(opened)
            if parent is None:
                result = value
            elif isinstance(parent.value, list):
                parent.value.append(value)
            else:
                assert parent.key is not None
                parent.value[parent.key] = value
                parent.key = None
        return result

    def _child_path(self, parent: _Open) -> Loc:
        if isinstance(parent.value, list):
            return (*parent.path, len(parent.value))
        assert parent.key is not None
        return (*parent.path, parent.key)

    def _key(self, event: Any, mapping: _Open) -> None:
        if not isinstance(event, yaml.ScalarEvent):
            raise self.error(event, "a key must be plain text")
        key = str(event.value)
        self._check_text(event, key)
        if key == "<<":
            raise self.error(event, "merge keys (<<) are not supported")
        assert isinstance(mapping.value, dict)
        if key in mapping.value:
            raise self.error(event, f"key {shorten(key)!r} appears twice in the same mapping")
        mapping.key = key
        self.lines[(*mapping.path, key)] = _line(event)

    def _count(self, event: Any, nodes: int, depth: int) -> None:
        self.nodes += nodes
        if self.nodes > self.limits.max_nodes:
            raise self.error(
                event,
                f"more than {self.limits.max_nodes:,} values (aliases expanded); "
                "see the limits in the README",
            )
        if depth > self.limits.max_depth:
            raise self.error(event, f"nested more than {self.limits.max_depth} levels deep")

    def _value(self, event: Any, path: Loc, stack: list[_Open]) -> tuple[Any, _Open | None]:
        depth = len(stack)
        if isinstance(event, yaml.AliasEvent):
            name = str(event.anchor)
            anchored = self.anchors.get(name)
            if anchored is None:
                if any(o.anchor == name for o in stack):
                    raise self.error(event, f"alias *{shorten(name)} refers to itself")
                raise self.error(event, f"alias *{shorten(name)} has no anchor before it")
            self._count(event, anchored.nodes, depth + anchored.depth)
            self.aliases[path] = anchored.path
            return anchored.value, None
        self._count(event, 1, depth + 1)
        if isinstance(event, yaml.ScalarEvent):
            value = self._scalar(event)
            if event.anchor is not None:
                self.anchors[event.anchor] = _Anchored(value, 1, 1, path)
            return value, None
        container: dict[str, Any] | list[Any] = (
            {} if isinstance(event, yaml.MappingStartEvent) else []
        )
        return container, _Open(container, path, event.anchor, self.nodes - 1)

    def _check_text(self, event: Any, text: str) -> None:
        if len(text) > self.limits.max_string_chars:
            most = self.limits.max_string_chars
            raise self.error(event, f"a text of {len(text):,} characters (at most {most:,})")
        surrogate = _SURROGATE.search(text)
        if surrogate is not None:
            raise self.error(
                event, f"not valid Unicode: a lone surrogate {surrogate.group()!a} in the text"
            )

    def _scalar(self, event: Any) -> Any:
        text: str = event.value
        self._check_text(event, text)
        if event.style:  # quoted or block text stays text
            return text
        if text in _NULLS:
            return None
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        if len(text) > self.limits.max_number_chars and _NUMBERISH.fullmatch(text):
            raise self.error(
                event,
                f"a number of {len(text):,} characters (at most {self.limits.max_number_chars})",
            )
        if _INT.fullmatch(text):
            return int(text)
        return text


def _line(event: Any) -> int:
    line: int = event.start_mark.line + 1
    return line


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset in `text`."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def parse_yaml(text: str, source: str) -> YamlDocument:
    """Parse YAML text; `source` names it in errors. Raises InputError on a syntax error."""
    bad = _NOT_PRINTABLE.search(text)
    if bad is not None:
        line, column = _line_and_column(text, bad.start())
        raise InputError(
            Problem(
                f"a control character {bad.group()!a} is not allowed in YAML",
                source,
                line,
                column=column,
            )
        )
    builder = _Builder(source)
    try:
        data = builder.build(yaml.parse(text, Loader=_LOADER))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "not valid YAML"
        raise InputError(
            Problem(
                f"YAML syntax error: {shorten(what, 120)}",
                source,
                mark.line + 1 if mark else None,
                column=mark.column + 1 if mark else None,
            )
        ) from None
    except yaml.YAMLError as exc:
        raise InputError(Problem(f"YAML error: {shorten(str(exc), 120)}", source)) from None
    if not builder.lines:
        builder.lines[()] = 1
    return YamlDocument(data, source, builder.lines, builder.aliases)


def read_yaml(path: Path) -> YamlDocument:
    """Read and parse a YAML file within the limits; a file that cannot be read is an
    InputError naming it (and, for bad UTF-8, the line and column)."""
    limit = _limits.LIMITS.max_file_bytes
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError(Problem("file not found", str(path))) from None
    except IsADirectoryError:
        raise InputError(Problem("is a folder, not a file", str(path))) from None
    except OSError as exc:
        raise InputError(
            Problem(f"cannot read the file: {exc.strerror or type(exc).__name__}", str(path))
        ) from None
    if len(raw) > limit:
        raise InputError(
            Problem(f"the file is larger than the limit of {limit:,} bytes", str(path))
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        good = raw[: exc.start].decode("utf-8")
        line, column = _line_and_column(good, len(good))
        raise InputError(
            Problem(f"not UTF-8 text (byte {raw[exc.start]:#04x})", str(path), line, column=column)
        ) from None
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
        return f"unknown field (a typo? see `{command('schema')}` for the fields)"
    if kind == "missing":
        return "required field is missing"
    message = str(error["msg"])
    message = message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    value = error.get("input")
    if kind not in {"union_tag_invalid", "model_type"} and isinstance(value, str | int | float):
        message += f" (got {shorten(repr(value))})"
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


def value_problems(value: Any, document: YamlDocument, loc: Loc = ()) -> list[Problem]:
    """Every number and date of a validated model outside the bounds of `models.limits`.

    One walk over the model, so every file kind (and a contract's every amount) gets the same
    bounds without each model repeating them.
    """
    problems: list[Problem] = []
    pending: list[tuple[Any, Loc]] = [(value, loc)]
    while pending:
        item, where = pending.pop()
        message: str | None = None
        if isinstance(item, BaseModel):
            for name, info in type(item).model_fields.items():
                pending.append((getattr(item, name), (*where, info.alias or name)))
        elif isinstance(item, dict):
            pending.extend((child, (*where, key)) for key, child in item.items())
        elif isinstance(item, list | tuple):
            pending.extend((child, (*where, i)) for i, child in enumerate(item))
        elif isinstance(item, Decimal | int):
            message = _failure(_limits.check_number, item)
        elif isinstance(item, date):
            message = _failure(_limits.check_year, item)
        if message is not None:
            data_loc = _data_loc(document.data, where)
            line = document.line_of(data_loc)
            problems.append(Problem(message, document.source, line, field_path(data_loc) or None))
    problems.sort(key=lambda p: p.line or 0)
    return problems


def _failure(check: Any, value: Any) -> str | None:
    try:
        check(value)
    except ValueError as exc:
        return str(exc)
    return None


def check_kind(model: type, document: YamlDocument) -> None:
    """Refuse a whole file that is not a `model` file at all (see models/file_kinds.py)."""
    kind = kind_of_model(model)
    problem = (
        None
        if kind is None
        else kind_problem(kind, document.data, document.source, document.line_of)
    )
    if problem is not None:
        raise InputError(problem)


def validate_document(model: type[M], document: YamlDocument) -> M:
    """Validate a parsed document against a pydantic model, then the bounds of every number and
    date in it, or raise InputError with locations. A whole file of a known kind that is empty,
    not a mapping, or a file of another kind is one problem saying so."""
    check_kind(model, document)
    try:
        parsed = model.model_validate(document.data)
    except ValidationError as exc:
        raise InputError(problems_from_validation(exc, document)) from None
    except (ArithmeticError, OverflowError, RecursionError) as exc:  # a value too large to use
        raise InputError(
            Problem(f"a value is out of range ({type(exc).__name__})", document.source)
        ) from None
    problems = value_problems(parsed, document)
    if problems:
        raise InputError(problems)
    return parsed
