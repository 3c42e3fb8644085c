"""The cast read from captions: "ACTOR as CHARACTER" makes chips without a manifest."""

from __future__ import annotations

import shutil
import time

import pytest
from helpers import jpeg_bytes, write

from gallery.core.cast import MAX_CAST, Role, english_roles, korean_roles, read_cast, roles_in_caption
from gallery.core.kit import open_kit, sample_kit_path
from gallery.core.manifest import parse_manifest
from gallery.core.still import Still


def test_press_captions_name_actor_and_character():
    caption = "(L to R) Kim Tae-ri as Captain Jang, Song Joong-ki as Tae-ho, Yoo Hai-jin as Bubs in Space Sweepers."
    assert roles_in_caption(caption) == [
        Role("Kim Tae-ri", "Captain Jang"),
        Role("Song Joong-ki", "Tae-ho"),
        Role("Yoo Hai-jin", "Bubs"),
    ]
    assert roles_in_caption("Park Ye-rin as Dorothy in Space Sweepers. Cr. Netflix © 2021") == [
        Role("Park Ye-rin", "Dorothy")
    ]
    assert roles_in_caption("Kim Tae-ri as Captain Jang and Song Joong-ki as Tae-ho in SPACE SWEEPERS") == [
        Role("Kim Tae-ri", "Captain Jang"),
        Role("Song Joong-ki", "Tae-ho"),
    ]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Ana de Armas as Paloma.", [Role("Ana de Armas", "Paloma")]),
        ("Robert Downey Jr. as Dr. Strange, on set", [Role("Robert Downey Jr.", "Dr. Strange")]),
        ("Gael García Bernal as Émile Zola in Paris", [Role("Gael García Bernal", "Émile Zola")]),
        ("Zendaya as Rue", [Role("Zendaya", "Rue")]),
        ("EMBARGOED until Friday. (L to R) Kim Tae-ri as Captain Jang", [Role("Kim Tae-ri", "Captain Jang")]),
    ],
)
def test_names_of_many_shapes(caption, expected):
    assert english_roles(caption) == expected


@pytest.mark.parametrize(
    "caption",
    [
        "The Victory as seen in Space Sweepers.",
        "Tae-ho as well as Bubs, on the bridge.",
        "Robots such as Bubs crew the Victory.",
        "Dorothy, also known as Kot-nim.",
        "Known as Kot-nim, she hides a secret.",
        "Also Known As Kot-nim",
        "Song Joong-ki as the pilot of the Victory.",
        "Tiger Park (Jin Seon-kyu) as seen from the bridge.",
        "As Dorothy sleeps, the crew argues.",
        "Seen as a threat by UTS.",
        "The crew, as Well As Bubs",
    ],
)
def test_phrases_that_name_no_one(caption):
    assert english_roles(caption) == []


def test_korean_role_phrases():
    caption = "(왼쪽부터) 영화 〈승리호〉에서 태호 역의 송중기, 타이거 박 역의 진선규. 사진 제공 넷플릭스"
    assert korean_roles(caption) == [Role("송중기", "태호"), Role("진선규", "타이거 박")]
    assert korean_roles("영화 승리호에서 도로시 역의 박예린.") == [Role("박예린", "도로시")]
    assert korean_roles("영화 〈승리호〉 속 우주선 승리호. 사진 제공 넷플릭스") == []


def still(file, *captions, characters=()):
    keys = ["x-default", "ko-KR"]
    return Still(file=file, captions=dict(zip(keys, captions, strict=False)), characters=list(characters))


