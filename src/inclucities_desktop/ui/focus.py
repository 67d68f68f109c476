"""Keyboard focus for people who do not use a mouse: a way out of tables, and a visible
mark on toolbar buttons.

A table moves between its cells with Tab, so Tab alone never leaves it. As in Qt's text
boxes, Ctrl+Tab (Ctrl+Shift+Tab backwards) moves on to the next control of the window.
Qt's Fusion style draws no focus mark on a tool button; VisibleFocusStyle adds one in the
palette's highlight colour, so it follows light and dark colours.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOptionComplex,
    QWidget,
)


class TablesLeaveOnCtrlTab(QObject):
    """An event filter (on the application) for every table of the window."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractItemView):
            return False
        key_event = event if isinstance(event, QKeyEvent) else None
        if key_event is None or not key_event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if key_event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        if not watched.tabKeyNavigation():
            return False
        backwards = (key_event.key() == Qt.Key.Key_Backtab
                     or bool(key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        return move_focus_out_of(watched, forward=not backwards)


def move_focus_out_of(widget: QWidget, forward: bool = True) -> bool:
    """Focus the next (or previous) control after ``widget`` and its children."""
    candidate: QWidget | None = widget
    for _ in range(2000):  # the focus chain is a ring; stop after one turn at most
        assert candidate is not None
        candidate = candidate.nextInFocusChain() if forward else candidate.previousInFocusChain()
        if candidate is None or candidate is widget:
            return False
        if widget.isAncestorOf(candidate):
            continue
        if (candidate.isVisible() and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
                and candidate.window() is widget.window()):
            candidate.setFocus(Qt.FocusReason.TabFocusReason if forward
                               else Qt.FocusReason.BacktabFocusReason)
            return True
    return False


class VisibleFocusStyle(QProxyStyle):
    """The application's style, with a focus frame around a focused tool button."""

    def drawComplexControl(self, control: QStyle.ComplexControl,
                           option: QStyleOptionComplex, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if (control == QStyle.ComplexControl.CC_ToolButton
                and option.state & QStyle.StateFlag.State_HasFocus):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 3, 3)
            painter.restore()


_style: VisibleFocusStyle | None = None  # Qt owns it once set; Python must not collect it


def install_visible_focus_style() -> None:
    """Wrap the application's style once (the window calls it; repeated calls do nothing)."""
    global _style
    app = QApplication.instance()
    if not isinstance(app, QApplication) or isinstance(app.style(), VisibleFocusStyle):
        return
    _style = VisibleFocusStyle(app.style().name())
    app.setStyle(_style)
