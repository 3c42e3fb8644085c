"""The kit's facts: cast, the twenty stills and their metadata as exiftool arguments."""

from __future__ import annotations

from .scenes import (
    scene_bubs_cockpit,
    scene_bubs_spacewalk,
    scene_crew_dinner,
    scene_dorothy_bubs_garden,
    scene_dorothy_discovered,
    scene_dorothy_drawing,
    scene_dorothy_portrait,
    scene_final_stand,
    scene_jang_helm,
    scene_jang_viewport,
    scene_junk_field_eva,
    scene_junk_harpoon,
    scene_sullivan_balcony,
    scene_sullivan_office,
    scene_taeho_quarters,
    scene_tiger_dorothy,
    scene_tiger_engine_room,
    scene_uts_ring,
    scene_victory_bridge,
    scene_victory_exterior,
)

KIT_TITLE = "Space Sweepers (Netflix, 2021) — Press Kit"
CREDIT = "Netflix"
SOURCE = "Netflix Press Kit"
RIGHTS = "© 2021 Netflix"
PHOTOGRAPHER = "Kim Ji-won"  # an invented unit photographer
RELEASE = "2021-02-05"
EMBARGO = "2031-12-01"
USAGE = "Editorial use only in connection with the promotion of Space Sweepers. No alterations."
BASE_KEYWORDS = ["Space Sweepers", "승리호", "Netflix"]

# canonical character -> actor, Korean character name, Korean actor name, character aliases, actor aliases
CAST = {
    "Tae-ho": dict(actor="Song Joong-ki", ko="태호", ko_actor="송중기", aliases=["태호"], actor_aliases=["송중기"]),
    "Captain Jang": dict(
        actor="Kim Tae-ri", ko="장선장", ko_actor="김태리", aliases=["장선장"], actor_aliases=["김태리"]
    ),
    "Tiger Park": dict(
        actor="Jin Seon-kyu",
        ko="타이거 박",
        ko_actor="진선규",
        aliases=["타이거 박"],
        actor_aliases=["Jin Sun-kyu", "진선규"],
    ),
    "Bubs": dict(
        actor="Yoo Hai-jin", ko="업동이", ko_actor="유해진", aliases=["업동이"], actor_aliases=["Yu Hae-jin", "유해진"]
    ),
    "Dorothy": dict(
        actor="Park Ye-rin", ko="도로시", ko_actor="박예린", aliases=["Kot-nim", "꽃님", "도로시"], actor_aliases=[]
    ),
    "James Sullivan": dict(
        actor="Richard Armitage",
        ko="설리반",
        ko_actor="리처드 아미티지",
        aliases=["설리반"],
        actor_aliases=["리처드 아미티지"],
    ),
}


def caption_en(chars):
    parts = [f"{CAST[c]['actor']} as {c}" for c in chars]
    lead = "(L to R) " if len(parts) > 1 else ""
    return f"{lead}{', '.join(parts)} in Space Sweepers. Cr. Netflix © 2021"


def caption_ko(chars):
    parts = [f"{CAST[c]['ko']} 역의 {CAST[c]['ko_actor']}" for c in chars]
    lead = "(왼쪽부터) " if len(parts) > 1 else ""
    return f"{lead}영화 〈승리호〉에서 {', '.join(parts)}. 사진 제공 넷플릭스"


def still(
    n,
    slug,
    scene,
    title,
    title_ko,
    chars,
    keywords,
    *,
    ext="jpg",
    size=(1920, 1080),
    embed=None,
    mode="both",
    caption=None,
    caption_ko_=None,
    orientation=None,
    exif_description=False,
    release=RELEASE,
    credit=CREDIT,
    note="",
):
    """One still.  ``chars`` are the characters really in the picture (canonical names, left to right);
    ``embed`` what goes into PersonInImage (default: chars; [] for none)."""
    return dict(
        n=n,
        file=f"ss_{n:02d}_{slug}.{ext}",
        scene=scene,
        title=title,
        title_ko=title_ko,
        chars=chars,
        embed=list(chars) if embed is None else embed,
        keywords=BASE_KEYWORDS + keywords,
        size=size,
        mode=mode,
        caption=caption or caption_en(chars),
        caption_ko=caption_ko_ or caption_ko(chars),
        orientation=orientation,
        exif_description=exif_description,
        release=release,
        credit=credit,
        note=note,
        date=f"2019:{6 + n // 6:02d}:{3 + (n * 5) % 25:02d} {9 + n % 9:02d}:{(n * 17) % 60:02d}:00",
    )


