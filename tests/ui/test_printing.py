"""File ▸ Print…: the selected stills one a page with caption and credit, through Qt's print
support (here a printer that writes a PDF file), embargoed ones only if the user says so."""

# ruff: noqa: F811 - the fixtures come from pressui (imported, so arguments redefine them)

from __future__ import annotations

from pressui import (  # noqa: F401 - fixtures
    library_path,
    pdf_pages,
    press_window,
    prompter,
    select_files,
)
from uihelpers import open_and_wait

from PySide6.QtPrintSupport import QPrinter

from gallery.ui.prompts import INCLUDE


def pdf_printer(path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_puts_each_selected_still_on_a_page_and_asks_about_embargoed_ones(
    qtbot, press_window, prompter, small_kit, tmp_path
):
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    assert window.commands["print"] in window.file_menu.actions()
    asked, printed = [], []
    window.printing.finished = printed.append
    target = tmp_path / "printed.pdf"
    window.printing.ask = lambda count: asked.append(count) or pdf_printer(target)
    select_files(window, ["ss_02.jpg", "ss_03.jpg", "ss_06.jpg"])  # ss_06 is embargoed
    window.commands["print"].trigger()
    qtbot.waitUntil(lambda: printed == [2], timeout=15000)
    assert prompter.questions("embargo") == [("embargo", ["ss_06.jpg"], "print", 3)]
    assert asked == [2] and pdf_pages(target) == 2
    assert window.statusBar().currentMessage() == "Printed 2 stills"
    # Told to include it: three pages.
    prompter.embargo_answer = INCLUDE
    window.commands["print"].trigger()
    qtbot.waitUntil(lambda: printed == [2, 3], timeout=15000)
    assert pdf_pages(target) == 3
    # Cancelled in the dialog: nothing printed.
    window.printing.ask = lambda count: None
    window.commands["print"].trigger()
    assert printed == [2, 3]
