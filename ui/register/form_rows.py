"""The entry form's rows: caption, field and an error line beneath, hidden until needed.

Kept apart from the form so the form reads as what it asks and does, not how a row is drawn.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

# The colours of the form's messages: errors, warnings to check, and "saved".
ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5300;"
OK_STYLE = "color: #1b5e20;"


class ErrorRows:
    """A form layout whose rows each carry an error line, found by the field's name in
    `errors` (the names of `EnrolleeInput`, as validation reports them)."""

    def __init__(self) -> None:
        self.layout = QFormLayout()
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self._row_of: dict[str, int] = {}

    def add(self, label: str, name: str, widget: QWidget, extra: QWidget | None = None) -> None:
        """A row captioned `label` (its shortcut goes to `widget`); `extra` shows under it."""
        box = QVBoxLayout()
        box.setSpacing(2)
        if isinstance(widget, QComboBox):  # a short list keeps its own width
            box.addWidget(widget, alignment=Qt.AlignmentFlag.AlignLeft)
        else:
            box.addWidget(widget)
        if extra is not None:
            box.addWidget(extra)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        # The full width of the form, not the width of a narrow drop-down above it.
        error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        error.hide()
        box.addWidget(error)
        self.errors[name] = error
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.layout.addRow(caption, box)
        self._row_of[name] = self.layout.rowCount() - 1

    def set_row_visible(self, name: str, visible: bool) -> None:
        self.layout.setRowVisible(self._row_of[name], visible)
