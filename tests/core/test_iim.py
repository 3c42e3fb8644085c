"""IIM: the charset learned from the XMP applies to the whole block."""

from __future__ import annotations

from gallery.core import iim


def test_iim_charset_learned_from_the_xmp_applies_to_the_whole_block():
    block = b"\x1c\x02\x50\x00\x04Jos\x8e" + b"\x1c\x02\x6e\x00\x05Se\x96or"  # Mac Roman
    assert iim.parse_iim(block).text("credit") == "Se\u2013or"  # Windows-1252 by default
    hinted = iim.parse_iim(block, {"creators": ["José"]})
    assert hinted.text("creators") == "José"
    assert hinted.text("credit") == "Señor"
    # a hint that matches the default decoding changes nothing
    assert iim.parse_iim(block, {"creators": ["JosŽ"]}).text("credit") == "Se\u2013or"
