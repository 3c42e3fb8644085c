"""Small kits made on the fly for tests (no binary blobs of unknown origin)."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

from PIL import Image


def jpeg_bytes(
    size=(320, 200), color=(30, 60, 120), exif_orientation: int | None = None, description: str | None = None
) -> bytes:
    im = Image.new("RGB", size, color)
    # A bright block in the top-left corner shows which way the image is turned.
    im.paste((250, 250, 20), (0, 0, size[0] // 4, size[1] // 4))
    exif = Image.Exif()
    if exif_orientation:
        exif[0x0112] = exif_orientation
    if description:
        exif[0x010E] = description
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90, exif=exif.tobytes() if len(exif) else b"")
    return buf.getvalue()


def png_bytes(size=(200, 120), color=(200, 40, 40, 255)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGBA", size, color).save(buf, "PNG")
    return buf.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def tree_digest(root: Path) -> dict[str, str]:
    """Every file under root with the SHA-256 of its bytes: proof a kit was not touched."""
    found = {}
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = Path(folder, name)
            if path.is_symlink():
                found[str(path.relative_to(root))] = "link:" + os.readlink(path)
                continue
            found[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found
