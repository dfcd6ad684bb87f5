"""The database file: where it lives, how connections are set up, and the one engine factory.

Every connection — the SQLAlchemy engine's and the light read-only ones the register uses
before the ORM has loaded — goes through `apply_pragmas`, so durability settings are the same
everywhere: WAL, synchronous=FULL (a committed record survives a power cut), foreign keys on.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

DB_FILENAME = "jaring.sqlite"
BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """A database problem the operator can act on (not a bug); `reason` is user-facing."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class DatabaseTooNewError(DatabaseError):
    """The file was written by a newer Jaring; it is left untouched."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"Basis data ini dibuat oleh Jaring versi yang lebih baru (skema {found}; versi ini "
            f"hanya mengenal sampai skema {supported}). Pasang Jaring versi terbaru. "
            "Berkas basis data tidak diubah."
        )
        self.found = found
        self.supported = supported


CACHE_KIB = -32_000  # negative: KiB, not pages


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def apply_pragmas(conn: Any, *, read_only: bool = False) -> None:
    """Sets the durability pragmas on a DB-API sqlite3 connection.

    A read-only connection cannot switch the journal mode (and never writes), so it only gets
    the busy timeout and foreign keys.
    """
    cur = conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        # Up to 32 MB of page cache (the default is 2 MB): a kabupaten-sized import or merge
        # keeps its indexes in memory instead of spilling pages mid-transaction. Allocated
        # only as used, so a village register never takes it all.
        cur.execute(f"PRAGMA cache_size = {CACHE_KIB}")
    finally:
        cur.close()


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection with the same settings as the engine's.

    Used where the ORM would be too slow to import (the register's first paint) and by the
    migration runner. `isolation_level=None`: callers issue BEGIN/COMMIT themselves.
    """
    if read_only:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    apply_pragmas(conn, read_only=read_only)
    return conn


def create_db_engine(path: Path) -> Engine:
    """The one SQLAlchemy engine for a database file."""
    from sqlalchemy import create_engine, event

    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # pysqlite opens transactions lazily on its own; let SQLAlchemy emit BEGIN instead so
        # a transaction really covers everything between begin and commit.
        dbapi_conn.isolation_level = None
        apply_pragmas(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front: no "database is locked" half-way through.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
