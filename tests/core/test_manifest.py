"""kit.toml and captions.csv: the publisher's words beat embedded metadata."""

from __future__ import annotations

import datetime as dt

from helpers import jpeg_bytes, write

from gallery.core.cast import apply_cast
from gallery.core.kit import open_kit
from gallery.core.manifest import fold, parse_manifest
from gallery.core.still import Still

KIT_TOML = """
title = "Space Sweepers (Netflix, 2021) — Press Kit"
credit = "Netflix"
release_date = 2021-02-05
usage_terms = "Editorial use only."

[[characters]]
name = "Dorothy"
actor = "Park Ye-rin"
aliases = ["Kot-nim", "꽃님", "도로시"]

[[characters]]
name = "Tiger Park"
actor = "Jin Seon-kyu"
aliases = ["타이거 박"]
actor_aliases = ["Jin Sun-kyu"]

[[characters]]
name = "Captain Jang"
actor = "Kim Tae-ri"

[stills."b.jpg"]
characters = ["Tiger Park"]
caption = "Tiger Park at the controls."
credit = "Netflix / Studio"

[stills."c.jpg"]
release_date = 2031-12-01
"""

SHEET = "file,caption,credit,characters\nc.jpg,Sheet caption for C.,,Dorothy;Captain Jang\nb.jpg,Sheet caption B,,\n"


def make_kit(tmp_path):
    write(
        tmp_path / "a.jpg",
        jpeg_bytes(
            description="(L to R) Kim Tae-ri as Captain Jang and Park Ye-rin as Kot-nim in Space Sweepers. "
            "Cr. Netflix © 2021"
        ),
    )
    write(tmp_path / "b.jpg", jpeg_bytes(description="Embedded caption B"))
    write(tmp_path / "c.jpg", jpeg_bytes())
    write(tmp_path / "kit.toml", KIT_TOML.encode())
    write(tmp_path / "captions.csv", SHEET.encode())
    return open_kit(tmp_path)


def test_manifest_title_defaults_and_overrides(tmp_path):
    kit = make_kit(tmp_path)
    assert kit.title == "Space Sweepers (Netflix, 2021) — Press Kit"
    a, b, c = kit.stills
    # Defaults fill what a still lacks.
    assert a.credit == "Netflix"
    assert a.release_date == dt.date(2021, 2, 5)
    assert a.usage_terms == "Editorial use only."
    # kit.toml's per-still entry beats the sheet, which beats the embedded caption.
    assert b.caption == "Tiger Park at the controls."
    assert b.credit == "Netflix / Studio"
    assert b.characters == ["Tiger Park"]
    # The sheet speaks for c; kit.toml adds its embargo.
    assert c.caption == "Sheet caption for C."
    assert c.characters == ["Dorothy", "Captain Jang"]
    assert c.release_date == dt.date(2031, 12, 1)
    assert c.is_embargoed(dt.date(2026, 11, 26))
    assert not a.is_embargoed(dt.date(2026, 11, 26))


def test_characters_found_in_press_captions_through_aliases(tmp_path):
    kit = make_kit(tmp_path)
    assert kit.stills[0].characters == ["Captain Jang", "Dorothy"]
    assert kit.character_counts() == {"Captain Jang": 2, "Dorothy": 2, "Tiger Park": 1}


def test_embedded_alias_maps_to_the_canonical_name():
    manifest = parse_manifest(KIT_TOML.encode(), None)
    still = Still(file="x.jpg", characters=["Kot-nim", "타이거 박", "Someone Else"])
    manifest.apply(still)
    apply_cast(manifest, [still])
    assert still.characters == ["Dorothy", "Tiger Park", "Someone Else"]


def test_press_phrases_with_actor_spellings_and_trailing_words():
    manifest = parse_manifest(KIT_TOML.encode(), None)
    caption = "Jin Sun-kyu as Tiger Park, Park Ye-rin as Dorothy in SPACE SWEEPERS. Cr. Netflix © 2021"
    named, unnamed = Still(file="a.jpg", captions={"x-default": caption}), Still(file="b.jpg")
    unnamed.captions = {"x-default": "Seen as a threat by UTS."}
    apply_cast(manifest, [named, unnamed])
    assert named.characters == ["Tiger Park", "Dorothy"]
    assert unnamed.characters == []


def test_a_broken_manifest_is_a_warning_not_a_failure(tmp_path):
    write(tmp_path / "a.jpg", jpeg_bytes(description="Caption"))
    write(tmp_path / "kit.toml", b"title = [unclosed")
    kit = open_kit(tmp_path)
    assert kit.stills[0].caption == "Caption"
    assert kit.warnings and kit.warnings[0].startswith("kit.toml:")


def test_fold_ignores_case_and_accents_and_keeps_korean():
    assert fold("Café SCÈNE") == "cafe scene"
    assert fold("꽃님") == fold("꽃님")
    assert "꽃님" in fold("로봇 꽃님이")


def test_a_release_date_may_carry_its_time(tmp_path):
    """TOML datetimes (and ISO times in the sheet) embargo to the minute."""
    write(tmp_path / "a.jpg", jpeg_bytes())
    write(tmp_path / "b.jpg", jpeg_bytes())
    write(
        tmp_path / "kit.toml",
        b'[stills."a.jpg"]\nrelease_date = 2031-02-05T14:30:00+01:00\nexpiry_date = 2032-01-01\n',
    )
    write(tmp_path / "captions.csv", b"file,release_date\nb.jpg,2031-02-05T09:00\n")
    a, b = open_kit(tmp_path).stills
    plus_one = dt.timezone(dt.timedelta(hours=1))
    assert a.release_date == dt.datetime(2031, 2, 5, 14, 30, tzinfo=plus_one)
    assert a.is_embargoed(dt.datetime(2031, 2, 5, 14, 29, tzinfo=plus_one))
    assert not a.is_embargoed(dt.datetime(2031, 2, 5, 14, 30, tzinfo=plus_one))
    assert a.expiry_date == dt.date(2032, 1, 1) and a.is_expired(dt.date(2032, 1, 2))
    assert b.release_date == dt.datetime(2031, 2, 5, 9, 0)  # local time
    assert b.held_back(dt.datetime(2031, 2, 5, 8, 59)) == "Embargoed until 5 February 2031, 09:00"
