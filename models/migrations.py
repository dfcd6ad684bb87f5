"""The schema's history: an explicit, ordered chain of migrations keyed by `PRAGMA user_version`.

Rules:
- Each migration runs in its own transaction together with the version bump, so a failure
  leaves the database at the previous version, untouched.
- An existing database is backed up (SQLite online backup) before the first migration runs.
- A database from a newer version is refused and left untouched.
- Never edit a released migration: add a new one. Every released schema has a fixture
  database under tests/fixtures/ whose upgrade is tested.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from models.db import DatabaseError, DatabaseTooNewError, connect

Migration = Callable[[sqlite3.Connection], None]


def _v1_initial(conn: sqlite3.Connection) -> None:
    for statement in _V1_SQL:
        conn.execute(statement)


_V1_SQL = [
    """CREATE TABLE installation (
        id INTEGER NOT NULL PRIMARY KEY,
        mode VARCHAR NOT NULL,
        kabupaten_code VARCHAR NOT NULL,
        kecamatan_code VARCHAR NOT NULL,
        kecamatan_name VARCHAR NOT NULL,
        desa_code VARCHAR NOT NULL,
        desa_name VARCHAR NOT NULL,
        operator_name VARCHAR NOT NULL,
        sekdes_name VARCHAR NOT NULL,
        kades_name VARCHAR NOT NULL,
        paper_size VARCHAR NOT NULL,
        receipt_copies INTEGER NOT NULL,
        language VARCHAR NOT NULL,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        CHECK (id = 1)
    )""",
    """CREATE TABLE programme (
        seq INTEGER NOT NULL PRIMARY KEY,
        programme_id VARCHAR NOT NULL,
        version INTEGER NOT NULL,
        name VARCHAR NOT NULL,
        content VARCHAR NOT NULL,
        active BOOLEAN NOT NULL,
        loaded_at DATETIME NOT NULL
    )""",
    "CREATE INDEX ix_programme_programme_id ON programme (programme_id)",
    """CREATE TABLE programme_group (
        seq INTEGER NOT NULL PRIMARY KEY,
        programme_seq INTEGER NOT NULL REFERENCES programme (seq),
        code VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        quota INTEGER NOT NULL,
        sort_order INTEGER NOT NULL
    )""",
    "CREATE INDEX ix_programme_group_programme_seq ON programme_group (programme_seq)",
    """CREATE TABLE enrollee (
        seq INTEGER NOT NULL PRIMARY KEY,
        id VARCHAR NOT NULL UNIQUE,
        nik VARCHAR NOT NULL,
        nama VARCHAR NOT NULL,
        tempat_lahir VARCHAR NOT NULL,
        tanggal_lahir DATE NOT NULL,
        jenis_kelamin VARCHAR NOT NULL,
        alamat VARCHAR NOT NULL,
        rt VARCHAR NOT NULL,
        rw VARCHAR NOT NULL,
        no_hp VARCHAR NOT NULL,
        kategori VARCHAR NOT NULL,
        jabatan VARCHAR NOT NULL,
        dok_nomor VARCHAR NOT NULL,
        dok_tanggal DATE,
        nama_ibu VARCHAR NOT NULL,
        catatan VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        confirmed_warnings VARCHAR NOT NULL,
        enrolled_on DATE NOT NULL,
        coverage_start VARCHAR NOT NULL,
        coverage_end VARCHAR NOT NULL,
        programme_id VARCHAR NOT NULL,
        programme_version INTEGER NOT NULL,
        receipt_year INTEGER NOT NULL,
        receipt_seq INTEGER NOT NULL,
        last_batch_no INTEGER,
        removed_at DATETIME,
        removed_by VARCHAR NOT NULL,
        removed_reason VARCHAR NOT NULL,
        withdrawal_batch_no INTEGER,
        return_status VARCHAR NOT NULL,
        return_reason VARCHAR NOT NULL,
        kpj VARCHAR NOT NULL,
        created_at DATETIME NOT NULL,
        created_by VARCHAR NOT NULL,
        updated_at DATETIME NOT NULL,
        updated_by VARCHAR NOT NULL,
        UNIQUE (receipt_year, receipt_seq)
    )""",
    "CREATE INDEX ix_enrollee_nik ON enrollee (nik)",
    "CREATE INDEX ix_enrollee_kategori ON enrollee (kategori)",
    "CREATE INDEX ix_enrollee_status ON enrollee (status)",
    "CREATE INDEX ix_enrollee_removed_at ON enrollee (removed_at)",
    # One active record per NIK in a village register; removed records keep their NIK.
    "CREATE UNIQUE INDEX ux_enrollee_active_nik ON enrollee (nik) WHERE removed_at IS NULL",
    "CREATE INDEX ix_enrollee_name_birth ON enrollee (nama, tanggal_lahir)",
    # Substring search on name and NIK (trigram: 3+ characters); kept in step by triggers.
    """CREATE VIRTUAL TABLE enrollee_fts USING fts5(
        nama, nik, content='enrollee', content_rowid='seq', tokenize='trigram'
    )""",
    """CREATE TRIGGER enrollee_fts_ai AFTER INSERT ON enrollee BEGIN
        INSERT INTO enrollee_fts (rowid, nama, nik) VALUES (new.seq, new.nama, new.nik);
    END""",
    """CREATE TRIGGER enrollee_fts_ad AFTER DELETE ON enrollee BEGIN
        INSERT INTO enrollee_fts (enrollee_fts, rowid, nama, nik)
        VALUES ('delete', old.seq, old.nama, old.nik);
    END""",
    """CREATE TRIGGER enrollee_fts_au AFTER UPDATE OF nama, nik ON enrollee BEGIN
        INSERT INTO enrollee_fts (enrollee_fts, rowid, nama, nik)
        VALUES ('delete', old.seq, old.nama, old.nik);
        INSERT INTO enrollee_fts (rowid, nama, nik) VALUES (new.seq, new.nama, new.nik);
    END""",
    """CREATE TABLE audit_log (
        seq INTEGER NOT NULL PRIMARY KEY,
        at DATETIME NOT NULL,
        actor VARCHAR NOT NULL,
        action VARCHAR NOT NULL,
        entity VARCHAR NOT NULL,
        entity_id VARCHAR NOT NULL,
        field VARCHAR NOT NULL,
        old VARCHAR,
        new VARCHAR,
        detail VARCHAR NOT NULL
    )""",
    "CREATE INDEX ix_audit_log_at ON audit_log (at)",
    "CREATE INDEX ix_audit_log_action ON audit_log (action)",
    "CREATE INDEX ix_audit_log_entity_id ON audit_log (entity_id)",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
    END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
    END""",
]


