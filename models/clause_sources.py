"""From the vendor's text to clauses: which sentences no clause quotes, which clauses no rule
cites, and whether a clause's original is quoted exactly from the source."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.contract import Contract, fold_space

_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+(?=[^a-zæøåäöüé\s])|\n\s*\n|\n(?=\s*[-•*\d])")


@dataclass(frozen=True)
class Sentence:
    start: int  # character offsets in the source text
    end: int
    text: str


def sentences(source: str) -> list[Sentence]:
    """The source split into sentences (and list items, and paragraphs), with their offsets."""
    found = []
    start = 0
    for match in [*_SENTENCE_END.finditer(source), None]:
        end = match.start() if match else len(source)
        chunk = source[start:end]
        text = chunk.strip()
        if len(text) > 1:
            offset = start + chunk.index(text)
            found.append(Sentence(offset, offset + len(text), text))
        start = match.end() if match else len(source)
    return found


def quoted_in_source(original: str, source: str) -> bool:
    """Is the clause's original word for word in the source (white space aside)?"""
    return bool(original.strip()) and fold_space(original) in fold_space(source)


def uncovered_sentences(source: str, originals: list[str]) -> list[Sentence]:
    """Sentences of the source that no clause's original quotes (in whole or in part)."""
    quoted = [fold_space(o) for o in originals if o.strip()]
    return [
        s
        for s in sentences(source)
        if not any(q in fold_space(s.text) or fold_space(s.text) in q for q in quoted)
    ]


def uncited_clauses(contract: Contract) -> list[str]:
    """Clause ids that no rule, parameter or severity name cites."""
    cited = {rule.clause for _, rule in contract.cited_rules_with_place(notes=True)}
    cited |= {s.clause for s in contract.severities}
    return [c.id for c in contract.clauses if c.id not in cited]


def next_clause_id(existing: list[str], prefix: str = "C") -> str:
    """The next free id in the contract's own numbering (M7 → M8), else C1, C2…"""
    numbered = [re.fullmatch(r"([A-Za-z]+)(\d+)", i) for i in existing]
    prefixes = [m.group(1) for m in numbered if m]
    if prefixes:
        prefix = max(set(prefixes), key=prefixes.count)
    used = {int(m.group(2)) for m in numbered if m and m.group(1) == prefix}
    number = max(used, default=0) + 1
    return f"{prefix}{number}"
