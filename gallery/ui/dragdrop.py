"""Stills dragged out of the grid: the one place that knows the payload they carry and who may
take them (the grid's model writes it, the side list's collections read it)."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl

#: What a drag of stills out of the grid carries besides their files' URLs, as JSON: the grid
#: it came from ("origin": which process, window and view) and the stills' keys ("files": the
#: file inside the kit, or a collection's member key). Keys mean something only in that view.
STILLS_MIME = "application/x-stills-files"


def view_origin(owner: object, generation: int) -> str:
    """The origin of one view's drags: this process, this window (``owner``) and what it shows
    (``generation``), so keys dragged from another window, instance or an earlier kit are refused."""
    return f"{os.getpid()}:{id(owner)}:{generation}"


def stills_mime_data(origin: str, files: Sequence[str], paths: Sequence[Path]) -> QMimeData:
    """The drag of the stills ``files`` out of the view ``origin``: their keys for a collection,
    and ``paths`` (the files on disk, if any) for a mail, a chat or a file manager."""
    mime = QMimeData()
    mime.setData(STILLS_MIME, json.dumps({"origin": origin, "files": list(files)}).encode("utf-8"))
    if paths:
        mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def carries_stills(mime: QMimeData) -> bool:
    """True for a drag of stills from a grid (any grid: ``dragged_files`` says whether it is ours)."""
    return mime.hasFormat(STILLS_MIME)


def dragged_files(mime: QMimeData, origin: str) -> list[str]:
    """The still keys of a drag from the grid view ``origin`` (empty for anything else: another
    window's or another instance's stills, whose keys may name other files here)."""
    if not origin or not carries_stills(mime):
        return []
    try:
        payload = json.loads(bytes(mime.data(STILLS_MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeError):
        return []
    if not isinstance(payload, dict) or payload.get("origin") != origin:
        return []
    files = payload.get("files")
    return [f for f in files if isinstance(f, str)] if isinstance(files, list) else []
