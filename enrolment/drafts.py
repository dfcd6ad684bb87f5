"""The entry form's draft: what was being typed, kept in a small file so a power cut loses
nothing. The form saves it (debounced) on every change and clears it on save or cancel; at the
next start a draft that is still there is offered back.

The file is written whole (temporary name, fsync, rename), so after a power cut it holds
either the previous draft or the new one. A damaged or unexpected file is ignored (and
removed), never a reason not to start.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from enrolment import audit
from enrolment.safe_files import write_bytes_whole

log = logging.getLogger("jaring")
DRAFT_FILENAME = "draf-formulir.json"
_FORMAT = 1


def draft_path(data_dir: Path) -> Path:
    return data_dir / DRAFT_FILENAME


def save_form_draft(data_dir: Path, payload: dict[str, Any]) -> None:
    """Stores `payload` (field name -> JSON-able value; dates as ISO text) as the draft."""
    content = {"format": _FORMAT, "saved_at": audit.now().isoformat(), "fields": payload}
    data = json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")
    write_bytes_whole(draft_path(data_dir), data)


def load_form_draft(data_dir: Path) -> dict[str, Any] | None:
    """The draft's fields, or None when there is none (or it cannot be read)."""
    path = draft_path(data_dir)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("form draft unreadable, ignored: %s", exc)
        return None
    try:
        content = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        log.warning("form draft damaged, ignored: %s", exc)
        clear_form_draft(data_dir)
        return None
    fields = content.get("fields") if isinstance(content, dict) else None
    if not isinstance(fields, dict) or content.get("format") != _FORMAT:
        log.warning("form draft in an unknown shape, ignored")
        clear_form_draft(data_dir)
        return None
    return fields


def clear_form_draft(data_dir: Path) -> None:
    """Forgets the draft (after the record was saved, or the operator cancelled)."""
    try:
        draft_path(data_dir).unlink(missing_ok=True)
    except OSError as exc:  # a locked file: the draft is offered again, which is harmless
        log.warning("could not remove the form draft: %s", exc)
