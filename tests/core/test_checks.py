"""Press-desk checks: names spelt unlike the rest of the kit, credits that disagree, stills
with no caption; and the issue's planted kit, whose findings are exactly what was planted."""

from __future__ import annotations

from captiondoc_builders import PLANTED_CAPTIONS, PLANTED_FINDINGS, planted_kit

from gallery.core.checks import (
    CAPTION_CREDIT,
    CREDIT,
    NO_CAPTION,
    NO_CREDIT,
    SPELLING,
    check_kit,
    check_stills,
    edit_distance,
    spelling_findings,
)
from gallery.core.kit import open_kit, sample_kit_path
from gallery.core.manifest import Character
from gallery.core.still import Still


def still(n: int, caption: str | None, credit: str | None = "Netflix") -> Still:
    return Still(file=f"ss_{n:02d}.jpg", captions={"x-default": caption} if caption else {}, credit=credit)


def test_a_name_a_slip_away_from_a_known_one_is_flagged_with_the_known_spelling():
    stills = [still(1, "Song Joong-ki as Tae-ho."), still(7, "Song Jung-ki as Tae-ho on the bridge.")]
    findings = spelling_findings(stills, {"Song Joong-ki": 12})
    assert [(f.kind, f.file, f.message) for f in findings] == [
        (SPELLING, "ss_07.jpg", "Song Jung-ki in ss_07.jpg (elsewhere Song Joong-ki, 12 stills)")
    ]


def test_the_cast_lists_own_spellings_and_other_names_are_not_flagged():
    stills = [
        still(1, "Jin Sun-kyu as Tiger Park."),  # an alias in the cast list
        still(2, "Kim Tae-ri as Captain Jang with Kim Tae-ho."),  # a different person: two words differ
        still(3, "Song Joong-ki as Tae-ho."),
    ]
    cast = [
        Character("Tiger Park", "Jin Seon-kyu", actor_aliases=("Jin Sun-kyu",)),
        Character("Tae-ho", "Song Joong-ki"),
    ]
    assert check_stills(stills, cast) == []


def test_without_a_cast_list_the_spelling_most_stills_agree_on_wins():
    stills = [still(n, "Song Joong-ki as Tae-ho.") for n in range(1, 4)] + [still(4, "Song Jung-ki as Tae-ho.")]
    assert [f.message for f in check_stills(stills)] == [
        "Song Jung-ki in ss_04.jpg (elsewhere Song Joong-ki, 3 stills)"
    ]


def test_two_spellings_in_as_many_stills_are_not_told_apart_without_a_cast():
    stills = [still(1, "Song Joong-ki as Tae-ho."), still(2, "Song Jung-ki as Tae-ho.")]
    assert check_stills(stills) == []


def test_credits_missing_unusual_or_contradicted_by_the_caption_and_stills_without_captions():
    stills = [
        still(1, "Tae-ho. Cr. Netflix © 2021"),
        still(2, "The Victory."),
        still(3, "Jang.", credit="Netflix / Studio"),
        still(4, "Bubs. Cr. Studio 88"),
        still(5, "Dorothy.", credit=None),
        still(6, None),
    ]
    assert [(f.kind, f.message) for f in check_stills(stills)] == [
        (CREDIT, "ss_03.jpg: credit Netflix / Studio (the kit's usual: Netflix, 4 stills)"),
        (CAPTION_CREDIT, "ss_04.jpg: the caption says Cr. Studio 88, the credit is Netflix"),
        (NO_CREDIT, "ss_05.jpg: no credit"),
        (NO_CAPTION, "ss_06.jpg: no caption"),
    ]


def test_edit_distance_stops_past_its_limit():
    assert edit_distance("joong", "jung", 5) == 2
    assert edit_distance("a" * 50, "b" * 50, 2) == 3


