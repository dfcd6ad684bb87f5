from __future__ import annotations

from datetime import date, datetime

import pytest

from enrolment.batches.format import (
    REQUIRED_FIELDS,
    BatchFormatError,
    canonical,
    canonical_date,
    canonical_for,
    checksum,
    columns_from_template,
    default_columns,
)
from enrolment.batches.naming import batch_file_name, safe_part


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        ("", ""),
        ("NUR'AINI  ", "NUR'AINI  "),
        ("=1+1", "=1+1"),
        (16800, "16800"),
        (16800.0, "16800"),  # calamine's shape of a whole number
        (0.5, "0.5"),
        (True, "TRUE"),
        (date(1990, 3, 12), "1990-03-12"),  # calamine
        (datetime(1990, 3, 12), "1990-03-12"),  # openpyxl
        (datetime(1990, 3, 12, 8, 30), "1990-03-12T08:30:00"),
    ],
)
def test_canonical_strings_agree_across_readers(value: object, expected: str) -> None:
    assert canonical(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "teks",
        16800,
        16800.0,
        0.5,
        32944.0,
        True,
        date(1990, 3, 12),
        datetime(1990, 3, 12),
        datetime(1990, 3, 12, 8, 30),
    ],
)
@pytest.mark.parametrize("date_column", [False, True])
def test_converter_by_type_gives_the_same_strings(value: object, date_column: bool) -> None:
    general = canonical_date if date_column else canonical
    assert canonical_for(type(value), date_column=date_column)(value) == general(value)


def test_date_column_accepts_a_bare_serial() -> None:
    assert canonical_date(32944.0) == "1990-03-12"
    assert canonical_date(datetime(1990, 3, 12)) == "1990-03-12"


def test_checksum_depends_on_identity_and_every_cell() -> None:
    rows = [["a", "b"], ["c", ""]]
    base = checksum("36.04.07.2011", 1, ["X", "Y"], rows)
    assert base == checksum("36.04.07.2011", 1, ["X", "Y"], [list(r) for r in rows])
    assert base != checksum("36.04.07.2011", 2, ["X", "Y"], rows)
    assert base != checksum("36.04.07.2012", 1, ["X", "Y"], rows)
    assert base != checksum("36.04.07.2011", 1, ["X", "Y"], [["a", "b"], ["c", " "]])
    assert base != checksum("36.04.07.2011", 1, ["X", "Y"], [["ab", ""], ["c", ""]])


def test_column_template_from_the_programme_file() -> None:
    assert columns_from_template(None) == default_columns()
    template = [{"field": k, "header": f"KOL_{k.upper()}"} for k in REQUIRED_FIELDS] + ["kpj"]
    cols = columns_from_template(template)
    assert [c.header for c in cols][:2] == ["KOL_ID", "KOL_JENIS"]
    assert cols[-1].header == "KPJ"
    for bad in (
        [],
        [{"field": "tidak_ada"}],
        [{"field": "id"}],  # required fields missing
        [*template, {"field": "kpj"}],
        [*template[:-1], {"field": "kpj", "header": "KOL_ID"}],
    ):
        with pytest.raises(BatchFormatError):
            columns_from_template(bad)


def test_file_names_are_fat32_safe() -> None:
    name = batch_file_name("36.04.07.2011", "Mekar Jaya", 3, date(2025, 12, 10))
    assert name == "3604072011_MEKAR-JAYA_batch-003_2025-12-10.xlsx"
    assert safe_part('Cirendeu: "Lama"/Baru?*') == "CIRENDEU-LAMA-BARU"
    assert safe_part("Kédungsoka") == "KEDUNGSOKA"
    assert safe_part("CON") == "CON-"
    assert safe_part("///") == "DESA"
    odd = batch_file_name("36.04.07.2011", "a<b>c|d\\e", 12, date(2025, 1, 2))
    assert not set('<>:"/\\|?*') & set(odd)
