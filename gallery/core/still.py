"""The normalized still: what every reader, the manifest and the UI agree on.

Multi-valued fields are always lists; joined strings exist only for display.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: The language key XMP uses for the default entry of a language alternative.
X_DEFAULT = "x-default"

#: IPTC digital source types (cv.iptc.org/newscodes/digitalsourcetype) a newsroom must
#: disclose, with the badge the still gets.
DISCLOSED_SOURCES = {
    "trainedAlgorithmicMedia": "AI-generated",
    "compositeWithTrainedAlgorithmicMedia": "AI-generated",
    "algorithmicMedia": "AI-generated",
    "compositeSynthetic": "AI-generated",
    "composite": "Composite",
    "compositeCapture": "Composite",
}


@dataclass(frozen=True)
class Location:
    """An IPTC location (a LocationShown/LocationCreated struct, or the legacy city fields)."""

    name: str | None = None
    sublocation: str | None = None
    city: str | None = None
    province_state: str | None = None
    country: str | None = None
    country_code: str | None = None
    world_region: str | None = None

    @property
    def text(self) -> str:
        """ "Sublocation, City, Province, Country" (the name first when it has one)."""
        parts = [self.name, self.sublocation, self.city, self.province_state, self.country or self.country_code]
        return ", ".join(dict.fromkeys(p for p in parts if p))

    def to_json(self) -> dict[str, str | None]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class Licensor:
    """A PLUS licensor: who to ask for a licence, and where."""

    name: str | None = None
    url: str | None = None

    @property
    def text(self) -> str:
        return " ".join(p for p in (self.name, f"<{self.url}>" if self.url else None) if p)


@dataclass
class Still:
    """One still of a kit with its merged metadata.

    ``file`` is the path inside the kit, '/'-separated; it is the still's identity
    within a kit (results from workers are matched by it, never by grid row).
    """

    file: str
    title: str | None = None
    titles: dict[str, str] = field(default_factory=dict)
    headline: str | None = None
    captions: dict[str, str] = field(default_factory=dict)
    credit: str | None = None
    creators: list[str] = field(default_factory=list)
    copyright: str | None = None
    source: str | None = None
    keywords: list[str] = field(default_factory=list)
    characters: list[str] = field(default_factory=list)
    #: A ``datetime`` when the release time is known (IIM 2:35, a TOML datetime), else a date;
    #: a naive datetime is local time.
    release_date: dt.date | None = None
    #: The last day (or moment) the still may be used (IIM 2:37/2:38); same form as above.
    expiry_date: dt.date | None = None
    usage_terms: str | None = None
    usage_terms_by_language: dict[str, str] = field(default_factory=dict)
    instructions: str | None = None
    caption_writer: str | None = None
    event: str | None = None
    locations_shown: list[Location] = field(default_factory=list)
    location_created: Location | None = None
    licensors: list[Licensor] = field(default_factory=list)
    web_statement: str | None = None
    alt_texts: dict[str, str] = field(default_factory=dict)
    digital_source_type: str | None = None
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
        return in_language(self.captions, language) or self.caption

    def title_in(self, language: str | None) -> str | None:
        return in_language(self.titles, language) or self.title

    def usage_terms_in(self, language: str | None) -> str | None:
        return in_language(self.usage_terms_by_language, language) or self.usage_terms

    def alt_text_in(self, language: str | None) -> str | None:
        return in_language(self.alt_texts, language) or preferred_caption(self.alt_texts)

    @property
    def dimensions(self) -> str | None:
        """ "480 × 270 px  ·  JPEG", for display."""
        if not (self.width and self.height):
            return None
        return f"{self.width} × {self.height} px" + (f"  ·  {self.format}" if self.format else "")

    @property
    def location(self) -> str | None:
        """Where the still was shown (else taken), for display."""
        shown = "; ".join(loc.text for loc in self.locations_shown if loc.text)
        return shown or (self.location_created.text if self.location_created else None) or None

    @property
    def disclosure(self) -> str | None:
        """ "AI-generated" or "Composite" when the digital source type says so, else None."""
        code = (self.digital_source_type or "").rstrip("/").rsplit("/", 1)[-1]
        return DISCLOSED_SOURCES.get(code)

    def is_embargoed(self, when: dt.date | None = None) -> bool:
        """True while the release date (to the minute when its time is known) is still to come.

        ``when`` is a moment or a day (default: now); a day stands for its first minute, so a
        still released at 14:30 on that day counts as embargoed on it."""
        if self.release_date is None:
            return False
        return not _has_come(self.release_date, when)

    def is_expired(self, when: dt.date | None = None) -> bool:
        """True once the expiry date (to the minute when its time is known) has passed; a
        still may still be used on its expiry day itself."""
        if self.expiry_date is None:
            return False
        if isinstance(self.expiry_date, dt.datetime):
            return _has_come(self.expiry_date, when)
        return _day_of(when) > self.expiry_date

    def held_back(self, when: dt.date | None = None) -> str | None:
        """Why this still must not go out now ("Embargoed until …", "Expired on …"), or None.

        The one test export, copy and the contact sheet ask (``when`` as for ``is_embargoed``)."""
        if self.release_date is not None and self.is_embargoed(when):
            return f"Embargoed until {moment_text(self.release_date)}"
        if self.expiry_date is not None and self.is_expired(when):
            return f"Expired on {moment_text(self.expiry_date)}"
        return None

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> Still:
        """Inverse of ``to_json`` (derived keys such as caption, creator, location are ignored);
        raises ValueError/KeyError/TypeError on a malformed document."""
        return cls(
            file=doc["file"],
            title=doc.get("title"),
            titles=dict(doc.get("titles") or {}),
            headline=doc.get("headline"),
            captions=dict(doc.get("captions") or {}),
            credit=doc.get("credit"),
            creators=list(doc.get("creators") or []),
            copyright=doc.get("copyright"),
            source=doc.get("source"),
            keywords=list(doc.get("keywords") or []),
            characters=list(doc.get("characters") or []),
            release_date=_date_from_json(doc.get("release_date")),
            expiry_date=_date_from_json(doc.get("expiry_date")),
            usage_terms=doc.get("usage_terms"),
            usage_terms_by_language=dict(doc.get("usage_terms_by_language") or {}),
            instructions=doc.get("instructions"),
            caption_writer=doc.get("caption_writer"),
            event=doc.get("event"),
            locations_shown=[Location(**loc) for loc in doc.get("locations_shown") or []],
            location_created=Location(**doc["location_created"]) if doc.get("location_created") else None,
            licensors=[Licensor(**lic) for lic in doc.get("licensors") or []],
            web_statement=doc.get("web_statement"),
            alt_texts=dict(doc.get("alt_texts") or {}),
            digital_source_type=doc.get("digital_source_type"),
            date_created=doc.get("date_created"),
            width=doc.get("width"),
            height=doc.get("height"),
            orientation=doc.get("orientation"),
            format=doc.get("format"),
            error=doc.get("error"),
            warnings=list(doc.get("warnings") or []),
            size=doc.get("size") or 0,
            mtime=doc.get("mtime") or 0.0,
        )

    def to_json(self) -> dict[str, Any]:
        """The `gallery info --json` shape of one still."""
        return {
            "file": self.file,
            "title": self.title,
            "titles": dict(self.titles),
            "headline": self.headline,
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
            "expiry_date": self.expiry_date.isoformat() if self.expiry_date else None,
            "embargoed": self.is_embargoed(),
            "expired": self.is_expired(),
            "usage_terms": self.usage_terms,
            "usage_terms_by_language": dict(self.usage_terms_by_language),
            "instructions": self.instructions,
            "caption_writer": self.caption_writer,
            "event": self.event,
            "location": self.location,
            "locations_shown": [loc.to_json() for loc in self.locations_shown],
            "location_created": self.location_created.to_json() if self.location_created else None,
            "licensors": [{"name": lic.name, "url": lic.url} for lic in self.licensors],
            "web_statement": self.web_statement,
            "alt_text": self.alt_text_in(None),
            "alt_texts": dict(self.alt_texts),
            "digital_source_type": self.digital_source_type,
            "disclosure": self.disclosure,
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


def _date_from_json(text: str | None) -> dt.date | None:
    """ "2031-02-05" as a date, "2031-02-05T14:30:00+01:00" as a datetime."""
    if not text:
        return None
    return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)


def in_language(texts: dict[str, str], language: str | None) -> str | None:
    """The text of a language alternative in ``language`` (exact key, else its primary
    subtag), or None; callers fall back to their default."""
    if not language:
        return None
    if language in texts:
        return texts[language]
    primary = language.split("-")[0].lower()
    return next((text for key, text in texts.items() if key.split("-")[0].lower() == primary), None)


def _moment(value: dt.date) -> dt.datetime:
    """An aware moment: a day is its first minute, local time; a naive datetime is local."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    return value if value.tzinfo else value.astimezone()


def _has_come(moment: dt.date, when: dt.date | None) -> bool:
    if not isinstance(moment, dt.datetime):
        return _day_of(when) >= moment
    now = _moment(when) if when is not None else dt.datetime.now().astimezone()
    return now >= _moment(moment)


def _day_of(when: dt.date | None) -> dt.date:
    if when is None:
        return dt.date.today()
    return when.date() if isinstance(when, dt.datetime) else when


def moment_text(value: dt.date, day_text: Callable[[dt.date], str] | None = None) -> str:
    """ "5 February 2021" or "5 February 2021, 14:30 UTC+01:00" (a naive time is local);
    ``day_text`` writes the day instead (the UI's localized date)."""
    day = day_text(value) if day_text else f"{value.day} {value.strftime('%B %Y')}"
    if not isinstance(value, dt.datetime):
        return day
    zone = ""
    if value.tzinfo is not None:
        offset = value.utcoffset() or dt.timedelta()
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        zone = " UTC" if minutes == 0 else f" UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return f"{day}, {value.strftime('%H:%M')}{zone}"


def preferred_caption(captions: dict[str, str]) -> str | None:
    if not captions:
        return None
    if X_DEFAULT in captions:
        return captions[X_DEFAULT]
    return next(iter(captions.values()))
