"""Where a batch can go: removable drives first (QStorageInfo), then any folder."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStorageInfo

# File systems that sticks and memory cards use; a fixed disk is NTFS/ext4/APFS.
_STICK_FILESYSTEMS = {"vfat", "fat", "fat12", "fat16", "fat32", "exfat", "msdos", "fuseblk"}
_STICK_MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass(frozen=True)
class Destination:
    path: Path
    label: str
    removable: bool
    free_bytes: int


def _windows_removable(root: str) -> bool:
    import ctypes

    drive_removable = 2
    return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == drive_removable)  # type: ignore[attr-defined]


def is_removable(volume: QStorageInfo) -> bool:
    root = volume.rootPath()
    if sys.platform == "win32":
        try:
            return _windows_removable(root)
        except (OSError, AttributeError):
            pass
    fs = bytes(volume.fileSystemType().data()).decode("ascii", "ignore").lower()
    if fs in _STICK_FILESYSTEMS:
        return True
    return root.startswith(_STICK_MOUNT_ROOTS) and root not in ("/mnt/", "/Volumes/")


def removable_drives() -> list[Destination]:
    """Writable removable volumes, largest free space first."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        if not is_removable(volume):
            continue
        root = Path(volume.rootPath())
        if not os.access(root, os.W_OK):
            continue
        name = volume.displayName() or root.name or str(root)
        free = volume.bytesAvailable()
        label = QCoreApplication.translate("Drives", "{name} ({root}) — {free} kosong").format(
            name=name, root=root, free=_size(free)
        )
        found.append(Destination(root, label, True, free))
    return sorted(found, key=lambda d: -d.free_bytes)


def _size(n: int) -> str:
    if n >= 1 << 30:
        return f"{n / (1 << 30):.1f} GB".replace(".", ",")
    return f"{n / (1 << 20):.0f} MB"
