from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import col, select

from enrolment import backups
from enrolment.backup_crypto import PasswordRequiredError, WrongPasswordError
from enrolment.backups import (
    BackupError,
    backup_to,
    describe_backup,
    local_backup_name,
    make_backup,
    restore_backup,
    rotate_backups,
)
from enrolment.messages import UserError
from enrolment.programme import Programme
from models import migrations
from models.database import Database
from models.tables import AuditEntry, Enrollee
from tests.enrolment.people import add_people

PASSWORD = "rahasia-desa-1"


def active_count(db: Database) -> int:
    with db.session() as s:
        return int(
            s.exec(
                select(func.count()).select_from(Enrollee).where(col(Enrollee.removed_at).is_(None))
            ).one()
        )


def audit_actions(db: Database) -> list[tuple[str, str]]:
    with db.session() as s:
        return [(a.action, a.actor) for a in s.exec(select(AuditEntry).order_by(AuditEntry.seq))]


def dump(db: Database) -> list[str]:
    conn = sqlite3.connect(db.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_make_backup_is_a_checked_copy_and_audited(
    installed_db: Database, programme: Programme
) -> None:
    add_people(installed_db, programme, range(1, 4))
    path = make_backup(installed_db, backups.REASON_MANUAL, "Operator Uji")
    assert path.parent == installed_db.backup_dir
    assert backups.LOCAL_NAME_RE.match(path.name)
    assert integrity(path) == "ok"
    assert not list(installed_db.backup_dir.glob("*.tmp"))
    assert not Path(str(path) + "-wal").exists()
    info = describe_backup(path)
    assert (info.desa_code, info.desa_name) == ("36.04.07.2011", "Mekar Jaya")
    assert info.active_enrollees == 3
    assert info.schema_version == migrations.LATEST_VERSION
    assert info.last_change is not None and info.last_change.tzinfo is not None
    assert not info.encrypted
    assert audit_actions(installed_db)[-1] == (backups.ACTION_CREATE, "Operator Uji")


def test_backup_names_are_fat32_safe_and_unique(installed_db: Database) -> None:
    stamp = datetime(2025, 12, 10, 14, 30, 1, 5000)
    first = make_backup(installed_db, backups.REASON_CLOSE, "A", now=stamp)
    second = make_backup(installed_db, backups.REASON_CLOSE, "A", now=stamp)
    assert first != second and first.exists() and second.exists()
    for name in (first.name, second.name):
        assert not set(name) & set('<>:"/\\|?*')
    with pytest.raises(ValueError):
        make_backup(installed_db, "Tutup Aplikasi", "A")


def touch_backup(folder: Path, stamp: datetime, reason: str = "tutup") -> Path:
    path = folder / local_backup_name(stamp, reason)
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_last_ten_and_one_per_day(tmp_path: Path) -> None:
    today = date(2025, 12, 10)
    made: list[Path] = []
    # Three backups a day for 40 days, newest last.
    for days_ago in range(39, -1, -1):
        for hour in (8, 12, 16):
            stamp = datetime.combine(today - timedelta(days=days_ago), datetime.min.time())
            made.append(touch_backup(tmp_path, stamp.replace(hour=hour)))
    migration = tmp_path / "sebelum-migrasi-v1-20250101-000000.sqlite"
    migration.write_bytes(b"x")
    foreign = tmp_path / "catatan.sqlite"
    foreign.write_bytes(b"x")
    old_protected = made[0]

    deleted = rotate_backups(tmp_path, today=today, protect=old_protected)

    left = {p for p in made if p.exists()}
    newest_ten = set(made[-10:])
    daily = {made[i * 3 + 2] for i in range(10, 40)}  # the 16:00 one of each of the last 30 days
    assert left == newest_ten | daily | {old_protected}
    assert set(deleted) == set(made) - left
    assert migration.exists() and foreign.exists()
    assert len(left) == len(newest_ten | daily) + 1


def test_rotation_after_make_backup_never_deletes_the_new_file(installed_db: Database) -> None:
    folder = installed_db.backup_dir
    folder.mkdir(parents=True, exist_ok=True)
    future = datetime(2030, 1, 1)
    for i in range(12):  # dated after the new one: they sort first
        touch_backup(folder, future + timedelta(minutes=i))
    new = make_backup(installed_db, backups.REASON_MANUAL, "A", now=datetime(2025, 12, 10, 9))
    assert new.exists()


def test_round_trip_to_stick_and_restore(installed_db: Database, programme: Programme) -> None:
    add_people(installed_db, programme, range(1, 6))
    stick = installed_db.data_dir.parent / "stick"
    stick.mkdir()
    copy = backup_to(installed_db, stick, "Operator Uji")
    assert copy.parent == stick and copy.suffix == ".sqlite"
    assert "3604072011" in copy.name
    assert describe_backup(copy).active_enrollees == 5
    assert audit_actions(installed_db)[-1] == (backups.ACTION_EXPORT, "Operator Uji")
    before = {e for (e,) in sqlite3.connect(installed_db.path).execute("SELECT id FROM enrollee")}

    add_people(installed_db, programme, range(6, 9))  # changes after the backup
    assert active_count(installed_db) == 8

    result = restore_backup(installed_db, copy, "Kepala Desa")

    assert active_count(installed_db) == 5
    conn = sqlite3.connect(installed_db.path)
    assert {e for (e,) in conn.execute("SELECT id FROM enrollee")} == before
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    # The safety backup holds the 8 records from just before the restore.
    assert describe_backup(result.safety_backup).active_enrollees == 8
    actions = audit_actions(installed_db)
    assert actions[-1] == (backups.ACTION_RESTORE, "Kepala Desa")
    # The restored log ends where the backup was taken, then says who restored it.
    assert actions[-2] == ("enrollee.create", "Operator Uji")
    assert len(actions) == len(set(actions[:-1]) and actions[:-1]) + 1
    # The full-text index came along with the rows.
    with installed_db.session() as s:
        found = s.connection().exec_driver_sql(
            "SELECT count(*) FROM enrollee_fts WHERE enrollee_fts MATCH 'Warga'"
        )
        assert found.scalar() == 5


def test_password_protected_copy(installed_db: Database, programme: Programme) -> None:
    add_people(installed_db, programme, range(1, 3))
    stick = installed_db.data_dir.parent / "stick"
    stick.mkdir()
    locked = backup_to(installed_db, stick, "Operator Uji", password=PASSWORD)
    assert locked.suffix == backups.ENCRYPTED_SUFFIX
    raw = locked.read_bytes()
    assert b"SQLite format 3" not in raw and b"WARGA" not in raw
    with pytest.raises(PasswordRequiredError):
        describe_backup(locked)
    with pytest.raises(WrongPasswordError):
        describe_backup(locked, "salah-sandi-123")
    info = describe_backup(locked, PASSWORD)
    assert info.encrypted and info.active_enrollees == 2
    add_people(installed_db, programme, range(3, 5))
    restore_backup(installed_db, locked, "Operator Uji", PASSWORD)
    assert active_count(installed_db) == 2
    with pytest.raises(UserError):
        backup_to(installed_db, stick, "Operator Uji", password="pendek")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"bukan basis data" * 200,
        b"SQLite format 3\x00" + b"\x00" * 50,
    ],
)
def test_restore_of_a_wrong_file_leaves_the_database_as_it_was(
    installed_db: Database, programme: Programme, tmp_path: Path, content: bytes
) -> None:
    add_people(installed_db, programme, range(1, 3))
    wrong = tmp_path / "cadangan-palsu.sqlite"
    wrong.write_bytes(content)
    before = dump(installed_db)
    with pytest.raises(BackupError):
        restore_backup(installed_db, wrong, "Operator Uji")
    assert dump(installed_db) == before
    assert not installed_db.backup_dir.exists()  # not even a safety backup was needed


