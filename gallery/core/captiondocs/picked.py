"""Caption documents the user picked for a kit (File ▸ Import Caption Document), remembered
outside the kit: ``$XDG_DATA_HOME/stills/caption-documents.json``, keyed by the kit's
identity (``KitIdentity.key``). The kit itself is never written to; a document that has
gone is skipped with a warning when the kit opens.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from gallery.core.captiondocs.readers import DOCUMENT_EXTENSIONS

#: Kits remembered at most (the oldest go first), and documents per kit.
MAX_KITS = 200
MAX_PER_KIT = 8
MAX_STORE_BYTES = 1024 * 1024


def store_path() -> Path:
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "stills" / "caption-documents.json"


def _load() -> dict[str, list[str]]:
    try:
        with open(store_path(), "rb") as fh:
            data = json.loads(fh.read(MAX_STORE_BYTES).decode("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        k: [p for p in v if isinstance(p, str)] for k, v in data.items() if isinstance(k, str) and isinstance(v, list)
    }


def _save(data: dict[str, list[str]]) -> bool:
    """Write atomically (a temp file beside the store, then a rename); False if it cannot."""
    path = store_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".caption-documents-", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return False
    return True


def picked_documents(kit_key: str) -> list[Path]:
    """The documents picked for the kit, first picked first."""
    return [Path(p) for p in _load().get(kit_key, [])]


def remember_document(kit_key: str, document: Path) -> bool:
    """Add ``document`` to the kit's picks (False: not a caption document format, or the
    store cannot be written)."""
    if not document.name.lower().endswith(DOCUMENT_EXTENSIONS):
        return False
    data = _load()
    picks = [p for p in data.pop(kit_key, []) if p != str(document)]
    data[kit_key] = [*picks, str(document)][-MAX_PER_KIT:]  # the kit moves to the end: newest
    while len(data) > MAX_KITS:
        data.pop(next(iter(data)))
    return _save(data)


def forget_documents(kit_key: str) -> bool:
    data = _load()
    if data.pop(kit_key, None) is None:
        return True
    return _save(data)