def test_the_planted_kit_opens_with_every_caption_matched_and_exactly_the_planted_findings(tmp_path):
    kit = open_kit(planted_kit(tmp_path))
    assert [s.caption for s in kit.stills] == PLANTED_CAPTIONS
    # (sources still count the .docx among "files not shown": theirs to change)
    assert [w for w in kit.warnings if "not shown" not in w] == []
    assert kit.manifest is not None
    assert [f.message for f in check_kit(kit)] == PLANTED_FINDINGS


def test_gallery_check_prints_the_planted_findings_and_exits_1(tmp_path, capsys):
    from gallery.cli import main

    assert main(["check", str(planted_kit(tmp_path / "kit"))]) == 1
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "Space Sweepers (Netflix, 2021): 3 findings in 12 stills",
        "",
        "Names:",
        f"  {PLANTED_FINDINGS[0]}",
        f"  {PLANTED_FINDINGS[1]}",
        "",
        "Credits:",
        f"  {PLANTED_FINDINGS[2]}",
    ]


def test_gallery_check_counts_a_slip_once_per_picture_once_thumbnails_are_made(tmp_path, capsys):
    from gallery.cli import main

    kit = planted_kit(tmp_path / "kit", versions=True)  # HR/ and LR/ copies of each still
    assert main(["check", str(kit)]) == 1
    before = capsys.readouterr().out.splitlines()
    assert before[0] == "Space Sweepers (Netflix, 2021): 6 findings in 24 stills"  # unknown yet: each file
    assert main(["thumbs", "-q", str(kit)]) == 0
    capsys.readouterr()
    assert main(["check", str(kit)]) == 1
    after = capsys.readouterr().out.splitlines()
    assert after[0] == "Space Sweepers (Netflix, 2021): 3 findings in 12 stills"
    assert after[3] == "  " + PLANTED_FINDINGS[0].replace("ss_07", "HR/ss_07")


def test_gallery_check_of_a_clean_kit_exits_0_and_of_no_kit_2(tmp_path, capsys):
    from gallery.cli import main

    assert main(["check"]) == 0  # the sample kit
    assert "no findings in 20 stills" in capsys.readouterr().out
    assert main(["check", str(tmp_path / "gone")]) == 2


def test_stills_a_caption_document_leaves_out_and_its_stray_entries_are_findings(tmp_path):
    from captiondoc_builders import docx_paragraphs
    from helpers import jpeg_bytes, write

    from gallery.core.checks import check_kit

    for n in (1, 2):
        write(tmp_path / f"ss_{n:02d}.jpg", jpeg_bytes())
    write(tmp_path / "captions.docx", docx_paragraphs(["01 Tae-ho.", "Still 9 Nobody."]))
    findings = [(f.kind, f.file, f.message) for f in check_kit(open_kit(tmp_path))]
    assert findings == [
        ("no credit", "ss_01.jpg", "ss_01.jpg: no credit"),
        ("no credit", "ss_02.jpg", "ss_02.jpg: no credit"),
        ("no caption", "ss_02.jpg", "ss_02.jpg: no caption"),
        ("no entry", "ss_02.jpg", "ss_02.jpg: no entry in captions.docx"),
        ("caption document", "", "captions.docx: 1 entry with no still: entry 2 (Still 9)"),
    ]


def test_a_korean_actor_spelt_one_letter_off_is_flagged_and_another_family_name_is_not():
    korean = "영화 〈승리호〉에서 태호 역의 {actor}. 사진 제공 넷플릭스"
    stills = [
        *(still(n, korean.format(actor="송중기")) for n in range(1, 4)),
        still(4, korean.format(actor="송쭝기")),  # ㅈ for ㅉ: a slip
        still(5, korean.format(actor="박중기")),  # another family name: another person
    ]
    spelling = [f.message for f in check_stills(stills) if f.kind == SPELLING]
    assert spelling == ["송쭝기 in ss_04.jpg (elsewhere 송중기, 3 stills)"]


def test_the_bundled_kit_has_no_korean_spelling_findings():
    kit = open_kit(sample_kit_path())
    assert [f for f in check_kit(kit) if f.kind == SPELLING] == []
