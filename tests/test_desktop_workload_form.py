"""The Workload tab's profile form (issue 12): it gets the width its fields need in every
language (the long Hebrew labels clipped it at 1280×800), and its numbers follow a language
chosen after the start, as the scenario form's do."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QRect, QTranslator
from PySide6.QtWidgets import QAbstractSpinBox, QFormLayout, QWidget

from desktop.annual_panel import ProfileForm
from desktop.i18n import apply_language
from desktop.main_window import MainWindow
from tests.marked_catalogue import compiled_catalogue
from tests.test_desktop_i18n import window as i18n_window  # noqa: F401 - English afterwards


@pytest.fixture
def window(i18n_window: MainWindow) -> MainWindow:  # noqa: F811 - the fixture wrapped
    """The main window of test_desktop_i18n.py, whose edits are left unsaved at the end."""
    i18n_window.ask_save_changes = lambda _parent: "discard"
    return i18n_window


def _fields(form: ProfileForm) -> list[QWidget]:
    layout = form.layout()
    assert isinstance(layout, QFormLayout)
    fields = []
    for row in range(layout.rowCount()):
        item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
        assert item is not None
        field = item.widget()
        assert field is not None
        fields.append(field)
    return fields


def _spin_boxes(form: ProfileForm) -> list[QAbstractSpinBox]:
    return [field for field in _fields(form) if isinstance(field, QAbstractSpinBox)]


@pytest.mark.parametrize("language", ["he", "fa", "en", "sv", "nb"])
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_every_field_of_the_profile_form_is_fully_visible(
    window: MainWindow, language: str, size: tuple[int, int]
) -> None:
    apply_language(language)  # the real catalogue: Hebrew's labels are the longest
    window.resize(*size)
    window.tabs.setCurrentWidget(window.annual)
    QCoreApplication.processEvents()
    form = window.annual.form
    for field in _fields(form):
        # the field's rectangle in the top-level window, and the part of it that shows
        where = QRect(field.mapTo(window, QPoint(0, 0)), field.size())
        shown = field.visibleRegion().boundingRect()
        assert shown.width() == field.width(), (language, size, field, where)
        assert window.rect().contains(where.left(), where.top()), (language, field, where)
        assert window.rect().right() >= where.right(), (language, field, where)


def test_the_workload_numbers_follow_a_language_chosen_after_the_start(
    window: MainWindow, tmp_path: Path
) -> None:
    form = window.annual.form
    apply_language("sv")  # a first switch: the window was made in English
    form.outside.setValue(0.2)
    assert form.outside.text() == "0,20"

    apply_language("he")
    translator = QTranslator()  # the hours' suffix marked, to tell it was asked for again
    catalogue = compiled_catalogue(tmp_path, [("ScenarioEditor", " h", " H-X")])
    assert translator.load(str(catalogue))
    QCoreApplication.installTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    try:
        for box in _spin_boxes(form):
            assert box.locale().language() == QLocale.Language.Hebrew, box
        assert form.outside.text() == "0.20"  # Hebrew writes a decimal point
        hours = (form.median, form.p90, form.visit_hours, window.editor.effort)
        assert [box.suffix() for box in hours] == [" H-X"] * 4  # one text in both forms
    finally:
        QCoreApplication.removeTranslator(translator)

    apply_language("fa")
    assert form.outside.text() == "۰٫۲۰"  # Persian digits and decimal sign, as the Scenarios form
    assert window.editor.on_site.locale().language() == QLocale.Language.Persian
    window.annual.years.setValue(2000)
    assert window.annual.years.text().startswith("۲٬۰۰۰")  # grouped the Persian way
    window.annual.progress.setRange(0, 100)
    window.annual.progress.setValue(100)
    assert window.annual.progress.text() == "۱۰۰٪"  # the progress bar too


def test_the_spin_boxes_group_digits_as_the_locale_does(window: MainWindow) -> None:
    apply_language("en")
    form = window.annual.form
    form.per_month["normal"].setValue(1000)
    assert form.per_month["normal"].text() == "1,000.00"
    window.scenarios.select(0)
    window.editor.age.setValue(12345)
    assert window.editor.age.text() == "12,345.00 h"
    apply_language("sv")
    assert window.editor.age.text() == "12\N{NO-BREAK SPACE}345,00 h"


def test_a_seed_is_not_grouped_and_the_counts_choice_shows_whole(window: MainWindow) -> None:
    apply_language("en")
    form = window.annual.form
    form.seed.setValue(20261)
    assert form.seed.text() == "20261"  # a seed names a run; 20,261 would read as an amount
    window.tabs.setCurrentWidget(window.annual)
    QCoreApplication.processEvents()
    longest = max(
        form.counts.fontMetrics().horizontalAdvance(form.counts.itemText(i))
        for i in range(form.counts.count())
    )
    assert form.counts.width() > longest  # "vary around the mean (Poisson)", not cut
