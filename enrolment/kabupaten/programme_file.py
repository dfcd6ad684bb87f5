"""The programme file the kabupaten sends to the villages (the same JSON shape as
resources/programmes/*.json), with a bumped version so every batch names what it ran under."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from enrolment.kabupaten.common import atomic_file, safe_name_part, write_error
from enrolment.programme import Programme, load_programme, parse_programme


def write_programme_file(programme_dict: dict[str, Any], path: Path) -> Programme:
    """Writes `programme_dict` as the next version (version + 1) to `path`, whole and checked
    (read back and parsed before it gets its name). Returns the programme written."""
    data = copy.deepcopy(programme_dict)
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


def write_next_programme(programme_dict: dict[str, Any], folder: Path) -> tuple[Programme, Path]:
    """Writes the next version into `folder` under its conventional name."""
    next_version = int(programme_dict.get("version", 0)) + 1
    name = (
        f"program_{safe_name_part(str(programme_dict.get('id', '')), 60)}_v{next_version:03d}.json"
    )
    path = folder / name
    return write_programme_file(programme_dict, path), path
