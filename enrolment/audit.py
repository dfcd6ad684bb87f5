"""Writing audit entries. Every change goes through here, inside the caller's transaction."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session

from models.tables import AuditEntry

_INSERT = AuditEntry.__table__.insert()  # type: ignore[attr-defined]


def now() -> datetime:
    """The current time in UTC, to the second (SQLModel stores aware datetimes as UTC)."""
    return datetime.now(UTC).replace(microsecond=0)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def record(
    session: Session,
    actor: str,
    action: str,
    *,
    entity: str = "",
    entity_id: str = "",
    field: str = "",
    old: Any = None,
    new: Any = None,
    detail: str = "",
    at: datetime | None = None,
) -> None:
    """Writes one audit entry in the caller's transaction: committed with the caller's change,
    rolled back with it. A plain insert, not an ORM object: no entry is ever read back or
    changed here, and the unit of work costs a save about 0.5 ms per entry."""
    session.execute(
        _INSERT,
        {
            "at": at or now(),
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "field": field,
            "old": _text(old),
            "new": _text(new),
            "detail": detail,
        },
    )
