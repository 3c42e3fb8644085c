"""Caption documents beside the stills: read, matched by name, stem or number, merged like
captions.csv, and every still or entry left over said in the kit's warnings."""

from __future__ import annotations

import io
import sys
import zipfile

import pytest
from captiondoc_builders import docx_paragraphs, docx_table, qt_pdf, xlsx
from helpers import jpeg_bytes, tree_digest, write

from gallery.core.captiondocs import is_caption_document_name, read_caption_document
from gallery.core.captiondocs import readers as readers_module
from gallery.core.kit import open_kit

FILES = [f"ss_{n:02d}_{what}.jpg" for n, what in enumerate(["bridge", "exterior", "eva", "cockpit"], 1)]


def make_stills(root, files=FILES, description=None):
    for file in files:
        write(root / file, jpeg_bytes(description=description))


def test_a_word_caption_sheet_matches_every_still_by_number_stem_and_file_name(tmp_path):
    make_stills(tmp_path, description="Embedded caption")
    paragraphs = [
        "Space Sweepers, on Netflix 5 February 2021. Editorial use only.",
        "01. Song Joong-ki as Tae-ho on the bridge of The Victory.",
        "Photo: Netflix",
        "ss_02_exterior — The Victory above the Earth. Cr. Netflix © 2021",
        "Still 3",
        "Kim Tae-ri as Captain Jang out on the junk field.",
        "Credit: Netflix / Studio",
        "ss_04_cockpit.jpg: Bubs at the controls.",
    ]
    write(tmp_path / "Photo Captions.docx", docx_paragraphs(paragraphs))
    kit = open_kit(tmp_path)
    captions = {s.file: s.caption for s in kit.stills}
    assert captions == {
        "ss_01_bridge.jpg": "Song Joong-ki as Tae-ho on the bridge of The Victory.",
        "ss_02_exterior.jpg": "The Victory above the Earth. Cr. Netflix © 2021",
        "ss_03_eva.jpg": "Kim Tae-ri as Captain Jang out on the junk field.",
        "ss_04_cockpit.jpg": "Bubs at the controls.",
    }
    credits = [s.credit for s in kit.stills]
    assert credits == ["Netflix", "Netflix", "Netflix / Studio", None]
    assert kit.manifest is not None
    assert kit.manifest.caption_origin("ss_03_eva.jpg") == "Photo Captions.docx, entry 3"
    assert not [w for w in kit.warnings if "Photo Captions" in w]


def test_stills_without_an_entry_and_entries_without_a_still_are_kit_warnings(tmp_path):
    make_stills(tmp_path)
    paragraphs = ["01 Tae-ho.", "02 The Victory.", "Still 7: A still not in this kit."]
    write(tmp_path / "captions.docx", docx_paragraphs(paragraphs))
    warnings = open_kit(tmp_path).warnings
    assert "captions.docx: 1 entry with no still: entry 3 (Still 7)" in warnings
    assert "captions.docx: no entry for 2 stills: ss_03_eva.jpg, ss_04_cockpit.jpg" in warnings


def test_a_word_table_with_a_header_row_is_read_by_column(tmp_path):
    make_stills(tmp_path)
    rows = [
        ["No.", "Caption", "Credit"],
        ["1", "Song Joong-ki as Tae-ho.", "Netflix"],
        ["2", "The Victory.\nPhoto: Netflix", ""],
        ["3", "Kim Tae-ri as Captain Jang.", "© 2021 Netflix. All rights reserved."],
        ["4", "Bubs.", "Netflix"],
    ]
    write(tmp_path / "Caption Sheet.docx", docx_table(rows))
    kit = open_kit(tmp_path)
    assert [(s.caption, s.credit) for s in kit.stills] == [
        ("Song Joong-ki as Tae-ho.", "Netflix"),
        ("The Victory.", "Netflix"),
        ("Kim Tae-ri as Captain Jang.", "Netflix"),
        ("Bubs.", "Netflix"),
    ]


def test_a_table_without_a_header_takes_the_cell_that_names_a_still():
    rows = [["ss_01_bridge.jpg", "Tae-ho on the bridge.", "Photo: Netflix"], ["SS_02", "The Victory. Cr. Studio", ""]]
    document = read_caption_document("captions.docx", docx_table(rows), FILES)
    assert {f: (e.caption, e.credit) for f, e in document.by_file.items()} == {
        "ss_01_bridge.jpg": ("Tae-ho on the bridge.", "Netflix"),
        "ss_02_exterior.jpg": ("The Victory. Cr. Studio", "Studio"),
    }


