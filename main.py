"""Jaring: start the desktop program, or run one of its headless commands.

python main.py                 start the program (window)
python main.py setup ...       first-run setup without the window
python main.py --self-test     check this installation in a temporary folder, then exit
python main.py --help          every command and option

A file named `portable` beside the program keeps all data in `data/` beside it (USB sticks).
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


PORTABLE_MARKER = "portable"
PORTABLE_DATA_DIRNAME = "data"


def default_data_dir() -> Path:
    """The per-user application data folder (e.g. %APPDATA%\\Jaring on Windows)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    # Only now: an organisation name set earlier would add a folder level to the data path.
    # Without one, QSettings (the UI language) files itself under "Unknown Organization".
    QCoreApplication.setOrganizationName(APP_NAME)
    return Path(location) if location else Path.home() / APP_NAME


def program_dir() -> Path:
    """The folder of the program: the executable's when frozen, the checkout's from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent


def portable_data_dir() -> Path | None:
    """`<program folder>/data` when a file named `portable` sits beside the program.

    That is how Jaring runs from a USB stick: everything (database, backups, logs, settings)
    stays on the stick and nothing is written to the PC's user profile.
    """
    folder = program_dir()
    if (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_DATA_DIRNAME
    return None


def keep_settings_in(data_dir: Path) -> None:
    """Portable mode: Qt settings (the UI language) go to `<data>/Jaring/Jaring.ini` instead
    of the Windows registry or ~/.config."""
    from PySide6.QtCore import QCoreApplication, QSettings

    # Without an organisation name QSettings reports an access error and files the settings
    # under "Unknown Organization". Setting it here cannot move the data folder any more.
    QCoreApplication.setOrganizationName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir))


def resolve_data_dir(explicit: Path | None) -> Path:
    """`--data-dir` wins; then portable mode; then the per-user data folder."""
    if explicit is not None:
        return explicit
    portable = portable_data_dir()
    if portable is not None:
        keep_settings_in(portable)
        return portable
    return default_data_dir()


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    from enrolment.commands import argparse_id

    argparse_id.install()
    parser = argparse.ArgumentParser(
        prog="jaring",
        description=(
            "Jaring - pendaftaran pekerja rentan ke BPJS Ketenagakerjaan (JKK dan JKM). "
            "Tanpa perintah: membuka jendela program."
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="uji cepat program ini di folder sementara (data asli tidak disentuh), lalu keluar",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="FOLDER",
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
    if args.self_test:
        from ui.selftest import run_self_test

        return run_self_test()
    data_dir = resolve_data_dir(args.data_dir)
    if args.command:
        from enrolment.commands.common import run_command

        return run_command(modules[args.command].run, args, data_dir)
    from ui.app import run_gui

    return run_gui(data_dir)


if __name__ == "__main__":
    sys.exit(main())
