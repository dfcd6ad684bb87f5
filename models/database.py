"""Opening Jaring's database: migrate, then hand out the one engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from models.db import create_db_engine, database_path
from models.migrations import migrate

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

BACKUP_DIRNAME = "cadangan"  # FAT32- and Windows-safe folder name


@dataclass
class Database:
    """A migrated database file and its engine. Pass it (or sessions) to who needs it."""

    data_dir: Path
    path: Path
    _engine: Engine | None = field(default=None, repr=False)

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / BACKUP_DIRNAME

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = create_db_engine(self.path)
        return self._engine

    def session(self) -> Session:
        from sqlmodel import Session

        return Session(self.engine, expire_on_commit=False)

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def open_database(data_dir: Path) -> Database:
    """Creates or upgrades the database in `data_dir`; raises DatabaseError on trouble."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = database_path(data_dir)
    db = Database(data_dir=data_dir, path=path)
    migrate(path, db.backup_dir)
    return db
