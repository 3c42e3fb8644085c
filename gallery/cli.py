"""The `gallery` (and `stills`) command: one argparse tree of subcommands.

``gallery PATH...`` opens the window (the ``open`` subcommand, the default); ``gallery info``
and ``gallery thumbs`` work on kits from a terminal. Data goes to stdout; progress, warnings
and failures go to stderr. Adding a subcommand is one ``Command`` row in ``COMMANDS``: a
function that adds its arguments to its parser and one that runs it and returns the exit
status (see ``_info_arguments`` and ``_info``).
"""

from __future__ import annotations

import argparse
import json
import logging
import logging.handlers
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gallery import __version__, checkcmd

if TYPE_CHECKING:
    from gallery.core.guard import Isolation
    from gallery.core.kit import Kit

log = logging.getLogger("gallery")

#: Exit statuses, as --help documents them.
EXIT_OK, EXIT_STILLS_FAILED, EXIT_CANNOT_OPEN, EXIT_INTERNAL = 0, 1, 2, 70
#: A kit this big shows a progress line while `gallery info` reads it (on a terminal only).
BIG_KIT = 200

EPILOG = """\
Without a command, gallery opens the window (the same as `gallery open PATH...`). With no
PATH the window opens the last kit, else the bundled sample kit; info and thumbs use the
sample kit. A folder named like a command is opened as ./NAME.

exit status:
  0   every still was read
  1   the kit opened but some stills could not be read (their reasons are on stderr)
  2   a PATH cannot be opened at all, or the command line is wrong
  70  an internal error (details in the log file, ~/.local/state/stills/stills.log)
"""

#: Tells the shell completions (shtab, packaging/gen_docs.py) that an argument is a file or folder.
FILE_COMPLETION = {"bash": "_shtab_compgen_files", "zsh": "_files", "tcsh": "f"}

#: Where a still is referred to: a kit (folder or ZIP) and the files in it to show (none: all).
Target = tuple[str, list[str]]


@dataclass(frozen=True)
class Command:
    """One subcommand: its name, its one-line help, the function that adds its arguments to
    its parser, and the one that runs it (the parsed options and the isolation) and returns
    the exit status."""

    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Isolation], int]
    description: str = ""


def log_path() -> Path:
    from gallery.core import xdg

    return xdg.state_home() / "stills" / "stills.log"


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


def _add_common(parser: argparse.ArgumentParser, top: bool) -> None:
    # Accepted before and after the command; a subcommand's copy must not reset the top's value.
    default: Any = False if top else argparse.SUPPRESS
    parser.add_argument("-v", "--verbose", action="store_true", default=default, help="log debug messages to stderr")
    parser.add_argument(
        "-q", "--quiet", action="store_true", default=default, help="no progress or summary (failures still shown)"
    )


