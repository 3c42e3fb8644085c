"""Ready-to-paste press text: a still's caption with its credit, the way newsrooms write it."""

from __future__ import annotations

from collections.abc import Iterable

from gallery.core.still import Still


def press_caption(still: Still, language: str | None = None) -> str:
    """ "CAPTION (Credit: Netflix)"; a caption that already ends with its credit is not doubled."""
    caption = (still.caption_in(language) or still.title or still.name).strip()
    credit = (still.credit or "").strip()
    if not credit:
        return caption
    return f"{caption} (Credit: {credit})"


def press_text(stills: Iterable[Still], language: str | None = None) -> str:
    """One paragraph a still, separated by a blank line."""
    return "\n\n".join(press_caption(still, language) for still in stills)
