from __future__ import annotations

from datetime import date

import pytest

from enrolment.receipts.numbering import ReceiptNumber, ReceiptNumberError
from enrolment.receipts.qr import (
    QrPayloadError,
    build_payload,
    looks_like_payload,
    nik_hash,
    nik_matches,
    parse_payload,
)

NUMBER = ReceiptNumber.of("36.04.07.2011", 2025, 7)
NIK = "3604071203900001"
DAY = date(2025, 12, 10)


def test_round_trip() -> None:
    text = build_payload(NUMBER, NIK, DAY)
    assert looks_like_payload(text)
    qr = parse_payload(text)
    assert qr.number == NUMBER
    assert qr.desa == "3604072011"
    assert qr.issued == DAY
    assert qr.text == text
    assert nik_matches(qr, NIK)
    assert not nik_matches(qr, "3604071203900002")


def test_never_carries_the_nik_and_is_salted_per_receipt() -> None:
    text = build_payload(NUMBER, NIK, DAY)
    assert NIK not in text and NIK[-4:] + NIK[:4] not in text
    other = ReceiptNumber.of("36.04.07.2011", 2025, 8)
    assert nik_hash(NUMBER, NIK) != nik_hash(other, NIK)
    # QR alphanumeric characters only (small code, scans from paper).
    assert set(text) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def test_pasted_text_is_tolerant_of_case_and_spaces() -> None:
    text = build_payload(NUMBER, NIK, DAY)
    assert parse_payload(f"  {text.lower()}\n").number == NUMBER


@pytest.mark.parametrize("position", [10, 30, 40, 55])
def test_any_changed_character_is_caught(position: int) -> None:
    text = build_payload(NUMBER, NIK, DAY)
    ch = text[position]
    bad = text[:position] + ("1" if ch != "1" else "2") + text[position + 1 :]
    with pytest.raises((QrPayloadError, ReceiptNumberError)):
        parse_payload(bad)


def test_foreign_text_refused() -> None:
    for text in ["https://example.org", "JRT1*abc", "JRT2*" + "x" * 40]:
        with pytest.raises(QrPayloadError):
            parse_payload(text)
