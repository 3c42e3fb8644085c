"""The window's language: every string extractable, Korean complete, English plurals right,
the desktop's locale followed unless the user chose, Qt's own strings translated too."""

from __future__ import annotations

import ast
import html
import re
import subprocess
import sys
from pathlib import Path

import pytest
from uihelpers import open_and_wait

from PySide6.QtCore import QCoreApplication, QLocale

from gallery.ui.i18n import TRANSLATIONS, install_translators, interface_language

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "gallery" / "ui"


def messages(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the translation's forms, from stills_<language>.ts; an unfinished
    message has no forms."""
    text = (TRANSLATIONS / f"stills_{language}.ts").read_text(encoding="utf-8")
    found = {}
    for context in re.findall(r"<context>.*?</context>", text, re.DOTALL):
        name = html.unescape(re.search(r"<name>(.*?)</name>", context).group(1))
        for message in re.findall(r"<message.*?</message>", context, re.DOTALL):
            source = html.unescape(re.search(r"<source>(.*?)</source>", message, re.DOTALL).group(1))
            translation = re.search(r"<translation([^>]*)>(.*?)</translation>", message, re.DOTALL)
            forms = re.findall(r"<numerusform>(.*?)</numerusform>", translation.group(2), re.DOTALL) or [
                translation.group(2)
            ]
            finished = "unfinished" not in translation.group(1)
            found[(name, source)] = [html.unescape(f) for f in forms] if finished else []
    return found


def translated_literals() -> set[tuple[str, str]]:
    """Every translate("Context", "text") and QT_TRANSLATE_NOOP("Context", "text") in gallery/."""
    found = set()
    for path in (ROOT / "gallery").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("translate", "QT_TRANSLATE_NOOP"):
                args = node.args[:2]
                if len(args) == 2 and all(isinstance(a, ast.Constant) for a in args):
                    found.add((args[0].value, args[1].value))
    return found


def test_the_translation_sources_are_current_with_the_code():
    """CI's check: a string added without running packaging/update_translations.py fails here."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr


def test_every_marked_string_is_extracted_for_the_translators():
    # pyside6-lupdate silently drops some calls (a plural counted by an expression): none may be.
    korean = messages("ko")
    missing = sorted(translated_literals() - set(korean))
    assert not missing, missing


def test_the_korean_translation_is_complete_and_keeps_every_placeholder():
    korean = messages("ko")
    assert len(korean) > 400
    unfinished = [key for key, forms in korean.items() if not forms or not all(forms)]
    assert not unfinished, unfinished[:10]
    for (context, source), forms in korean.items():
        assert len(forms) == 1, (context, source)  # Korean has one plural form
        for placeholder in re.findall(r"\{\w+\}|%L?n", source):
            assert placeholder in forms[0], (context, source, forms[0])
        if re.search(r"&\w", source):
            assert re.search(r"&\w", forms[0]), f"{source!r}: its Korean text lost the menu accelerator"


def test_english_has_both_plural_forms_of_every_counted_message():
    english = messages("en")
    counted = {key for key in translated_literals() if re.search(r"%L?n", key[1])}
    assert counted <= set(english)
    for key in counted:
        one, many = english[key]
        assert "(s)" not in one and "(s)" not in many, key


@pytest.fixture
def korean(qapp):
    install_translators(qapp, "ko")
    yield
    install_translators(qapp, "en")


def test_english_counts_read_as_english(qapp):
    translate = QCoreApplication.translate
    assert translate("Window", "%Ln still(s)", "", 1) == "1 still"
    assert translate("Window", "%Ln still(s)", "", 12000) == f"{QLocale().toString(12000)} stills"
    assert translate("Actions", "%n Star(s)", "", 1) == "1 Star"
    assert translate("Actions", "%n Star(s)", "", 3) == "3 Stars"
    assert translate("Clipboard", "Copied %n caption(s) and credit", "", 1) == "Copied the caption and credit"


def test_the_window_in_korean_has_korean_menus_and_counts(korean, make_window, small_kit, qtbot):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:3] == ["파일(&F)", "편집(&E)", "보기(&V)"]
    assert window.commands["slideshow"].text() == "슬라이드쇼 시작(&S)"
    assert re.fullmatch(r"스틸 \d+장.*", window.count_label.text())
    assert window.filter_bar.search.placeholderText() == "캡션, 크레딧, 이름 검색…"


def test_qt_own_strings_follow_the_language(korean):
    # Qt's dialogs (file dialogs, message box buttons) come from the qtbase_ko.qm PySide6 ships.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"


def test_the_language_follows_the_desktop_unless_the_user_chose():
    assert interface_language(None, QLocale("ko_KR")) == "ko"
    assert interface_language("", QLocale("ko_KR")) == "ko"
    assert interface_language("en", QLocale("ko_KR")) == "en"
    assert interface_language("ko", QLocale("de_DE")) == "ko"
    assert interface_language(None, QLocale("de_DE")) == "en"  # a language Stills lacks: English
    assert interface_language("xx", QLocale("fr_FR")) == "en"


def test_view_interface_language_is_kept_for_the_next_start(make_window):
    window = make_window()
    names = [a.text() for a in window.interface_menu.actions()]
    assert names == ["Same as the Desktop", "English", "한국어"]
    assert window.interface_menu.actions()[0].isChecked()
    window.interface_menu.actions()[2].trigger()
    assert window.settings.interface_language == "ko"
    assert "한국어" in window.statusBar().currentMessage()
    assert "next start" in window.statusBar().currentMessage()


WORD = re.compile(r"[A-Za-z]{2,}")
#: Calls whose text arguments the user reads (Qt's and the window's own helpers).
TEXT_CALLS = {
    *("setText", "setToolTip", "setWindowTitle", "showMessage", "addAction", "setPlaceholderText", "addMenu"),
    *("setTitle", "setStatusTip", "addItem", "addRow", "setLabelText", "setAccessibleName", "setSuffix"),
    *("setAccessibleDescription", "setPrefix", "setInformativeText", "setDetailedText", "addButton", "addTab"),
    *("QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QAction", "QRadioButton", "QMenu", "QListWidgetItem"),
    *("QProgressDialog", "QDockWidget", "QMessageBox", "information", "warning", "critical", "question"),
    *("getText", "getExistingDirectory", "getOpenFileName", "getSaveFileName", "setSpecialValueText"),
    *("status", "_status", "flash", "paint_note", "paint_error", "warn", "ShortcutRow", "ShortcutGroup"),
}
#: Text that is not language: the app's name and version, markup, file suffixes, log lines.
NOT_LANGUAGE = re.compile(r"^(<h3>Stills |Stills |<br><a href=\"|https://|\.pdf|captions\.csv|add_to_collection)")


def english_literals(node: ast.AST) -> list[str]:
    """English text in ``node`` not passed through translate(): constants and f-string parts."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("translate", "QT_TRANSLATE_NOOP"):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if WORD.search(node.value) and not NOT_LANGUAGE.match(node.value) else []
    return [text for child in ast.iter_child_nodes(node) for text in english_literals(child)]


def test_no_english_reaches_the_screen_without_translate():
    """The rule of gallery/ui: a user-visible string goes through translate(), plurals with %n."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            logged = name == "warning" and getattr(node.func.value, "id", "") in ("log", "logger")
            if name not in TEXT_CALLS or logged:
                continue
            for argument in [*node.args, *(k.value for k in node.keywords)]:
                found += [f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}" for text in english_literals(argument)]
    assert not found, "\n".join(found)
