"""Shared fixtures. Qt runs offscreen (Makefile sets QT_QPA_PLATFORM; set here too for IDEs)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from enrolment.installation import SetupAnswers, setup_desa
from enrolment.programme import Programme, default_programme
from models.database import Database, open_database

TODAY = date(2025, 12, 10)
DESA = "36.04.07.2011"  # Mekar Jaya, Bojonegara


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def programme() -> Programme:
    return default_programme()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "data")
    yield database
    database.dispose()


@pytest.fixture
def installed_db(db: Database) -> Database:
    with db.session() as session:
        setup_desa(
            session,
            SetupAnswers(
                desa_code=DESA,
                operator_name="Operator Uji",
                sekdes_name="SEKDES",
                kades_name="KADES",
            ),
        )
    return db


FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True, scope="session")
def _fixtures_stay_as_committed() -> Iterator[None]:
    """No test may write into tests/fixtures (an import writes its held-back workbook beside
    the list it read: tests import copies)."""
    before = sorted(p.relative_to(FIXTURES) for p in FIXTURES.rglob("*"))
    yield
    after = sorted(p.relative_to(FIXTURES) for p in FIXTURES.rglob("*"))
    assert after == before, f"tests wrote into tests/fixtures: {set(after) - set(before)}"
