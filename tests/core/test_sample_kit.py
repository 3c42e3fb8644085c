"""The bundled Space Sweepers kit reads back as its generator wrote it (assets/README.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from gallery.core.kit import open_kit, sample_kit_path


@pytest.fixture(scope="module")
def kit():
    return open_kit(sample_kit_path())


def test_every_still_has_a_caption_credit_and_size(kit):
    assert kit.title == "Space Sweepers (Netflix, 2021) — Press Kit"
    assert len(kit.stills) == 20
    for still in kit.stills:
        assert still.error is None, still.file
        assert still.caption and "Space Sweepers" in still.caption, still.file
        assert still.credit == "Netflix", still.file
        assert still.width >= 1280 and still.height >= 1080, still.file


def test_characters_by_count(kit):
    assert kit.character_counts() == {
        "Tae-ho": 7,
        "Bubs": 6,
        "Captain Jang": 6,
        "Dorothy": 6,
        "Tiger Park": 4,
        "James Sullivan": 2,
    }


def test_special_cases_of_the_sample(kit):
    # Portrait through EXIF orientation.
    portrait = kit.still("ss_06_dorothy_window.jpg")
    assert (portrait.width, portrait.height, portrait.orientation) == (1280, 1920, 6)
    # Embargoed until 2031.
    embargoed = kit.still("ss_20_final_stand.jpg")
    assert embargoed.release_date == dt.date(2031, 12, 1)
    assert embargoed.is_embargoed(dt.date(2026, 11, 26))
    assert [s.file for s in kit.stills if s.is_embargoed(dt.date(2026, 11, 26))] == ["ss_20_final_stand.jpg"]
    # Characters only from kit.toml, only from captions.csv, only from the press caption.
    assert kit.still("ss_07_tiger_engine_room.jpg").characters == ["Tiger Park", "Bubs"]
    assert kit.still("ss_15_junk_harpoon.jpg").characters == ["Captain Jang", "Tae-ho"]
    assert kit.still("ss_14_tiger_dorothy.jpg").characters == ["Tiger Park", "Dorothy"]
    assert kit.still("ss_16_jang_helm.jpg").characters == ["Captain Jang"]
    # An embedded alias shows by the canonical name.
    assert kit.still("ss_13_dorothy_drawing.jpg").characters == ["Dorothy"]
    # The caption sheet overrides the embedded caption.
    assert kit.still("ss_02_victory_exterior.jpg").caption.startswith("The Victory, a junk collector")
    # Korean beside English, from the XMP language alternative.
    first = kit.still("ss_01_victory_bridge.jpg")
    assert set(first.captions) == {"x-default", "ko-KR"}
    assert "태호 역의 송중기" in first.captions["ko-KR"]
    # IIM only: no Korean, the credit from IIM; XMP only (no credit embedded): the kit default.
    assert set(kit.still("ss_16_jang_helm.jpg").captions) == {"x-default"}
    assert kit.still("ss_17_taeho_quarters.jpg").credit == "Netflix"
    # Other formats.
    assert kit.still("ss_11_dorothy_bubs_garden.png").format == "PNG"
    assert kit.still("ss_12_crew_dinner.webp").format == "WEBP"


def test_special_instructions_stand_apart_from_usage_terms(kit):
    """The sample's 2:40 / photoshop:Instructions are special instructions, shown as such; the
    usage terms are xmpRights:UsageTerms, never the instructions folded in (the embargoed
    still's instructions start "EMBARGOED until", its terms do not)."""
    with_instructions = [s for s in kit.stills if s.instructions]
    assert with_instructions, "the sample carries special instructions"
    for still in with_instructions:
        assert (
            still.usage_terms
            == "Editorial use only in connection with the promotion of Space Sweepers. No alterations."
        )
    embargoed = [s for s in kit.stills if s.instructions and s.instructions.startswith("EMBARGOED")]
    assert [s.held_back(dt.date(2026, 1, 1)) is not None for s in embargoed] == [True]