def test_restore_of_a_corrupt_backup_leaves_the_database(
    installed_db: Database, programme: Programme, tmp_path: Path
) -> None:
    add_people(installed_db, programme, range(1, 30))
    good = backup_to(installed_db, tmp_path, "A")
    data = bytearray(good.read_bytes())
    for i in range(4096 * 3, min(len(data), 4096 * 6)):  # trash a few pages past the header
        data[i] = 0xA5
    broken = tmp_path / "rusak.sqlite"
    broken.write_bytes(bytes(data))
    before = dump(installed_db)
    with pytest.raises(BackupError) as info:
        restore_backup(installed_db, broken, "Operator Uji")
    assert "rusak" in str(info.value)
    assert dump(installed_db) == before


def test_a_sqlite_file_that_is_not_jaring_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "lain.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError) as info:
        describe_backup(other)
    assert "bukan cadangan Jaring" in str(info.value)


def test_describe_and_restore_refuse_a_newer_schema(installed_db: Database, tmp_path: Path) -> None:
    copy = backup_to(installed_db, tmp_path, "A")
    conn = sqlite3.connect(copy)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError) as info:
        describe_backup(copy)
    assert "lebih baru" in str(info.value)
    before = dump(installed_db)
    with pytest.raises(BackupError):
        restore_backup(installed_db, copy, "A")
    assert dump(installed_db) == before


def test_restore_of_an_older_schema_is_upgraded_in_memory(
    installed_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = backup_to(installed_db, tmp_path, "A")

    def add_note_table(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE catatan_baru (x TEXT)")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, add_note_table])
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    monkeypatch.setattr(backups, "LATEST_VERSION", migrations.LATEST_VERSION)
    # The live database is at the new version already; the backup is one behind.
    live = sqlite3.connect(installed_db.path)
    migrations.apply_migrations(live)
    live.close()

    restore_backup(installed_db, copy, "A")

    conn = sqlite3.connect(installed_db.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'catatan_baru'").fetchone()
    conn.close()


def test_backup_to_a_missing_folder_is_a_clear_error(installed_db: Database) -> None:
    with pytest.raises(BackupError) as info:
        backup_to(installed_db, installed_db.data_dir / "tidak-ada", "A")
    assert "tidak ada" in str(info.value)


def test_restore_over_a_damaged_database_sets_it_aside_untouched(
    installed_db: Database, programme: Programme, tmp_path: Path
) -> None:
    add_people(installed_db, programme, range(1, 4))
    copy = backup_to(installed_db, tmp_path, "A")
    installed_db.dispose()
    damaged = b"bukan lagi basis data" * 500
    installed_db.path.write_bytes(damaged)

    result = restore_backup(installed_db, copy, "Operator Uji")

    assert result.safety_backup.read_bytes() == damaged
    assert "rusak" in result.safety_backup.name
    assert active_count(installed_db) == 3
    assert integrity(installed_db.path) == "ok"
    assert audit_actions(installed_db)[-1] == (backups.ACTION_RESTORE, "Operator Uji")
    # Rotation never deletes the set-aside file.
    assert rotate_backups(installed_db.backup_dir, today=date.today(), keep_last=0) == []
    assert result.safety_backup.exists()
