"""Write the man page and the bash and zsh completions from the command line's own parser.

    python packaging/gen_docs.py           # rewrite share/ (commit the result)
    python packaging/gen_docs.py --check   # exit 1 when share/ is not what the parser gives

The files are committed (a wheel and the .deb ship them without these tools installed);
tests/packaging/test_docs.py runs --check's comparison, so a changed option without
regenerated docs fails CI. Made with argparse-manpage and shtab, pinned in the `docs` extra
(their output is compared byte for byte, so a new version of either is taken on purpose).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARE = ROOT / "share"
#: The man page's date: the release it describes (argparse-manpage would put today's).
MAN_DATE = "2026-12-03"


def generated() -> dict[Path, str]:
    """Every generated file (relative to the repository) and its text."""
    import shtab
    from argparse_manpage.manpage import Manpage

    sys.path.insert(0, str(ROOT))
    from gallery import __version__
    from gallery.cli import build_parser

    files: dict[Path, str] = {}
    man = Manpage(
        build_parser("gallery"),
        _data={
            "date": MAN_DATE,
            "project_name": "Stills",
            "description": "browse film and series press kits offline",
            "version": __version__,
            "manual_title": "User Commands",
            "url": "https://github.com/stills/stills",
            "authors": ["The Stills developers"],
        },
    )
    files[Path("share/man/man1/gallery.1")] = str(man)
    files[Path("share/man/man1/stills.1")] = ".so man1/gallery.1\n"  # the same command under its other name
    for prog in ("gallery", "stills"):
        parser = build_parser(prog)
        files[Path(f"share/bash-completion/completions/{prog}")] = shtab.complete(parser, "bash")
        files[Path(f"share/zsh/site-functions/_{prog}")] = shtab.complete(parser, "zsh")
    return files


def stale() -> list[Path]:
    """The generated files that differ from (or are missing in) the repository."""
    return [
        path
        for path, text in generated().items()
        if not (ROOT / path).is_file() or (ROOT / path).read_text(encoding="utf-8") != text
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the man page and shell completions from gallery's parser.")
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 when share/ is stale")
    opts = parser.parse_args(argv)
    if opts.check:
        differ = stale()
        for path in differ:
            print(f"stale: {path} (run python packaging/gen_docs.py)", file=sys.stderr)
        return 1 if differ else 0
    for path, text in generated().items():
        (ROOT / path).parent.mkdir(parents=True, exist_ok=True)
        (ROOT / path).write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
