"""Property-based tests for the cell parsers: every shape Excel and villages produce."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enrolment.dates import MONTHS
from enrolment.identifiers import normalise_phone, normalise_rt_rw
from enrolment.importing.values import (
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

TODAY = date(2025, 12, 10)
niks = st.from_regex(r"3[1-9][0-9]{14}", fullmatch=True)
births = st.dates(min_value=date(1925, 1, 1), max_value=TODAY)
places = st.from_regex(r"[A-Z][a-z]{2,10}( [A-Z][a-z]{2,8})?", fullmatch=True)


@given(niks, st.lists(st.sampled_from([" ", ".", "-"]), max_size=4), st.booleans())
def test_text_nik_with_separators_and_apostrophe(nik: str, seps: list[str], quote: bool) -> None:
    text = nik
    for i, sep in enumerate(seps):
        at = 2 + 2 * i
        text = text[:at] + sep + text[at:]
    parsed = parse_nik(("'" if quote else "") + text)
    assert parsed.text == nik
    assert parsed.damaged is None and parsed.note is None


@given(niks, st.sampled_from([int, float]))
def test_numeric_nik_intact_unless_last_digit_zero(nik: str, kind: type) -> None:
    parsed = parse_nik(kind(int(nik)))
    if int(nik) >= 2**53:
        assert parsed.damaged is not None  # cannot survive a float at all
    elif nik.endswith("0"):
        assert parsed.damaged is not None and parsed.note is None
    else:
        assert parsed.text == nik and parsed.damaged is None and parsed.note is not None


@given(st.integers(1, 9), st.integers(0, 99999), st.integers(10, 15), st.booleans())
def test_scientific_nik_always_held(lead: int, digits: int, exp: int, comma: bool) -> None:
    text = f"{lead}{',' if comma else '.'}{digits}E+{exp}"
    assert parse_nik(text).damaged is not None


def test_nik_still_marked_from_the_held_back_workbook() -> None:
    """Imported again with its mark: held until someone removed it, with the first reason
    when there was one (scientific notation), not a generic 'digits only'."""
    from enrolment.importing.values import CHECK_MARK

    scientific = parse_nik("3.60408E+15" + CHECK_MARK)
    assert (
        scientific.damaged is not None
        and "Excel sudah membulatkannya" in scientific.damaged.render()
    )
    marked = parse_nik("3604071203900010" + CHECK_MARK)
    assert marked.text == "3604071203900010"
    assert marked.damaged is not None and "belum dicocokkan dengan KTP" in marked.damaged.render()
    checked = parse_nik("3604071203900010")
    assert (checked.text, checked.damaged) == ("3604071203900010", None)


def test_non_integral_float_nik_is_damaged() -> None:
    assert parse_nik(3.60407e15 + 0.5).damaged is not None


@given(births, st.sampled_from(["{d:02d}-{m:02d}-{y}", "{d:02d}/{m:02d}/{y}", "{d}/{m}/{y}",
                                "{d}.{m}.{y}", "{y}-{m:02d}-{d:02d}", "{d} {month} {y}",
                                "{d}-{mon}-{y}", "{d:02d}{m:02d}{y}"]))  # fmt: skip
def test_date_text_forms(birth: date, form: str) -> None:
    text = form.format(
        d=birth.day, m=birth.month, y=birth.year, month=MONTHS[birth.month - 1],
        mon=MONTHS[birth.month - 1][:3],
    )  # fmt: skip
    assert parse_date(text, TODAY) == birth


@given(births)
def test_date_cell_shapes(birth: date) -> None:
    serial = (birth - date(1899, 12, 30)).days
    assert parse_date(birth, TODAY) == birth
    assert parse_date(datetime(birth.year, birth.month, birth.day), TODAY) == birth
    assert parse_date(float(serial), TODAY) == birth  # date cell that lost its format
    assert parse_date(serial, TODAY) == birth


@given(st.dates(min_value=date(1926, 1, 1), max_value=date(2025, 12, 10)))
def test_two_digit_year(birth: date) -> None:
    text = f"{birth.day:02d}-{birth.month:02d}-{birth.year % 100:02d}"
    assert parse_date(text, TODAY) == birth


@pytest.mark.parametrize("bad", ["31-02-1990", "12-13-1990", "kemarin", "12 Foo 1990", "1.5"])
def test_bad_dates_refused(bad: str) -> None:
    with pytest.raises(ValueProblem):
        parse_date(bad if bad != "1.5" else 1.5, TODAY)  # type: ignore[arg-type]


TTL_FORMS = ["{d:02d}-{m:02d}-{y}", "{d} {month} {y}", "{d:02d}/{m:02d}/{y}"]


@given(places, births, st.sampled_from([", ", ",", " ", " / ", "; "]), st.sampled_from(TTL_FORMS))
def test_place_and_date_in_one_column(place: str, birth: date, sep: str, form: str) -> None:
    text = (
        place
        + sep
        + form.format(d=birth.day, m=birth.month, y=birth.year, month=MONTHS[birth.month - 1])
    )
    assert parse_place_and_date(text, TODAY) == (place, birth)


def test_place_and_date_shapes() -> None:
    assert parse_place_and_date(datetime(1990, 3, 12), TODAY) == ("", date(1990, 3, 12))
    assert parse_place_and_date("Serang", TODAY) == ("Serang", None)
    assert parse_place_and_date(None, TODAY) == ("", None)
    with pytest.raises(ValueProblem):
        parse_place_and_date("Serang, 31-02-1990", TODAY)


@pytest.mark.parametrize(
    ("raw", "sex"),
    [("L", "L"), ("l", "L"), ("Laki-laki", "L"), ("LAKI LAKI", "L"), ("Lk", "L"), ("Pria", "L"),
     ("P", "P"), ("Pr", "P"), ("Perempuan", "P"), ("wanita", "P"), (" P ", "P"),
     ("X", "X"), (None, "")],
)  # fmt: skip
def test_sex(raw: str | None, sex: str) -> None:
    assert parse_sex(raw) == sex


@given(st.integers(1, 999), st.sampled_from([int, float, str, "rt", "pad"]))
def test_rt_rw_shapes(number: int, shape: object) -> None:
    if shape == "rt":
        value: object = f"RT {number:02d}"
    elif shape == "pad":
        value = f"{number:03d}"
    else:
        value = shape(number)  # type: ignore[operator]
    assert normalise_rt_rw(parse_rt_or_rw(value)) == f"{number:03d}"  # type: ignore[arg-type]


@given(st.integers(1, 999), st.integers(1, 999),
       st.sampled_from(["{a}/{b}", "{a:03d}/{b:03d}", "{a} / {b}", "RT {a} RW {b}", "{a}-{b}",
                        "RT.{a:02d}/RW.{b:02d}"]))  # fmt: skip
def test_rt_rw_in_one_column(rt: int, rw: int, form: str) -> None:
    a, b = parse_rt_rw_pair(form.format(a=rt, b=rw))
    assert (normalise_rt_rw(a), normalise_rt_rw(b)) == (f"{rt:03d}", f"{rw:03d}")


def test_rt_rw_turned_into_a_date_is_refused() -> None:
    with pytest.raises(ValueProblem):
        parse_rt_rw_pair(datetime(2025, 2, 1))


@given(st.from_regex(r"8[1-9][0-9]{7,10}", fullmatch=True),
       st.sampled_from(["int", "float", "0", "+62 ", "62", "+62-", "'0"]))  # fmt: skip
def test_phone_shapes(digits: str, shape: str) -> None:
    if shape == "int":
        value: object = int(digits)
    elif shape == "float":
        value = float(digits)
    else:
        value = shape + digits
    assert normalise_phone(parse_phone(value)) == "0" + digits  # type: ignore[arg-type]


def test_phone_in_scientific_notation_refused() -> None:
    with pytest.raises(ValueProblem):
        parse_phone("8,12346E+10")


@given(st.one_of(st.none(), st.text(), st.integers(), st.floats(allow_nan=False), births,
                 st.booleans()))  # fmt: skip
def test_parsers_never_crash(value: object) -> None:
    cell_text(value)  # type: ignore[arg-type]
    parse_nik(value)  # type: ignore[arg-type]
    parse_sex(value)  # type: ignore[arg-type]
    for parser in (
        lambda v: parse_date(v, TODAY),
        lambda v: parse_place_and_date(v, TODAY),
        parse_rt_or_rw,
        parse_rt_rw_pair,
        parse_phone,
    ):
        with contextlib.suppress(ValueProblem):
            parser(value)


def test_cell_text_shapes() -> None:
    assert cell_text(7.0) == "7"
    assert cell_text(datetime(1990, 3, 12)) == "12-03-1990"
    assert cell_text(None) == ""
    assert cell_text(timedelta(days=1)) == "1 day, 0:00:00"
