"""Who may do what. Roles are checked here, in the domain, not only by hiding buttons.

Two roles: `admin` (settings, accounts, programme, restore, purge, NIK masking) and
`operator` (entry, printing, batches). The check always re-reads the account from the
database, so a stale or hand-made `Account` object cannot carry rights it no longer has.
"""

from __future__ import annotations

from sqlmodel import Session, func, select

from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg
from models.tables import Account

CTX = "Permissions"
ROLE_ADMIN = "admin"
ROLE_OPERATOR = "operator"
ROLES = (ROLE_ADMIN, ROLE_OPERATOR)


class PermissionDenied(UserError):
    """The account may not do this (wrong role, disabled, or no account given)."""


def has_accounts(session: Session) -> bool:
    """Whether any account exists. Before the first admin is created (first run) the
    installation is open; from then on admin actions need an admin account."""
    return bool(session.exec(select(func.count()).select_from(Account)).one())


def _current(session: Session, who: Account | str) -> Account | None:
    if isinstance(who, str):
        return session.exec(select(Account).where(Account.username == who)).first()
    if who.id is None:
        return None
    return session.get(Account, who.id, populate_existing=True)


def require_role(session: Session, who: Account | str | None, role: str) -> Account:
    """Returns the account as stored now, or raises PermissionDenied.

    `who` is an Account or a username. An admin may do everything an operator may.
    """
    account = _current(session, who) if who is not None else None
    if account is None or not account.active:
        raise PermissionDenied(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Permissions", "Tindakan ini memerlukan akun yang aktif. Silakan masuk lagi."
                ),
            )
        )
    if role == ROLE_ADMIN and account.role != ROLE_ADMIN:
        raise PermissionDenied(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Permissions",
                    "Hanya admin yang boleh melakukan ini. Akun {name} adalah operator.",
                ),
                name=account.display_name,
            )
        )
    return account


def require_admin_once_accounts_exist(session: Session, by: Account | str | None) -> None:
    """For actions that were open before accounts existed (setup, programme, restore): once
    the installation has an account, only an active admin may do them."""
    if has_accounts(session):
        require_role(session, by, ROLE_ADMIN)
