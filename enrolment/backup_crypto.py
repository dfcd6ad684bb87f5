"""Password protection for backups that leave the PC.

Format (version 1), all in one file:

    MAGIC (16 bytes) | salt (16) | nonce (12) | AES-256-GCM ciphertext + tag (16)

The key comes from the password through scrypt (n=2**15, r=8, p=1: about 32 MiB and a fraction
of a second on a village PC, so guessing is slow). The header is authenticated as associated
data, so any changed byte (or a wrong password) makes decryption fail instead of giving
garbage. The whole database is encrypted in one piece: village databases are tens of MiB.
"""

from __future__ import annotations

import os

from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg

CTX = "Backups"
MAGIC = b"JARING-CADANGAN\x01"  # 16 bytes; the last byte is the format version
SALT_LEN = 16
NONCE_LEN = 12
HEADER_LEN = len(MAGIC) + SALT_LEN + NONCE_LEN
MIN_PASSWORD_LEN = 8
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}


class PasswordRequiredError(UserError):
    """The backup is password-protected and no password was given."""


class WrongPasswordError(UserError):
    """The password does not open this backup (or the file was altered)."""


def is_encrypted(head: bytes) -> bool:
    """True when the first bytes of a file are our encrypted-backup header."""
    return head.startswith(MAGIC)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LEN:
        raise UserError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Backups", "Kata sandi cadangan minimal {n} karakter."),
                n=MIN_PASSWORD_LEN,
            )
        )


def _key(password: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, **_SCRYPT).derive(password.encode("utf-8"))


def encrypt(data: bytes, password: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_password(password)
    salt, nonce = os.urandom(SALT_LEN), os.urandom(NONCE_LEN)
    header = MAGIC + salt + nonce
    return header + AESGCM(_key(password, salt)).encrypt(nonce, data, header)


def decrypt(blob: bytes, password: str | None) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not password:
        raise PasswordRequiredError(
            msg(CTX, QT_TRANSLATE_NOOP("Backups", "Cadangan ini dikunci dengan kata sandi."))
        )
    header = blob[:HEADER_LEN]
    salt = header[len(MAGIC) : len(MAGIC) + SALT_LEN]
    nonce = header[len(MAGIC) + SALT_LEN :]
    try:
        return AESGCM(_key(password, salt)).decrypt(nonce, blob[HEADER_LEN:], header)
    except (InvalidTag, ValueError) as exc:
        raise WrongPasswordError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "Kata sandi salah, atau berkas cadangan ini rusak.",
                ),
            )
        ) from exc
