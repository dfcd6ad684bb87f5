"""Small pieces the headless commands share."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from models.db import DatabaseError

if TYPE_CHECKING:
    from enrolment.backups import BackupInfo
    from models.database import Database

HEADLESS_ACTOR = "baris perintah"


def open_existing_database(data_dir: Path) -> Database:
    """Opens (and upgrades) the database, refusing to create one where there is none."""
    from models.database import open_database
    from models.db import database_path

    if not database_path(data_dir).exists():
        raise DatabaseError(f"Belum ada basis data Jaring di {data_dir}.")
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


def read_password(*, confirm: bool) -> str:
    """Asks on the terminal (twice when `confirm`); without a terminal reads one stdin line."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Kata sandi cadangan: ")
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
