"""Admin actions are refused to operators (and to nobody) in the domain, not only in the UI."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from enrolment.backups import make_backup, restore_backup
from enrolment.installation import (
    SetupAnswers,
    activate_programme,
    get_installation,
    setup_desa,
)
from enrolment.permissions import PermissionDenied, require_role
from enrolment.privacy import nik_masking_enabled, set_nik_masking
from enrolment.programme import Programme
from models.database import Database
from models.tables import Account, AuditEntry
from tests.accounts_support import cheap_hashing, make_admin, make_operator
from tests.conftest import DESA


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_hashing(monkeypatch)


def change_settings(db: Database, by: Account | None) -> None:
    with db.session() as session:
        setup_desa(
            session,
            SetupAnswers(desa_code=DESA, operator_name="Operator Baru", paper_size="F4"),
            by=by,
        )


def test_before_any_account_setup_and_programme_stay_open(
    installed_db: Database, programme: Programme
) -> None:
    change_settings(installed_db, None)
    with installed_db.session() as session:
        activate_programme(session, programme, actor="Operator Uji")
        session.commit()
        inst = get_installation(session)
    assert inst is not None and inst.paper_size == "F4"


def test_admin_may_change_settings_and_is_named(installed_db: Database) -> None:
    admin, _ = make_admin(installed_db)
    change_settings(installed_db, admin)
    with installed_db.session() as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.field == "paper_size")).one()
    # The admin who changed it, not the operator name typed into the settings.
    assert (entry.new, entry.actor) == ("F4", "Siti Admin")


@pytest.mark.parametrize("who", ["operator", "nobody", "disabled admin"])
@pytest.mark.parametrize("action", ["settings", "programme", "restore", "mask_nik"])
def test_operator_cannot_do_admin_actions(
    installed_db: Database, programme: Programme, tmp_path: Path, who: str, action: str
) -> None:
    admin, _ = make_admin(installed_db)
    operator = make_operator(installed_db, admin)
    by: Account | None = {"operator": operator, "nobody": None}.get(who)
    if who == "disabled admin":
        second = make_operator(installed_db, admin, "wati", "Wati")
        from enrolment.accounts import set_active, set_role

        with installed_db.session() as session:
            set_role(session, "wati", "admin", by=admin)
            set_active(session, "wati", False, by=admin)
        by = second
    backup = make_backup(installed_db, "manual", "Operator Uji")
    with pytest.raises(PermissionDenied):
        if action == "settings":
            change_settings(installed_db, by)
        elif action == "programme":
            with installed_db.session() as session:
                activate_programme(session, programme, actor="x", by=by)
        elif action == "restore":
            restore_backup(installed_db, backup, "x", by=by)
        else:
            with installed_db.session() as session:
                set_nik_masking(session, False, by=by)  # type: ignore[arg-type]
    with installed_db.session() as session:
        inst = get_installation(session)
        assert inst is not None and inst.paper_size == "A4"
        assert nik_masking_enabled(session)
    conn = sqlite3.connect(installed_db.path)
    try:
        actions = {row[0] for row in conn.execute("SELECT action FROM audit_log")}
    finally:
        conn.close()
    assert "backup.restore" not in actions
    assert not actions & {"settings.change"}


def test_admin_may_restore_and_the_entry_names_them(installed_db: Database, tmp_path: Path) -> None:
    admin, _ = make_admin(installed_db)
    backup = make_backup(installed_db, "manual", admin.display_name)
    restore_backup(installed_db, backup, admin.display_name, by=admin)
    with installed_db.session() as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "backup.restore")).one()
    assert entry.actor == "Siti Admin"


def test_require_role_accepts_a_username(installed_db: Database) -> None:
    admin, _ = make_admin(installed_db)
    make_operator(installed_db, admin)
    with installed_db.session() as session:
        assert require_role(session, "admin", "admin").display_name == "Siti Admin"
        assert require_role(session, "budi", "operator").role == "operator"
        with pytest.raises(PermissionDenied) as info:
            require_role(session, "budi", "admin")
        assert "Hanya admin" in str(info.value)
        with pytest.raises(PermissionDenied):
            require_role(session, "tidak-ada", "operator")