def _v2_receipt_print(conn: sqlite3.Connection) -> None:
    """The print log of enrolment receipts (tanda terima), one row per receipt printed, and
    the setting that prints a receipt straight after saving."""
    conn.execute(
        """CREATE TABLE receipt_print (
        seq INTEGER NOT NULL PRIMARY KEY,
        enrollee_id VARCHAR NOT NULL REFERENCES enrollee (id),
        printed_at DATETIME NOT NULL,
        operator VARCHAR NOT NULL,
        copy_no INTEGER NOT NULL,
        kind VARCHAR NOT NULL
    )"""
    )
    conn.execute("CREATE INDEX ix_receipt_print_enrollee_id ON receipt_print (enrollee_id)")
    conn.execute(
        "ALTER TABLE installation ADD COLUMN receipt_auto_print BOOLEAN NOT NULL DEFAULT 0"
    )


def _v3_batches(conn: sqlite3.Connection) -> None:
    for statement in _V3_SQL:
        conn.execute(statement)


# Batches handed on to the kabupaten and the enrollees each one carried.
_V3_SQL = [
    """CREATE TABLE batch (
        seq INTEGER NOT NULL PRIMARY KEY,
        batch_no INTEGER NOT NULL UNIQUE,
        created_at DATETIME NOT NULL,
        operator VARCHAR NOT NULL,
        row_count INTEGER NOT NULL,
        new_count INTEGER NOT NULL,
        correction_count INTEGER NOT NULL,
        withdrawal_count INTEGER NOT NULL,
        sha256 VARCHAR NOT NULL,
        destination VARCHAR NOT NULL,
        file_name VARCHAR NOT NULL,
        programme_id VARCHAR NOT NULL,
        programme_version INTEGER NOT NULL,
        format_version INTEGER NOT NULL,
        content VARCHAR NOT NULL
    )""",
    """CREATE TABLE batch_item (
        seq INTEGER NOT NULL PRIMARY KEY,
        batch_no INTEGER NOT NULL REFERENCES batch (batch_no),
        enrollee_id VARCHAR NOT NULL,
        kind VARCHAR NOT NULL
    )""",
    "CREATE INDEX ix_batch_item_batch_no ON batch_item (batch_no)",
    "CREATE INDEX ix_batch_item_enrollee_id ON batch_item (enrollee_id)",
]


