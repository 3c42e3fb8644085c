"""The Checks panel: View ▸ Check Kit lists the planted kit's problems and nothing else; a
click on one selects its still; the list follows the kit shown."""

from __future__ import annotations

from captiondoc_builders import PLANTED_CAPTIONS, PLANTED_FINDINGS, planted_kit
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


def test_a_clean_kit_has_no_findings_and_the_panel_follows_the_next_kit(qtbot, make_window, small_kit, tmp_path):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    panel = _open_checks(qtbot, window)
    assert panel.summary.text() == "No findings in 8 stills" and panel.findings_text() == []
    open_and_wait(qtbot, window, planted_kit(tmp_path / "planted"), thumbnails=False)
    qtbot.waitUntil(lambda: panel.summary.text() == "3 findings in 12 stills", timeout=10000)
    assert panel.findings_text()[0] == "Names"
