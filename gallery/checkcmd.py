"""`gallery check PATH`: the press-desk checks of a kit on the command line (exit 1 when it
finds something, 0 when it finds nothing, 2 when the kit cannot be opened)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gallery.core.guard import Isolation

DESCRIPTION = (
    "Check a kit before it goes out: names spelt unlike the cast or the rest of the kit, credits "
    "that disagree, stills with no caption, caption-document entries that match nothing."
)


HELP = "list names, credits and captions to fix before a kit goes out (exit 1 if any)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from gallery.cli import FILE_COMPLETION

    parser.add_argument(
        "path", nargs="?", default="", metavar="PATH", help="kit folder or ZIP (default: the bundled sample kit)"
    ).complete = FILE_COMPLETION  # type: ignore[attr-defined]


def other_versions(kit: Any) -> frozenset[str]:
    """The stills that are another version of a picture (an LR copy of an HR still), found from
    the thumbnails already cached (`gallery thumbs`, or the window): none are decoded here."""
    from gallery.core.imaging import ThumbnailCache
    from gallery.core.variants import Variants, fingerprints, group_variants

    cache = ThumbnailCache()

    def cached(still: Any) -> Any:
        for size in (256, 128):  # the window's bucket, then `gallery thumbs`' default
            try:
                image = cache.read(kit, still, size)
            except Exception:  # noqa: BLE001 - unreadable or gone: that still is not grouped
                return None
            if image is not None:
                return image
        return None

    return Variants(group_variants(fingerprints(kit.stills, cached))).hidden


def report(kit: Any) -> tuple[str, int]:
    """The findings as text, grouped under headings, and how many there are (a slip in a
    picture sent in several versions counts once, when its thumbnails are cached)."""
    from gallery.core.checks import HEADINGS, check_kit

    leave_out = other_versions(kit)
    findings = check_kit(kit, leave_out)
    checked = len(kit.stills) - len(leave_out)
    if not findings:
        return f"{kit.title}: no findings in {checked} stills\n", 0
    lines = [f"{kit.title}: {len(findings)} finding{'s' if len(findings) != 1 else ''} in {checked} stills"]
    heading = None
    for finding in findings:
        if HEADINGS[finding.kind] != heading:
            heading = HEADINGS[finding.kind]
            lines += ["", f"{heading}:"]
        lines.append(f"  {finding.message}")
    return "\n".join(lines) + "\n", len(findings)


def run(opts: argparse.Namespace, isolation: Isolation) -> int:
    """`gallery check PATH`: 0 when the kit has no findings, 1 when it has, 2 when it cannot be opened."""
    from gallery.cli import EXIT_CANNOT_OPEN, _open_for_command

    kit = _open_for_command(opts.path, isolation)
    if kit is None:
        return EXIT_CANNOT_OPEN
    text, count = report(kit)
    sys.stdout.write(text)
    return 1 if count else 0
