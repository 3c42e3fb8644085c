"""Thumb::URI as GLib spells it: names with spaces, parentheses, !$&'()*+,;=:@~, #, %, non-ASCII
and invalid UTF-8, checked against the URIs `gio info` printed for them (GLib 2.74, committed
in tests/fixtures/file_uri/gio_uris.json by make_gio_uris.py; gio is not needed here)."""

from __future__ import annotations

import json
import os
import pathlib

import pytest

from gallery.core.file_uri import glib_file_uri

TABLE = json.loads(
    (pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "file_uri" / "gio_uris.json").read_text()
)


@pytest.mark.parametrize("row", TABLE, ids=[row["path"].rsplit("/", 1)[1] for row in TABLE])
def test_the_uri_is_the_one_gio_prints(row):
    path = pathlib.Path(os.fsdecode(bytes.fromhex(row["path_hex"])))
    assert glib_file_uri(path) == row["uri"]


def test_still_1_keeps_its_parentheses_as_glib_does():
    (row,) = [row for row in TABLE if row["path"].endswith("/Still (1).jpg")]
    assert row["uri"].endswith("/Still%20(1).jpg")
    assert pathlib.Path(row["path"]).as_uri() != row["uri"]  # what Stills wrote before


def test_a_relative_path_has_no_file_uri():
    with pytest.raises(ValueError, match="not an absolute path"):
        glib_file_uri(pathlib.Path("kit/a.jpg"))
