"""Fast read path for the register table: filtered, sorted pages of enrollees.

Uses a plain sqlite3 connection (see `models.db.connect`) so the register can show data before
the ORM has even been imported. Substring search uses the FTS5 trigram index for 3+ characters;
shorter terms match the start of a name word or of the NIK, stopping at the page limit.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

# Columns the register shows, in this order (the table model maps them to headers).
COLUMNS = (
    "seq", "id", "nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "kategori",
    "status", "alamat", "rt", "rw", "no_hp", "kpj", "return_status", "created_at", "updated_at",
    "removed_at", "last_batch_no",
)  # fmt: skip
SORT_SQL = {
    "entered": "e.seq",
    "nama": "e.nama COLLATE NOCASE",
    "nik": "e.nik",
    "tanggal_lahir": "e.tanggal_lahir",
    "kategori": "e.kategori",
    "status": "e.status",
    "updated_at": "e.updated_at",
}
FTS_MIN = 3  # the trigram tokenizer finds nothing for shorter terms


@dataclass(frozen=True)
class RegisterFilter:
    text: str = ""
    kategori: str | None = None
    status: str | None = None
    include_removed: bool = False


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(flt: RegisterFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if not flt.include_removed:
        clauses.append("e.removed_at IS NULL")
    if flt.kategori:
        clauses.append("e.kategori = ?")
        params.append(flt.kategori)
    if flt.status:
        clauses.append("e.status = ?")
        params.append(flt.status)
    term = " ".join(flt.text.split())
    if term.replace(" ", "").replace(".", "").isdigit():
        term = term.replace(" ", "").replace(".", "")  # a NIK typed with spaces or dots
    if len(term) >= FTS_MIN:
        clauses.append("e.seq IN (SELECT rowid FROM enrollee_fts WHERE enrollee_fts MATCH ?)")
        params.append('"' + term.replace('"', '""') + '"')
    elif term:
        like = _like_escape(term.upper()) + "%"
        clauses.append(
            "(e.nama LIKE ? ESCAPE '\\' OR e.nama LIKE ? ESCAPE '\\' OR e.nik LIKE ? ESCAPE '\\')"
        )
        params += [like, "% " + like, like]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class RegisterQuery:
    """Pages of register rows for one connection (not shared across threads)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def fetch(
        self,
        flt: RegisterFilter,
        *,
        sort: str = "entered",
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[tuple[Any, ...]]:
        where, params = _where(flt)
        order = SORT_SQL.get(sort, SORT_SQL["entered"]) + (" DESC" if descending else "")
        cols = ", ".join(f"e.{c}" for c in COLUMNS)
        sql = f"SELECT {cols} FROM enrollee e{where} ORDER BY {order}, e.seq DESC LIMIT ? OFFSET ?"
        return self._conn.execute(sql, [*params, limit, offset]).fetchall()

    def count(self, flt: RegisterFilter) -> int:
        where, params = _where(flt)
        row = self._conn.execute(f"SELECT count(*) FROM enrollee e{where}", params).fetchone()
        return int(row[0])
