"""Backups: automatic local copies, copies that leave the PC (optionally locked), and restore.

Every copy is taken with SQLite's online backup API in one step, so it is a consistent snapshot
even while the program keeps writing. The snapshot is taken into memory, then written whole
(temporary name, fsync, read back and `PRAGMA integrity_check`, rename), so a power cut or a
pulled stick never leaves a torn file under a backup's name.

A restore never touches the live database until the backup has been read, checked and (if it
is from an older schema) upgraded in memory; the current database is backed up first; the
content is then copied into the live file with the backup API inside one write transaction,
so a crash half-way leaves the old content.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from enrolment import audit
from enrolment.backup_crypto import check_password, decrypt, encrypt, is_encrypted
from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg
from enrolment.safe_files import fsync_dir, write_bytes_whole
from models.database import Database
from models.db import connect
from models.migrations import LATEST_VERSION, apply_migrations

log = logging.getLogger("jaring")
CTX = "Backups"

# Why a backup was made; part of the local file name (lower-case ASCII and hyphens: FAT-safe).
REASON_CLOSE = "tutup"
REASON_BEFORE_EXPORT = "sebelum-ekspor"
REASON_BEFORE_RESTORE = "sebelum-pulih"
REASON_MANUAL = "manual"

KEEP_LAST = 10
KEEP_DAYS = 30
PLAIN_SUFFIX = ".sqlite"
ENCRYPTED_SUFFIX = ".jaringenc"
SQLITE_MAGIC = b"SQLite format 3\x00"
LOCAL_NAME_RE = re.compile(r"^jaring-(\d{8})-(\d{6})-(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.sqlite$")
_REASON_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_STALE_TMP_RE = re.compile(r"^jaring-.*\.tmp$")
_JARING_TABLES = {"installation", "enrollee", "audit_log"}

ACTION_CREATE = "backup.create"
ACTION_EXPORT = "backup.export"
ACTION_RESTORE = "backup.restore"


class BackupError(UserError):
    """A backup or restore was refused (wrong file, corrupt, too new…); `message` says why."""


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, shown before a restore."""

    path: Path
    desa_code: str
    desa_name: str
    active_enrollees: int
    last_change: datetime | None  # UTC
    schema_version: int
    encrypted: bool


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    safety_backup: Path  # the current database as it was just before the restore


# --- taking snapshots ------------------------------------------------------------------------


def _rollback_header(data: bytes) -> bytes:
    """Marks a database image as rollback-journal mode (header bytes 18-19 = 1).

    A snapshot of a WAL database keeps the WAL marker; such a file cannot be opened from memory
    and would want a -wal/-shm beside it on the stick. The content is the same either way.
    """
    if len(data) >= 20 and data[18:20] != b"\x01\x01":
        patched = bytearray(data)
        patched[18] = patched[19] = 1
        return bytes(patched)
    return data


def _snapshot(db: Database) -> bytes:
    """A consistent image of the live database, taken with the online backup API."""
    source = connect(db.path)
    try:
        image = sqlite3.connect(":memory:")
        try:
            source.backup(image)  # all pages in one step: one read transaction, one snapshot
            data = image.serialize()
        finally:
            image.close()
    finally:
        source.close()
    return _rollback_header(data)


def _open_image(data: bytes) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.deserialize(data)
    except sqlite3.DatabaseError:
        conn.close()
        raise
    return conn


# --- reading and checking a backup -------------------------------------------------------------


def _not_jaring(path: Path) -> BackupError:
    return BackupError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP("Backups", "Berkas {file} bukan cadangan Jaring."),
            file=path.name,
        )
    )


def _corrupt(path: Path) -> BackupError:
    return BackupError(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Backups",
                "Berkas cadangan {file} rusak (pemeriksaan isi gagal). Pakai cadangan lain.",
            ),
            file=path.name,
        )
    )


def _load(path: Path) -> bytes:
    blob = path.read_bytes()
    if is_encrypted(blob) or not blob.startswith(SQLITE_MAGIC):
        return blob
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # A live database copied with its journal: the file alone is not the whole content.
        raise BackupError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "Berkas {file} adalah basis data yang sedang dipakai, bukan cadangan. Buat "
                    "cadangan dengan menu Cadangan di PC asalnya.",
                ),
                file=path.name,
            )
        )
    return blob


