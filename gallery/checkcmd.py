"""`gallery check PATH`: the press-desk checks of a kit on the command line (exit 1 when it
finds something, 0 when it finds nothing, 2 when the kit cannot be opened)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

DESCRIPTION = (
    "Check a kit before it goes out: names spelt unlike the cast or the rest of the kit, credits "
    "that disagree, stills with no caption, caption-document entries that match nothing."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", help="kit folder or ZIP (default: the bundled sample kit)")


def report(kit: Any) -> tuple[str, int]:
    """The findings as text, grouped under headings, and how many there are."""
    from gallery.core.checks import HEADINGS, check_kit

    findings = check_kit(kit)
    if not findings:
        return f"{kit.title}: no findings in {len(kit.stills)} stills\n", 0
    lines = [f"{kit.title}: {len(findings)} finding{'s' if len(findings) != 1 else ''} in {len(kit.stills)} stills"]
    heading = None
    for finding in findings:
        if HEADINGS[finding.kind] != heading:
            heading = HEADINGS[finding.kind]
            lines += ["", f"{heading}:"]
        lines.append(f"  {finding.message}")
    return "\n".join(lines) + "\n", len(findings)


def run(opts: argparse.Namespace, open_kit: Callable[[str | None], Any]) -> int:
    """Run the check on ``opts.path``; ``open_kit`` is the command line's own opener (None: failed)."""
    kit = open_kit(opts.path)
    if kit is None:
        return 2
    text, count = report(kit)
    sys.stdout.write(text)
    return 1 if count else 0
