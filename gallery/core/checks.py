"""Press-desk checks of a kit: names spelt unlike the rest of the kit, credits that disagree,
stills with no caption. What a picture editor looks for before a kit goes out.

Each check is a plain function over stills (and, for names, a list of known names with how
many stills spell each one that way), so the window's Checks panel and ``gallery check``
list the same findings, in the same order.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gallery.core.captiondocs.entries import credit_at_end, fold
from gallery.core.cast import english_roles, korean_roles
from gallery.core.manifest import Character, Manifest
from gallery.core.still import Still

#: Kinds of finding, in the order the panel and the command list them.
SPELLING = "spelling"
CREDIT = "credit"
CAPTION_CREDIT = "caption credit"
NO_CREDIT = "no credit"
NO_CAPTION = "no caption"
NO_ENTRY = "no entry"
DOCUMENT = "caption document"
KINDS = (SPELLING, CREDIT, CAPTION_CREDIT, NO_CREDIT, NO_CAPTION, NO_ENTRY, DOCUMENT)
#: Headings of each kind, for the panel and the command.
HEADINGS = {
    SPELLING: "Names",
    CREDIT: "Credits",
    CAPTION_CREDIT: "Credits",
    NO_CREDIT: "Credits",
    NO_CAPTION: "Captions",
    NO_ENTRY: "Caption documents",
    DOCUMENT: "Caption documents",
}


@dataclass(frozen=True)
class Finding:
    """One problem: its kind, the still it is about, and one line for the user."""

    kind: str
    file: str  # "" for a finding about no one still (a document's entry that names none)
    message: str


# Runs of capitalised words ("Song Jung-ki", "Kim Tae-ri"); names are looked for inside them.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


_HANGUL_NAME = re.compile(r"^[가-힣]{3,4}$")


def _close(candidate: str, known: str) -> bool:
    """A slip of spelling: same number of words, one word the same (or a single long word),
    and a few letters apart ("Song Jung-ki" / "Song Joong-ki", "Dorthy" / "Dorothy"); a Korean
    name of three or four syllables, the family name the same and one letter (jamo) apart
    ("송쭝기" / "송중기")."""
    words, known_words = candidate.split(), known.split()
    if len(words) != len(known_words) or candidate == known:
        return False
    if _HANGUL_NAME.match(candidate) and _HANGUL_NAME.match(known):
        return (
            len(candidate) == len(known)
            and candidate[0] == known[0]
            and edit_distance(unicodedata.normalize("NFD", candidate), unicodedata.normalize("NFD", known), 1) == 1
        )
    if len(words) == 1:
        return len(known) >= 6 and edit_distance(candidate, known, 1) == 1
    if not any(w == k for w, k in zip(words, known_words, strict=True)):
        return False
    return edit_distance(candidate, known, max(2, len(known) // 6)) <= max(2, len(known) // 6)


def names_in(text: str, longest: int = 4) -> set[str]:
    """Every run of one to ``longest`` capitalised words in ``text`` (folded), possessives cut,
    and the actors of its Korean "CHARACTER 역의 ACTOR" phrases (Hangul has no capitals)."""
    found: set[str] = {role.actor for role in korean_roles(text)}
    for run in _CAPITALISED_RUN.finditer(text):
        words = [re.sub(r"['’]s$", "", w).strip("'’-") for w in run.group(0).split()]
        for size in range(1, min(longest, len(words)) + 1):
            for start in range(len(words) - size + 1):
                found.add(fold(" ".join(words[start : start + size])))
    return found


def cast_names(characters: Sequence[Character]) -> list[str]:
    """Every spelling the cast list accepts: actors, characters and their aliases."""
    names: list[str] = []
    for character in characters:
        names.extend([character.name, *character.aliases, *character.actor_aliases])
        if character.actor:
            names.append(character.actor)
    return [n for n in names if n]


def press_names(stills: Iterable[Still]) -> list[str]:
    """The actors of "ACTOR as CHARACTER" phrases in the captions, and of Korean "CHARACTER 역의
    ACTOR" ones (one entry per still)."""
    names: list[str] = []
    for still in stills:
        names.extend({role.actor for c in still.captions.values() for role in english_roles(c) + korean_roles(c)})
    return names


def known_name_counts(stills: Sequence[Still], names: Iterable[str]) -> dict[str, int]:
    """Each name (as spelt) with the number of stills whose captions spell it so."""
    spelt = [set().union(*(names_in(c) for c in s.captions.values())) if s.captions else set() for s in stills]
    counts: dict[str, int] = {}
    for name in names:
        key = fold(name)
        counts.setdefault(name, sum(1 for found in spelt if key in found))
    return counts


