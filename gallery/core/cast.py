"""A kit's cast read from its captions: "ACTOR as CHARACTER" (and Korean "CHARACTER 역의 ACTOR").

Press captions name who is in a still the press way ("(L to R) Kim Tae-ri as Captain Jang,
Song Joong-ki as Tae-ho in Space Sweepers"), so a folder of stills needs no manifest for its
character chips. When a manifest names the cast it wins on names and aliases; the captions
add the characters it does not name and the spellings it lacks (a caption naming a
manifest actor under another character name makes that name an alias). A Korean caption
that names as many characters as the English one beside it, in the same order, gives their
Korean names as aliases ("태호 역의 송중기" beside "Song Joong-ki as Tae-ho").

Only capitalised names count, so "as seen in", "as well as" or "such as" name no one.
Reading is bounded: so much of each caption, so many phrases, so many characters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from gallery.core.manifest import Character, Manifest
from gallery.core.manifest import fold as fold_text
from gallery.core.still import Still

#: Bounds: the part of a caption read, the phrases taken from one caption, the cast's size.
MAX_CAPTION_CHARS = 20_000
MAX_PHRASES_PER_CAPTION = 64
MAX_CAST = 1_000
#: A name is at most this many words ("Captain Jack Sparrow", "Gael García Bernal").
MAX_NAME_WORDS = 4


#: Names repeat from still to still: each is folded once.
fold = lru_cache(maxsize=8192)(fold_text)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words that may stand lower-case inside a name ("Ana de Armas", "Ludwig van Beethoven").
_PARTICLES = _words("de da di del della der van von le la du bin al y")
#: Capitalised words that start a sentence before "as" and are no actor ("Known as Kot-nim").
_NOT_ACTORS = _words(
    "known also such same seen dressed disguised serves served acts acting billed credited cast"
    " doubles just well so as appears appearing returns returning stars starring poses posing"
    " introduced shown pictured described remembered listed named referred regarded treated used"
    " works working joins"
)
#: Capitalised words that follow "as" and are no character ("As Well As", "as The").
_NOT_CHARACTERS = _words("well seen such of if though usual always ever soon the a an")
#: Abbreviations a name may carry with their full stop ("Dr. Strange", "Robert Downey Jr.").
_ABBREVIATIONS = _words("Dr Mr Mrs Ms Mx St Jr Sr Prof Capt Lt Sgt Gen Col Rev")

_WORD = re.compile(r"[^\W_][\w'’-]*\.?")
_AS = re.compile(r"(?<=\S)\s+as\s+(?=\S)")
# "태호 역의 송중기", "타이거 박 역의 진선규", "도로시 역을 맡은 박예린": the role and its player.
_KOREAN_ROLE = re.compile(
    r"(?P<character>(?:[가-힣A-Za-z][가-힣A-Za-z-]*\s){1,2}?)역(?:의|을 맡은|을 연기한)\s+(?P<actor>[가-힣]+)"
)
_HANGUL = re.compile(r"^[가-힣]+$")


@dataclass(frozen=True)
class Role:
    """One "ACTOR as CHARACTER" phrase of a caption."""

    actor: str
    character: str


def roles_in_caption(caption: str) -> list[Role]:
    """The "ACTOR as CHARACTER" phrases of a caption, in order, then its Korean ones."""
    return english_roles(caption) + korean_roles(caption)


def english_roles(caption: str) -> list[Role]:
    """The "ACTOR as CHARACTER" phrases of a caption, in order."""
    text = caption[:MAX_CAPTION_CHARS]
    roles: list[Role] = []
    if " as " in text or "\tas " in text or "\nas " in text:
        for match in _AS.finditer(text):
            actor = _name_before(text[: match.start()])
            character = _name_after(text[match.end() :])
            if actor and character:
                roles.append(Role(actor, character))
                if len(roles) >= MAX_PHRASES_PER_CAPTION:
                    break
    return roles


def korean_roles(caption: str) -> list[Role]:
    """The "CHARACTER 역의 ACTOR" phrases of a Korean caption, in order."""
    roles: list[Role] = []
    if "역" not in caption:
        return roles
    for match in _KOREAN_ROLE.finditer(caption[:MAX_CAPTION_CHARS]):
        words = match.group("character").split()
        # "〈승리호〉에서 태호": the title and its particle are not part of the role's name.
        while len(words) > 1 and (words[0].endswith("에서") or not _HANGUL.match(words[0])):
            words.pop(0)
        if words and not words[0].endswith("에서"):
            roles.append(Role(match.group("actor"), " ".join(words)))
        if len(roles) >= MAX_PHRASES_PER_CAPTION:
            break
    return roles


def _is_name_word(word: str) -> bool:
    first = word[0]
    return first.isalpha() and not first.islower() and (not word.endswith(".") or word[:-1] in _ABBREVIATIONS)


def _name_before(text: str) -> str | None:
    """The capitalised name that ends ``text`` (the actor before "as"), or None."""
    words = text[-200:].split()
    taken: list[str] = []
    for word in reversed(words):
        if len(taken) >= MAX_NAME_WORDS:
            break
        clean = word.strip("()[]\"“”‘'")
        if word != clean and taken:  # "(L to R) Kim Tae-ri": a bracket ends the name
            break
        if not clean or not _WORD.fullmatch(clean):
            break
        if _is_name_word(clean) or (taken and clean in _PARTICLES):
            taken.append(clean)
            if word != clean:
                break
        else:
            break
    while taken and taken[-1] in _PARTICLES:
        taken.pop()
    if not taken or fold(taken[0].rstrip(".")) in _NOT_ACTORS:
        return None
    return " ".join(reversed(taken))


def _name_after(text: str) -> str | None:
    """The capitalised name that starts ``text`` (the character after "as"), or None."""
    taken: list[str] = []
    for match in _WORD.finditer(text[:200]):
        gap = text[match.start() - 1] if match.start() else ""
        if taken and gap not in (" ", "\t"):  # "Jang, Song": punctuation ends the name
            break
        if not taken and match.start():
            break  # "as (the) ...": the name must follow at once
        word = match.group()
        if word.endswith(".") and word[:-1] not in _ABBREVIATIONS:
            word = word[:-1]  # "Dorothy." ends the sentence, and the name
            stop = True
        else:
            stop = False
        if _is_name_word(word) or (taken and word in _PARTICLES):
            taken.append(word)
        else:
            break
        if stop or len(taken) >= MAX_NAME_WORDS:
            break
        end = match.end()
        if end < len(text) and text[end] not in " \t":
            break  # "Tae-ho," "Dorothy)": the name ends at the mark
    while taken and taken[-1] in _PARTICLES:
        taken.pop()
    if not taken or (len(taken) == 1 and fold(taken[0]) in _NOT_CHARACTERS):
        return None
    if fold(taken[0]) in _NOT_CHARACTERS - {"the"}:
        return None
    return " ".join(taken)


@dataclass
class _Entry:
    name: str
    actor: str | None
    aliases: list[str] = field(default_factory=list)
    actor_aliases: list[str] = field(default_factory=list)
    from_manifest: bool = False

    def character(self) -> Character:
        return Character(self.name, self.actor, tuple(self.aliases), tuple(self.actor_aliases))


class Cast:
    """The kit's characters: the manifest's, completed from the captions of its stills."""

    def __init__(self, characters: Sequence[Character]) -> None:
        self.characters = list(characters)
        self._index: dict[str, str] = {}
        for character in self.characters:
            for alias in (character.name, *character.aliases):
                self._index.setdefault(fold(alias), character.name)

    def canonical(self, name: str) -> str:
        """The canonical name for a name or alias (unknown names as they are)."""
        return self._index.get(fold(name), name.strip())

    def resolve(self, still: Still, roles: Iterable[Role] | None = None) -> list[str]:
        """The still's characters by canonical name: its own, then those its captions name."""
        names: dict[str, None] = {}
        for raw in still.characters:
            if raw.strip():
                names.setdefault(self.canonical(raw), None)
        for role in roles if roles is not None else _roles_of(still):
            name = self._index.get(fold(role.character))
            if name:
                names.setdefault(name, None)
        return list(names)


