"""Extract the window's strings into gallery/i18n/stills_<lang>.ts and compile the .qm files.

    python packaging/update_translations.py            # after adding or changing strings
    python packaging/update_translations.py --check    # exit 1 if the .ts files are not current

pyside6-lupdate finds every ``translate("Context", ...)``, ``self.tr(...)`` and
``QT_TRANSLATE_NOOP(...)`` in gallery/ (the core marks its table strings with its own
no-op of that name) and keeps the translations already written; new strings arrive
unfinished, for a translator (Qt Linguist: ``pyside6-linguist gallery/i18n/stills_ko.ts``).
Locations are left out, so moving code does not change the files. pyside6-lrelease then
compiles each .ts into the .qm the app loads (gallery/ui/i18n.py).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "gallery" / "i18n"
LANGUAGES = ("en", "ko")
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease, beside this Python or on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: it comes with pyside6-essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gallery").rglob("*.py"))


#: Plural forms per language (Qt's rules: English one/other, Korean one).
PLURAL_FORMS = {"en": 2, "ko": 1}
CONTEXT = re.compile(r"<context>.*?</context>", re.DOTALL)
MESSAGE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.DOTALL)
TRANSLATION = re.compile(r"<translation([^>]*)>(.*?)</translation>", re.DOTALL)
NUMERUS_FORM = re.compile(r"<numerusform>(.*?)</numerusform>", re.DOTALL)


def extract(ts: Path, language: str) -> None:
    """Bring ``ts`` up to date with the sources (pyside6-lupdate, no locations, no obsolete)."""
    written = plural_translations(ts.read_text(encoding="utf-8"))
    command = [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-ts", str(ts)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
    text = mark_plurals(ts.read_text(encoding="utf-8"), PLURAL_FORMS[language], written)
    if language == SOURCE_LANGUAGE:
        text = plurals_only(text)
    ts.write_text(text, encoding="utf-8")


def plural_translations(text: str) -> dict[tuple[str, str], str]:
    """The plural translations already written, by (context, source): pyside6-lupdate keeps
    only the first form of a message it does not know for a plural one."""
    written = {}
    for context in CONTEXT.findall(text):
        name = re.search(r"<name>(.*?)</name>", context, re.DOTALL)
        for numerus, body in MESSAGE.findall(context):
            source, translation = re.search(r"<source>(.*?)</source>", body, re.DOTALL), TRANSLATION.search(body)
            if numerus and name and source and translation:
                written[(name.group(1), source.group(1))] = translation.group(0)
    return written


def mark_plurals(text: str, forms: int, written: dict[tuple[str, str], str]) -> str:
    """pyside6-lupdate marks plurals only in ``self.tr(text, "", n)``, not in
    ``QCoreApplication.translate(context, text, "", n)``: a message with ``%n`` or ``%Ln`` is
    made a plural one here (its translation one form per plural of the language, the forms
    ``written`` before kept). It also takes ``#:`` comments (our attribute docs) for
    translator comments: they are dropped."""

    def in_context(context: re.Match[str]) -> str:
        name = re.search(r"<name>(.*?)</name>", context.group(0), re.DOTALL)
        return MESSAGE.sub(lambda m: message(name.group(1) if name else "", m), context.group(0))

    def message(context: str, match: re.Match[str]) -> str:
        body = re.sub(r"\n\s*<extracomment>.*?</extracomment>", "", match.group(2), flags=re.DOTALL)
        source = re.search(r"<source>(.*?)</source>", body, re.DOTALL)
        if source is None or not re.search(r"%L?n", source.group(1)):
            return f"<message>{body}</message>"
        before = written.get((context, source.group(1)))

        def numerus(t: re.Match[str]) -> str:
            if before is not None:
                t = TRANSLATION.match(before) or t
            found = NUMERUS_FORM.findall(t.group(2))
            if not found and "<numerusform" not in t.group(2):
                found = [t.group(2)] if t.group(2) else []
            found = (found + [""] * forms)[:forms]
            state = t.group(1) if all(found) else ' type="unfinished"'
            inner = "".join(f"\n            <numerusform>{f}</numerusform>" for f in found)
            return f"<translation{state}>{inner}\n        </translation>"

        return f'<message numerus="yes">{TRANSLATION.sub(numerus, body, count=1)}</message>'

    return CONTEXT.sub(in_context, text)


def plurals_only(text: str) -> str:
    """The source language needs only its plural forms ("1 still", "2 stills"): the rest
    shows as written in the code (what ``lupdate -pluralonly`` does, after our marking)."""
    text = MESSAGE.sub(lambda m: m.group(0) if m.group(1) else "", text)
    text = re.sub(r"\n\s*\n", "\n", text)
    return re.sub(r"<context>\s*<name>[^<]*</name>\s*</context>\n?", "", text)


def compile_qm(ts: Path) -> None:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only say whether the .ts files are current")
    check = parser.parse_args().check
    stale = []
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"stills_{language}.ts"
        if check:
            with tempfile.TemporaryDirectory() as tmp:
                copy = Path(tmp) / ts.name
                shutil.copy(ts, copy)
                extract(copy, language)
                if copy.read_bytes() != ts.read_bytes():
                    stale.append(ts.name)
            continue
        if not ts.exists():
            header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            ts.write_text(f'{header}<TS version="2.1" language="{language}">\n</TS>\n')
        extract(ts, language)
        compile_qm(ts)
    if stale:
        print(f"not current: {', '.join(stale)}; run python packaging/update_translations.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
