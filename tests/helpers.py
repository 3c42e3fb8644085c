"""Small kits made on the fly for tests (no binary blobs of unknown origin)."""

from __future__ import annotations

import hashlib
import io
import os
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter


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


def jpeg_with_preview(
    size=(640, 480),
    color=(30, 60, 120),
    preview_color=(220, 30, 30),
    orientation: int | None = 1,
    offset: int | None = None,
    length: int | None = None,
) -> bytes:
    """A JPEG whose EXIF carries a 160×120 IFD1 thumbnail of another colour (so a test can
    tell the preview from the real thumbnail). The EXIF block is the benchmark's builder."""
    benchmarks = str(Path(__file__).resolve().parent.parent / "benchmarks")
    if benchmarks not in sys.path:
        sys.path.insert(0, benchmarks)
    from exif_thumbnail import exif_with_thumbnail, thumbnail_jpeg

    im = Image.new("RGB", size, color)
    im.paste((250, 250, 20), (0, 0, size[0] // 4, size[1] // 4))
    preview = Image.new("RGB", size, preview_color)
    preview.paste((250, 250, 20), (0, 0, size[0] // 4, size[1] // 4))
    exif = exif_with_thumbnail(thumbnail_jpeg(preview), orientation, offset=offset, length=length)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90, exif=exif)
    return buf.getvalue()


# An XMP packet whose dc:title is wide (Korean and an accent): the metadata readers' tests
# wrap it in each container.
XMP_PACKET = (
    "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
    "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
    "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
    "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>승리호 Café</rdf:li></rdf:Alt></dc:title>"
    "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
)


def scene(seed: int, size=(1600, 900), box: tuple[int, int] | None = None) -> Image.Image:
    """A picture with structure at every scale (blurred discs), and optionally a bright box."""
    rnd = random.Random(seed)
    im = Image.new("RGB", size, tuple(rnd.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(im)
    for _ in range(25):
        x, y, r = rnd.randrange(size[0]), rnd.randrange(size[1]), rnd.randrange(30, 330)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rnd.randrange(256) for _ in range(3)))
    if box:
        x, y = box
        draw.rectangle((x - 120, y - 120, x + 120, y + 120), fill=(250, 250, 250))
    return im.filter(ImageFilter.GaussianBlur(5))


def encoded(im: Image.Image, fmt: str = "JPEG", **options) -> bytes:
    out = io.BytesIO()
    im.save(out, fmt, **options)
    return out.getvalue()
