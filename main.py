"""Jaring: start the desktop program, or run one of its headless commands.

python main.py                 start the program (window)
python main.py setup ...       first-run setup without the window
python main.py --help          every command and option
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from types import ModuleType

APP_NAME = "Jaring"

# Headless commands: (name, module). Each module has HELP, add_arguments(parser) and
# run(args, data_dir) -> exit code, and imports its heavy dependencies inside run().
COMMANDS: list[tuple[str, str]] = [
    ("setup", "enrolment.commands.setup"),
    ("backup", "enrolment.commands.backup"),
    ("restore", "enrolment.commands.restore"),
    ("receipts", "ui.commands.receipts"),
    ("receipt-check", "enrolment.commands.receipt_check"),
    ("import", "enrolment.commands.import_cmd"),
    ("export", "enrolment.commands.export"),
    ("verify", "enrolment.commands.verify"),
    ("kabupaten", "enrolment.commands.kabupaten"),
    ("return-import", "enrolment.commands.return_import"),
    ("programme-load", "enrolment.commands.programme_load"),
]


def default_data_dir() -> Path:
    """The per-user application data folder (e.g. %APPDATA%\\Jaring on Windows)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / APP_NAME


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    parser = argparse.ArgumentParser(
        prog="jaring",
        description=(
            "Jaring - pendaftaran pekerja rentan ke BPJS Ketenagakerjaan (JKK dan JKM). "
            "Tanpa perintah: membuka jendela program."
        ),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="folder data (basis data, cadangan, log); bawaan: folder data aplikasi pengguna",
    )
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    modules: dict[str, ModuleType] = {}
    for name, module_name in COMMANDS:
        module = importlib.import_module(module_name)
        cmd = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(cmd)
        modules[name] = module
    return parser, modules


def main(argv: list[str] | None = None) -> int:
    parser, modules = build_parser()
    args = parser.parse_args(argv)
    data_dir: Path = args.data_dir or default_data_dir()
    if args.command:
        code: int = modules[args.command].run(args, data_dir)
        return code
    from ui.app import run_gui

    return run_gui(data_dir)


if __name__ == "__main__":
    sys.exit(main())
