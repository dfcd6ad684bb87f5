"""Small standard dialogs with Indonesian button texts (Qt ships no Indonesian translation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    yes: str | None = None,
    no: str | None = None,
    *,
    danger: bool = False,
    yes_is_safe: bool = False,
) -> bool:
    """A yes/no question; the safe answer is the default button and what Esc gives: "no",
    or "yes" with `yes_is_safe` (keeping something rather than throwing it away)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes_button = box.addButton(
        yes or QCoreApplication.translate("Dialogs", "Ya"), QMessageBox.ButtonRole.AcceptRole
    )
    no_button = box.addButton(
        no or QCoreApplication.translate("Dialogs", "Tidak"), QMessageBox.ButtonRole.RejectRole
    )
    safe = yes_button if yes_is_safe else no_button
    box.setDefaultButton(safe)
    box.setEscapeButton(safe)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(QCoreApplication.translate("Dialogs", "Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(QCoreApplication.translate("Dialogs", "Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """A line of text, or None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOkButtonText(QCoreApplication.translate("Dialogs", "Lanjut"))
    dialog.setCancelButtonText(QCoreApplication.translate("Dialogs", "Batal"))
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()
