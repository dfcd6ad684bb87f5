"""The entry form's draft: what is being typed is kept in a file, so a power cut loses nothing.

`enrolment.drafts` writes and reads the file; this module decides what goes in it (the form's
fields and the record being edited), when (shortly after the operator stops typing) and how it
goes back into the form. The form shows the messages.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from enrolment.messages import os_reason
from ui.errors import tr_message

if TYPE_CHECKING:
    from ui.register.entry_form import EntryForm

# The form's line edits, by attribute name (the two drop-downs are kept by their data).
DRAFT_FIELDS = (
    "nik", "nama", "tempat_lahir", "tanggal_lahir", "alamat", "rt", "rw", "no_hp", "jabatan",
    "dok_nomor", "dok_tanggal", "nama_ibu", "catatan",
)  # fmt: skip
# Saved this long after the last key, not on every key.
SAVE_DELAY_MS = 800


class FormDraft(QObject):
    """Keeps the draft of one `EntryForm`; `save_failed(reason)` when the file cannot be
    written (the reason already translated)."""

    save_failed = Signal(str)

    def __init__(self, form: EntryForm, data_dir: Path) -> None:
        super().__init__(form)
        self._form = form
        self._data_dir = data_dir
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        for name in DRAFT_FIELDS:
            getattr(form, name).textEdited.connect(self._changed)
        # Not straight to QTimer.start: `activated(int)` would call start(index) and set the
        # delay to the chosen item's index in milliseconds.
        form.jenis_kelamin.activated.connect(self._changed)
        form.kategori.activated.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        """Something was typed or chosen: save the draft once the typing pauses."""
        self._timer.start()

    def payload(self) -> dict[str, str]:
        """What the form holds now, as the draft file keeps it."""
        form = self._form
        payload = {name: getattr(form, name).text() for name in DRAFT_FIELDS}
        payload["jenis_kelamin"] = form.jenis_kelamin.currentData() or ""
        payload["kategori"] = form.kategori.currentData() or ""
        payload["editing_id"] = form.editing_id() or ""
        return payload

    def restore(self, payload: dict[str, object]) -> None:
        """Puts a saved draft back into the form (opening the record it was editing first)."""
        form = self._form
        editing = str(payload.get("editing_id") or "")
        if editing:
            form.load(editing)
        for name in DRAFT_FIELDS:
            value = payload.get(name)
            if isinstance(value, str):
                getattr(form, name).setText(value)
        for combo, key in ((form.jenis_kelamin, "jenis_kelamin"), (form.kategori, "kategori")):
            index = combo.findData(payload.get(key, ""))
            combo.setCurrentIndex(max(index, 0))

    def save(self) -> None:
        """Writes the draft, or removes it when the form holds nothing unsaved."""
        from enrolment.drafts import save_form_draft

        if self._form.is_dirty():
            try:
                save_form_draft(self._data_dir, self.payload())
            except OSError as exc:  # disk full or folder locked: say so, keep typing
                self.save_failed.emit(tr_message(os_reason(exc)))
        else:
            self.clear()

    def clear(self) -> None:
        """Removes the draft (the record was saved or the typing cancelled)."""
        from enrolment.drafts import clear_form_draft

        self._timer.stop()
        clear_form_draft(self._data_dir)
