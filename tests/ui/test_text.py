"""How a still's facts read in words: captions wrapped to two lines and elided, marks said."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from gallery.core.marks import Mark
from gallery.ui.text import mark_text, wrap_lines


def test_captions_wrap_to_two_lines_and_elide(qapp):  # fonts need the application
    font = QFont(QApplication.font())
    text = "Song Joong-ki as Tae-ho, Kim Tae-ri as Captain Jang and Jin Seon-kyu as Tiger Park " * 3
    lines = wrap_lines(text, font, 200, 2)
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    assert wrap_lines("Short", font, 200, 2) == ["Short"]
    assert wrap_lines("", font, 200, 2) == []


def test_a_reject_is_said_in_words_for_tooltips_and_screen_readers():
    assert mark_text(Mark(rating=2, reject=True)) == "2 stars, reject"
    assert mark_text(Mark(pick=True)) == "pick"
