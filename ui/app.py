"""Starting the GUI: application object, language, logging, the main window."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

APP_NAME = "Jaring"
LOG_DIRNAME = "log"


def setup_logging(data_dir: Path) -> None:
    """A rotating log file in the data folder (never personal data beyond masked NIKs)."""
    log_dir = data_dir / LOG_DIRNAME
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        log_dir / "jaring.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    from ui.errors import show_bug

    show_bug(QApplication.activeWindow(), exc.with_traceback(tb))


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    from PySide6.QtGui import QIcon

    from enrolment.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "jaring.png"))))
    from ui.i18n import install_translators, saved_language

    install_translators(app, saved_language())
    return app


def run_gui(data_dir: Path) -> int:
    app = create_application()
    data_dir.mkdir(parents=True, exist_ok=True)
    setup_logging(data_dir)
    sys.excepthook = _excepthook
    from ui.main_window import MainWindow

    window = MainWindow(data_dir)

    def _failed() -> None:
        window.close()
        app.exit(1)

    window.open_after_first_paint(_failed)
    window.show()
    return app.exec()
