"""Updates the Qt Linguist catalogues from the code, and compiles them.

    .venv/bin/python scripts/catalogues.py          # update every .ts, then compile every .qm
    .venv/bin/python scripts/catalogues.py --check  # list texts without a finished translation
    .venv/bin/python scripts/catalogues.py --todo he > he.json   # untranslated texts, as JSON
    .venv/bin/python scripts/catalogues.py --fill he he.json     # put translations in, compile

Texts are found by their shape, so a text is translatable only where it is written as a literal:
- models/: the first argument of `….t("…")` or `N_("…")` (see models/wording.py); context
  "models".
- desktop/: the first argument of `_tr("…")` or `N_("…")` in a module that defines
  `def _tr(text): return QCoreApplication.translate("Context", text)` (context "Context"), of
  `QCoreApplication.translate("Context", "…")`, and of `self.tr("…")` (context: the class).

Translations already in a catalogue are kept; a text no longer in the code is dropped (and
listed); a new one is added unfinished, for a translator (Qt Linguist, or any editor).
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "desktop" / "translations"
LANGUAGES = {"he": "he_IL", "fa": "fa_IR", "nb": "nb_NO", "sv": "sv_SE"}
MODELS_CONTEXT = "models"

Key = tuple[str, str]  # (context, source)


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project with `pip install -e .[dev]`")
    return found


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _module_context(tree: ast.Module) -> str | None:
    """The context named in the module's `def _tr(text): return translate("Context", text)`."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and call.args:
                    name = _literal(call.args[0])
                    if name is not None:
                        return name
    return None


def _texts_of(path: Path, default_context: str | None) -> list[Key]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    module_context = default_context or _module_context(tree)
    found: list[Key] = []

    def visit(node: ast.AST, class_name: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            class_name = node.name
        if isinstance(node, ast.Call) and node.args:
            func, first = node.func, _literal(node.args[0])
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called == "translate" and len(node.args) >= 2 and first is not None:
                text = _literal(node.args[1])
                if text is not None:
                    found.append((first, text))
            elif first is not None:
                if called == "N_" or (called == "_tr" and isinstance(func, ast.Name)):
                    if module_context is None:
                        raise SystemExit(f"{path}: _tr/N_ used without a `def _tr` context")
                    found.append((module_context, first))
                elif called == "t" and default_context is not None:
                    found.append((default_context, first))
                elif called == "tr" and isinstance(func, ast.Attribute) and class_name:
                    found.append((class_name, first))
        for child in ast.iter_child_nodes(node):
            visit(child, class_name)

    visit(tree, None)
    return found


def code_texts() -> list[Key]:
    """Every translatable (context, text) of the code, in the order first met."""
    keys: dict[Key, None] = {}
    for path in sorted((ROOT / "models").rglob("*.py")):
        keys.update(dict.fromkeys(_texts_of(path, MODELS_CONTEXT)))
    for path in sorted((ROOT / "desktop").glob("*.py")):
        keys.update(dict.fromkeys(_texts_of(path, None)))
    return list(keys)


@dataclass
class Catalogue:
    language: str
    translations: dict[Key, str] = field(default_factory=dict)  # finished ones only

    @classmethod
    def read(cls, ts: Path, language: str) -> Catalogue:
        catalogue = cls(language)
        if not ts.exists():
            return catalogue
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") is not None:
                    continue
                text = translation.text or ""
                if text.strip():
                    catalogue.translations[(name, message.findtext("source", ""))] = text
        return catalogue

    def write(self, ts: Path, keys: list[Key]) -> None:
        root = ET.Element("TS", version="2.1", language=self.language, sourcelanguage="en_US")
        for context_name in sorted({context for context, _ in keys}):
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            for _, source in (key for key in keys if key[0] == context_name):
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                translation = ET.SubElement(message, "translation")
                done = self.translations.get((context_name, source))
                if done is None:
                    translation.set("type", "unfinished")
                else:
                    translation.text = done
        ET.indent(root, space="    ")
        body = ET.tostring(root, encoding="unicode")
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )


def update(ts_files: list[Path]) -> dict[Path, list[Key]]:
    """Writes each catalogue with the code's texts; returns the translated texts dropped."""
    keys = code_texts()
    dropped: dict[Path, list[Key]] = {}
    for ts in ts_files:
        code = ts.stem.split("_")[-1]
        catalogue = Catalogue.read(ts, LANGUAGES.get(code, code))
        dropped[ts] = sorted(set(catalogue.translations) - set(keys))
        catalogue.write(ts, keys)
    return dropped


def compile_all(ts_files: list[Path]) -> None:
    for ts in ts_files:
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message in `ts` without a finished translation."""
    missing: list[tuple[str, str]] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not (translation.text or "").strip()
            ):
                missing.append((name, message.findtext("source", "")))
    return missing


def todo(ts: Path) -> list[dict[str, str]]:
    """The untranslated messages of `ts` as JSON-ready records for a translator to fill in."""
    return [
        {"context": context, "source": source, "translation": ""}
        for context, source in unfinished(ts)
    ]


def fill(ts: Path, records: list[dict[str, str]]) -> int:
    """Puts the non-empty translations of `records` into `ts` (only for texts it holds);
    returns how many were put in."""
    code = ts.stem.split("_")[-1]
    catalogue = Catalogue.read(ts, LANGUAGES.get(code, code))
    keys = code_texts()
    known = set(keys)
    filled = 0
    for record in records:
        key = (record["context"], record["source"])
        if key in known and record.get("translation", "").strip():
            catalogue.translations[key] = record["translation"]
            filled += 1
    catalogue.write(ts, keys)
    return filled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="update copies and list what is untranslated"
    )
    parser.add_argument("--todo", metavar="LANGUAGE", help="print the untranslated as JSON")
    parser.add_argument(
        "--fill", nargs=2, metavar=("LANGUAGE", "JSON"), help="put translations in, compile"
    )
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    args = parser.parse_args()
    if args.todo:
        ts = TRANSLATIONS / f"termscope_{args.todo}.ts"
        update([ts])
        json.dump(todo(ts), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if args.fill:
        code, records = args.fill
        ts = TRANSLATIONS / f"termscope_{code}.ts"
        filled = fill(ts, json.loads(Path(records).read_text(encoding="utf-8")))
        compile_all([ts])
        sys.stdout.write(f"{ts.name}: {filled} put in, {len(unfinished(ts))} untranslated\n")
        return 0
    files = [TRANSLATIONS / f"termscope_{code}.ts" for code in args.languages]
    if args.check:
        with tempfile.TemporaryDirectory() as folder:
            copies = [Path(shutil.copy(ts, folder)) for ts in files]
            dropped = update(copies)
            missing = {ts.name: unfinished(ts) for ts in copies}
        for copy, keys in dropped.items():
            for context, source in keys:
                sys.stdout.write(f"{copy.name}: would drop [{context}] {source!r}" + "\n")
        for name, messages in missing.items():
            sys.stdout.write(f"{name}: {len(messages)} untranslated" + "\n")
            for context, source in messages:
                sys.stdout.write(f"  [{context}] {source!r}" + "\n")
        return 1 if any(missing.values()) else 0
    for ts, keys in update(files).items():
        for context, source in keys:
            sys.stdout.write(f"{ts.name}: dropped [{context}] {source!r}" + "\n")
    compile_all(files + sorted(TRANSLATIONS.glob("qtbase_*.ts")))  # Qt's texts, where Qt has none
    for ts in files:
        sys.stdout.write(f"{ts.relative_to(ROOT)}: {len(unfinished(ts))} untranslated" + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
