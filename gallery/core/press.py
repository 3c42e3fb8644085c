"""Ready-to-paste press text: a still's caption with its credit, the way newsrooms write it.

A *caption style* says where the credit goes. Three are offered, the ones press desks ask for:

* ``credit`` (the default): "CAPTION (Credit: Netflix)"
* ``photo``: "CAPTION Photo: Netflix"
* ``ap``: AP style, "CAPTION (Netflix via AP)"

Whatever the style, a caption that already carries its credit ("… Cr. Netflix",
"… Photo: Netflix", "(Netflix via AP)", "… 사진 제공 넷플릭스", "… Foto: Netflix") is not given
it twice: the credit words of the languages the press writes in are known (``CREDIT_WORDS``).
Copy, the export's caption sheets and the contact sheet all go through ``press_caption``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from gallery.core.i18n import QT_TRANSLATE_NOOP
from gallery.core.still import Still


@dataclass(frozen=True)
class CaptionStyle:
    """Where the credit goes: ``template`` has ``{caption}`` and ``{credit}``."""

    key: str
    label: str
    template: str

    def apply(self, caption: str, credit: str) -> str:
        return self.template.format(caption=caption, credit=credit)

    def example(self, caption: str = "CAPTION", credit: str = "X") -> str:
        return self.apply(caption, credit)


CREDIT_STYLE = CaptionStyle(
    "credit", QT_TRANSLATE_NOOP("Captions", "Credit in brackets"), "{caption} (Credit: {credit})"
)
PHOTO_STYLE = CaptionStyle("photo", QT_TRANSLATE_NOOP("Captions", "Photo line"), "{caption} Photo: {credit}")
AP_STYLE = CaptionStyle("ap", QT_TRANSLATE_NOOP("Captions", "AP style"), "{caption} ({credit} via AP)")
STYLES: tuple[CaptionStyle, ...] = (CREDIT_STYLE, PHOTO_STYLE, AP_STYLE)
DEFAULT_STYLE = CREDIT_STYLE


def caption_style(key: str | CaptionStyle | None) -> CaptionStyle:
    """The style called ``key`` ("credit", "photo", "ap"); the default for anything else."""
    if isinstance(key, CaptionStyle):
        return key
    return next((s for s in STYLES if s.key == key), DEFAULT_STYLE)


def plain_caption(still: Still, language: str | None = None) -> str:
    """The caption in ``language`` (else the default one), else the title, else the file name."""
    return (still.caption_in(language) or still.title or still.name).strip()


def press_caption(still: Still, language: str | None = None, style: str | CaptionStyle | None = None) -> str:
    """ "CAPTION (Credit: Netflix)" (or the given style); a caption that already carries its
    credit ("Cr. Netflix") is not given it twice."""
    caption = plain_caption(still, language)
    credit = (still.credit or "").strip()
    if not credit or _carries_credit(caption, credit):
        return caption
    return caption_style(style).apply(caption, credit)


#: The words that introduce a credit line, by the language that writes them. A caption that
#: has one before the credit ("Cr. Netflix", "사진 제공 넷플릭스") is not given the credit again;
#: in the caption's last clause the name after it may be in another script ("넷플릭스").
CREDIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "Cr.",
        "Credit:",
        "Credits:",
        "Photo:",
        "Photos:",
        "Photo by",
        "Photograph by",
        "Photo credit:",
        "Courtesy of",
        "Courtesy",
        "Copyright",
        "©",
        "(c)",
    ),
    "de": ("Foto:", "Fotos:", "Bild:", "Fotografie:"),
    "fr": ("Crédit :", "Crédit:", "Crédits :", "Crédit photo :", "Photo :"),
    "es": ("Foto:", "Crédito:", "Cortesía de", "Fotografía:"),
    "it": ("Foto:", "Foto di", "Credito:", "Per gentile concessione di"),
    "pt": ("Foto:", "Crédito:", "Cortesia de", "Divulgação:"),
    "nl": ("Foto:", "Beeld:"),
    "ko": ("사진 제공", "사진제공", "사진=", "사진 =", "사진:", "제공:", "ⓒ"),
    "ja": ("写真提供", "写真：", "写真:", "提供：", "提供:", "撮影："),
    "zh": ("图片来源", "圖片來源", "图片提供", "圖片提供", "摄影：", "攝影：", "图：", "圖："),
}


def _credit_marker() -> str:
    words = sorted({w for ws in CREDIT_WORDS.values() for w in ws}, key=len, reverse=True)
    # A word-like marker ("Photo:") must start a word; "©", "사진 제공" may follow anything.
    parts = [(r"(?<!\w)" if w[0].isalnum() else "") + re.escape(w).replace(r"\ ", r"\s*") for w in words]
    return "(?:" + "|".join(parts) + ")"


_MARKER = _credit_marker()
#: A credit line ending the caption: a marker as written ("Courtesy", not "with courtesy and
#: grace"), then a name with a letter at least (not "© 2021") to the end.
_TRAILING_CREDIT = re.compile(_MARKER + r"\s*(?P<name>[^\s.。][^.。!?\n]{0,80})$")


def _carries_credit(caption: str, credit: str) -> bool:
    name = re.escape(credit)
    before = _MARKER + r"\s*" + name
    after = name + r"\s+via\s+\w+"
    if re.search(before, caption, re.IGNORECASE) or re.search(after, caption, re.IGNORECASE):
        return True
    trailing = _TRAILING_CREDIT.search(caption.rstrip(" .。)"))
    return trailing is not None and any(c.isalpha() for c in trailing.group("name"))


def press_text(stills: Iterable[Still], language: str | None = None, style: str | CaptionStyle | None = None) -> str:
    """One paragraph a still, separated by a blank line."""
    return "\n\n".join(press_caption(still, language, style) for still in stills)


# -- the press fields as rows: one table for the details panel and `gallery info` -------------
#: A row's text for a still in a caption language (None or "": the still has no such field).
RowText = Callable[[Still, "str | None"], "str | None"]


def source_type_text(still: Still) -> str | None:
    """ "Trained algorithmic media (AI-generated)" from the IPTC digital source type's URI."""
    code = (still.digital_source_type or "").rstrip("/").rsplit("/", 1)[-1]
    if not code:
        return None
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", code).lower().capitalize()
    return f"{words} ({still.disclosure})" if still.disclosure else words


