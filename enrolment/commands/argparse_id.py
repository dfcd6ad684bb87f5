"""argparse in Indonesian: the words of `--help` and of its error lines.

argparse looks its texts up through gettext at the moment it prints them (`argparse._`);
Python ships no Indonesian catalogue, so the headless commands install this small one. Texts
not listed stay as argparse has them.
"""

from __future__ import annotations

import argparse

_TEXTS = {
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen",
    "options": "pilihan",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: salah: %(message)s\n",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan %(value)r tidak ada (pilih salah satu: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "nilai %(value)r tidak sah",
    "expected one argument": "perlu satu nilai",
    "expected at least one argument": "perlu paling sedikit satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "pilihan %(option)s tidak jelas: bisa %(matches)s"
    ),
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
}


def _translate(text: str) -> str:
    return _TEXTS.get(text, text)


def install() -> None:
    """From now on argparse speaks Indonesian in this process."""
    argparse._ = _translate  # type: ignore[attr-defined]