def _roles_of(still: Still) -> list[Role]:
    return [role for caption in still.captions.values() for role in roles_in_caption(caption)]


class _CastBuilder:
    """Characters by canonical name, with the indexes that fold spellings into them."""

    def __init__(self, manifest: Manifest | None) -> None:
        self.entries: dict[str, _Entry] = {}
        self.by_name: dict[str, str] = {}  # folded name or alias -> canonical name
        self.by_actor: dict[str, str] = {}  # folded actor or actor alias -> canonical name
        for character in manifest.characters if manifest else []:
            if character.name not in self.entries:
                actors = list(character.actor_aliases)
                self._add(_Entry(character.name, character.actor, list(character.aliases), actors, True))

    def _add(self, entry: _Entry) -> None:
        self.entries[entry.name] = entry
        for alias in (entry.name, *entry.aliases):
            self.by_name.setdefault(fold(alias), entry.name)
        for actor in (entry.actor, *entry.actor_aliases):
            if actor:
                self.by_actor.setdefault(fold(actor), entry.name)

    def alias(self, name: str, alias: str) -> None:
        if fold(alias) not in self.by_name:
            self.entries[name].aliases.append(alias)
            self.by_name[fold(alias)] = name

    def actor_alias(self, name: str, actor: str) -> None:
        entry = self.entries[name]
        if entry.actor is None:
            entry.actor = actor
            self.by_actor.setdefault(fold(actor), name)
        elif fold(actor) not in self.by_actor:
            entry.actor_aliases.append(actor)
            self.by_actor[fold(actor)] = name

    def role(self, role: Role) -> None:
        """A role the captions name: a known character, another name of a known actor's, or new."""
        name = self.by_name.get(fold(role.character))
        if name is not None:
            self.actor_alias(name, role.actor)
            return
        name = self.by_actor.get(fold(role.actor))
        if name is not None:  # the actor's character under another name: an alias
            self.alias(name, role.character)
        elif len(self.entries) < MAX_CAST:
            self._add(_Entry(role.character, role.actor))

    def pair(self, english: Role, korean: Role) -> None:
        """A Korean role beside its English one: their Korean names are aliases."""
        name = self.by_name.get(fold(english.character))
        if name is not None:
            self.alias(name, korean.character)
            if fold(korean.actor) not in self.by_actor:
                self.actor_alias(name, korean.actor)

    def match_embedded(self, embedded: list[str], roles: list[Role]) -> None:
        """A still's embedded names (PersonInImage) beside the roles its caption names: when one
        name and one role are left once the known names are matched, they are one character
        ("Kot-nim" embedded, "Park Ye-rin as Dorothy" in the caption)."""
        unknown = {fold(n): n for n in embedded if fold(n) not in self.by_name}
        known = {self.by_name[fold(n)] for n in embedded if fold(n) in self.by_name}
        left = {self.by_name[fold(r.character)] for r in roles if fold(r.character) in self.by_name} - known
        if len(unknown) == 1 and len(left) == 1:
            self.alias(left.pop(), next(iter(unknown.values())))

    def cast(self) -> Cast:
        entries = sorted(self.entries.values(), key=lambda e: not e.from_manifest)  # stable: manifest first
        return Cast([e.character() for e in entries])


