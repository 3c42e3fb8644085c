"""How a still's facts read in words: captions wrapped to two lines and elided."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from gallery.ui.text import wrap_lines


def test_captions_wrap_to_two_lines_and_elide():
    font = QFont(QApplication.font())
    text = "Song Joong-ki as Tae-ho, Kim Tae-ri as Captain Jang and Jin Seon-kyu as Tiger Park " * 3
    lines = wrap_lines(text, font, 200, 2)
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    assert wrap_lines("Short", font, 200, 2) == ["Short"]
    assert wrap_lines("", font, 200, 2) == []
