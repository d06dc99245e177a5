"""Write the Windows .ico from the app's 256 px PNG (used by build.spec and the MSI)."""

from __future__ import annotations

import struct
from pathlib import Path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def write_ico(png: Path, ico: Path) -> Path:
    """Write ``ico`` with one PNG-compressed entry per size in :data:`ICON_SIZES`."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage

    _ = QGuiApplication.instance()  # QImage scaling needs no application object
    source = QImage(str(png))
    if source.isNull():
        raise OSError(f"cannot read the icon {png}")
    images = []
    for size in ICON_SIZES:
        scaled = source.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        scaled.save(buffer, "PNG")
        images.append(bytes(buffer.data()))
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory = b""
    for size, data in zip(ICON_SIZES, images, strict=True):
        side = 0 if size == 256 else size  # 0 stands for 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    ico.parent.mkdir(parents=True, exist_ok=True)
    ico.write_bytes(header + directory + b"".join(images))
    return ico
