"""Accounts: the first admin, logging in, the recovery code, and account management.

Passwords and recovery codes are stored only as Argon2id hashes (argon2-cffi). A failed login
is audited and, after a few in a row, makes the account wait before the next try (doubling up
to a cap), so guessing is slow without locking anyone out for good. Every change is audited
with the acting account's display name, which is what the audit log shows.
"""

from __future__ import annotations

import functools
import re
import secrets
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from enrolment import audit
from enrolment.installation import change_setting
from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg
from enrolment.permissions import (
    ROLE_ADMIN,
    ROLE_OPERATOR,
    ROLES,
    has_accounts,
    require_role,
)
from models.tables import Account, Installation

CTX = "Accounts"
MIN_PASSWORD = 8
FREE_ATTEMPTS = 5  # failures in a row before the waits start
FIRST_WAIT = timedelta(seconds=30)
MAX_WAIT = timedelta(minutes=15)
IDLE_MINUTES_RANGE = (1, 240)
# Recovery codes: 20 characters from an alphabet without look-alikes (0/O, 1/I/L), about
# 100 bits, written in groups of five so it can be copied from paper.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_CODE_LENGTH = 20
_USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")

# Argon2id with OWASP's minimum profile (19 MiB, 2 passes, 1 lane) rather than the library's
# 64 MiB x 3 x 4 lanes: a login on an old two-core office PC must stay well under a second
# (here, on a loaded machine, 0.4 s against 2.4 s) and still costs a guesser 19 MiB a try.
# Tests swap in a cheaper hasher; `check_needs_rehash` moves old hashes on at the next login.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)

ACTION_LOGIN = "login"
ACTION_LOGIN_FAILED = "login.failed"
ACTION_LOGOUT = "logout"
ACTION_LOCK = "lock"
ACTION_RECOVER = "login.recovery"
ACTION_RECOVER_FAILED = "login.recovery_failed"


class LoginError(UserError):
    """The login was refused; `message` says why in terms that do not reveal which part was
    wrong, except for a disabled account or a wait after too many tries."""


class AccountError(UserError, ValueError):
    """An account rule refused the input (short password, taken username…)."""


def _hash(secret: str) -> str:
    return _HASHER.hash(secret)


@functools.cache
def _dummy_hash(hasher: PasswordHasher) -> str:
    return hasher.hash("jaring-dummy-password")


def _verify(hashed: str, secret: str) -> bool:
    try:
        return _HASHER.verify(hashed, secret)
    except (VerificationError, InvalidHashError):
        return False


def actor_name(account: Account) -> str:
    """The name the audit log shows for this account."""
    return account.display_name


def list_accounts(session: Session) -> list[Account]:
    return list(session.exec(select(Account).order_by(col(Account.username))))


def get_account(session: Session, username: str) -> Account | None:
    return session.exec(
        select(Account).where(Account.username == _clean_username(username))
    ).first()


# --- validation ---------------------------------------------------------------------------


def _clean_username(username: str) -> str:
    return username.strip().lower()


def _check_username(session: Session, username: str) -> str:
    name = _clean_username(username)
    if not _USERNAME_RE.match(name):
        raise AccountError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Accounts",
                    "Nama pengguna 3-32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.",
                ),
            )
        )
    if get_account(session, name) is not None:
        raise AccountError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Accounts", "Nama pengguna {username} sudah dipakai."),
                username=name,
            )
        )
    return name


def _check_display_name(display_name: str) -> str:
    name = " ".join(display_name.split())
    if not name:
        raise AccountError(msg(CTX, QT_TRANSLATE_NOOP("Accounts", "Nama lengkap wajib diisi.")))
    return name


def check_password(password: str) -> None:
    """Raises AccountError when `password` is too weak to be set."""
    if len(password) < MIN_PASSWORD:
        raise AccountError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Accounts", "Kata sandi minimal {count} karakter."),
                count=MIN_PASSWORD,
            )
        )
    if password.strip() != password or not password.strip():
        raise AccountError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Accounts", "Kata sandi tidak boleh diawali atau diakhiri spasi."
                ),
            )
        )


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError(
            msg(CTX, QT_TRANSLATE_NOOP("Accounts", "Peran harus admin atau operator."))
        )


