from __future__ import annotations

from pathlib import Path

import pytest

from enrolment.drafts import clear_form_draft, draft_path, load_form_draft, save_form_draft


def test_no_draft_is_none(tmp_path: Path) -> None:
    assert load_form_draft(tmp_path) is None


def test_save_load_clear(tmp_path: Path) -> None:
    fields = {"nik": "3604071203900001", "nama": "Siti Ñurhaliza", "tanggal_lahir": "1990-03-12"}
    save_form_draft(tmp_path, fields)
    assert load_form_draft(tmp_path) == fields
    save_form_draft(tmp_path, {**fields, "rt": "001"})
    assert load_form_draft(tmp_path) == {**fields, "rt": "001"}
    assert [p.name for p in tmp_path.iterdir()] == [draft_path(tmp_path).name]  # no temp left
    clear_form_draft(tmp_path)
    assert load_form_draft(tmp_path) is None
    clear_form_draft(tmp_path)  # clearing twice is fine


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b'{"format": 1, "fields": {"nik": "36040',  # torn write
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'{"format": 99, "fields": {}}',
        b'{"format": 1, "fields": "nik"}',
    ],
)
def test_a_damaged_draft_is_ignored(tmp_path: Path, content: bytes) -> None:
    draft_path(tmp_path).write_bytes(content)
    assert load_form_draft(tmp_path) is None
    assert not draft_path(tmp_path).exists()
    save_form_draft(tmp_path, {"nama": "Budi"})  # and the next save works
    assert load_form_draft(tmp_path) == {"nama": "Budi"}


def test_a_failed_write_keeps_the_previous_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_form_draft(tmp_path, {"nama": "Budi"})

    def power_cut(*_args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("enrolment.safe_files.os.replace", power_cut)
    with pytest.raises(OSError):
        save_form_draft(tmp_path, {"nama": "Budi Santoso"})
    assert load_form_draft(tmp_path) == {"nama": "Budi"}
    assert [p.name for p in tmp_path.iterdir()] == [draft_path(tmp_path).name]