STILLS = [
    still(
        1,
        "victory_bridge",
        scene_victory_bridge,
        "On the bridge of The Victory",
        "승리호 조종실",
        ["Tae-ho", "Captain Jang"],
        ["The Victory", "spaceship", "Earth"],
    ),
    still(
        2,
        "victory_exterior",
        scene_victory_exterior,
        "The Victory above the Earth",
        "지구 궤도의 승리호",
        [],
        ["The Victory", "spaceship", "Earth", "space"],
        size=(2048, 1365),
        caption="The Victory in Space Sweepers. Cr. Netflix © 2021",
        caption_ko_="영화 〈승리호〉 속 우주선 승리호. 사진 제공 넷플릭스",
        note="no characters",
    ),
    still(
        3,
        "junk_field_eva",
        scene_junk_field_eva,
        "Spacewalk in the junk field",
        "우주 쓰레기 지대의 우주 유영",
        ["Tae-ho"],
        ["junk field", "space", "The Victory", "Earth"],
    ),
    still(
        4,
        "bubs_cockpit",
        scene_bubs_cockpit,
        "Bubs at the controls",
        "조종석의 업동이",
        ["Bubs"],
        ["robot", "The Victory", "junk field"],
    ),
    still(
        5,
        "dorothy_discovered",
        scene_dorothy_discovered,
        "A stowaway in the hold",
        "화물칸에서 발견된 아이",
        ["Tae-ho", "Dorothy"],
        ["The Victory", "spaceship"],
    ),
    still(
        6,
        "dorothy_window",
        scene_dorothy_portrait,
        "Dorothy at the window",
        "창가의 도로시",
        ["Dorothy"],
        ["The Victory", "Earth", "UTS", "space"],
        size=(1920, 1280),
        orientation=6,
        note="portrait via EXIF Orientation=6 (stored 1920x1280)",
    ),
    still(
        7,
        "tiger_engine_room",
        scene_tiger_engine_room,
        "In the engine room",
        "승리호 기관실",
        ["Tiger Park", "Bubs"],
        ["The Victory", "spaceship", "robot"],
        embed=[],
        note="characters from kit.toml; caption has ACTOR as CHARACTER",
    ),
    still(
        8,
        "uts_ring",
        scene_uts_ring,
        "UTS, the orbital paradise",
        "궤도 위의 낙원 UTS",
        [],
        ["UTS", "Earth", "space"],
        size=(2048, 1365),
        caption="UTS, the orbital paradise above the Earth, in Space Sweepers. Cr. Netflix © 2021",
        caption_ko_="영화 〈승리호〉 속 지구 궤도의 낙원 UTS. 사진 제공 넷플릭스",
        note="no characters",
    ),
    still(
        9,
        "jang_viewport",
        scene_jang_viewport,
        "Captain Jang looks down on the Earth",
        "지구를 내려다보는 장선장",
        ["Captain Jang"],
        ["The Victory", "Earth"],
    ),
    still(
        10,
        "sullivan_office",
        scene_sullivan_office,
        "Sullivan's office on UTS",
        "UTS의 설리반 집무실",
        ["James Sullivan"],
        ["UTS", "Earth"],
    ),
    still(
        11,
        "dorothy_bubs_garden",
        scene_dorothy_bubs_garden,
        "Dorothy and Bubs in the garden",
        "정원의 도로시와 업동이",
        ["Dorothy", "Bubs"],
        ["The Victory", "robot"],
        ext="png",
        mode="xmp",
        note="PNG, XMP only",
    ),
    still(
        12,
        "crew_dinner",
        scene_crew_dinner,
        "Dinner aboard The Victory",
        "승리호의 저녁 식사",
        ["Captain Jang", "Tae-ho", "Bubs", "Tiger Park", "Dorothy"],
        ["The Victory", "robot"],
        ext="webp",
        mode="xmp",
        note="WebP, XMP only",
    ),
    still(
        13,
        "dorothy_drawing",
        scene_dorothy_drawing,
        "Dorothy's drawings",
        "도로시의 그림",
        ["Dorothy"],
        ["The Victory"],
        embed=["Kot-nim"],
        note="PersonInImage uses the alias Kot-nim",
    ),
    still(
        14,
        "tiger_dorothy",
        scene_tiger_dorothy,
        "Down the corridor",
        "승리호 복도에서",
        ["Tiger Park", "Dorothy"],
        ["The Victory", "spaceship"],
        embed=[],
        caption="A scene from Space Sweepers. Cr. Netflix © 2021",
        caption_ko_="영화 〈승리호〉의 한 장면. 사진 제공 넷플릭스",
        note="characters from captions.csv",
    ),
    still(
        15,
        "junk_harpoon",
        scene_junk_harpoon,
        "Harpooning space junk",
        "우주 쓰레기 사냥",
        ["Captain Jang", "Tae-ho"],
        ["The Victory", "junk field", "spaceship", "Earth", "space"],
        embed=[],
        caption="The Victory harpoons a drifting satellite in Space Sweepers. Cr. Netflix © 2021",
        caption_ko_="영화 〈승리호〉에서 떠도는 위성을 작살로 낚는 승리호. 사진 제공 넷플릭스",
        note="characters from kit.toml",
    ),
    still(
        16,
        "jang_helm",
        scene_jang_helm,
        "Red alert",
        "비상 경보",
        ["Captain Jang"],
        ["The Victory", "spaceship"],
        mode="iim",
        note="IPTC IIM only (no XMP, no EXIF)",
    ),
    still(
        17,
        "taeho_quarters",
        scene_taeho_quarters,
        "Tae-ho in his quarters",
        "선실의 태호",
        ["Tae-ho"],
        ["The Victory", "Earth"],
        mode="xmp",
        credit=None,
        note="XMP only (no IIM, no EXIF); no credit embedded",
    ),
    still(
        18,
        "sullivan_balcony",
        scene_sullivan_balcony,
        "Sullivan on UTS",
        "UTS의 설리반",
        ["James Sullivan"],
        ["UTS"],
        exif_description=True,
        note="EXIF ImageDescription = English caption",
    ),
    still(
        19,
        "bubs_spacewalk",
        scene_bubs_spacewalk,
        "Bubs on the hull",
        "선체 위의 업동이",
        ["Bubs"],
        ["robot", "The Victory", "Earth", "space", "spaceship"],
    ),
    still(
        20,
        "final_stand",
        scene_final_stand,
        "The crew of The Victory",
        "승리호 선원들",
        ["Captain Jang", "Tae-ho", "Tiger Park", "Bubs"],
        ["The Victory", "spaceship"],
        size=(2048, 1365),
        release=EMBARGO,
        note="EMBARGOED until 2031-12-01",
    ),
]

