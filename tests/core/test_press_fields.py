"""The press fields a newsroom relies on, read from files exiftool wrote (tests/fixtures/press),
compared with exiftool's own reading of them (press_exiftool.json)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from gallery.core import xmp
from gallery.core.export import held_back, special_instructions, terms_to_show
from gallery.core.filtering import FilterIndex, StillFilter
from gallery.core.metadata import read_metadata
from gallery.core.still import Location, Still

PRESS = Path(__file__).resolve().parents[1] / "fixtures" / "press"
UTC = dt.UTC
PLUS_ONE = dt.timezone(dt.timedelta(hours=1))


def read(name: str) -> Still:
    return read_metadata((PRESS / name).read_bytes(), name)


def exiftool(name: str) -> dict[str, Any]:
    readings = json.loads((PRESS / "press_exiftool.json").read_text(encoding="utf-8"))
    return next(r for r in readings if r["SourceFile"] == name)


def _location(struct: dict[str, str]) -> Location:
    return Location(
        name=struct.get("LocationName"),
        sublocation=struct.get("Sublocation"),
        city=struct.get("City"),
        province_state=struct.get("ProvinceState"),
        country=struct.get("CountryName"),
        country_code=struct.get("CountryCode"),
        world_region=struct.get("WorldRegion"),
    )


def test_the_reference_image_stand_in_is_read_as_exiftool_reads_it():
    """Every press field the IPTC reference image (stand-in) carries equals exiftool's value."""
    still, ref = read("iptc_reference_standin.jpg"), exiftool("iptc_reference_standin.jpg")
    assert still.error is None and still.warnings == []
    simple = {
        "XMP-photoshop:Headline": still.headline,
        "IPTC:Headline": still.headline,
        "XMP-photoshop:CaptionWriter": still.caption_writer,
        "IPTC:Writer-Editor": still.caption_writer,
        "XMP-photoshop:Instructions": still.instructions,
        "IPTC:SpecialInstructions": still.instructions,
        "XMP-xmpRights:UsageTerms": still.usage_terms,
        "XMP-xmpRights:WebStatement": still.web_statement,
        "XMP-iptcExt:Event": still.event,
        "XMP-iptcCore:AltTextAccessibility": still.alt_text_in(None),
        "XMP-iptcExt:DigitalSourceType": still.digital_source_type,
        "XMP-dc:Title": still.title,
    }
    for key, ours in simple.items():
        assert ours == ref[key], key
    assert still.locations_shown[:2] == [_location(s) for s in ref["XMP-iptcExt:LocationShown"]]
    assert still.location_created == _location(ref["XMP-iptcExt:LocationCreated"][0])
    # The legacy (IPTC Core) location stands beside the structs: it differs from them.
    legacy = still.locations_shown[2]
    assert (legacy.city, legacy.province_state, legacy.country, legacy.sublocation, legacy.country_code) == (
        ref["XMP-photoshop:City"],
        ref["XMP-photoshop:State"],
        ref["XMP-photoshop:Country"],
        ref["XMP-iptcCore:Location"],
        ref["XMP-iptcCore:CountryCode"],
    )
    assert [(lic.name, lic.url) for lic in still.licensors] == [
        (s["LicensorName"], s["LicensorURL"]) for s in ref["XMP-plus:Licensor"]
    ]
    doc = still.to_json()
    assert (
        doc["headline"] == ref["IPTC:Headline"]
        and doc["licensors"][1]["url"] == ref["XMP-plus:Licensor"][1]["LicensorURL"]
    )
    assert doc["disclosure"] is None  # softwareImage is not one a newsroom must disclose


