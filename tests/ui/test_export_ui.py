"""Export, contact sheets, embargoes and caption styles through the window."""

# ruff: noqa: F811 - the fixtures come from pressui (imported, so arguments redefine them)

from __future__ import annotations

import csv
import datetime as dt
import os

from helpers import tree_digest
from pressui import (  # noqa: F401 - fixtures
    FakePrompter,
    grid_files,
    library_path,
    pdf_pages,
    press_window,
    prompter,
    select_files,
    sha,
)
from uihelpers import FakeRunner, open_and_wait

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from gallery.core import export as export_module
from gallery.core.kit import open_kit
from gallery.core.press import press_text
from gallery.ui.contactsheet import PER_PAGE, sheet_items
from gallery.ui.prompts import CANCEL, EXCLUDE, INCLUDE, ExportChoices, ExportDialog, Prompter


def export_and_wait(qtbot, window, everything: bool = False):
    with qtbot.waitSignal(window.exportFinished, timeout=20000) as blocker:
        assert window.exports.export_stills(everything=everything) is not None
    return blocker.args[0]


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_export_writes_exact_bytes_and_sheets_and_leaves_originals(qtbot, press_window, prompter, small_kit, tmp_path):
    out = tmp_path / "to the paper"
    prompter.export = ExportChoices(folder=str(out), caption_sheet=True, contact_sheet=True)
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    before = tree_digest(small_kit)
    select_files(window, ["ss_02.jpg", "ss_03.jpg", "ss_05.jpg"])
    window.grid.setFocus()
    with qtbot.waitSignal(window.exportFinished, timeout=20000) as blocker:
        qtbot.keyClick(window.grid, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    outcome = blocker.args[0]
    assert tree_digest(small_kit) == before  # the originals are untouched
    names = ["ss_02.jpg", "ss_03.jpg", "ss_05.jpg"]
    for name in names:
        assert (out / name).read_bytes() == (small_kit / name).read_bytes()
        assert sha(out / name) == sha(small_kit / name)
    assert sorted(os.listdir(out)) == sorted([*names, "captions.csv", "captions.txt", "contact-sheet.pdf"])
    rows = read_csv(out / "captions.csv")
    assert [r["file"] for r in rows] == names
    assert rows[0]["caption"] == "Park Ye-rin as Dorothy looks at the stars."
    assert rows[0]["credit"] == "Netflix" and rows[0]["usage terms"] == "Editorial use only."
    assert rows[1]["characters"] == "Dorothy, Bubs"
    assert rows[0]["press caption"] == "Park Ye-rin as Dorothy looks at the stars. (Credit: Netflix)"
    assert (out / "contact-sheet.pdf").read_bytes().startswith(b"%PDF") and pdf_pages(out / "contact-sheet.pdf") == 1
    assert outcome.contact_sheet == out / "contact-sheet.pdf"
    # The usage terms were put to the user before anything was written.
    (question,) = prompter.questions("export")
    assert question[1] == 3 and question[2] == ["Usage terms: Editorial use only."]
    assert "Exported 3 stills" in window.statusBar().currentMessage()


def test_export_renames_by_pattern_and_never_overwrites(qtbot, press_window, prompter, small_kit, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "Test-Sweepers_1_Dorothy.jpg").write_bytes(b"someone else's")
    prompter.export = ExportChoices(folder=str(out), rename=True, pattern="{kit}_{index}_{characters}")
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    window.filter_bar.characters.chip("Dorothy").click()
    select_files(window, ["ss_02.jpg", "ss_07.jpg"])
    outcome = export_and_wait(qtbot, window)
    assert [f.name for f in outcome.report.files] == [
        "Test-Sweepers_01_Dorothy.jpg",
        "Test-Sweepers_02_Tiger-Park+Tae-ho+Dorothy.jpg",
    ]
    assert prompter.questions("export")[0][3] == "Test-Sweepers_01_Dorothy.jpg"  # the example the dialog shows
    assert (out / "Test-Sweepers_1_Dorothy.jpg").read_bytes() == b"someone else's"
    assert (out / "Test-Sweepers_02_Tiger-Park+Tae-ho+Dorothy.jpg").read_bytes() == (
        small_kit / "ss_07.jpg"
    ).read_bytes()


def test_nothing_selected_exports_what_the_grid_shows(qtbot, press_window, prompter, small_kit, tmp_path):
    prompter.export = ExportChoices(folder=str(tmp_path / "out"), caption_sheet=False)
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    window.filter_bar.characters.chip("Tae-ho").click()
    window.grid.selectionModel().clearSelection()
    outcome = export_and_wait(qtbot, window)
    assert [f.name for f in outcome.report.files] == grid_files(window)
    assert not (tmp_path / "out" / "captions.csv").exists()


def test_an_embargoed_still_stops_the_export_unless_the_user_says(qtbot, press_window, prompter, small_kit, tmp_path):
    out = tmp_path / "out"
    prompter.export = ExportChoices(folder=str(out))
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select_files(window, ["ss_01.jpg", "ss_06.jpg"])  # ss_06 is embargoed until 2031
    prompter.embargo_answer = CANCEL  # what Escape or closing the question gives
    assert window.exports.export_stills() is None
    assert prompter.questions("embargo") == [("embargo", ["ss_06.jpg"], "export", 2)]
    assert prompter.questions("export") == [] and not out.exists()
    assert "embargo" in window.statusBar().currentMessage()
    prompter.embargo_answer = EXCLUDE
    outcome = export_and_wait(qtbot, window)
    assert [f.name for f in outcome.report.files] == ["ss_01.jpg"]
    prompter.embargo_answer = INCLUDE
    outcome = export_and_wait(qtbot, window)
    assert [f.name for f in outcome.report.files] == ["ss_01 (2).jpg", "ss_06.jpg"]
    assert "EMBARGOED until 2031-12-01" in (out / "captions (2).txt").read_text(encoding="utf-8")


def test_the_real_embargo_question_leaves_them_out_by_default():
    from gallery.core.still import Still

    held = [Still(file="ss_20.jpg", release_date=dt.date(2031, 12, 1))]
    box = Prompter(None).embargo_box(held, "export", 7)
    assert box.text() == "1 of the 7 stills to export is under embargo."
    assert "ss_20.jpg — until 1 Dec 2031" in box.informativeText()
    labels = [b.text() for b in box.buttons()]
    assert "Leave Them Out" in labels and "Include Embargoed" in labels
    assert box.defaultButton() is box.leave and box.escapeButton() is box.cancel
    only = Prompter(None).embargo_box(held, "copy", 1)
    assert "Leave Them Out" not in [b.text() for b in only.buttons()]  # nothing would be left
    assert only.defaultButton() is only.cancel
    box.deleteLater()
    only.deleteLater()


def test_the_export_dialog_lists_usage_terms_and_needs_a_folder(qtbot):
    dialog = ExportDialog(
        6,
        ["Editorial use only.", "Not before the premiere."],
        ExportChoices(folder=""),
        preview=lambda pattern: pattern.replace("{kit}", "Kit"),
        caption_note="Captions as “Caption (Credit: X)”",
    )
    qtbot.addWidget(dialog)
    assert [label.text() for label in dialog.terms] == ["• Editorial use only.", "• Not before the premiere."]
    assert not dialog.export_button.isEnabled()
    dialog.folder.setText("/tmp/press")
    dialog.rename.setChecked(True)
    dialog.pattern.setText("{kit}_{index}")
    assert dialog.export_button.isEnabled()
    assert dialog.example.text() == "First file: Kit_{index}"
    dialog.contact_sheet.setChecked(True)
    assert dialog.choices() == ExportChoices("/tmp/press", True, "{kit}_{index}", True, True)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel) is not None


