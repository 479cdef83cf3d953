"""Help → Guide (F1): what each panel shows and how to read a result, from `guide.html`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

RESOURCES = Path(__file__).resolve().parent / "resources"  # icon, launcher, this guide
GUIDE_PATH = RESOURCES / "guide.html"


class GuideDialog(QDialog):
    """A non-modal window beside the app, so the guide stays open while one works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle("Termscope guide")
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(GUIDE_PATH.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 720)
