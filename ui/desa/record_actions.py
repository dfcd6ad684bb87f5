"""What the register does to a record beyond editing it: remove (hide, with a reason), purge
(overwrite the personal data after the retention period) and mark ready for handover.

Each asks its questions, calls the domain, and has the workspace refresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from ui.desa.workspace import DesaWorkspace


class RecordActions(QObject):
    """The record actions of the village register (owned by a `DesaWorkspace`)."""

    def __init__(self, workspace: DesaWorkspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace

    def remove(self, enrollee_id: str) -> None:
        from enrolment.messages import UserError
        from enrolment.register import get_enrollee, remove_enrollee
        from ui.dialogs import ask, ask_text, warn
        from ui.errors import tr_message

        parent, ws = self.workspace, self.workspace.ws
        with ws.db.session() as session:
            record = get_enrollee(session, enrollee_id)
        if record is None:
            return
        reason = ask_text(
            parent, self.tr("Hapus peserta"),
            self.tr("Alasan menghapus {name} dari daftar (wajib, tercatat):").format(name=record.nama),
        )  # fmt: skip
        if reason is None:
            return
        if not reason.strip():
            warn(
                parent, self.tr("Hapus peserta"), self.tr("Alasan wajib diisi. Data tidak dihapus.")
            )
            return
        note = ""
        if record.last_batch_no:
            note = self.tr(
                "\n\nData ini sudah diserahkan (batch {n}); batch berikutnya membawa penarikannya."
            ).format(n=record.last_batch_no)
        if not ask(
            parent, self.tr("Hapus peserta"),
            self.tr("Hapus {name} dari daftar? Data disembunyikan, tidak dimusnahkan, dan tercatat di log.").format(
                name=record.nama) + note,
            self.tr("Hapus"), self.tr("Batal"), danger=True,
        ):  # fmt: skip
            return
        try:
            with ws.db.session() as session:
                remove_enrollee(session, enrollee_id, reason=reason, actor=ws.operator)
        except UserError as exc:
            warn(parent, self.tr("Hapus peserta"), tr_message(exc.message))
        parent.refresh()

    def purge_selected(self) -> None:
        """Admin: overwrite the personal data of a removed record after the retention period
        (UU PDP deletion on request). Shown under the status filter "Dihapus"."""
        from enrolment.dates import short_date
        from enrolment.messages import UserError
        from enrolment.privacy import purge_enrollee, purge_status
        from enrolment.register import get_enrollee
        from ui.dialogs import ask, ask_text, warn
        from ui.errors import tr_message

        parent, ws, account = self.workspace, self.workspace.ws, self.workspace.account
        ids = parent.register.selected_ids()
        if not ids or account is None:
            parent.setCurrentWidget(parent.register)
            parent.status_message.emit(
                self.tr('Pilih data di Daftar peserta dengan status "Dihapus" lebih dulu.'), 6000
            )
            return
        with ws.db.session() as session:
            record = get_enrollee(session, ids[0])
            status = purge_status(session, record) if record else None
        if record is None or status is None or not status.allowed:
            when = status.earliest.astimezone().date() if status and status.earliest else None
            warn(
                parent, self.tr("Hapus permanen"),
                self.tr("Data ini belum dapat dihapus permanen: hanya data yang sudah dihapus dan "
                        "melewati masa simpan ({when}).").format(when=short_date(when) if when else "—"),
            )  # fmt: skip
            return
        reason = ask_text(
            parent, self.tr("Hapus permanen"),
            self.tr("Dasar penghapusan (mis. permintaan tertulis, nomor surat). Jangan tulis nama orangnya:"),
        )  # fmt: skip
        if not reason or not reason.strip():
            return
        if not ask(
            parent, self.tr("Hapus permanen"),
            self.tr("Data pribadi {name} akan ditimpa dan tidak dapat dikembalikan. Lanjutkan?").format(
                name=record.nama),
            self.tr("Hapus permanen"), self.tr("Batal"), danger=True,
        ):  # fmt: skip
            return
        try:
            with ws.db.session() as session:
                purge_enrollee(session, record.id, by=account, reason=reason)
        except UserError as exc:
            warn(parent, self.tr("Hapus permanen"), tr_message(exc.message))
        parent.refresh()

    def mark_ready(self, ids: list[str]) -> None:
        from enrolment.register import set_ready

        ws = self.workspace.ws
        with ws.db.session() as session:
            changed = set_ready(session, ids, ready=True, actor=ws.operator)
        self.workspace.status_message.emit(
            self.tr("{n} data ditandai siap diserahkan.").format(n=changed), 5000
        )
        self.workspace.refresh()
