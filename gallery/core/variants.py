"""Variants: the same picture more than once in a kit (an HR and an LR folder, a ``_web``
copy, a TIFF beside its JPEG, a slightly tighter crop), found by a perceptual hash of each
still's cached thumbnail, so that a grid can show one tile per picture.

The hash is a difference hash (each cell of an 8 × 8 grey copy brighter than its right-hand
neighbour, and than the one below: 128 bits), unchanged by size and recompression. It is
taken of the whole thumbnail and of two centred crops (3 % and 6 % off each side), and two
stills are as far apart as their closest pair of hashes: a copy cropped a little matches one
of the crops. Two stills are variants when at most ``MAX_DISTANCE`` bits apart with nearly
the same shape; when their names carry different still numbers ("ss_03" and "ss_04": the
publisher counts them as two stills, perhaps two frames of one shot) only near-identical
copies (``NUMBERED_DISTANCE``) group. Variants of variants group together. A group's first
still is the largest (pixels, then bytes): what export and drag should offer by default.

Measured on generated scenes (tests/core/test_variants.py): resized and recompressed copies
0-1 bits, centred crops up to 8 % 0-12, 2 % off one side 9 (3 % off one side: 14, not
grouped); different scenes 33 and more; one scene with a large object moved 16.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PIL import Image, ImageStat

from gallery.core.still import Still

MAX_DISTANCE = 12
NUMBERED_DISTANCE = 4
#: Width/height ratios further apart than this (as a share) are not one picture.
MAX_SHAPE_CHANGE = 0.15
#: Below this grey standard deviation a thumbnail is flat (see ``Fingerprint.detail``).
MIN_DETAIL = 6.0
#: Mean colours further apart than this in a channel (of 255) are two pictures.
MAX_COLOUR_SHIFT = 24.0
#: The centred crops hashed besides the whole picture (share cut from each side).
CROPS = (0.0, 0.03, 0.06)
_SIDE = 8


def perceptual_hash(image: Image.Image) -> int:
    """A 128-bit difference hash (rows, then columns) of ``image``."""
    grey = image.convert("L")
    wide = grey.resize((_SIDE + 1, _SIDE), Image.Resampling.BOX).tobytes()
    tall = grey.resize((_SIDE, _SIDE + 1), Image.Resampling.BOX).tobytes()
    bits = 0
    for y in range(_SIDE):
        for x in range(_SIDE):
            bits = (bits << 1) | (wide[y * (_SIDE + 1) + x] > wide[y * (_SIDE + 1) + x + 1])
    for y in range(_SIDE):
        for x in range(_SIDE):
            bits = (bits << 1) | (tall[y * _SIDE + x] > tall[(y + 1) * _SIDE + x])
    return bits


def crop_hashes(image: Image.Image) -> tuple[int, ...]:
    """The hash of ``image`` and of its centred crops (``CROPS``)."""
    w, h = image.size
    hashes = []
    for share in CROPS:
        dx, dy = round(w * share), round(h * share)
        part = image.crop((dx, dy, w - dx, h - dy)) if share and w - 2 * dx > 8 and h - 2 * dy > 8 else image
        hashes.append(perceptual_hash(part))
    return tuple(hashes)


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


@dataclass(frozen=True)
class Fingerprint:
    """What grouping needs of one still: its file, hashes, shape (of the thumbnail, turned as
    shown) and how big the original is."""

    file: str
    hashes: tuple[int, ...]
    width: int
    height: int
    pixels: int = 0
    size: int = 0
    #: The grey level's standard deviation: a flat picture (a black frame, a colour card) has
    #: no hash worth comparing, and never groups.
    detail: float = 255.0
    #: The mean colour: the hash is of the grey copy, so a recoloured picture is told by this.
    colour: tuple[float, ...] = ()

    def distance(self, other: Fingerprint) -> int:
        return min(distance(a, b) for a in self.hashes for b in other.hashes)


@dataclass(frozen=True)
class VariantGroup:
    """Stills of one picture, the largest first."""

    files: tuple[str, ...]

    @property
    def largest(self) -> str:
        return self.files[0]


def still_numbers(file: str) -> frozenset[int]:
    """The numbers in a still's file name ("HR/SS_03_v2.tif": {3, 2}; years are not numbers)."""
    stem = file.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return frozenset(int(n) for n in re.findall(r"\d+", stem) if len(n) <= 3)


def _same_shape(a: Fingerprint, b: Fingerprint) -> bool:
    if not (a.width and a.height and b.width and b.height):
        return True
    ra, rb = a.width / a.height, b.width / b.height
    return abs(ra - rb) / max(ra, rb) <= MAX_SHAPE_CHANGE


