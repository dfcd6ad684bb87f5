"""Writing a file whole: temporary name beside the target, fsync, verify, then rename.

A power cut or a pulled USB stick at any moment leaves either the old file (or none) or the
complete new one under the final name, never a torn file. The temporary name ends in `.tmp`
so a leftover one is recognisable and never mistaken for a finished file.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO


def temp_path_for(target: Path) -> Path:
    """A unique temporary name in the target's folder (same volume: the rename is atomic)."""
    return target.with_name(f"{target.stem}-{uuid.uuid4().hex[:8]}.tmp")


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Makes a rename durable on POSIX; Windows cannot open a folder for this (NTFS and FAT
    write the directory entry with the rename, so there is nothing to do there).

    Best effort: the file is already whole under its final name, so a file system that
    refuses this (FAT on some kernels) must not turn a good write into a failure.
    """
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def _made_whole(target: Path, verify: Callable[[Path], None] | None) -> Iterator[Path]:
    """Yields the temporary path; when the block ends without error the file there is
    fsync'ed, checked by `verify(tmp)` and renamed to `target`. On any failure the temporary
    file is removed and `target` is left as it was."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_for(target)
    try:
        yield tmp
        fsync_file(tmp)
        if verify is not None:
            verify(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def write_whole(
    target: Path,
    write: Callable[[Path], None],
    verify: Callable[[Path], None] | None = None,
) -> Path:
    """Calls `write(tmp)` to produce the file under a temporary name, then makes it final.

    `verify(tmp)` may raise to refuse the result; the temporary file is removed on any
    failure and an existing `target` is left as it was.
    """
    with _made_whole(target, verify) as tmp:
        write(tmp)
    return target


def write_bytes_whole(
    target: Path, data: bytes, verify: Callable[[Path], None] | None = None
) -> Path:
    """`write_whole` for content already in memory."""

    def _write(tmp: Path) -> None:
        with tmp.open("wb") as handle:
            handle.write(data)

    return write_whole(target, _write, verify)


@contextlib.contextmanager
def atomic_file(target: Path, verify: Callable[[Path], None] | None = None) -> Iterator[IO[bytes]]:
    """`write_whole` for code that writes to an open file: yields it under a temporary name;
    when the block ends it is checked by `verify(temp path)` and renamed to `target`, as in
    `write_whole`."""
    with _made_whole(target, verify) as tmp, tmp.open("xb") as handle:
        yield handle