# --- recovery code -----------------------------------------------------------------------


def _new_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))
    return "-".join(raw[i : i + 5] for i in range(0, _CODE_LENGTH, 5))


def normalise_code(code: str) -> str:
    """Upper case and grouped by five: what was typed from paper, in the generated form."""
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(raw[i : i + 5] for i in range(0, len(raw), 5))


# --- creating the first admin ------------------------------------------------------------


def create_first_admin(session: Session, username: str, display_name: str, password: str) -> str:
    """Creates the installation's first account, an admin, and returns its recovery code.

    The code is shown (and printed) once; only its hash is stored. Refused once any account
    exists: further accounts are made by an admin through `create_account`.
    """
    if has_accounts(session):
        raise AccountError(
            msg(CTX, QT_TRANSLATE_NOOP("Accounts", "Akun admin pertama sudah pernah dibuat."))
        )
    name = _check_username(session, username)
    display = _check_display_name(display_name)
    check_password(password)
    code = _new_code()
    stamp = audit.now()
    account = Account(
        username=name,
        display_name=display,
        role=ROLE_ADMIN,
        password_hash=_hash(password),
        created_at=stamp,
        created_by=display,
        recovery_code_hash=_hash(code),
    )
    session.add(account)
    audit.record(
        session,
        display,
        "account.create",
        entity="account",
        entity_id=name,
        new=ROLE_ADMIN,
        detail="admin pertama",
        at=stamp,
    )
    session.commit()
    return code


# --- logging in ---------------------------------------------------------------------------


def _minutes(delta: timedelta) -> int:
    return max(1, int((delta.total_seconds() + 59) // 60))


def authenticate(
    session: Session, username: str, password: str, *, now: datetime | None = None
) -> Account:
    """Checks a login. Returns the account (audited 'login') or raises LoginError (audited
    'login.failed'). After FREE_ATTEMPTS failures in a row each further failure makes the
    account wait, doubling from 30 seconds up to 15 minutes."""
    stamp = now or audit.now()
    typed = _clean_username(username)[:64]
    account = get_account(session, typed) if typed else None
    if account is None:
        # Verify anyway, so an unknown name takes as long to refuse as a wrong password.
        _verify(_dummy_hash(_HASHER), password)
        _fail(session, typed or "-", "pengguna tidak dikenal", stamp)
        raise _wrong_login()
    if account.locked_until is not None and account.locked_until > stamp:
        _fail(session, account.display_name, "menunggu setelah terlalu banyak percobaan", stamp)
        raise LoginError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Accounts",
                    "Terlalu banyak percobaan yang salah. Coba lagi dalam {minutes} menit.",
                ),
                minutes=_minutes(account.locked_until - stamp),
            )
        )
    if not _verify(account.password_hash, password):
        account.failed_attempts += 1
        over = account.failed_attempts - FREE_ATTEMPTS
        if over >= 0:
            account.locked_until = stamp + min(FIRST_WAIT * (2**over), MAX_WAIT)
        session.add(account)
        _fail(session, account.display_name, "kata sandi salah", stamp, username=account.username)
        raise _wrong_login()
    if not account.active:
        _fail(session, account.display_name, "akun nonaktif", stamp, username=account.username)
        raise LoginError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Accounts", "Akun ini sudah dinonaktifkan. Hubungi admin desa."),
            )
        )
    if _HASHER.check_needs_rehash(account.password_hash):
        account.password_hash = _hash(password)
    account.failed_attempts = 0
    account.locked_until = None
    account.last_login_at = stamp
    session.add(account)
    audit.record(
        session,
        account.display_name,
        ACTION_LOGIN,
        entity="account",
        entity_id=account.username,
        detail=account.role,
        at=stamp,
    )
    session.commit()
    return account


