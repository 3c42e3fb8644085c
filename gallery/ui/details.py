"""The details panel: a larger preview and every field of the selected still.

The preview is decoded at the panel's size in the *interactive* pool (never behind
the bulk thumbnails); until it lands the grid's thumbnail is shown scaled. Each
request carries an id; a late answer for a still no longer shown is dropped.
All text is selectable with the mouse so it can be copied piecemeal.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gallery.core.marks import Mark
from gallery.core.press import PRESS_ROWS, RowText
from gallery.core.related import Related
from gallery.core.sources import MemberError
from gallery.core.still import X_DEFAULT, Still, in_language, moment_text
from gallery.ui.detailwidgets import PreviewWidget, RelatedRow
from gallery.ui.filterbar import SEGMENT_STYLE
from gallery.ui.i18n import QT_TRANSLATE_NOOP, translate
from gallery.ui.images import decode_for_display, pil_to_qimage
from gallery.ui.tasks import Runner
from gallery.ui.text import format_date, mark_text, stars_text
from gallery.ui.theme import alarm_style
from gallery.ui.thumbnails import describe_error

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from gallery.core.guard import Isolation
    from gallery.core.kitview import KitView

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
_TRADITIONAL = QLocale.DataSizeFormat.DataSizeTraditionalFormat


def language_name(code: str) -> str:
    """A language tag as its speakers write it: "en-US" -> "English", "ko-KR" -> "한국어".

    ``x-default`` has no language of its own; it is called "Default".
    """
    if code == X_DEFAULT or not code:
        return translate("Details", "Default")
    locale = QLocale(code.replace("-", "_"))
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    # "en-US" alone reads better as "English" than "American English": use the language's
    # world-wide locale when CLDR has one (en_001, es_419...), else the tag's own name.
    world = QLocale(locale.language(), QLocale.Country.World)
    if world.language() == locale.language() and world.territory() == QLocale.Country.World:
        name = world.nativeLanguageName()
    else:
        name = locale.nativeLanguageName()
    name = name or QLocale.languageToString(locale.language())
    return name[:1].upper() + name[1:] if name else code


def caption_languages(captions: Mapping[str, str]) -> list[tuple[str, str]]:
    """(key, label) of each distinct caption, x-default first; an x-default equal to a named language is dropped."""
    keys = list(captions)
    if X_DEFAULT in captions and any(k != X_DEFAULT and captions[k] == captions[X_DEFAULT] for k in keys):
        keys.remove(X_DEFAULT)
    keys.sort(key=lambda k: (k != X_DEFAULT, 0))
    labels = [(k, language_name(k)) for k in keys]
    seen = Counter(label for _, label in labels)
    return [(k, f"{label} ({k})" if seen[label] > 1 else label) for k, label in labels]


def preview_job(kit: KitView, still: Still, width: int, height: int, isolation: Isolation | None = None) -> QImage:
    """Worker side: decode at (at most) the preview's size, in a guard process of
    ``isolation`` when there is one (a decoder crash then costs the preview, not the window)."""
    return pil_to_qimage(decode_for_display(isolation, kit, still, width, height))


def _dated(value: dt.date | None, flagged: bool, note: str) -> str | None:
    """ "5 Feb 2031, 14:30 UTC+01:00  (embargoed)": the time when it is known."""
    return moment_text(value, format_date) + (f"  ({translate('Details', note)})" if flagged else "") if value else None


_PRESS = {key: (key, label, text) for key, label, text in PRESS_ROWS}
#: The field rows, in order: key, label, the row's text for a still in the caption language
#: (None: the panel fills it, from the window or its own state). A row without text is hidden.
ROWS: tuple[tuple[str, str, RowText | None], ...] = (
    ("rating", QT_TRANSLATE_NOOP("Details", "Rating"), None),
    _PRESS["headline"],
    ("credit", QT_TRANSLATE_NOOP("Details", "Credit"), lambda s, _lang: s.credit),
    ("creator", QT_TRANSLATE_NOOP("Details", "Creator"), lambda s, _lang: s.creator),
    ("copyright", QT_TRANSLATE_NOOP("Details", "Copyright"), lambda s, _lang: s.copyright),
    ("characters", QT_TRANSLATE_NOOP("Details", "Characters"), None),
    ("keywords", QT_TRANSLATE_NOOP("Details", "Keywords"), lambda s, _lang: ", ".join(s.keywords)),
    *(_PRESS[key] for key in ("event", "location", "location_created")),
    (
        "release",
        QT_TRANSLATE_NOOP("Details", "Release date"),
        lambda s, _lang: _dated(s.release_date, s.is_embargoed(), QT_TRANSLATE_NOOP("Details", "embargoed")),
    ),
    (
        "expiry",
        QT_TRANSLATE_NOOP("Details", "Expires"),
        lambda s, _lang: _dated(s.expiry_date, s.is_expired(), QT_TRANSLATE_NOOP("Details", "expired")),
    ),
    *(
        _PRESS[k]
        for k in (
            "usage",
            "instructions",
            "licensor",
            "web_statement",
            "source_type",
            "alt_text",
        )
    ),
    _PRESS["caption_writer"],
    ("dimensions", QT_TRANSLATE_NOOP("Details", "Dimensions"), lambda s, _lang: s.dimensions),
    ("file", QT_TRANSLATE_NOOP("Details", "File"), lambda s, _lang: s.file),
    ("variants", QT_TRANSLATE_NOOP("Details", "Versions"), None),
    ("kit", QT_TRANSLATE_NOOP("Details", "Kit"), None),
    (
        "size",
        QT_TRANSLATE_NOOP("Details", "File size"),
        lambda s, _lang: QLocale().formattedDataSize(s.size, 1, _TRADITIONAL) if s.size else None,
    ),
    ("error", QT_TRANSLATE_NOOP("Details", "Problem"), None),
    ("warnings", QT_TRANSLATE_NOOP("Details", "Warnings"), lambda s, _lang: "\n".join(s.warnings)),
)


def _banner(name: str, colour: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    style = f"background: {colour}; color: white; border-radius: 6px; padding: 6px 10px; font-weight: 600;"
    label.setStyleSheet(f"QLabel#{name} {{ {style} }}")
    return label


def _show_banner(banner: QLabel, text: str) -> None:
    banner.setText(text)
    banner.setVisible(bool(text))


def _selectable(text: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(SELECTABLE)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setCursor(Qt.CursorShape.IBeamCursor)
    return label


class DetailsPanel(QWidget):
    """Everything about the selected still, and the stills related to it; an empty state;
    or "N stills selected".

    Signals: languageChanged(str) when the user picks another caption language;
    relatedActivated(str file) when a related still is clicked.
    """

    languageChanged = Signal(str)
    relatedActivated = Signal(str)

    #: Related stills listed at most.
    RELATED_LIMIT = 8

    def __init__(self, runner: Runner, parent: QWidget | None = None, isolation: Isolation | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.setMinimumWidth(260)
        self._runner = runner
        self._isolation = {"isolation": isolation} if isolation is not None else {}  # preview_job's
        self._kit: KitView | None = None
        self._generation = 0
        self._still: Still | None = None
        self._request = 0
        self._preview_size = QSize()
        self._alarms: dict[str, bool] = {}
        self._language: str | None = None
        self._problem: str | None = None
        self._cast: dict[str, str] = {}
        self._thumbnail_for: Callable[[str], QPixmap | None] = lambda _file: None
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(60)
        self._preview_timer.timeout.connect(self._request_preview)
        #: Under "N stills selected": what can be done with them (the window puts its keys in).
        self.several_hint = translate(
            "Details", "Copy their captions and credits, add them to a collection or export them."
        )

        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        # Empty / several-selected page.
        self._message_page = QWidget()
        msg_layout = QVBoxLayout(self._message_page)
        msg_layout.addStretch(1)
        self.message = QLabel(translate("Details", "Select a still to see its details"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        big = self.message.font()
        big.setPointSizeF(max(big.pointSizeF(), 9) * 1.15)
        self.message.setFont(big)
        self.hint = QLabel("")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        msg_layout.addWidget(self.message)
        msg_layout.addWidget(self.hint)
        msg_layout.addStretch(2)
        self._stack.addWidget(self._message_page)

        # The still page, in a scroll area.
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        page.setObjectName("detailsPage")
        self._scroll.setWidget(page)
        self._stack.addWidget(self._scroll)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(16, 14, 16, 16)
        lay.setSpacing(10)

        self.preview = PreviewWidget()
        lay.addWidget(self.preview)

        self.title = _selectable()
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9) * 1.25)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(title_font)
        lay.addWidget(self.title)

        # Held back (embargoed or expired), and an AI-generated or composite still: newsrooms
        # must not publish the first and must disclose the second, so neither is a quiet row.
        self.embargo = _banner("embargoBanner", "#be341c")
        lay.addWidget(self.embargo)
        self.disclosure = _banner("disclosureBanner", "#6a3fb5")
        lay.addWidget(self.disclosure)

        self._languages_host = QWidget()
        self._languages_host.setStyleSheet(SEGMENT_STYLE)
        self._languages_layout = QHBoxLayout(self._languages_host)
        self._languages_layout.setContentsMargins(0, 0, 0, 0)
        self._languages_layout.setSpacing(0)
        self._language_group = QButtonGroup(self)
        self._language_group.setExclusive(True)
        self._language_group.buttonClicked.connect(self._on_language_clicked)
        lay.addWidget(self._languages_host)

        self.caption = _selectable()
        lay.addWidget(self.caption)
        # Where the caption came from when not the still's own metadata: a press desk asks.
        self.caption_origin = _selectable()
        self.caption_origin.setObjectName("captionOrigin")
        self.caption_origin.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        lay.addWidget(self.caption_origin)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        lay.addWidget(line)

        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.setColumnStretch(1, 1)
        self._keys: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for row, (key, label, _text) in enumerate(ROWS):
            k = QLabel(translate("Details", label))
            k.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            k.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            v = _selectable()
            form.addWidget(k, row, 0)
            form.addWidget(v, row, 1)
            self._keys[key] = k
            self.values[key] = v
        lay.addLayout(form)

        self.related_title = QLabel(translate("Details", "Related stills"))
        self.related_title.setObjectName("relatedTitle")
        heading = QFont(self.related_title.font())
        heading.setWeight(QFont.Weight.DemiBold)
        self.related_title.setFont(heading)
        self.related_title.setContentsMargins(0, 8, 0, 0)
        lay.addWidget(self.related_title)
        self._related_host = QWidget()
        self._related_layout = QVBoxLayout(self._related_host)
        self._related_layout.setContentsMargins(0, 0, 0, 0)
        self._related_layout.setSpacing(2)
        lay.addWidget(self._related_host)
        self.related_more = QLabel()
        self.related_more.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        lay.addWidget(self.related_more)
        self._related_rows: list[RelatedRow] = []
        self.set_related([])
        lay.addStretch(1)
        self.show_empty()

    # -- inputs -------------------------------------------------------------------------------
    def set_kit(
        self,
        kit: KitView | None,
        generation: int,
        cast: Mapping[str, str] | None = None,
        thumbnail_for: Callable[[str], QPixmap | None] | None = None,
        keep_still: bool = False,
    ) -> None:
        """The kit whose stills are shown next. ``keep_still``: the same kit, grown (read in two
        goes), so the still on show and its preview on the way stay."""
        self._kit = kit
        self._generation = generation
        self._cast = dict(cast or {})
        if thumbnail_for is not None:
            self._thumbnail_for = thumbnail_for
        if keep_still:
            return
        self._request += 1
        self.show_empty()

    @property
    def language(self) -> str | None:
        return self._language

    def set_language(self, language: str | None) -> None:
        self._language = language
        if self._still is not None:
            self._fill_caption(self._still)
            self._fill_rows(self._still)

    def still(self) -> Still | None:
        return self._still

    def show_empty(self, loading: bool = False, what: str = "kit") -> None:
        hint = "" if loading else translate("Details", "Click a thumbnail, or use the arrow keys in the grid.")
        opening = translate("Details", "Opening kit…") if what == "kit" else translate("Details", "Opening collection…")
        self._show_message(opening if loading else translate("Details", "Select a still to see its details"), hint)

    def show_several(self, count: int) -> None:
        self._show_message(translate("Details", "%n still(s) selected", "", count), self.several_hint)

    def _show_message(self, message: str, hint: str) -> None:
        self._still = None
        self._request += 1
        self.message.setText(message)
        self.hint.setText(hint)
        self._stack.setCurrentWidget(self._message_page)

    def show_still(self, still: Still, error: str | None = None) -> None:
        """Show ``still``; ``error`` is the thumbnail's failure, if any (shown when the still has none)."""
        same = self._still is not None and self._still.file == still.file
        self._still = still
        problem = still.error or error
        self._stack.setCurrentWidget(self._scroll)
        if not same:
            self._scroll.verticalScrollBar().setValue(0)
            ratio = (still.height / still.width) if still.width and still.height else None
            self.preview.set_image(self._thumbnail_for(still.file), problem, ratio)
            self._request += 1
        elif problem:
            self.preview.set_image(None, problem)
        self._problem = problem
        self._fill_caption(still)
        held = still.held_back()
        advice = (
            translate("Details", "Do not publish before then.")
            if still.is_embargoed()
            else translate("Details", "Do not use it.")
        )
        _show_banner(self.embargo, f"{held}. {advice}" if held else "")
        disclosed = (
            translate("Details", "{disclosure}: say so wherever it is published.").format(disclosure=still.disclosure)
            if still.disclosure
            else ""
        )
        _show_banner(self.disclosure, disclosed)
        self._fill_rows(still)
        if not same:
            self._set("rating", "")
            self._set("kit", "")
            self._set("variants", "")
        self._alarms = {"release": still.is_embargoed(), "expiry": still.is_expired(), "error": bool(problem)}
        self._style_alarms()
        self.preview.setAccessibleDescription(still.caption or still.title or still.name)
        if not same and not problem:
            self._preview_timer.start()

    def set_mark(self, mark: Mark | None) -> None:
        """The shown still's stars and pick ("★★★★☆  ·  Pick")."""
        parts = []
        if mark is not None and mark.rating:
            parts.append(stars_text(mark.rating))
        if mark is not None and mark.pick:
            parts.append(translate("Details", "⚑ Pick"))
        self._set("rating", "  ·  ".join(parts))
        self.values["rating"].setAccessibleName(
            translate("Details", "Rating: {rating}").format(rating=mark_text(mark) or translate("Details", "not rated"))
        )

    def set_kit_name(self, name: str) -> None:
        """Which kit the shown still comes from (shown in a collection, where kits mix)."""
        self._set("kit", name)

    def set_variants(self, variants: Sequence[Still]) -> None:
        """The versions of the shown picture (sizes, crops, formats), largest first: the one
        export and drag take is the tile's own, the largest. None: it has no other version."""
        lines = []
        for still in variants if len(variants) > 1 else ():
            size = QLocale().formattedDataSize(still.size, 1, _TRADITIONAL) if still.size else ""
            facts = "  ·  ".join(part for part in (still.dimensions or "", size) if part)
            lines.append(f"{still.file} — {facts}" if facts else still.file)
        self._set("variants", "\n".join(lines))

    def set_related(self, related: Sequence[Related], total: int | None = None) -> None:
        """The stills sharing characters with the shown one, best first (``total``: how many
        there are in all, when more than these)."""
        for row in self._related_rows:
            self._related_layout.removeWidget(row)
            row.deleteLater()
        self._related_rows = []
        for item in related:
            row = RelatedRow(item, self._thumbnail_for(item.still.file))
            row.clicked.connect(lambda _checked=False, f=item.still.file: self.relatedActivated.emit(f))
            self._related_layout.addWidget(row)
            self._related_rows.append(row)
        shown = bool(related)
        self.related_title.setVisible(shown)
        self._related_host.setVisible(shown)
        more = (total or 0) - len(related)
        self.related_more.setText(translate("Details", "and %n more", "", more) if more > 0 else "")
        self.related_more.setVisible(more > 0)

    def related_files(self) -> list[str]:
        return [row.file for row in self._related_rows]

    def related_rows(self) -> list[RelatedRow]:
        return list(self._related_rows)

    def refresh_related_thumbnails(self, files: Sequence[str]) -> None:
        wanted = set(files)
        for row in self._related_rows:
            if row.file in wanted:
                row.set_pixmap(self._thumbnail_for(row.file))

    def set_thumbnail_error(self, error: str) -> None:
        if self._still is not None:
            self.show_still(self._still, error)

    # -- internals ------------------------------------------------------------------------------
    def _fill_rows(self, still: Still) -> None:
        """The title and every row of ``ROWS`` that has text for ``still`` (language applied)."""
        self.title.setText(still.title_in(self._language) or still.name)
        for key, _label, text in ROWS:
            if text is not None:
                self._set(key, text(still, self._language) or "")
        cast = self._cast
        self._set("characters", ", ".join(f"{c} ({cast[c]})" if cast.get(c) else c for c in still.characters))
        self._set("error", self._problem or "")

    def _set(self, key: str, text: str) -> None:
        value = self.values[key]
        value.setText(text)
        value.setVisible(bool(text))
        self._keys[key].setVisible(bool(text))
        # A screen reader reads the field with its name: "Credit: Netflix".
        label = self._keys[key].text()
        value.setAccessibleName(f"{label}: {text}" if text else label)

    def _style_alarms(self) -> None:
        """Embargo dates and problems in a red that reads on this palette (light or dark)."""
        alarm = alarm_style(self.palette())
        for key, on in self._alarms.items():
            self.values[key].setStyleSheet(alarm if on else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_alarms()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange and self._still is not None and not self._still.error:
            self._preview_size = QSize()  # another screen: decode again for its pixels
            self._preview_timer.start()
        return super().event(event)

    def _fill_caption(self, still: Still) -> None:
        languages = caption_languages(still.captions)
        for button in self._language_group.buttons():
            self._language_group.removeButton(button)
        while self._languages_layout.count():
            item = self._languages_layout.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        shown_key: str | None = None
        if len(languages) > 1:
            keys = [k for k, _ in languages]
            shown_key = in_language({k: k for k in keys}, self._language) or keys[0]
            for i, (key, label) in enumerate(languages):
                button = QToolButton()
                button.setText(label)
                button.setCheckable(True)
                button.setProperty("segment", True)
                button.setProperty("first", i == 0)
                button.setProperty("last", i == len(languages) - 1)
                button.setProperty("language", key)
                button.setToolTip(
                    translate("Details", "Show the caption in {language} ({code})").format(language=label, code=key)
                )
                button.setAccessibleName(translate("Details", "Caption in {language}").format(language=label))
                button.setChecked(key == shown_key)
                self._language_group.addButton(button)
                self._languages_layout.addWidget(button)
            self._languages_layout.addStretch(1)
        self._languages_host.setVisible(len(languages) > 1)
        text = still.captions.get(shown_key) if shown_key else still.caption
        self.caption.setText(text or translate("Details", "No caption"))
        self.caption.setEnabled(bool(text))
        self._fill_caption_origin(still, text)

    def _fill_caption_origin(self, still: Still, shown: str | None) -> None:
        """ "From Photo Captions.docx, entry 12" under a caption the kit's documents gave
        (the x-default one: a language the still carries itself is its own)."""
        origin = None
        if shown and shown == still.captions.get(X_DEFAULT) and self._kit is not None:
            try:
                kit, real = self._kit.origin(still.file)
            except MemberError:
                kit = None
            if kit is not None and kit.manifest is not None:
                origin = kit.manifest.caption_origin(real.file)
        self.caption_origin.setText(translate("Details", "From {origin}").format(origin=origin) if origin else "")
        self.caption_origin.setVisible(bool(origin))
        self.caption_origin.setAccessibleName(
            translate("Details", "Caption from {origin}").format(origin=origin) if origin else ""
        )

    def _on_language_clicked(self, button: QToolButton) -> None:
        key = button.property("language")
        self._language = key
        if self._still is not None:
            self.caption.setText(self._still.captions.get(key) or "")
            self._fill_caption_origin(self._still, self._still.captions.get(key))
            self._fill_rows(self._still)
        self.languageChanged.emit(key)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._still is not None and not (self._still.error):
            want = self._wanted_size()
            if want.width() > self._preview_size.width() * 1.15 or want.height() > self._preview_size.height() * 1.15:
                self._preview_timer.start(200)

    def _wanted_size(self) -> QSize:
        dpr = self.devicePixelRatioF()
        width = max(200, self.preview.width() or self.width())
        return QSize(round(width * dpr), round(width * 1.4 * dpr))

    def _request_preview(self) -> None:
        still, kit = self._still, self._kit
        if still is None or kit is None or still.error:
            return
        self._request += 1
        request = self._request
        generation = self._generation
        size = self._wanted_size()
        ratio = self.devicePixelRatioF()
        self._preview_size = size

        def wanted() -> bool:
            return request == self._request and generation == self._generation

        def on_result(image: QImage) -> None:
            if wanted() and self._still is still:
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(ratio)  # decoded for device pixels: painted 1:1, sharp
                self.preview.set_image(pixmap)

        def on_error(error: BaseException) -> None:
            if wanted() and self._still is still:
                self.preview.set_image(None, describe_error(error))
                self._set("error", describe_error(error))

        self._runner.run(
            lambda _context: preview_job(kit, still, size.width(), size.height(), **self._isolation),
            on_result,
            on_error,
            interactive=True,
            wanted=wanted,
            priority=1,
            name=f"preview {still.file}",
        )


__all__ = ["DetailsPanel", "PreviewWidget", "caption_languages", "language_name"]