def test_a_cast_without_manifest_from_captions_with_korean_aliases():
    stills = [
        still(
            "a.jpg",
            "(L to R) Song Joong-ki as Tae-ho, Kim Tae-ri as Captain Jang.",
            "태호 역의 송중기, 장선장 역의 김태리.",
        ),
        still("b.jpg", "Park Ye-rin as Dorothy in Space Sweepers.", "도로시 역의 박예린."),
        still("c.jpg", "Park Ye-rin as Dorothy.", characters=["Kot-nim"]),
        still("d.jpg", "Song Joong-ki as Tae-ho."),
        still("e.jpg", "", "태호 역의 송중기"),
    ]
    cast, _roles = read_cast(None, stills)
    by_name = {c.name: c for c in cast.characters}
    assert list(by_name) == ["Tae-ho", "Dorothy", "Captain Jang"]  # most stills first
    assert by_name["Tae-ho"].actor == "Song Joong-ki"
    assert by_name["Tae-ho"].aliases == ("태호",)
    assert by_name["Tae-ho"].actor_aliases == ("송중기",)
    assert by_name["Captain Jang"].aliases == ("장선장",)
    # The embedded name beside the one role left is the same character.
    assert by_name["Dorothy"].aliases == ("도로시", "Kot-nim")
    assert cast.resolve(stills[2]) == ["Dorothy"]
    assert cast.resolve(stills[4]) == ["Tae-ho"]


def test_the_manifest_wins_on_names_and_the_captions_add_who_it_lacks():
    manifest = parse_manifest(
        b'[[characters]]\nname = "Dorothy"\nactor = "Park Ye-rin"\naliases = ["Kot-nim"]\n'
        b'[[characters]]\nname = "Tiger Park"\nactor = "Jin Seon-kyu"\n',
        None,
    )
    stills = [
        still("a.jpg", "Park Ye-rin as Kot-nim, Jin Sun-kyu as Tiger Park, Richard Armitage as James Sullivan."),
        still("b.jpg", "Park Ye-rin as Little Dorothy in the garden."),
    ]
    cast, _roles = read_cast(manifest, stills)
    by_name = {c.name: c for c in cast.characters}
    assert list(by_name) == ["Dorothy", "Tiger Park", "James Sullivan"]  # the manifest's order first
    assert by_name["Tiger Park"].actor_aliases == ("Jin Sun-kyu",)
    assert by_name["Dorothy"].aliases == ("Kot-nim", "Little Dorothy")  # the actor tells
    assert [cast.resolve(s) for s in stills] == [["Dorothy", "Tiger Park", "James Sullivan"], ["Dorothy"]]


def test_a_folder_without_manifest_gets_characters_from_its_captions(tmp_path):
    write(tmp_path / "a.jpg", jpeg_bytes(description="(L to R) Kim Tae-ri as Captain Jang, Song Joong-ki as Tae-ho."))
    write(tmp_path / "b.jpg", jpeg_bytes(description="Park Ye-rin as Dorothy in Space Sweepers"))
    write(tmp_path / "c.jpg", jpeg_bytes(description="The Victory as seen in Space Sweepers, as well as UTS."))
    kit = open_kit(tmp_path)
    assert kit.manifest is None
    assert kit.character_counts() == {"Captain Jang": 1, "Dorothy": 1, "Tae-ho": 1}
    assert [s.characters for s in kit.stills] == [["Captain Jang", "Tae-ho"], ["Dorothy"], []]
    assert {c.name: c.actor for c in kit.characters_info()} == {
        "Captain Jang": "Kim Tae-ri",
        "Tae-ho": "Song Joong-ki",
        "Dorothy": "Park Ye-rin",
    }


def test_the_sample_kit_without_its_manifest_keeps_its_cast(tmp_path):
    for path in sample_kit_path().iterdir():
        if path.suffix in {".jpg", ".png", ".webp"}:
            shutil.copy(path, tmp_path / path.name)
    kit = open_kit(tmp_path)
    counts = kit.character_counts()
    assert set(counts) == {"Tae-ho", "Bubs", "Captain Jang", "Dorothy", "Tiger Park", "James Sullivan"}
    assert counts["Dorothy"] == 5  # "Kot-nim" (embedded) is Dorothy (the caption)
    assert "태호" in {c.name: c for c in kit.characters_info()}["Tae-ho"].aliases


def test_reading_is_bounded():
    huge = ", ".join(f"Actor Number{i} as Role{i}" for i in range(5_000))
    stills = [still(f"{i}.jpg", huge) for i in range(3)]
    started = time.perf_counter()
    cast, _roles = read_cast(None, stills)
    assert time.perf_counter() - started < 5
    assert 0 < len(cast.characters) <= MAX_CAST
