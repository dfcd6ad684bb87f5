"""The signature block under a village list: "Mekar Jaya, 10 Desember 2025", "Mengetahui,",
"Kepala Desa", the names in brackets, an NIP. Not people: the plan shows its rows as such (never
imported, never held, never silently dropped). A row with a person in it is never part of it.
"""

from __future__ import annotations

from datetime import date

from enrolment.importing.values import Cell, ValueProblem, cell_text, parse_date

# How the signature block under a village list starts: "Mengetahui," over the head of the
# village's name, "Dibuat oleh", "Kepala Desa"…
_FOOTER_WORDS = (
    "mengetahui", "diketahui", "menyetujui", "disetujui", "dibuat oleh", "yang membuat",
    "hormat kami", "a.n.", "an. ", "pj.", "pj ", "plt.", "plt ",
    "kepala desa", "kades", "sekretaris desa", "sekdes", "camat", "ttd",
)  # fmt: skip
_FOOTER_CELLS = 3  # a signature line has at most three cells filled in


def footer_start(
    rows: list[list[Cell]], data_start: int, nik_columns: list[int], today: date
) -> int:
    """The index of the first row of the signature block under the list (len(rows) if none).

    From the bottom up, over short rows without a NIK (a signature line has at most three
    cells filled in; a person's row more, or a NIK): the block starts at the topmost row that
    opens with a signature word, or at the place-and-date line just above it ("Mekar Jaya,
    10 Desember 2025"). A short row above the signature words stays data.
    """
    top = len(rows)
    above: int | None = None  # the nearest non-empty row above `top` seen so far
    for index in range(len(rows) - 1, data_start - 1, -1):
        row = rows[index]
        texts = [t for t in (cell_text(v).strip() for v in row) if t]
        if not texts:
            continue
        if len(texts) > _FOOTER_CELLS or any(
            i < len(row) and _looks_like_nik(row[i]) for i in nik_columns
        ):
            break  # the list's own rows
        # Only signature phrases in the row: "DEDEN | Kepala Desa" is a person and his post.
        if all(t.lower().startswith(_FOOTER_WORDS) or _place_and_date(t, today) for t in texts):
            top, above = index, None
        elif above is None and top < len(rows):
            above = index
    if above is not None and _is_place_and_date(rows[above], today):
        return above
    return top


def _looks_like_nik(value: Cell) -> bool:
    """A number, or 10 to 17 digits with nothing but separators. Not "NIP. 1970…", nor a
    bare NIP (18 digits) under a signatory's name."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):  # an NIP typed as a number has 18 digits
        return 10 <= len(str(abs(int(value)))) <= 17
    text = cell_text(value)
    return 10 <= sum(ch.isdigit() for ch in text) <= 17 and not any(ch.isalpha() for ch in text)


def _is_place_and_date(row: list[Cell], today: date) -> bool:
    """Whether a row is the place-and-date line of a letter: "Mekar Jaya, 10 Desember 2025"."""
    texts = [t for t in (cell_text(v).strip() for v in row) if t]
    return len(texts) <= 2 and _place_and_date(texts[0], today)


def _place_and_date(text: str, today: date) -> bool:
    place, comma, when = text.rpartition(",")
    if not comma or not place.strip() or any(ch.isdigit() for ch in place):
        return False
    try:
        parse_date(when.strip(), today)
    except ValueProblem:
        return False
    return True