def _open_backup(path: Path, password: str | None) -> tuple[sqlite3.Connection, bool]:
    """Reads a backup file into an in-memory database; nothing is written anywhere."""
    blob = _load(path)
    encrypted = is_encrypted(blob)
    data = decrypt(blob, password) if encrypted else blob
    if not data.startswith(SQLITE_MAGIC):
        raise _not_jaring(path)
    try:
        return _open_image(_rollback_header(data)), encrypted
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path) from exc


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _inspect(conn: sqlite3.Connection, path: Path, encrypted: bool) -> BackupInfo:
    try:
        check = conn.execute("PRAGMA integrity_check").fetchall()
        if check != [("ok",)]:
            raise _corrupt(path)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > LATEST_VERSION:
            raise BackupError(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Backups",
                        "Cadangan {file} dibuat oleh Jaring versi yang lebih baru (skema "
                        "{found}; versi ini hanya mengenal sampai skema {supported}). Pasang "
                        "Jaring versi terbaru untuk memulihkannya.",
                    ),
                    file=path.name,
                    found=version,
                    supported=LATEST_VERSION,
                )
            )
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if version < 1 or not _JARING_TABLES.issubset(tables):
            raise _not_jaring(path)
        inst = conn.execute("SELECT desa_code, desa_name FROM installation WHERE id = 1").fetchone()
        active = conn.execute("SELECT count(*) FROM enrollee WHERE removed_at IS NULL").fetchone()
        stamps = [
            _parse_time(conn.execute("SELECT max(at) FROM audit_log").fetchone()[0]),
            _parse_time(conn.execute("SELECT max(updated_at) FROM enrollee").fetchone()[0]),
        ]
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path) from exc
    known = [s for s in stamps if s is not None]
    return BackupInfo(
        path=path,
        desa_code=inst[0] if inst else "",
        desa_name=inst[1] if inst else "",
        active_enrollees=int(active[0]),
        last_change=max(known) if known else None,
        schema_version=version,
        encrypted=encrypted,
    )


def describe_backup(path: Path, password: str | None = None) -> BackupInfo:
    """What the backup at `path` holds. Raises BackupError (or a password error) when it is not
    a readable Jaring backup this version can restore; OSError when the file cannot be read."""
    conn, encrypted = _open_backup(path, password)
    try:
        return _inspect(conn, path, encrypted)
    finally:
        conn.close()


def _verify_image(data: bytes, path: Path, *, thorough: bool = True) -> None:
    """Checks a written copy. `thorough=False` (quick_check: pages and records, not index
    contents) serves the automatic local backups, whose source SQLite itself just read; it
    takes a quarter of the time, which matters when the program is closing."""
    try:
        conn = _open_image(data)
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path) from exc
    check = "integrity_check" if thorough else "quick_check"
    try:
        if conn.execute(f"PRAGMA {check}").fetchall() != [("ok",)]:
            raise _corrupt(path)
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path) from exc
    finally:
        conn.close()


# --- local automatic backups -------------------------------------------------------------------


def local_backup_name(stamp: datetime, reason: str) -> str:
    millis = stamp.microsecond // 1000
    return f"jaring-{stamp:%Y%m%d-%H%M%S}-{millis:03d}-{reason}{PLAIN_SUFFIX}"


