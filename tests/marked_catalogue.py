"""A Qt Linguist catalogue made on the fly for a test: texts of the code marked with words a test
can look for, compiled with pyside6-lrelease (the tool the real catalogues are compiled with)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable
from html import escape
from pathlib import Path

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def compiled_catalogue(folder: Path, marked: Iterable[tuple[str, str, str]]) -> Path:
    """(context, English source, shown text) rows as a compiled .qm in `folder`."""
    contexts: dict[str, list[str]] = {}
    for context, english, shown in marked:
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(english)}</source>"
            f"<translation>{escape(shown)}</translation></message>"
        )
    ts = folder / "marked.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="sv_SE">'
        + "".join(
            f"<context><name>{name}</name>{''.join(messages)}</context>"
            for name, messages in contexts.items()
        )
        + "</TS>",
        encoding="utf-8",
    )
    qm = folder / "marked.qm"
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm
