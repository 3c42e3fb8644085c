"""The window's language: Stills' own translations and Qt's, following the desktop's locale
unless the user picked one (View ▸ Interface Language, applied at the next start).

Every user-visible string of ``gallery.ui`` goes through ``translate("Context", "text")``
(``QCoreApplication.translate``: pyside6-lupdate finds the calls by that name), plurals as
``translate(ctx, "%n still(s)", "", n)``, tables marked with ``QT_TRANSLATE_NOOP``. The
sources are ``gallery/i18n/stills_<language>.ts`` (Qt Linguist), compiled to ``.qm`` beside
them by ``packaging/update_translations.py``; English has a file too, for its plural forms.
Qt's own dialogs and buttons come from the ``qtbase_<language>.qm`` PySide6 ships.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

# The core's marker (typed to return str, as PySide6's is not): lupdate finds it by name.
from gallery.core.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

#: The languages the window speaks: code, and its name as its speakers write it.
LANGUAGES = (("en", "English"), ("ko", "한국어"))
TRANSLATIONS = Path(__file__).resolve().parents[1] / "i18n"

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "fill_interface_menu",
    "install_translators",
    "interface_language",
    "translate",
]


def interface_language(choice: str | None, system: QLocale | None = None) -> str:
    """The language to show: the user's ``choice`` when Stills has it, else the first of the
    desktop's UI languages it has, else English."""
    known = [code for code, _name in LANGUAGES]
    if choice in known:
        return str(choice)
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in known:
            return code
    return "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Stills' and Qt's translations for ``language`` into ``app`` (replacing any this
    installed before); the translators that loaded, kept alive by ``app``."""
    for old in app.findChildren(QTranslator, "stillsTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    loaded = []
    for folder, name in (
        (TRANSLATIONS, f"stills_{language}"),
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{language}"),
    ):
        translator = QTranslator(app)
        translator.setObjectName("stillsTranslator")
        if translator.load(name, str(folder)) and app.installTranslator(translator):
            loaded.append(translator)
        else:
            translator.deleteLater()
    return loaded


def fill_interface_menu(menu: QMenu, choice: str, choose: Callable[[str], object]) -> QActionGroup:
    """View ▸ Interface Language: the desktop's language ("") or one of ``LANGUAGES``, each
    named in its own language, ``choice`` checked; ``choose(code)`` when the user picks one."""
    group = QActionGroup(menu)
    options = [("", translate("Window", "Same as the Desktop"))] + [(code, name) for code, name in LANGUAGES]
    for code, name in options:
        action = QAction(name, menu, checkable=True)
        action.setData(code)
        action.setChecked(code == choice)
        action.triggered.connect(lambda _checked=False, c=code: choose(c))
        group.addAction(action)
        menu.addAction(action)
    return group
