"""The questions the window asks: the embargo question and the export dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox

from gallery.ui.prompts import ExportChoices, ExportDialog, Prompter


def test_the_real_embargo_question_leaves_them_out_by_default(qapp):
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