def _wrong_login() -> LoginError:
    return LoginError(
        msg(CTX, QT_TRANSLATE_NOOP("Accounts", "Nama pengguna atau kata sandi salah."))
    )


def _fail(session: Session, actor: str, why: str, stamp: datetime, *, username: str = "") -> None:
    audit.record(
        session,
        actor,
        ACTION_LOGIN_FAILED,
        entity="account",
        entity_id=username or actor,
        detail=why,
        at=stamp,
    )
    session.commit()


def log_out(session: Session, account: Account, *, idle: bool = False) -> None:
    """Audits the end of a session: 'logout', or 'lock' when the idle lock closed it."""
    audit.record(
        session,
        account.display_name,
        ACTION_LOCK if idle else ACTION_LOGOUT,
        entity="account",
        entity_id=account.username,
    )
    session.commit()


def recover_with_code(session: Session, code: str, new_password: str) -> tuple[Account, str]:
    """Sets a new password for the admin whose recovery code this is.

    The code works once: it is replaced by a new one, returned to be written down. Raises
    LoginError for a wrong code (audited) and AccountError for a weak password.
    """
    check_password(new_password)
    typed = normalise_code(code)
    admins = session.exec(
        select(Account).where(Account.role == ROLE_ADMIN, Account.active == True)  # noqa: E712
    ).all()
    account = next(
        (a for a in admins if a.recovery_code_hash and _verify(a.recovery_code_hash, typed)),
        None,
    )
    stamp = audit.now()
    if account is None:
        audit.record(
            session, "-", ACTION_RECOVER_FAILED, entity="account", detail="kode salah", at=stamp
        )
        session.commit()
        raise LoginError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Accounts", "Kode pemulihan salah atau sudah pernah dipakai."),
            )
        )
    fresh = _new_code()
    account.password_hash = _hash(new_password)
    account.recovery_code_hash = _hash(fresh)
    account.failed_attempts = 0
    account.locked_until = None
    session.add(account)
    audit.record(
        session,
        account.display_name,
        ACTION_RECOVER,
        entity="account",
        entity_id=account.username,
        detail="kata sandi diganti dengan kode pemulihan; kode baru dibuat",
        at=stamp,
    )
    session.commit()
    return account, fresh


# --- management (admin only) ---------------------------------------------------------------


def create_account(
    session: Session,
    *,
    username: str,
    display_name: str,
    role: str,
    password: str,
    by: Account,
) -> Account:
    """An admin creates an account (operator or admin)."""
    admin = require_role(session, by, ROLE_ADMIN)
    _check_role(role)
    name = _check_username(session, username)
    display = _check_display_name(display_name)
    check_password(password)
    stamp = audit.now()
    account = Account(
        username=name,
        display_name=display,
        role=role,
        password_hash=_hash(password),
        created_at=stamp,
        created_by=admin.display_name,
    )
    session.add(account)
    audit.record(
        session,
        admin.display_name,
        "account.create",
        entity="account",
        entity_id=name,
        new=role,
        detail=display,
        at=stamp,
    )
    session.commit()
    return account


def _target(session: Session, username: str) -> Account:
    account = get_account(session, username)
    if account is None:
        raise AccountError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Accounts", "Akun {username} tidak ada."),
                username=username,
            )
        )
    return account


def _other_active_admins(session: Session, account: Account) -> int:
    return len(
        session.exec(
            select(Account).where(
                Account.role == ROLE_ADMIN,
                Account.active == True,  # noqa: E712
                Account.id != account.id,
            )
        ).all()
    )


def _refuse_last_admin(session: Session, account: Account) -> None:
    if account.role == ROLE_ADMIN and account.active and not _other_active_admins(session, account):
        raise AccountError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Accounts",
                    "{name} adalah satu-satunya admin yang aktif. Buat admin lain dulu.",
                ),
                name=account.display_name,
            )
        )


