from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from enrolment import accounts
from enrolment.accounts import (
    AccountError,
    LoginError,
    authenticate,
    change_own_password,
    create_account,
    create_first_admin,
    recover_with_code,
    reset_password,
    set_active,
    set_role,
)
from enrolment.audit import now
from enrolment.permissions import PermissionDenied, has_accounts
from models.database import Database
from models.tables import Account, AuditEntry
from tests.accounts_support import (
    ADMIN_PASSWORD,
    OPERATOR_PASSWORD,
    cheap_hashing,
    make_admin,
    make_operator,
)


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_hashing(monkeypatch)


def entries(db: Database, action: str) -> list[AuditEntry]:
    with db.session() as session:
        return list(session.exec(select(AuditEntry).where(AuditEntry.action == action)))


def test_first_admin_is_stored_hashed_and_only_once(installed_db: Database) -> None:
    admin, code = make_admin(installed_db)
    assert admin.role == "admin"
    assert ADMIN_PASSWORD not in admin.password_hash
    assert admin.password_hash.startswith("$argon2id$")
    assert code not in admin.recovery_code_hash and len(code) == 23
    with installed_db.session() as session:
        assert has_accounts(session)
        with pytest.raises(AccountError):
            create_first_admin(session, "kedua", "Kedua", ADMIN_PASSWORD)
    [entry] = entries(installed_db, "account.create")
    assert entry.actor == "Siti Admin" and entry.entity_id == "admin"


@pytest.mark.parametrize(
    ("username", "password"),
    [("ab", "panjang-sekali"), ("Admin Baru", "panjang-sekali"), ("admin2", "pendek")],
)
def test_first_admin_rules(installed_db: Database, username: str, password: str) -> None:
    with installed_db.session() as session, pytest.raises(AccountError):
        create_first_admin(session, username, "Nama", password)
    with installed_db.session() as session:
        assert not has_accounts(session)


def test_login_required_wrong_password_refused_and_audited(installed_db: Database) -> None:
    make_admin(installed_db)
    with installed_db.session() as session:
        with pytest.raises(LoginError) as info:
            authenticate(session, "admin", "salah-sekali")
        assert "salah" in str(info.value)
        with pytest.raises(LoginError):
            authenticate(session, "tidak-ada", ADMIN_PASSWORD)
        account = authenticate(session, " ADMIN ", ADMIN_PASSWORD)
    assert account.username == "admin" and account.last_login_at is not None
    failed = entries(installed_db, "login.failed")
    assert [(e.actor, e.detail) for e in failed] == [
        ("Siti Admin", "kata sandi salah"),
        ("tidak-ada", "pengguna tidak dikenal"),
    ]
    assert all(ADMIN_PASSWORD not in (e.detail + e.actor) for e in failed)
    [ok] = entries(installed_db, "login")
    assert ok.actor == "Siti Admin"


def test_repeated_failures_make_the_account_wait(installed_db: Database) -> None:
    make_admin(installed_db)
    start = now()
    with installed_db.session() as session:
        for _ in range(accounts.FREE_ATTEMPTS - 1):
            with pytest.raises(LoginError):
                authenticate(session, "admin", "salah-salah", now=start)
        # The last free try still works when right.
        authenticate(session, "admin", ADMIN_PASSWORD, now=start)
        for _ in range(accounts.FREE_ATTEMPTS):
            with pytest.raises(LoginError):
                authenticate(session, "admin", "salah-salah", now=start)
        # Now even the right password has to wait...
        with pytest.raises(LoginError) as info:
            authenticate(session, "admin", ADMIN_PASSWORD, now=start + timedelta(seconds=10))
        assert "Coba lagi dalam 1 menit" in str(info.value)
        # ...and the wait doubles with each further failure.
        with pytest.raises(LoginError):
            authenticate(session, "admin", "salah-salah", now=start + timedelta(seconds=31))
        account = accounts.get_account(session, "admin")
        assert account is not None and account.locked_until is not None
        assert account.locked_until == start + timedelta(seconds=31 + 60)
        ok = authenticate(session, "admin", ADMIN_PASSWORD, now=start + timedelta(minutes=5))
        assert ok.failed_attempts == 0 and ok.locked_until is None


def test_disabled_account_cannot_log_in(installed_db: Database) -> None:
    admin, _ = make_admin(installed_db)
    make_operator(installed_db, admin)
    with installed_db.session() as session:
        set_active(session, "budi", False, by=admin)
        with pytest.raises(LoginError) as info:
            authenticate(session, "budi", OPERATOR_PASSWORD)
    assert "dinonaktifkan" in str(info.value)


