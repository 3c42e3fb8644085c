"""The caption style (Edit ▸ Caption Style) and language (details panel or Edit ▸ Caption
Language) that copying, caption sheets and contact sheets follow, and the grid's tiles show."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from gallery.core import press
from gallery.ui.details import DetailsPanel, language_name
from gallery.ui.grid.model import StillListModel
from gallery.ui.i18n import translate
from gallery.ui.kitloading import Status
from gallery.ui.session import ViewSession
from gallery.ui.settings import Settings


class Captions(QObject):
    """The caption style (Edit ▸ Caption Style) and language (details panel or Edit ▸ Caption
    Language) that copying, caption sheets and contact sheets follow, and the grid's tiles show
    (the grid's model, given: it asks for the language as it paints)."""

    def __init__(
        self,
        session: ViewSession,
        settings: Settings,
        details: DetailsPanel,
        status: Status,
        parent: QObject,
        model: StillListModel,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.details = details
        self.status = status
        self.group = QActionGroup(self)
        self.style_actions: dict[str, QAction] = {}
        for style in press.STYLES:
            example = style.example(translate("Export", "Caption"), "X")
            action = QAction(f"{translate('Captions', style.label)}:  {example}", self, checkable=True)
            action.setData(style.key)
            action.triggered.connect(lambda _checked=False, k=style.key: self.set_caption_style(k))
            self.group.addAction(action)
            self.style_actions[style.key] = action
        self.language_menu: QMenu | None = None
        self.model = model
        model.caption_language = self.caption_language
        details.languageChanged.connect(lambda _language: self._language_changed())

    @property
    def caption_style(self) -> press.CaptionStyle:
        checked = self.group.checkedAction()
        return press.caption_style(checked.data() if checked is not None else None)

    def set_caption_style(self, key: str, save: bool = True) -> None:
        style = press.caption_style(key)
        self.style_actions[style.key].setChecked(True)
        if save:
            self.settings.caption_style = style.key
            example = style.example(translate("Export", "Caption"), "X")
            self.status(
                translate("Captions", "Captions are copied and exported as “{example}”").format(example=example), 4000
            )

    def caption_language(self) -> str | None:
        """The caption language the user picked (details panel or Edit ▸ Caption Language)."""
        return self.details.language

    def set_caption_language(self, language: str | None) -> None:
        self.details.set_language(language)
        self.settings.caption_language = language
        self._language_changed()

    def _language_changed(self) -> None:
        self.model.caption_language_changed()

    def fill_language_menu(self) -> None:
        menu = self.language_menu
        if menu is None:
            return
        menu.clear()
        group = QActionGroup(menu)
        keys: dict[str, None] = {}
        kit = self.session.kit
        for still in (kit.stills if kit is not None else [])[:5000]:
            keys.update(dict.fromkeys(still.captions))
        current = self.caption_language()
        default = menu.addAction(translate("Captions", "Default"))
        default.setCheckable(True)
        default.setChecked(not current or current == "x-default")
        default.triggered.connect(lambda _checked=False: self.set_caption_language(None))
        group.addAction(default)
        for key in sorted(k for k in keys if k != "x-default"):
            action = menu.addAction(f"{language_name(key)} ({key})")
            action.setCheckable(True)
            action.setChecked(current == key)
            action.triggered.connect(lambda _checked=False, k=key: self.set_caption_language(k))
            group.addAction(action)
