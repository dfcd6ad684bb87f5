"""Draws Jaring's icon (a fishing net, "jaring", on a teal tile) with Qt and writes
resources/icons/jaring.png (256 px) and resources/icons/jaring.ico (16-256 px).

The generated files are committed; run this again only to change the drawing:
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icon.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

TEAL_TOP, TEAL_BOTTOM = QColor("#14a39a"), QColor("#0b5f5a")
NET = QColor(255, 255, 255, 235)
FLOAT = QColor("#f59e0b")


def _sagging(a: QPointF, b: QPointF, sag: float) -> QPainterPath:
    """A net cord from a to b that hangs a little (a quadratic curve)."""
    path = QPainterPath(a)
    mid = QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2 + sag)
    path.quadTo(mid, b)
    return path


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    tile = QRectF(s * 0.03, s * 0.03, s * 0.94, s * 0.94)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    gradient.setColorAt(0, TEAL_TOP)
    gradient.setColorAt(1, TEAL_BOTTOM)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(tile, s * 0.2, s * 0.2)

    # The net hangs from a float line near the top and narrows towards the bottom.
    cells = 3 if size <= 24 else 4
    top_y, bottom_y = s * 0.27, s * 0.84
    top_l, top_r = s * 0.16, s * 0.84
    bot_l, bot_r = s * 0.30, s * 0.70
    cord = max(1.0, s * (0.05 if size <= 24 else 0.035))
    p.setPen(QPen(NET, cord, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.setBrush(Qt.BrushStyle.NoBrush)

    def node(i: int, j: int) -> QPointF:
        t = j / cells  # 0 at the top row, 1 at the bottom
        left = top_l + (bot_l - top_l) * t
        right = top_r + (bot_r - top_r) * t
        return QPointF(left + (right - left) * i / cells, top_y + (bottom_y - top_y) * t)

    sag = s * 0.025
    for j in range(cells + 1):  # horizontal cords
        for i in range(cells):
            p.drawPath(_sagging(node(i, j), node(i + 1, j), sag if j else 0))
    for i in range(cells + 1):  # vertical cords
        for j in range(cells):
            p.drawPath(_sagging(node(i, j), node(i, j + 1), 0))
    if size >= 32:  # knots
        p.setBrush(NET)
        p.setPen(Qt.PenStyle.NoPen)
        r = cord * 0.9
        for i in range(cells + 1):
            for j in range(1, cells + 1):
                p.drawEllipse(node(i, j), r, r)

    # Float line and floats.
    p.setPen(QPen(NET, cord * 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(s * 0.12, top_y), QPointF(s * 0.88, top_y))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(FLOAT)
    fr = s * (0.075 if size <= 24 else 0.06)
    for x in (0.25, 0.5, 0.75) if size > 24 else (0.3, 0.7):
        p.drawEllipse(QPointF(s * x, top_y), fr, fr)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[QImage]) -> bytes:
    """An .ico whose entries are PNGs (read by Windows Vista and later, and by Inno Setup)."""
    pngs = [png_bytes(im) for im in images]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for im, png in zip(images, pngs, strict=True):
        w = im.width() if im.width() < 256 else 0  # 0 means 256 in the directory
        entries += struct.pack("<BBBBHHII", w, w, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(pngs)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "jaring.png").write_bytes(png_bytes(draw(256)))
    (OUT / "jaring.ico").write_bytes(ico_bytes([draw(n) for n in ICO_SIZES]))
    print(f"ditulis: {OUT / 'jaring.png'}, {OUT / 'jaring.ico'}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
