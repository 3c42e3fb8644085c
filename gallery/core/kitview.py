"""What everything that shows, decodes or exports stills asks of a kit.

A ``Kit`` (one folder or ZIP) and a ``CompoundKit`` (a collection's stills from several
kits) both answer it, so the window, the thumbnails, the slideshow and the export take a
``KitView`` and never ask which one they were given. Keys are the stills' ``file`` as shown:
a kit's own path inside it, or a collection's unique key; ``origin`` maps one back to the
real kit and still (the thumbnail cache, the catalog and the library key on those).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

if TYPE_CHECKING:
    from gallery.core.kit import Kit
    from gallery.core.manifest import Character
    from gallery.core.still import Still


class KitView(Protocol):
    """Stills to show, and how to reach each one's bytes and real kit."""

    @property
    def stills(self) -> list[Still]: ...

    @property
    def path(self) -> Path: ...

    @property
    def title(self) -> str: ...

    @property
    def warnings(self) -> list[str]: ...

    @property
    def collection_id(self) -> int | None:
        """The collection shown, None for a kit of its own."""
        ...

    def still(self, key: str) -> Still | None: ...

    def open(self, key: str) -> BinaryIO:
        """The still's bytes (MemberError when they cannot be read)."""
        ...

    def read_bytes(self, key: str) -> bytes: ...

    def local_path(self, key: str) -> Path | None:
        """The still's file on disk, None for a ZIP member or a missing one."""
        ...

    def origin(self, key: str) -> tuple[Kit, Still]:
        """The real kit and still behind ``key`` (MemberError when there is none)."""
        ...

    def character_counts(self) -> dict[str, int]: ...

    def keyword_counts(self) -> dict[str, int]: ...

    def characters_info(self) -> list[Character]: ...


def origin_of(view: KitView, still: Still) -> tuple[Kit, Still]:
    """(real kit, real still) of a still shown from ``view``."""
    return view.origin(still.file)
