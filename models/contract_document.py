"""A contract file being edited: its YAML as a round-trip document, and the contract it gives.

Editing a contract must not rewrite the vendor's file: comments, key order, quoting and flow
style stay as they were (`ruamel.yaml` round-trip mode), so opening and saving without edits
gives the same bytes, and an edit of one field changes that field's line only.

Edits go by path (`("plans", 0, "pricing", 2, "rate")`, as pydantic and `field_path` name
fields): set a field, insert or remove a list item, delete a key. `validate()` checks the text as
written, with the same reader and messages as `python main.py validate` (file, line, field).
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)
from ruamel.yaml.tokens import CommentToken

from models.comparison_file import write_atomically
from models.contract import Contract
from models.errors import InputError, Problem
from models.yamlio import field_path, parse_yaml, validate_document

FieldPath = tuple[str | int, ...]
_STYLED = (
    DoubleQuotedScalarString,
    SingleQuotedScalarString,
    LiteralScalarString,
    FoldedScalarString,
)
# plain words that YAML 1.1 readers (editors, other tools) take for booleans, nulls or numbers
_AMBIGUOUS = re.compile(
    r"(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|true|True|TRUE|false|False|FALSE"
    r"|null|Null|NULL|~|[-+]?[0-9_.:]+([eE][-+]?[0-9]+)?)"
)


def _represent_none(representer: RoundTripRepresenter, _data: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap the vendor's long lines
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.add_representer(type(None), _represent_none)
    return yaml


def to_node(value: Any, flow: bool = False) -> Any:
    """A plain value (dicts, lists, Decimals, dates, times) as ruamel nodes, written the way
    the bundled contracts are: short mappings and lists of words in flow style."""
    match value:
        case bool() | int() | None | date():
            return value
        case Decimal():
            return int(value) if value == value.to_integral_value() else str(value)
        case time():
            return DoubleQuotedScalarString(value.strftime("%H:%M"))
        case str():
            return DoubleQuotedScalarString(value) if _AMBIGUOUS.fullmatch(value) else value
        case Mapping():
            node = CommentedMap((str(k), to_node(v, True)) for k, v in value.items())
            if flow and all(
                _is_flow(v) or not isinstance(v, Mapping | list) for v in node.values()
            ):
                node.fa.set_flow_style()
            return node
        case list() | tuple():
            seq = CommentedSeq(to_node(v, True) for v in value)
            if all(not isinstance(v, Mapping | list) for v in value):
                seq.fa.set_flow_style()
            return seq
    raise TypeError(f"cannot write {type(value).__name__} into a contract")


def _keep_style(old: Any, new: Any) -> Any:
    """A new text in the quoting (or block style) of the text it replaces."""
    if isinstance(new, str) and not isinstance(new, _STYLED) and isinstance(old, _STYLED):
        return type(old)(new)
    return new


@dataclass(frozen=True)
class Checked:
    """The result of validating the document: the contract, or the problems."""

    contract: Contract | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.contract is not None

    def problems_at(self, path: FieldPath) -> list[Problem]:
        """The problems of this field and of everything inside it."""
        name = field_path(path)
        return [
            p
            for p in self.problems
            if p.field is not None
            and (p.field == name or p.field.startswith((f"{name}.", f"{name}[")) or not name)
        ]


class ContractDocument:
    """One contract file as a round-trip YAML document."""

    def __init__(self, text: str, source: str) -> None:
        self.source = source
        self._yaml = _yaml()
        try:
            self.data: Any = self._yaml.load(text)
        except YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            problem = getattr(exc, "problem", None) or "not valid YAML"
            raise InputError(Problem(f"YAML syntax error: {problem}", source, line)) from None
        if not isinstance(self.data, CommentedMap):
            raise InputError(Problem("a contract file is a mapping of fields", source, 1))
        self.saved_text = text

    @classmethod
    def load(cls, path: Path) -> ContractDocument:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InputError(Problem("file not found", str(path))) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(Problem(f"cannot read the file: {exc}", str(path))) from None
        return cls(text, str(path))

    # --- reading ---

    def text(self) -> str:
        out = io.StringIO()
        self._yaml.dump(self.data, out)
        return out.getvalue()

    @property
    def modified(self) -> bool:
        return self.text() != self.saved_text

    def get(self, path: FieldPath, default: Any = None) -> Any:
        node: Any = self.data
        for part in path:
            in_map = isinstance(node, Mapping) and part in node
            in_list = isinstance(node, list) and isinstance(part, int) and part < len(node)
            if not (in_map or in_list):
                return default
            node = node[part]
        return node

    def line_of(self, path: FieldPath) -> int | None:
        """The 1-based line where the field (or its nearest existing parent) is written."""
        node, line = self.data, 1
        for part in path:
            if isinstance(node, CommentedMap) and part in node:
                line = node.lc.key(part)[0] + 1
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line = node.lc.item(part)[0] + 1
                node = node[part]
            else:
                break
        return line

    def validate(self) -> Checked:
        """The contract as written now, or its problems in `validate`'s words."""
        try:
            contract = validate_document(Contract, parse_yaml(self.text(), self.source))
        except InputError as exc:
            return Checked(None, tuple(exc.problems))
        return Checked(contract, ())

    # --- editing ---

    def _parent(self, path: FieldPath) -> Any:
        if not path:
            raise KeyError("an empty path names the whole document")
        parent = self.get(path[:-1])
        if parent is None:
            raise KeyError(f"no field {field_path(path[:-1])!r} to write into")
        return parent

    def set(self, path: FieldPath, value: Any) -> None:
        """Set a field (a mapping key is added at the end when new; a list item replaced)."""
        parent = self._parent(path)
        key = path[-1]
        old = parent.get(key) if isinstance(parent, Mapping) else parent[key]
        parent[key] = _keep_style(old, to_node(value, flow=_is_flow(old)))

    def ensure(self, path: FieldPath, value: Any) -> None:
        """Create the field (and missing parent mappings) with `value` unless it exists."""
        for depth in range(1, len(path) + 1):
            if self.get(path[:depth]) is None:
                fill = value if depth == len(path) else {}
                self._parent(path[:depth])[path[depth - 1]] = to_node(fill)

    def delete(self, path: FieldPath) -> None:
        """Remove a mapping key or a list item (missing: nothing happens)."""
        parent = self._parent(path)
        key = path[-1]
        if isinstance(parent, CommentedMap):
            parent.pop(key, None)
        elif isinstance(key, int) and -len(parent) <= key < len(parent):
            del parent[key]
            if not parent and isinstance(parent, CommentedSeq):
                parent.fa.set_flow_style()  # an empty block list is written `[]` (valid YAML)

    def insert(self, path: FieldPath, value: Any, index: int | None = None) -> int:
        """Add an item to the list at `path` (created when missing); returns its index."""
        items = self.get(path)
        if items is None:
            self.ensure(path, [])
            items = self.get(path)
            items.fa.set_block_style()
        if not isinstance(items, CommentedSeq):
            raise KeyError(f"{field_path(path)} is not a list")
        if not items and isinstance(value, Mapping):
            items.fa.set_block_style()  # rules and clauses are written one field a line
        at = len(items) if index is None else index
        items.insert(at, to_node(value, flow=items.fa.flow_style()))
        if at == len(items) - 1 and at > 0:  # the blank line or comment after the list stays last
            _move_trailing_comment(items[at - 1], items[at])
        return at

    def replace_all(self, text: str) -> None:
        """Take a whole new text (the YAML view edited by hand)."""
        self.data = ContractDocument(text, self.source).data

    def save(self, path: Path | None = None) -> None:
        target = Path(path or self.source)
        text = self.text()
        write_atomically(target, text)
        self.source = str(target)
        self.saved_text = text