def build_parser(prog: str = "gallery") -> argparse.ArgumentParser:
    """The whole command line: what --help, the man page and the shell completions show."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Stills: browse film and series press kits (folders or ZIPs of stills) offline.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_common(parser, top=True)
    parser.add_argument("--version", action="version", version=f"Stills {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for command in COMMANDS:
        child = sub.add_parser(
            command.name,
            help=command.help,
            description=command.description or command.help[:1].upper() + command.help[1:] + ".",
            epilog=EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        _add_common(child, top=False)
        command.arguments(child)
        child.set_defaults(run=command.run)
    return parser


def with_default_command(args: Sequence[str]) -> list[str]:
    """``args`` with ``open`` put in front of the first argument that is not a top-level
    option, unless that names a command: so ``gallery a.jpg b.jpg`` is ``gallery open a.jpg b.jpg``."""
    args = list(args)
    names = {c.name for c in COMMANDS}
    top = {"-v", "--verbose", "-q", "--quiet", "-h", "--help", "--version"}
    i = 0
    while i < len(args) and args[i] in top:
        i += 1
    if {"-h", "--help", "--version"} & set(args[:i]):
        return args
    if i == len(args) or args[i] not in names:
        args.insert(i, "open")
    return args


def main(argv: Sequence[str] | None = None, frozen_support: bool = False) -> int:
    """``frozen_support``: a frozen build's launcher called ``multiprocessing.freeze_support()``,
    so worker processes may be used there."""
    args = with_default_command(sys.argv[1:] if argv is None else argv)
    configure_logging("-v" in args or "--verbose" in args)
    parser = build_parser(Path(sys.argv[0]).name if sys.argv[0].endswith("stills") else "gallery")
    try:
        opts = parser.parse_args(args)
    except SystemExit as exc:  # --help, --version, or a usage error (2)
        return int(exc.code or 0)
    from gallery.core import guard

    # How every command decodes and parses: one isolation, made here and passed down.
    isolation = guard.Isolation(frozen_support)
    try:
        isolation.start_early()  # the workers' fork server imports while we import Qt and the rest
        status: int = opts.run(opts, isolation)
        return status
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - no traceback reaches the user; it goes to the log
        log.exception("internal error")
        print(f"gallery: internal error: {exc} (details in {log_path()})", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        isolation.close()


def kit_targets(paths: Sequence[str]) -> list[Target]:
    """Each kit to open and the stills in it to show, in the order given: an image stands for
    the folder around it on that still; images of one folder share it."""
    targets: list[Target] = []
    by_folder: dict[str, list[str]] = {}
    for path in paths:
        if Path(path).is_file() and not path.lower().endswith(".zip"):
            folder = str(Path(path).resolve().parent)
            if folder not in by_folder:
                by_folder[folder] = []
                targets.append((folder, by_folder[folder]))
            by_folder[folder].append(Path(path).name)
        else:
            targets.append((path, []))
    return targets


# -- open: the window ------------------------------------------------------------------------------
def _open_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="kit folder, ZIP, or an image (opens its folder on that still)"
    ).complete = FILE_COMPLETION  # type: ignore[attr-defined]
    parser.add_argument(
        "--new-window", action="store_true", help="open a window of its own, even when Stills is already running"
    )


def _open(opts: argparse.Namespace, isolation: Isolation) -> int:
    targets = kit_targets(opts.paths)
    if not opts.new_window:
        from gallery.ui.instance import hand_over

        if hand_over(targets):
            return EXIT_OK  # the running window opened them and came to the front
    from gallery.ui.app import run  # Qt is loaded only for the window

    return run(targets, isolation=isolation, serve=not opts.new_window)


# -- info: metadata on stdout ----------------------------------------------------------------------
def _info_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="kit folder, ZIP or image files (default: the bundled sample kit)"
    ).complete = FILE_COMPLETION  # type: ignore[attr-defined]
    parser.add_argument("--json", action="store_true", help="machine-readable output (a list when several kits)")


def _info(opts: argparse.Namespace, isolation: Isolation) -> int:
    status, docs, texts = EXIT_OK, [], []
    for path, files in kit_targets(opts.paths) or [("", [])]:
        show = Progress("reading", enabled=sys.stderr.isatty() and not opts.quiet, minimum=BIG_KIT)
        kit = _open_for_command(path, isolation, progress=show)
        show.finish()
        if kit is None:
            status = max(status, EXIT_CANNOT_OPEN)
            continue
        stills = _chosen(kit, files)
        if stills is None:
            status = max(status, EXIT_CANNOT_OPEN)
            continue
        for still in stills:
            if still.error:
                print(f"gallery: {printable_path(kit.path / still.file)}: {still.error}", file=sys.stderr)
                status = max(status, EXIT_STILLS_FAILED)
        if opts.json:
            docs.append(kit_json(kit, stills))
        else:
            texts.append(kit_summary(kit, stills))
    if opts.json and docs:
        json.dump(docs[0] if len(docs) == 1 else docs, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    sys.stdout.write("\n".join(texts))
    return status


def _chosen(kit: Kit, files: list[str]) -> list[Any] | None:
    """The kit's stills named by ``files`` (all of them when none), or None after a message."""
    if not files:
        return list(kit.stills)
    stills = [kit.still(file) for file in files]
    missing = [file for file, still in zip(files, stills, strict=True) if still is None]
    for file in missing:
        print(f"gallery: {printable_path(kit.path / file)}: not a still Stills shows", file=sys.stderr)
    return None if missing else stills


class Progress:
    """A one-line progress bar on stderr, redrawn in place (only on a terminal)."""

    def __init__(self, label: str, enabled: bool, minimum: int = 0) -> None:
        self.label, self.enabled, self.minimum = label, enabled, minimum
        self.started = time.perf_counter()
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < self.minimum:
            return
        width = 30
        filled = width * done // max(1, total)
        rate = done / max(1e-6, time.perf_counter() - self.started)
        sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}  {rate:.1f}/s ")
        sys.stderr.flush()
        self.drawn = True

    def finish(self) -> None:
        if self.drawn:
            sys.stderr.write("\n")
            self.drawn = False


def _open_for_command(path: str, isolation: Isolation, progress: Progress | None = None) -> Kit | None:
    """The kit at ``path`` (empty: the sample kit), or None after a one-line message."""
    from gallery.core.catalog import Catalog
    from gallery.core.kit import KitError, open_kit, sample_kit_path

    try:
        return open_kit(path or str(sample_kit_path()), progress=progress, catalog=Catalog(), isolation=isolation)
    except KitError as exc:
        print(f"gallery: {exc}", file=sys.stderr)
        return None


