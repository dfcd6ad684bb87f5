from __future__ import annotations

from datetime import date

from enrolment.programme import Programme
from enrolment.validation import EnrolleeInput, validate

TODAY = date(2025, 12, 10)


def person(**overrides: object) -> EnrolleeInput:
    values: dict[str, object] = dict(
        nik="3604071203900001",
        nama="  budi   santoso ",
        tempat_lahir="serang",
        tanggal_lahir=date(1990, 3, 12),
        jenis_kelamin="L",
        alamat="kp. cibeber",
        rt="7",
        rw="3",
        no_hp="+62 812 3456 7890",
        kategori="RT_RW",
    )
    values.update(overrides)
    return EnrolleeInput(**values)  # type: ignore[arg-type]


def test_clean_person(programme: Programme) -> None:
    v = validate(person(), programme, TODAY)
    assert v.ok, v.errors
    assert v.warnings == []
    assert v.values.nama == "BUDI SANTOSO"
    assert (v.values.rt, v.values.rw) == ("007", "003")
    assert v.values.no_hp == "081234567890"


def test_birth_date_taken_from_nik_when_empty(programme: Programme) -> None:
    v = validate(person(tanggal_lahir=None), programme, TODAY)
    assert v.ok
    assert v.values.tanggal_lahir == date(1990, 3, 12)


def test_mismatches_are_warnings(programme: Programme) -> None:
    v = validate(person(tanggal_lahir=date(1990, 3, 13), jenis_kelamin="P"), programme, TODAY)
    assert v.ok
    assert {w.code for w in v.warnings} == {"NIK_BIRTHDATE_MISMATCH", "NIK_SEX_MISMATCH"}


def test_age_65_is_refused(programme: Programme) -> None:
    # Turns 65 on the enrolment date: no longer "under 65".
    v = validate(person(nik="3604071012600001", tanggal_lahir=date(1960, 12, 10)), programme, TODAY)
    assert "tanggal_lahir" in v.errors
    v = validate(person(nik="3604071112600001", tanggal_lahir=date(1960, 12, 11)), programme, TODAY)
    assert "tanggal_lahir" not in v.errors


def test_required_fields(programme: Programme) -> None:
    v = validate(EnrolleeInput(), programme, TODAY)
    assert set(v.errors) >= {
        "nik",
        "nama",
        "tempat_lahir",
        "tanggal_lahir",
        "jenis_kelamin",
        "kategori",
    }


def test_unknown_group(programme: Programme) -> None:
    assert "kategori" in validate(person(kategori="ASN"), programme, TODAY).errors


def test_hostile_name_refused(programme: Programme) -> None:
    assert "nama" in validate(person(nama='=HYPERLINK("x")'), programme, TODAY).errors


def test_mother_name_only_when_asked(programme: Programme) -> None:
    assert validate(person(nama_ibu="SITI"), programme, TODAY).values.nama_ibu == ""
    raw = dict(programme.raw)
    raw["asks_mother_name"] = True
    from enrolment.programme import parse_programme

    asking = parse_programme(raw)
    assert "nama_ibu" in validate(person(), asking, TODAY).errors
    assert validate(person(nama_ibu="siti"), asking, TODAY).values.nama_ibu == "SITI"
