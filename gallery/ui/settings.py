"""What the window remembers between runs, as typed attributes over ``QSettings``.

Every key the window, its controllers and ``app.py`` read or write is named here once, in
the table of ``Settings``; a stored value of the wrong type (a hand-edited file, an older
version) reads as the default. The slideshow keeps its own options (``SlideshowOptions``)
in ``store``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10

T = TypeVar("T")


def as_int(value: object) -> int | None:
    """``value`` as an int, else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        return int(value)
    except ValueError:
        return None


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


def as_bytes(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def as_list(value: object) -> list[str]:
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [str(v) for v in items][:MAX_RECENT]


class Key(Generic[T]):
    """One stored setting: its key, how a stored value reads, and whether an empty value
    (None, "") removes the key instead of being stored."""

    def __init__(self, key: str, read: Callable[[object], T], remove_empty: bool = False) -> None:
        self.key = key
        self.read = read
        self.remove_empty = remove_empty

    @overload
    def __get__(self, settings: None, owner: type) -> Key[T]: ...

    @overload
    def __get__(self, settings: Settings, owner: type) -> T: ...

    def __get__(self, settings: Settings | None, owner: type) -> Key[T] | T:
        if settings is None:
            return self
        return self.read(settings.store.value(self.key))

    def __set__(self, settings: Settings, value: T) -> None:
        if self.remove_empty and (value is None or value == ""):
            settings.store.remove(self.key)
        else:
            settings.store.setValue(self.key, value)


def flag(key: str, default: bool) -> Key[bool]:
    return Key(key, lambda value: as_bool(value, default))


class Settings:
    """The window's settings. ``store`` is the ``QSettings`` underneath (shared with the slideshow)."""

    geometry = Key("window/geometry", as_bytes)
    splitter = Key("window/splitter3", as_bytes)  # (three panes since the side list)
    thumb_size = Key("view/thumbSize", as_int)  # None: the default size
    details_shown = flag("view/details", True)
    filter_bar_shown = flag("view/filterBar", True)
    keywords_shown = flag("view/keywords", False)
    hide_rejects = flag("view/hideRejects", False)
    collections_shown = flag("view/collections", True)
    group_variants = flag("view/groupVariants", True)
    sort = Key("view/sort", lambda value: as_text(value) or "original")
    last_kit = Key("kits/last", as_text)
    recent_kits = Key("kits/recent", as_list)
    caption_language = Key("details/language", lambda value: as_text(value) or None, remove_empty=True)
    # The window's own language ("": the desktop's; gallery.ui.i18n), read at start.
    interface_language = Key("view/interfaceLanguage", as_text, remove_empty=True)
    caption_style = Key("press/captionStyle", as_text)
    last_collection = Key("collections/last", as_int, remove_empty=True)
    export_folder = Key("export/folder", as_text)
    export_rename = flag("export/rename", False)
    export_pattern = Key("export/pattern", as_text)  # "": the dialog's default pattern
    export_caption_sheet = flag("export/captionSheet", True)
    export_contact_sheet = flag("export/contactSheet", False)
    sheet_folder = Key("export/sheetFolder", as_text)

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def sync(self) -> None:
        self.store.sync()
