"""Reads needed before the ORM has loaded (start-up), on a plain sqlite3 connection."""

from __future__ import annotations

import sqlite3
from typing import Any


def read_installation(conn: sqlite3.Connection) -> dict[str, Any] | None:
    """The installation row as a dict, or None before setup."""
    cur = conn.execute("SELECT * FROM installation WHERE id = 1")
    row = cur.fetchone()
    if row is None:
        return None
    return {d[0]: v for d, v in zip(cur.description, row, strict=True)}


def read_active_programme(conn: sqlite3.Connection) -> str | None:
    """The JSON content of the active programme, or None."""
    row = conn.execute(
        "SELECT content FROM programme WHERE active = 1 ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return None if row is None else str(row[0])


def count_active_by_group(conn: sqlite3.Connection) -> dict[str, int]:
    rows = conn.execute(
        "SELECT kategori, count(*) FROM enrollee WHERE removed_at IS NULL GROUP BY kategori"
    ).fetchall()
    return {str(code): int(n) for code, n in rows}


def count_by_status(conn: sqlite3.Connection) -> dict[str, int]:
    rows = conn.execute(
        "SELECT status, count(*) FROM enrollee WHERE removed_at IS NULL GROUP BY status"
    ).fetchall()
    return {str(code): int(n) for code, n in rows}


def has_accounts(conn: sqlite3.Connection) -> bool:
    """Whether any account exists (the login is asked for; else the first admin is made)."""
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM account)").fetchone()[0])
