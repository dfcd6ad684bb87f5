from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import SQLModel

import models.tables  # noqa: F401  - registers the tables in SQLModel.metadata
from models import migrations
from models.database import open_database
from models.db import DatabaseError, DatabaseTooNewError, connect


def test_durability_settings_in_force(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    raw = connect(db.path)
    assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    raw.close()
    db.dispose()


def test_migration_from_empty_matches_the_tables(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    conn = sqlite3.connect(db.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
    for table in SQLModel.metadata.sorted_tables:
        cols = {row[1]: row for row in conn.execute(f"PRAGMA table_info({table.name})")}
        assert set(cols) == {c.name for c in table.columns}, table.name
        for column in table.columns:
            notnull = bool(cols[column.name][3])
            assert notnull == (not column.nullable), f"{table.name}.{column.name}"
    conn.close()
    db.dispose()


def test_opening_twice_is_a_no_op(tmp_path: Path) -> None:
    open_database(tmp_path).dispose()
    assert (
        migrations.migrate(tmp_path / "jaring.sqlite", tmp_path / "cadangan")
        == migrations.LATEST_VERSION
    )
    assert not (tmp_path / "cadangan").exists()


def test_newer_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "jaring.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as info:
        open_database(tmp_path)
    assert "lebih baru" in info.value.reason
    assert path.read_bytes() == before
    assert not (tmp_path / "jaring.sqlite-wal").exists()


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "jaring.sqlite").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError):
        open_database(tmp_path)


def test_upgrade_backs_up_first_and_failure_leaves_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(tmp_path).dispose()
    path = tmp_path / "jaring.sqlite"
    before = migrations.LATEST_VERSION

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration bug")

    before = migrations.LATEST_VERSION
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    with pytest.raises(RuntimeError):
        migrations.migrate(path, tmp_path / "cadangan")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == before
    assert (
        conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
    )
    conn.close()
    backups = list((tmp_path / "cadangan").glob(f"sebelum-migrasi-v{before}-*.sqlite"))
    assert len(backups) == 1
    assert backups[0].read_bytes()[18:20] == b"\x01\x01"  # rollback journal: one file
    check = sqlite3.connect(backups[0])
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()


def test_group_count_of_active_records_is_answered_from_an_index(tmp_path: Path) -> None:
    """The quota line counts a group's active members on every save: index only (v7)."""
    db = open_database(tmp_path)
    conn = sqlite3.connect(db.path)
    plan = " ".join(
        str(row[-1])
        for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM enrollee "
            "WHERE kategori = ? AND removed_at IS NULL",
            ("RT_RW",),
        )
    )
    conn.close()
    db.dispose()
    assert "INDEX ix_enrollee_kategori_active" in plan