def _v4_word_index(conn: sqlite3.Connection) -> None:
    """A word-prefix index on names, for search terms of one or two letters (the trigram
    index finds nothing under three characters, and a LIKE scan grows with the register)."""
    for statement in _V4_SQL:
        conn.execute(statement)


_V4_SQL = [
    """CREATE VIRTUAL TABLE enrollee_words USING fts5(
        nama, content='enrollee', content_rowid='seq', tokenize='unicode61', prefix='1 2'
    )""",
    "INSERT INTO enrollee_words (enrollee_words) VALUES ('rebuild')",
    """CREATE TRIGGER enrollee_words_ai AFTER INSERT ON enrollee BEGIN
        INSERT INTO enrollee_words (rowid, nama) VALUES (new.seq, new.nama);
    END""",
    """CREATE TRIGGER enrollee_words_ad AFTER DELETE ON enrollee BEGIN
        INSERT INTO enrollee_words (enrollee_words, rowid, nama) VALUES ('delete', old.seq, old.nama);
    END""",
    """CREATE TRIGGER enrollee_words_au AFTER UPDATE OF nama ON enrollee BEGIN
        INSERT INTO enrollee_words (enrollee_words, rowid, nama) VALUES ('delete', old.seq, old.nama);
        INSERT INTO enrollee_words (rowid, nama) VALUES (new.seq, new.nama);
    END""",
]


def _v5_accounts_and_privacy(conn: sqlite3.Connection) -> None:
    """Accounts (login, roles, recovery code), the privacy settings, the purge marker on
    enrollees, and an audit log that may be redacted for a purged person only."""
    conn.execute(
        """CREATE TABLE account (
        id INTEGER NOT NULL PRIMARY KEY,
        username VARCHAR NOT NULL UNIQUE,
        display_name VARCHAR NOT NULL,
        role VARCHAR NOT NULL,
        password_hash VARCHAR NOT NULL,
        active BOOLEAN NOT NULL,
        created_at DATETIME NOT NULL,
        created_by VARCHAR NOT NULL,
        last_login_at DATETIME,
        failed_attempts INTEGER NOT NULL,
        locked_until DATETIME,
        recovery_code_hash VARCHAR NOT NULL
    )"""
    )
    conn.execute("ALTER TABLE installation ADD COLUMN mask_nik BOOLEAN NOT NULL DEFAULT 1")
    conn.execute(
        "ALTER TABLE installation ADD COLUMN idle_lock_minutes INTEGER NOT NULL DEFAULT 10"
    )
    conn.execute("ALTER TABLE installation ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 365")
    conn.execute("ALTER TABLE enrollee ADD COLUMN purged_at DATETIME")
    # The audit log stays append-only, with one exception: the entries about a purged person
    # may have their old/new/detail replaced by the redaction marker, nothing else.
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute(
        """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        WHEN NOT (
            new.seq IS old.seq AND new.at IS old.at AND new.actor IS old.actor
            AND new.action IS old.action AND new.entity IS old.entity
            AND new.entity_id IS old.entity_id AND new.field IS old.field
            AND (new.old IS old.old OR new.old = '[dihapus]')
            AND (new.new IS old.new OR new.new = '[dihapus]')
            AND (new.detail IS old.detail OR new.detail = '[dihapus]')
            AND EXISTS (
                SELECT 1 FROM enrollee WHERE id = old.entity_id AND purged_at IS NOT NULL
            )
        )
        BEGIN
            SELECT RAISE(ABORT, 'audit_log is append-only');
        END"""
    )