def test_recovery_code_works_once(installed_db: Database) -> None:
    _, code = make_admin(installed_db)
    with installed_db.session() as session:
        account, fresh = recover_with_code(
            session, code.lower().replace("-", " "), "sandi-baru-123"
        )
        assert account.username == "admin" and fresh != code
        assert authenticate(session, "admin", "sandi-baru-123").username == "admin"
        with pytest.raises(LoginError):
            authenticate(session, "admin", ADMIN_PASSWORD)
        with pytest.raises(LoginError):
            recover_with_code(session, code, "sandi-lain-456")
        account, _ = recover_with_code(session, fresh, "sandi-lain-456")
    assert [e.actor for e in entries(installed_db, "login.recovery")] == ["Siti Admin"] * 2
    assert len(entries(installed_db, "login.recovery_failed")) == 1


def test_admin_manages_accounts_and_each_action_names_the_admin(installed_db: Database) -> None:
    admin, _ = make_admin(installed_db)
    operator = make_operator(installed_db, admin)
    assert operator.role == "operator"
    with installed_db.session() as session:
        with pytest.raises(AccountError):  # taken
            create_account(
                session,
                username="budi",
                display_name="Budi Lagi",
                role="operator",
                password=OPERATOR_PASSWORD,
                by=admin,
            )
        reset_password(session, "budi", "baru-untuk-budi", by=admin)
        assert authenticate(session, "budi", "baru-untuk-budi").username == "budi"
        change_own_password(session, operator, "baru-untuk-budi", "pilihan-budi-1")
        with pytest.raises(AccountError):
            change_own_password(session, operator, "salah-lama", "pilihan-budi-2")
        set_role(session, "budi", "admin", by=admin)
        set_active(session, "budi", False, by=admin)
    actors = {
        action: [e.actor for e in entries(installed_db, action)]
        for action in (
            "account.create",
            "account.password_reset",
            "account.password_change",
            "account.role",
            "account.disable",
        )
    }
    assert actors == {
        "account.create": ["Siti Admin", "Siti Admin"],
        "account.password_reset": ["Siti Admin"],
        "account.password_change": ["Budi Operator"],
        "account.role": ["Siti Admin"],
        "account.disable": ["Siti Admin"],
    }


def test_the_last_active_admin_stays(installed_db: Database) -> None:
    admin, _ = make_admin(installed_db)
    with installed_db.session() as session:
        with pytest.raises(AccountError):
            set_active(session, "admin", False, by=admin)
        with pytest.raises(AccountError):
            set_role(session, "admin", "operator", by=admin)
        stored = session.exec(select(Account)).one()
        assert stored.active and stored.role == "admin"


@pytest.mark.parametrize(
    "action",
    ["create", "disable", "role", "reset", "idle", "recovery"],
)
def test_operator_cannot_manage_accounts(installed_db: Database, action: str) -> None:
    admin, _ = make_admin(installed_db)
    operator = make_operator(installed_db, admin)
    with installed_db.session() as session, pytest.raises(PermissionDenied) as info:
        if action == "create":
            create_account(
                session,
                username="siti2",
                display_name="Siti",
                role="admin",
                password=OPERATOR_PASSWORD,
                by=operator,
            )
        elif action == "disable":
            set_active(session, "admin", False, by=operator)
        elif action == "role":
            set_role(session, "budi", "admin", by=operator)
        elif action == "reset":
            reset_password(session, "admin", "ambil-alih-123", by=operator)
        elif action == "idle":
            accounts.set_idle_lock_minutes(session, 120, by=operator)
        else:
            accounts.new_recovery_code(session, by=operator)
    assert "Hanya admin" in str(info.value)
    with installed_db.session() as session:
        assert authenticate(session, "admin", ADMIN_PASSWORD).role == "admin"
        assert accounts.idle_lock_minutes(session) == 10


def test_a_stale_admin_object_loses_its_rights(installed_db: Database) -> None:
    admin, _ = make_admin(installed_db)
    second = make_operator(installed_db, admin, "wati", "Wati")
    with installed_db.session() as session:
        set_role(session, "wati", "admin", by=admin)
        second = accounts.get_account(session, "wati")  # type: ignore[assignment]
        set_active(session, "admin", False, by=second)
    # `admin` still says role admin, active, in memory; the database says otherwise.
    assert admin.active
    with installed_db.session() as session, pytest.raises(PermissionDenied):
        create_account(
            session,
            username="baru",
            display_name="Baru",
            role="operator",
            password=OPERATOR_PASSWORD,
            by=admin,
        )


def test_idle_lock_setting(installed_db: Database) -> None:
    admin, _ = make_admin(installed_db)
    with installed_db.session() as session:
        assert accounts.idle_lock_minutes(session) == 10
        with pytest.raises(AccountError):
            accounts.set_idle_lock_minutes(session, 0, by=admin)
        accounts.set_idle_lock_minutes(session, 15, by=admin)
        assert accounts.idle_lock_minutes(session) == 15


def test_logout_and_idle_lock_are_audited(installed_db: Database) -> None:
    admin, _ = make_admin(installed_db)
    with installed_db.session() as session:
        accounts.log_out(session, admin, idle=True)
        accounts.log_out(session, admin)
    assert [e.actor for e in entries(installed_db, "lock")] == ["Siti Admin"]
    assert [e.actor for e in entries(installed_db, "logout")] == ["Siti Admin"]
