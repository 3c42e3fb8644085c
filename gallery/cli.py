"""The `gallery` command: the window by default, `gallery info` and `gallery thumbs` for kits."""

from __future__ import annotations

import argparse
import json
import logging
import logging.handlers
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from gallery import __version__

if TYPE_CHECKING:
    from gallery.core.guard import Isolation

SUBCOMMANDS = ("info", "thumbs", "check")
log = logging.getLogger("gallery")

EPILOG = """commands:
  gallery [PATH]                    open the window on a kit folder, a ZIP or an image's folder
  gallery info [PATH] [--json]      print a kit's stills and their metadata
  gallery thumbs [PATH] [-j N]      build a kit's thumbnails ahead of time
  gallery check [PATH]              list names, credits and captions to fix (exit 1 if any)

Without PATH: the window opens the last kit (else the bundled sample kit); info and thumbs
use the sample kit. Exit status: 0 when the kit opened (even if some stills failed), 2 when
PATH cannot be opened at all, 1 on an internal error (details in the log file).
"""


def log_path() -> Path:
    state = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return state / "stills" / "stills.log"


def configure_logging(verbose: bool) -> None:
    """A rotating log file in the user's state dir; with --verbose, debug output on stderr too."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(fmt)
        root.addHandler(handler)
    except OSError:
        pass  # an unwritable state dir must not stop the app
    if verbose:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(fmt)
        root.addHandler(console)


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="store_true", help="log debug messages to stderr")
    common.add_argument("--version", action="version", version=f"Stills {__version__}")
    return common


def main(argv: Sequence[str] | None = None, frozen_support: bool = False) -> int:
    """``frozen_support``: a frozen build's launcher called ``multiprocessing.freeze_support()``,
    so worker processes may be used there."""
    args = list(sys.argv[1:] if argv is None else argv)
    configure_logging("-v" in args or "--verbose" in args)
    from gallery.core import guard

    # How every command decodes and parses: one isolation, made here and passed down.
    isolation = guard.Isolation(frozen_support)
    try:
        if not {"-h", "--help", "--version"} & set(args):
            isolation.start_early()  # the workers' fork server imports while we import Qt and the rest
        if args and args[0] == "info":
            return _info(args[1:], isolation)
        if args and args[0] == "thumbs":
            return _thumbs(args[1:], isolation)
        if args and args[0] == "check":
            return _check(args[1:], isolation)
        return _window(args, isolation)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - no traceback reaches the user; it goes to the log
        log.exception("internal error")
        print(f"gallery: internal error: {exc} (details in {log_path()})", file=sys.stderr)
        return 1
    finally:
        isolation.close()


def _window(args: list[str], isolation: Isolation) -> int:
    parser = argparse.ArgumentParser(
        prog="gallery",
        description="Stills: browse a film or series press kit (a folder or a ZIP of stills) offline.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_common()],
    )
    parser.add_argument("path", nargs="?", help="kit folder, ZIP, or an image (opens its folder on that still)")
    opts = parser.parse_args(args)
    path, select = opts.path, None
    if path and Path(path).is_file() and not path.lower().endswith(".zip"):
        # The desktop hands us an image: open the folder around it, on that still.
        path, select = str(Path(path).resolve().parent), Path(path).name
    from gallery.ui.app import run  # Qt is loaded only for the window

    return run(path, select=select, isolation=isolation)


def _info(args: list[str], isolation: Isolation) -> int:
    parser = argparse.ArgumentParser(
        prog="gallery info", description="Print a kit's stills and their metadata.", parents=[_common()]
    )
    parser.add_argument("path", nargs="?", help="kit folder or ZIP (default: the bundled sample kit)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    opts = parser.parse_args(args)
    kit = _open_for_command(opts.path, isolation)
    if kit is None:
        return 2
    if opts.json:
        json.dump(kit_json(kit), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(kit_summary(kit))
    return 0


def _check(args: list[str], isolation: Isolation) -> int:
    from gallery import checkcmd

    parser = argparse.ArgumentParser(prog="gallery check", description=checkcmd.DESCRIPTION, parents=[_common()])
    checkcmd.add_arguments(parser)
    return checkcmd.run(parser.parse_args(args), lambda path: _open_for_command(path, isolation))


def _open_for_command(path: str | None, isolation: Isolation):
    """The kit at ``path`` (default: the sample kit), or None after a one-line message."""
    from gallery.core.catalog import Catalog
    from gallery.core.kit import KitError, open_kit, sample_kit_path

    try:
        return open_kit(path or str(sample_kit_path()), catalog=Catalog(), isolation=isolation)
    except KitError as exc:
        print(f"gallery: {exc}", file=sys.stderr)
        return None


def printable_path(path: Path) -> str:
    """A path that is safe to print or put in JSON, even when its bytes are not UTF-8."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def kit_json(kit) -> dict:
    return {
        "kit": {
            "path": printable_path(kit.path),
            "title": kit.title,
            "count": len(kit.stills),
            "characters": kit.character_counts(),
            "keywords": kit.keyword_counts(),
            "warnings": kit.warnings,
        },
        "stills": [still.to_json() for still in kit.stills],
    }


def kit_summary(kit) -> str:
    from gallery.core.press import PRESS_ROWS

    failed = [s for s in kit.stills if s.error]
    lines = [f"{kit.title}", printable_path(kit.path), f"{len(kit.stills)} stills, {len(failed)} unreadable", ""]
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
        if still.expiry_date:
            expired = " (expired)" if still.is_expired() else ""
            details.append(f"Expires: {still.expiry_date.isoformat()}{expired}")
        if still.disclosure:
            details.append(still.disclosure)
        if details:
            lines.append("    " + " · ".join(details))
        for _key, label, text in PRESS_ROWS:  # the details panel's rows, one line each
            value = text(still, None)
            if value:
                lines.append(f"    {label}: {value.replace(chr(10), '; ')}")
    for warning in kit.warnings:
        lines.append(f"warning: {warning}")
    return "\n".join(lines) + "\n"


def _thumbs(args: list[str], isolation: Isolation) -> int:
    import os
    import time

    from gallery.core.thumbnailer import build_thumbnails

    parser = argparse.ArgumentParser(
        prog="gallery thumbs",
        description="Build a kit's thumbnails ahead of time, into the shared freedesktop.org cache.",
        parents=[_common()],
    )
    parser.add_argument("path", nargs="?", help="kit folder or ZIP (default: the bundled sample kit)")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2, help="worker threads (default: cores)")
    parser.add_argument("--size", "-s", type=int, default=256, help="longest side in pixels (default: 256)")
    opts = parser.parse_args(args)
    if opts.jobs < 1 or not 16 <= opts.size <= 1024:
        parser.error("--jobs must be at least 1 and --size between 16 and 1024")
    kit = _open_for_command(opts.path, isolation)
    if kit is None:
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

    report = build_thumbnails(kit, size=opts.size, jobs=opts.jobs, progress=progress, isolation=isolation)
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