def test_cancelling_from_the_progress_dialog_leaves_nothing(
    qtbot, press_window, prompter, small_kit, tmp_path, monkeypatch
):
    monkeypatch.setattr(export_module, "CHUNK", 512)  # many progress reports a file
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    prompter.export = ExportChoices(folder=str(out), contact_sheet=True)
    runner = FakeRunner()
    window = press_window(runner=runner)
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    window.commands["select_all"].trigger()
    cancelled = []
    window.exportCancelled.connect(lambda: cancelled.append(True))
    progress = []

    def on_progress(done, total):
        progress.append(done)
        if len(progress) == 5:  # in the middle of a file: the user presses Cancel
            dialog = window.exports.export_job.dialog
            next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel").click()

    window.exportProgress.connect(on_progress)
    window.exports.export_stills()
    assert cancelled == [True]
    assert os.listdir(out) == ["notes.txt"]
    assert "cancelled" in window.statusBar().currentMessage()
    assert not window.exports.export_job.running


def test_a_failing_disk_reports_and_removes_what_was_copied(
    qtbot, press_window, prompter, small_kit, tmp_path, monkeypatch
):
    out = tmp_path / "out"
    prompter.export = ExportChoices(folder=str(out))
    real = os.replace
    calls = []

    def full(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(export_module.os, "replace", full)
    window = press_window(runner=FakeRunner())
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select_files(window, ["ss_01.jpg", "ss_02.jpg", "ss_03.jpg"])
    with qtbot.waitSignal(window.exportFailed, timeout=5000) as blocker:
        window.exports.export_stills()
    assert "No space left" in blocker.args[0]
    assert os.listdir(out) == []
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "removed" in boxes[0].informativeText()


def test_contact_sheet_of_the_grid(qtbot, press_window, prompter, small_kit, tmp_path):
    pdf = tmp_path / "sheets" / "dorothy.pdf"
    prompter.pdf = str(pdf)
    prompter.embargo_answer = INCLUDE
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    window.filter_bar.characters.chip("Bubs").click()  # ss_03 and the embargoed ss_06
    with qtbot.waitSignal(window.contactSheetFinished, timeout=20000):
        qtbot.keyClick(window.grid, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert prompter.questions("embargo") == [("embargo", ["ss_06.jpg"], "put on the contact sheet", 2)]
    assert pdf.read_bytes().startswith(b"%PDF") and pdf_pages(pdf) == 1
    assert not [n for n in os.listdir(pdf.parent) if n != "dorothy.pdf"]  # no temp file left
    assert "Saved the contact sheet (1 page)" in window.statusBar().currentMessage()
    # What each cell says: the press caption in the style chosen, the embargo.
    kit = window.kit
    items = sheet_items(kit, window.proxy.stills(), "ap", None, {}, window.model.today)
    assert items[0].caption == "Park Ye-rin as Dorothy and Yoo Hai-jin as Bubs share a joke. (Netflix via AP)"
    assert items[1].embargo == dt.date(2031, 12, 1)


def test_contact_sheet_pages_of_a_whole_kit(qtbot, press_window, prompter, tmp_path):
    from uihelpers import make_big_kit

    kit_path = make_big_kit(tmp_path / "big", PER_PAGE * 2 + 1)
    prompter.pdf = str(tmp_path / "big.pdf")
    window = press_window()
    open_and_wait(qtbot, window, kit_path, thumbnails=False)
    with qtbot.waitSignal(window.contactSheetFinished, timeout=30000):
        window.exports.make_contact_sheet()
    assert pdf_pages(tmp_path / "big.pdf") == 3


def test_copy_follows_the_caption_style_and_language_and_holds_back_embargoes(
    qtbot, press_window, prompter, small_kit, settings
):
    stills = {s.file: s for s in open_kit(small_kit).stills}
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    window.captions.style_actions["ap"].trigger()
    select_files(window, ["ss_02.jpg"])
    window.grid.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window.grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == "Park Ye-rin as Dorothy looks at the stars. (Netflix via AP)"
    # The language picked in the details panel is the one copied.
    qtbot.waitUntil(lambda: window.details.still() is not None and window.details.still().file == "ss_02.jpg")
    next(b for b in window.details._language_group.buttons() if b.text() == "한국어").click()
    window.captions.style_actions["photo"].trigger()
    window.clipboard.copy_captions()
    assert QGuiApplication.clipboard().text() == "별을 바라보는 꽃님이 Photo: Netflix"
    window.captions.fill_language_menu()
    assert [a.text() for a in window.language_menu.actions() if a.isChecked()] == ["한국어 (ko-KR)"]
    window.captions.set_caption_language(None)
    # An embargoed still is held back from copying unless the user says.
    select_files(window, ["ss_02.jpg", "ss_06.jpg"])
    prompter.embargo_answer = EXCLUDE
    assert window.clipboard.copy_captions() == "Park Ye-rin as Dorothy looks at the stars. Photo: Netflix"
    prompter.embargo_answer = INCLUDE
    assert window.clipboard.copy_captions() == press_text([stills["ss_02.jpg"], stills["ss_06.jpg"]], style="photo")
    prompter.embargo_answer = CANCEL
    QGuiApplication.clipboard().setText("untouched")
    assert window.clipboard.copy_captions() == ""
    assert QGuiApplication.clipboard().text() == "untouched"
    select_files(window, ["ss_06.jpg"])
    QGuiApplication.clipboard().clear()
    window.clipboard.copy_image()
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=5000)  # no decode was started
    assert QGuiApplication.clipboard().image().isNull()
    assert "embargo" in window.statusBar().currentMessage()
    # The style is remembered.
    window.close()
    assert settings.value("press/captionStyle") == "photo"
    assert press_window(prompter=FakePrompter()).captions.caption_style.key == "photo"


def test_exporting_into_the_kit_itself_is_refused(qtbot, press_window, prompter, small_kit):
    prompter.export = ExportChoices(folder=str(small_kit / "exports"))
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select_files(window, ["ss_01.jpg"])
    assert window.exports.export_stills() is None
    assert not (small_kit / "exports").exists()
    assert "outside the kit" in window.statusBar().currentMessage()


def test_an_expired_still_is_counted_badged_and_held_back_like_an_embargoed_one(
    qtbot, press_window, prompter, small_kit
):
    manifest = small_kit / "kit.toml"
    text = manifest.read_text(encoding="utf-8")
    assert '[stills."ss_02.jpg"]\n' in text
    manifest.write_text(text.replace('[stills."ss_02.jpg"]\n', '[stills."ss_02.jpg"]\nexpiry_date = 2020-01-01\n'))
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    assert "1 expired" in window.presenter.count_text()
    select_files(window, ["ss_02.jpg", "ss_03.jpg"])
    prompter.embargo_answer = EXCLUDE
    copied = window.clipboard.copy_captions()
    assert copied and "looks at the stars" not in copied  # ss_02's caption was left out
    assert prompter.questions("embargo") == [("embargo", ["ss_02.jpg"], "copy", 2)]
    box = Prompter(window).embargo_box([s for s in window.selected_stills() if s.file == "ss_02.jpg"], "copy", 2)
    assert "expired" in box.text() and "ss_02.jpg — expired on 1 Jan 2020" in box.informativeText()
