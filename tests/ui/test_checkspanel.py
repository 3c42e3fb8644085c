"""The Checks panel: View ▸ Check Kit lists the planted kit's problems and nothing else; a
click on one selects its still; the list follows the kit shown."""

from __future__ import annotations

from captiondoc_builders import PLANTED_CAPTIONS, PLANTED_FILES, PLANTED_FINDINGS, planted_kit
from pressui import grid_files
from uihelpers import open_and_wait

from PySide6.QtCore import Qt


def _open_checks(qtbot, window):
    action = window.commands["checks"]
    qtbot.waitUntil(action.isEnabled)
    action.trigger()
    panel = window.checks.panel
    qtbot.waitUntil(lambda: panel.summary.text().endswith("stills"), timeout=10000)
    return panel


def test_the_planted_kit_opens_matched_and_the_checks_list_exactly_the_planted_problems(qtbot, make_window, tmp_path):
    window = make_window()
    kit = open_and_wait(qtbot, window, planted_kit(tmp_path / "kit"), thumbnails=False)
    assert [s.caption for s in kit.stills] == PLANTED_CAPTIONS
    panel = _open_checks(qtbot, window)
    assert window.checks.isVisible()
    assert panel.summary.text() == "3 findings in 12 stills"
    assert panel.findings_text() == ["Names", PLANTED_FINDINGS[0], PLANTED_FINDINGS[1], "Credits", PLANTED_FINDINGS[2]]
    # A click on a finding selects its still (headings select nothing).
    item = panel.list.item(2)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [s.file for s in window.selected_stills()] == ["ss_10.jpg"]
    qtbot.waitUntil(lambda: window.details.still() is not None and window.details.still().file == "ss_10.jpg")
    panel.list.itemClicked.emit(panel.list.item(0))
    assert [s.file for s in window.selected_stills()] == ["ss_10.jpg"]


def test_issue_15_done_when_a_word_sheet_hr_and_lr_folders_and_two_slips(qtbot, make_window, tmp_path):
    """The issue's "done when": every caption matched from the Word sheet, one tile per
    picture (the HR still, its LR copy grouped under it), and the Checks panel listing
    exactly the planted problems, once per picture."""
    window = make_window()
    kit = open_and_wait(qtbot, window, planted_kit(tmp_path / "kit", versions=True), thumbnails=False)
    assert [s.caption for s in kit.stills] == PLANTED_CAPTIONS * 2  # HR/, then LR/: all matched
    qtbot.waitUntil(lambda: len(window.proxy.hidden) == 12, timeout=20000)
    assert grid_files(window) == [f"HR/{file}" for file in PLANTED_FILES]
    qtbot.waitUntil(lambda: window.filter_bar.characters.chip("Tae-ho").text() == "Tae-ho 5")  # pictures
    panel = _open_checks(qtbot, window)
    qtbot.waitUntil(lambda: panel.summary.text() == "3 findings in 12 stills", timeout=10000)
    hr = [finding.replace("ss_", "HR/ss_") for finding in PLANTED_FINDINGS]
    assert panel.findings_text() == ["Names", hr[0], hr[1], "Credits", hr[2]]


def test_a_clean_kit_has_no_findings_and_the_panel_follows_the_next_kit(qtbot, make_window, small_kit, tmp_path):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    panel = _open_checks(qtbot, window)
    assert panel.summary.text() == "No findings in 8 stills" and panel.findings_text() == []
    open_and_wait(qtbot, window, planted_kit(tmp_path / "planted"), thumbnails=False)
    qtbot.waitUntil(lambda: panel.summary.text() == "3 findings in 12 stills", timeout=10000)
    assert panel.findings_text()[0] == "Names"


def screenshot(out: str) -> None:
    """docs/screenshot-checks.png: the planted kit (HR and LR folders) with the Checks panel open and a finding
    clicked. Run under Xvfb with a window manager (not a test):

        Xvfb :99 -screen 0 1400x900x24 & DISPLAY=:99 openbox & \\
        DISPLAY=:99 PYTHONPATH=tests:tests/ui python tests/ui/test_checkspanel.py docs/screenshot-checks.png
    """
    import subprocess
    import sys
    import tempfile
    import time
    from pathlib import Path

    home = tempfile.mkdtemp(prefix="stills-shot-")
    for var in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[var] = os.path.join(home, var.lower())
    from PySide6.QtCore import QEventLoop

    from gallery.ui.app import make_application
    from gallery.ui.window import MainWindow

    app = make_application(sys.argv[:1])
    app.setStyle("Fusion")

    def pump(seconds: float, until=lambda: False) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    window = MainWindow()
    window.setGeometry(0, 0, 1400, 900)
    window.show()
    loaded: list[object] = []
    window.kitLoaded.connect(loaded.append)
    window.open_path(planted_kit(Path(home) / "Space Sweepers press kit", versions=True))
    pump(20, lambda: window.commands["checks"].isEnabled())
    pump(3)  # thumbnails
    window.commands["checks"].trigger()
    panel = window.checks.panel
    pump(10, lambda: panel.summary.text().endswith("stills"))
    window.resizeDocks([window.checks], [190], Qt.Orientation.Vertical)
    panel.list.setCurrentRow(1)
    panel.list.itemClicked.emit(panel.list.item(1))
    pump(3)
    subprocess.run(["import", "-window", "root", out], check=True)
    window.close()


if __name__ == "__main__":
    import os
    import sys

    screenshot(sys.argv[1])