def make_backup(db: Database, reason: str, actor: str, *, now: datetime | None = None) -> Path:
    """Backs the live database up into `db.backup_dir` and rotates the old local backups.

    `reason` is one of the REASON_* names (it becomes part of the file name). Names use the
    PC's local time, which is what the operator reads. Safe while the program is writing.
    """
    if not _REASON_RE.match(reason):
        raise ValueError(f"backup reason must be lower-case ASCII words: {reason!r}")
    stamp = now or datetime.now()
    folder = db.backup_dir
    target = folder / local_backup_name(stamp, reason)
    while target.exists():  # two backups in the same millisecond (tests, a double click)
        stamp += timedelta(milliseconds=1)
        target = folder / local_backup_name(stamp, reason)
    data = _snapshot(db)
    write_bytes_whole(
        target, data, verify=lambda tmp: _verify_image(tmp.read_bytes(), target, thorough=False)
    )
    with db.session() as session:
        audit.record(
            session,
            actor,
            ACTION_CREATE,
            entity="backup",
            entity_id=target.name,
            detail=f"alasan: {reason}",
        )
        session.commit()
    rotate_backups(folder, today=stamp.date(), protect=target)
    return target


def rotate_backups(
    folder: Path,
    *,
    today: date,
    protect: Path | None = None,
    keep_last: int = KEEP_LAST,
    keep_days: int = KEEP_DAYS,
) -> list[Path]:
    """Deletes old local backups: keeps the newest `keep_last`, plus the newest one of each of
    the last `keep_days` days. Only files named like our local backups are ever touched (the
    migration backups `sebelum-migrasi-…` are kept for good). Returns the deleted files."""
    if not folder.is_dir():
        return []
    entries: list[tuple[tuple[str, str, str], Path]] = []
    for path in folder.iterdir():
        match = LOCAL_NAME_RE.match(path.name)
        if match and path.is_file():
            entries.append(((match[1], match[2], match[3]), path))
        elif _STALE_TMP_RE.match(path.name) and path.is_file():
            _remove_stale_tmp(path)
    entries.sort(reverse=True)
    keep = {path for _key, path in entries[:keep_last]}
    oldest = today - timedelta(days=keep_days - 1)
    days_kept: set[date] = set()
    for (day_text, _time, _ms), path in entries:
        day = datetime.strptime(day_text, "%Y%m%d").date()
        if oldest <= day <= today and day not in days_kept:
            days_kept.add(day)
            keep.add(path)
    if protect is not None:
        keep.add(protect)
    deleted = []
    for _key, path in entries:
        if path in keep:
            continue
        try:
            path.unlink()
        except OSError as exc:  # a locked old file must not fail the new backup
            log.warning("could not delete old backup %s: %s", path, exc)
        else:
            deleted.append(path)
    return deleted


def _remove_stale_tmp(path: Path) -> None:
    """A temporary file left by a power cut; anything younger than an hour may still be
    being written by this very program."""
    try:
        age = datetime.now().timestamp() - path.stat().st_mtime
        if age > 3600:
            path.unlink()
    except OSError as exc:
        log.warning("could not delete leftover %s: %s", path, exc)


# --- copies that leave the PC ------------------------------------------------------------------


def external_backup_name(desa_code: str, stamp: datetime, encrypted: bool) -> str:
    code = desa_code.replace(".", "")
    middle = f"-{code}" if code else ""
    suffix = ENCRYPTED_SUFFIX if encrypted else PLAIN_SUFFIX
    return f"jaring-cadangan{middle}-{stamp:%Y%m%d-%H%M%S}{suffix}"


def backup_to(
    db: Database,
    dest_dir: Path,
    actor: str,
    password: str | None = None,
    *,
    now: datetime | None = None,
) -> Path:
    """Writes a consistent backup into `dest_dir` (a stick), locked with `password` if given.

    The file is read back and checked before it gets its final name. Logged in the audit log:
    personal data leaves the PC.
    """
    if password is not None:
        check_password(password)
    if not dest_dir.is_dir():
        raise BackupError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Backups", "Folder tujuan {folder} tidak ada."),
                folder=str(dest_dir),
            )
        )
    data = _snapshot(db)
    conn = _open_image(data)
    try:
        info = _inspect(conn, db.path, encrypted=False)
    finally:
        conn.close()
    payload = encrypt(data, password) if password else data
    stamp = now or datetime.now()
    target = dest_dir / external_backup_name(info.desa_code, stamp, password is not None)
    number = 1
    while target.exists():
        number += 1
        base = external_backup_name(info.desa_code, stamp, password is not None)
        stem, _, suffix = base.rpartition(".")
        target = dest_dir / f"{stem}-{number}.{suffix}"

    def verify(tmp: Path) -> None:
        written = tmp.read_bytes()
        if written != payload:
            raise _corrupt(target)
        _verify_image(decrypt(written, password) if password else written, target)

    write_bytes_whole(target, payload, verify)
    with db.session() as session:
        audit.record(
            session,
            actor,
            ACTION_EXPORT,
            entity="backup",
            entity_id=target.name,
            detail=(
                f"tujuan: {dest_dir}; dikunci: {'ya' if password else 'tidak'}; "
                f"peserta aktif: {info.active_enrollees}"
            ),
        )
        session.commit()
    return target


