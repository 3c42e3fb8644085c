"""A ZIP member with an empty name (found by tools/fuzz.py, seed 1126, case 229470)."""

from __future__ import annotations

import zipfile

from helpers import jpeg_bytes

from gallery.core.kit import open_kit


def test_a_member_with_an_empty_name_does_not_stop_the_kit(tmp_path):
    archive = tmp_path / "kit.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("good.jpg", jpeg_bytes())
        zf.writestr(zipfile.ZipInfo(""), b"nameless")
    kit = open_kit(archive)
    assert [s.file for s in kit.stills] == ["good.jpg"]
    assert kit.stills[0].error is None
