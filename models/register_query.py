"""Fast read path for the register table: filtered, sorted pages of enrollees.

Uses a plain sqlite3 connection (see `models.db.connect`) so the register can show data before
the ORM has even been imported. Substring search uses the FTS5 trigram index for 3+ characters;
shorter terms match the start of a name word (FTS5 word index) or of the NIK (its index).
Eleven letters or digits also find a whole KPJ number (its index).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from typing import Any

# Columns the register shows, in this order (the table model maps them to headers).
COLUMNS = (
    "seq", "id", "nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "kategori",
    "status", "alamat", "rt", "rw", "no_hp", "kpj", "return_status", "return_reason", "created_at", "updated_at",
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
    "return_status": "e.return_status",
    "kpj": "e.kpj",
}
FTS_MIN = 3
KPJ_LENGTH = 11  # a BPJS Ketenagakerjaan card number (older ones have letters)
NO_RETURN = "none"  # RegisterFilter.return_status: no word from the kabupaten yet (stored "")  # the trigram tokenizer finds nothing for shorter terms


@dataclass(frozen=True)
class RegisterFilter:
    text: str = ""
    kategori: str | None = None
    status: str | None = None
    # What the kabupaten's return file said: accepted / rejected / duplicate / pending, or
    # NO_RETURN for records no return file has mentioned yet.
    return_status: str | None = None
    include_removed: bool = False
    removed_only: bool = False  # removed (hidden) records, e.g. for a purge after retention
    kpj: str = ""  # a whole KPJ number the text turned out to be (set by RegisterQuery)


def _where(flt: RegisterFilter) -> tuple[str, str, list[Any]]:
    """FROM clause, WHERE clause and parameters for a filter.

    With a term of 3+ characters the query is driven by the trigram index (joined on the
    rowid), so rows come out in rowid order and LIMIT stops early even when the term is
    common ("3604" is in every NIK).
    """
    clauses: list[str] = []
    params: list[Any] = []
    source = "enrollee e"
    if flt.removed_only:
        clauses.append("e.removed_at IS NOT NULL")
    elif not flt.include_removed:
        clauses.append("e.removed_at IS NULL")
    if flt.kategori:
        clauses.append("e.kategori = ?")
        params.append(flt.kategori)
    if flt.status:
        clauses.append("e.status = ?")
        params.append(flt.status)
    if flt.return_status:
        clauses.append("e.return_status = ?")
        params.append("" if flt.return_status == NO_RETURN else flt.return_status)
    # Control characters (a NUL pasted from somewhere) would break the FTS query syntax.
    term = " ".join("".join(ch for ch in flt.text if ch.isprintable() or ch.isspace()).split())
    if term.replace(" ", "").replace(".", "").isdigit():
        term = term.replace(" ", "").replace(".", "")  # a NIK typed with spaces or dots
    if flt.kpj:
        clauses.append("e.kpj = ?")
        params.append(flt.kpj)
    elif len(term) >= FTS_MIN:
        source = "enrollee_fts f JOIN enrollee e ON e.seq = f.rowid"
        clauses.insert(0, "enrollee_fts MATCH ?")
        params.insert(0, '"' + term.replace('"', '""') + '"')
    elif term.isdigit():
        # One or two digits: the start of a NIK, through the index on nik.
        clauses.append("e.nik >= ? AND e.nik < ?")
        params += [term, term[:-1] + chr(ord(term[-1]) + 1)]
    elif term:
        # One or two letters: the start of a word of the name, through the word index.
        source = "enrollee_words f JOIN enrollee e ON e.seq = f.rowid"
        clauses.insert(0, "enrollee_words MATCH ?")
        params.insert(0, '"' + term.replace('"', '""') + '"*')
    return source, (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class RegisterQuery:
    """Pages of register rows for one connection (not shared across threads)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def _by_kpj(self, flt: RegisterFilter) -> RegisterFilter:
        """Eleven letters or digits that are somebody's KPJ number (the worker shows the card)
        find that person; otherwise they are searched as a name or NIK part, as always. One
        lookup in the KPJ index decides (11 digits are also the start of a NIK)."""
        term = "".join(flt.text.split()).upper()
        if flt.kpj or len(term) != KPJ_LENGTH or not term.isalnum():
            return flt
        found = self._conn.execute("SELECT 1 FROM enrollee WHERE kpj = ? LIMIT 1", (term,))
        return replace(flt, kpj=term) if found.fetchone() else flt

    def fetch(
        self,
        flt: RegisterFilter,
        *,
        sort: str = "entered",
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[tuple[Any, ...]]:
        source, where, params = _where(self._by_kpj(flt))
        key = SORT_SQL.get(sort, SORT_SQL["entered"])
        if key == "e.seq" and source != "enrollee e":
            key = "f.rowid"  # the same order, straight from the index
        order = key + (" DESC" if descending else "")
        tie = "" if key in ("e.seq", "f.rowid") else ", e.seq DESC"
        cols = ", ".join(f"e.{c}" for c in COLUMNS)
        sql = f"SELECT {cols} FROM {source}{where} ORDER BY {order}{tie} LIMIT ? OFFSET ?"
        return self._conn.execute(sql, [*params, limit, offset]).fetchall()

    def count(self, flt: RegisterFilter) -> int:
        source, where, params = _where(self._by_kpj(flt))
        row = self._conn.execute(f"SELECT count(*) FROM {source}{where}", params).fetchone()
        return int(row[0])
