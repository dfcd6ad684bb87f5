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
    # Privacy and access (migration "accounts"): NIKs masked in lists and search results
    # unless an admin turns it off; the screen locks after this many idle minutes; a removed
    # record may be purged this many days after its removal.
    mask_nik: bool = True
    idle_lock_minutes: int = 10
    retention_days: int = 365
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
    kategori: str  # indexed for active records only (ix_enrollee_kategori_active, v7)
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
    kpj: str = Field(default="", index=True)  # from the kabupaten's return file
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    # Set when the personal data was purged (overwritten) after the retention period.
    purged_at: datetime | None = None


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


class Account(SQLModel, table=True):
    """Who may use this installation. Passwords and the recovery code are stored only as
    Argon2id hashes. `role` is "admin" or "operator"; accounts are disabled, never deleted,
    so the audit log's names stay meaningful."""

    __tablename__ = "account"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True)
    display_name: str
    role: str  # "admin" | "operator"
    password_hash: str
    active: bool = True
    created_at: datetime
    created_by: str
    last_login_at: datetime | None = None
    # Brute-force slow-down: failures since the last good login, and no tries before this.
    failed_attempts: int = 0
    locked_until: datetime | None = None
    # Hash of the one-time recovery code (admins only; "" when none).
    recovery_code_hash: str = ""


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


class KabBatch(SQLModel, table=True):
    """Kabupaten ledger: one row per batch file received (merged or refused).

    A (desa, batch number) is merged at most once (a partial unique index in the migration).
    """

    __tablename__ = "kab_batch"

    seq: int | None = Field(default=None, primary_key=True)
    desa_code: str = Field(index=True)  # "" when the file could not be read at all
    desa_name: str = ""
    batch_no: int = 0
    sha256: str = ""  # the checksum of the batch's data (as its manifest states it)
    file_sha256: str = Field(default="", index=True)  # of the file as stored (maybe locked)
    received_at: datetime
    file_name: str
    operator: str
    status: str  # merged | refused
    reason: str = ""
    row_count: int = 0
    new_count: int = 0
    correction_count: int = 0
    withdrawal_count: int = 0
    programme_id: str = ""
    programme_version: int = 0


class KabRecord(SQLModel, table=True):
    """One enrollee at the kabupaten, keyed by the village's permanent UUID.

    `data` holds the row as the latest applied batch carried it (JSON of field key → canonical
    string), so the master export can follow any column template.
    """

    __tablename__ = "kab_record"

    seq: int | None = Field(default=None, primary_key=True)
    enrollee_id: str = Field(unique=True)
    desa_code: str = Field(index=True)
    kecamatan_code: str = ""
    nik: str = Field(index=True)
    nama: str
    name_key: str = Field(index=True)  # upper-cased, spaces collapsed: for probable duplicates
    tanggal_lahir: str  # YYYY-MM-DD
    kategori: str = Field(index=True)
    status: str = Field(default="active", index=True)  # active | withdrawn | duplicate
    duplicate_of: str = ""  # enrollee id of the record kept when this one lost a conflict
    first_batch_no: int
    last_batch_no: int
    data: str
    kpj: str = ""
    check_reason: str = ""  # why the kabupaten rejects the record ("" = passes)
    updated_at: datetime
    purged_at: datetime | None = None  # personal data overwritten (enrolment.kabupaten.purge)


class KabConflict(SQLModel, table=True):
    """Two records that may be the same person: same NIK, or same name and birth date."""

    __tablename__ = "kab_conflict"

    seq: int | None = Field(default=None, primary_key=True)
    kind: str  # same_nik | probable
    record_a: str = Field(index=True)  # enrollee ids; a is the one merged first
    record_b: str = Field(index=True)
    nik: str = ""
    status: str = Field(default="open", index=True)  # open | resolved
    resolution: str = ""  # keep_a | keep_b | distinct | withdrawn
    resolved_by: str = ""
    resolved_at: datetime | None = None
    created_at: datetime
