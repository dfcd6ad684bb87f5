from __future__ import annotations

from datetime import date

from enrolment.programme import Programme
from enrolment.register import remove_enrollee, save_enrollee
from enrolment.validation import EnrolleeInput
from models.database import Database
from models.db import connect
from models.register_query import COLUMNS, RegisterFilter, RegisterQuery

TODAY = date(2025, 12, 10)
PEOPLE = [
    ("3604071203900001", "Budi Santoso", "RT_RW"),
    ("3604075203910002", "Siti Aminah", "POSYANDU"),
    ("3604071505850003", "Ahmad Budiman", "BPD"),
    ("3604076608800004", "Nur'aini", "POSYANDU"),
]


def fill(db: Database, programme: Programme) -> None:
    with db.session() as s:
        for nik, name, group in PEOPLE:
            day = int(nik[6:8])
            out = save_enrollee(
                s,
                EnrolleeInput(
                    nik=nik,
                    nama=name,
                    tempat_lahir="Serang",
                    jenis_kelamin="P" if day > 40 else "L",
                    kategori=group,
                ),
                actor="t",
                programme=programme,
                today=TODAY,
            )
            assert out.saved, out.errors


def names(rows: list[tuple[object, ...]]) -> list[str]:
    i = COLUMNS.index("nama")
    return [str(r[i]) for r in rows]


def test_search_and_filters(installed_db: Database, programme: Programme) -> None:
    fill(installed_db, programme)
    q = RegisterQuery(connect(installed_db.path))
    assert names(q.fetch(RegisterFilter())) == [
        "NUR'AINI",
        "AHMAD BUDIMAN",
        "SITI AMINAH",
        "BUDI SANTOSO",
    ]
    assert sorted(names(q.fetch(RegisterFilter(text="budi")))) == ["AHMAD BUDIMAN", "BUDI SANTOSO"]
    assert names(q.fetch(RegisterFilter(text="bu"))) == [
        "AHMAD BUDIMAN",
        "BUDI SANTOSO",
    ]  # word start
    assert names(q.fetch(RegisterFilter(text="s"))) == ["SITI AMINAH", "BUDI SANTOSO"]
    assert names(q.fetch(RegisterFilter(text="0712 039"))) == ["BUDI SANTOSO"]  # NIK fragment
    assert names(q.fetch(RegisterFilter(text="nur'a"))) == ["NUR'AINI"]
    assert names(q.fetch(RegisterFilter(text='"x'))) == []  # quotes never break the query
    assert names(q.fetch(RegisterFilter(text="%"))) == []
    assert q.count(RegisterFilter(kategori="POSYANDU")) == 2
    assert names(q.fetch(RegisterFilter(), sort="nama", descending=False))[0] == "AHMAD BUDIMAN"


def test_removed_are_hidden(installed_db: Database, programme: Programme) -> None:
    fill(installed_db, programme)
    q = RegisterQuery(connect(installed_db.path))
    target = q.fetch(RegisterFilter(text="siti"))[0][COLUMNS.index("id")]
    with installed_db.session() as s:
        remove_enrollee(s, str(target), reason="meninggal dunia", actor="t")
    assert q.count(RegisterFilter()) == 3
    assert q.count(RegisterFilter(text="siti")) == 0
    assert q.count(RegisterFilter(include_removed=True)) == 4


def test_any_search_text_is_safe(installed_db: Database, programme: Programme) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    fill(installed_db, programme)
    q = RegisterQuery(connect(installed_db.path, read_only=True))

    @settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.text(max_size=8))
    def search(text: str) -> None:
        rows = q.fetch(RegisterFilter(text=text))
        assert len(rows) <= len(PEOPLE)
        assert q.count(RegisterFilter(text=text)) >= len(rows)

    search()


def test_short_terms_use_word_and_nik_prefixes(
    installed_db: Database, programme: Programme
) -> None:
    fill(installed_db, programme)
    q = RegisterQuery(connect(installed_db.path, read_only=True))
    assert names(q.fetch(RegisterFilter(text="am"))) == ["SITI AMINAH"]  # second word
    assert names(q.fetch(RegisterFilter(text="36"))) == [
        "NUR'AINI",
        "AHMAD BUDIMAN",
        "SITI AMINAH",
        "BUDI SANTOSO",
    ]
    assert names(q.fetch(RegisterFilter(text="9"))) == []


def test_whole_kpj_number_finds_the_worker(installed_db: Database, programme: Programme) -> None:
    fill(installed_db, programme)
    with installed_db.engine.begin() as conn:  # as a return file from the kabupaten sets them
        conn.exec_driver_sql(
            "UPDATE enrollee SET kpj = '25012345678' WHERE nik = ?", (PEOPLE[1][0],)
        )
        conn.exec_driver_sql(
            "UPDATE enrollee SET kpj = 'AB123456789' WHERE nik = ?", (PEOPLE[2][0],)
        )
    q = RegisterQuery(connect(installed_db.path))
    assert names(q.fetch(RegisterFilter(text="25012345678"))) == ["SITI AMINAH"]
    assert names(q.fetch(RegisterFilter(text=" 2501 2345 678 "))) == ["SITI AMINAH"]
    assert names(q.fetch(RegisterFilter(text="ab123456789"))) == ["AHMAD BUDIMAN"]
    assert q.count(RegisterFilter(text="25012345678")) == 1
    # Eleven digits of a NIK still find the NIK; a KPJ prefix is no KPJ.
    assert names(q.fetch(RegisterFilter(text=PEOPLE[0][0][:11]))) == ["BUDI SANTOSO"]
    assert q.fetch(RegisterFilter(text="2501234567")) == []
