"""The `gallery` command: the window by default, `gallery info` for a kit's metadata."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from gallery import __version__

SUBCOMMANDS = ("info", "thumbs")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "info":
            return _info(args[1:])
        if args and args[0] == "thumbs":
            return _thumbs(args[1:])
        return _window(args)
    except KeyboardInterrupt:
        return 130


def _window(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="gallery",
        description="Browse a press kit (a folder or a ZIP of stills) offline. "
        "Subcommands: 'gallery info PATH [--json]' prints a kit's metadata; "
        "'gallery thumbs PATH' builds its thumbnails ahead of time.",
    )
    parser.add_argument("path", nargs="?", help="kit folder or ZIP (default: the last kit, else the sample kit)")
    parser.add_argument("--version", action="version", version=f"Stills {__version__}")
    opts = parser.parse_args(args)
    from gallery.ui.app import run  # Qt is loaded only for the window

    return run(opts.path)


def _info(args: list[str]) -> int:
    from gallery.core.catalog import Catalog
    from gallery.core.kit import KitError, open_kit, sample_kit_path

    parser = argparse.ArgumentParser(prog="gallery info", description="Print a kit's stills and their metadata.")
    parser.add_argument("path", nargs="?", help="kit folder or ZIP (default: the bundled sample kit)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    opts = parser.parse_args(args)
    path = opts.path or str(sample_kit_path())
    try:
        kit = open_kit(path, catalog=Catalog())
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


def _thumbs(args: list[str]) -> int:
    import os
    import time

    from gallery.core.catalog import Catalog
    from gallery.core.kit import KitError, open_kit, sample_kit_path
    from gallery.core.thumbnailer import build_thumbnails

    parser = argparse.ArgumentParser(
        prog="gallery thumbs",
        description="Build a kit's thumbnails ahead of time, into the shared freedesktop.org cache.",
    )
    parser.add_argument("path", nargs="?", help="kit folder or ZIP (default: the bundled sample kit)")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2, help="worker threads (default: cores)")
    parser.add_argument("--size", "-s", type=int, default=256, help="longest side in pixels (default: 256)")
    opts = parser.parse_args(args)
    if opts.jobs < 1 or not 16 <= opts.size <= 1024:
        parser.error("--jobs must be at least 1 and --size between 16 and 1024")
    path = opts.path or str(sample_kit_path())
    try:
        kit = open_kit(path, catalog=Catalog())
    except KitError as exc:
        print(f"gallery: {exc}", file=sys.stderr)
        return 2
    show_bar = sys.stderr.isatty()
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if show_bar:
            width = 30
            filled = width * done // max(1, total)
            rate = done / max(1e-6, time.perf_counter() - started)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}  {rate:.1f}/s ")
            sys.stderr.flush()

    report = build_thumbnails(kit, size=opts.size, jobs=opts.jobs, progress=progress)
    if show_bar:
        sys.stderr.write("\n")
    elapsed = time.perf_counter() - started
    rate = report.made / elapsed if elapsed > 0 else 0.0
    print(
        f"{kit.title}: {report.made} made, {report.cached} already cached, {len(report.failed)} failed "
        f"in {elapsed:.2f} s ({rate:.1f} images/s made, {opts.jobs} jobs)"
    )
    for file, reason in report.failed:
        print(f"  failed: {file}: {reason}")
    return 0
