"""Remembering hand-corrected column mappings, per header layout.

Kept as a small JSON file in the data folder (not in the database): it is a convenience that
can be lost without harm, it never travels in a batch, and it needs no schema migration.
"""

from __future__ import annotations

import json
from pathlib import Path

from enrolment.importing.header import FIELDS
from enrolment.safe_files import write_whole

FILENAME = "impor-pemetaan.json"
MAX_LAYOUTS = 200


def _load(data_dir: Path) -> dict[str, list[str]]:
    try:
        raw = json.loads((data_dir / FILENAME).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}  # missing or damaged: start afresh, nothing depends on it
    if not isinstance(raw, dict):
        return {}
    return {
        str(k): [str(f) for f in v]
        for k, v in raw.items()
        if isinstance(v, list) and all(isinstance(f, str) and f in FIELDS for f in v)
    }


def recall_mapping(data_dir: Path, signature: str, width: int) -> list[str] | None:
    """The mapping used last time for this header layout, if any."""
    mapping = _load(data_dir).get(signature)
    if mapping is None or len(mapping) != width:
        return None
    return mapping


def remember_mapping(data_dir: Path, signature: str, mapping: list[str]) -> None:
    """Stores the mapping for this layout (most recent last; old layouts are dropped)."""
    stored = _load(data_dir)
    stored.pop(signature, None)
    stored[signature] = list(mapping)
    while len(stored) > MAX_LAYOUTS:
        stored.pop(next(iter(stored)))
    text = json.dumps(stored, ensure_ascii=False, indent=1)

    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    write_whole(data_dir / FILENAME, write)
