"""Screenshots of the app for the README: `xvfb-run -a -s "-screen 0 1600x1000x24"
.venv/bin/python scripts/screenshots.py [WIDTHxHEIGHT]` (a real X server gives the real fonts).

Writes docs/decision.png (the Decision tab, once the decision is worked out: 2,000 simulated
years, as the app does), docs/main-window.png, docs/timeline.png, docs/annual.png,
docs/main-window-1280.png (the Scenarios tab on a 1280×800 laptop screen) and
docs/main-window-dark.png (the same in a dark theme), docs/main-window-he.png (the same in
Hebrew, right to left), and from the contract
editor on contracts/mystore.yaml docs/contract-editor.png (Mystore's own help page in the
Vendor's Text panel) and docs/position.png (Mystore as the draft against Kiwi and the Swedish
plans, small web shop, 100 years).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QSplitter

from desktop.app import create_window
from desktop.comparison_model import RESULT_ROLE
from desktop.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs"
WAIT_S = 900
SEED = Path("/work/shared/seeds/001_a95d4226b4e437b9.txt")  # Mystore's help page
RIVALS = {"kiwi:standard", "swedish-ecommerce:service-agreement", "swedish-ecommerce:hourly"}
LAPTOP = (1280, 800)


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def dark_palette() -> QPalette:
    """A dark theme as a desktop's dark mode gives it, for docs/main-window-dark.png."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#202124"),
        (roles.WindowText, "#e8eaed"),
        (roles.Base, "#17181a"),
        (roles.AlternateBase, "#26272a"),
        (roles.Text, "#e8eaed"),
        (roles.PlaceholderText, "#9aa0a6"),
        (roles.Button, "#2d2e31"),
        (roles.ButtonText, "#e8eaed"),
        (roles.Highlight, "#3b6fd6"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#2d2e31"),
        (roles.ToolTipText, "#e8eaed"),
        (roles.Mid, "#5f6368"),
        (roles.Light, "#3c4043"),
        (roles.Dark, "#111214"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def show_kiwi_work_start(app: QApplication, window: MainWindow) -> None:
    """The Scenarios tab on the Monday-morning bug, Kiwi's work start selected (the Why panel
    then explains it)."""
    window.tabs.setCurrentWidget(window.scenarios_tab)
    window.scenarios.select(1)  # Monday-morning bug, fix ships in a release
    settle(app)
    proxy = window.proxy
    row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.data(proxy.index(r, 0), RESULT_ROLE).contract == "kiwi"
    )
    work_start = window.table_model.column_index("work_start")
    window.table.setCurrentIndex(proxy.index(row, work_start))
    window.table.scrollTo(proxy.index(row, work_start))
    settle(app)


def hebrew_shot(app: QApplication, window: MainWindow) -> None:
    """docs/main-window-he.png: the same laptop view in Hebrew, laid out right to left."""
    window.set_language("he")
    show_kiwi_work_start(app, window)
    window.grab().save(str(OUT / "main-window-he.png"))
    window.set_language("en")
    settle(app)


def editor_shots(app: QApplication, window: MainWindow) -> None:
    """The contract editor on Mystore with its help page, then where Mystore stands."""
    from desktop.contract_editor import context_of, editor_for_file

    editor = editor_for_file(ROOT / "contracts" / "mystore.yaml", **context_of(window))
    editor.resize(*LAPTOP)
    editor.show()
    editor.forms.setCurrentIndex(3)  # Clauses: the vendor's words beside the English reading
    editor.side.setCurrentWidget(editor.source_panel)
    if SEED.is_file():
        editor.set_source_text(SEED.read_text(encoding="utf-8"))
    settle(app, 0.5)
    editor.grab().save(str(OUT / "contract-editor.png"))

    panel = editor.position_panel
    editor.side.setCurrentWidget(panel)
    split = editor.centralWidget()
    assert isinstance(split, QSplitter)
    split.setSizes([440, 840])  # the position beside a narrower form
    panel.set_rivals(RIVALS)
    panel.profile.setCurrentIndex(panel.profile.findText("Small web shop"))
    panel.years.setValue(100)
    panel.run()
    began = time.monotonic()
    while panel.result is None and time.monotonic() - began < WAIT_S:
        settle(app, 0.5)
    if panel.result is None:
        raise SystemExit(f"the position was not worked out in time: {panel.status.text()}")
    settle(app, 0.5)
    editor.grab().save(str(OUT / "position.png"))
    editor.undo_stack.setClean()
    editor.close()


def main() -> None:
    size = sys.argv[1] if len(sys.argv) > 1 else "1600x1000"
    width, height = (int(n) for n in size.split("x"))
    app = QApplication(sys.argv[:1])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = create_window(settings)
    window.resize(width, height)
    window.show()
    began = time.monotonic()
    while window.session.current_decision is None and time.monotonic() - began < WAIT_S:
        settle(app, 0.5)
    if window.session.current_decision is None:
        raise SystemExit("the decision was not worked out in time")
    settle(app)
    OUT.mkdir(exist_ok=True)
    window.tabs.setCurrentWidget(window.decision)
    settle(app)
    window.grab().save(str(OUT / "decision.png"))

    show_kiwi_work_start(app, window)
    window.grab().save(str(OUT / "main-window.png"))
    window.timeline.grab().save(str(OUT / "timeline.png"))
    window.tabs.setCurrentWidget(window.annual)
    settle(app)
    window.grab().save(str(OUT / "annual.png"))
    window.resize(*LAPTOP)
    show_kiwi_work_start(app, window)
    window.grab().save(str(OUT / "main-window-1280.png"))
    light = app.palette()
    app.setPalette(dark_palette())
    settle(app)
    window.grab().save(str(OUT / "main-window-dark.png"))
    app.setPalette(light)
    settle(app)
    hebrew_shot(app, window)
    editor_shots(app, window)
    window.session.undo_stack.setClean()
    window.close()
    print(f"wrote the screenshots in {OUT}")  # noqa: T201


if __name__ == "__main__":
    main()