def printable_path(path: Path) -> str:
    """A path that is safe to print or put in JSON, even when its bytes are not UTF-8."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def kit_json(kit: Kit, stills: Sequence[Any] | None = None) -> dict[str, Any]:
    """The documented JSON shape (README) of ``kit``, or of those of its ``stills``."""
    stills = kit.stills if stills is None else stills
    return {
        "kit": {
            "path": printable_path(kit.path),
            "title": kit.title,
            "count": len(stills),
            "characters": kit.character_counts(),
            "keywords": kit.keyword_counts(),
            "warnings": kit.warnings,
        },
        "stills": [still.to_json() for still in stills],
    }


def kit_summary(kit: Kit, stills: Sequence[Any] | None = None) -> str:
    from gallery.core.press import PRESS_ROWS

    stills = kit.stills if stills is None else stills
    failed = [s for s in stills if s.error]
    lines = [f"{kit.title}", printable_path(kit.path), f"{len(stills)} stills, {len(failed)} unreadable", ""]
    if kit.character_counts():
        lines.append("Characters: " + ", ".join(f"{n} ({c})" for n, c in kit.character_counts().items()))
        lines.append("")
    for still in stills:
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
        origin = kit.manifest.caption_origin(still.file) if getattr(kit, "manifest", None) else None
        if origin and still.captions:  # as the details panel says it: the still's own otherwise
            lines.append(f"    Caption from {origin}")
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


# -- thumbs: the shared thumbnail cache ------------------------------------------------------------
def _thumbs_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path", nargs="?", metavar="PATH", help="kit folder or ZIP (default: the bundled sample kit)"
    ).complete = FILE_COMPLETION  # type: ignore[attr-defined]
    parser.add_argument(
        "--jobs", "-j", type=int, default=os.cpu_count() or 2, metavar="N", help="worker threads (default: cores)"
    )
    parser.add_argument(
        "--size", "-s", type=int, default=256, metavar="S", help="longest side in pixels, 16 to 1024 (default: 256)"
    )


def _thumbs(opts: argparse.Namespace, isolation: Isolation) -> int:
    from gallery.core.thumbnailer import build_thumbnails

    if opts.jobs < 1 or not 16 <= opts.size <= 1024:
        print("gallery thumbs: --jobs must be at least 1 and --size between 16 and 1024", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    kit = _open_for_command(opts.path or "", isolation)
    if kit is None:
        return EXIT_CANNOT_OPEN
    show = Progress("thumbnails", enabled=sys.stderr.isatty() and not opts.quiet)
    report = build_thumbnails(kit, size=opts.size, jobs=opts.jobs, progress=show, isolation=isolation)
    show.finish()
    elapsed = time.perf_counter() - show.started
    rate = report.made / elapsed if elapsed > 0 else 0.0
    for file, reason in report.failed:
        print(f"  failed: {file}: {reason}", file=sys.stderr)
    if not opts.quiet:
        print(
            f"{kit.title}: {report.made} made, {report.cached} already cached, {len(report.failed)} failed "
            f"in {elapsed:.2f} s ({rate:.1f} images/s made, {opts.jobs} jobs)"
        )
    return EXIT_STILLS_FAILED if report.failed else EXIT_OK


# -- install-desktop: the menu entry ---------------------------------------------------------------
def _install_desktop_arguments(parser: argparse.ArgumentParser) -> None:
    from gallery import desktop

    desktop.add_arguments(parser)


def _install_desktop(opts: argparse.Namespace, isolation: Isolation) -> int:
    from gallery import desktop

    return desktop.run(opts)


#: Every subcommand, in the order --help lists them. A new one is one row here.
COMMANDS: list[Command] = [
    Command(
        "open",
        "open the window on kit folders, ZIPs or images (the default command)",
        _open_arguments,
        _open,
        description="Open the window. Several PATHs open several windows (images of one folder share one, "
        "with those stills selected); when Stills is already running they go to its window, which comes "
        "to the front.",
    ),
    Command("info", "print the stills of kits or image files and their metadata", _info_arguments, _info),
    Command("thumbs", "build a kit's thumbnails ahead of time, into the shared cache", _thumbs_arguments, _thumbs),
    Command("check", checkcmd.HELP, checkcmd.add_arguments, checkcmd.run, description=checkcmd.DESCRIPTION),
    Command(
        "install-desktop",
        "put Stills in the desktop's menus for this user (entry, metainfo, icons)",
        _install_desktop_arguments,
        _install_desktop,
        description="Install the desktop entry, AppStream metainfo and icons into $XDG_DATA_HOME "
        "(~/.local/share), with Exec= this gallery command; --uninstall removes them.",
    ),
]
