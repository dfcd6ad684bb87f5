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

    # A seine net: a diamond mesh hanging between a float line (top) and a sinker line
    # (bottom), both sagging a little, with orange floats on the top line.
    left, right = s * 0.14, s * 0.86
    top_y, bottom_y, sag = s * 0.26, s * 0.72, s * 0.08
    top = QPainterPath(QPointF(left, top_y))
    top.quadTo(QPointF(s / 2, top_y + 2 * sag), QPointF(right, top_y))
    bottom = QPainterPath(QPointF(left, bottom_y))
    bottom.quadTo(QPointF(s / 2, bottom_y + 2 * sag), QPointF(right, bottom_y))
    net = QPainterPath(top)
    net.lineTo(QPointF(right, bottom_y))
    net.quadTo(QPointF(s / 2, bottom_y + 2 * sag), QPointF(left, bottom_y))
    net.closeSubpath()

    cord = max(1.0, s * (0.045 if size <= 24 else 0.028))
    p.save()
    p.setClipPath(net)
    p.setPen(QPen(NET, cord, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    mesh = s / (3.2 if size <= 24 else 5.5)
    x = left - s
    while x < right + s:  # diagonals both ways make diamonds
        p.drawLine(QPointF(x, top_y - sag), QPointF(x + s, top_y - sag + s))
        p.drawLine(QPointF(x + s, top_y - sag), QPointF(x, top_y - sag + s))
        x += mesh
    p.restore()

    rope = QPen(NET, cord * 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(rope)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(top)
    p.drawPath(bottom)
    p.drawLine(QPointF(left, top_y), QPointF(left, bottom_y))
    p.drawLine(QPointF(right, top_y), QPointF(right, bottom_y))

    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(FLOAT)
    fr = s * (0.085 if size <= 24 else 0.065)
    for t_ in (0.2, 0.5, 0.8) if size > 24 else (0.25, 0.75):
        # a point on the quadratic top curve
        x = (1 - t_) ** 2 * left + 2 * (1 - t_) * t_ * (s / 2) + t_**2 * right
        y = (1 - t_) ** 2 * top_y + 2 * (1 - t_) * t_ * (top_y + 2 * sag) + t_**2 * top_y
        p.drawEllipse(QPointF(x, y), fr, fr)
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