def test_iim_only_press_datasets_are_read():
    still, ref = read("iim_press.jpg"), exiftool("iim_press.jpg")
    assert still.headline == ref["IPTC:Headline"] == "승리호 crew"
    assert still.caption_writer == ref["IPTC:Writer-Editor"]
    assert still.instructions == ref["IPTC:SpecialInstructions"]
    assert still.usage_terms is None  # special instructions are never usage terms
    assert still.locations_shown == [
        Location(
            sublocation=ref["IPTC:Sub-location"],
            city=ref["IPTC:City"],
            province_state=ref["IPTC:Province-State"],
            country=ref["IPTC:Country-PrimaryLocationName"],
            country_code=ref["IPTC:Country-PrimaryLocationCode"],
        )
    ]
    assert still.location == "Studio 5, Seoul, Gyeonggi, South Korea"


def test_xmp_wins_over_iim_for_the_press_fields():
    still, ref = read("xmp_over_iim.jpg"), exiftool("xmp_over_iim.jpg")
    assert still.headline == ref["XMP-photoshop:Headline"]
    assert still.instructions == ref["XMP-photoshop:Instructions"]
    assert [loc.city for loc in still.locations_shown] == [ref["MWG:City"]]


def test_embargo_lifts_to_the_minute_in_its_zone():
    still, ref = read("embargo_minute.jpg"), exiftool("embargo_minute.jpg")
    assert (ref["IPTC:ReleaseDate"], ref["IPTC:ReleaseTime"]) == ("2031:02:05", "14:30:00+01:00")
    assert still.release_date == dt.datetime(2031, 2, 5, 14, 30, tzinfo=PLUS_ONE)
    assert still.is_embargoed(dt.datetime(2031, 2, 5, 13, 29, tzinfo=UTC))
    assert not still.is_embargoed(dt.datetime(2031, 2, 5, 13, 30, tzinfo=UTC))
    # Asked for a day, the day of release counts as embargoed (it lifts during it).
    assert still.is_embargoed(dt.date(2031, 2, 5)) and not still.is_embargoed(dt.date(2031, 2, 6))
    assert still.held_back(dt.datetime(2031, 2, 5, 12, 0, tzinfo=UTC)) == (
        "Embargoed until 5 February 2031, 14:30 UTC+01:00"
    )
    assert still.to_json()["release_date"] == "2031-02-05T14:30:00+01:00"


def test_a_date_only_embargo_is_released_on_its_day():
    still = Still(file="a.jpg", release_date=dt.date(2031, 2, 5))
    assert still.is_embargoed(dt.date(2031, 2, 4))
    assert not still.is_embargoed(dt.date(2031, 2, 5))
    assert not still.is_embargoed(dt.datetime(2031, 2, 5, 0, 1))


def test_an_expired_still_is_held_back_with_its_reason():
    still = read("expired.jpg")
    assert still.expiry_date == dt.datetime(2020, 1, 31, 18, 0, tzinfo=UTC)
    assert not still.is_expired(dt.datetime(2020, 1, 31, 17, 59, tzinfo=UTC))
    assert still.is_expired(dt.datetime(2020, 1, 31, 18, 0, tzinfo=UTC))
    assert still.held_back() == "Expired on 31 January 2020, 18:00 UTC"
    assert still.to_json()["expired"] is True
    fresh = read("languages.jpg")
    assert held_back([still, fresh]) == [(still, "Expired on 31 January 2020, 18:00 UTC")]
    day_only = Still(file="b.jpg", expiry_date=dt.date(2020, 1, 31))
    assert not day_only.is_expired(dt.date(2020, 1, 31)) and day_only.is_expired(dt.date(2020, 2, 1))


@pytest.mark.parametrize(("name", "badge"), [("ai_generated.jpg", "AI-generated"), ("composite.jpg", "Composite")])
def test_ai_generated_and_composite_stills_are_disclosed(name, badge):
    still = read(name)
    assert still.digital_source_type == exiftool(name)["XMP-iptcExt:DigitalSourceType"]
    assert still.disclosure == badge
    assert FilterIndex([still]).rows(StillFilter(query=badge.lower())) == [0]


