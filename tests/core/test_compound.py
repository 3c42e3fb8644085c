"""Collections as kits (CompoundKit): stills of several kits under unique keys, the same
questions a kit answers, and the order of chosen stills moved within one."""

from __future__ import annotations

import shutil

import pytest
from presshelpers import make_press_kit, zip_kit

from gallery.core.compound import CompoundKit, origin_of, resolve_collection
from gallery.core.kit import open_kit
from gallery.core.library import Library, identify
from gallery.core.sources import MemberError


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "data" / "library.sqlite3")
    yield library
    library.close()


def test_a_collection_holds_stills_of_several_kits_with_clashing_names(tmp_path, lib):
    one = open_kit(make_press_kit(tmp_path / "one", title="One"))
    two_folder = make_press_kit(tmp_path / "two", title="Two")
    (two_folder / "b_dorothy.jpg").write_bytes((one.path / "a_taeho.jpg").read_bytes()[:-2] + b"\xff\xd9")
    two = open_kit(zip_kit(two_folder, tmp_path / "two.zip"))
    coll = lib.create_collection("Mixed")
    for kit in (one, two):
        hashes = identify(kit, lib)
        still = next(s for s in kit.stills if s.name == "b_dorothy.jpg")
        lib.add_to_collection(coll.id, [(hashes[still.file], str(kit.path), still)])
    view = resolve_collection(lib, coll.id)
    assert isinstance(view, CompoundKit)
    assert [s.file for s in view.stills] == ["one/b_dorothy.jpg", "two.zip/b_dorothy.jpg"]
    assert {k.title for k in view.kits} == {"One", "Two"}
    kit, still = origin_of(view, view.stills[1])
    assert kit.path == tmp_path / "two.zip" and still.file == "b_dorothy.jpg"
    assert view.read_bytes(view.stills[1].file) == (two_folder / "b_dorothy.jpg").read_bytes()
    assert view.character_counts() == {"Dorothy": 2}
    # Two kits in folders of the same name: the keys stay apart.
    copy = shutil.copytree(two_folder, tmp_path / "elsewhere" / "one")
    (copy / "b_dorothy.jpg").write_bytes((copy / "b_dorothy.jpg").read_bytes() + b"trailing bytes")
    three = open_kit(copy)
    still = three.still("b_dorothy.jpg")
    lib.add_to_collection(coll.id, [(identify(three, lib)["b_dorothy.jpg"], str(three.path), still)])
    keys = [s.file for s in resolve_collection(lib, coll.id).stills]
    assert len(set(keys)) == 3 and keys[0] == "one/b_dorothy.jpg"


def test_a_kit_and_a_collection_answer_the_same_questions(tmp_path, lib):
    kit = open_kit(make_press_kit(tmp_path / "kit", title="Kit"))
    coll = lib.create_collection("Picks")
    hashes = identify(kit, lib)
    lib.add_to_collection(coll.id, [(hashes[s.file], str(kit.path), s) for s in kit.stills[:2]])
    view = resolve_collection(lib, coll.id)
    assert (kit.collection_id, view.collection_id) == (None, coll.id)
    # A kit is its own origin; a collection's key leads back to the same kit file.
    assert origin_of(kit, kit.stills[0]) == (kit, kit.stills[0])
    real_kit, real = origin_of(view, view.stills[0])
    assert real.file == kit.stills[0].file and real_kit.path == kit.path
    with pytest.raises(MemberError):
        kit.origin("not-there.jpg")
    for shown in (kit, view):
        first = shown.stills[0].file
        assert shown.read_bytes(first) == (kit.path / kit.stills[0].file).read_bytes()
        assert shown.local_path(first) == kit.path / kit.stills[0].file
        assert shown.still(first) is shown.stills[0]


def test_shift_chosen_moves_a_block_one_place():
    from gallery.core.compound import shift_chosen

    assert shift_chosen("abcde", {"c", "d"}, -1) == list("acdbe")
    assert shift_chosen("abcde", {"a", "c"}, -1) == list("acbde")  # the first one stays first
    assert shift_chosen("abcde", {"b", "e"}, 1) == list("acbde")  # the last one stays last
    assert shift_chosen("abcde", set(), 1) == list("abcde")


def test_shift_chosen_in_a_filtered_view_swaps_with_the_neighbour_shown():
    from gallery.core.compound import shift_chosen

    # b, d shown (a, c, e hidden): d moves before b, into b's place; the hidden keep theirs.
    assert shift_chosen("abcde", {"d"}, -1, shown={"b", "d"}) == list("adcbe")
    assert shift_chosen("abcde", {"b"}, 1, shown={"b", "d"}) == list("adcbe")
    assert shift_chosen("abcde", {"b"}, -1, shown={"b", "d"}) == list("abcde")  # first shown: stays


def test_collection_keys_stay_unique_when_a_kit_holds_a_numbered_name():
    """(Review finding) Two kits named "kit" with x.jpg, one of them also holding "x (2).jpg"."""
    from collections import Counter

    from gallery.core.compound import _unique_key

    names: Counter[str] = Counter()
    keys = [_unique_key(names, "kit", f) for f in ("x.jpg", "x (2).jpg", "x.jpg", "x.jpg")]
    assert len(set(keys)) == 4
    assert keys[:2] == ["kit/x.jpg", "kit/x (2).jpg"]