def test_an_excel_sheet_with_numbers_typed_as_numbers(tmp_path):
    make_stills(tmp_path)
    rows = [["Still", "Caption", "Credit"], [1, "Tae-ho.", "Netflix"], ["ss_02_exterior.jpg", "The Victory.", None]]
    write(tmp_path / "photo_captions.xlsx", xlsx(rows))
    kit = open_kit(tmp_path)
    assert [s.caption for s in kit.stills[:2]] == ["Tae-ho.", "The Victory."]
    assert kit.manifest is not None
    assert kit.manifest.caption_origin("ss_02_exterior.jpg") == "photo_captions.xlsx, entry 2"


def test_a_pdf_written_by_qt_is_read_with_pypdf(tmp_path):
    make_stills(tmp_path)
    lines = ["PHOTO CAPTIONS", "01  Song Joong-ki as Tae-ho.", "Photo: Netflix", "02  Kim Tae-ri as Captain Jang."]
    write(tmp_path / "Photo Captions.pdf", qt_pdf(lines))
    kit = open_kit(tmp_path)
    assert [(s.caption, s.credit) for s in kit.stills[:2]] == [
        ("Song Joong-ki as Tae-ho.", "Netflix"),
        ("Kim Tae-ri as Captain Jang.", None),
    ]


def test_a_korean_text_file_with_a_korean_credit_line(tmp_path):
    make_stills(tmp_path, FILES[:1])
    write(tmp_path / "캡션.txt", "스틸 1 — 송중기 (태호)\n사진 제공 넷플릭스\n".encode())
    (still,) = open_kit(tmp_path).stills
    assert (still.caption, still.credit) == ("송중기 (태호)", "넷플릭스")


def test_precedence_embedded_then_document_then_sheet_then_kit_toml(tmp_path):
    make_stills(tmp_path, FILES[:3], description="Embedded")
    write(tmp_path / "captions.docx", docx_paragraphs(["01 Doc one.", "02 Doc two.", "03 Doc three."]))
    write(tmp_path / "captions.csv", b"file,caption\nss_02_exterior.jpg,Sheet two.\nss_03_eva.jpg,Sheet three.\n")
    write(tmp_path / "kit.toml", b'[stills."ss_03_eva.jpg"]\ncaption = "Toml three."\n')
    kit = open_kit(tmp_path)
    assert [s.caption for s in kit.stills] == ["Doc one.", "Sheet two.", "Toml three."]
    assert kit.manifest is not None
    assert [kit.manifest.caption_origin(s.file) for s in kit.stills] == [
        "captions.docx, entry 1",
        "captions.csv",
        "kit.toml",
    ]


def test_a_zip_kit_reads_its_caption_document_and_the_folder_is_untouched(tmp_path):
    folder = tmp_path / "kit"
    make_stills(folder, FILES[:2])
    write(folder / "Photo Captions.docx", docx_paragraphs(["01 Tae-ho.", "02 The Victory."]))
    before = tree_digest(folder)
    assert [s.caption for s in open_kit(folder).stills] == ["Tae-ho.", "The Victory."]
    assert tree_digest(folder) == before
    archive = tmp_path / "kit.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in folder.iterdir():
            z.write(path, f"Space Sweepers/{path.name}")
    assert [s.caption for s in open_kit(archive).stills] == ["Tae-ho.", "The Victory."]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Photo Captions.docx", True),
        ("caption_sheet.xlsx", True),
        ("Légendes photos.pdf", True),
        ("스틸 캡션.txt", True),
        ("보도자료.docx", True),
        ("notes.docx", False),
        ("captions.csv", False),
        ("captions.jpg", False),
        (".captions.docx", False),
    ],
)
def test_caption_document_names(name, expected):
    assert is_caption_document_name(name) is expected


def test_a_document_the_user_picks_needs_no_caption_name():
    document = read_caption_document("press notes v2.docx", docx_paragraphs(["01 Tae-ho."]), FILES)
    assert document.origin(document.by_file["ss_01_bridge.jpg"]) == "press notes v2.docx, entry 1"


