"""Every file the program ships or the repository holds can live on Windows and on a FAT32
stick: no reserved names or characters, no names that differ only in case."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path, PureWindowsPath

import pytest

ROOT = Path(__file__).resolve().parents[2]
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\..*)?$", re.IGNORECASE)
_BAD_CHARS = re.compile(r'[<>:"|?*\x00-\x1f\\]')


def windows_problem(part: str) -> str | None:
    """Why `part` (one path component) cannot be a Windows/FAT32 file name, or None."""
    if _BAD_CHARS.search(part):
        return "reserved character"
    if _RESERVED.match(part):
        return "reserved device name"
    if part.endswith((".", " ")):
        return "ends with a dot or space"
    if len(part) > 255:
        return "longer than 255 characters"
    return None


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("jaring.sqlite", None),
        ("3604072011_MEKAR-JAYA_batch-001_2025-12-10.xlsx", None),
        ("Daftar RT RW.xlsx", None),
        ("aux.txt", "reserved device name"),
        ("CON", "reserved device name"),
        ("a:b", "reserved character"),
        ("laporan.", "ends with a dot or space"),
        ("what?.pdf", "reserved character"),
    ],
)
def test_windows_problem(name: str, problem: str | None) -> None:
    assert windows_problem(name) == problem


def _tracked_files() -> list[str]:
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    out = subprocess.run(
        [git, "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    return [name for name in out.split("\0") if name]


def test_repository_file_names_are_valid_on_windows() -> None:
    problems = [
        f"{name}: {problem}"
        for name in _tracked_files()
        for part in PureWindowsPath(name).parts
        if (problem := windows_problem(part))
    ]
    assert problems == []


def test_no_names_that_differ_only_in_case() -> None:
    seen: dict[str, str] = {}
    clashes = []
    for name in _tracked_files():
        key = name.lower()
        if key in seen:
            clashes.append((seen[key], name))
        seen[key] = name
    assert clashes == []


def test_bundle_destinations_are_relative_windows_paths() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "packaging"))
    import buildinfo

    for _src, dest in buildinfo.resource_datas():
        path = PureWindowsPath(dest)
        assert not path.is_absolute() and not path.drive
        assert path.parts[0] == "resources"
        assert all(windows_problem(part) is None for part in path.parts)
