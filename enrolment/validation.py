"""The rules an enrollee must pass before it is saved, shared by the form and the importer.

`validate` returns cleaned values, hard errors per field (block saving) and warnings (need an
explicit confirmation, which is recorded with the record). Checks that need the register —
duplicates, quota — live in `enrolment.register`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from enrolment.dates import age_on, short_date
from enrolment.identifiers import (
    FieldError,
    check_name,
    normalise_phone,
    normalise_rt_rw,
    normalise_text,
)
from enrolment.messages import QT_TRANSLATE_NOOP, Message, msg
from enrolment.nik import check_nik
from enrolment.programme import Programme

CTX = "Validation"


@dataclass
class EnrolleeInput:
    """What the operator typed (or the importer read), before any cleaning."""

    nik: str = ""
    nama: str = ""
    tempat_lahir: str = ""
    tanggal_lahir: date | None = None
    jenis_kelamin: str = ""  # "L" | "P" | ""
    alamat: str = ""
    rt: str = ""
    rw: str = ""
    no_hp: str = ""
    kategori: str = ""
    jabatan: str = ""
    dok_nomor: str = ""
    dok_tanggal: date | None = None
    nama_ibu: str = ""
    catatan: str = ""


@dataclass(frozen=True)
class FieldWarning:
    """A doubt to confirm. `code` identifies it across edits (stored on confirmation)."""

    code: str
    field: str
    message: Message


@dataclass
class Validated:
    values: EnrolleeInput
    errors: dict[str, Message] = field(default_factory=dict)
    warnings: list[FieldWarning] = field(default_factory=list)
    nik_birth_date: date | None = None
    nik_sex: str | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def _err(validated: Validated, name: str, message: Message) -> None:
    validated.errors.setdefault(name, message)


def validate(raw: EnrolleeInput, programme: Programme, today: date) -> Validated:
    """Applies every field rule of DOMAIN.md to one enrollee."""
    clean = EnrolleeInput()
    result = Validated(values=clean)

    nik = check_nik(raw.nik, today)
    clean.nik = nik.normalised
    if nik.error:
        _err(result, "nik", nik.error)
    else:
        result.warnings.extend(FieldWarning(w.code, "nik", w.message) for w in nik.warnings)
    if nik.info:
        result.nik_birth_date, result.nik_sex = nik.info.birth_date, nik.info.sex

    try:
        clean.nama = check_name(raw.nama)
    except FieldError as exc:
        clean.nama = raw.nama.strip()
        _err(result, "nama", exc.message)

    clean.tempat_lahir = normalise_text(raw.tempat_lahir).upper()
    if not clean.tempat_lahir:
        _err(
            result,
            "tempat_lahir",
            msg(CTX, QT_TRANSLATE_NOOP("Validation", "Tempat lahir wajib diisi.")),
        )

    _check_birth(raw, clean, result, programme, today)

    sex = raw.jenis_kelamin.strip().upper()
    if sex not in ("L", "P"):
        _err(
            result,
            "jenis_kelamin",
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Validation", "Pilih jenis kelamin: L (laki-laki) atau P (perempuan)."
                ),
            ),
        )
    clean.jenis_kelamin = sex
    if sex in ("L", "P") and result.nik_sex and sex != result.nik_sex:
        result.warnings.append(
            FieldWarning(
                "NIK_SEX_MISMATCH",
                "jenis_kelamin",
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Menurut NIK jenis kelaminnya {nik_sex}, yang diisi {entered}. "
                        "Periksa KTP.",
                    ),
                    nik_sex=result.nik_sex,
                    entered=sex,
                ),
            )
        )

    clean.alamat = normalise_text(raw.alamat).upper()
    for name in ("rt", "rw"):
        try:
            setattr(clean, name, normalise_rt_rw(getattr(raw, name)))
        except FieldError as exc:
            setattr(clean, name, getattr(raw, name).strip())
            _err(result, name, exc.message)
    try:
        clean.no_hp = normalise_phone(raw.no_hp)
    except FieldError as exc:
        clean.no_hp = raw.no_hp.strip()
        _err(result, "no_hp", exc.message)

    clean.kategori = raw.kategori.strip()
    if programme.group(clean.kategori) is None:
        _err(
            result,
            "kategori",
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Validation", "Pilih kelompok peserta (kategori) dari daftar program."
                ),
            ),
        )
    clean.jabatan = normalise_text(raw.jabatan)
    clean.dok_nomor = normalise_text(raw.dok_nomor)
    clean.dok_tanggal = raw.dok_tanggal
    if raw.dok_tanggal and raw.dok_tanggal > today:
        _err(
            result,
            "dok_tanggal",
            msg(CTX, QT_TRANSLATE_NOOP("Validation", "Tanggal dokumen tidak boleh di masa depan.")),
        )
    clean.catatan = normalise_text(raw.catatan)
    clean.nama_ibu = ""
    if programme.asks_mother_name:
        try:
            clean.nama_ibu = check_name(
                raw.nama_ibu,
                field_label=msg(CTX, QT_TRANSLATE_NOOP("Validation", "Nama ibu kandung")),
            )
        except FieldError as exc:
            clean.nama_ibu = raw.nama_ibu.strip()
            _err(result, "nama_ibu", exc.message)
    return result


def _check_birth(
    raw: EnrolleeInput, clean: EnrolleeInput, result: Validated, programme: Programme, today: date
) -> None:
    birth = raw.tanggal_lahir or result.nik_birth_date
    clean.tanggal_lahir = birth
    if birth is None:
        _err(
            result,
            "tanggal_lahir",
            msg(CTX, QT_TRANSLATE_NOOP("Validation", "Tanggal lahir wajib diisi.")),
        )
        return
    if birth > today:
        _err(
            result,
            "tanggal_lahir",
            msg(CTX, QT_TRANSLATE_NOOP("Validation", "Tanggal lahir tidak boleh di masa depan.")),
        )
        return
    age = age_on(birth, today)
    if age >= programme.max_age_exclusive:
        _err(
            result,
            "tanggal_lahir",
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Umur {age} tahun: peserta BPU harus berumur di bawah {limit} tahun "
                    "pada tanggal pendaftaran.",
                ),
                age=age,
                limit=programme.max_age_exclusive,
            ),
        )
    elif programme.min_age is not None and age < programme.min_age:
        _err(
            result,
            "tanggal_lahir",
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Umur {age} tahun: program ini mensyaratkan minimal {limit} tahun.",
                ),
                age=age,
                limit=programme.min_age,
            ),
        )
    if result.nik_birth_date and birth != result.nik_birth_date:
        result.warnings.append(
            FieldWarning(
                "NIK_BIRTHDATE_MISMATCH",
                "tanggal_lahir",
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Menurut NIK tanggal lahirnya {nik_date}, yang diisi {entered}. NIK tidak "
                        "diterbitkan ulang bila tanggal lahir dikoreksi: lanjutkan bila "
                        "sesuai KTP.",
                    ),
                    nik_date=short_date(result.nik_birth_date),
                    entered=short_date(birth),
                ),
            )
        )
