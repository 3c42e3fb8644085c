"""Variants: resized, recompressed, re-encoded and slightly cropped copies of one picture
group (largest first), read from the thumbnail cache; different stills never do, not even
two frames of one scene numbered as two stills."""

from __future__ import annotations

import io
import random

from helpers import encoded, scene, write
from PIL import Image

from gallery.core import variants as variants_module
from gallery.core.imaging import ThumbnailCache
from gallery.core.kit import open_kit
from gallery.core.still import Still
from gallery.core.thumbnailer import build_thumbnails
from gallery.core.variants import (
    MAX_DISTANCE,
    Fingerprint,
    VariantGroup,
    Variants,
    crop_hashes,
    fingerprints,
    group_variants,
    still_numbers,
)


def cropped(im: Image.Image, share: float) -> Image.Image:
    w, h = im.size
    return im.crop((round(w * share), round(h * share), w - round(w * share), h - round(h * share)))


def fingerprint_of(file: str, im: Image.Image) -> Fingerprint:
    small = im.copy()
    small.thumbnail((256, 256))
    return Fingerprint(file, crop_hashes(small), small.width, small.height, im.width * im.height)


def test_resized_recompressed_and_slightly_cropped_copies_group_largest_first():
    one, two = scene(1), scene(2)
    prints = [
        fingerprint_of("LR/ss_01.jpg", Image.open(io.BytesIO(encoded(one.resize((800, 450)), quality=40)))),
        fingerprint_of("HR/ss_01.tif", one),
        fingerprint_of("ss_01_web.jpg", Image.open(io.BytesIO(encoded(one.resize((480, 270)), quality=60)))),
        fingerprint_of("ss_02.jpg", two),
        fingerprint_of("ss_02_tight.jpg", cropped(two, 0.04)),
        fingerprint_of("ss_02_left.jpg", two.crop((32, 0, 1600, 900))),
        fingerprint_of("ss_03.jpg", scene(3)),
    ]
    assert group_variants(prints) == [
        VariantGroup(("HR/ss_01.tif", "LR/ss_01.jpg", "ss_01_web.jpg")),
        VariantGroup(("ss_02.jpg", "ss_02_left.jpg", "ss_02_tight.jpg")),
    ]


def test_forty_different_stills_and_two_frames_of_one_scene_do_not_group():
    prints = [fingerprint_of(f"still_{n:02d}.jpg", scene(100 + n)) for n in range(40)]
    nearest = min(a.distance(b) for i, a in enumerate(prints) for b in prints[i + 1 :])
    assert nearest > 2 * MAX_DISTANCE
    frames = [fingerprint_of(f"ss_{n:02d}.jpg", scene(7, box=(300 + 300 * n, 450))) for n in range(1, 4)]
    assert group_variants(prints + frames) == []


def test_still_numbers_ignore_years():
    assert still_numbers("HR/SS_03_v2.tif") == {3, 2}
    assert still_numbers("SpaceSweepers_2021.jpg") == frozenset()


def test_variants_found_from_the_kits_cached_thumbnails(tmp_path):
    one = scene(11)
    write(tmp_path / "HR" / "ss_01.tif", encoded(one, "TIFF"))
    write(tmp_path / "LR" / "ss_01.jpg", encoded(one.resize((640, 360)), quality=50))
    write(tmp_path / "ss_02.png", encoded(scene(12), "PNG"))
    kit = open_kit(tmp_path)
    cache = ThumbnailCache(tmp_path.parent / "cache")
    build_thumbnails(kit, cache=cache)
    prints = fingerprints(kit.stills, lambda still: cache.read(kit, still, 256))
    assert [p.file for p in prints] == ["HR/ss_01.tif", "LR/ss_01.jpg", "ss_02.png"]
    assert group_variants(prints) == [VariantGroup(("HR/ss_01.tif", "LR/ss_01.jpg"))]


def test_two_frames_a_step_apart_group_only_when_their_names_do_not_number_them_apart():
    first, second = scene(7, box=(400, 450)), scene(7, box=(560, 450))  # about 7 bits apart
    numbered = [fingerprint_of("ss_04.jpg", first), fingerprint_of("ss_05.jpg", second)]
    assert group_variants(numbered) == []
    unnumbered = [fingerprint_of("bridge.jpg", first), fingerprint_of("bridge_web.jpg", second)]
    assert group_variants(unnumbered) == [VariantGroup(("bridge.jpg", "bridge_web.jpg"))]


def brute_force_groups(prints, max_distance=MAX_DISTANCE):
    """What group_variants found before its band index: every pair compared."""
    parent = list(range(len(prints)))

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(len(prints)):
        for j in range(i + 1, len(prints)):
            if variants_module._variants(prints[i], prints[j], max_distance):
                parent[max(root(i), root(j))] = min(root(i), root(j))
    members = {}
    for i, f in enumerate(prints):
        members.setdefault(root(i), []).append(f)
    return [
        VariantGroup(tuple(f.file for f in sorted(g, key=lambda f: (-f.pixels, -f.size, f.file))))
        for _, g in sorted(members.items())
        if len(g) > 1
    ]


def test_the_band_index_finds_the_same_groups_as_comparing_every_pair():
    rng = random.Random(5)
    prints = []
    for n in range(300):
        base = rng.getrandbits(128)
        prints.append(Fingerprint(f"pic_{n}.jpg", (base, base ^ rng.getrandbits(128)), 16, 9, 100))
        for copy in range(rng.choice((0, 0, 1, 2))):  # copies 0 to 16 bits off: some group, some not
            flips = rng.sample(range(128), rng.randint(0, 16))
            near = base ^ sum(1 << b for b in flips)
            prints.append(Fingerprint(f"pic_{n}_v{copy}.jpg", (near,), 16, 9, 50 - copy))
    rng.shuffle(prints)
    found = group_variants(prints)
    assert found == brute_force_groups(prints)
    assert len(found) > 50  # the test has groups to find, not only strangers


def test_variants_say_which_tile_stands_for_a_picture():
    groups = [VariantGroup(("HR/ss_01.tif", "LR/ss_01.jpg", "ss_01_web.jpg")), VariantGroup(("b.jpg", "b_web.jpg"))]
    variants = Variants(groups)
    assert variants.hidden == {"LR/ss_01.jpg", "ss_01_web.jpg", "b_web.jpg"}
    assert variants.count("HR/ss_01.tif") == 3 and variants.count("LR/ss_01.jpg") == 0
    assert variants.count("alone.jpg") == 0 and variants.of("alone.jpg") is None
    assert variants.of("ss_01_web.jpg").largest == "HR/ss_01.tif"
    assert not Variants()


def test_two_black_frames_are_not_one_picture():
    # Flat frames hash alike whatever they are (no edges): only their detail tells them apart.
    black = Image.new("RGB", (256, 144), (2, 2, 2))
    almost = Image.new("RGB", (256, 144), (9, 8, 10))
    frames = {"black_01.jpg": black, "black_02.jpg": almost}
    prints = fingerprints([Still(file=name) for name in frames], lambda still: frames[still.file])
    assert prints[0].distance(prints[1]) == 0
    assert group_variants(prints) == []
