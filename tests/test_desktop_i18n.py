"""The interface's languages (issue 12, "Languages"): the Language menu switches the chrome's
texts and, for Hebrew and Persian, the layout direction; the choice is remembered."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from contracts import bundled_comparison
from desktop.i18n import (
    LANGUAGES,
    TRANSLATIONS,
    apply_language,
    current_language,
    language_for_locale,
    saved_language,
)
from desktop.main_window import MainWindow
from desktop.session import ComparisonSession
from desktop.tasks import SyncRunner
from desktop.timeline import AXIS_HEIGHT, LANE_HEIGHT, LEGEND_HEIGHT, TimelineWidget
from models.report import report_from_state


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = ComparisonSession(bundled_comparison(), years=20, debounce_ms=60_000)
    main = MainWindow(session, settings, SyncRunner(), new_state=bundled_comparison)
    qtbot.addWidget(main)
    main.show()
    try:
        yield main
    finally:
        apply_language("en")  # the application is shared by all the tests
        main.session.stop_deciding()


def chrome(main: MainWindow) -> dict[str, str]:
    criteria = main.decision.findChild(QPushButton, "editCriteria")
    assert criteria is not None
    return {
        "file menu": main.menuBar().actions()[0].text(),
        "decision tab": main.tabs.tabText(0),
        "timeline dock": main.docks["Timeline"].windowTitle(),
        "how sure tab": main.decision.details.tabText(0),
        "criteria button": criteria.text(),
    }


def test_switching_to_hebrew_lays_out_right_to_left_and_back(window: MainWindow) -> None:
    english = chrome(window)
    assert english == {
        "file menu": "&File",
        "decision tab": "Decision",
        "timeline dock": "Timeline",
        "how sure tab": "How sure: flips and break-even",
        "criteria button": "Criteria…",
    }
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight

    window.language_actions["he"].trigger()  # as the user picks it in the Language menu

    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # the report's date and time keep their order ("15:30", not "30:15")
    assert window.editor.reported.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert chrome(window) == {
        "file menu": "&קובץ",
        "decision tab": "החלטה",
        "timeline dock": "ציר זמן",
        "how sure tab": "מידת הוודאות: החלפות מנצח ונקודות איזון",
        "criteria button": "קריטריונים…",
    }
    assert window.language_actions["he"].isChecked()
    assert not window.language_actions["en"].isChecked()
    assert window.settings.value("language") == "he"
    assert QLocale().language() == QLocale.Language.Hebrew
    assert "מסלולים" in window.status.text()  # the status bar's fixed words follow too
    assert window.windowTitle().endswith("— ללא שם[*]")  # no file yet: "Untitled"

    window.language_actions["en"].trigger()

    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert chrome(window) == english
    assert window.settings.value("language") == "en"
    assert current_language() == "en"


def test_persian_is_right_to_left_and_the_nordic_languages_left_to_right(
    window: MainWindow,
) -> None:
    window.set_language("fa")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.tabs.tabText(0) == "تصمیم"
    window.set_language("sv")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.decision.details.tabText(2) == "Frågor till varje leverantör"
    window.set_language("nb")
    assert window.menuBar().actions()[0].text() == "&Fil"
    assert window.decision.details.tabText(2) == "Spørsmål til hver leverandør"


def test_the_saved_choice_wins_else_the_system_locale_if_offered_else_english(
    tmp_path: Path,
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert saved_language(settings) == language_for_locale(QLocale.system())
    settings.setValue("language", "sv")
    assert saved_language(settings) == "sv"
    settings.setValue("language", "de")  # not one of ours: back to the system's
    assert saved_language(settings) == language_for_locale(QLocale.system())
    assert language_for_locale(QLocale(QLocale.Language.Persian)) == "fa"
    assert language_for_locale(QLocale("nb_NO")) == "nb"
    assert language_for_locale(QLocale("he_IL")) == "he"
    assert language_for_locale(QLocale(QLocale.Language.German)) == "en"


@pytest.mark.parametrize("code", [language.code for language in LANGUAGES[1:]])
def test_every_compiled_catalogue_matches_its_source(code: str, qtbot: QtBot) -> None:
    """The shipped .qm is the .ts compiled (`pyside6-lrelease`): every message, no more stale
    than the source, and none left untranslated or equal to the English."""
    source = ET.parse(TRANSLATIONS / f"termscope_{code}.ts").getroot()
    translator = QTranslator()
    assert translator.load(f"termscope_{code}", str(TRANSLATIONS))
    QCoreApplication.installTranslator(translator)
    try:
        messages = [
            (context.findtext("name"), message)
            for context in source.iter("context")
            for message in context.iter("message")
        ]
        assert len(messages) >= 600
        for name, message in messages:
            english, translated = message.findtext("source"), message.findtext("translation")
            assert english
            assert translated
            assert message.find("translation[@type]") is None  # none "unfinished"
            assert QCoreApplication.translate(str(name), english) == translated
        # some words are the same in the language ("Status", "Median") and some texts are
        # placeholders only ("{amount}"); a catalogue with many English sentences was not
        # translated
        same = [
            english
            for _, m in messages
            if (english := m.findtext("source", "")) == m.findtext("translation")
            and len(re.sub(r"\{\w*\}|[^A-Za-z ]", "", english).split()) > 1
        ]
        assert len(same) <= 3, same
    finally:
        QCoreApplication.removeTranslator(translator)


def _text_pixels(image: QImage, left: int, right: int) -> int:
    """How many pixels of the first lane's band, between x = left and right, are dark and grey
    as the text is (the plans' names; markers are coloured, lines and shading light)."""
    top = AXIS_HEIGHT + LEGEND_HEIGHT + 2

    def texty(colour: QColor) -> bool:
        return colour.lightness() < 110 and colour.hslSaturation() < 40

    return sum(
        texty(image.pixelColor(x, y))
        for x in range(left, right)
        for y in range(top, top + LANE_HEIGHT - 4)
    )


def test_the_timeline_runs_right_to_left_in_a_right_to_left_layout(qtbot: QtBot) -> None:
    state = bundled_comparison()
    results = list(report_from_state(state).runs[0].results)
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.resize(1000, 400)
    timeline.set_results(results, {c.contract.id: c.contract for c in state.contracts})
    assert timeline.start is not None
    assert timeline.end is not None
    start, end = timeline.start, timeline.end
    # left to right: the axis runs from LABEL_WIDTH (200) to 1000 - 12 = 988
    assert (timeline._x(start, 1000), timeline._x(end, 1000)) == (200, 988)
    assert _text_pixels(timeline.grab().toImage(), 0, 200) > 20  # the plans' names, left
    assert _text_pixels(timeline.grab().toImage(), 800, 1000) == 0
    timeline.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    # mirrored: the earliest time at 1000 - 200 = 800, the latest at 1000 - 988 = 12
    assert (timeline._x(start, 1000), timeline._x(end, 1000)) == (800, 12)
    assert _text_pixels(timeline.grab().toImage(), 0, 200) == 0
    assert _text_pixels(timeline.grab().toImage(), 800, 1000) > 20  # drawn on the right


def test_the_frozen_plan_column_sits_on_the_right_in_right_to_left(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.tabs.setCurrentWidget(window.scenarios_tab)  # the table as laid out on screen
    table = window.table
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.waitUntil(lambda: table.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        frozen = table.frozen.geometry()
        # its right edge meets the table's right edge (less the frame and the row numbers)
        assert frozen.right() >= table.width() - table.frameWidth() - frozen.width() // 2
        assert frozen.left() > table.width() // 2
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: table.frozen.geometry().left() < table.width() // 2)


def test_qts_own_texts_are_in_bokmal_too(qtbot: QtBot) -> None:
    """Qt ships no Bokmål catalogue of its own texts (only Nynorsk): ours stands in, so the
    dialogs' buttons and the text fields' menus are not English in a Norwegian interface."""
    source = ET.parse(TRANSLATIONS / "qtbase_nb.ts").getroot()
    messages = [
        (context.findtext("name"), message)
        for context in source.iter("context")
        for message in context.iter("message")
    ]
    assert len(messages) >= 100
    try:
        apply_language("nb")
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
        assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Lagre"
        for name, message in messages:  # the shipped .qm is the .ts compiled
            english, translated = message.findtext("source"), message.findtext("translation")
            assert translated
            assert english
            comment = message.findtext("comment")
            assert QCoreApplication.translate(str(name), english, comment) == translated
    finally:
        apply_language("en")
    in_english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(in_english)
    assert in_english.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