def _variants(a: Fingerprint, b: Fingerprint, max_distance: int) -> bool:
    if not _same_shape(a, b) or min(a.detail, b.detail) < MIN_DETAIL:
        return False
    if a.colour and b.colour and max(abs(x - y) for x, y in zip(a.colour, b.colour, strict=False)) > MAX_COLOUR_SHIFT:
        return False
    na, nb = still_numbers(a.file), still_numbers(b.file)
    limit = NUMBERED_DISTANCE if na and nb and not na & nb else max_distance
    return a.distance(b) <= limit


#: The hash is cut into bands for finding candidates: two hashes at most ``MAX_DISTANCE`` bits
#: apart agree on at least one of ``MAX_DISTANCE + 1`` bands (pigeonhole), so comparing only
#: stills that share a band finds every pair the full comparison would, in near-linear time.
_BANDS = MAX_DISTANCE + 1
_BITS = 2 * _SIDE * _SIDE


def _band_keys(hashes: tuple[int, ...]) -> set[tuple[int, int]]:
    keys = set()
    for value in hashes:
        for band in range(_BANDS):
            start, end = band * _BITS // _BANDS, (band + 1) * _BITS // _BANDS
            keys.add((band, (value >> start) & ((1 << (end - start)) - 1)))
    return keys


def candidate_pairs(prints: Sequence[Fingerprint], max_distance: int = MAX_DISTANCE) -> set[tuple[int, int]]:
    """Index pairs (i < j) that may be within ``max_distance``: they share a band of some hash."""
    if max_distance > MAX_DISTANCE:  # (the bands are cut for MAX_DISTANCE: compare all)
        return {(i, j) for i in range(len(prints)) for j in range(i + 1, len(prints))}
    buckets: dict[tuple[int, int], list[int]] = {}
    for i, fingerprint in enumerate(prints):
        for key in _band_keys(fingerprint.hashes):
            buckets.setdefault(key, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > 1:
            pairs.update((a, b) for n, a in enumerate(members) for b in members[n + 1 :])
    return pairs


def group_variants(prints: Sequence[Fingerprint], max_distance: int = MAX_DISTANCE) -> list[VariantGroup]:
    """Groups of two or more stills that are one picture, in the order of their first still
    in ``prints``; each group largest first. Stills with no variant are in no group.

    Only stills sharing a band of a hash are compared (``candidate_pairs``): the same groups
    as comparing all with all, a test proves, at a fraction of the cost."""
    parent = list(range(len(prints)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in sorted(candidate_pairs(prints, max_distance)):
        if _variants(prints[i], prints[j], max_distance):
            ri, rj = root(i), root(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    members: dict[int, list[Fingerprint]] = {}
    for i, fingerprint in enumerate(prints):
        members.setdefault(root(i), []).append(fingerprint)
    groups = []
    for first in sorted(members):
        group = members[first]
        if len(group) > 1:
            ranked = sorted(group, key=lambda f: (-f.pixels, -f.size, f.file))
            groups.append(VariantGroup(tuple(f.file for f in ranked)))
    return groups


class Variants:
    """The variant groups of a kit, by file: which tile stands for a picture (its largest
    still) and which stills it hides."""

    def __init__(self, groups: Sequence[VariantGroup] = ()) -> None:
        self.groups = list(groups)
        self._group = {file: group for group in self.groups for file in group.files}
        #: The stills a grouped grid leaves out: every variant but the largest.
        self.hidden = frozenset(file for group in self.groups for file in group.files[1:])

    def __bool__(self) -> bool:
        return bool(self.groups)

    def of(self, file: str) -> VariantGroup | None:
        """The group ``file`` is in, or None when it has no variant."""
        return self._group.get(file)

    def count(self, file: str) -> int:
        """How many stills the tile of ``file`` stands for (0: it is no group's largest)."""
        group = self._group.get(file)
        return len(group.files) if group is not None and group.largest == file else 0


def fingerprints(stills: Iterable[Still], thumbnail: Callable[[Still], Image.Image | None]) -> list[Fingerprint]:
    """Fingerprints of the stills whose thumbnail ``thumbnail`` gives (a cached one:
    ``lambda s: cache.read(kit, s, 256)``); stills without one are left out."""
    found = []
    for still in stills:
        if still.error:
            continue
        image = thumbnail(still)
        if image is None:
            continue
        pixels = (still.width or 0) * (still.height or 0)
        grey = image.convert("L")  # (once: the hashes and the detail both read it)
        detail = ImageStat.Stat(grey).stddev[0]
        colour = tuple(ImageStat.Stat(image.convert("RGB")).mean)
        hashes = crop_hashes(grey)
        found.append(Fingerprint(still.file, hashes, image.width, image.height, pixels, still.size, detail, colour))
    return found