# -- hostile documents: a warning, the kit opens, nothing written --------------------------


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
    b"<w:t>01 &lol2;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"not a zip at all", "damaged (not a valid Office file)"),
        (_zip({"word/document.xml": b"<" * 10 + b"a" * (4 * 1024 * 1024)}), "suspicious compression ratio"),
        (_zip({f"x{i}": b"" for i in range(2_001)}, zipfile.ZIP_STORED), "too many parts (2,001)"),
        (_zip({"word/document.xml": BILLION_LAUGHS}), "unreadable (DTDForbidden)"),
        (_zip({"word/document.xml": b"<unclosed"}), "unreadable (ParseError)"),
        (_zip({"other.xml": b"<a/>"}), "damaged (no word/document.xml)"),
        (b"x" * (readers_module.MAX_DOCUMENT_BYTES + 1), "too large (over 32 MB)"),
    ],
    ids=["not-zip", "bomb", "many-members", "entities", "bad-xml", "no-body", "too-large"],
)
def test_hostile_word_files_are_a_warning_and_the_kit_opens(tmp_path, data, reason):
    make_stills(tmp_path, FILES[:1], description="Embedded")
    write(tmp_path / "captions.docx", data)
    before = tree_digest(tmp_path)
    kit = open_kit(tmp_path)
    assert f"captions.docx: {reason}" in kit.warnings
    assert kit.stills[0].caption == "Embedded"
    assert tree_digest(tmp_path) == before


def test_a_reader_out_of_time_stops_with_a_warning(monkeypatch):
    monkeypatch.setattr(readers_module, "READ_SECONDS", -1.0)
    document = read_caption_document("captions.txt", b"01 Tae-ho.\n", FILES)
    assert document.warnings == ["captions.txt: took too long to read"]


def test_without_openpyxl_or_pypdf_the_kit_opens_and_says_why(tmp_path, monkeypatch):
    make_stills(tmp_path, FILES[:1])
    write(tmp_path / "captions.xlsx", xlsx([["File", "Caption"], ["ss_01_bridge.jpg", "Tae-ho."]]))
    write(tmp_path / "captions.pdf", qt_pdf(["01 Tae-ho."]))
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    monkeypatch.setitem(sys.modules, "pypdf", None)
    from gallery.core import guard

    monkeypatch.setattr(guard, "processes_allowed", lambda *a, **k: False)  # read here, where the modules are gone
    kit = open_kit(tmp_path)
    assert "captions.xlsx: not read: Excel support (openpyxl) is not installed" in kit.warnings
    assert "captions.pdf: not read: PDF support (pypdf) is not installed" in kit.warnings


def test_a_picked_document_is_read_for_its_kit_only_and_a_gone_one_is_a_warning(tmp_path):
    from gallery.core.captiondocs.picked import forget_documents, picked_documents, remember_document, store_path
    from gallery.core.kit import kit_identity
    from gallery.core.sources import open_source

    kit, other = tmp_path / "kit", tmp_path / "other"
    make_stills(kit, FILES[:1], description="Embedded")
    make_stills(other, FILES[:1], description="Embedded")
    notes = write(tmp_path / "notes.docx", docx_paragraphs(["01 From the notes."]))
    key = kit_identity(open_source(kit)).key
    assert remember_document(key, notes)
    assert not remember_document(key, tmp_path / "notes.doc")  # not a format we read
    assert picked_documents(key) == [notes]
    assert store_path().is_file() and not store_path().is_relative_to(kit)
    assert open_kit(kit).stills[0].caption == "From the notes."
    assert open_kit(other).stills[0].caption == "Embedded"
    notes.unlink()
    opened = open_kit(kit)
    assert opened.stills[0].caption == "Embedded"
    assert f"notes.docx: the caption document picked for this kit cannot be read ({notes})" in opened.warnings
    assert forget_documents(key) and picked_documents(key) == []


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("captions.pdf", b"%PDF-1.4\n garbage", "unreadable (PdfStreamError)"),
        ("captions.xlsx", b"PK\x03\x04 not really", "damaged (not a valid Office file)"),
        (
            "captions.xlsx",
            _zip({"xl/sharedStrings.xml": b"<a>" + b"x" * (8 * 1024 * 1024) + b"</a>"}),
            "suspicious compression ratio",
        ),
        ("captions.txt", b"01 x\n" * (readers_module.MAX_BLOCKS + 1), "too many paragraphs or rows (over 50,000)"),
    ],
    ids=["pdf-garbage", "xlsx-garbage", "xlsx-bomb", "txt-too-many-lines"],
)
def test_hostile_excel_pdf_and_text_files_are_a_warning(name, data, reason):
    document = read_caption_document(name, data, FILES)
    assert document.warnings == [f"{name}: {reason}"] and document.by_file == {}


