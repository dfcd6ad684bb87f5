"""Lays out receipts with one QPainter on any paged device (QPdfWriter, QPrinter).

One receipt per sheet; with two copies per sheet the upper half is the worker's copy and the
lower half the village archive's, separated by a cut line. All geometry is in millimetres,
converted to device pixels here, so the same code serves a PDF and a 600-dpi laser printer.
Text uses a font bundled under resources/fonts/ so every PC prints the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import zxingcpp
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGlyphRun,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from enrolment.receipts.content import ReceiptContent
from enrolment.resources import resource_path

FONT_FILES = ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Serif"
MARGIN_MM = 10.0  # well outside any office printer's unprintable border (3-6 mm)
CUT_GAP_MM = 10.0  # between the two copies: the cut line runs in the middle
QR_MM = 27.0
BODY_PT = 10.0  # the smallest size used anywhere on the receipt
LABEL_MM = 38.0

_family: str | None = None

Progress = Callable[[int, int], None]


def font_family() -> str:
    """Loads the bundled font once and returns its family name."""
    global _family
    if _family is None:
        families: list[str] = []
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
        _family = families[0] if families else FALLBACK_FAMILY
    return _family


def page_size(paper: str) -> QPageSize:
    """A4, or F4 as a custom 215 × 330 mm size (Qt's Folio is 210 × 330, not F4)."""
    if paper == "F4":
        # ExactMatch: the default fuzzy match silently turns 215 × 330 mm into 8.5 × 13 in.
        return QPageSize(
            QSizeF(215, 330), QPageSize.Unit.Millimeter, "F4", QPageSize.SizeMatchPolicy.ExactMatch
        )
    return QPageSize(QPageSize.PageSizeId.A4)


def page_layout(paper: str) -> QPageLayout:
    """Zero device margins: the renderer keeps its own margins from the paper's edge."""
    return QPageLayout(page_size(paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def prepare_device(device: QPagedPaintDevice, paper: str) -> None:
    device.setPageLayout(page_layout(paper))


@dataclass
class _Laid:
    height: float  # mm
    runs: list[QGlyphRun]


_LEFT = int(Qt.AlignmentFlag.AlignLeft)
_ALIGN = {
    Qt.AlignmentFlag.AlignLeft: _LEFT,
    Qt.AlignmentFlag.AlignHCenter: int(Qt.AlignmentFlag.AlignHCenter),
    Qt.AlignmentFlag.AlignRight: int(Qt.AlignmentFlag.AlignRight),
}


@dataclass
class _Fonts:
    body: QFont
    bold: QFont
    kop: QFont
    kop_big: QFont
    title: QFont
    small_caps: QFont


def _font(family: str, size: float, *, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPointSizeF(size)
    font.setBold(bold)
    # Shapes must not depend on the screen's hinting when printing.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


class ReceiptPainter:
    """Paints receipts onto an active QPainter whose device is at a paper corner origin."""

    def __init__(self, painter: QPainter, paper: str) -> None:
        self.p = painter
        device = painter.device()
        self.dpm = device.logicalDpiX() / 25.4  # device pixels per millimetre
        self.device = device
        size = page_size(paper).size(QPageSize.Unit.Millimeter)
        self.page_w, self.page_h = size.width(), size.height()
        family = font_family()
        self.fonts = _Fonts(
            body=_font(family, BODY_PT),
            bold=_font(family, BODY_PT, bold=True),
            kop=_font(family, 12, bold=True),
            kop_big=_font(family, 14, bold=True),
            title=_font(family, 12, bold=True),
            small_caps=_font(family, BODY_PT, bold=True),
        )
        self._metrics: dict[int, QFontMetricsF] = {}
        self._laid: dict[tuple[int, float, str, int], _Laid] = {}
        self._qr_cache: dict[str, tuple[list[QRectF], int]] = {}

    # -- units -------------------------------------------------------------------------
    def _r(self, x: float, y: float, w: float, h: float) -> QRectF:
        d = self.dpm
        return QRectF(x * d, y * d, w * d, h * d)

    def _fm(self, font: QFont) -> QFontMetricsF:
        key = id(font)
        if key not in self._metrics:
            self._metrics[key] = QFontMetricsF(font, self.device)
        return self._metrics[key]

    def _layout(self, font: QFont, width_mm: float, text: str, align: int) -> _Laid:
        """Wraps `text` once and keeps its glyph runs: the same strings recur on every
        receipt (labels, kop) and on both copies (the name), and laying text out costs more
        than drawing it."""
        key = (id(font), round(width_mm, 2), text, align)
        laid = self._laid.get(key)
        if laid is None:
            if len(self._laid) > 1000:
                self._laid.clear()
            layout = QTextLayout(text, font, self.device)
            option = QTextOption(Qt.AlignmentFlag(align))
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            layout.setTextOption(option)
            layout.beginLayout()
            y = 0.0
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width_mm * self.dpm)
                line.setPosition(QPointF(0, y))
                y += line.height()
            layout.endLayout()
            laid = _Laid(y / self.dpm, layout.glyphRuns())
            self._laid[key] = laid
        return laid

    def _text_h(self, font: QFont, width_mm: float, text: str) -> float:
        """Height in mm of `text` wrapped to `width_mm`."""
        return self._layout(font, width_mm, text, _LEFT).height

    def _text(
        self,
        font: QFont,
        x: float,
        y: float,
        w: float,
        text: str,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> float:
        """Draws wrapped text at (x, y) mm; returns its height in mm."""
        laid = self._layout(font, w, text, _ALIGN[align])
        origin = QPointF(x * self.dpm, y * self.dpm)
        for run in laid.runs:
            self.p.drawGlyphRun(origin, run)
        return laid.height

    def _line(self, x1: float, y1: float, x2: float, y2: float, width_mm: float) -> None:
        pen = QPen(Qt.GlobalColor.black)
        pen.setWidthF(width_mm * self.dpm)
        self.p.setPen(pen)
        self.p.drawLine(
            QPointF(x1 * self.dpm, y1 * self.dpm), QPointF(x2 * self.dpm, y2 * self.dpm)
        )
        self.p.setPen(Qt.GlobalColor.black)

    # -- pages -------------------------------------------------------------------------
    def paint_sheet(self, content: ReceiptContent) -> None:
        """One sheet: the receipt once, or twice (worker copy above, archive copy below)."""
        x, w = MARGIN_MM, self.page_w - 2 * MARGIN_MM
        if content.copies == 2:
            h = (self.page_h - 2 * MARGIN_MM - CUT_GAP_MM) / 2
            self._paint_copy(content, 0, x, MARGIN_MM, w, h)
            cut_y = MARGIN_MM + h + CUT_GAP_MM / 2
            pen = QPen(Qt.GlobalColor.black)
            pen.setWidthF(0.2 * self.dpm)
            pen.setStyle(Qt.PenStyle.DashLine)
            self.p.setPen(pen)
            self.p.drawLine(
                QPointF(6 * self.dpm, cut_y * self.dpm),
                QPointF((self.page_w - 6) * self.dpm, cut_y * self.dpm),
            )
            self.p.setPen(Qt.GlobalColor.black)
            self._paint_copy(content, 1, x, MARGIN_MM + h + CUT_GAP_MM, w, h)
        else:
            self._paint_copy(content, 0, x, MARGIN_MM, w, self.page_h - 2 * MARGIN_MM)

    def _paint_copy(
        self, c: ReceiptContent, index: int, x: float, top: float, w: float, h: float
    ) -> None:
        f = self.fonts
        center = Qt.AlignmentFlag.AlignHCenter
        right = Qt.AlignmentFlag.AlignRight
        # Marks in the top corners: which copy, and SALINAN for a reprint.
        label = c.copy_label(index)
        if label:
            self._text(f.body, x, top, w, label, right)
        if c.reprint_label:
            bw = self._fm(f.bold).horizontalAdvance(c.reprint_label) / self.dpm + 4
            self.p.setPen(QPen(Qt.GlobalColor.black, 0.4 * self.dpm))
            self.p.drawRect(self._r(x, top, bw, 6))
            self.p.setPen(Qt.GlobalColor.black)
            self._text(f.bold, x, top + 0.6, bw, c.reprint_label, center)
        # Kop: government, kecamatan, desa, then the double rule of an Indonesian letterhead.
        line_h = self._text_h(f.body, w, "Ag")
        y = top
        y += self._text(f.kop, x, y, w, c.kop[0], center)
        y += self._text(f.kop, x, y, w, c.kop[1], center)
        y += self._text(f.kop_big, x, y, w, c.kop[2], center) + 1
        self._line(x, y, x + w, y, 0.6)
        self._line(x, y + 0.9, x + w, y + 0.9, 0.2)
        y += 3
        # Title and number.
        y += self._text(f.title, x, y, w, c.title, center)
        number = f"Nomor: {c.number}"
        if c.batch_line:
            number += f"   ·   {c.batch_line}"
        y += self._text(f.body, x, y, w, number, center) + 2.5
        # The rows, with the QR code in a column on the right.
        rows_top = y
        value_x = x + LABEL_MM + 3
        value_w = w - LABEL_MM - 3 - QR_MM - 4
        for label_text, value in c.rows:
            lh = self._text(f.body, x, y, LABEL_MM, label_text)
            self._text(f.body, x + LABEL_MM, y, 3, ":")
            font = f.bold if label_text in ("Nama", "NIK") else f.body
            vh = self._text(font, value_x, y, value_w, value)
            y += max(lh, vh) + 0.3
        qr_x = x + w - QR_MM
        self._paint_qr(c.qr_payload, qr_x, rows_top, QR_MM)
        y = max(y, rows_top + QR_MM + 2) + 1.5
        for note in c.notes:
            y += self._text(f.body, x, y, w, note) + 0.5
        # Signatures are anchored to the bottom of the copy; the stamp gets what is left
        # (at least 12 mm, else the block moves down rather than overprinting the text).
        sig_w = w * 0.45
        left_x, right_x = x, x + w - sig_w
        names_h = max(
            self._text_h(f.bold, sig_w, c.giver_name or "Ag"),
            self._text_h(f.bold, sig_w, c.receiver_name or "Ag"),
        )
        name_y = top + h - names_h
        block_top = max(y + 1.5, name_y - 18 - 3 * line_h)
        name_y = max(name_y, block_top + 3 * line_h + 12)
        self._text(f.body, right_x, block_top, sig_w, c.place_date, center)
        self._text(f.body, left_x, block_top + line_h, sig_w, c.giver_title, center)
        self._text(f.body, left_x, block_top + 2 * line_h, sig_w, c.giver_role, center)
        self._text(f.body, right_x, block_top + line_h, sig_w, c.receiver_title, center)
        self._text(f.body, right_x, block_top + 2 * line_h, sig_w, c.receiver_role, center)
        self._signature_name(left_x, name_y, sig_w, c.giver_name)
        self._signature_name(right_x, name_y, sig_w, c.receiver_name)

    def _signature_name(self, x: float, y: float, w: float, name: str) -> None:
        f = self.fonts.bold
        if name:
            h = self._text(f, x, y, w, name, Qt.AlignmentFlag.AlignHCenter)
            adv = min(w, self._fm(f).horizontalAdvance(name) / self.dpm)
        else:
            h = self._text_h(f, w, "Ag")
            adv = w * 0.7  # a line to write the name on
        line_y = y + h - 0.3
        self._line(x + (w - adv) / 2, line_y, x + (w + adv) / 2, line_y, 0.25)

    def _paint_qr(self, payload: str, x: float, y: float, size: float) -> None:
        cached = self._qr_cache.get(payload)
        if cached is None:
            cached = qr_rects(payload)
            self._qr_cache = {payload: cached}  # one receipt's two copies share it
        rects, modules = cached
        self.p.save()
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(Qt.GlobalColor.black))
        self.p.translate(x * self.dpm, y * self.dpm)
        scale = size * self.dpm / modules
        self.p.scale(scale, scale)
        # drawRects: a tenth of the time fillPath takes on a PDF for the same modules.
        self.p.drawRects(rects)
        self.p.restore()


QUIET_ZONE = 4  # modules of white around the symbol, as ISO/IEC 18004 asks


_DARK_RUN = re.compile(rb"[\x00-\x7f]+")  # zxing-cpp's image: 0 dark, 255 light


def _module_rect(run: tuple[int, int], top: int, height: int) -> QRectF:
    start, end = run
    return QRectF(QUIET_ZONE + start, QUIET_ZONE + top, end - start, height)


def qr_rects(payload: str) -> tuple[list[QRectF], int]:
    """The dark modules of the QR code (error correction M) as horizontal runs in module
    units, and the symbol's size including the quiet zone, so nothing else is ever painted
    within it.

    zxing-cpp's encoder (C++) takes 1-3 ms; the pure-Python segno needed
    7-35 ms a code, too slow for 500 receipts in one job.
    """
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    view = memoryview(code.to_image(scale=1, add_quiet_zones=False))
    rows, cols = view.shape
    data = view.tobytes()
    # Runs that repeat in the rows below grow into one taller rectangle: fewer PDF operators.
    open_runs: dict[tuple[int, int], list[int]] = {}  # (start, end) -> [first row, height]
    rects: list[QRectF] = []
    for r in range(rows):
        row = data[r * cols : (r + 1) * cols]
        runs = {(m.start(), m.end()) for m in _DARK_RUN.finditer(row)}
        for key in list(open_runs):
            if key not in runs:
                top, height = open_runs.pop(key)
                rects.append(_module_rect(key, top, height))
        for key in runs:
            if key in open_runs:
                open_runs[key][1] += 1
            else:
                open_runs[key] = [r, 1]
    rects += [_module_rect(key, top, height) for key, (top, height) in open_runs.items()]
    return rects, max(rows, cols) + 2 * QUIET_ZONE


def paint_receipts(
    painter: QPainter,
    device: QPagedPaintDevice,
    contents: Sequence[ReceiptContent],
    paper: str,
    *,
    progress: Progress | None = None,
    check: Callable[[], None] | None = None,
) -> None:
    """Paints one sheet per receipt on an active painter, starting a new page between them."""
    rp = ReceiptPainter(painter, paper)
    total = len(contents)
    for i, content in enumerate(contents):
        if check is not None:
            check()
        if i:
            device.newPage()
        rp.paint_sheet(content)
        if progress is not None and (i % 10 == 9 or i + 1 == total):
            progress(i + 1, total)
