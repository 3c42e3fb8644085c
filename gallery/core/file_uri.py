"""A local file's URI spelled byte for byte as GLib spells it (``g_filename_to_uri``).

The freedesktop.org thumbnail cache names each thumbnail by the MD5 of its file's URI, so two
programs share a thumbnail only if they spell the URI alike. GNOME Files, and every GLib/GIO
program, escape a path with GLib's ``g_escape_uri_string(path, UNSAFE_PATH)`` (glib/gconvert.c):
every byte of the on-disk name except ASCII letters, digits and ``!$&'()*+,-./:=@_~`` becomes
``%XX`` (upper-case hex), so non-ASCII names are escaped as their raw bytes (valid UTF-8 or not)
and nothing is normalised. Python's ``Path.as_uri()`` also escapes ``!$&'()*+,:=@``: for
"Still (1).jpg" it gave ``Still%20%281%29.jpg`` where GLib gives ``Still%20(1).jpg``, and the
file manager's thumbnail and ours were two files.
"""

from __future__ import annotations

import os
import string
from pathlib import Path

#: The bytes GLib leaves as they are in a file URI's path (its UNSAFE_PATH set).
_KEPT = frozenset((string.ascii_letters + string.digits + "!$&'()*+,-./:=@_~").encode("ascii"))
_SPELLED = [chr(byte) if byte in _KEPT else f"%{byte:02X}" for byte in range(256)]


def glib_file_uri(path: Path) -> str:
    """``file://`` plus the escaped bytes of ``path`` (absolute), as GLib writes it."""
    if not path.is_absolute():
        raise ValueError(f"not an absolute path: {path}")
    raw = os.fsencode(path)  # the bytes on disk: an undecodable name came in as surrogates
    return "file://" + "".join(_SPELLED[byte] for byte in raw)
