"""The one way to run work off the GUI thread.

    run_task(parent, work, on_success=..., title=self.tr("Mengekspor…"))

`work(ctx)` runs in a pool thread and must never touch a widget; it reports with
`ctx.progress(done, total, text)` and calls `ctx.check()` between units of work, which raises
`Cancelled` once the operator pressed Cancel; work that returns succeeded, whenever Cancel was
pressed. Success, failure and cancellation are delivered on the GUI thread.
Failures that are `UserError`s (bad input, full stick…) or `DatabaseError`s become a calm
message; anything else is a bug and goes to the error dialog and the log.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised inside work when the operator pressed Cancel."""


class TaskContext:
    """Handed to the work function: progress reporting and the cancel flag."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raises Cancelled when cancel was asked for; call it between units of work."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progressed.emit(done, total, text)


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    was_cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(
        self, work: Callable[[TaskContext], Any], ctx: TaskContext, signals: _Signals
    ) -> None:
        super().__init__()
        self._work, self._ctx, self._signals = work, ctx, signals

    def run(self) -> None:
        try:
            result = self._work(self._ctx)
        except Cancelled:
            self._signals.was_cancelled.emit()
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self._signals.failed.emit(exc)
        else:
            # Work that returned has done what it did, even when Cancel came too late to stop
            # it (an import already committed): reporting "cancelled" then would be a lie.
            self._signals.succeeded.emit(result)


class Task(QObject):
    """A running piece of background work. Keep a reference until `done` fires."""

    done = Signal()

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.ctx = TaskContext(self.signals)
        self.dialog: QProgressDialog | None = None

    def cancel(self) -> None:
        self.ctx.cancel()


_running: set[Task] = set()


def run_task(
    parent: QWidget | None,
    work: Callable[[TaskContext], Any],
    *,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    title: str = "",
    cancellable: bool = True,
    show_progress: bool = True,
) -> Task:
    """Starts `work` in the pool; callbacks run on the GUI thread."""
    from ui.errors import show_failure

    task = Task(parent)
    _running.add(task)
    if show_progress:
        dialog = QProgressDialog(
            title, QCoreApplication.translate("Task", "Batal") if cancellable else "", 0, 0, parent
        )
        dialog.setWindowTitle(title or "Jaring")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(task.cancel)
        task.dialog = dialog

        def _progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)
            if text:
                dialog.setLabelText(text)

        task.signals.progressed.connect(_progress)

    def _finish() -> None:
        if task.dialog is not None:
            task.dialog.close()
            task.dialog.deleteLater()
            task.dialog = None
        _running.discard(task)
        task.done.emit()

    def _ok(result: object) -> None:
        _finish()
        on_success(result)

    def _fail(exc: BaseException) -> None:
        _finish()
        (on_failure or (lambda e: show_failure(parent, e)))(exc)

    def _cancelled() -> None:
        _finish()
        if on_cancel:
            on_cancel()

    task.signals.succeeded.connect(_ok)
    task.signals.failed.connect(_fail)
    task.signals.was_cancelled.connect(_cancelled)
    QThreadPool.globalInstance().start(_Runnable(work, task.ctx, task.signals))
    return task


def wait_for_all_tasks(timeout_ms: int = 30000) -> bool:
    """Waits for pool threads (used on close and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
