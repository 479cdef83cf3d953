"""The app's model-made views follow the chosen language (issue 12): `current_wording()` carries
the language's locale and the "models" context of the catalogues, and a switch of language
builds the comparison table again in it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from pytestqt.qtbot import QtBot

from desktop.i18n import apply_language, current_wording
from desktop.main_window import MainWindow
from desktop.plain_words import plain_date, plain_number, plain_value
from tests.test_desktop_i18n import window  # noqa: F401 - the fixture

NBSP = "\u00a0"


class MarkingTranslator(QTranslator):
    """Marks every text of the "models" context, so a test sees which went through it."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"«{source}»" if context == "models" else ""


def test_the_wording_follows_the_language(qtbot: QtBot) -> None:
    try:
        apply_language("sv")
        assert current_wording().locale == "sv_SE"
        # 1,234.567 → 1 234,57 (half up), Swedish grouping with a no-break space
        assert current_wording().money(Decimal("1234.567"), "EUR") == f"EUR{NBSP}1{NBSP}234,57"
        apply_language("fa")
        assert current_wording().locale == "fa_IR"
    finally:
        apply_language("en")
    assert current_wording().locale == "en_US"
    assert current_wording().t("by quote") == "by quote"


def test_a_language_switch_builds_the_comparison_again(window: MainWindow, qtbot: QtBot) -> None:  # noqa: F811
    def header(column: int) -> str:
        return str(window.proxy.headerData(column, Qt.Orientation.Horizontal))

    assert header(0) == "Vendor · plan"
    with qtbot.waitSignal(window.session.decision_changed, timeout=60_000):
        window.session.decide_now()
    english_headline = window.decision.headline.text()
    marking = MarkingTranslator()
    app = QCoreApplication.instance()
    assert app is not None
    apply_language("nb")  # the Norwegian catalogue first: the marking one is asked before it
    app.installTranslator(marking)
    try:
        # what Qt sends each window when a catalogue is installed in a running application
        for widget in (window, window.decision):
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        assert header(0) == "«Vendor · plan»"
        statuses = {
            str(window.proxy.index(row, window.table_model.column_index("status")).data())
            for row in range(window.proxy.rowCount())
        }
        assert statuses
        assert all(status.startswith("«") for status in statuses)
        # the decision's headline is said again from its data: "{plan} wins with {score} points"
        assert window.decision.headline.text().startswith("««")
    finally:
        app.removeTranslator(marking)
    apply_language("en")
    assert header(0) == "Vendor · plan"
    assert window.decision.headline.text() == english_headline


def test_the_why_panels_values_in_swedish(qtbot: QtBot) -> None:
    today = date(2026, 11, 1)
    try:
        apply_language("sv")
        # the trace's instant in the vendor's zone (+03:30): Friday 27 November, this year
        assert plain_value("at", "2026-11-27T19:15:00+03:30", today) == "fre 27 nov. 19:15"
        # 416 days after 27 Nov 2026 is Monday 17 Jan 2028: another year, so it is shown
        assert plain_value("at", "2028-01-17T10:00:00+01:00", today) == "mån 17 jan. 2028 10:00"
        assert plain_date(date(2026, 11, 1)) == "1 nov. 2026"
        assert plain_number(Decimal("1500000000")) == f"1{NBSP}500{NBSP}000{NBSP}000"
        assert plain_number(Decimal("0.25")) == "0,25"
    finally:
        apply_language("en")
    assert plain_value("at", "2026-11-27T19:15:00+03:30", today) == "Fri 27 Nov 19:15"
    assert plain_number(Decimal("1500000000")) == "1,500,000,000"
