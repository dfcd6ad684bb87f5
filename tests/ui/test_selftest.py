"""The self-test's Qt steps (receipt PDF and QR, log file) and its exit code."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from enrolment.selftest import SelfTestFailure, SelfTestState, Step, run_steps
from ui import selftest


def _run(steps: list[Step], tmp_path: Path) -> tuple[list[str], list[str]]:
    out = io.StringIO()
    state = SelfTestState(folder=tmp_path)
    try:
        failed = run_steps(steps, state, out, io.StringIO())
    finally:
        state.close()
    return failed, out.getvalue().splitlines()


def test_every_step_passes(qapp: object, tmp_path: Path) -> None:
    failed, lines = _run(selftest.all_steps(), tmp_path)
    assert failed == [], lines
    assert [line.split(":")[0] for line in lines] == [
        f"OK {step.name}" for step in selftest.all_steps()
    ]
    assert (tmp_path / "tanda-terima-uji.pdf").read_bytes().startswith(b"%PDF-")


def test_missing_font_fails_the_receipt_step(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.printing.receipt_renderer as renderer

    monkeypatch.setattr(renderer, "FONT_FILES", ("TidakAda.ttf",))
    failed, lines = _run(selftest.all_steps(), tmp_path)
    assert failed == ["tanda terima PDF"]
    assert "GAGAL tanda terima PDF: huruf tanda terima TidakAda.ttf tidak dapat dimuat" in lines


def test_exit_code_names_the_failed_step(
    qapp: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(state: SelfTestState) -> str:
        raise SelfTestFailure("rusak")

    monkeypatch.setattr(selftest, "all_steps", lambda: [Step("langkah rusak", broken)])
    assert selftest.run_self_test() == 1
    out = capsys.readouterr().out
    assert "GAGAL langkah rusak: rusak" in out
    assert out.rstrip().endswith("Uji mandiri GAGAL pada: langkah rusak")


def test_missing_translation_fails_its_step(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.i18n

    monkeypatch.setattr(ui.i18n, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    failed, lines = _run([Step("terjemahan", selftest.translations)], tmp_path)
    assert failed == ["terjemahan"]
    assert lines == ["GAGAL terjemahan: berkas terjemahan jaring_en.qm tidak ada"]
