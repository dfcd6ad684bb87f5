"""Locks the screen after a stretch without keyboard or mouse input.

    lock = IdleLock(minutes, parent=window)
    lock.locked.connect(window.ask_login_again)
    lock.start()

An application-wide event filter restarts a single-shot timer on every key press, mouse
press, mouse move and wheel event; when the timer runs out, `locked` is emitted once and the
timer stays stopped until `start()` (after the login succeeded again).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    """Emits `locked` after `minutes` without user input (while started)."""

    locked = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self.set_minutes(minutes)
        self._installed = False

    def set_minutes(self, minutes: int) -> None:
        """Changes the idle time (the installation setting); restarts a running timer."""
        self.set_interval_ms(max(1, minutes) * 60_000)

    def set_interval_ms(self, interval: int) -> None:
        self._timer.setInterval(interval)
        if self._timer.isActive():
            self._timer.start()

    def interval_ms(self) -> int:
        return self._timer.interval()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Starts (or restarts) watching; call after every successful login."""
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        """Stops watching (while the login dialog is up, or at logout)."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()  # restart the countdown
        return False  # never swallow the input

    def _on_timeout(self) -> None:
        self.stop()
        self.locked.emit()