# --- restore -----------------------------------------------------------------------------------


def restore_backup(
    db: Database, path: Path, actor: str, password: str | None = None
) -> RestoreResult:
    """Replaces the live database's content with the backup at `path`.

    Order: read and check the backup (a wrong, corrupt or too new file stops here, nothing
    changed); upgrade it in memory if it is from an older schema; back up the current database;
    copy the backup into the live file in one transaction; then log the restore, so the entry
    lives in the restored database. Close other sessions first: the engine is disposed.
    """
    source, encrypted = _open_backup(path, password)
    try:
        info = _inspect(source, path, encrypted)
        try:
            apply_migrations(source)  # in memory: a failure leaves everything untouched
        except sqlite3.DatabaseError as exc:
            raise _corrupt(path) from exc
        try:
            safety = make_backup(db, REASON_BEFORE_RESTORE, actor)
        except (sqlite3.DatabaseError, SQLAlchemyDatabaseError, BackupError) as exc:
            # The live database itself is damaged (the reason for many restores): keep its
            # files as they are, set aside, and restore into a fresh file.
            log.warning("current database unreadable, set aside before restore: %s", exc)
            safety = _set_aside_damaged(db)
        db.dispose()
        live = connect(db.path)
        try:
            _match_page_size(source, live)
            source.backup(live)  # one write transaction on the live file: all or nothing
        finally:
            live.close()
    finally:
        source.close()
    with db.session() as session:
        audit.record(
            session,
            actor,
            ACTION_RESTORE,
            entity="backup",
            entity_id=path.name,
            detail=(
                f"desa: {info.desa_code} {info.desa_name}; peserta aktif: "
                f"{info.active_enrollees}; skema: {info.schema_version}; "
                f"cadangan sebelum pemulihan: {safety.name}"
            ),
        )
        session.commit()
    return RestoreResult(info=info, safety_backup=safety)


def _set_aside_damaged(db: Database) -> Path:
    """Moves the damaged live database (and its -wal/-shm) into the backup folder untouched,
    under a name rotation never deletes; returns the main file's new path."""
    db.dispose()
    folder = db.backup_dir
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now()
    target = folder / f"jaring-rusak-{stamp:%Y%m%d-%H%M%S}{PLAIN_SUFFIX}"
    for suffix in ("-wal", "-shm", ""):  # the main file last: until then it still opens
        source = db.path.with_name(db.path.name + suffix)
        if source.exists():
            os.replace(source, target.with_name(target.name + suffix))
    fsync_dir(folder)
    fsync_dir(db.path.parent)
    return target


def _match_page_size(source: sqlite3.Connection, live: sqlite3.Connection) -> None:
    """A WAL database cannot change its page size through the backup API; rebuild the
    in-memory copy with the live file's page size when they differ (old SQLite defaults)."""
    wanted = int(live.execute("PRAGMA page_size").fetchone()[0])
    if int(source.execute("PRAGMA page_size").fetchone()[0]) != wanted:
        source.execute(f"PRAGMA page_size = {wanted}")
        source.execute("VACUUM")


def current_desa(db: Database) -> tuple[str, str]:
    """(code, name) of the live installation, to compare with a backup's before restoring."""
    with contextlib.closing(connect(db.path, read_only=True)) as conn:
        row = conn.execute("SELECT desa_code, desa_name FROM installation WHERE id = 1").fetchone()
    return (row[0], row[1]) if row else ("", "")
