from __future__ import annotations

import pytest

from enrolment.receipts.numbering import (
    ReceiptNumber,
    ReceiptNumberError,
    mod97_check,
    mod97_valid,
    parse_receipt_number,
)

SAMPLE = ReceiptNumber.of("36.04.07.2011", 2025, 123)


def test_text_and_iban_style_check() -> None:
    assert SAMPLE.payload == "36040720112025000123"
    assert SAMPLE.text == f"3604072011-2025-000123-{SAMPLE.check}"
    assert int(SAMPLE.payload + SAMPLE.check) % 97 == 1
    # The IBAN example GB82 WEST 1234 5698 7654 32, rearranged to digits (WEST → 32142829,
    # GB → 1611), has check digits 82 under the same scheme.
    assert mod97_check("32142829123456987654321611") == "82"
    assert mod97_valid("3214282912345698765432161182")


def test_round_trip_and_typing_variants() -> None:
    assert parse_receipt_number(SAMPLE.text) == SAMPLE
    assert parse_receipt_number(f"  36.04.07.2011/2025/123/{SAMPLE.check} ") == SAMPLE
    assert parse_receipt_number(SAMPLE.payload + SAMPLE.check) == SAMPLE
    assert parse_receipt_number(SAMPLE.text.replace("-", " ")) == SAMPLE


def _digits_of(n: ReceiptNumber) -> str:
    return n.payload + n.check


def _from_digits(d: str) -> str:
    return f"{d[:10]}-{d[10:14]}-{d[14:20]}-{d[20:]}"


NUMBERS = [
    SAMPLE,
    ReceiptNumber.of("36.04.35.2001", 2026, 1),
    ReceiptNumber.of("36.04.05.2019", 2031, 987654),
    ReceiptNumber.of("36.04.28.2007", 2025, 135790),
]


@pytest.mark.parametrize("number", NUMBERS, ids=str)
def test_every_single_digit_error_is_caught(number: ReceiptNumber) -> None:
    good = _digits_of(number)
    assert len(good) == 22
    for i, ch in enumerate(good):
        for other in "0123456789":
            if other == ch:
                continue
            bad = good[:i] + other + good[i + 1 :]
            with pytest.raises(ReceiptNumberError, match="Angka pemeriksa"):
                parse_receipt_number(_from_digits(bad))


@pytest.mark.parametrize("number", NUMBERS, ids=str)
def test_every_adjacent_transposition_is_caught(number: ReceiptNumber) -> None:
    good = _digits_of(number)
    swapped = 0
    for i in range(len(good) - 1):
        a, b = good[i], good[i + 1]
        if a == b:
            continue
        bad = good[:i] + b + a + good[i + 2 :]  # includes swaps into the check digits
        with pytest.raises(ReceiptNumberError, match="Angka pemeriksa"):
            parse_receipt_number(_from_digits(bad))
        swapped += 1
    assert swapped >= 8


def test_transposition_of_any_digit_pair_changes_the_remainder() -> None:
    # The algebra behind it: swapping digits a≠b at positions i+1, i changes the number by
    # (a-b)·9·10^i, never a multiple of the prime 97.
    for i in range(22):
        for diff in range(1, 10):
            assert (diff * 9 * 10**i) % 97 != 0
            assert (diff * 10**i) % 97 != 0


@pytest.mark.parametrize(
    "text",
    ["", "abc", "3604072011-2025-000123", "3604072011-25-000123-11", "360407201-2025-1-11",
     "3604072011-2025-0001234-11", "٣604072011-2025-000123-11"],
)  # fmt: skip
def test_malformed_numbers_say_so(text: str) -> None:
    with pytest.raises(ReceiptNumberError) as info:
        parse_receipt_number(text)
    assert "tidak berbentuk benar" in str(info.value)


def test_wrong_check_digit_message() -> None:
    wrong = "00" if SAMPLE.check != "00" else "01"
    with pytest.raises(ReceiptNumberError) as info:
        parse_receipt_number(SAMPLE.text[:-2] + wrong)
    assert "Angka pemeriksa" in str(info.value)
