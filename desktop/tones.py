"""The colours of the tones a view cell carries (`models.view.Tone`), in one place.

Backgrounds are soft tints mixed into the palette's base colour, so they read on light and on
dark themes alike; foregrounds (muted, warning) are picked for the theme's lightness.
"""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class ChartColours:
    """The colours a painted chart takes from the palette, so it follows a dark theme."""

    background: QColor
    text: QColor
    muted: QColor  # axis labels, notes
    grid: QColor
    office: QColor  # the vendor's office hours in the timeline
    warning: QColor


def chart_colours(palette: QPalette) -> ChartColours:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    return ChartColours(
        background=base,
        text=text,
        muted=palette.color(QPalette.ColorRole.PlaceholderText),
        grid=_mix(base, palette.color(QPalette.ColorRole.Mid), 0.45),
        office=_mix(base, QColor("#3b82f6"), 0.28 if is_dark(palette) else 0.12),
        warning=(_TEXT_DARK if is_dark(palette) else _TEXT_LIGHT)["warning"],
    )
