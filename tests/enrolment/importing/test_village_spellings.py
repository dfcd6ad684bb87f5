"""How villages really write months, sex and column names, and what an impossible date says."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enrolment.importing.header import field_for_header, guess_header
from enrolment.importing.values import (
    PlaceAndDateProblem,
    ValueProblem,
    parse_date,
    parse_place_and_date,
    parse_sex,
)

TODAY = date(2025, 12, 10)
births = st.dates(min_value=date(1925, 1, 1), max_value=TODAY)
places = st.from_regex(r"[A-Z][a-z]{2,10}( [A-Z][a-z]{2,8})?", fullmatch=True)

# Every way of writing each month seen in village lists (Indonesian, old spellings, English).
MONTH_SPELLINGS = {
    1: ["Jan", "Januari", "January"],
    2: ["Feb", "Febr", "Peb", "Pebr", "Februari", "Pebruari", "February"],
    3: ["Mar", "Mrt", "Maret", "March"],
    4: ["Apr", "April"],
    5: ["Mei", "May"],
    6: ["Jun", "Juni", "June"],
    7: ["Jul", "Juli", "July"],
    8: ["Agu", "Agt", "Ags", "Agst", "Agus", "Agustus", "Aug", "August"],
    9: ["Sep", "Sept", "September"],
    10: ["Okt", "Oktober", "Oct", "October"],
    11: ["Nov", "Nop", "November", "Nopember"],
    12: ["Des", "Desember", "Dec", "December"],
}
WORD_FORMS = [
    "{d} {mon} {y}",
    "{d}-{mon}-{y}",
    "{d} {mon}. {y}",
    "{d:02d} {mon} {y}",
    "{d}.{mon}.{y}",
]


@given(births, st.data(), st.sampled_from(WORD_FORMS), st.sampled_from([str, str.upper, str.lower]))
def test_month_spellings(birth: date, data: st.DataObject, form: str, case: object) -> None:
    spelling = data.draw(st.sampled_from(MONTH_SPELLINGS[birth.month]))
    text = form.format(d=birth.day, mon=case(spelling), y=birth.year)  # type: ignore[operator]
    assert parse_date(text, TODAY) == birth


def test_twelve_mrt() -> None:
    assert parse_date("12 Mrt 1994", TODAY) == date(1994, 3, 12)
    assert parse_place_and_date("Serang, 12 Mrt 1994", TODAY) == ("Serang", date(1994, 3, 12))
    assert parse_place_and_date("Serang, 12 Mrt 94", TODAY) == ("Serang", date(1994, 3, 12))


@pytest.mark.parametrize("bad", ["12 Mr 1994", "12 Ma 1994", "12 Ju 1994", "12 Mart 1994"])
def test_unknown_month_abbreviations_stay_refused(bad: str) -> None:
    """Two letters (Ma, Ju) could be two months: never guessed."""
    with pytest.raises(ValueProblem, match="tidak dikenali"):
        parse_date(bad, TODAY)


LAKI = ["L", "Lk", "Laki", "Laki-laki", "Laki laki", "Lakilaki", "Laki2", "Pria", "Male"]
PEREMPUAN = ["P", "Pr", "Prp", "Perempuan", "Wanita", "Female", "W"]


@given(
    st.sampled_from([(w, "L") for w in LAKI] + [(w, "P") for w in PEREMPUAN]),
    st.sampled_from([str, str.upper, str.lower, str.title]),
    st.sampled_from(["-", " - ", "- ", " -", "  -  "]),
    st.sampled_from(["", " ", "."]),
)
def test_sex_spellings(word_sex: tuple[str, str], case: object, dash: str, end: str) -> None:
    word, sex = word_sex
    text = case(word.replace("-", dash)) + end  # type: ignore[operator]
    assert parse_sex(text) == sex


@pytest.mark.parametrize("raw", ["Laki - laki", "LAKI - LAKI", "laki -laki", "Laki2", "LK", "Lk."])
def test_sex_laki_laki_with_spaces(raw: str) -> None:
    assert parse_sex(raw) == "L"


@pytest.mark.parametrize("raw", ["PR", "Pr", "pr.", "Perempuan "])
def test_sex_perempuan(raw: str) -> None:
    assert parse_sex(raw) == "P"


@pytest.mark.parametrize("raw", ["LP", "L/P", "-", "Laki-laki/Perempuan", "X", "2"])
def test_sex_ambiguous_left_for_validation(raw: str) -> None:
    assert parse_sex(raw) not in ("L", "P")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("TEMPAT", "tempat_lahir"),
        ("Tempat", "tempat_lahir"),
        ("TGL LAHIR", "tanggal_lahir"),
        ("TGL. LAHIR", "tanggal_lahir"),
        ("TANGGAL LAHIR", "tanggal_lahir"),
        ("Tgl/Bln/Thn Lahir", "tanggal_lahir"),
        ("Tmp. Lhr", "tempat_lahir"),
        ("TEMPAT, TGL LAHIR", "ttl"),
        ("Tempat Tinggal", "alamat"),  # where someone lives, not where they were born
        ("Tempat Tugas", None),
        ("Tempat Lahir (sesuai KTP)", "tempat_lahir"),
    ],
)
def test_birth_headers(header: str, field: str | None) -> None:
    assert field_for_header(header) == field


def test_tempat_beside_tgl_lahir_maps_both() -> None:
    rows: list[list[object]] = [
        ["DAFTAR KADER POSYANDU"],
        ["NO", "NIK", "NAMA", "TEMPAT", "TGL. LAHIR", "L/P", "TEMPAT TINGGAL"],
        [1, "3604071203900001", "Budi", "Serang", "12 Mrt 1990", "Laki - laki", "Kp. Tegal"],
    ]
    guess = guess_header(rows, 7)  # type: ignore[arg-type]
    assert guess.row == 1
    assert guess.mapping == ["", "nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin",
                             "alamat"]  # fmt: skip


@pytest.mark.parametrize(
    "impossible", ["31-02-1995", "30/02/1990", "29-02-1995", "00-05-1990", "12-13-1990",
                   "1990-02-31", "31 Feb 1995", "31 Juni 1990", "31-02-95"],
)  # fmt: skip
def test_impossible_date_says_so(impossible: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_date(impossible, TODAY)
    text = caught.value.message.render()
    assert f"Tanggal '{impossible}' tidak ada di kalender" in text
    assert "tidak dikenali" not in text


def test_packed_digits_that_are_no_date_are_not_recognised() -> None:
    """12031990 is read as a date; 99999999 was never meant as one."""
    for value in ("99999999", 99_999_999):
        with pytest.raises(ValueProblem, match="tidak dikenali"):
            parse_date(value, TODAY)


@given(places, st.sampled_from([", ", " ", "/ "]),
       st.sampled_from(["31-02-1995", "30-02-1990", "31 April 1990", "31/06/85", "00-01-1990"]))  # fmt: skip
def test_impossible_date_keeps_the_place(place: str, sep: str, impossible: str) -> None:
    with pytest.raises(PlaceAndDateProblem) as caught:
        parse_place_and_date(place + sep + impossible, TODAY)
    assert caught.value.place == place
    assert f"Tanggal '{impossible}' tidak ada di kalender" in caught.value.message.render()


def test_serang_31_02_1995() -> None:
    with pytest.raises(PlaceAndDateProblem) as caught:
        parse_place_and_date("Serang, 31-02-1995", TODAY)
    assert caught.value.place == "Serang"
    assert caught.value.message.render() == (
        "Tanggal '31-02-1995' tidak ada di kalender; periksa hari dan bulannya."
    )
