"""A searchable list: type to filter, arrows to move, Enter to accept."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget


class SearchablePicker(QWidget):
    """Items are (code, label); `current_code()` is the selected code or None."""

    changed = Signal()
    activated = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.list = QListView()
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self._model = QStandardItemModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list.setModel(self._proxy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.setFocusProxy(self.filter)
        self.filter.textChanged.connect(self._on_filter)
        self.filter.installEventFilter(self)
        self.list.selectionModel().currentChanged.connect(lambda *_: self.changed.emit())
        self.list.activated.connect(lambda *_: self.activated.emit())

    def set_items(self, items: list[tuple[str, str]], select: str | None = None) -> None:
        self._model.clear()
        for code, label in items:
            item = QStandardItem(label)
            item.setData(code, Qt.ItemDataRole.UserRole)
            self._model.appendRow(item)
        self.filter.clear()
        if select:
            self.select(select)
        self.changed.emit()

    def select(self, code: str) -> None:
        for row in range(self._proxy.rowCount()):
            index = self._proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == code:
                self.list.setCurrentIndex(index)
                return

    def current_code(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def current_label(self) -> str:
        index = self.list.currentIndex()
        return str(index.data()) if index.isValid() else ""

    def _on_filter(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip())
        if (
            self._proxy.rowCount() and not self.list.currentIndex().isValid()
        ) or self._proxy.rowCount() == 1:
            self.list.setCurrentIndex(self._proxy.index(0, 0))
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the filter box move the selection, so the mouse is never needed.
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.list.currentIndex().row()
                row = row + 1 if key == Qt.Key.Key_Down else row - 1
                if 0 <= row < self._proxy.rowCount():
                    self.list.setCurrentIndex(self._proxy.index(row, 0))
                return True
        return super().eventFilter(watched, event)
