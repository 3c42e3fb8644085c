"""Ready-to-paste press text: a still's caption with its credit, the way newsrooms write it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from gallery.core.still import Still


def press_caption(still: Still, language: str | None = None) -> str:
    """ "CAPTION (Credit: Netflix)"; a caption that already carries its credit ("Cr. Netflix")
    is not given it twice."""
    caption = (still.caption_in(language) or still.title or still.name).strip()
    credit = (still.credit or "").strip()
    if not credit or _carries_credit(caption, credit):
        return caption
    return f"{caption} (Credit: {credit})"


def _carries_credit(caption: str, credit: str) -> bool:
    pattern = r"\b(?:cr\.|credit:|photo:|courtesy(?: of)?)\s*" + re.escape(credit)
    return re.search(pattern, caption, re.IGNORECASE) is not None


def press_text(stills: Iterable[Still], language: str | None = None) -> str:
    """One paragraph a still, separated by a blank line."""
    return "\n\n".join(press_caption(still, language) for still in stills)
