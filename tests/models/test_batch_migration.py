"""The batch migration (batch, batch_item) upgrades a version-1 database and keeps its data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from models import migrations


def test_upgrade_from_v1_adds_batch_tables(tmp_path: Path) -> None:
    path = tmp_path / "jaring.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, field, detail) "
        "VALUES ('2025-12-10 00:00:00', 'Uji', 'setup', '', '', '', 'v1')"
    )
    conn.close()
    assert migrations.migrate(path, tmp_path / "cadangan") == 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"batch", "batch_item"} <= names
    assert conn.execute("SELECT detail FROM audit_log").fetchone()[0] == "v1"
    conn.close()
    assert list((tmp_path / "cadangan").glob("sebelum-migrasi-v1-*.sqlite"))
