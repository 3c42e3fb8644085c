"""XMP reading: a packet (bytes) in, a flat mapping of the properties Stills uses out.

Parsed with defusedxml only: no DTDs, no entity expansion, nothing fetched. Packets over
``MAX_XMP_BYTES`` are skipped, so a 20 MB packet costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

MAX_XMP_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 64

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

NS_DC = "http://purl.org/dc/elements/1.1/"
NS_PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
NS_XMP_RIGHTS = "http://ns.adobe.com/xap/1.0/rights/"
NS_IPTC_EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
NS_TIFF = "http://ns.adobe.com/tiff/1.0/"

# Read-only mapping from XMP property to our field name.
PROPERTIES: dict[tuple[str, str], str] = {
    (NS_DC, "title"): "title",
    (NS_DC, "description"): "captions",
    (NS_PHOTOSHOP, "Credit"): "credit",
    (NS_DC, "creator"): "creators",
    (NS_DC, "rights"): "copyright",
    (NS_PHOTOSHOP, "Source"): "source",
    (NS_DC, "subject"): "keywords",
    (NS_IPTC_EXT, "PersonInImage"): "characters",
    (NS_XMP_RIGHTS, "UsageTerms"): "usage_terms",
    (NS_PHOTOSHOP, "Instructions"): "instructions",
    (NS_PHOTOSHOP, "DateCreated"): "date_created",
    (NS_TIFF, "Orientation"): "orientation",
}


class XmpError(ValueError):
    """The packet could not be read; the message says why, for the still's warnings."""


@dataclass
class XmpValues:
    """Raw XMP values by our field name: str, list[str] or {lang: str}."""

    values: dict[str, str | list[str] | dict[str, str]] = field(default_factory=dict)
    #: The parsed packet, for ``press_fields`` (structs are read from it, not parsed twice).
    root: Element | None = field(default=None, repr=False, compare=False)

    def text(self, name: str) -> str | None:
        """A simple or lang-alt value as one string (x-default preferred)."""
        value = self.values.get(name)
        if isinstance(value, dict):
            return value.get("x-default") or next(iter(value.values()), None)
        if isinstance(value, list):
            return "; ".join(value) or None
        return value or None

    def lang_alt(self, name: str) -> dict[str, str]:
        value = self.values.get(name)
        if isinstance(value, dict):
            return dict(value)
        if isinstance(value, str) and value:
            return {"x-default": value}
        if isinstance(value, list) and value:
            return {"x-default": value[0]}
        return {}

    def items(self, name: str) -> list[str]:
        value = self.values.get(name)
        if isinstance(value, list):
            return list(value)
        if isinstance(value, dict):
            return list(value.values())
        return [value] if value else []


def parse_xmp(packet: bytes) -> XmpValues:
    """Parse an XMP packet; raise XmpError with a short reason when it cannot be read."""
    if len(packet) > MAX_XMP_BYTES:
        raise XmpError(f"XMP packet too large ({len(packet) // 1024} KB), skipped")
    document = _document(packet)
    try:
        root = SafeET.fromstring(document, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise XmpError(f"XMP refused ({type(exc).__name__})") from None
    except (SyntaxError, ValueError, UnicodeError) as exc:  # ParseError is a SyntaxError
        raise XmpError(f"XMP unreadable ({exc})") from None
    except RecursionError:
        raise XmpError("XMP nested too deeply") from None
    result = XmpValues(root=root)
    for description in _descriptions(root):
        for (ns, local), value in _properties(description):
            name = PROPERTIES.get((ns, local))
            if name and value not in (None, "", [], {}):
                result.values.setdefault(name, value)  # type: ignore[arg-type]  # str, list or lang map
    return result


def _document(packet: bytes) -> bytes | str:
    """The packet ready for the parser: UTF-8 bytes as they are; UTF-16 and UTF-32 decoded.

    The XMP spec lets a packet be UTF-16 or UTF-32 without a byte-order mark; its encoding
    shows in the NULs around the first "<" (``00 3C`` is UTF-16BE, ``3C 00 00 00`` is
    UTF-32LE...). Stripping NUL padding before looking would shift such a packet by a byte.
    """
    encoding, start = _wide_encoding(packet)
    if encoding is None:
        return packet.strip(b"\x00 \t\r\n")
    width = 4 if "32" in encoding else 2
    body = packet[start:]
    body = body[: len(body) - len(body) % width]
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:  # NUL padding before a UTF-8 packet looks wide too
        return packet.strip(b"\x00 \t\r\n")
    return text.strip("\x00 \t\r\n\ufeff")


_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)


