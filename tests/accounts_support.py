"""Helpers for tests with accounts: cheap Argon2 parameters and ready-made accounts."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from enrolment import accounts
from models.database import Database
from models.tables import Account

ADMIN_PASSWORD = "rahasia-admin-1"
OPERATOR_PASSWORD = "rahasia-operator-1"


def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id with tiny costs: the same code paths, milliseconds instead of ~0.1 s."""
    monkeypatch.setattr(
        accounts, "_HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    )


def make_admin(
    db: Database, username: str = "admin", name: str = "Siti Admin"
) -> tuple[Account, str]:
    """The first admin and its recovery code."""
    with db.session() as session:
        code = accounts.create_first_admin(session, username, name, ADMIN_PASSWORD)
        account = accounts.get_account(session, username)
    assert account is not None
    return account, code


def make_operator(
    db: Database, admin: Account, username: str = "budi", name: str = "Budi Operator"
) -> Account:
    with db.session() as session:
        return accounts.create_account(
            session,
            username=username,
            display_name=name,
            role="operator",
            password=OPERATOR_PASSWORD,
            by=admin,
        )