for _s in STILLS:
    if _s["release"] == EMBARGO:
        _s["caption"] = f"EMBARGOED: for release on 1 December 2031 ({EMBARGO}), not before. " + _s["caption"]
        _s["caption_ko"] = "엠바고: 2031년 12월 1일 공개, 그 전에는 보도 금지. " + _s["caption_ko"]

# per-still manifest overrides (kit.toml) and caption-sheet rows (captions.csv)
MANIFEST_CHARACTERS = {
    "ss_07_tiger_engine_room.jpg": ["Tiger Park", "Bubs"],
    "ss_15_junk_harpoon.jpg": ["Captain Jang", "Tae-ho"],
}
CSV_ROWS = [
    ("ss_14_tiger_dorothy.jpg", "", "", "Tiger Park;Dorothy"),
    (
        "ss_02_victory_exterior.jpg",
        "The Victory, a junk collector, above the Earth in Space Sweepers. Cr. Netflix © 2021",
        "",
        "",
    ),
]


# IIM dataset length limits in bytes (exiftool would otherwise truncate or, with -m, exceed them)
IIM_LIMITS = {
    "ObjectName": 64,
    "Caption-Abstract": 2000,
    "By-line": 32,
    "Credit": 32,
    "Source": 32,
    "CopyrightNotice": 128,
    "SpecialInstructions": 256,
    "Keywords": 64,
}