def test_title_usage_terms_and_alt_text_in_every_language():
    still, ref = read("languages.jpg"), exiftool("languages.jpg")
    assert still.titles == {
        "x-default": ref["XMP-dc:Title"],
        "ko-KR": ref["XMP-dc:Title-ko-KR"],
        "fr": ref["XMP-dc:Title-fr"],
    }
    assert still.title_in("ko") == "승리호" and still.title_in("de") == "The Victory"
    assert still.usage_terms_in("fr-CA") == ref["XMP-xmpRights:UsageTerms-fr"]
    assert still.alt_text_in("ko-KR") == ref["XMP-iptcCore:AltTextAccessibility-ko-KR"]
    assert still.instructions == "Do not crop." and still.usage_terms == "Editorial use only."


def test_the_export_prompt_lists_usage_terms_and_instructions_apart():
    stills = [read("languages.jpg"), read("iim_press.jpg")]
    assert special_instructions(stills) == ["Do not crop.", "Not before the premiere."]
    assert terms_to_show(stills, "fr") == [
        "Usage terms: Usage éditorial uniquement.",
        "Special instructions: Do not crop.",
        "Special instructions: Not before the premiere.",
    ]


def test_search_finds_the_press_fields():
    stills = [read(name) for name in ("iptc_reference_standin.jpg", "iim_press.jpg", "languages.jpg")]
    index = FilterIndex(stills)
    for query, row in [
        ("headline (ref2021", 0),
        ("an event", 0),
        ("location shown2", 0),
        ("licensor2", 0),
        ("gyeonggi", 1),
        ("승리호 crew", 1),
        ("우주선", 2),
        ("le victory", 2),
    ]:
        assert index.rows(StillFilter(query=query)) == [row], query


def test_a_still_survives_the_catalog_round_trip_with_its_press_fields():
    for name in ("iptc_reference_standin.jpg", "embargo_minute.jpg", "languages.jpg", "expired.jpg"):
        doc = read(name).to_json()
        assert Still.from_json(doc).to_json() == doc


PACKET = """<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
 xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/">
<Iptc4xmpExt:LocationCreated><rdf:Description Iptc4xmpExt:City="Seoul"/></Iptc4xmpExt:LocationCreated>
<plus:Licensor><rdf:Seq>{items}</rdf:Seq></plus:Licensor>
<Iptc4xmpExt:DigitalSourceType rdf:resource="http://cv.iptc.org/newscodes/digitalsourcetype/compositeSynthetic"/>
</rdf:Description></rdf:RDF></x:xmpmeta>"""


def test_the_struct_reader_takes_every_rdf_form_and_is_bounded():
    item = "<rdf:li><rdf:Description><plus:LicensorName>L{n}</plus:LicensorName></rdf:Description></rdf:li>"
    packet = PACKET.format(items="".join(item.format(n=n) for n in range(5000))).encode()
    press = xmp.press_fields(xmp.parse_xmp(packet))
    assert press.structs["locations_created"] == [{"City": "Seoul"}]  # a single struct, as attributes
    assert len(press.structs["licensors"]) == xmp.MAX_STRUCTS
    assert press.structs["licensors"][0] == {"LicensorName": "L0"}
    assert press.text(
        "digital_source_type",
    ).endswith("compositeSynthetic")
    assert xmp.press_fields(xmp.XmpValues()) == xmp.XmpPress()


def test_a_press_field_in_xmp_tells_the_iim_charset():
    """Mac Roman IIM without 1:90: the XMP headline shows which decoding is right, and the
    whole block (the city too) is read with it ("Séoul", where Windows-1252 gives "SŽoul")."""
    still, ref = read("iim_mac_roman.jpg"), exiftool("iim_mac_roman.jpg")
    assert still.headline == ref["XMP-photoshop:Headline"] == "José à bord"
    assert still.locations_shown[0].city == ref["IPTC:City"].encode("cp1252").decode("mac_roman") == "Séoul"