def _v6_kabupaten(conn: sqlite3.Connection) -> None:
    for statement in _KABUPATEN_SQL:
        conn.execute(statement)


# The kabupaten side: batch ledger, merged register, conflict list.
_KABUPATEN_SQL = [
    """CREATE TABLE kab_batch (
        seq INTEGER NOT NULL PRIMARY KEY,
        desa_code VARCHAR NOT NULL,
        desa_name VARCHAR NOT NULL,
        batch_no INTEGER NOT NULL,
        sha256 VARCHAR NOT NULL,
        received_at DATETIME NOT NULL,
        file_name VARCHAR NOT NULL,
        operator VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        row_count INTEGER NOT NULL,
        new_count INTEGER NOT NULL,
        correction_count INTEGER NOT NULL,
        withdrawal_count INTEGER NOT NULL,
        programme_id VARCHAR NOT NULL,
        programme_version INTEGER NOT NULL
    )""",
    "CREATE INDEX ix_kab_batch_desa_code ON kab_batch (desa_code)",
    # A (desa, batch number) is merged once; refused attempts may repeat.
    "CREATE UNIQUE INDEX ux_kab_batch_merged ON kab_batch (desa_code, batch_no) "
    "WHERE status = 'merged'",
    """CREATE TABLE kab_record (
        seq INTEGER NOT NULL PRIMARY KEY,
        enrollee_id VARCHAR NOT NULL UNIQUE,
        desa_code VARCHAR NOT NULL,
        kecamatan_code VARCHAR NOT NULL,
        nik VARCHAR NOT NULL,
        nama VARCHAR NOT NULL,
        name_key VARCHAR NOT NULL,
        tanggal_lahir VARCHAR NOT NULL,
        kategori VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        duplicate_of VARCHAR NOT NULL,
        first_batch_no INTEGER NOT NULL,
        last_batch_no INTEGER NOT NULL,
        data VARCHAR NOT NULL,
        kpj VARCHAR NOT NULL,
        check_reason VARCHAR NOT NULL,
        updated_at DATETIME NOT NULL
    )""",
    "CREATE INDEX ix_kab_record_desa_code ON kab_record (desa_code)",
    "CREATE INDEX ix_kab_record_nik ON kab_record (nik)",
    "CREATE INDEX ix_kab_record_name_key ON kab_record (name_key)",
    "CREATE INDEX ix_kab_record_kategori ON kab_record (kategori)",
    "CREATE INDEX ix_kab_record_status ON kab_record (status)",
    """CREATE TABLE kab_conflict (
        seq INTEGER NOT NULL PRIMARY KEY,
        kind VARCHAR NOT NULL,
        record_a VARCHAR NOT NULL,
        record_b VARCHAR NOT NULL,
        nik VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        resolution VARCHAR NOT NULL,
        resolved_by VARCHAR NOT NULL,
        resolved_at DATETIME,
        created_at DATETIME NOT NULL,
        UNIQUE (record_a, record_b, kind)
    )""",
    "CREATE INDEX ix_kab_conflict_record_a ON kab_conflict (record_a)",
    "CREATE INDEX ix_kab_conflict_record_b ON kab_conflict (record_b)",
    "CREATE INDEX ix_kab_conflict_status ON kab_conflict (status)",
]


def _v7_active_group_index(conn: sqlite3.Connection) -> None:
    """Counting a group's active members (the quota line, on every save) read each member's
    row to check removed_at: 1.7 ms in a register of 21,434. An index of active records only
    answers it from the index alone; it replaces the plain index on kategori, whose other
    users (the register's group filter, the dashboard) also look at active records."""
    conn.execute("DROP INDEX IF EXISTS ix_enrollee_kategori")
    conn.execute(
        "CREATE INDEX ix_enrollee_kategori_active ON enrollee (kategori) WHERE removed_at IS NULL"
    )


