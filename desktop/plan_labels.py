"""A plan's title ("Kian Pardaz Hooshmand · Product support, Silver") in a painted label too
narrow for it: the vendor's name gives way first, so the plan's own name — what tells one
vendor's plans apart — stays whole as long as it fits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from desktop.i18n import current_wording

SEPARATOR = " · "


def elided_title(metrics: QFontMetrics, title: str, width: int) -> str:
    """`title` as it fits `width` pixels (set apart from a right-to-left layout, where its
    brackets would otherwise turn round)."""
    return current_wording().apart(_fitted(metrics, title, width))


def _fitted(metrics: QFontMetrics, title: str, width: int) -> str:
    """`title` whole; else its vendor elided before the plan's name; else (the plan's name
    alone is too long) elided in the middle."""
    if metrics.horizontalAdvance(title) <= width:
        return title
    vendor, separator, plan = title.partition(SEPARATOR)
    if separator:
        room = width - metrics.horizontalAdvance(separator + plan)
        shown = metrics.elidedText(vendor, Qt.TextElideMode.ElideRight, room) if room > 0 else ""
        if shown and shown != "…":  # some of the vendor's name still shows
            return shown + separator + plan
    return metrics.elidedText(title, Qt.TextElideMode.ElideMiddle, width)