#: key, label, text: the newsroom fields beyond caption and credit, in the order shown.
PRESS_ROWS: tuple[tuple[str, str, RowText], ...] = (
    ("headline", QT_TRANSLATE_NOOP("Details", "Headline"), lambda s, _lang: s.headline),
    ("event", QT_TRANSLATE_NOOP("Details", "Event"), lambda s, _lang: s.event),
    (
        "location",
        QT_TRANSLATE_NOOP("Details", "Location"),
        lambda s, _lang: "\n".join(loc.text for loc in s.locations_shown),
    ),
    (
        "location_created",
        QT_TRANSLATE_NOOP("Details", "Taken at"),
        lambda s, _lang: s.location_created.text if s.location_created else None,
    ),
    ("usage", QT_TRANSLATE_NOOP("Details", "Usage terms"), lambda s, lang: s.usage_terms_in(lang)),
    ("instructions", QT_TRANSLATE_NOOP("Details", "Special instructions"), lambda s, _lang: s.instructions),
    ("licensor", QT_TRANSLATE_NOOP("Details", "Licensor"), lambda s, _lang: "\n".join(lic.text for lic in s.licensors)),
    ("web_statement", QT_TRANSLATE_NOOP("Details", "Rights statement"), lambda s, _lang: s.web_statement),
    ("source_type", QT_TRANSLATE_NOOP("Details", "Digital source"), lambda s, _lang: source_type_text(s)),
    ("alt_text", QT_TRANSLATE_NOOP("Details", "Alt text"), lambda s, lang: s.alt_text_in(lang)),
    ("caption_writer", QT_TRANSLATE_NOOP("Details", "Caption writer"), lambda s, _lang: s.caption_writer),
)
