"""Small pieces the headless commands share."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from models.db import DatabaseError

if TYPE_CHECKING:
    from enrolment.backups import BackupInfo
    from models.database import Database
    from models.tables import Account

HEADLESS_ACTOR = "baris perintah"


class CommandFailed(Exception):
    """A command's own refusal ("Jaring belum disiapkan…"): printed as one `Gagal:` line."""

    def __init__(self, text: str, code: int = 2) -> None:
        super().__init__(text)
        self.text = text
        self.code = code


def run_command(
    run: Callable[[argparse.Namespace, Path], int], args: argparse.Namespace, data_dir: Path
) -> int:
    """Runs a command so that whatever a user can meet — a refusal, bad input, a database
    that cannot be opened, a full or removed stick — ends as one `Gagal: …` line and exit
    code 2, never a traceback. Each command handles only what it says differently."""
    from enrolment.messages import UserError, os_reason

    try:
        return run(args, data_dir)
    except CommandFailed as exc:
        print(f"Gagal: {exc.text}")
        return exc.code
    except UserError as exc:
        print(f"Gagal: {exc.message}")
        return 2
    except DatabaseError as exc:
        print(f"Gagal: {exc.reason}")
        return 2
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"Gagal membaca atau menulis berkas: {os_reason(exc)}{where}")
        return 2
    except KeyboardInterrupt:
        print("Dibatalkan.")
        return 130


@contextmanager
def command_database(data_dir: Path, *, must_exist: bool = True) -> Iterator[Database]:
    """The database for one command (opened, upgraded if older), closed afterwards.

    Only `setup` may create one: elsewhere a mistyped --data-dir would leave an empty
    installation behind."""
    from models.database import open_database

    db = open_existing_database(data_dir) if must_exist else open_database(data_dir)
    try:
        yield db
    finally:
        db.dispose()


def open_existing_database(data_dir: Path) -> Database:
    """Opens (and upgrades) the database, refusing to create one where there is none."""
    from models.database import open_database
    from models.db import database_path

    if not database_path(data_dir).exists():
        raise DatabaseError(
            f"Belum ada basis data Jaring di {data_dir}. Periksa --data-dir, atau siapkan dulu "
            "dengan perintah setup."
        )
    return open_database(data_dir)


def command_actor(db: Database, given: str) -> str:
    """Who the audit log names: --operator, else this installation's operator."""
    from enrolment.installation import get_installation

    name = " ".join(given.split())
    if name:
        return name
    try:
        with db.session() as session:
            inst = get_installation(session)
    except SQLAlchemyError:  # a damaged database being restored: nobody to read from it
        return HEADLESS_ACTOR
    return inst.operator_name if inst else HEADLESS_ACTOR


def log_in(db: Database, username: str) -> Account | None:
    """The account a command acts as: None when the installation has no accounts yet (first
    run); else logs `username` in with a password asked on the terminal (without a terminal:
    the next stdin line). Raises PermissionDenied without --pengguna, LoginError on a wrong
    password; both are UserErrors."""
    from enrolment.accounts import authenticate
    from enrolment.messages import QT_TRANSLATE_NOOP, msg
    from enrolment.permissions import PermissionDenied, has_accounts

    try:
        with db.session() as session:
            if not has_accounts(session):
                return None
    except SQLAlchemyError:  # a damaged database being restored: nobody to ask
        return None
    if not username.strip():
        raise PermissionDenied(
            msg(
                "Permissions",
                QT_TRANSLATE_NOOP(
                    "Permissions",
                    "Jaring ini memakai akun: sebutkan akun admin dengan --pengguna NAMA.",
                ),
            )
        )
    if sys.stdin.isatty():
        password = getpass.getpass(f"Kata sandi akun {username.strip()}: ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    with db.session() as session:
        return authenticate(session, username, password)


def read_password(*, confirm: bool, prompt: str = "Kata sandi cadangan: ") -> str:
    """Asks on the terminal (twice when `confirm`); without a terminal reads one stdin line."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Ulangi kata sandi: ") != first:
        from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg

        raise UserError(msg("Backups", QT_TRANSLATE_NOOP("Backups", "Kata sandi tidak sama.")))
    return first


def describe_lines(info: BackupInfo) -> list[str]:
    when = info.last_change.astimezone().strftime("%d-%m-%Y %H:%M") if info.last_change else "-"
    return [
        f"Cadangan: {info.path}",
        f"  Desa: {info.desa_name} ({info.desa_code})",
        f"  Peserta aktif: {info.active_enrollees}",
        f"  Perubahan terakhir: {when}",
        f"  Versi skema: {info.schema_version}",
    ]