def _last_key_owner(node: Any) -> tuple[Any, Any] | None:
    """The innermost block mapping and key that a comment after `node` is attached to."""
    while isinstance(node, CommentedMap) and node and not node.fa.flow_style():
        key = list(node)[-1]
        child = node[key]
        if isinstance(child, CommentedMap | CommentedSeq) and not child.fa.flow_style() and child:
            node = child if isinstance(child, CommentedMap) else child[-1]
            continue
        return node, key
    return None


def _move_trailing_comment(before: Any, after: Any) -> None:
    """Blank lines and comments written after the old last item go after the new one."""
    old, new = _last_key_owner(before), _last_key_owner(after)
    if old is None or new is None:
        return
    owner, key = old
    comment = owner.ca.items.get(key)
    if not comment or len(comment) < 3 or comment[2] is None:
        return
    token = comment[2]
    own, _, rest = token.value.partition("\n")
    if not rest:
        return  # only the field's own end-of-line comment: it stays with the field
    token.value = own + "\n"
    new_owner, new_key = new
    new_owner.ca.items[new_key] = [None, None, CommentToken("\n" + rest, token.start_mark), None]


def _is_flow(node: Any) -> bool:
    return isinstance(node, CommentedMap | CommentedSeq) and bool(node.fa.flow_style())


def path_of(text: str) -> FieldPath:
    """`plans[0].pricing[2].rate` → ("plans", 0, "pricing", 2, "rate")."""
    parts: list[str | int] = []
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", text):
        parts.append(int(index) if index else name)
    return tuple(parts)
