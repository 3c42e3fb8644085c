"""The details panel: every field of the selected still, its caption languages, and the related
stills one click away; the press fields a newsroom relies on, and the banners for a still that
is held back (embargoed, expired) or must be disclosed (AI-generated, composite)."""

# ruff: noqa: F811 - the fixtures come from pressui (imported, so arguments redefine them)

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pressui import grid_files, library_path, press_window, prompter, select_files  # noqa: F401 - fixtures
from uihelpers import open_and_wait

from PySide6.QtCore import Qt

from gallery.core.metadata import read_metadata
from gallery.core.related import related_stills
from gallery.core.still import Still
from gallery.ui.details import ROWS, DetailsPanel, caption_languages, language_name
from gallery.ui.tasks import TaskRunner


def test_details_show_fields_and_switch_caption_language(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select_files(window, ["ss_02.jpg"])
    details = window.details
    qtbot.waitUntil(lambda: details.still() is not None and details.still().file == "ss_02.jpg")
    assert details.caption.text() == "Park Ye-rin as Dorothy looks at the stars."
    assert details.values["credit"].text() == "Netflix"
    assert details.values["characters"].text() == "Dorothy (Park Ye-rin)"
    assert details.values["file"].text() == "ss_02.jpg"
    assert details.values["dimensions"].text().startswith("480 × 270")
    assert details.caption.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    labels = {b.text(): b for b in details._language_group.buttons()}
    assert set(labels) == {"Default", "한국어"}
    labels["한국어"].click()
    assert details.caption.text() == "별을 바라보는 꽃님이"
    # The choice sticks for the next still that has that language.
    select_files(window, ["ss_03.jpg"])
    qtbot.waitUntil(lambda: details.still() is not None and details.still().file == "ss_03.jpg")
    assert details.caption.text() == "꽃님이와 업동이"
    # The preview is decoded in the background and lands.
    qtbot.waitUntil(lambda: details.preview.pixmap() is not None, timeout=5000)
    select_files(window, ["ss_01.jpg", "ss_02.jpg", "ss_04.jpg"])
    qtbot.waitUntil(lambda: details.message.text() == "3 stills selected")
    window.grid.selectionModel().clearSelection()
    qtbot.waitUntil(lambda: "Select a still" in details.message.text())


def test_related_stills_are_ranked_and_one_click_away(qtbot, press_window, small_kit):
    window = press_window()
    kit = open_and_wait(qtbot, window, small_kit)
    select_files(window, ["ss_07.jpg"])  # Tiger Park, Tae-ho, Dorothy
    details = window.details
    qtbot.waitUntil(lambda: details.still() is not None and details.still().file == "ss_07.jpg")
    expected = [r.still.file for r in related_stills(kit.still("ss_07.jpg"), kit.stills)]
    assert details.related_files() == expected[: details.RELATED_LIMIT]
    assert expected[0] == "ss_05.jpg"  # shares Tae-ho and Dorothy, with nobody else
    rows = details.related_rows()
    assert rows[0].shares == "Shares Tae-ho, Dorothy"
    assert details.related_title.isVisible()
    qtbot.waitUntil(lambda: rows[0]._pixmap is not None, timeout=5000)  # the small picture comes
    # A click selects it in the grid, even when the filter hid it.
    window.filter_bar.characters.chip("Bubs").click()
    assert "ss_04.jpg" not in grid_files(window)
    select_files(window, ["ss_03.jpg"])  # Dorothy and Bubs
    qtbot.waitUntil(lambda: details.still() is not None and details.still().file == "ss_03.jpg")
    target = next(r for r in details.related_rows() if r.file == "ss_02.jpg")
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert [s.file for s in window.selected_stills()] == ["ss_02.jpg"]
    assert window.grid.hasFocus()
    # A still with nobody in it has no related stills.
    select_files(window, ["ss_08.jpg"])
    qtbot.waitUntil(lambda: details.still() is not None and details.still().file == "ss_08.jpg")
    assert details.related_files() == [] and not details.related_title.isVisible()


# -- the press fields a newsroom relies on, and the banners of held-back or disclosed stills -------


PRESS = Path(__file__).resolve().parents[1] / "fixtures" / "press"


def read(name: str) -> Still:
    return read_metadata((PRESS / name).read_bytes(), name)


@pytest.fixture
def panel(qtbot: Any) -> Any:
    runner = TaskRunner(bulk_threads=1)
    panel = DetailsPanel(runner)
    qtbot.addWidget(panel)
    panel.resize(420, 900)
    panel.show()
    qtbot.waitExposed(panel)
    yield panel
    runner.shutdown()


def shown(panel: DetailsPanel) -> dict[str, str]:
    """The rows a user sees: label -> text."""
    return {panel._keys[key].text(): panel.values[key].text() for key, _l, _t in ROWS if panel.values[key].isVisible()}


def test_the_reference_stand_in_shows_every_press_field(panel):
    panel.show_still(read("iptc_reference_standin.jpg"))
    rows = shown(panel)
    assert panel.title.text() == "Object Name (Title) (ref2021.1)"
    assert rows["Headline"] == "The Headline (ref2021.1)"
    assert rows["Caption writer"] == "Description Writer (ref2021.1)"
    assert rows["Event"] == "An Event (ref2021.1)"
    assert rows["Usage terms"] == "Rights Usage Terms (ref2021.1)"
    assert rows["Special instructions"] == "An Instruction (ref2021.1)"
    assert rows["Rights statement"] == "http://www.WebStatementOfRights.org/ref2021.1"
    assert rows["Alt text"] == "This is the Alt Text description to support accessibility in ref2021.1"
    assert rows["Digital source"] == "Software image"
    assert rows["Licensor"].splitlines() == [
        "Licensor1 (ref2021.1) <http://www.LicensorURL1.org/ref2021.1>",
        "Licensor2 (ref2021.1) <http://www.LicensorURL2.org/ref2021.1>",
    ]
    location = rows["Location"].splitlines()
    assert len(location) == 3 and "City (Location shown2) (ref2021.1)" in location[1]
    assert "City (Core) (ref2021.1)" in location[2]
    assert rows["Taken at"].startswith("Location Name (Location created1) (ref2021.1)")
    assert not panel.embargo.isVisible() and not panel.disclosure.isVisible()


def test_an_expired_still_has_a_banner_and_a_red_row(panel):
    panel.show_still(read("expired.jpg"))
    assert panel.embargo.isVisible()
    assert panel.embargo.text() == "Expired on 31 January 2020, 18:00 UTC. Do not use it."
    assert shown(panel)["Expires"].endswith("18:00 UTC  (expired)")
    assert panel.values["expiry"].styleSheet()  # the alarm colour


def test_an_embargo_to_the_minute_shows_its_time(panel):
    panel.show_still(read("embargo_minute.jpg"))
    assert panel.embargo.text() == "Embargoed until 5 February 2031, 14:30 UTC+01:00. Do not publish before then."
    assert "14:30 UTC+01:00  (embargoed)" in shown(panel)["Release date"]
    panel.show_still(read("languages.jpg"))
    assert not panel.embargo.isVisible()


@pytest.mark.parametrize(("name", "badge"), [("ai_generated.jpg", "AI-generated"), ("composite.jpg", "Composite")])
def test_ai_generated_and_composite_stills_carry_a_banner(panel, name, badge):
    panel.show_still(read(name))
    assert panel.disclosure.isVisible()
    assert panel.disclosure.text().startswith(f"{badge}:")
    assert shown(panel)["Digital source"].endswith(f"({badge})")


def test_title_usage_terms_and_alt_text_follow_the_caption_language(panel):
    panel.show_still(read("languages.jpg"))
    assert panel.title.text() == "The Victory"
    panel.set_language("fr")
    assert panel.title.text() == "Le Victory"
    assert shown(panel)["Usage terms"] == "Usage éditorial uniquement."
    panel.set_language("ko-KR")
    assert panel.title.text() == "승리호"
    assert shown(panel)["Alt text"] == "우주선 조종실의 네 사람."
    assert shown(panel)["Usage terms"] == "Editorial use only."  # no Korean terms: the default


def test_a_still_without_press_fields_shows_none_of_their_rows(panel):
    panel.show_still(Still(file="plain.jpg", width=10, height=10, release_date=dt.date(2020, 1, 1)))
    assert set(shown(panel)) == {"Release date", "Dimensions", "File"}


def test_language_names_are_native():
    assert language_name("ko-KR") == "한국어"
    assert language_name("en-US") == "English"
    assert language_name("x-default") == "Default"
    # An x-default that repeats a named language is not offered twice.
    langs = caption_languages({"x-default": "Hello", "en-US": "Hello", "ko-KR": "안녕"})
    assert [k for k, _ in langs] == ["en-US", "ko-KR"]


def test_a_caption_from_a_caption_document_says_which_entry(qtbot, make_window, tmp_path):
    from captiondoc_builders import PLANTED_CAPTIONS, planted_kit

    window = make_window()
    open_and_wait(qtbot, window, planted_kit(tmp_path / "kit"), thumbnails=False)
    select_files(window, ["ss_07.jpg"])
    details = window.details
    qtbot.waitUntil(lambda: details.still() is not None and details.still().file == "ss_07.jpg")
    assert details.caption.text() == PLANTED_CAPTIONS[6]
    assert details.caption_origin.text() == "From Photo Captions.docx, entry 7"
    assert details.caption_origin.isVisible()


def test_kit_toml_captions_say_so_and_a_stills_own_caption_has_no_origin_line(qtbot, make_window, tmp_path):
    from helpers import jpeg_bytes, write

    kit = tmp_path / "kit"
    write(kit / "a.jpg", jpeg_bytes(description="Its own caption."))
    write(kit / "b.jpg", jpeg_bytes())
    write(kit / "kit.toml", b'[stills."b.jpg"]\ncaption = "The manifest\'s caption."\n')
    window = make_window()
    open_and_wait(qtbot, window, kit, thumbnails=False)
    details = window.details
    select_files(window, ["b.jpg"])
    qtbot.waitUntil(lambda: details.still() is not None and details.still().file == "b.jpg")
    assert details.caption_origin.text() == "From kit.toml"
    select_files(window, ["a.jpg"])
    qtbot.waitUntil(lambda: details.still() is not None and details.still().file == "a.jpg")
    assert details.caption.text() == "Its own caption." and not details.caption_origin.isVisible()


def test_an_imported_caption_document_is_remembered_outside_the_kit(qtbot, make_window, tmp_path):
    from captiondoc_builders import docx_paragraphs
    from helpers import jpeg_bytes, tree_digest, write

    kit = tmp_path / "kit"
    for n in (1, 2):
        write(kit / f"ss_{n:02d}.jpg", jpeg_bytes(description="Its own caption."))
    notes = write(tmp_path / "elsewhere" / "press notes.docx", docx_paragraphs(["01 Tae-ho.", "02 The Victory."]))
    before = tree_digest(kit)
    window = make_window()
    open_and_wait(qtbot, window, kit, thumbnails=False)
    window.caption_import.choose = lambda start: str(notes)
    assert window.commands["import_captions"].isEnabled()
    with qtbot.waitSignal(window.kitLoaded, timeout=15000):
        window.commands["import_captions"].trigger()
    qtbot.waitUntil(lambda: window.kit is not None and window.kit.stills[0].caption == "Tae-ho.")
    select_files(window, ["ss_02.jpg"])
    details = window.details
    qtbot.waitUntil(lambda: details.still() is not None and details.still().file == "ss_02.jpg")
    assert details.caption.text() == "The Victory."
    assert details.caption_origin.text() == "From press notes.docx, entry 2"
    assert tree_digest(kit) == before
    # Opened again later, the kit still reads it.
    open_and_wait(qtbot, window, kit, thumbnails=False)
    assert [s.caption for s in window.kit.stills] == ["Tae-ho.", "The Victory."]
