"""The `gallery` command: the window by default, `gallery info` for a kit's metadata."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from gallery import __version__

SUBCOMMANDS = ("info",)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "info":
            return _info(args[1:])
        return _window(args)
    except KeyboardInterrupt:
        return 130


def _window(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="gallery",
        description="Browse a press kit (a folder or a ZIP of stills) offline. "
        "Subcommands: 'gallery info PATH [--json]' prints a kit's metadata.",
    )
    parser.add_argument("path", nargs="?", help="kit folder or ZIP (default: the last kit, else the sample kit)")
    parser.add_argument("--version", action="version", version=f"Stills {__version__}")
    opts = parser.parse_args(args)
    from gallery.ui.app import run  # Qt is loaded only for the window

    return run(opts.path)


def _info(args: list[str]) -> int:
    from gallery.core.kit import KitError, open_kit, sample_kit_path

    parser = argparse.ArgumentParser(prog="gallery info", description="Print a kit's stills and their metadata.")
    parser.add_argument("path", nargs="?", help="kit folder or ZIP (default: the bundled sample kit)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    opts = parser.parse_args(args)
    path = opts.path or str(sample_kit_path())
    try:
        kit = open_kit(path)
    except KitError as exc:
        print(f"gallery: {exc}", file=sys.stderr)
        return 2
    if opts.json:
        json.dump(kit_json(kit), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(kit_summary(kit))
    return 0


def kit_json(kit) -> dict:
    return {
        "kit": {
            "path": str(kit.path),
            "title": kit.title,
            "count": len(kit.stills),
            "characters": kit.character_counts(),
            "keywords": kit.keyword_counts(),
            "warnings": kit.warnings,
        },
        "stills": [still.to_json() for still in kit.stills],
    }


def kit_summary(kit) -> str:
    failed = [s for s in kit.stills if s.error]
    lines = [f"{kit.title}", f"{kit.path}", f"{len(kit.stills)} stills, {len(failed)} unreadable", ""]
    if kit.character_counts():
        lines.append("Characters: " + ", ".join(f"{n} ({c})" for n, c in kit.character_counts().items()))
        lines.append("")
    for still in kit.stills:
        size = f"{still.width}×{still.height}" if still.width else ""
        lines.append(f"{still.file}  {size}")
        if still.error:
            lines.append(f"    ! {still.error}")
            continue
        if still.caption:
            lines.append(f"    {still.caption}")
        for lang, text in still.captions.items():
            if text != still.caption:
                lines.append(f"    [{lang}] {text}")
        details = []
        if still.credit:
            details.append(f"Credit: {still.credit}")
        if still.characters:
            details.append("Characters: " + ", ".join(still.characters))
        if still.release_date:
            embargo = " (embargoed)" if still.is_embargoed() else ""
            details.append(f"Release: {still.release_date.isoformat()}{embargo}")
        if details:
            lines.append("    " + " · ".join(details))
    for warning in kit.warnings:
        lines.append(f"warning: {warning}")
    return "\n".join(lines) + "\n"
