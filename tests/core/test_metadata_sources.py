"""Our metadata reader against files written by an independent writer.

Every fixture in tests/fixtures/metadata/ was made by
tests/fixtures/make_fixtures.sh with exiftool 12.57, and
tests/fixtures/metadata/exiftool_mwg.json is exiftool's own reading of them
(``exiftool -use MWG -j -G1 -struct -a``; iim_macroman.jpg read with
``-charset iptc=MacRoman``, the charset its writer used).  The ``EXPECTED`` values below are
what a user must see; ``test_expected_values_come_from_the_reference`` checks
that every one of them is a value exiftool itself reads from the file, and
``test_mwg_precedence_matches_exiftool`` compares our merge with exiftool's MWG
composite tags (Description, Creator, Copyright, Keywords, Orientation).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import pathlib
from typing import Any

import pytest
from PIL import Image

FIXTURES = pathlib.Path(__file__).parent.parent / "fixtures"
METADATA = FIXTURES / "metadata"
REFERENCE = METADATA / "exiftool_mwg.json"

# --- the texts written by make_fixtures.sh -------------------------------------
KO_CAPTION = (
    "(왼쪽부터) 태호 역의 송중기, 장선장 역의 김태리, 타이거 박 역의 진선규. 영화 《승리호》. 넷플릭스 제공 © 2021"
)
EN_CAPTION = "(L to R) Song Joong-ki as Tae-ho, Kim Tae-ri as Captain Jang in SPACE SWEEPERS. Cr. Netflix © 2021"
_UNIT = "The Victory drifts through the junk fields above Earth. "
LONG_CAPTION = (_UNIT * 50)[:2099] + "!"  # 2100 characters; IIM holds the first 2000
LONG_KEYWORD = "Space Sweepers junk field orbital debris collector ship The Victory X"  # 69

# Every field of Still that comes from metadata, with its "nothing there" value.
EMPTY: dict[str, Any] = {
    "title": None,
    "captions": {},
    "credit": None,
    "creators": [],
    "copyright": None,
    "source": None,
    "keywords": [],
    "characters": [],
    "release_date": None,
    "usage_terms": None,
    "instructions": None,
    "date_created": None,
    "width": 64,
    "height": 48,
    "orientation": None,
    "format": "JPEG",
    "error": None,
}

# What the user must see for each fixture (fields not given keep EMPTY's value).
EXPECTED: dict[str, dict[str, Any]] = {
    # IIM only, 1:90 declares UTF-8; Korean caption, two by-lines, release date.
    "iim_only.jpg": {
        "title": "승리호 — The Victory crew",
        "captions": {"x-default": KO_CAPTION},
        "credit": "Netflix",
        "creators": ["Yoon Ji-ho", "한서준"],
        "copyright": "© 2021 Netflix",
        "source": "Netflix Press Kit",
        "keywords": ["Space Sweepers", "승리호", "Kim Tae-ri"],
        "release_date": dt.date(2021, 2, 5),
        "instructions": "Editorial use only. Embargoed until 5 February 2021.",
        "date_created": "2020-06-14",
    },
    # IIM only, no 1:90, Latin-1 bytes: must fall back to Latin-1, not mojibake.
    "iim_latin1.jpg": {
        "title": "Déjà vu à bord",
        "captions": {"x-default": "Café scène « naïve » : Señor Bubs à bord du Victory, ©2021"},
        "credit": "Netflix España",
        "creators": ["Zoë Müller"],
        "copyright": "© 2021 Netflix",
        "keywords": ["Café", "Señor"],
    },
    # XMP only: lang-alt description in x-default and ko-KR, ordered creators.
    "xmp_only.jpg": {
        "title": "Space Sweepers: The Victory",
        "captions": {"x-default": EN_CAPTION, "ko-KR": KO_CAPTION},
        "credit": "Netflix",
        "creators": ["Yoon Ji-ho", "Han Seo-jun"],
        "copyright": "© 2021 Netflix. All rights reserved.",
        "source": "Netflix Press Kit",
        "keywords": ["Space Sweepers", "승리호", "The Victory"],
        "characters": ["Song Joong-ki", "Kim Tae-ri"],
        "usage_terms": "Editorial use only in connection with SPACE SWEEPERS.",
        "date_created": "2021-02-05T10:00:00",
    },
    # photoshop:Instructions is its own field, never merged into the usage terms.
    "xmp_instructions.jpg": {
        "title": "Bubs",
        "captions": {"x-default": "Yoo Hai-jin as Bubs in SPACE SWEEPERS."},
        "instructions": "Not for use before 5 February 2021. Do not crop.",
    },
    # EXIF IFD0 only; Artist "A; B" is two creators; UTF-8 "©".
    "exif_only.jpg": {
        "captions": {"x-default": "Jin Seon-kyu as Tiger Park aboard The Victory."},
        "creators": ["Yoon Ji-ho", "Han Seo-jun"],
        "copyright": "© 2021 Netflix",
        "orientation": 1,
    },
    # EXIF, XMP and IIM disagree: EXIF wins for caption/creator/copyright;
    # credit has no EXIF field, so XMP (digest matches) wins over IIM.
    "exif_wins.jpg": {
        "captions": {"x-default": "EXIF caption"},
        "credit": "XMP Credit",
        "creators": ["EXIF Artist"],
        "copyright": "EXIF Copyright",
    },
    # XMP and IIM written together (IPTC digest matches): XMP wins everywhere.
    "xmp_over_iim.jpg": {
        "title": "XMP title",
        "captions": {"x-default": "XMP caption"},
        "credit": "XMP Credit",
        "creators": ["XMP Creator One", "XMP Creator Two"],
        "copyright": "XMP Rights",
        "source": "XMP Source",
        "keywords": ["XMP keyword"],
    },
    # XMP and IIM disagree and no digest is stored: XMP wins.
    "xmp_iim_no_digest.jpg": {
        "captions": {"x-default": "XMP caption, no digest"},
        "credit": "XMP Credit",
        "keywords": ["XMP keyword"],
    },
    # IIM edited after the XMP sync (stored digest is stale): IIM wins.
    "iim_edited_later.jpg": {
        "title": "Tiger Park",
        "captions": {"x-default": "Jin Seon-kyu as Tiger Park in SPACE SWEEPERS (corrected)."},
        "credit": "Netflix / Courtesy",
        "creators": ["Yoon Ji-ho"],
        "copyright": "© 2021 Netflix",
        "keywords": ["Space Sweepers", "Jin Seon-kyu"],
    },
    # The same in a TIFF: IIM in tag 33723 (stored as LONGs), the digest in the
    # Photoshop resources of tag 34377.
    "iim_edited_later.tif": {
        "title": "Tiger Park",
        "captions": {"x-default": "Jin Seon-kyu as Tiger Park in SPACE SWEEPERS (corrected)."},
        "credit": "Netflix / Courtesy",
        "creators": ["Yoon Ji-ho"],
        "copyright": "© 2021 Netflix",
        "keywords": ["Space Sweepers", "Jin Seon-kyu"],
        "format": "TIFF",
    },
    # Stale digest (IIM would win) but IIM caption/keyword are cut at 2000/64
    # characters and XMP starts with them: the full XMP text is recovered.
    "iim_truncated.jpg": {
        "captions": {"x-default": LONG_CAPTION},
        "keywords": ["Space Sweepers", LONG_KEYWORD],
    },
    # 60x40 stored; sizes are as displayed.
    "orientation_3.jpg": {"width": 60, "height": 40, "orientation": 3},
    "orientation_6.jpg": {"width": 40, "height": 60, "orientation": 6},
    "orientation_8.jpg": {"width": 40, "height": 60, "orientation": 8},
    # PNG with XMP in iTXt.
    "meta.png": {
        "title": "Kot-nim",
        "captions": {"x-default": "Park Ye-rin as Dorothy (꽃님) in SPACE SWEEPERS."},
        "credit": "Netflix",
        "characters": ["Park Ye-rin", "Song Joong-ki"],
        "format": "PNG",
    },
    # TIFF with EXIF (Artist wins), XMP (caption wins, digest matches) and IIM
    # (the only place with keywords and source).
    "meta.tif": {
        "title": "UTS orbital paradise",
        "captions": {"x-default": "Richard Armitage as James Sullivan in SPACE SWEEPERS."},
        "credit": "Netflix",
        "creators": ["Yoon Ji-ho"],
        "copyright": "© 2021 Netflix",
        "source": "Netflix Press Kit",
        "keywords": ["Space Sweepers", "UTS"],
        "orientation": 1,
        "format": "TIFF",
    },
    # WebP with XMP and EXIF; 60x40 stored, Orientation 6.
    "meta.webp": {
        "title": "Earth",
        "captions": {"x-default": "Earth under oxygen masks.", "ko-KR": "산소 마스크를 쓴 지구."},
        "credit": "Netflix",
        "creators": ["Han Seo-jun"],
        "copyright": "© 2021 Netflix",
        "orientation": 6,
        "width": 40,
        "height": 60,
        "format": "WEBP",
    },
    "no_metadata.jpg": {},
    # --- where the metadata lives (issue 12) ---
    # XMP (iTXt), IIM (zTXt raw profile) and EXIF (eXIf) all after IDAT; 60x40, Orientation 8.
    "png_after_idat.png": {
        "title": "Captain Jang",
        "captions": {"x-default": "Kim Tae-ri as Captain Jang in SPACE SWEEPERS."},
        "credit": "Netflix",
        "copyright": "© 2021 Netflix",
        "source": "Netflix Press Kit",
        "characters": ["Kim Tae-ri"],
        "orientation": 8,
        "width": 40,
        "height": 60,
        "format": "PNG",
    },
    # ImageMagick's JPEG-to-PNG: raw profiles 8bim and iptc, eXIf after IDAT (Orientation 3).
    "png_imagemagick.png": {
        "captions": {"x-default": "Tiger Park at the helm of The Victory."},
        "credit": "Netflix",
        "copyright": "© 2021 Netflix",
        "source": "Netflix Press Kit",
        "orientation": 3,
        "width": 60,
        "height": 40,
        "format": "PNG",
    },
    # digiKam-style raw profiles: exif (zTXt, Orientation 6, Artist) and xmp (tEXt).
    "png_raw_profiles.png": {
        "title": "Bubs",
        "captions": {"x-default": "Yoo Hai-jin as Bubs."},
        "credit": "Netflix",
        "creators": ["Han Seo-jun"],
        "copyright": "© 2021 Netflix",
        "orientation": 6,
        "width": 40,
        "height": 60,
        "format": "PNG",
    },
    # One IIM block split across two APP13 segments, 20 bytes into the caption.
    "app13_split.jpg": {
        "captions": {"x-default": "Song Joong-ki as Tae-ho, pilot of The Victory, in SPACE SWEEPERS."},
        "credit": "Netflix",
    },
    # Two APP13 segments, each a whole IIM block: the first one counts.
    "app13_two.jpg": {"title": "First block", "credit": "Netflix"},
    # XMP in UTF-16BE / UTF-32LE with no BOM before the packet.
    "xmp_utf16.jpg": {
        "title": "Dorothy",
        "captions": {"x-default": "Park Ye-rin as Dorothy (꽃님), utf-16-be."},
        "credit": "Netflix",
    },
    "xmp_utf32.jpg": {
        "title": "Dorothy",
        "captions": {"x-default": "Park Ye-rin as Dorothy (꽃님), utf-32-le."},
        "credit": "Netflix",
    },
    # GIF XMP ("XMP DataXMP" application extension).
    "meta.gif": {
        "title": "The junk fields",
        "captions": {"x-default": "The Victory over the junk fields."},
        "credit": "Netflix",
        "creators": ["Yoon Ji-ho"],
        "format": "GIF",
    },
    # BigTIFF: ImageDescription and Orientation 6 in IFD0 (read through Pillow), XMP.
    "bigtiff.tif": {
        "title": "Sullivan",
        "captions": {"x-default": "Richard Armitage as James Sullivan."},
        "credit": "Netflix",
        "orientation": 6,
        "width": 40,
        "height": 60,
        "format": "TIFF",
    },
    # IFD0 Orientation 1, then a second Orientation 3 / a text one "3": the first SHORT counts.
    "orientation_dup.jpg": {"width": 60, "height": 40, "orientation": 1},
    "orientation_text.jpg": {"width": 60, "height": 40, "orientation": 1},
    # IIM in Mac Roman without 1:90; the XMP creator shows the decoding for the whole block.
    "iim_macroman.jpg": {
        "captions": {"x-default": "Café Olé aboard The Victory."},
        "credit": "Señor Bubs Studio",
        "creators": ["José Ñúñez"],
    },
}

MWG_ORIENTATION = {
    "Horizontal (normal)": 1,
    "Mirror horizontal": 2,
    "Rotate 180": 3,
    "Mirror vertical": 4,
    "Mirror horizontal and rotate 270 CW": 5,
    "Rotate 90 CW": 6,
    "Mirror horizontal and rotate 90 CW": 7,
    "Rotate 270 CW": 8,
}


def expected(name: str) -> dict[str, Any]:
    return {**EMPTY, **EXPECTED[name]}


def load_reference() -> dict[str, dict[str, Any]]:
    entries = json.loads(REFERENCE.read_text(encoding="utf-8"))
    return {pathlib.PurePosixPath(e["SourceFile"]).name: e for e in entries}


def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def read(name: str):
    metadata = pytest.importorskip("gallery.core.metadata")
    data = (METADATA / name).read_bytes()
    return metadata.read_metadata(data, f"stills/{name}")


def actual(still) -> dict[str, Any]:
    return {key: getattr(still, key) for key in EMPTY}


# --- the fixtures themselves (no reader needed) ---------------------------------


def test_every_fixture_is_covered_and_small():
    files = sorted(p.name for p in METADATA.iterdir() if p.suffix in {".jpg", ".png", ".tif", ".webp", ".gif"})
    assert files == sorted(EXPECTED)
    assert sorted(load_reference()) == sorted(EXPECTED)
    assert sum(p.stat().st_size for p in METADATA.iterdir()) < 300_000


def test_expected_values_come_from_the_reference():
    """Each hand-typed expected string is a value exiftool reads from that file."""
    reference = load_reference()
    for name, fields in EXPECTED.items():
        ref = reference[name]
        found: set[str] = set()
        for key, value in ref.items():
            if key.startswith(("IPTC:", "XMP-", "IFD0:", "MWG:")):
                found.update(as_list(value))
        strings: list[str] = []
        for key in ("title", "credit", "copyright", "source", "usage_terms", "instructions"):
            if fields.get(key) is not None:
                strings.append(fields[key])
        strings += list(fields.get("captions", {}).values())
        for key in ("creators", "keywords", "characters"):
            strings += fields.get(key, [])
        for s in strings:
            assert s in found, f"{name}: {s!r} is not a value exiftool reads"
        if fields.get("release_date"):
            assert ref["IPTC:ReleaseDate"] == fields["release_date"].strftime("%Y:%m:%d")
        for lang, text in fields.get("captions", {}).items():
            key = "XMP-dc:Description" + ("" if lang == "x-default" else f"-{lang}")
            if key in ref:
                assert (ref[key] == text) or ref.get("MWG:Description") == text, (name, lang)


def _photoshop_resources(name: str) -> dict[int, bytes]:
    """{resource id: data}; for a TIFF, from tag 34377 plus the IIM of tag 33723."""
    with Image.open(METADATA / name) as im:
        if im.format != "TIFF":
            return dict(im.info.get("photoshop", {}))
        raw = im.tag_v2._tagdata  # raw tag bytes, as Pillow's own getiptcinfo reads them
        resources: dict[int, bytes] = {}
        block, pos = raw[34377], 0
        while block[pos : pos + 4] == b"8BIM":
            rid = int.from_bytes(block[pos + 4 : pos + 6], "big")
            pos += 6 + ((block[pos + 6] + 2) & ~1)
            size = int.from_bytes(block[pos : pos + 4], "big")
            resources[rid] = block[pos + 4 : pos + 4 + size]
            pos += 4 + size + (size & 1)
        iim_block, end = raw[33723], 0
        while iim_block[end : end + 1] == b"\x1c":  # drop the padding to 4 bytes
            end += 5 + int.from_bytes(iim_block[end + 3 : end + 5], "big")
        resources[0x0404] = iim_block[:end]
        return resources


@pytest.mark.parametrize(
    "name, state",
    [
        ("exif_wins.jpg", "match"),
        ("xmp_over_iim.jpg", "match"),
        ("iim_edited_later.jpg", "stale"),
        ("iim_truncated.jpg", "stale"),
        ("meta.tif", "match"),
        ("iim_edited_later.tif", "stale"),
    ],
)
def test_fixture_iptc_digest_state(name, state):
    """The stored IPTC digest (0x0425) vs the MD5 of the IIM block (0x0404)."""
    resources = _photoshop_resources(name)
    stored = resources[0x0425]
    current = hashlib.md5(resources[0x0404]).digest()
    assert (stored == current) is (state == "match")


def test_fixture_latin1_has_no_coded_character_set():
    raw = _photoshop_resources("iim_latin1.jpg")[0x0404]
    assert b"\x1c\x01\x5a" not in raw  # no 1:90
    assert "Café scène".encode("latin-1") in raw
    raw = _photoshop_resources("iim_only.jpg")[0x0404]
    assert b"\x1c\x01\x5a\x00\x03\x1b%G" in raw  # 1:90 = ESC % G (UTF-8)


def test_fixture_truncated_iim_really_is_cut():
    raw = _photoshop_resources("iim_truncated.jpg")[0x0404]
    assert LONG_CAPTION[:2000].encode() in raw
    assert LONG_CAPTION[:2001].encode() not in raw
    assert len(LONG_CAPTION) == 2100 and len(LONG_KEYWORD) == 69


# --- the reader ----------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_reader_fields(name):
    still = read(name)
    assert actual(still) == expected(name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_mwg_precedence_matches_exiftool(name):
    """Caption, creator, copyright, keywords, orientation and displayed size
    agree with exiftool's MWG composite tags.

    MWG counts IIM only where it is standard (JPEG, TIFF, PSD), so exiftool's composites
    leave out the IIM of a PNG's raw profile; Stills reads it (ImageMagick and Photo
    Mechanic put credits there), so for a PNG the IIM value exiftool reads stands in."""
    ref = load_reference()[name]
    if name.endswith(".png"):
        ref = {**ref}
        ref.setdefault("MWG:Description", ref.get("IPTC:Caption-Abstract"))
        ref.setdefault("MWG:Copyright", ref.get("IPTC:CopyrightNotice"))
    still = read(name)
    assert still.caption == ref.get("MWG:Description")
    assert still.creators == as_list(ref.get("MWG:Creator"))
    assert still.copyright == ref.get("MWG:Copyright")
    assert still.keywords == as_list(ref.get("MWG:Keywords"))
    orientation = MWG_ORIENTATION.get(ref.get("MWG:Orientation"))
    assert still.orientation == orientation
    w, h = (int(n) for n in ref["Composite:ImageSize"].split("x"))
    if orientation in (5, 6, 7, 8):
        w, h = h, w
    assert (still.width, still.height) == (w, h)


def test_korean_caption_by_language():
    still = read("xmp_only.jpg")
    assert still.caption == EN_CAPTION
    assert still.caption_in("ko") == KO_CAPTION
    assert still.caption_in("ko-KR") == KO_CAPTION
    assert still.caption_in("fr") == EN_CAPTION
    assert list(still.captions)[0] == "x-default"


def test_creator_display_and_json():
    still = read("exif_only.jpg")
    assert still.creator == "Yoon Ji-ho; Han Seo-jun"
    data = still.to_json()
    assert data["creators"] == ["Yoon Ji-ho", "Han Seo-jun"]
    assert data["caption"] == "Jin Seon-kyu as Tiger Park aboard The Victory."
    assert json.loads(json.dumps(read("iim_only.jpg").to_json(), ensure_ascii=False))["release_date"] == "2021-02-05"


def test_truncated_caption_is_whole():
    still = read("iim_truncated.jpg")
    assert len(still.caption) == 2100
    assert still.caption.endswith("through !")


def test_file_identity():
    name = "xmp_only.jpg"
    still = read(name)
    assert still.file == f"stills/{name}"
    assert still.name == name
    assert still.error is None


def test_displayed_size_matches_pillow_transpose():
    """Displayed size equals what ImageOps.exif_transpose renders."""
    from PIL import ImageOps

    for name in ("orientation_3.jpg", "orientation_6.jpg", "orientation_8.jpg", "meta.webp"):
        with Image.open(io.BytesIO((METADATA / name).read_bytes())) as im:
            shown = ImageOps.exif_transpose(im)
            still = read(name)
            assert (still.width, still.height) == shown.size, name
