"""EXIF/TIFF orientation: which turns a still needs on screen, and which its decoder made.

Orientation 1-8 says how the stored pixels are shown (EXIF 2.32, TIFF 6.0 tag 274). Pillow
applies it itself for one format only, measured on every format Stills reads (tests/core/
test_orientation.py checks it against the installed Pillow): a TIFF is turned on load, whatever
its compression (Pillow 6.2 turned TIFFs on load, 10.1 does it through ``exif_transpose`` and
then drops the tag), and its reported size is already turned. JPEG, MPO, PNG (eXIf), WebP and
AVIF come back as stored: Pillow reports an AVIF's irot/imir boxes as an EXIF orientation and
leaves the pixels alone. So the turns left to Stills are the still's orientation after undoing
what the decoder did; doing them again showed every TIFF with Orientation 2-8 mirrored or
turned.
"""

from __future__ import annotations

from PIL import Image

Turns = tuple[Image.Transpose, ...]

#: The transposition that shows the stored pixels as ``orientation`` says.
TRANSPOSE: dict[int, Image.Transpose] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
#: Each transposition's inverse: the flips and 180° undo themselves, the quarter turns swap.
_INVERSE = {step: step for step in TRANSPOSE.values()} | {
    Image.Transpose.ROTATE_270: Image.Transpose.ROTATE_90,
    Image.Transpose.ROTATE_90: Image.Transpose.ROTATE_270,
}
#: The formats whose Pillow decoder applies the orientation while loading.
TURNED_BY_DECODER = frozenset({"TIFF"})


def swaps_sides(orientation: int | None) -> bool:
    """Whether the orientation turns the still by a quarter (width and height swap)."""
    return orientation in (5, 6, 7, 8)


def applied_by_decoder(im: Image.Image) -> int:
    """The orientation Pillow applies when it loads ``im`` (opened, not loaded yet): the one
    its own ``exif_transpose`` reads, for a TIFF; 1 for every other format."""
    if im.format not in TURNED_BY_DECODER:
        return 1
    value = im.getexif().get(0x0112)
    return value if isinstance(value, int) and value in TRANSPOSE else 1


def turns_left(wanted: int | None, applied: int) -> Turns:
    """The transpositions that show as ``wanted`` pixels already shown as ``applied``."""
    wanted = wanted if wanted in TRANSPOSE else 1
    if wanted == applied:
        return ()
    undo = (_INVERSE[TRANSPOSE[applied]],) if applied in TRANSPOSE else ()
    return undo + ((TRANSPOSE[wanted],) if wanted in TRANSPOSE else ())


def turn(image: Image.Image, turns: Turns) -> Image.Image:
    for step in turns:
        image = image.transpose(step)
    return image