def exiftool_args(s):
    """The exiftool arguments writing a still's metadata (IIM and XMP in one call)."""
    embargoed = s["release"] == EMBARGO
    instructions = (f"EMBARGOED until {EMBARGO}. Do not publish before this date. " if embargoed else "") + USAGE
    args = ["-overwrite_original", "-charset", "iptc=UTF8", "-m"]
    for tag, value in (
        ("ObjectName", s["title"]),
        ("Caption-Abstract", s["caption"]),
        ("By-line", PHOTOGRAPHER),
        ("Credit", s["credit"] or ""),
        ("Source", SOURCE),
        ("CopyrightNotice", RIGHTS),
        ("SpecialInstructions", instructions),
        *(("Keywords", k) for k in s["keywords"]),
    ):
        assert len(value.encode()) <= IIM_LIMITS[tag], (s["file"], tag, value)
    if s["mode"] in ("both", "xmp"):
        args += [
            f"-XMP-dc:Title={s['title']}",
            f"-XMP-dc:Title-ko-KR={s['title_ko']}",
            f"-XMP-dc:Description={s['caption']}",
            f"-XMP-dc:Description-ko-KR={s['caption_ko']}",
            f"-XMP-dc:Creator={PHOTOGRAPHER}",
            f"-XMP-dc:Rights={RIGHTS}",
            f"-XMP-photoshop:Source={SOURCE}",
            f"-XMP-xmpRights:UsageTerms={USAGE}",
            "-XMP-xmpRights:Marked=True",
            f"-XMP-photoshop:Instructions={instructions}",
            f"-XMP-photoshop:DateCreated={s['date']}+09:00",
        ]
        if s["credit"]:
            args.append(f"-XMP-photoshop:Credit={s['credit']}")
        args += [f"-XMP-dc:Subject={k}" for k in s["keywords"]]
        args += [f"-XMP-iptcExt:PersonInImage={p}" for p in s["embed"]]
    if s["mode"] in ("both", "iim"):
        args += [
            "-IPTC:CodedCharacterSet=UTF8",
            f"-IPTC:ObjectName={s['title']}",
            f"-IPTC:Caption-Abstract={s['caption']}",
            f"-IPTC:By-line={PHOTOGRAPHER}",
            f"-IPTC:CopyrightNotice={RIGHTS}",
            f"-IPTC:Source={SOURCE}",
            f"-IPTC:ReleaseDate={s['release'].replace('-', ':')}",
            f"-IPTC:SpecialInstructions={instructions}",
            f"-IPTC:DateCreated={s['date'][:10]}",
            f"-IPTC:TimeCreated={s['date'][11:]}+09:00",
        ]
        if s["credit"]:
            args.append(f"-IPTC:Credit={s['credit']}")
        args += [f"-IPTC:Keywords={k}" for k in s["keywords"]]
    if s["mode"] == "both":
        args.append("-Photoshop:IPTCDigest=new")  # IIM and XMP written together: mark them in sync (MWG)
    if s["mode"] == "both":
        args += [
            f"-EXIF:Artist={PHOTOGRAPHER}",
            f"-EXIF:Copyright={RIGHTS}",
            f"-EXIF:DateTimeOriginal={s['date']}",
            "-EXIF:OffsetTimeOriginal=+09:00",
            "-EXIF:ColorSpace=sRGB",
            f"-ExifIFD:ExifImageWidth={s['size'][0]}",
            f"-ExifIFD:ExifImageHeight={s['size'][1]}",
        ]
        if s["exif_description"]:
            args.append(f"-EXIF:ImageDescription={s['caption']}")
    if s["orientation"]:
        args.append(f"-IFD0:Orientation#={s['orientation']}")
    return args
