"""Kabupaten fixtures: a kabupaten installation, and the regency's batches (built once)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from enrolment.installation import setup_kabupaten
from models.database import Database, open_database

from .regency import Regency, cached_regency


@pytest.fixture(scope="session")
def regency() -> Regency:
    # Generated once per source version into the system temp folder (not pytest's basetemp,
    # which other pytest runs prune): the files are read-only input for the tests.
    return cached_regency()


@pytest.fixture
def kab_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "kab")
    with db.session() as session:
        setup_kabupaten(session, "36.04", "Operator Kabupaten")
    yield db
    db.dispose()
