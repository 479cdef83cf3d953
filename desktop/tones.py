"""The colours of the tones a view cell carries (`models.view.Tone`), in one place.

Backgrounds are soft tints mixed into the palette's base colour, so they read on light and on
dark themes alike; foregrounds (muted, warning) are picked for the theme's lightness.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from models.view import Tone

_TINTS: dict[Tone, QColor] = {
    "best": QColor("#2d9d5a"),
    "refused": QColor("#d64545"),
    "quote": QColor("#e0a800"),
}
_TEXT_LIGHT: dict[Tone, QColor] = {"muted": QColor("#6c757d"), "warning": QColor("#a04f00")}
_TEXT_DARK: dict[Tone, QColor] = {"muted": QColor("#a0a7ae"), "warning": QColor("#f0a15a")}


def _palette() -> QPalette:
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


def is_dark(palette: QPalette | None = None) -> bool:
    return (palette or _palette()).color(QPalette.ColorRole.Base).lightness() < 128


def _mix(base: QColor, tint: QColor, share: float) -> QColor:
    return QColor(
        round(base.red() * (1 - share) + tint.red() * share),
        round(base.green() * (1 - share) + tint.green() * share),
        round(base.blue() * (1 - share) + tint.blue() * share),
    )


def background(tone: Tone, palette: QPalette | None = None) -> QColor | None:
    """The cell background of a tone (None: the view's own)."""
    tint = _TINTS.get(tone)
    if tint is None:
        return None
    palette = palette or _palette()
    return _mix(palette.color(QPalette.ColorRole.Base), tint, 0.35 if is_dark(palette) else 0.2)


def foreground(tone: Tone, palette: QPalette | None = None) -> QColor | None:
    """The text colour of a tone (None: the view's own)."""
    palette = palette or _palette()
    return (_TEXT_DARK if is_dark(palette) else _TEXT_LIGHT).get(tone)
