"""The normalized still: what every reader, the manifest and the UI agree on.

Multi-valued fields are always lists; joined strings exist only for display.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

#: The language key XMP uses for the default entry of a language alternative.
X_DEFAULT = "x-default"


@dataclass
class Still:
    """One still of a kit with its merged metadata.

    ``file`` is the path inside the kit, '/'-separated; it is the still's identity
    within a kit (results from workers are matched by it, never by grid row).
    """

    file: str
    title: str | None = None
    captions: dict[str, str] = field(default_factory=dict)
    credit: str | None = None
    creators: list[str] = field(default_factory=list)
    copyright: str | None = None
    source: str | None = None
    keywords: list[str] = field(default_factory=list)
    characters: list[str] = field(default_factory=list)
    release_date: dt.date | None = None
    usage_terms: str | None = None
    date_created: str | None = None
    width: int | None = None
    height: int | None = None
    orientation: int | None = None
    format: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    size: int = 0
    mtime: float = 0.0

    @property
    def name(self) -> str:
        """The file name without folders."""
        return self.file.rsplit("/", 1)[-1]

    @property
    def caption(self) -> str | None:
        """The caption to show by default: x-default, else the only or first language."""
        return preferred_caption(self.captions)

    @property
    def creator(self) -> str | None:
        return "; ".join(self.creators) or None

    def caption_in(self, language: str | None) -> str | None:
        """The caption in ``language`` (exact key or its primary subtag), else the default."""
        if language:
            if language in self.captions:
                return self.captions[language]
            primary = language.split("-")[0].lower()
            for key, text in self.captions.items():
                if key.split("-")[0].lower() == primary:
                    return text
        return self.caption

    def is_embargoed(self, today: dt.date | None = None) -> bool:
        """True while the release date is still to come."""
        if self.release_date is None:
            return False
        return self.release_date > (today or dt.date.today())

    def to_json(self) -> dict[str, Any]:
        """The `gallery info --json` shape of one still."""
        return {
            "file": self.file,
            "title": self.title,
            "caption": self.caption,
            "captions": dict(self.captions),
            "credit": self.credit,
            "creator": self.creator,
            "creators": list(self.creators),
            "copyright": self.copyright,
            "source": self.source,
            "keywords": list(self.keywords),
            "characters": list(self.characters),
            "release_date": self.release_date.isoformat() if self.release_date else None,
            "usage_terms": self.usage_terms,
            "date_created": self.date_created,
            "width": self.width,
            "height": self.height,
            "orientation": self.orientation,
            "format": self.format,
            "size": self.size,
            "error": self.error,
            "warnings": list(self.warnings),
        }


_CONTROL = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)])
_CONTROL.update({0x2028: 0x0A, 0x2029: 0x0A})


def clean_text(text: str) -> str:
    """Text from a kit without control characters: tab, newline and CR stay (captions have
    paragraphs); ESC, NUL, backspace, DEL and the C1 set go. Unpaired surrogates (which
    cannot be written out as UTF-8) become U+FFFD."""
    if text.isprintable():
        return text.strip()
    cleaned = text.translate(_CONTROL)
    if any("\ud800" <= ch <= "\udfff" for ch in cleaned):
        cleaned = cleaned.encode("utf-8", "replace").decode("utf-8")
    return cleaned.strip()


def preferred_caption(captions: dict[str, str]) -> str | None:
    if not captions:
        return None
    if X_DEFAULT in captions:
        return captions[X_DEFAULT]
    return next(iter(captions.values()))
