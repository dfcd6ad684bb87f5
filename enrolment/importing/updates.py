"""Updating a registered person from a list: what changes, shown before and applied alike.

A list carries only some of what the register knows, and a cell left empty says nothing: an
update takes the values the list has and keeps every other one (an address typed in the form
survives a list without an address column). The preview names each change before anything is
written; the writer applies exactly those.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from enrolment.dates import short_date
from enrolment.importing.header import FIELDS
from enrolment.messages import QT_TRANSLATE_NOOP, Message, msg
from enrolment.programme import Programme
from enrolment.register import EDITABLE_FIELDS
from enrolment.validation import EnrolleeInput
from models.tables import Enrollee

CTX = "Import"
_CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit


def list_changes(current: Any, data: EnrolleeInput) -> dict[str, tuple[Any, Any]]:
    """Field → (register value, list value) for every value the list has and the register
    holds otherwise. `current` is an Enrollee (or anything with its field attributes)."""
    changes: dict[str, tuple[Any, Any]] = {}
    for name in EDITABLE_FIELDS:
        new = getattr(data, name)
        if new is None or new == "":
            continue  # no such column in the list, or an empty cell: the register's value stays
        old = getattr(current, name)
        if old != new:
            changes[name] = (old, new)
    return changes


def _shown(name: str, value: Any, programme: Programme) -> str:
    if isinstance(value, date):
        return short_date(value)
    if name == "kategori" and (group := programme.group(str(value))) is not None:
        return group.name
    return str(value) if value not in (None, "") else "—"


def describe_changes(changes: dict[str, tuple[Any, Any]], programme: Programme) -> list[Message]:
    """One line per change for the preview: `Nomor HP: 0857… → 0812…`."""
    return [
        msg(
            CTX,
            QT_TRANSLATE_NOOP("Import", "{field}: {old} → {new}"),
            field=msg(CTX, FIELDS.get(name, name)),
            old=_shown(name, old, programme),
            new=_shown(name, new, programme),
        )
        for name, (old, new) in changes.items()
    ]


def current_records(session: Session, ids: Iterable[str]) -> dict[str, Enrollee]:
    """The registered records with these ids, by id."""
    wanted = sorted(set(ids))
    found: dict[str, Enrollee] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for record in session.exec(select(Enrollee).where(col(Enrollee.id).in_(chunk))):
            found[record.id] = record
    return found
