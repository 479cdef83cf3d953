"""The translation catalogues hold every text the code marks, and each translation keeps what the
code needs of it: the same `{placeholders}`, a keyboard accelerator where the English has one,
Persian letters rather than Arabic look-alikes (issue 12, "Languages")."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.test_wording import _catalogues

ROOT = Path(__file__).resolve().parent.parent
catalogues = _catalogues()  # scripts/catalogues.py, loaded from its file

PLACEHOLDER = re.compile(r"\{(\w*)\}")
ACCELERATOR = re.compile(r"&(?!&)\S")
CODES = list(catalogues.LANGUAGES)


def messages(code: str) -> list[tuple[str, str, str]]:
    root = ET.parse(catalogues.TRANSLATIONS / f"termscope_{code}.ts").getroot()
    return [
        (context.findtext("name", ""), m.findtext("source", ""), m.findtext("translation", ""))
        for context in root.iter("context")
        for m in context.iter("message")
    ]


@pytest.mark.parametrize("code", CODES)
def test_each_catalogue_holds_exactly_the_texts_the_code_marks(code: str) -> None:
    """A text added to the code without running scripts/catalogues.py fails here, so it cannot
    reach a release untranslated."""
    in_catalogue = {(context, source) for context, source, _ in messages(code)}
    in_code = set(catalogues.code_texts())
    assert sorted(in_code - in_catalogue) == []
    assert sorted(in_catalogue - in_code) == []


@pytest.mark.parametrize("code", CODES)
def test_translations_keep_placeholders_and_accelerators(code: str) -> None:
    for context, source, translation in messages(code):
        where = f"{code} [{context}] {source!r} → {translation!r}"
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source)), (
            where
        )
        if ACCELERATOR.search(source):
            assert ACCELERATOR.search(translation), where


def test_persian_uses_persian_letters() -> None:
    """ی and ک, not the Arabic ي and ك that look alike but sort and search differently."""
    for context, source, translation in messages("fa"):
        assert not set(translation) & {"\u064a", "\u0643"}, f"[{context}] {source!r}"


def test_the_extractor_finds_texts_by_their_shape(tmp_path: Path) -> None:
    module = tmp_path / "panel.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from models.wording import N_\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Panel', text)\n"
        "TABS = (N_('First'), N_('Second'))\n"
        "class Box:\n"
        "    def build(self, name):\n"
        "        self.tr('Own')\n"
        "        _tr('Hello {name}').format(name=name)\n"
        "        _tr(name)\n"
        "        QCoreApplication.translate('Other', 'Elsewhere')\n",
        encoding="utf-8",
    )
    found = catalogues._texts_of(module, None)
    assert found == [
        ("Panel", "First"),
        ("Panel", "Second"),
        ("Box", "Own"),
        ("Panel", "Hello {name}"),
        ("Other", "Elsewhere"),
    ]