def _wide_encoding(packet: bytes) -> tuple[str | None, int]:
    """(UTF-16/32 codec, offset of the text) when the packet is one; (None, 0) for UTF-8."""
    for bom, encoding in _BOMS:
        if packet.startswith(bom):
            return encoding, len(bom)
    first = packet.find(b"<", 0, 64)
    if first < 0:
        return None, 0
    before, after = packet[max(0, first - 3) : first], packet[first + 1 : first + 4]
    if before == b"\x00\x00\x00":
        return "utf-32-be", first - 3
    if after == b"\x00\x00\x00":
        return "utf-32-le", first
    if before.endswith(b"\x00"):
        return "utf-16-be", first - 1
    if after.startswith(b"\x00"):
        return "utf-16-le", first
    return None, 0


def _descriptions(root: Element) -> list[Element]:
    """Every rdf:Description that is a direct child of rdf:RDF (nested ones are structs)."""
    found = []
    for rdf in root.iter(f"{{{RDF}}}RDF"):
        found.extend(rdf.findall(f"{{{RDF}}}Description"))
    return found


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def _properties(description: Element) -> list[tuple[tuple[str, str], object]]:
    props: list[tuple[tuple[str, str], object]] = []
    for attr, value in description.attrib.items():
        ns, local = _split(attr)
        if ns != RDF:
            props.append(((ns, local), value.strip()))
    for child in description:
        props.append((_split(child.tag), _value(child, 0)))
    return props


def _value(element: Element, depth: int) -> str | list[str] | dict[str, str] | None:
    if depth > MAX_DEPTH:
        return None
    for container in element:
        ns, local = _split(container.tag)
        if ns != RDF:
            return None  # a struct: not a field Stills reads
        items = container.findall(f"{{{RDF}}}li")
        if local == "Alt":
            alt: dict[str, str] = {}
            for li in items:
                lang = li.get(XML_LANG) or "x-default"
                text = (li.text or "").strip()
                if text:
                    alt.setdefault(lang, text)
            return alt
        if local in ("Bag", "Seq"):
            return [text for li in items if (text := (li.text or "").strip())]
        return None
    return (element.text or "").strip() or None


# --- Press fields: structs and bags of structs --------------------------------------------
# Read from the tree ``parse_xmp`` parsed (it keeps to flat values), so the press fields'
# shapes, IPTC Extension structs like LocationShown and PLUS's Licensor, stay in one place.

NS_IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
NS_PLUS = "http://ns.useplus.org/ldf/xmp/1.0/"

#: Simple and lang-alt press properties -> our field name.
PRESS_PROPERTIES: dict[tuple[str, str], str] = {
    (NS_DC, "title"): "titles",
    (NS_XMP_RIGHTS, "UsageTerms"): "usage_terms",
    (NS_PHOTOSHOP, "Headline"): "headline",
    (NS_PHOTOSHOP, "CaptionWriter"): "caption_writer",
    (NS_PHOTOSHOP, "Instructions"): "instructions",
    (NS_PHOTOSHOP, "City"): "city",
    (NS_PHOTOSHOP, "State"): "province_state",
    (NS_PHOTOSHOP, "Country"): "country",
    (NS_IPTC_CORE, "Location"): "sublocation",
    (NS_IPTC_CORE, "CountryCode"): "country_code",
    (NS_IPTC_CORE, "AltTextAccessibility"): "alt_texts",
    (NS_IPTC_EXT, "Event"): "event",
    (NS_IPTC_EXT, "DigitalSourceType"): "digital_source_type",
    (NS_XMP_RIGHTS, "WebStatement"): "web_statement",
}

