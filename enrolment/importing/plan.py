"""A verdict for every row before anything is written: will import, warning, held back.

The rules are the entry form's: every row goes through `enrolment.validation.validate`, and
the register checks of `enrolment.register` (same NIK already registered, probable duplicate,
quota) are applied with the same codes. The register checks run against data loaded once,
not one query per row, so a list of 21,000 rows is judged in a second or two; the file's own
rows count too (a NIK twice in one list, the quota filling up during the import).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from enrolment.dates import short_date
from enrolment.importing.footer import footer_start
from enrolment.importing.header import FIELDS, IGNORE, normalise_header
from enrolment.importing.updates import current_records, describe_changes, list_changes
from enrolment.importing.values import (
    Cell,
    PlaceAndDateProblem,
    ValueProblem,
    cell_text,
    parse_date,
    parse_nik,
    parse_phone,
    parse_place_and_date,
    parse_rt_or_rw,
    parse_rt_rw_pair,
    parse_sex,
)
from enrolment.messages import QT_TRANSLATE_NOOP, Message, msg
from enrolment.nik import mask_nik, normalise_nik
from enrolment.programme import Programme
from enrolment.register import EDITABLE_FIELDS, removed_before_warning
from enrolment.validation import EnrolleeInput, FieldWarning, validate
from models.tables import Enrollee

CTX = "Import"

IMPORT = "import"  # will import
WARNING = "warning"  # will import; its warnings are recorded as confirmed by the import
HELD = "held"  # held back, goes to the error workbook
SKIP = "skip"  # already in the register, left as it is
UPDATE = "update"  # already in the register, updated from the list
# A row of the signature block under the list: not a person, not imported, shown in the
# preview with why (a person taken for one gets a NIK in Excel and is imported again).
FOOTER = "footer"
VERDICTS = (IMPORT, WARNING, UPDATE, SKIP, HELD, FOOTER)

ProgressFn = Callable[[int, int], None]


@dataclass
class ImportOptions:
    update_existing: bool = False
    default_group: str | None = None  # group code for rows whose sheet names none


@dataclass
class RowPlan:
    row: int  # the row number Excel shows
    source: list[Cell]
    data: EnrolleeInput
    verdict: str
    reasons: list[Message] = field(default_factory=list)  # why held back
    warnings: list[FieldWarning] = field(default_factory=list)
    existing_id: str | None = None
    nik_damaged: bool = False  # Excel may have changed the NIK: never re-import it unchecked
    changes: list[Message] = field(default_factory=list)  # UPDATE: what the list changes

    def reason_text(self) -> str:
        messages = (
            self.reasons if self.verdict in (HELD, FOOTER) else [w.message for w in self.warnings]
        )
        return " ".join(m.render() for m in messages)


@dataclass
class ImportPlan:
    sheet: str
    headers: list[str]
    mapping: list[str]
    rows: list[RowPlan]
    empty_rows: int = 0
    group_names: dict[str, str] = field(default_factory=dict)  # code → name, for the workbook

    def count(self, verdict: str) -> int:
        return sum(1 for r in self.rows if r.verdict == verdict)

    def counts(self) -> dict[str, int]:
        result = dict.fromkeys(VERDICTS, 0)
        for r in self.rows:
            result[r.verdict] += 1
        return result

    @property
    def held(self) -> list[RowPlan]:
        return [r for r in self.rows if r.verdict == HELD]

    @property
    def footer_rows(self) -> int:
        """Rows of the signature block under the list ("Mengetahui, Kepala Desa")."""
        return self.count(FOOTER)


class GroupResolver:
    """Maps what a sheet writes in Kategori/Jabatan to a programme group code."""

    def __init__(self, programme: Programme) -> None:
        self._exact: dict[str, str] = {}
        for group in programme.groups:
            for name in (group.code, group.name, *group.aliases):
                self._exact.setdefault(normalise_header(name), group.code)
        self._by_length = sorted(self._exact.items(), key=lambda kv: -len(kv[0]))
        self._seen: dict[str, str | None] = {}

    def resolve(self, value: Cell) -> str | None:
        key = cell_text(value)
        if key not in self._seen:  # a list repeats a handful of values thousands of times
            self._seen[key] = self._resolve(key)
        return self._seen[key]

    def _resolve(self, value: str) -> str | None:
        text = normalise_header(value)
        if not text:
            return None
        if text in self._exact:
            return self._exact[text]
        padded = f" {text} "
        for alias, code in self._by_length:  # "Ketua RT 003" → "ketua rt"
            if f" {alias} " in padded:
                return code
        return None


@dataclass
class _Known:
    """The register as the checks need it, plus what this list has added so far."""

    by_nik: dict[str, tuple[str, str, str]]  # nik → (id, nama, kategori)
    by_name_birth: dict[tuple[str, date], str]  # (nama, birth) → nik
    per_group: dict[str, int]
    file_niks: dict[str, int] = field(default_factory=dict)  # nik → row number
    # The registered records whose NIK the list has, by NIK.
    records: dict[str, Enrollee] = field(default_factory=dict)
    # NIKs removed from the register (and not re-registered): nik → (when, why).
    removed: dict[str, tuple[datetime, str]] = field(default_factory=dict)


def _load_known(session: Session) -> _Known:
    rows = session.execute(
        sa_select(
            col(Enrollee.nik),
            col(Enrollee.id),
            col(Enrollee.nama),
            col(Enrollee.tanggal_lahir),
            col(Enrollee.kategori),
        ).where(col(Enrollee.removed_at).is_(None))
    ).all()
    known = _Known({}, {}, {})
    for nik, record_id, nama, birth, group in rows:
        known.by_nik[nik] = (record_id, nama, group)
        known.by_name_birth.setdefault((nama, birth), nik)
        known.per_group[group] = known.per_group.get(group, 0) + 1
    removed = session.execute(
        sa_select(col(Enrollee.nik), col(Enrollee.removed_at), col(Enrollee.removed_reason))
        .where(col(Enrollee.removed_at).is_not(None), col(Enrollee.purged_at).is_(None))
        .order_by(col(Enrollee.removed_at))
    ).all()
    for nik, removed_at, reason in removed:
        if nik not in known.by_nik:
            known.removed[nik] = (removed_at, reason)
    return known


def build_plan(
    session: Session,
    *,
    sheet: str,
    rows: list[list[Cell]],
    headers: list[str],
    mapping: list[str],
    data_start: int,
    programme: Programme,
    today: date,
    desa_code: str | None,
    options: ImportOptions,
    progress: ProgressFn | None = None,
    check: Callable[[], None] | None = None,
) -> ImportPlan:
    """Judges every data row of a sheet. Reads the register; writes nothing."""
    known = _load_known(session)
    groups = GroupResolver(programme)
    plan = ImportPlan(sheet, headers, mapping, [])
    plan.group_names = {g.code: g.name for g in programme.groups}
    columns = _columns(mapping)
    end = footer_start(rows, data_start, columns.get("nik", []), today)
    if "nik" in columns:
        known.records = _registered_in_list(session, known, rows[data_start:end], columns["nik"][0])
    total = end - data_start
    for index in range(data_start, end):
        done = index - data_start
        if done % 1000 == 0:
            if check:
                check()
            if progress:
                progress(done, total)
        source = rows[index]
        if not _has_data(source, columns):
            plan.empty_rows += 1
            continue
        plan.rows.append(
            _judge(index + 1, source, columns, groups, known, programme, today, desa_code, options)
        )
    for index in range(end, len(rows)):
        if _has_data(rows[index], columns):
            plan.rows.append(_footer_row(index + 1, rows[index]))
    for row in plan.rows:
        if row.verdict in (UPDATE, SKIP) and row.data.nik in known.records:
            _compare(row, known.records[row.data.nik], programme)
    if progress:
        progress(total, total)
    return plan


def _compare(row: RowPlan, record: Enrollee, programme: Programme) -> None:
    """What the list would change on a registered person: named for an update (an update that
    changes nothing is a skip, and writes nothing); for a skip, a hint that it differs."""
    changes = list_changes(record, row.data)
    if row.verdict == SKIP:
        if changes:
            labels = ", ".join(msg(CTX, FIELDS.get(n, n)).render() for n in changes)
            row.warnings.append(
                FieldWarning(
                    "IMPORT_DIFFERS",
                    "nik",
                    msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Import",
                            'Isi daftar berbeda dengan register ({fields}): pilih "perbarui '
                            'dengan isi daftar" untuk memakainya.',
                        ),
                        fields=labels,
                    ),
                )
            )
        return
    if not changes:
        row.verdict = SKIP
        row.warnings = [
            FieldWarning(
                "IMPORT_SAME",
                "nik",
                msg(CTX, QT_TRANSLATE_NOOP("Import", "Sama dengan register: tidak diubah.")),
            )
        ]
        return
    row.changes = describe_changes(changes, programme)
    if "nama" in changes:  # a mistyped NIK in a phone list would rename somebody else
        old, new = changes["nama"]
        row.warnings.append(
            FieldWarning(
                "IMPORT_NAME_CHANGED",
                "nama",
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "Nama di register {old}, di daftar {new}: pastikan NIK di daftar milik "
                        "orang yang sama.",
                    ),
                    old=old,
                    new=new,
                ),
            )
        )


def _registered_in_list(
    session: Session, known: _Known, rows: list[list[Cell]], nik_column: int
) -> dict[str, Enrollee]:
    """The registered records of the people this list names, by NIK (one pass, one query
    per 500, not one per row)."""
    ids = []
    for row in rows:
        if nik_column < len(row):
            nik = normalise_nik(parse_nik(row[nik_column]).text)
            if nik in known.by_nik:
                ids.append(known.by_nik[nik][0])
    return {r.nik: r for r in current_records(session, ids).values()}


def _columns(mapping: list[str]) -> dict[str, list[int]]:
    columns: dict[str, list[int]] = {}
    for index, name in enumerate(mapping):
        if name != IGNORE:
            columns.setdefault(name, []).append(index)
    return columns


def _footer_row(row_number: int, source: list[Cell]) -> RowPlan:
    texts = [t for t in (cell_text(v).strip() for v in source) if t]
    return RowPlan(
        row_number,
        source,
        EnrolleeInput(nama=" ".join(texts)),
        FOOTER,
        [
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Baris tanda tangan di bawah daftar: bukan peserta, tidak diimpor. Bila ini "
                    "peserta, isi NIK-nya di Excel lalu impor lagi.",
                ),
            )
        ],
    )


def _has_data(source: list[Cell], columns: dict[str, list[int]]) -> bool:
    for indexes in columns.values():
        for i in indexes:
            if i < len(source):
                value = source[i]
                if value is not None and (not isinstance(value, str) or value.strip()):
                    return True
    return False


_OPTIONAL_TEXT = ("dok_nomor", "nama_ibu", "catatan")


def _judge(
    row_number: int,
    source: list[Cell],
    columns: dict[str, list[int]],
    groups: GroupResolver,
    known: _Known,
    programme: Programme,
    today: date,
    desa_code: str | None,
    options: ImportOptions,
) -> RowPlan:
    problems: list[Message] = []
    notes: list[FieldWarning] = []
    raw = EnrolleeInput()
    size = len(source)

    def cell(name: str) -> Cell:
        indexes = columns.get(name)
        return source[indexes[0]] if indexes and indexes[0] < size else None

    nik = parse_nik(cell("nik"))
    raw.nik = nik.text
    if nik.damaged:
        problems.append(nik.damaged)
    if nik.note:
        notes.append(FieldWarning("IMPORT_NIK_FROM_NUMBER", "nik", nik.note))
    raw.nama = cell_text(cell("nama"))
    try:
        if "ttl" in columns:
            raw.tempat_lahir, raw.tanggal_lahir = parse_place_and_date(cell("ttl"), today)
        if "tanggal_lahir" in columns:
            raw.tanggal_lahir = parse_date(cell("tanggal_lahir"), today)
    except PlaceAndDateProblem as exc:  # only the date is wrong: no "place missing" as well
        raw.tempat_lahir = exc.place
        problems.append(exc.message)
    except ValueProblem as exc:
        problems.append(exc.message)
    if "tempat_lahir" in columns:
        raw.tempat_lahir = cell_text(cell("tempat_lahir"))
    raw.jenis_kelamin = parse_sex(cell("jenis_kelamin"))
    if "alamat" in columns:
        parts = (cell_text(source[i]).strip() for i in columns["alamat"] if i < size)
        raw.alamat = ", ".join(p for p in parts if p)
    try:
        if "rt_rw" in columns:
            raw.rt, raw.rw = parse_rt_rw_pair(cell("rt_rw"))
        if "rt" in columns:
            raw.rt = parse_rt_or_rw(cell("rt"))
        if "rw" in columns:
            raw.rw = parse_rt_or_rw(cell("rw"))
    except ValueProblem as exc:
        problems.append(exc.message)
    try:
        raw.no_hp = parse_phone(cell("no_hp"))
    except ValueProblem as exc:
        problems.append(exc.message)
    raw.jabatan = cell_text(cell("jabatan"))
    registered = known.by_nik.get(normalise_nik(raw.nik))
    raw.kategori = _group(
        cell("kategori"), raw.jabatan, groups, options, registered[2] if registered else None
    )
    if "dok_tanggal" in columns:
        try:
            raw.dok_tanggal = parse_date(cell("dok_tanggal"), today)
        except ValueProblem as exc:
            problems.append(exc.message)
    for name in _OPTIONAL_TEXT:
        if name in columns:
            setattr(raw, name, cell_text(cell(name)))

    registered_record = known.records.get(normalise_nik(raw.nik))
    if registered_record is not None and options.update_existing:
        # An update takes only what the list has: the rest is the register's (a list of
        # names and phone numbers must not be held for want of a place of birth).
        for name in EDITABLE_FIELDS:
            if getattr(raw, name) in ("", None):
                setattr(raw, name, getattr(registered_record, name))
    validated = validate(raw, programme, today)
    clean = validated.values
    if nik.damaged:  # the damage is the reason; "serial 0000" and the like only repeat it
        validated.errors.pop("nik", None)
    reasons = problems + list(validated.errors.values())
    plan = RowPlan(row_number, source, clean, HELD, reasons, nik_damaged=nik.damaged is not None)
    nik_sound = nik.damaged is None and "nik" not in validated.errors
    if nik_sound and not options.update_existing and clean.nik in known.by_nik:
        reasons.clear()  # left as registered: what else the row lacks does not matter
    if reasons:
        return plan

    earlier_row = known.file_niks.get(clean.nik)
    if earlier_row is not None:
        plan.reasons.append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Import", "NIK ini sudah ada di baris {row} daftar yang sama."),
                row=earlier_row,
            )
        )
        return plan
    known.file_niks[clean.nik] = row_number

    warnings = notes + list(validated.warnings)
    existing = known.by_nik.get(clean.nik)
    if existing is not None:
        record_id, name, group = existing
        plan.existing_id = record_id
        if not options.update_existing:
            plan.verdict = SKIP
            plan.warnings = [
                FieldWarning(
                    "IMPORT_EXISTS",
                    "nik",
                    msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "Sudah terdaftar atas nama {name}: dilewati (tidak diubah).",
                        ),
                        name=name,
                    ),
                )
            ]
            return plan
        plan.verdict = UPDATE
        if group != clean.kategori:
            warnings.extend(_quota(known, programme, clean.kategori, desa_code))
            known.per_group[group] = known.per_group.get(group, 1) - 1
            known.per_group[clean.kategori] = known.per_group.get(clean.kategori, 0) + 1
    else:
        warnings.extend(_quota(known, programme, clean.kategori, desa_code))
        known.per_group[clean.kategori] = known.per_group.get(clean.kategori, 0) + 1
        plan.verdict = IMPORT
        if clean.nik in known.removed:  # an old list brings back someone removed since
            warnings.append(removed_before_warning(*known.removed[clean.nik]))
    assert clean.tanggal_lahir is not None
    other_nik = known.by_name_birth.get((clean.nama, clean.tanggal_lahir))
    if other_nik is not None and other_nik != clean.nik:
        warnings.append(
            FieldWarning(
                "PROBABLE_DUPLICATE",
                "nama",
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "Sudah ada {name}, lahir {birth}, dengan NIK lain ({nik}). Pastikan ini "
                        "bukan orang yang sama.",
                    ),
                    name=clean.nama,
                    birth=short_date(clean.tanggal_lahir),
                    nik=mask_nik(other_nik),
                ),
            )
        )
    else:
        known.by_name_birth[(clean.nama, clean.tanggal_lahir)] = clean.nik
    plan.warnings = warnings
    if warnings and plan.verdict == IMPORT:
        plan.verdict = WARNING
    return plan


def _group(
    kategori: Cell,
    jabatan: str,
    groups: GroupResolver,
    options: ImportOptions,
    registered: str | None,
) -> str:
    """The group the list names; else, for a person already registered, their group (the
    default for rows without one is for new people, never a silent change of group); else
    the default; else what was written (validation then says it is no group)."""
    written = [cell_text(kategori), jabatan]
    for text in written:
        code = groups.resolve(text)
        if code:
            return code
    if registered:
        return registered
    if options.default_group:
        return options.default_group
    return next((t.strip() for t in written if t.strip()), "")


def _quota(
    known: _Known, programme: Programme, group_code: str, desa_code: str | None
) -> list[FieldWarning]:
    quota, _own = programme.quota_for(group_code, desa_code)
    enrolled = known.per_group.get(group_code, 0)
    if enrolled + 1 <= quota:
        return []
    group = programme.group(group_code)
    return [
        FieldWarning(
            "QUOTA_EXCEEDED",
            "kategori",
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Kuota kelompok {group} sudah terisi ({enrolled} dari {quota}). Lanjutkan "
                    "hanya bila kabupaten mengizinkan.",
                ),
                group=group.name if group else group_code,
                enrolled=enrolled,
                quota=quota,
            ),
        )
    ]
