"""What the next batch carries, and recording a batch once its file is safely on the stick.

A batch holds every ready enrollee not yet handed on (new), every record edited since its
hand-off (correction) and every record removed since its hand-off (withdrawal). The contents
are frozen into a `BatchContent` snapshot; the file is written from the snapshot and the
snapshot is stored with the batch, so a lost batch can be written again with the same hash.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, text
from sqlmodel import Session, select

from enrolment import audit
from enrolment.batches.format import (
    FORMAT_VERSION,
    KIND_CORRECTION,
    KIND_FROM_LABEL,
    KIND_LABELS,
    KIND_NEW,
    KIND_WITHDRAWAL,
    KINDS,
    Column,
    canonical,
    checksum,
    columns_from_template,
)
from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg
from enrolment.programme import Programme
from enrolment.receipts.numbering import SEQ_DIGITS, ReceiptNumber
from models.tables import Batch, Installation

CTX = "Batches"
# Characters XML 1.0 (and so xlsx) cannot hold; openpyxl refuses them. Removed on snapshot.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class BatchError(UserError, ValueError):
    """A batch cannot be made or recorded; `message` says why."""


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("jaring")
    except PackageNotFoundError:  # a frozen build without metadata
        return "0+unknown"


@dataclass
class BatchContent:
    """The frozen contents of one batch: everything the workbook is rendered from."""

    batch_no: int
    created_at: str  # ISO 8601 UTC, e.g. 2025-12-10T03:04:05Z
    operator: str
    app_version: str
    programme_id: str
    programme_version: int
    kabupaten_code: str
    kecamatan_code: str
    kecamatan_name: str
    desa_code: str
    desa_name: str
    coverage_start: str
    coverage_end: str
    monthly_contribution: int
    groups: list[tuple[str, str]]  # (code, name) in programme order, for the summary
    columns: tuple[Column, ...]
    rows: list[list[Any]]  # cell values in column order: str, int or None; dates ISO strings
    format_version: int = FORMAT_VERSION
    _sha256: str | None = field(default=None, init=False, repr=False, compare=False)

    def column_index(self, field_key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.field == field_key)

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def canonical_rows(self) -> list[list[str]]:
        return [[canonical(v) for v in row] for row in self.rows]

    def sha256(self) -> str:
        """The checksum of the rows (computed once: the snapshot does not change)."""
        if self._sha256 is None:
            self._sha256 = checksum(
                self.desa_code, self.batch_no, self.headers, self.canonical_rows()
            )
        return self._sha256

    def kinds(self) -> list[str]:
        i = self.column_index("jenis")
        return [KIND_FROM_LABEL[row[i]] for row in self.rows]

    def counts(self) -> dict[str, dict[str, int]]:
        """{group code: {kind: n}} over the rows."""
        i_kind, i_group = self.column_index("jenis"), self.column_index("kategori")
        out: dict[str, dict[str, int]] = {}
        for row in self.rows:
            per = out.setdefault(str(row[i_group]), dict.fromkeys(KINDS, 0))
            per[KIND_FROM_LABEL[row[i_kind]]] += 1
        return out

    def changes(self) -> list[tuple[str, str]]:
        """(enrollee id, kind) of the corrections and withdrawals, in row order."""
        i_id = self.column_index("id")
        return [
            (str(row[i_id]), kind)
            for row, kind in zip(self.rows, self.kinds(), strict=True)
            if kind != KIND_NEW
        ]

    def to_json(self) -> str:
        skip = ("columns", "rows", "groups", "_sha256")
        data = {k: v for k, v in self.__dict__.items() if k not in skip}
        data["groups"] = [list(g) for g in self.groups]
        data["columns"] = [[c.field, c.header] for c in self.columns]
        data["rows"] = self.rows
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, content: str) -> BatchContent:
        data = json.loads(content)
        data["groups"] = [(str(a), str(b)) for a, b in data["groups"]]
        data["columns"] = tuple(Column(f, h) for f, h in data["columns"])
        return cls(**data)


@dataclass
class BatchPlan:
    """A snapshot plus what recording it will change: (enrollee id, kind, updated_at as stored)."""

    content: BatchContent
    items: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        return self.content.sha256()


@dataclass(frozen=True)
class GroupCount:
    code: str
    name: str
    new: int = 0
    correction: int = 0
    withdrawal: int = 0

    @property
    def total(self) -> int:
        return self.new + self.correction + self.withdrawal


@dataclass(frozen=True)
class BatchPreview:
    """What the next batch would carry, before anything is written."""

    batch_no: int
    groups: list[GroupCount]

    @property
    def new(self) -> int:
        return sum(g.new for g in self.groups)

    @property
    def corrections(self) -> int:
        return sum(g.correction for g in self.groups)

    @property
    def withdrawals(self) -> int:
        return sum(g.withdrawal for g in self.groups)

    @property
    def total(self) -> int:
        return self.new + self.corrections + self.withdrawals

    @property
    def empty(self) -> bool:
        return self.total == 0


# Which enrollees go in the next batch, per kind. Withdrawals: removed after a hand-off and
# not yet withdrawn. A record edited and then removed goes only as a withdrawal.
_SELECT_KIND = f"""
    CASE
        WHEN removed_at IS NOT NULL THEN '{KIND_WITHDRAWAL}'
        WHEN status = 'changed' THEN '{KIND_CORRECTION}'
        ELSE '{KIND_NEW}'
    END
