"""The self-test's Qt-free steps and its runner."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from enrolment import selftest
from enrolment.messages import QT_TRANSLATE_NOOP, UserError, msg
from enrolment.selftest import SelfTestFailure, SelfTestState, Step, run_steps


def _run(steps: list[Step], tmp_path: Path) -> tuple[list[str], list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    state = SelfTestState(folder=tmp_path)
    try:
        failed = run_steps(steps, state, out, err)
    finally:
        state.close()
    return failed, out.getvalue().splitlines(), err.getvalue()


def test_qt_free_steps_pass(tmp_path: Path) -> None:
    failed, lines, _ = _run(list(selftest.QT_FREE_HEAD), tmp_path)
    assert failed == []
    assert lines[1] == "OK penyiapan desa 36.04.07.2011: Desa Mekar Jaya, Kecamatan Bojonegara"
    assert lines[2].startswith("OK simpan peserta: BUDI UJI MANDIRI, tanda terima 3604072011-")
    assert (tmp_path / "data" / "jaring.sqlite").exists()


def test_batch_steps_write_and_verify_a_locked_batch(tmp_path: Path) -> None:
    steps = [*selftest.QT_FREE_HEAD, *selftest.QT_FREE_TAIL]
    failed, lines, _ = _run(steps, tmp_path)
    assert failed == [], lines
    (batch,) = (tmp_path / "flashdisk").iterdir()
    assert batch.name.startswith("3604072011_MEKAR-JAYA_batch-001_")
    assert batch.read_bytes()[:4] != b"PK\x03\x04"  # locked: not a plain zip/xlsx
    assert lines[-1] == "OK periksa batch: batch 1, 1 baris, SHA-256 cocok"


def test_first_failure_stops_and_names_the_step(tmp_path: Path) -> None:
    def broken(state: SelfTestState) -> str:
        raise SelfTestFailure("kertas habis")

    steps = [Step("satu", lambda s: "baik"), Step("dua", broken), Step("tiga", lambda s: "")]
    failed, lines, err = _run(steps, tmp_path)
    assert failed == ["dua"]
    assert lines == ["OK satu: baik", "GAGAL dua: kertas habis", "LEWAT tiga"]
    assert err == ""  # an expected failure needs no traceback


def test_a_bug_prints_its_traceback(tmp_path: Path) -> None:
    def buggy(state: SelfTestState) -> str:
        return str(1 // 0)

    failed, lines, err = _run([Step("hitung", buggy)], tmp_path)
    assert failed == ["hitung"]
    assert lines == ["GAGAL hitung: ZeroDivisionError: integer division or modulo by zero"]
    assert "Traceback" in err


def test_user_error_is_shown_calmly(tmp_path: Path) -> None:
    def refused(state: SelfTestState) -> str:
        raise UserError(msg("Test", QT_TRANSLATE_NOOP("Test", "Desa {code} tidak ada."), code="X"))

    _, lines, err = _run([Step("desa", refused)], tmp_path)
    assert lines == ["GAGAL desa: Desa X tidak ada."]
    assert err == ""


def test_missing_region_list_fails_the_resource_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selftest, "DESA", "36.04.99.9999")
    failed, lines, _ = _run(list(selftest.QT_FREE_HEAD), tmp_path)
    assert failed == ["berkas program, wilayah dan font"]
    assert "36.04.99.9999" in lines[0]


def test_save_without_setup_fails_clearly(tmp_path: Path) -> None:
    failed, lines, _ = _run([Step("simpan", selftest.save_worker)], tmp_path)
    assert failed == ["simpan"]
    assert "penyiapan gagal" in lines[0]
