"""Marks the core's user-visible table strings for translation without importing Qt.

``QT_TRANSLATE_NOOP("Context", "text")`` returns ``text``; pyside6-lupdate, which finds calls
by that name, extracts it, and the window translates it where it shows it
(``gallery.ui.i18n.translate("Context", text)``). The core's messages made with values in
them (reasons, warnings) are English for now.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