"""
_PENDING_WHERE = """
    (removed_at IS NULL AND status IN ('ready', 'changed'))
    OR (removed_at IS NOT NULL AND last_batch_no IS NOT NULL AND withdrawal_batch_no IS NULL)
"""
_KIND_ORDER_SQL = (
    f"WHEN '{KIND_NEW}' THEN 0 WHEN '{KIND_CORRECTION}' THEN 1 WHEN '{KIND_WITHDRAWAL}' THEN 2"
)
_KIND_LABEL_SQL = (
    "CASE e.kind "
    + " ".join(f"WHEN '{kind}' THEN '{label}'" for kind, label in KIND_LABELS.items())
    + " END"
)


def _text_sql(column: str) -> str:
    return f"NULLIF(e.{column}, '')"  # an empty text cell is simply absent


# How each register-derived field is selected; dates as YYYY-MM-DD, empty text as NULL.
_SEQ_SPAN = 10**SEQ_DIGITS
_FIELD_SQL = {
    "id": "e.id",
    "jenis": _KIND_LABEL_SQL,
    **{
        f: _text_sql(f)
        for f in (
            "nik",
            "nama",
            "tempat_lahir",
            "jenis_kelamin",
            "alamat",
            "rt",
            "rw",
            "no_hp",
            "kategori",
            "jabatan",
            "nama_ibu",
            "dok_nomor",
            "kpj",
        )
    },
    "tanggal_lahir": "substr(e.tanggal_lahir, 1, 10)",
    "dok_tanggal": "substr(e.dok_tanggal, 1, 10)",
    "tanggal_daftar": "substr(e.enrolled_on, 1, 10)",
    "periode_mulai": _text_sql("coverage_start"),
    "periode_selesai": _text_sql("coverage_end"),
    "nama_kategori": "COALESCE(g.name, NULLIF(e.kategori, ''))",
    # year and sequence in one integer; the full number (desa, check digits) is made in Python
    "no_tanda_terima": f"e.receipt_year * {_SEQ_SPAN} + e.receipt_seq",
    "alasan_tarik": (
        f"CASE WHEN e.kind = '{KIND_WITHDRAWAL}' THEN NULLIF(e.removed_reason, '') END"
    ),
}


def next_batch_no(session: Session) -> int:
    current = session.exec(select(func.max(Batch.batch_no))).one()
    return int(current or 0) + 1


def preview_batch(session: Session, programme: Programme) -> BatchPreview:
    rows = session.execute(
        text(
            f"SELECT kategori, {_SELECT_KIND} AS kind, count(*) FROM enrollee "
            f"WHERE {_PENDING_WHERE} GROUP BY kategori, kind"
        )
    ).all()
    counts: dict[str, dict[str, int]] = {}
    for code, kind, n in rows:
        counts.setdefault(str(code), dict.fromkeys(KINDS, 0))[str(kind)] = int(n)
    groups = [GroupCount(g.code, g.name, **counts.pop(g.code, {})) for g in programme.groups]
    # Records of a group the current programme no longer has still travel; show them too.
    groups += [GroupCount(code, code, **per) for code, per in sorted(counts.items())]
    return BatchPreview(next_batch_no(session), groups)


def _require_installation(session: Session) -> Installation:
    inst = session.get(Installation, 1)
    if inst is None or inst.mode != "desa" or not inst.desa_code:
        raise BatchError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Batches",
                    "Instalasi ini belum disiapkan sebagai desa; batch tidak dapat dibuat.",
                ),
            )
        )
    return inst


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return _ILLEGAL.sub("", value)
    return value


def build_batch(
    session: Session, programme: Programme, *, operator: str, created_at: datetime | None = None
) -> BatchPlan:
    """Snapshots the next batch. Raises BatchError when there is nothing to hand on."""
    inst = _require_installation(session)
    columns = columns_from_template(programme.raw.get("column_template"))
    created = (created_at or audit.now()).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    common = {
        "kode_desa": inst.desa_code,
        "nama_desa": inst.desa_name,
        "kode_kecamatan": inst.kecamatan_code,
        "nama_kecamatan": inst.kecamatan_name,
        "kode_kabupaten": inst.kabupaten_code,
        "program": "+".join(programme.programmes),
        "upah": programme.declared_income,
        "iuran": programme.monthly_contribution,
    }
    common = {k: (None if v == "" else v) for k, v in common.items()}
    fields = [c.field for c in columns]
    sql_fields = [f for f in fields if f not in common]
    groups = [(g.code, g.name) for g in programme.groups] or [("", "")]
    sql = (
        f"WITH g(code, name) AS (VALUES {', '.join('(?, ?)' for _ in groups)}), "
        f"e AS (SELECT *, {_SELECT_KIND} AS kind FROM enrollee WHERE {_PENDING_WHERE}) "
        f"SELECT e.id, e.kind, e.updated_at, {', '.join(_FIELD_SQL[f] for f in sql_fields)} "
        "FROM e LEFT JOIN g ON g.code = e.kategori "
        f"ORDER BY CASE e.kind {_KIND_ORDER_SQL} END, e.seq"
    )
    # The plain DB-API cursor inside the session's transaction: tuples, no ORM rows (this
    # runs over every enrollee of a batch; see benchmarks/bench_batch.py).
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        records = cursor.execute(sql, [v for pair in groups for v in pair]).fetchall()
    finally:
        cursor.close()
    if not records:
        raise BatchError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Batches",
                    "Tidak ada data baru, koreksi, atau penarikan yang perlu diserahkan.",
                ),
            )
        )
    # Each column either takes a selected value (its index in the record) or a constant.
    at = {f: 3 + i for i, f in enumerate(sql_fields)}
    plan = [(at.get(f, -1), common.get(f)) for f in fields]
    # The receipt number as printed on the receipt, so the master file can be traced back.
    receipt_at = fields.index("no_tanda_terima") if "no_tanda_terima" in fields else -1
    rows: list[list[Any]] = []
    items: list[tuple[str, str, str]] = []
    for r in records:
        row: list[Any] = [r[i] if i >= 0 else const for i, const in plan]
        if receipt_at >= 0 and row[receipt_at] is not None:
            year, seq = divmod(int(row[receipt_at]), _SEQ_SPAN)
            row[receipt_at] = ReceiptNumber.of(inst.desa_code, year, seq).text
        if _ILLEGAL.search("".join(v for v in row if isinstance(v, str))):
            row = [_clean(v) for v in row]  # rare: one search per row, not per cell
        rows.append(row)
        items.append((r[0], r[1], str(r[2])))
    content = BatchContent(
        batch_no=next_batch_no(session),
        created_at=created,
        operator=operator,
        app_version=app_version(),
        programme_id=programme.id,
        programme_version=programme.version,
        kabupaten_code=inst.kabupaten_code,
        kecamatan_code=inst.kecamatan_code,
        kecamatan_name=inst.kecamatan_name,
        desa_code=inst.desa_code,
        desa_name=inst.desa_name,
        coverage_start=programme.coverage_start,
        coverage_end=programme.coverage_end,
        monthly_contribution=programme.monthly_contribution,
        groups=[(g.code, g.name) for g in programme.groups],
        columns=columns,
        rows=rows,
    )
    return BatchPlan(content, items)


def record_batch(
    session: Session, plan: BatchPlan, *, destination: str, file_name: str, actor: str
) -> Batch:
    """Records a batch whose file is already in place, and marks its records, in one transaction.

    A record edited after the snapshot was taken (its `updated_at` moved) is handed on as it
    was in the file and marked `changed`, so the next batch carries the edit as a correction;
    one removed meanwhile gets its withdrawal in the next batch.
    """
    content = plan.content
    if session.exec(select(Batch).where(Batch.batch_no == content.batch_no)).first():
        raise BatchError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Batches", "Nomor batch {no} sudah dipakai. Buat batch lagi."),
                no=content.batch_no,
            )
        )
    kinds = [kind for _id, kind, _u in plan.items]
    batch = Batch(
        batch_no=content.batch_no,
        created_at=datetime.fromisoformat(content.created_at.replace("Z", "+00:00")),
        operator=content.operator,
        row_count=len(content.rows),
        new_count=kinds.count(KIND_NEW),
        correction_count=kinds.count(KIND_CORRECTION),
        withdrawal_count=kinds.count(KIND_WITHDRAWAL),
        sha256=plan.sha256,
        destination=destination,
        file_name=file_name,
        programme_id=content.programme_id,
        programme_version=content.programme_version,
        format_version=content.format_version,
        content=content.to_json(),
    )
    session.add(batch)
    session.flush()
    n = content.batch_no
    conn = session.connection()
    conn.execute(
        text("INSERT INTO batch_item (batch_no, enrollee_id, kind) VALUES (:n, :id, :kind)"),
        [{"n": n, "id": i, "kind": k} for i, k, _u in plan.items],
    )
    handed = [{"n": n, "id": i, "u": u} for i, k, u in plan.items if k != KIND_WITHDRAWAL]
    if handed:
        conn.execute(
            text(
                "UPDATE enrollee SET last_batch_no = :n, status = CASE "
                "WHEN removed_at IS NULL AND updated_at = :u THEN 'handed_on' "
                "WHEN removed_at IS NULL THEN 'changed' ELSE status END "
                "WHERE id = :id"
            ),
            handed,
        )
    withdrawn = [{"n": n, "id": i} for i, k, _u in plan.items if k == KIND_WITHDRAWAL]
    if withdrawn:
        conn.execute(text("UPDATE enrollee SET withdrawal_batch_no = :n WHERE id = :id"), withdrawn)
    # One entry per batch: batch_item says exactly which records it carried and as what.
    audit.record(
        session,
        actor,
        "batch.export",
        entity="batch",
        entity_id=str(n),
        detail=(
            f"batch {n}: {batch.row_count} baris ({batch.new_count} baru, "
            f"{batch.correction_count} koreksi, {batch.withdrawal_count} penarikan) "
            f"ke {destination} / {file_name}; sha256 {batch.sha256}"
        ),
    )
    session.commit()
    return batch


def log_rewrite(session: Session, batch: Batch, *, destination: str, actor: str) -> None:
    """Writing an old batch again is an export of personal data too (UU PDP): log it."""
    audit.record(
        session,
        actor,
        "batch.rewrite",
        entity="batch",
        entity_id=str(batch.batch_no),
        detail=(
            f"batch {batch.batch_no} ditulis ulang: {batch.row_count} baris ke {destination} / "
            f"{batch.file_name}; sha256 {batch.sha256}"
        ),
    )
    session.commit()


def list_batches(session: Session) -> Sequence[Batch]:
    """Batch history, newest first."""
    return session.exec(select(Batch).order_by(Batch.batch_no.desc())).all()  # type: ignore[attr-defined]


def get_batch(session: Session, batch_no: int) -> Batch | None:
    return session.exec(select(Batch).where(Batch.batch_no == batch_no)).first()
