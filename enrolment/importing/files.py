"""Writing a file whole: temporary name in the destination folder, fsync, verify, replace."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically(
    target: Path,
    write: Callable[[Path], None],
    verify: Callable[[Path], None] | None = None,
) -> Path:
    """Calls `write(tmp)`, fsyncs the result, runs `verify(tmp)`, then renames it to `target`.

    A failure at any step leaves `target` as it was and removes the temporary file.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix="~jaring-", suffix=".tmp", dir=target.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with tmp.open("rb+") as stream:
            stream.flush()
            os.fsync(stream.fileno())
        if verify is not None:
            verify(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