def spelling_findings(stills: Sequence[Still], known: Mapping[str, int], accepted: Iterable[str] = ()) -> list[Finding]:
    """Names in captions a slip away from a known name: "Song Jung-ki in ss_07.jpg (elsewhere
    Song Joong-ki, 12 stills)". ``known`` maps names to the stills that spell them so; a name
    in ``accepted`` (the cast list's own spellings) is never flagged; any other is flagged
    only when its known neighbour is spelt so in more stills than it is."""
    accepted_folded = {fold(n) for n in accepted}
    by_fold: dict[str, tuple[str, int]] = {}
    for name, count in sorted(known.items(), key=lambda kv: -kv[1]):
        by_fold.setdefault(fold(name), (name, count))
    spelt_in = Counter(name for s in stills for name in set().union(*(names_in(c) for c in s.captions.values())))
    findings: list[Finding] = []
    for still in stills:
        found = set().union(*(names_in(c) for c in still.captions.values())) if still.captions else set()
        for candidate in sorted(found - accepted_folded):
            for key, (name, count) in by_fold.items():
                if not _close(candidate, key):
                    continue
                if key not in accepted_folded and count <= spelt_in[candidate]:
                    continue
                written = _as_written(still, candidate)
                findings.append(
                    Finding(
                        SPELLING,
                        still.file,
                        f"{written} in {still.file} (elsewhere {name}, {count} still{'s' if count != 1 else ''})",
                    )
                )
                break
    return findings


def _as_written(still: Still, folded: str) -> str:
    for caption in still.captions.values():
        for run in _CAPITALISED_RUN.finditer(caption):
            words = run.group(0).split()
            for size in range(1, len(words) + 1):
                for start in range(len(words) - size + 1):
                    text = " ".join(words[start : start + size])
                    if fold(re.sub(r"['’]s$", "", text)) == folded:
                        return text
    return folded


def usual_credit(stills: Sequence[Still], default: str | None = None) -> tuple[str | None, int]:
    """The kit's usual credit: kit.toml's, else the one most stills carry; with its count."""
    counts = Counter(s.credit for s in stills if s.credit and not s.error)
    if default:
        return default, counts.get(default, 0)
    if not counts:
        return None, 0
    credit, count = counts.most_common(1)[0]
    return (credit, count) if count > 1 else (None, 0)


def credit_findings(stills: Sequence[Still], default: str | None = None) -> list[Finding]:
    """Credits missing or unlike the kit's usual one, and captions that name another credit."""
    usual, count = usual_credit(stills, default)
    findings: list[Finding] = []
    for still in stills:
        if still.error:
            continue
        if not still.credit:
            findings.append(Finding(NO_CREDIT, still.file, f"{still.file}: no credit"))
        elif usual and fold(still.credit) != fold(usual):
            findings.append(
                Finding(
                    CREDIT,
                    still.file,
                    f"{still.file}: credit {still.credit} (the kit's usual: {usual}, {count} stills)",
                )
            )
        named = credit_at_end(still.caption or "")
        if named and still.credit and fold(named) != fold(still.credit):
            findings.append(
                Finding(
                    CAPTION_CREDIT,
                    still.file,
                    f"{still.file}: the caption says Cr. {named}, the credit is {still.credit}",
                )
            )
    return findings


def caption_findings(stills: Sequence[Still]) -> list[Finding]:
    return [Finding(NO_CAPTION, s.file, f"{s.file}: no caption") for s in stills if not s.error and not s.captions]


def check_stills(
    stills: Sequence[Still],
    characters: Sequence[Character] = (),
    default_credit: str | None = None,
    known: Mapping[str, int] | None = None,
) -> list[Finding]:
    """Every finding for a kit's stills, by kind then kit order. ``known`` (names and counts)
    defaults to the cast list's spellings plus the actors the captions name "ACTOR as CHARACTER"."""
    accepted = cast_names(characters)
    if known is None:
        known = known_name_counts(stills, [*accepted, *press_names(stills)])
    findings = [
        *spelling_findings(stills, known, accepted),
        *credit_findings(stills, default_credit),
        *caption_findings(stills),
    ]
    order = {file: i for i, file in enumerate(s.file for s in stills)}
    return sorted(findings, key=lambda f: (KINDS.index(f.kind), order.get(f.file, 0)))


def document_findings(stills: Sequence[Still], manifest: Manifest | None) -> list[Finding]:
    """Stills no caption document names, and what reading the documents said."""
    if manifest is None:
        return []
    findings = [
        Finding(DOCUMENT, "", warning) for warning in manifest.document_warnings if "no entry for" not in warning
    ]
    if manifest.document_names:
        names = ", ".join(manifest.document_names)
        findings += [
            Finding(NO_ENTRY, s.file, f"{s.file}: no entry in {names}")
            for s in stills
            if s.file not in manifest.documents
        ]
    return findings


def check_kit(kit: Any, leave_out: Collection[str] = ()) -> list[Finding]:
    """Every finding for an opened kit (a ``Kit``; a collection has no manifest of its own).
    ``leave_out``: files not checked, the other versions of a picture (an LR copy of an HR
    still), so that a slip is listed and counted once per picture."""
    manifest: Manifest | None = getattr(kit, "manifest", None)
    stills = [s for s in kit.stills if s.file not in leave_out] if leave_out else kit.stills
    # Only kit.toml's spellings are beyond question. The cast read from the captions
    # (gallery.core.cast) keeps every spelling it met, slips too, as an alias: those are
    # candidates, counted, and the one most stills agree on wins.
    accepted = manifest.characters if manifest else []
    read = cast_names(kit.characters_info())
    known = known_name_counts(stills, [*cast_names(accepted), *read, *press_names(stills)])
    findings = check_stills(stills, accepted, manifest.credit if manifest else None, known)
    order = {file: i for i, file in enumerate(s.file for s in stills)}
    findings += document_findings(stills, manifest)
    return sorted(findings, key=lambda f: (KINDS.index(f.kind), order.get(f.file, -1)))