def test_one_entry_captions_every_copy_of_a_still_in_hr_and_lr_folders(tmp_path):
    for folder in ("HR", "LR"):
        make_stills(tmp_path / folder, FILES[:2])
    write(tmp_path / "Photo Captions.docx", docx_paragraphs(["Still 1 Tae-ho.", "ss_02_exterior.jpg The Victory."]))
    kit = open_kit(tmp_path)
    assert {s.file: s.caption for s in kit.stills} == {
        "HR/ss_01_bridge.jpg": "Tae-ho.",
        "HR/ss_02_exterior.jpg": "The Victory.",
        "LR/ss_01_bridge.jpg": "Tae-ho.",
        "LR/ss_02_exterior.jpg": "The Victory.",
    }
    assert not [w for w in kit.warnings if "Photo Captions" in w]


def test_a_number_two_different_stills_share_is_not_guessed():
    document = read_caption_document("captions.txt", b"01 Which one?\n", ["ss_01_a.jpg", "ss_01_b.jpg"])
    assert document.by_file == {}
    assert document.warnings == ["captions.txt: 1 entry naming several stills: entry 1 (01)"]


def test_an_excel_sheet_declaring_entities_is_refused_by_defusedxml():
    good = zipfile.ZipFile(io.BytesIO(xlsx([["File", "Caption"], ["ss_01_bridge.jpg", "Tae-ho."]])))
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>'
    )
    parts = {name: good.read(name) for name in good.namelist()}
    parts["xl/worksheets/sheet1.xml"] = laughs
    document = read_caption_document("captions.xlsx", _zip(parts), FILES)
    assert document.warnings == ["captions.xlsx: unreadable (EntitiesForbidden)"]


def test_paragraphs_inside_word_content_controls_are_read():
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = (
        f'<w:document xmlns:w="{w}"><w:body>'
        "<w:p><w:r><w:t>01 Tae-ho.</w:t></w:r></w:p>"
        "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>02</w:t></w:r><w:r><w:tab/><w:t>The Victory.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt></w:body></w:document>"
    )
    document = read_caption_document("captions.docx", _zip({"word/document.xml": body.encode()}), FILES)
    assert {f: e.caption for f, e in document.by_file.items()} == {
        "ss_01_bridge.jpg": "Tae-ho.",
        "ss_02_exterior.jpg": "The Victory.",
    }


def test_a_caption_line_starting_with_a_year_or_a_count_goes_on_the_entry_before():
    text = "01 Tae-ho on the bridge.\n2021 was the year of The Victory.\n7 crew members at dinner.\n02: The Victory.\n"
    document = read_caption_document("captions.txt", text.encode(), FILES)
    assert [(e.key, e.caption) for e in document.entries] == [
        ("01", "Tae-ho on the bridge. 2021 was the year of The Victory. 7 crew members at dinner."),
        ("02", "The Victory."),
    ]


def test_bracketed_keys_as_korean_press_releases_write_them():
    text = "[사진 1] 송중기 (태호)\n사진 제공 넷플릭스\n(2) The Victory.\n【스틸 3】 김태리\n"
    document = read_caption_document("보도자료.txt", text.encode(), FILES)
    assert {f: (e.caption, e.credit) for f, e in document.by_file.items()} == {
        "ss_01_bridge.jpg": ("송중기 (태호)", "넷플릭스"),
        "ss_02_exterior.jpg": ("The Victory.", None),
        "ss_03_eva.jpg": ("김태리", None),
    }


def test_a_document_whose_parser_overruns_its_worker_deadline_is_a_warning():
    import time

    from gallery.core.guard import Guard

    with Guard(workers=1, timeout=0.5) as guard:
        if not guard.available:
            pytest.fail("worker processes are needed for this test")
        # (time.sleep stands for a parser stuck in a loop: the worker is killed at the deadline)
        document = read_caption_document("captions.pdf", b"%PDF-1.4", FILES, lambda *_: guard.run(time.sleep, 30))
    assert document.warnings == ["captions.pdf: not read (timed out)"]


def test_a_caption_document_is_not_counted_among_the_files_not_shown(tmp_path):
    write(tmp_path / "kit" / "ss_01.jpg", jpeg_bytes())
    write(tmp_path / "kit" / "Photo Captions.txt", b"ss_01.jpg\nThe crew. Photo: Netflix\n")
    write(tmp_path / "kit" / "notes.txt", b"call the agency")
    kit = open_kit(tmp_path / "kit")
    assert kit.stills[0].caption.startswith("The crew.")
    assert "1 file not shown: 1 .txt" in kit.warnings  # notes.txt only: the captions were read