def read_cast(manifest: Manifest | None, stills: Iterable[Still]) -> tuple[Cast, list[list[Role]]]:
    """The manifest's cast with what the stills' captions add (see the module's docstring), and
    the roles each still's captions name (in the order of ``stills``)."""
    builder = _CastBuilder(manifest)
    each: list[list[Role]] = []
    first: dict[tuple[str, str], Role] = {}
    counts = Counter[tuple[str, str]]()
    pairs: list[tuple[list[Role], list[Role]]] = []
    named: list[tuple[list[str], list[Role]]] = []
    for still in stills:
        english: list[Role] = []
        korean: list[Role] = []
        for caption in still.captions.values():
            english.extend(english_roles(caption))
            korean.extend(korean_roles(caption))
        for role in dict.fromkeys(english):
            key = (fold(role.actor), fold(role.character))
            first.setdefault(key, role)
            counts[key] += 1
        if korean:
            pairs.append((english, korean))
        each.append(english + korean)
        if still.characters and each[-1]:
            named.append((still.characters, each[-1]))
    # The most used spelling of a character is its name (ties: the first seen).
    for key, _count in sorted(counts.items(), key=lambda item: -item[1]):
        builder.role(first[key])
    for english, korean in pairs:
        if len(english) == len(korean):
            for en, ko in zip(english, korean, strict=True):
                builder.pair(en, ko)
    for _english, korean in pairs:
        for ko in korean:
            builder.role(ko)
    for embedded, roles in named:
        builder.match_embedded(embedded, roles)
    return builder.cast(), each


def apply_cast(manifest: Manifest | None, stills: Sequence[Still]) -> Cast:
    """Read the kit's cast and give each still its characters by canonical name."""
    cast, roles = read_cast(manifest, stills)
    if cast.characters:
        for still, found in zip(stills, roles, strict=True):
            still.characters = cast.resolve(still, found)
    return cast
