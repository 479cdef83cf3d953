"""Texts follow a language switch live (issue 12): a tiny catalogue made on the fly turns a few
of our English texts into marked ones, and the guide, the Why panel, the status bar, the Undo
action and the scenario form follow at once (the timeline's mirrored drawing is tested in
test_desktop_i18n.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from desktop.main_window import MainWindow
from desktop.timeline import mirrored_left
from tests.marked_catalogue import compiled_catalogue
from tests.test_desktop_i18n import window  # noqa: F401 - the fixture

STATUS = (
    "{plans} plans · {scenarios} scenarios · compared in {currency} · "
    "rates of {date} (base {base}) · simulated in {ms} ms"
)
# (context, English, shown): a translation marks the text so a test can tell it apart
MARKED = [
    ("GuideDialog", "Keys", "KEYS-X"),
    ("GuideDialog", "Termscope guide", "GUIDE-X"),
    ("WhyPanel", "Select a cell of the comparison to see why.", "WHY-X"),
    ("WhyPanel", "Cost lines", "COST-LINES-X"),
    ("MainWindow", STATUS, "STATUS-X {plans}/{scenarios}"),
    ("MainWindow", "Saved {path}", "SAVED-X {path}"),
    ("MainWindow", "&Undo {command}", "UNDO-X {command}"),
    ("MainWindow", "&Redo", "REDO-X"),
    ("ScenarioEditor", "Severity", "SEVERITY-X"),
    ("ScenarioList", "Add", "ADD-X"),
    ("TimelineWidget", "Timeline of the milestones", "TIMELINE-X"),
]


@pytest.fixture
def marked(tmp_path: Path) -> Iterator[None]:
    """The marked catalogue installed, with Swedish as the default locale, as a switch does."""
    translator = QTranslator()
    assert translator.load(str(compiled_catalogue(tmp_path, MARKED)))
    QLocale.setDefault(QLocale("sv_SE"))
    QCoreApplication.installTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def test_texts_follow_a_language_switch_live(
    window: MainWindow,  # noqa: F811
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    guide = window.show_guide()
    assert "Keys" in guide.browser.toPlainText()
    window.why.show_nothing()
    assert window.why.toPlainText() == "Select a cell of the comparison to see why."
    window.scenarios.add()  # an undoable edit made in English
    assert window.undo_action.text() == "&Undo Add scenario"
    assert window.redo_action.text() == "&Redo"
    assert window.editor.effort.locale().language() != QLocale.Language.Swedish

    request.getfixturevalue("marked")  # the switch

    assert guide.windowTitle() == "GUIDE-X"
    assert "KEYS-X" in guide.browser.toPlainText()
    assert "The panels" in guide.browser.toPlainText()  # not in the catalogue: English
    window.why.show_nothing()
    assert window.why.toPlainText() == "WHY-X"
    plans = len(window.session.state.plan_refs())
    assert window.status.text() == f"STATUS-X {plans}/{len(window.session.state.scenarios)}"
    assert window.undo_action.text() == "UNDO-X Add scenario"  # the command keeps its words
    assert window.redo_action.text() == "REDO-X"
    assert window.timeline.accessibleName() == "TIMELINE-X"
    label = window.editor._labels[2][0]  # the third row's label: "Severity"
    assert label.text() == "SEVERITY-X"
    add = window.scenarios._buttons[0][0]
    assert (add.text(), add.toolTip()) == ("ADD-X", "Add a scenario")
    # the form's fields take the locale chosen: 2.5 hours are "2,50 h" in Swedish
    window.editor.effort.setValue(2.5)
    assert window.editor.effort.locale().language() == QLocale.Language.Swedish
    assert window.editor.effort.text() == "2,50 h"
    saved = tmp_path / "saved.yaml"
    window.ask_save_path = lambda: saved
    assert window.save_as()
    assert window.statusBar().currentMessage() == f"SAVED-X {saved}"


def test_a_text_is_drawn_from_the_mirrored_side_right_to_left() -> None:
    # a label 50 px wide that starts 8 px from the left ends 8 px from the right: 1000-8-50
    assert mirrored_left(8, 50, 1000, right_to_left=False) == 8
    assert mirrored_left(8, 50, 1000, right_to_left=True) == 942
