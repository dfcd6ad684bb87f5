"""Guards against a PySide6 bug that would crash the program after a few thousand calls.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a void method;
once None's count reaches zero Python aborts ("none_dealloc"). Printing 500 receipts makes
~100 000 such calls. (On Python 3.12+ None is immortal and the count never moves.)
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp: object) -> None:
    label = QLabel()
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        painter.drawLine(QPointF(0, 0), QPointF(1, 1))
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 50, f"PySide6 leaks references to None ({before} → {after})"
