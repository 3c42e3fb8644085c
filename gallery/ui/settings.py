"""What the window remembers between runs, as typed properties over ``QSettings``.

Every key the window, its controllers and ``app.py`` read or write is named here once; a
stored value of the wrong type (a hand-edited file, an older version) reads as the default.
The slideshow keeps its own options (``SlideshowOptions.load``/``save``) in ``store``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


def as_int(value: object, default: int) -> int:
    """``value`` as an int, else ``default``."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return default
    try:
        return int(value)
    except ValueError:
        return default


def as_bool(value: object, default: bool) -> bool:
    """``value`` as a bool ("true"/"1"/"yes" from an INI file), else ``default``."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() in ("1", "true", "yes")


def as_text(value: object) -> str:
    """``value`` as text, "" when unset."""
    return str(value) if value else ""


class Settings:
    """The window's settings. ``store`` is the ``QSettings`` underneath (shared with the slideshow)."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def _get(self, key: str) -> object:
        return self.store.value(key)

    def _set(self, key: str, value: object) -> None:
        self.store.setValue(key, value)

    def sync(self) -> None:
        self.store.sync()

    # -- window -------------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        value = self._get("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def splitter(self) -> QByteArray | None:
        value = self._get("window/splitter3")  # (three panes since the side list)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._set("window/splitter3", value)

    # -- view ---------------------------------------------------------------------------------
    def thumb_size(self, default: int) -> int:
        return as_int(self._get("view/thumbSize"), default)

    def set_thumb_size(self, width: int) -> None:
        self._set("view/thumbSize", width)

    def _flag(self, key: str, default: bool) -> bool:
        return as_bool(self._get(key), default)

    @property
    def details_shown(self) -> bool:
        return self._flag("view/details", True)

    @details_shown.setter
    def details_shown(self, value: bool) -> None:
        self._set("view/details", value)

    @property
    def filter_bar_shown(self) -> bool:
        return self._flag("view/filterBar", True)

    @filter_bar_shown.setter
    def filter_bar_shown(self, value: bool) -> None:
        self._set("view/filterBar", value)

    @property
    def keywords_shown(self) -> bool:
        return self._flag("view/keywords", False)

    @keywords_shown.setter
    def keywords_shown(self, value: bool) -> None:
        self._set("view/keywords", value)

    @property
    def collections_shown(self) -> bool:
        return self._flag("view/collections", True)

    @collections_shown.setter
    def collections_shown(self, value: bool) -> None:
        self._set("view/collections", value)

    @property
    def sort(self) -> str:
        return as_text(self._get("view/sort")) or "original"

    @sort.setter
    def sort(self, key: str) -> None:
        self._set("view/sort", key)

    # -- kits ---------------------------------------------------------------------------------
    @property
    def last_kit(self) -> str:
        return as_text(self._get("kits/last"))

    @last_kit.setter
    def last_kit(self, path: str) -> None:
        self._set("kits/last", path)

    @property
    def recent_kits(self) -> list[str]:
        value = self._get("kits/recent") or []
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [str(v) for v in items][:MAX_RECENT]

    @recent_kits.setter
    def recent_kits(self, paths: list[str]) -> None:
        self._set("kits/recent", paths[:MAX_RECENT])

    # -- press --------------------------------------------------------------------------------
    @property
    def caption_language(self) -> str | None:
        return as_text(self._get("details/language")) or None

    @caption_language.setter
    def caption_language(self, language: str | None) -> None:
        if language:
            self._set("details/language", language)
        else:
            self.store.remove("details/language")

    @property
    def caption_style(self) -> str:
        return as_text(self._get("press/captionStyle"))

    @caption_style.setter
    def caption_style(self, key: str) -> None:
        self._set("press/captionStyle", key)

    @property
    def last_collection(self) -> int | None:
        value = as_int(self._get("collections/last"), -1)
        return value if value >= 0 else None

    @last_collection.setter
    def last_collection(self, collection_id: int | None) -> None:
        if collection_id is None:
            self.store.remove("collections/last")
        else:
            self._set("collections/last", collection_id)

    # -- export -------------------------------------------------------------------------------
    @property
    def export_folder(self) -> str:
        return as_text(self._get("export/folder"))

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self._set("export/folder", folder)

    @property
    def export_rename(self) -> bool:
        return self._flag("export/rename", False)

    @export_rename.setter
    def export_rename(self, value: bool) -> None:
        self._set("export/rename", value)

    def export_pattern(self, default: str) -> str:
        return as_text(self._get("export/pattern")) or default

    def set_export_pattern(self, pattern: str) -> None:
        self._set("export/pattern", pattern)

    @property
    def export_caption_sheet(self) -> bool:
        return self._flag("export/captionSheet", True)

    @export_caption_sheet.setter
    def export_caption_sheet(self, value: bool) -> None:
        self._set("export/captionSheet", value)

    @property
    def export_contact_sheet(self) -> bool:
        return self._flag("export/contactSheet", False)

    @export_contact_sheet.setter
    def export_contact_sheet(self, value: bool) -> None:
        self._set("export/contactSheet", value)

    @property
    def sheet_folder(self) -> str:
        return as_text(self._get("export/sheetFolder"))

    @sheet_folder.setter
    def sheet_folder(self, folder: str) -> None:
        self._set("export/sheetFolder", folder)