def set_active(session: Session, username: str, active: bool, *, by: Account) -> Account:
    """An admin disables (or re-enables) an account. The last active admin stays active."""
    admin = require_role(session, by, ROLE_ADMIN)
    account = _target(session, username)
    if account.active == active:
        return account
    if not active:
        _refuse_last_admin(session, account)
    account.active = active
    session.add(account)
    audit.record(
        session,
        admin.display_name,
        "account.enable" if active else "account.disable",
        entity="account",
        entity_id=account.username,
        field="active",
        old=not active,
        new=active,
    )
    session.commit()
    return account


def set_role(session: Session, username: str, role: str, *, by: Account) -> Account:
    """An admin changes an account's role. The last active admin stays an admin."""
    admin = require_role(session, by, ROLE_ADMIN)
    _check_role(role)
    account = _target(session, username)
    if account.role == role:
        return account
    if role != ROLE_ADMIN:
        _refuse_last_admin(session, account)
    audit.record(
        session,
        admin.display_name,
        "account.role",
        entity="account",
        entity_id=account.username,
        field="role",
        old=account.role,
        new=role,
    )
    account.role = role
    if role == ROLE_OPERATOR:
        account.recovery_code_hash = ""
    session.add(account)
    session.commit()
    return account


def reset_password(session: Session, username: str, new_password: str, *, by: Account) -> None:
    """An admin sets a new password for an account (and clears its login wait)."""
    admin = require_role(session, by, ROLE_ADMIN)
    account = _target(session, username)
    check_password(new_password)
    account.password_hash = _hash(new_password)
    account.failed_attempts = 0
    account.locked_until = None
    session.add(account)
    audit.record(
        session,
        admin.display_name,
        "account.password_reset",
        entity="account",
        entity_id=account.username,
    )
    session.commit()


def change_own_password(
    session: Session, account: Account, old_password: str, new_password: str
) -> None:
    """Any logged-in account changes its own password, knowing the current one."""
    current = require_role(session, account, ROLE_OPERATOR)
    if not _verify(current.password_hash, old_password):
        raise AccountError(msg(CTX, QT_TRANSLATE_NOOP("Accounts", "Kata sandi lama salah.")))
    check_password(new_password)
    current.password_hash = _hash(new_password)
    session.add(current)
    audit.record(
        session,
        current.display_name,
        "account.password_change",
        entity="account",
        entity_id=current.username,
    )
    session.commit()


def new_recovery_code(session: Session, *, by: Account) -> str:
    """An admin replaces their own recovery code (the old one stops working)."""
    admin = require_role(session, by, ROLE_ADMIN)
    code = _new_code()
    admin.recovery_code_hash = _hash(code)
    session.add(admin)
    audit.record(
        session,
        admin.display_name,
        "account.recovery_code",
        entity="account",
        entity_id=admin.username,
        detail="kode pemulihan baru dibuat",
    )
    session.commit()
    return code


# --- idle lock setting ---------------------------------------------------------------------


def idle_lock_minutes(session: Session) -> int:
    """Minutes without input before the screen locks (the UI's idle lock reads this)."""
    inst = session.get(Installation, 1)
    return (
        inst.idle_lock_minutes if inst else Installation.model_fields["idle_lock_minutes"].default
    )


def set_idle_lock_minutes(session: Session, minutes: int, *, by: Account) -> None:
    admin = require_role(session, by, ROLE_ADMIN)
    low, high = IDLE_MINUTES_RANGE
    if not low <= minutes <= high:
        raise AccountError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Accounts", "Waktu kunci layar harus {low} sampai {high} menit."),
                low=low,
                high=high,
            )
        )
    inst = session.get(Installation, 1)
    if inst is None:
        raise AccountError(msg(CTX, QT_TRANSLATE_NOOP("Accounts", "Instalasi belum disiapkan.")))
    change_setting(session, inst, "idle_lock_minutes", minutes, actor=admin.display_name)
    session.commit()