def _v8_kabupaten_purge(conn: sqlite3.Connection) -> None:
    """The kabupaten may purge a withdrawn or duplicate record after the retention period, as a
    village may purge its own: `kab_record.purged_at` marks it, and the audit log accepts the
    redaction of entries about a purged kabupaten record too (the rule of v5, widened).
    The ledger also keeps the hash of each file as stored (`kab_batch.file_sha256`), so a
    locked batch merged before is known again without its password; and the village register
    gets an index on the KPJ number, to find a worker by their card."""
    conn.execute("ALTER TABLE kab_record ADD COLUMN purged_at DATETIME")
    conn.execute("ALTER TABLE kab_batch ADD COLUMN file_sha256 VARCHAR NOT NULL DEFAULT ''")
    conn.execute("CREATE INDEX ix_kab_batch_file_sha256 ON kab_batch (file_sha256)")
    # The village register finds a person by the KPJ number on their card.
    conn.execute("CREATE INDEX ix_enrollee_kpj ON enrollee (kpj)")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute(
        """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        WHEN NOT (
            new.seq IS old.seq AND new.at IS old.at AND new.actor IS old.actor
            AND new.action IS old.action AND new.entity IS old.entity
            AND new.entity_id IS old.entity_id AND new.field IS old.field
            AND (new.old IS old.old OR new.old = '[dihapus]')
            AND (new.new IS old.new OR new.new = '[dihapus]')
            AND (new.detail IS old.detail OR new.detail = '[dihapus]')
            AND (
                EXISTS (
                    SELECT 1 FROM enrollee WHERE id = old.entity_id AND purged_at IS NOT NULL
                )
                OR EXISTS (
                    SELECT 1 FROM kab_record
                    WHERE enrollee_id = old.entity_id AND purged_at IS NOT NULL
                )
            )
        )
        BEGIN
            SELECT RAISE(ABORT, 'audit_log is append-only');
        END"""
    )


# Index i holds the migration that brings the schema from version i to i + 1.
MIGRATIONS: list[Migration] = [
    _v1_initial,
    _v2_receipt_print,
    _v3_batches,
    _v4_word_index,
    _v5_accounts_and_privacy,
    _v6_kabupaten,
    _v7_active_group_index,
    _v8_kabupaten_purge,
]
LATEST_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def backup_database(source: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy through SQLite's online backup, written under a temporary name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    dest = sqlite3.connect(tmp)
    try:
        source.backup(dest)
        # A copy of a WAL database is flagged WAL too; make it one self-contained file.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    with tmp.open("rb+") as handle:  # on disk before the migration may change the original
        os.fsync(handle.fileno())
    tmp.replace(target)
    return target


def apply_migrations(conn: sqlite3.Connection) -> None:
    """Runs the missing migrations on an open connection (autocommit mode), one transaction each.

    `migrate` backs the file up first; a restore runs this on an in-memory copy of a backup,
    so the live database is only replaced by an already upgraded one.
    """
    for version in range(schema_version(conn), LATEST_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def migrate(path: Path, backup_dir: Path) -> int:
    """Brings the database at `path` to LATEST_VERSION (creating it if missing).

    Returns the version found before migrating. Raises DatabaseTooNewError (file untouched)
    or DatabaseError for an unreadable file.
    """
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        _refuse_if_too_new(path)
    try:
        conn = connect(path)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"Basis data tidak dapat dibuka: {exc}") from exc
    try:
        found = schema_version(conn)
        if found > LATEST_VERSION:  # written meanwhile by a newer version
            raise DatabaseTooNewError(found, LATEST_VERSION)
        if existed and found < LATEST_VERSION:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup_database(conn, backup_dir / f"sebelum-migrasi-v{found}-{stamp}.sqlite")
        apply_migrations(conn)
        return found
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"Basis data rusak atau bukan basis data Jaring: {exc}") from exc
    finally:
        conn.close()


def _refuse_if_too_new(path: Path) -> None:
    """Reads the version read-only first, so a newer file is never even opened for writing."""
    try:
        conn = connect(path, read_only=True)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"Basis data tidak dapat dibuka: {exc}") from exc
    try:
        found = schema_version(conn)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"Berkas ini bukan basis data Jaring atau rusak: {exc}") from exc
    finally:
        conn.close()
    if found > LATEST_VERSION:
        raise DatabaseTooNewError(found, LATEST_VERSION)
