"""The man page and the bash/zsh completions are what the parser gives (regenerated here and
compared with the committed copies), and they know every subcommand."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import gen_docs  # noqa: E402


def test_the_committed_man_page_and_completions_match_the_parser():
    stale = gen_docs.stale()
    assert stale == [], f"regenerate with: python packaging/gen_docs.py ({', '.join(map(str, stale))})"


def test_they_cover_every_subcommand_and_option():
    from gallery.cli import COMMANDS

    man = (ROOT / "share/man/man1/gallery.1").read_text(encoding="utf-8")
    bash = (ROOT / "share/bash-completion/completions/gallery").read_text(encoding="utf-8")
    zsh = (ROOT / "share/zsh/site-functions/_gallery").read_text(encoding="utf-8")
    assert zsh.startswith("#compdef gallery")
    for command in COMMANDS:
        assert command.name.replace("-", "\\-") in man and command.name in bash and command.name in zsh
    for option in ("--quiet", "--new-window", "--json", "--jobs"):
        assert option.replace("-", "\\-") in man and option in bash and option in zsh
    assert "_files" in zsh  # PATH arguments complete file names


def test_bash_completes_the_subcommands(tmp_path):
    script = f"""
source {ROOT / "share/bash-completion/completions/gallery"}
COMP_WORDS=(gallery in); COMP_CWORD=1; COMP_LINE="gallery in"; COMP_POINT=${{#COMP_LINE}}
_shtab_gallery
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert set(result.stdout.split()) == {"info", "install-desktop"}
