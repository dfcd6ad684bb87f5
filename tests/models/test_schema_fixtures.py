"""Upgrading from every released schema: tests/fixtures/schema-v<N>.sqlite (made by
scripts/make_schema_fixture.py before the next migration is added) opens, upgrades after a
backup, keeps its data, and restores as a backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from enrolment.backups import describe_backup, restore_backup
from models import migrations
from models.database import Database, open_database

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("schema-v*.sqlite"))


def version_of(path: Path) -> int:
    return int(path.stem.removeprefix("schema-v"))


def test_every_released_schema_has_a_fixture() -> None:
    released = set(range(1, migrations.LATEST_VERSION))  # the latest is the one in progress
    missing = released - {version_of(p) for p in FIXTURES}
    assert not missing, f"run scripts/make_schema_fixture.py on schema(s) {sorted(missing)}"
    assert FIXTURES


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_upgrade_from_fixture(fixture: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(fixture, data_dir / "jaring.sqlite")
    db = open_database(data_dir)
    db.dispose()
    conn = sqlite3.connect(db.path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT nama, removed_at IS NULL FROM enrollee ORDER BY seq").fetchall()
        assert rows == [("BUDI SANTOSO", 1), ("SITI AMINAH", 0)]
    finally:
        conn.close()
    made_backup = list((data_dir / "cadangan").glob(f"sebelum-migrasi-v{version_of(fixture)}-*"))
    assert len(made_backup) == (1 if version_of(fixture) < migrations.LATEST_VERSION else 0)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_restore_from_fixture(fixture: Path, installed_db: Database) -> None:
    info = describe_backup(fixture)
    assert (info.desa_code, info.active_enrollees) == ("36.04.07.2011", 1)
    assert info.schema_version == version_of(fixture)
    restore_backup(installed_db, fixture, "Operator Uji")
    conn = sqlite3.connect(installed_db.path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        assert conn.execute("SELECT count(*) FROM enrollee").fetchone()[0] == 2
    finally:
        conn.close()
