"""User-facing messages produced by the domain layer.

The domain never imports Qt, yet its messages must be translatable with Qt's system. Each text
is marked with `QT_TRANSLATE_NOOP(context, text)` (pyside6-lupdate extracts calls by that name)
and carried as a `Message`; the UI renders it with `QCoreApplication.translate`, the headless
commands with the Indonesian source text. Placeholders are named: `{nik}`, never `%1`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for extraction into the .ts files and returns it unchanged."""
    del context
    return text


@dataclass(frozen=True)
class Message:
    """A translatable message: Indonesian source text plus named parameters."""

    context: str
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translator | None = None) -> str:
        """Returns the text, translated when `translate(context, text)` is given."""
        template = translate(self.context, self.text) if translate else self.text
        # A parameter may itself be a Message (a field label): it is translated alike.
        params = {
            k: v.render(translate) if isinstance(v, Message) else v for k, v in self.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to the source.
            return self.text.format(**params)

    def __str__(self) -> str:
        return self.render()


def msg(context: str, text: str, **params: Any) -> Message:
    """Builds a Message; `text` must be a literal wrapped in QT_TRANSLATE_NOOP."""
    return Message(context, text, params)


class UserError(Exception):
    """An error the operator can act on (bad input, a full stick): shown calmly, not as a bug.

    Every domain error that carries a message for the user derives from this.
    """

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


# What went wrong with a file, in words (the operating system's own text is English, and on
# Windows sometimes in the PC's language): by error number, else the system's text.
_OS_REASONS = {
    "ENOENT": QT_TRANSLATE_NOOP("OsErrors", "berkas atau folder tidak ada"),
    "EACCES": QT_TRANSLATE_NOOP("OsErrors", "tidak ada izin untuk membuka atau menulisnya"),
    "EPERM": QT_TRANSLATE_NOOP("OsErrors", "tidak ada izin untuk membuka atau menulisnya"),
    "ENOSPC": QT_TRANSLATE_NOOP("OsErrors", "tempat penyimpanan (flashdisk atau disk) penuh"),
    "EROFS": QT_TRANSLATE_NOOP("OsErrors", "flashdisk atau disk hanya dapat dibaca (dikunci)"),
    "EIO": QT_TRANSLATE_NOOP(
        "OsErrors", "kesalahan baca/tulis: flashdisk mungkin tercabut atau rusak"
    ),
    "ENODEV": QT_TRANSLATE_NOOP("OsErrors", "flashdisk atau disk tidak ada (tercabut?)"),
    "ENXIO": QT_TRANSLATE_NOOP("OsErrors", "flashdisk atau disk tidak ada (tercabut?)"),
    "EBUSY": QT_TRANSLATE_NOOP("OsErrors", "sedang dipakai program lain"),
    "EISDIR": QT_TRANSLATE_NOOP("OsErrors", "itu folder, bukan berkas"),
    "ENOTDIR": QT_TRANSLATE_NOOP("OsErrors", "bagian jalurnya bukan folder"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("OsErrors", "nama atau jalurnya terlalu panjang"),
    "EEXIST": QT_TRANSLATE_NOOP("OsErrors", "sudah ada berkas dengan nama itu"),
}


def os_reason(exc: BaseException) -> Message | str:
    """Why a file operation failed, as the operator should read it."""
    import errno

    if isinstance(exc, OSError) and exc.errno is not None:
        text = _OS_REASONS.get(errno.errorcode.get(exc.errno, ""))
        if text is not None:
            return msg("OsErrors", text)
        # Windows reports a sharing violation (file open in Excel) as winerror 32.
        if getattr(exc, "winerror", None) in (32, 33):
            return msg("OsErrors", _OS_REASONS["EBUSY"])
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)
