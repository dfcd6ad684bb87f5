"""The programme file the kabupaten sends to the villages (the same JSON shape as
resources/programmes/*.json), with a bumped version so every batch names what it ran under."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from enrolment.kabupaten.common import safe_name_part, write_error
from enrolment.programme import Programme, load_programme, parse_programme
from enrolment.safe_files import atomic_file


def write_programme_file(
    programme_dict: dict[str, Any], path: Path, *, bump: bool = True
) -> Programme:
    """Writes `programme_dict` as the next version (version + 1; with `bump=False` at its own
    version) to `path`, whole and checked (read back and parsed before it gets its name).
    Returns the programme written."""
    data = copy.deepcopy(programme_dict)
    if bump:
        data["version"] = int(data.get("version", 0)) + 1
    programme = parse_programme(data)  # refuses an inconsistent programme before writing
    content = json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def verify(tmp: Path) -> None:
        if load_programme(tmp) != programme:
            raise ValueError("read-back differs")

    try:
        with atomic_file(path, verify) as fh:
            fh.write(content.encode("utf-8"))
    except OSError as exc:
        raise write_error(exc, path) from exc
    return programme


def release_path(programme_dict: dict[str, Any], folder: Path, *, bump: bool = False) -> Path:
    """The conventional (FAT32-safe) name of the programme file for a version in `folder`."""
    version = int(programme_dict.get("version", 0)) + (1 if bump else 0)
    ident = safe_name_part(str(programme_dict.get("id", "")), 60)
    return folder / f"program_{ident}_v{version:03d}.json"


def write_next_programme(programme_dict: dict[str, Any], folder: Path) -> tuple[Programme, Path]:
    """Writes the next version into `folder` under its conventional name."""
    path = release_path(programme_dict, folder, bump=True)
    return write_programme_file(programme_dict, path), path
