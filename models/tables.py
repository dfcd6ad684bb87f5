"""SQLModel tables. The schema itself is created by `models.migrations`, not by create_all;
a test checks that the migrated schema and these classes agree column for column."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel


class Installation(SQLModel, table=True):
    """This installation: one desa (or the kabupaten office). Exactly one row, id 1."""

    __tablename__ = "installation"

    id: int = Field(default=1, primary_key=True)
    mode: str = "desa"  # "desa" | "kabupaten"
    kabupaten_code: str
    kecamatan_code: str = ""
    kecamatan_name: str = ""
    desa_code: str = ""
    desa_name: str = ""
    operator_name: str
    sekdes_name: str = ""
    kades_name: str = ""
    paper_size: str = "A4"  # "A4" | "F4"
    receipt_copies: int = 2
    # Print the receipt straight after saving a new enrollee (else one keystroke, Ctrl+P).
    receipt_auto_print: bool = False
    language: str = "id"
    created_at: datetime
    updated_at: datetime


class ProgrammeRecord(SQLModel, table=True):
    """A programme file as loaded; exactly one is active. `content` is the file itself."""

    __tablename__ = "programme"

    seq: int | None = Field(default=None, primary_key=True)
    programme_id: str = Field(index=True)
    version: int
    name: str
    content: str
    active: bool = True
    loaded_at: datetime


class ProgrammeGroup(SQLModel, table=True):
    """The groups and quotas of a loaded programme, for queries and the dashboard."""

    __tablename__ = "programme_group"

    seq: int | None = Field(default=None, primary_key=True)
    programme_seq: int = Field(foreign_key="programme.seq", index=True)
    code: str
    name: str
    quota: int
    sort_order: int


class Enrollee(SQLModel, table=True):
    """One person enrolled by this village. Never hard-deleted: removal sets `removed_at`."""

    __tablename__ = "enrollee"

    # An integer key keeps SQLite's rowid stable (VACUUM may renumber a text-keyed table's),
    # which the full-text index relies on; `id` is the permanent UUID that travels in files.
    seq: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True)
    nik: str = Field(index=True)
    nama: str
    tempat_lahir: str
    tanggal_lahir: date
    jenis_kelamin: str  # "L" | "P"
    alamat: str = ""
    rt: str = ""
    rw: str = ""
    no_hp: str = ""
    kategori: str = Field(index=True)
    jabatan: str = ""
    dok_nomor: str = ""
    dok_tanggal: date | None = None
    nama_ibu: str = ""
    catatan: str = ""
    # draft | ready | handed_on | changed (edited after hand-off)
    status: str = Field(default="ready", index=True)
    # JSON list of {"code", "text", "by", "at"}: warnings the operator confirmed.
    confirmed_warnings: str = "[]"
    enrolled_on: date
    coverage_start: str
    coverage_end: str
    programme_id: str
    programme_version: int
    receipt_year: int
    receipt_seq: int
    last_batch_no: int | None = None
    removed_at: datetime | None = Field(default=None, index=True)
    removed_by: str = ""
    removed_reason: str = ""
    withdrawal_batch_no: int | None = None
    return_status: str = ""  # "" | accepted | rejected | duplicate
    return_reason: str = ""
    kpj: str = ""
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str


class AuditEntry(SQLModel, table=True):
    """Append-only log (triggers refuse UPDATE and DELETE): who, when, what, old → new."""

    __tablename__ = "audit_log"

    seq: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    actor: str
    action: str = Field(index=True)
    entity: str = ""
    entity_id: str = Field(default="", index=True)
    field: str = ""
    old: str | None = None
    new: str | None = None
    detail: str = ""


class ReceiptPrint(SQLModel, table=True):
    """One printing of one enrollee's receipt (to paper or PDF). `copy_no` 1 is the original;
    every later one prints as SALINAN. Every row has a matching audit entry."""

    __tablename__ = "receipt_print"

    seq: int | None = Field(default=None, primary_key=True)
    enrollee_id: str = Field(foreign_key="enrollee.id", index=True)
    printed_at: datetime
    operator: str
    copy_no: int
    kind: str  # "pdf" | "printer"


class Batch(SQLModel, table=True):
    """A batch handed on to the kabupaten. Numbers run per village and are never reused.

    `content` is the canonical snapshot (JSON) the file was written from, so a lost batch can
    be written again with exactly the same cell values and hash.
    """

    __tablename__ = "batch"

    seq: int | None = Field(default=None, primary_key=True)
    batch_no: int = Field(unique=True)
    created_at: datetime
    operator: str
    row_count: int
    new_count: int
    correction_count: int
    withdrawal_count: int
    sha256: str
    destination: str
    file_name: str
    programme_id: str
    programme_version: int
    format_version: int
    content: str


class BatchItem(SQLModel, table=True):
    """One enrollee carried by a batch, and as what (new | correction | withdrawal)."""

    __tablename__ = "batch_item"

    seq: int | None = Field(default=None, primary_key=True)
    batch_no: int = Field(foreign_key="batch.batch_no", index=True)
    enrollee_id: str = Field(index=True)
    kind: str