#: Struct (or bag-of-struct) press properties -> our field name.
PRESS_STRUCTS: dict[tuple[str, str], str] = {
    (NS_IPTC_EXT, "LocationShown"): "locations_shown",
    (NS_IPTC_EXT, "LocationCreated"): "locations_created",
    (NS_PLUS, "Licensor"): "licensors",
}

#: A bag holds at most this many structs and a struct this many fields (hostile packets).
MAX_STRUCTS = 64
MAX_STRUCT_FIELDS = 64

#: One struct: field local name -> its text (a lang-alt field gives its default language).
XmpStruct = dict[str, str]


@dataclass
class XmpPress:
    """The press fields of one packet: simple texts, language alternatives and structs."""

    texts: dict[str, str] = field(default_factory=dict)
    lang_alts: dict[str, dict[str, str]] = field(default_factory=dict)
    structs: dict[str, list[XmpStruct]] = field(default_factory=dict)

    def text(self, name: str) -> str | None:
        alt = self.lang_alts.get(name)
        if alt:
            return alt.get("x-default") or next(iter(alt.values()))
        return self.texts.get(name) or None

    def lang_alt(self, name: str) -> dict[str, str]:
        if name in self.lang_alts:
            return dict(self.lang_alts[name])
        text = self.texts.get(name)
        return {"x-default": text} if text else {}


def press_fields(values: XmpValues) -> XmpPress:
    """The press fields of a packet ``parse_xmp`` read (none when it could not be read)."""
    result = XmpPress()
    root = values.root
    if root is None:
        return result
    for description in _descriptions(root):
        for attr, value in description.attrib.items():
            name = PRESS_PROPERTIES.get(_split(attr))
            if name and value.strip():
                result.texts.setdefault(name, value.strip())
        for child in description:
            key = _split(child.tag)
            if key in PRESS_STRUCTS:
                structs = _structs(child)
                if structs:
                    result.structs.setdefault(PRESS_STRUCTS[key], structs)
            elif key in PRESS_PROPERTIES:
                _add_press_value(result, PRESS_PROPERTIES[key], child)
    return result


def _add_press_value(result: XmpPress, name: str, element: Element) -> None:
    resource = element.get(f"{{{RDF}}}resource")  # a URI property (DigitalSourceType) may be one
    value = resource.strip() if resource else _value(element, 0)
    if isinstance(value, dict) and value:
        result.lang_alts.setdefault(name, value)
    elif isinstance(value, list) and value:
        result.texts.setdefault(name, "; ".join(value))
    elif isinstance(value, str) and value:
        result.texts.setdefault(name, value)


def _structs(element: Element) -> list[XmpStruct]:
    """A struct property, or a bag/seq of them, as a list of structs (empty ones dropped)."""
    containers = [c for c in element if _split(c.tag) in ((RDF, "Bag"), (RDF, "Seq"), (RDF, "Alt"))]
    items = containers[0].findall(f"{{{RDF}}}li")[:MAX_STRUCTS] if containers else [element]
    found = []
    for item in items:
        struct = _struct(item)
        if struct:
            found.append(struct)
    return found


def _struct(element: Element) -> XmpStruct:
    """The fields of one struct, written either as rdf:parseType="Resource" children or as an
    inner rdf:Description (its attributes or children)."""
    holders = [element]
    holders += [c for c in element if _split(c.tag) == (RDF, "Description")][:1]
    struct: XmpStruct = {}
    for holder in holders:
        for attr, value in list(holder.attrib.items())[:MAX_STRUCT_FIELDS]:
            ns, local = _split(attr)
            if ns not in (RDF, "http://www.w3.org/XML/1998/namespace") and value.strip():
                struct.setdefault(local, value.strip())
        for child in list(holder)[:MAX_STRUCT_FIELDS]:
            ns, local = _split(child.tag)
            if ns == RDF:
                continue
            found = _value(child, 1)
            if isinstance(found, dict):
                found = found.get("x-default") or next(iter(found.values()), None)
            elif isinstance(found, list):
                found = "; ".join(found) or None
            if found:
                struct.setdefault(local, found)
    return struct
